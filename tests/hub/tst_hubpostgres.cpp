#include "HubDataDir.h"
#include "HubTestSupport.h"
#include "PostgresServer.h"
#include "StoreScenario.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

using namespace acta;
using namespace acta::test;

// The hub on a real PostgreSQL server that this suite starts itself (initdb + pg_ctl in a
// temporary folder; as root, run as the `postgres` user, since PostgreSQL refuses root).
class TestHubPostgres : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void storeOnPostgres();
    void remembersItsMode();
    void twoHubsOneDatabase();

private:
    QString url(const QString &db) const { return m_pg.url(db); }
    void createDatabase(const QString &name) { QVERIFY_OK(m_pg.createDatabase(name)); }

    QTemporaryDir m_tmp {QDir::tempPath() + QStringLiteral("/actahub-pg-XXXXXX")};
    PostgresServer m_pg;
};

void TestHubPostgres::initTestCase()
{
    const QString bin = PostgresServer::findPrograms();
    if (bin.isEmpty())
        QSKIP("PostgreSQL server programs (initdb, pg_ctl) are not installed: apt-get install postgresql");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("Qt's PostgreSQL driver is not installed: apt-get install libqt6sql6-psql");
    QVERIFY(m_tmp.isValid());
    if (geteuid() == 0) // the postgres user must reach the server's folder inside
        QFile::setPermissions(m_tmp.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    QVERIFY_OK(m_pg.start(bin, m_tmp.filePath(QStringLiteral("pg")), QStringLiteral("-c fsync=off")));
}

void TestHubPostgres::cleanupTestCase()
{
    m_pg.stop();
}

void TestHubPostgres::storeOnPostgres()
{
    createDatabase(QStringLiteral("hubstore"));
    Result<std::unique_ptr<HubStore>> store = HubStore::open(url(QStringLiteral("hubstore")));
    QVERIFY_OK(store);
    QVERIFY((*store)->isPostgres());
    storeScenario(**store);
    // A second process-like connection sees the same state and the schema creation is idempotent.
    Result<std::unique_ptr<HubStore>> second = HubStore::open(url(QStringLiteral("hubstore")));
    QVERIFY_OK(second);
    QCOMPARE(*(*second)->count(QStringLiteral("records")), 8); // what storeScenario stored
}

void TestHubPostgres::remembersItsMode()
{
    for (const char *name : {"mode_drill", "mode_legacy", "mode_mixed"})
        createDatabase(QLatin1String(name));
    modeScenario([&](const QString &name) { return HubStore::open(url(name)); });
    // Not even someone with the database changes it: the database refuses.
    const QUrl where(url(QStringLiteral("mode_drill")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tamper"));
        raw.setHostName(where.host());
        raw.setPort(where.port());
        raw.setUserName(where.userName());
        raw.setDatabaseName(QStringLiteral("mode_drill"));
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery q(raw);
        for (const char *sql :
             {"UPDATE hub_mode SET mode = 'production'", "DELETE FROM hub_mode", "TRUNCATE hub_mode"}) {
            QVERIFY2(!q.exec(QLatin1String(sql)), sql);
            QVERIFY2(q.lastError().text().contains(QLatin1String("fixed")), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT mode FROM hub_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("simulation"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

void TestHubPostgres::twoHubsOneDatabase()
{
    createDatabase(QStringLiteral("hubtwo"));
    const QString database = url(QStringLiteral("hubtwo"));
    HubDataDir data(m_tmp.filePath(QStringLiteral("hubdata")));
    QVERIFY_OK(data.init());
    const SigningKey a = SigningKey::fromSeed(seed(2)).value();
    const SigningKey b = SigningKey::fromSeed(seed(3)).value();
    {
        Result<std::unique_ptr<HubStore>> store = HubStore::open(database);
        QVERIFY_OK(store);
        QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-A"), a), QDateTime::currentDateTimeUtc()));
        QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-B"), b), QDateTime::currentDateTimeUtc()));
    }

    // Two `actahub serve` processes on the same database.
    QList<QProcess *> hubs;
    QList<quint16> ports;
    for (int i = 0; i < 2; ++i) {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en")); // the line below is matched in English
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(ACTAHUB_BINARY),
                 {QStringLiteral("serve"), QStringLiteral("--data"), data.path(), QStringLiteral("--database"),
                  database, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--publish-every"), QStringLiteral("0"), QStringLiteral("--rate"),
                  QStringLiteral("1000"), QStringLiteral("--burst"), QStringLiteral("1000")});
        QVERIFY(p->waitForStarted(10000));
        hubs << p;
        static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)/"));
        QString text;
        QRegularExpressionMatch m;
        QTRY_VERIFY_WITH_TIMEOUT(
            (text += QString::fromUtf8(p->readAllStandardOutput()), m = listening.match(text), m.hasMatch()), 15000);
        ports << quint16(m.captured(1).toUInt());
    }
    auto stop = qScopeGuard([&] {
        for (QProcess *p : hubs) {
            p->terminate();
            p->waitForFinished(5000);
        }
    });

    // Every record sent to both hubs at once, all in flight together.
    const QList<QSslCertificate> ca = QSslCertificate::fromPath(data.caCertificatePath());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    QNetworkAccessManager nam;
    struct Sent
    {
        QString key;
        QNetworkReply *reply;
    };
    QList<Sent> sent;
    const int perStation = 15;
    for (int seq = 1; seq <= perStation; ++seq) {
        for (const auto &[station, key] :
             {std::pair {QStringLiteral("EST-A"), &a}, std::pair {QStringLiteral("EST-B"), &b}}) {
            // One acta per sequence number (a station's versions of one acta go 1, 2, 3...).
            const QString clave = QStringLiteral("21%1B010002").arg(seq, 4, 10, QLatin1Char('0'));
            const QByteArray envelope = signRecord(sampleRecord(station, seq, clave, 1, 100), *key).envelope();
            for (quint16 port : ports) {
                QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/records").arg(port)));
                request.setSslConfiguration(tls);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                sent.append({station + QLatin1Char('/') + QString::number(seq), nam.post(request, envelope)});
            }
        }
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(sent.cbegin(), sent.cend(), [](const Sent &s) { return s.reply->isFinished(); }), 45000);
    QHash<QString, QByteArray> receipts;
    for (const Sent &s : sent) {
        const int status = s.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = s.reply->readAll();
        QVERIFY2(status == 200,
                 qPrintable(s.key + QStringLiteral(": ") + QString::number(status) + QLatin1Char(' ')
                            + s.reply->errorString() + QString::fromUtf8(body)));
        // Both hubs hand out the one receipt stored with the one copy.
        if (receipts.contains(s.key))
            QCOMPARE(body, receipts.value(s.key));
        receipts.insert(s.key, body);
        Result<SignedReceipt> receipt = SignedReceipt::fromJson(body);
        QVERIFY_OK(receipt);
        s.reply->deleteLater();
    }
    Result<std::unique_ptr<HubStore>> store = HubStore::open(database);
    QVERIFY_OK(store);
    QCOMPARE(*(*store)->count(QStringLiteral("records")), 2 * perStation);
    QCOMPARE(*(*store)->count(QStringLiteral("conflicts")), 0);
    // Both started on a store without a mode: one of them recorded it, once.
    QCOMPARE(modeText((*store)->mode()), QStringLiteral("production"));
    const QList<HubAuditEntry> audit = (*store)->auditEntries().value();
    QCOMPARE(int(std::count_if(audit.cbegin(), audit.cend(),
                               [](const HubAuditEntry &e) { return e.action == QLatin1String("hub_created"); })),
             1);
}

QTEST_GUILESS_MAIN(TestHubPostgres)
#include "tst_hubpostgres.moc"
