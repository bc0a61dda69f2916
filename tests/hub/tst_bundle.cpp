#include "Bundle.h"
#include "Election.h"
#include "HubDataDir.h"
#include "HubProcess.h"
#include "HubStoreProbe.h"
#include "HubTestSupport.h"
#include "OutboxRecords.h"
#include "Station.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

// The offline bundle end to end through the two programs: `actacapture export-bundle` at the
// station, `actahub import-bundle --preview|--apply` at the hub; all or nothing.
class TestBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void previewThenApplyThenAgain();
    void aTamperedBundleIsRefused();
    void oneRefusedRecordImportsNothing();
    void anUnknownStationIsRefused();
    void refusedRecordsAreLeftOut();

private:
    QString station(const QStringList &args, int *rc);
    qint64 hubCount(const QString &sql);

    QTemporaryDir m_dir;
    std::unique_ptr<Station> m_station;
    std::optional<Election> m_sample;
    QString m_stationDir, m_hubDir, m_bundle;
    User m_admin;
};

QString TestBundle::station(const QStringList &args, int *rc)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), QStringLiteral("station passphrase"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ACTA_BINARY), args + QStringList {QStringLiteral("--lang"), QStringLiteral("en")});
    p.waitForFinished(60000);
    *rc = p.exitCode();
    return QString::fromUtf8(p.readAll());
}

qint64 TestBundle::hubCount(const QString &sql)
{
    return acta::test::hubCount(HubDataDir(m_hubDir).storePath(), sql);
}

void TestBundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample.emplace(Election::sample().value());
    Station::Options cheap;
    cheap.keyCost = Argon2Params {1, 8192};
    cheap.passwordCost = PasswordCost::minimum();
    m_stationDir = m_dir.filePath(QStringLiteral("station"));
    Result<std::unique_ptr<Station>> st = Station::initialise(
        m_stationDir, QStringLiteral("CATD 07"), SecureBytes::fromUtf8(u"station passphrase"), QStringLiteral("admin"),
        SecureBytes::fromUtf8(u"admin-password"), Clock::system(), cheap);
    QVERIFY_OK(st);
    m_station = std::move(st).value();
    m_admin = *m_station->users().find(QStringLiteral("admin"));
    User ana = *m_station->users().add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk,
                                       SecureBytes::fromUtf8(u"a-long-password"));
    User beto = *m_station->users().add(m_admin, QStringLiteral("beto"), QStringLiteral("Beto"), Role::Clerk,
                                        SecureBytes::fromUtf8(u"a-long-password"));
    for (int i = 0; i < 3; ++i) {
        const QString clave = m_sample->catalog.casillas().at(i).key.toString() + QStringLiteral("02");
        Tally t;
        t.set(QStringLiteral("PLU"), FieldValue::number(100 + i));
        ActaRepository &a = m_station->actas();
        QVERIFY_OK(a.receive(ana, *ActaKey::parse(clave), m_sample->election.id(), false));
        QVERIFY_OK(a.storeImage(ana, clave, "scan of " + clave.toLatin1()));
        QVERIFY_OK(a.fire(ana, clave, ActaWorkflow::Trigger::AcceptImage));
        QVERIFY_OK(a.submitEntry1(ana, clave, t));
        QVERIFY_OK(a.submitEntry2(beto, clave, t));
    }
    m_station.reset(); // the programs open it themselves

    m_hubDir = m_dir.filePath(QStringLiteral("hub"));
    int rc = -1;
    QString output = HubProcess::run({QStringLiteral("init"), QStringLiteral("--data"), m_hubDir}, &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    const QString request = m_dir.filePath(QStringLiteral("enroll.json"));
    output = station({QStringLiteral("enrollment-request"), QStringLiteral("--station"), m_stationDir, request}, &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    output = HubProcess::run({QStringLiteral("enroll"), QStringLiteral("--data"), m_hubDir, request}, &rc);
    QVERIFY2(rc == 0, qPrintable(output));

    m_bundle = m_dir.filePath(QStringLiteral("usb/estacion.bundle"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("usb")));
    output = station({QStringLiteral("export-bundle"), QStringLiteral("--station"), m_stationDir, m_bundle}, &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("3 record(s), 3 image(s)")), qPrintable(output));
    QCOMPARE(QFile::permissions(m_bundle) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
}

void TestBundle::previewThenApplyThenAgain()
{
    int rc = -1;
    QString output = HubProcess::run(
        {QStringLiteral("import-bundle"), QStringLiteral("--preview"), QStringLiteral("--data"), m_hubDir, m_bundle},
        &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("6 to import, 0 already there, 0 refused")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("nothing was changed")), qPrintable(output));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 0);

    output = HubProcess::run(
        {QStringLiteral("import-bundle"), QStringLiteral("--apply"), QStringLiteral("--data"), m_hubDir, m_bundle},
        &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 3);
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM images")), 3);

    // The same stick again: everything is already there, nothing doubles.
    output = HubProcess::run(
        {QStringLiteral("import-bundle"), QStringLiteral("--apply"), QStringLiteral("--data"), m_hubDir, m_bundle},
        &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("0 to import, 6 already there, 0 refused")), qPrintable(output));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), 3);

    // Neither option, or both: a usage error.
    output = HubProcess::run({QStringLiteral("import-bundle"), QStringLiteral("--data"), m_hubDir, m_bundle}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(output.contains(QStringLiteral("--preview")), qPrintable(output));
}

