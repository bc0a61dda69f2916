#include "../TestSupport.h"
#include "AuditLog.h"
#include "Database.h"
#include "Election.h"
#include "HubDataDir.h"
#include "HubProcess.h"
#include "HubTestSupport.h"
#include "Station.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

// What the hub witnesses of a station, with the two programs as operators run them: the audit
// heads its receipts echo catch a log rewritten by someone holding the passphrase (verify-audit,
// from the stored receipts and from the hub's own list), and a station's key is rotated, revoked
// at the hub and enrolled again without losing a record.
class TestWitness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void receiptsEchoTheAuditHead();
    void aRotatedKeyIsRevokedAndEnrolledAgain();
    void aRewrittenAuditLogIsCaught();

private:
    QString station(const QStringList &args, int *rc, const QByteArray &newPassphrase = {});
    QString hub(const QStringList &args, int *rc);
    void verifyActas(int from, int count);

    QTemporaryDir m_dir;
    std::optional<Election> m_sample;
    std::unique_ptr<HubProcess> m_hub;
    QString m_stationDir, m_hubDir, m_hubKey;
    QByteArray m_passphrase = "station passphrase";
};

QString TestWitness::station(const QStringList &args, int *rc, const QByteArray &newPassphrase)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), QString::fromUtf8(m_passphrase));
    env.insert(QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password"));
    if (!newPassphrase.isEmpty())
        env.insert(QStringLiteral("ACTACAPTURE_NEW_PASSPHRASE"), QString::fromUtf8(newPassphrase));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ACTA_BINARY), args + QStringList {QStringLiteral("--station"), m_stationDir});
    p.waitForFinished(120000);
    *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString TestWitness::hub(const QStringList &args, int *rc)
{
    return HubProcess::run(args + QStringList {QStringLiteral("--data"), m_hubDir}, rc);
}

// Actas from..from+count-1 of the sample catalog, verified by two clerks (queued for sync).
void TestWitness::verifyActas(int from, int count)
{
    Result<std::unique_ptr<Station>> st = Station::open(
        m_stationDir, SecureBytes::fromUtf8(QString::fromUtf8(m_passphrase)), Clock::system(), PasswordCost::minimum());
    QVERIFY_OK(st);
    UserRepository &users = (*st)->users();
    const User ana = *users.find(QStringLiteral("ana"));
    const User beto = *users.find(QStringLiteral("beto"));
    for (int i = from; i < from + count; ++i) {
        const QString clave = m_sample->catalog.casillas().at(i).key.toString() + QStringLiteral("02");
        Tally t;
        t.set(QStringLiteral("PLU"), FieldValue::number(100 + i));
        ActaRepository &a = (*st)->actas();
        QVERIFY_OK(a.receive(ana, *ActaKey::parse(clave), m_sample->election.id(), false));
        QVERIFY_OK(a.storeImage(ana, clave, "scan of " + clave.toLatin1()));
        QVERIFY_OK(a.fire(ana, clave, ActaWorkflow::Trigger::AcceptImage));
        QVERIFY_OK(a.submitEntry1(ana, clave, t));
        QVERIFY_OK(a.submitEntry2(beto, clave, t));
    }
}