void TestBundle::aTamperedBundleIsRefused()
{
    QFile f(m_bundle);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    // One figure changed inside a signed record.
    const qsizetype at = bytes.indexOf("\"PLU\":\"101\"");
    QVERIFY(at > 0);
    bytes[at + 9] = '7';
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.bundle"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();
    int rc = -1;
    const QString output = HubProcess::run(
        {QStringLiteral("import-bundle"), QStringLiteral("--apply"), QStringLiteral("--data"), m_hubDir, tampered},
        &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(output.contains(QStringLiteral("signature does not hold")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("nothing imported")), qPrintable(output));

    // Not a bundle at all.
    QFile junk(m_dir.filePath(QStringLiteral("junk.bundle")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("PK\x03\x04 a zip file");
    junk.close();
    const QString second = HubProcess::run({QStringLiteral("import-bundle"), QStringLiteral("--preview"),
                                            QStringLiteral("--data"), m_hubDir, junk.fileName()},
                                           &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(second.contains(QStringLiteral("junk.bundle"))
                 && second.contains(QStringLiteral("not an ActaCapture bundle")),
             qPrintable(second));
}

void TestBundle::oneRefusedRecordImportsNothing()
{
    // A bundle with one new record and one that reuses sequence 1 for other figures.
    Result<std::unique_ptr<Station>> st
        = Station::open(m_stationDir, SecureBytes::fromUtf8(u"station passphrase"), Clock::system());
    QVERIFY_OK(st);
    const SigningKey key = (*st)->signingKey().value();
    const QString unused = m_sample->catalog.casillas().at(10).key.toString() + QStringLiteral("02");
    SyncRecord fresh = sampleRecord((*st)->stationId(), 500, unused, 1, 77);
    fresh.imageSha256.reset();
    const QString other = m_sample->catalog.casillas().at(11).key.toString() + QStringLiteral("02");
    SyncRecord replay = sampleRecord((*st)->stationId(), 1, other, 1, 99);
    replay.imageSha256.reset();
    const QByteArray bytes = Bundle::write((*st)->stationId(), QDateTime::currentDateTimeUtc(),
                                           {signRecord(fresh, key), signRecord(replay, key)}, {}, key)
                                 .value();
    const QString path = m_dir.filePath(QStringLiteral("mixed.bundle"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const qint64 before = hubCount(QStringLiteral("SELECT count(*) FROM records"));
    int rc = -1;
    const QString output = HubProcess::run(
        {QStringLiteral("import-bundle"), QStringLiteral("--apply"), QStringLiteral("--data"), m_hubDir, path}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(output.contains(QStringLiteral("1 to import, 0 already there, 1 refused")), qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("nothing was imported")), qPrintable(output));
    QCOMPARE(hubCount(QStringLiteral("SELECT count(*) FROM records")), before);
}

void TestBundle::anUnknownStationIsRefused()
{
    const SigningKey stranger = SigningKey::fromSeed(seed('z')).value();
    SyncRecord r = sampleRecord(QStringLiteral("EST-X"), 1, QStringLiteral("210101B010002"), 1, 5);
    const QByteArray bytes = Bundle::write(QStringLiteral("EST-X"), QDateTime::currentDateTimeUtc(),
                                           {signRecord(r, stranger)}, {}, stranger)
                                 .value();
    const QString path = m_dir.filePath(QStringLiteral("stranger.bundle"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    int rc = -1;
    const QString output = HubProcess::run(
        {QStringLiteral("import-bundle"), QStringLiteral("--preview"), QStringLiteral("--data"), m_hubDir, path}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(output.contains(QStringLiteral("EST-X is not enrolled")), qPrintable(output));
}

void TestBundle::refusedRecordsAreLeftOut()
{
    // A record a hub refused for good would make any hub refuse the whole bundle.
    {
        Result<std::unique_ptr<Station>> st
            = Station::open(m_stationDir, SecureBytes::fromUtf8(u"station passphrase"), Clock::system());
        QVERIFY_OK(st);
        QFile ca(HubDataDir(m_hubDir).caCertificatePath());
        QVERIFY(ca.open(QIODevice::ReadOnly));
        Result<UpstreamEndpoint> e
            = (*st)->upstream().addEndpoint(*(*st)->users().find(QStringLiteral("admin")), QStringLiteral("primary"),
                                            QStringLiteral("https://127.0.0.1:9/"), ca.readAll(), QByteArray(32, 'k'));
        QVERIFY_OK(e);
        const OutboxItem first = (*st)->upstream().unacknowledged()->first();
        QVERIFY_OK((*st)->upstream().storeRefusal(first.id, e->id, 403, QStringLiteral("a drill record")));
    }
    const QString path = m_dir.filePath(QStringLiteral("usb/second.bundle"));
    int rc = -1;
    const QString output
        = station({QStringLiteral("export-bundle"), QStringLiteral("--station"), m_stationDir, path}, &rc);
    QVERIFY2(rc == 0, qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("Left out")) && output.contains(QStringLiteral("a drill record")),
             qPrintable(output));
    QVERIFY2(output.contains(QStringLiteral("2 record(s), 2 image(s)")), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