void TestWitness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample.emplace(Election::sample().value());
    Station::Options cheap;
    cheap.keyCost = Argon2Params {1, 8192};
    cheap.passwordCost = PasswordCost::minimum();
    m_stationDir = m_dir.filePath(QStringLiteral("station"));
    {
        Result<std::unique_ptr<Station>> st = Station::initialise(
            m_stationDir, QStringLiteral("CATD 09"), SecureBytes::fromUtf8(QString::fromUtf8(m_passphrase)),
            QStringLiteral("admin"), SecureBytes::fromUtf8(u"admin-password"), Clock::system(), cheap);
        QVERIFY_OK(st);
        const User admin = *(*st)->users().find(QStringLiteral("admin"));
        for (const char *name : {"ana", "beto"})
            QVERIFY_OK((*st)->users().add(admin, QString::fromLatin1(name), QString::fromLatin1(name), Role::Clerk,
                                          SecureBytes::fromUtf8(u"a-long-password")));
    }
    verifyActas(0, 3);

    m_hubDir = m_dir.filePath(QStringLiteral("hub"));
    int rc = -1;
    QString out = hub({QStringLiteral("init")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    static const QRegularExpression key(QStringLiteral("hub public key: ([0-9a-f]{64})"));
    m_hubKey = key.match(out).captured(1);
    QVERIFY2(!m_hubKey.isEmpty(), qPrintable(out));
    const QString request = m_dir.filePath(QStringLiteral("enroll.json"));
    out = station({QStringLiteral("enrollment-request"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub({QStringLiteral("enroll"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    m_hub = std::make_unique<HubProcess>(m_hubDir);
    QVERIFY(m_hub->start());
    out = station({QStringLiteral("upstream"), QStringLiteral("add"), QStringLiteral("--as"), QStringLiteral("admin"),
                   QStringLiteral("--ca"), HubDataDir(m_hubDir).caCertificatePath(), QStringLiteral("--hub-key"),
                   m_hubKey, QStringLiteral("primary"), m_hub->url()},
                  &rc);
    QVERIFY2(rc == 0, qPrintable(out));
}

void TestWitness::cleanupTestCase()
{
    m_hub.reset();
}

void TestWitness::receiptsEchoTheAuditHead()
{
    int rc = -1;
    QString out = station({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("60")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("3 acknowledged")), qPrintable(out));

    out = station({QStringLiteral("verify-audit")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("3 audit heads witnessed by the hubs match")), qPrintable(out));

    // The hub's own list: one head per record, and the export verify-audit reads.
    out = hub({QStringLiteral("stations"), QStringLiteral("list")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("CATD 09")), qPrintable(out));
    const QString stationId = out.section(QLatin1Char(' '), 0, 0);
    out = hub({QStringLiteral("stations"), QStringLiteral("heads"), stationId}, &rc);
    QVERIFY2(rc == 0 && out.count(QStringLiteral(": audit entry ")) == 3, qPrintable(out));
    out = hub({QStringLiteral("stations"), QStringLiteral("heads"), stationId, QStringLiteral("--json")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QFile heads(m_dir.filePath(QStringLiteral("heads.json")));
    QVERIFY(heads.open(QIODevice::WriteOnly));
    heads.write(out.toUtf8());
    heads.close();
    out = station({QStringLiteral("verify-audit"), QStringLiteral("--witnessed"), heads.fileName(),
                   QStringLiteral("--hub-key"), m_hubKey},
                  &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("6 audit heads witnessed")), qPrintable(out));
    // A key that did not sign the file: refused, not silently accepted.
    out = station({QStringLiteral("verify-audit"), QStringLiteral("--witnessed"), heads.fileName(),
                   QStringLiteral("--hub-key"), QString(64, QLatin1Char('1'))},
                  &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("not by the key given")), qPrintable(out));
    // Receipts left out of the hub's list on its way: its signed summary says how many there were.
    QJsonObject exported = QJsonDocument::fromJson(out.toUtf8()).object();
    {
        QFile f(heads.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        exported = QJsonDocument::fromJson(f.readAll()).object();
    }
    QJsonArray receipts = exported.value(QStringLiteral("receipts")).toArray();
    receipts.removeLast();
    exported.insert(QStringLiteral("receipts"), receipts);
    QFile trimmed(m_dir.filePath(QStringLiteral("heads-trimmed.json")));
    QVERIFY(trimmed.open(QIODevice::WriteOnly));
    trimmed.write(QJsonDocument(exported).toJson());
    trimmed.close();
    out = station({QStringLiteral("verify-audit"), QStringLiteral("--witnessed"), trimmed.fileName(),
                   QStringLiteral("--hub-key"), m_hubKey},
                  &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("receipts were removed")), qPrintable(out));
    out = station({QStringLiteral("verify-audit"), QStringLiteral("--witnessed"), heads.fileName()}, &rc);
    QVERIFY2(rc == 2 && out.contains(QStringLiteral("go together")), qPrintable(out));
    out = hub({QStringLiteral("stations"), QStringLiteral("gaps")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("No jump in record numbers.")), qPrintable(out));
}

void TestWitness::aRotatedKeyIsRevokedAndEnrolledAgain()
{
    int rc = -1;
    const QByteArray fresh = "a fresh station passphrase";
    QString out = station({QStringLiteral("change-passphrase"), QStringLiteral("--as"), QStringLiteral("admin"),
                           QStringLiteral("--rotate-key")},
                          &rc, fresh);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("New signing key: ")), qPrintable(out));
    m_passphrase = fresh;
    verifyActas(3, 1);

    // The hub does not know the new key yet: the record is refused, nothing is lost.
    out = station({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("60")}, &rc);
    QVERIFY2(out.contains(QStringLiteral("1 refused")), qPrintable(out));
    const QString request = m_dir.filePath(QStringLiteral("enroll-2.json"));
    out = station({QStringLiteral("enrollment-request"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub({QStringLiteral("stations"), QStringLiteral("list")}, &rc);
    const QString stationId = out.section(QLatin1Char(' '), 0, 0);

    // A new key while the old one is in service is refused; revoke first, with a reason.
    out = hub({QStringLiteral("enroll"), request}, &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("revoke the old one first")), qPrintable(out));
    out = hub({QStringLiteral("revoke"), stationId}, &rc);
    QVERIFY2(rc == 2 && out.contains(QStringLiteral("--reason")), qPrintable(out));
    out = hub({QStringLiteral("revoke"), stationId, QStringLiteral("--reason"), QStringLiteral("passphrase leaked")},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub({QStringLiteral("stations"), QStringLiteral("list")}, &rc);
    QVERIFY2(out.contains(QStringLiteral("REVOKED")), qPrintable(out));
    // Nor does a bundle get round the revocation.
    const QString bundle = m_dir.filePath(QStringLiteral("after-revoke.bundle"));
    out = station({QStringLiteral("export-bundle"), bundle}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub({QStringLiteral("import-bundle"), QStringLiteral("--apply"), bundle}, &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("was revoked")), qPrintable(out));
    // The old request can never come back.
    out = hub({QStringLiteral("enroll"), m_dir.filePath(QStringLiteral("enroll.json"))}, &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("was revoked")), qPrintable(out));
    out = hub({QStringLiteral("enroll"), request}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("is replaced")), qPrintable(out));

    out = station(
        {QStringLiteral("upstream"), QStringLiteral("retry-refused"), QStringLiteral("--as"), QStringLiteral("admin")},
        &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = station({QStringLiteral("sync"), QStringLiteral("--timeout"), QStringLiteral("60")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("4 records, 4 acknowledged, 0 pending, 0 refused")),
             qPrintable(out));

    // Every operator's act is in the hub's audit log, chained, with who did it.
    out = hub({QStringLiteral("audit"), QStringLiteral("list")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    for (const char *action : {"station_enrolled", "station_revoked", "station_reenrolled"})
        QVERIFY2(out.contains(QLatin1String(action)), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("passphrase leaked")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("intact")), qPrintable(out));
}

void TestWitness::aRewrittenAuditLogIsCaught()
{
    int rc = -1;
    QString out = hub({QStringLiteral("stations"), QStringLiteral("list")}, &rc);
    const QString stationId = out.section(QLatin1Char(' '), 0, 0);
    out = hub({QStringLiteral("stations"), QStringLiteral("heads"), stationId, QStringLiteral("--json")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QFile heads(m_dir.filePath(QStringLiteral("heads-2.json")));
    QVERIFY(heads.open(QIODevice::WriteOnly));
    heads.write(out.toUtf8());
    heads.close();

    // Someone holding the passphrase makes clerk ana an administrator in the history (the entry
    // that added her) and recomputes the whole chain and its head: the chain alone is "intact".
    {
        Result<Database> db = Database::open(Station::databasePath(m_stationDir),
                                             SecureBytes::fromUtf8(QString::fromUtf8(m_passphrase)));
        QVERIFY_OK(db);
        QVERIFY_OK(db->exec(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;")));
        Result<QList<AuditLog::Entry>> all = AuditLog::entries(*db);
        QVERIFY_OK(all);
        QString prev = AuditLog::genesisHash();
        bool changed = false;
        for (AuditLog::Entry e : *all) {
            if (!changed && e.action == QLatin1String("user_added") && e.details.contains(QLatin1String("ana"))) {
                e.details.replace(QLatin1String("clerk"), QLatin1String("administrator"));
                changed = true;
            }
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            QVERIFY_OK(db->exec(
                QStringLiteral("UPDATE audit_log SET details = '%1', prev_hash = '%2', hash = '%3' "
                               "WHERE seq = %4")
                    .arg(QString(e.details).replace(QLatin1Char('\''), QLatin1String("''")), e.prevHash, e.hash)
                    .arg(e.seq)));
            prev = e.hash;
        }
        QVERIFY(changed);
        QVERIFY_OK(db->exec(QStringLiteral("UPDATE audit_head SET hash = '%1'").arg(prev)));
        Result<AuditLog::Verification> v = AuditLog::verify(*db);
        QVERIFY_OK(v);
        QVERIFY(v->intact());
    }
    out = station({QStringLiteral("verify-audit")}, &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("The audit log is intact")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("does not match what the hubs witnessed"))
                 && out.contains(QStringLiteral("rewritten at or before entry")),
             qPrintable(out));

    // The receipts kept at the station can be removed too; the hub's own list still says so.
    {
        Result<Database> db = Database::open(Station::databasePath(m_stationDir),
                                             SecureBytes::fromUtf8(QString::fromUtf8(m_passphrase)));
        QVERIFY_OK(db);
        QVERIFY_OK(db->exec(QStringLiteral("DELETE FROM sync_receipts")));
    }
    out = station({QStringLiteral("verify-audit")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("No hub has witnessed")), qPrintable(out));
    out = station({QStringLiteral("verify-audit"), QStringLiteral("--witnessed"), heads.fileName(),
                   QStringLiteral("--hub-key"), m_hubKey},
                  &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("heads-2.json witnessed with record")), qPrintable(out));

    // A restore entry written into the rewritten log (a restore would excuse heads it replaced)
    // proves nothing: no witness saw the station go on from it.
    {
        Result<Database> db = Database::open(Station::databasePath(m_stationDir),
                                             SecureBytes::fromUtf8(QString::fromUtf8(m_passphrase)));
        QVERIFY_OK(db);
        Result<QList<AuditLog::Entry>> all = AuditLog::entries(*db);
        QVERIFY_OK(all);
        QString prev = AuditLog::genesisHash();
        for (AuditLog::Entry e : *all) {
            if (e.seq == 2) {
                e.action = QStringLiteral("station_restored");
                e.details = QStringLiteral("{\"from\":\"b.db\",\"seq_base\":4000000000000}");
            }
            e.prevHash = prev;
            e.hash = AuditLog::computeHash(e);
            QVERIFY_OK(db->exec(QStringLiteral("UPDATE audit_log SET action = '%1', details = '%2', prev_hash = "
                                               "'%3', hash = '%4' WHERE seq = %5")
                                    .arg(e.action, QString(e.details).replace(QLatin1Char('\''), QLatin1String("''")),
                                         e.prevHash, e.hash)
                                    .arg(e.seq)));
            prev = e.hash;
        }
        QVERIFY_OK(db->exec(QStringLiteral("UPDATE audit_head SET hash = '%1'").arg(prev)));
        QVERIFY(AuditLog::verify(*db)->intact());
    }
    out = station({QStringLiteral("verify-audit"), QStringLiteral("--witnessed"), heads.fileName(),
                   QStringLiteral("--hub-key"), m_hubKey},
                  &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("rewritten at or before entry")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestWitness)
#include "tst_witness.moc"
