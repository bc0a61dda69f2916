#include "AccessLog.h"
#include "CanonicalJson.h"
#include "Election.h"
#include "HubDataDir.h"
#include "HubServer.h"
#include "HubStore.h"
#include "HubTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace acta;
using namespace acta::test;

// The HTTPS API over real TLS on loopback: the hub's own dev CA, QNetworkAccessManager as client.
class TestHubServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodRecordGetsVerifiableReceipt();
    void forgedSignatureRefused();
    void unknownStationRefused();
    void replayedSequenceRefused();
    void versionJumpRefused();
    void formulaClaveRefused();
    void malformedJsonRefused();
    void simulationRecordRefusedByProductionHub();
    void productionRecordRefusedByDrillHub();
    void imagesAreCheckedAgainstTheirName();
    void hugeBodyRefusedWithoutBuffering();
    void conflictIsFlagged();
    void rateLimitAnswers429();
    void electionBoundHubRefusesOtherForms();
    void separationOfDutiesClaimsAreChecked();
    void aStationBoundToDistrictsReportsOnlyThere();
    void unknownPathIs404();
    void everyRequestIsLogged();
    void aFailingStoreAnswers500AndServingGoesOn();

private:
    HttpAnswer post(const SignedRecord &record) { return post(record.envelope()); }
    HttpAnswer post(const QByteArray &body)
    {
        return httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records")), body);
    }
    QUrl url(const QString &path, quint16 port = 0) const
    {
        return QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port ? port : m_port).arg(path));
    }
    qint64 records() { return *m_store->count(QStringLiteral("records")); }
    static QString reason(const HttpAnswer &a)
    {
        return QJsonDocument::fromJson(a.body).object().value(QStringLiteral("error")).toString();
    }

    QTemporaryDir m_dir;
    std::optional<HubDataDir> m_data;
    std::unique_ptr<HubStore> m_store;
    std::optional<SigningKey> m_hubKey;
    std::optional<AccessLog> m_log;
    std::unique_ptr<HubServer> m_server;
    QSslConfiguration m_tls;
    quint16 m_port = 0;
    QList<QSslCertificate> m_ca;
    QNetworkAccessManager m_nam;
    SigningKey m_a = SigningKey::fromSeed(seed(2)).value();
    SigningKey m_b = SigningKey::fromSeed(seed(3)).value();
    const QString m_clave = QStringLiteral("210101B010002");
};

void TestHubServer::initTestCase()
{
    m_data.emplace(m_dir.filePath(QStringLiteral("hub")));
    QVERIFY_OK(m_data->init());
    Result<SigningKey> key = m_data->hubKey();
    QVERIFY_OK(key);
    m_hubKey.emplace(std::move(key).value());
    Result<QSslConfiguration> tls = m_data->serverTls();
    QVERIFY_OK(tls);
    m_tls = *tls;
    Result<std::unique_ptr<HubStore>> store = HubStore::open(m_data->storePath());
    QVERIFY_OK(store);
    m_store = std::move(store).value();
    QVERIFY_OK(m_store->enroll(enrollmentFor(QStringLiteral("EST-A"), m_a), QDateTime::currentDateTimeUtc()));
    QVERIFY_OK(m_store->enroll(enrollmentFor(QStringLiteral("EST-B"), m_b), QDateTime::currentDateTimeUtc()));
    m_log.emplace(m_data->accessLogPath());
    m_server = std::make_unique<HubServer>(*m_store, *m_hubKey, *m_log, HubServerOptions {});
    Result<quint16> port = m_server->listen(QHostAddress::LocalHost, 0, m_tls);
    QVERIFY_OK(port);
    m_port = *port;
    m_ca = QSslCertificate::fromPath(m_data->caCertificatePath());
    QCOMPARE(m_ca.size(), 1);
}

void TestHubServer::goodRecordGetsVerifiableReceipt()
{
    const SignedRecord record = signRecord(sampleRecord(QStringLiteral("EST-A"), 1, m_clave, 1, 100), m_a);
    const HttpAnswer a = post(record);
    QVERIFY2(a.status == 200, qPrintable(a.errorText + QString::fromUtf8(a.body)));
    Result<SignedReceipt> receipt = SignedReceipt::fromJson(a.body);
    QVERIFY_OK(receipt);
    QVERIFY_OK(receipt->verify(m_hubKey->publicKey()));
    QCOMPARE(receipt->receipt().recordSha256, sha256Hex(*SyncRecordJson::canonicalBytes(record.record())));
    QCOMPARE(receipt->receipt().seq, 1);
    QCOMPARE(records(), 1);

    const HttpAnswer again = post(record);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, a.body); // byte for byte the same receipt
    QCOMPARE(records(), 1);
}

void TestHubServer::forgedSignatureRefused()
{
    const qint64 before = records();
    QByteArray envelope = signRecord(sampleRecord(QStringLiteral("EST-A"), 50, m_clave, 50, 100), m_a).envelope();
    envelope.replace("\"PLU\":\"100\"", "\"PLU\":\"900\""); // figures changed after signing
    const HttpAnswer a = post(envelope);
    QCOMPARE(a.status, 403);
    QVERIFY2(reason(a).contains(QLatin1String("signature")), qPrintable(reason(a)));
    // Signed by another key than the one enrolled for EST-A.
    const HttpAnswer b = post(signRecord(sampleRecord(QStringLiteral("EST-A"), 51, m_clave, 51, 1), m_b));
    QCOMPARE(b.status, 403);
    QVERIFY2(reason(b).contains(m_a.fingerprint()), qPrintable(reason(b)));
    QCOMPARE(records(), before);
}

void TestHubServer::unknownStationRefused()
{
    const qint64 before = records();
    const SigningKey c = SigningKey::fromSeed(seed(4)).value();
    const HttpAnswer a = post(signRecord(sampleRecord(QStringLiteral("EST-C"), 1, m_clave, 1, 100), c));
    QCOMPARE(a.status, 403);
    QVERIFY2(reason(a).contains(QLatin1String("not enrolled")), qPrintable(reason(a)));
    QCOMPARE(records(), before);
}

void TestHubServer::replayedSequenceRefused()
{
    const qint64 before = records();
    const HttpAnswer a = post(signRecord(sampleRecord(QStringLiteral("EST-A"), 1, m_clave, 7, 3), m_a));
    QCOMPARE(a.status, 409);
    QVERIFY2(reason(a).contains(QLatin1String("Sequence 1")), qPrintable(reason(a)));
    QCOMPARE(records(), before);
}

void TestHubServer::versionJumpRefused()
{
    // The attack: another enrolled station sends the highest version there is of EST-A's acta,
    // which the cut would have published over every other station's figures.
    const qint64 before = records();
    const HttpAnswer a
        = post(signRecord(sampleRecord(QStringLiteral("EST-B"), 1, m_clave, 9007199254740991, 999), m_b));
    QCOMPARE(a.status, 409);
    QVERIFY2(reason(a).contains(QLatin1String("next version it may send is 1")), qPrintable(reason(a)));
    QCOMPARE(records(), before);
}

void TestHubServer::formulaClaveRefused()
{
    const qint64 before = records();
    // The station's own code refuses to write such a record (SyncRecordJson checks on the way
    // out too), so the attacker writes the JSON by hand, with a valid signature over it.
    Result<QJsonObject> record
        = SyncRecordJson::toJson(sampleRecord(QStringLiteral("EST-A"), 90, QStringLiteral("210101B010002"), 1, 1));
    QVERIFY_OK(record);
    record->insert(QStringLiteral("clave_acta"), QStringLiteral("=HYPERLINK(\"http://x\")"));
    const QByteArray recordBytes = *CanonicalJson::serialize(*record);
    const QByteArray envelope = *CanonicalJson::serialize(
        QJsonObject {{QStringLiteral("key"), m_a.fingerprint()},
                     {QStringLiteral("record"), *record},
                     {QStringLiteral("signature"), QString::fromLatin1(m_a.sign(recordBytes).toBase64())}});
    const HttpAnswer a = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records")), envelope);
    QVERIFY2(a.status == 400 || a.status == 422, qPrintable(QString::number(a.status)));
    QCOMPARE(records(), before);
}

void TestHubServer::malformedJsonRefused()
{
    const qint64 before = records();
    const HttpAnswer a = post("{\"key\": ");
    QCOMPARE(a.status, 400);
    QVERIFY2(reason(a).contains(QLatin1String("JSON")), qPrintable(reason(a)));
    // Valid JSON, not canonical (whitespace): refused too.
    const HttpAnswer b
        = post(QByteArray(" ") + signRecord(sampleRecord(QStringLiteral("EST-A"), 60, m_clave, 60, 1), m_a).envelope());
    QCOMPARE(b.status, 400);
    QCOMPARE(records(), before);
}

void TestHubServer::simulationRecordRefusedByProductionHub()
{
    const qint64 before = records();
    const HttpAnswer a = post(signRecord(sampleRecord(QStringLiteral("EST-A"), 70, m_clave, 70, 1, true), m_a));
    QCOMPARE(a.status, 403);
    QVERIFY2(reason(a).contains(QLatin1String("simulation")), qPrintable(reason(a)));
    QCOMPARE(records(), before);
}

void TestHubServer::productionRecordRefusedByDrillHub()
{
    // A drill hub: its store made as a drill store, served as one.
    Result<std::unique_ptr<HubStore>> store = HubStore::open(m_dir.filePath(QStringLiteral("drill.sqlite")));
    QVERIFY_OK(store);
    QVERIFY_OK((*store)->settleMode(HubMode::Simulation, QStringLiteral("ops"), QDateTime::currentDateTimeUtc()));
    QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-A"), m_a), QDateTime::currentDateTimeUtc()));
    AccessLog log(m_dir.filePath(QStringLiteral("drill-access.log")));
    for (const bool toldSimulation : {true, false}) {
        // Told it is a production hub (a program that forgot to ask its store), the store refuses
        // on its own.
        HubServerOptions options;
        options.simulation = toldSimulation;
        HubServer server(**store, *m_hubKey, log, options);
        Result<quint16> port = server.listen(QHostAddress::LocalHost, 0, m_tls);
        QVERIFY_OK(port);
        const qint64 seq = toldSimulation ? 1 : 3;
        const HttpAnswer real
            = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
                           signRecord(sampleRecord(QStringLiteral("EST-A"), seq, m_clave, 1, 1), m_a).envelope());
        QCOMPARE(real.status, 403);
        QVERIFY2(reason(real).contains(QLatin1String("production record")), qPrintable(reason(real)));
        QVERIFY2(reason(real).contains(QLatin1String(toldSimulation ? "drill" : "store is a drill")),
                 qPrintable(reason(real)));
        if (!toldSimulation)
            continue;
        const HttpAnswer drill
            = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
                           signRecord(sampleRecord(QStringLiteral("EST-A"), 2, m_clave, 1, 1, true), m_a).envelope());
        QVERIFY2(drill.status == 200, qPrintable(reason(drill)));
    }
    QCOMPARE(*(*store)->count(QStringLiteral("records")), 1);
}

void TestHubServer::imagesAreCheckedAgainstTheirName()
{
    const QByteArray image = "image of " + m_clave.toLatin1() + " 1"; // named by record seq 1
    const QString sha = sha256Hex(image);
    const HttpAnswer wrong
        = httpsRequest(m_nam, m_ca, "PUT", url(QStringLiteral("/v1/images/") + sha), image + "tampered");
    QCOMPARE(wrong.status, 422);
    QVERIFY2(reason(wrong).contains(sha), qPrintable(reason(wrong)));
    QCOMPARE(*m_store->count(QStringLiteral("images")), 0);
    const HttpAnswer stored = httpsRequest(m_nam, m_ca, "PUT", url(QStringLiteral("/v1/images/") + sha), image);
    QCOMPARE(stored.status, 201);
    const HttpAnswer again = httpsRequest(m_nam, m_ca, "PUT", url(QStringLiteral("/v1/images/") + sha), image);
    QCOMPARE(again.status, 200);
    QCOMPARE(*m_store->count(QStringLiteral("images")), 1);
    const QByteArray stray = "nobody names me";
    const HttpAnswer unnamed
        = httpsRequest(m_nam, m_ca, "PUT", url(QStringLiteral("/v1/images/") + sha256Hex(stray)), stray);
    QCOMPARE(unnamed.status, 404);
    const HttpAnswer badName = httpsRequest(m_nam, m_ca, "PUT", url(QStringLiteral("/v1/images/XYZ")), stray);
    QCOMPARE(badName.status, 400);
    QCOMPARE(*m_store->count(QStringLiteral("images")), 1);
}

void TestHubServer::hugeBodyRefusedWithoutBuffering()
{
    const qint64 before = records();
    const QByteArray huge(40 * 1024 * 1024, 'x'); // over every limit, under the hub's drain limit
    const HttpAnswer a = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records")), huge, 50000);
    // The hub decides on the headers; the body is read and dropped, never kept, then answered 413.
    QVERIFY2(a.status == 413, qPrintable(QStringLiteral("status %1, %2").arg(a.status).arg(a.errorText)));
    QVERIFY2(reason(a).contains(QLatin1String("limit")), qPrintable(reason(a)));
    QCOMPARE(records(), before);
}

void TestHubServer::conflictIsFlagged()
{
    // EST-B reads acta 210101B010002 differently from EST-A's version 1 (PLU 100).
    const SignedRecord record = signRecord(sampleRecord(QStringLiteral("EST-B"), 1, m_clave, 1, 101), m_b);
    const HttpAnswer a = post(record);
    QCOMPARE(a.status, 200);
    const HttpAnswer list = httpsRequest(m_nam, m_ca, "GET", url(QStringLiteral("/v1/conflicts")));
    QCOMPARE(list.status, 200);
    const QJsonArray conflicts = QJsonDocument::fromJson(list.body).array();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.at(0)[QStringLiteral("clave_acta")].toString(), m_clave);
    // The list is public: it names actas, never the stations (they would be targets).
    QVERIFY2(!list.body.contains("EST-"), list.body.constData());
}

void TestHubServer::rateLimitAnswers429()
{
    // A second server on the same store with a tight limit: 1 request a second, bursts of 3.
    HubServerOptions tight;
    tight.ratePerSecond = 1;
    tight.burst = 3;
    HubServer server(*m_store, *m_hubKey, *m_log, tight);
    Result<quint16> port = server.listen(QHostAddress::LocalHost, 0, m_tls);
    QVERIFY_OK(port);
    const QByteArray envelope = signRecord(sampleRecord(QStringLiteral("EST-A"), 1, m_clave, 1, 100), m_a).envelope();
    QList<int> statuses;
    HttpAnswer last;
    for (int i = 0; i < 5; ++i) {
        last = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port), envelope);
        statuses << last.status;
    }
    QCOMPARE(statuses.mid(0, 3), (QList<int> {200, 200, 200}));
    QCOMPARE(statuses.at(3), 429);
    QCOMPARE(last.status, 429);
    QVERIFY2(last.retryAfter.toInt() >= 1, last.retryAfter.constData());
    QVERIFY(reason(last).contains(QLatin1String("EST-A")));
    // Other stations are not held back by EST-A's bucket.
    const HttpAnswer other
        = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
                       signRecord(sampleRecord(QStringLiteral("EST-B"), 1, m_clave, 1, 101), m_b).envelope());
    QCOMPARE(other.status, 200);
}

void TestHubServer::electionBoundHubRefusesOtherForms()
{
    // A hub serving one election takes only that election's records: another template, another
    // acta type, or a figure for a field the form does not have could only skew its counters.
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    HubServerOptions bound;
    bound.election = sample->election;
    bound.catalog = sample->catalog;
    HubServer server(*m_store, *m_hubKey, *m_log, bound);
    Result<quint16> port = server.listen(QHostAddress::LocalHost, 0, m_tls);
    QVERIFY_OK(port);
    const qint64 before = records();
    SyncRecord otherTemplate = sampleRecord(QStringLiteral("EST-A"), 70, QStringLiteral("210105B010002"), 1, 1);
    otherTemplate.templateId = QStringLiteral("otra-eleccion");
    SyncRecord otherType = sampleRecord(QStringLiteral("EST-A"), 71, QStringLiteral("210105B010001"), 1, 1);
    SyncRecord extraField = sampleRecord(QStringLiteral("EST-A"), 72, QStringLiteral("210105B010002"), 1, 1);
    extraField.values.insert(QStringLiteral("NO_SUCH_FIELD"), FieldValue::number(5));
    // District 1: the independent does not run there, so its sheet has no box for it.
    SyncRecord offBallot = sampleRecord(QStringLiteral("EST-A"), 74, QStringLiteral("210105B010002"), 1, 1);
    offBallot.values.insert(QStringLiteral("CAND_IND_1"), FieldValue::number(5));
    // A basic casilla fills no RP acta (type 3); a special one does.
    SyncRecord rpOfBasic = sampleRecord(QStringLiteral("EST-A"), 75, QStringLiteral("210105B010003"), 1, 1);
    for (const SyncRecord &r : {otherTemplate, otherType, extraField, offBallot, rpOfBasic}) {
        const HttpAnswer a = httpsRequest(m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
                                          signRecord(r, m_a).envelope());
        QVERIFY2(a.status == 422, qPrintable(QStringLiteral("%1 %2").arg(a.status).arg(reason(a))));
    }
    QCOMPARE(records(), before);
    // The election's own record goes through.
    const HttpAnswer ok = httpsRequest(
        m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
        signRecord(sampleRecord(QStringLiteral("EST-A"), 73, QStringLiteral("210105B010002"), 1, 1), m_a).envelope());
    QCOMPARE(ok.status, 200);
    const HttpAnswer rp = httpsRequest(
        m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
        signRecord(sampleRecord(QStringLiteral("EST-A"), 76, QStringLiteral("210275S010003"), 1, 1), m_a).envelope());
    QVERIFY2(rp.status == 200, qPrintable(reason(rp)));
}

void TestHubServer::separationOfDutiesClaimsAreChecked()
{
    const qint64 before = records();
    SyncRecord twice = sampleRecord(QStringLiteral("EST-A"), 80, QStringLiteral("210106B010002"), 1, 1);
    twice.enteredBy = {QStringLiteral("ana"), QStringLiteral("ANA")};
    SyncRecord firstDecides = sampleRecord(QStringLiteral("EST-A"), 81, QStringLiteral("210106B010002"), 1, 1);
    firstDecides.verifiedBy = QStringLiteral("capturista1");
    SyncRecord alone = sampleRecord(QStringLiteral("EST-A"), 82, QStringLiteral("210106B010002"), 1, 1);
    alone.enteredBy = {QStringLiteral("ana")};
    for (const SyncRecord &r : {twice, firstDecides, alone}) {
        const HttpAnswer a = post(signRecord(r, m_a));
        QVERIFY2(a.status == 422, qPrintable(QStringLiteral("%1 %2").arg(a.status).arg(reason(a))));
    }
    QCOMPARE(records(), before);
    // An adjudicator who typed neither entry makes it final: accepted.
    SyncRecord adjudicated = sampleRecord(QStringLiteral("EST-A"), 83, QStringLiteral("210106B010002"), 1, 1);
    adjudicated.verifiedBy = QStringLiteral("supervisora");
    QCOMPARE(post(signRecord(adjudicated, m_a)).status, 200);
}

void TestHubServer::aStationBoundToDistrictsReportsOnlyThere()
{
    // The attack: an enrolled station reporting another district's acta first.
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    HubServerOptions bound;
    bound.election = sample->election;
    bound.catalog = sample->catalog;
    HubServer server(*m_store, *m_hubKey, *m_log, bound);
    Result<quint16> port = server.listen(QHostAddress::LocalHost, 0, m_tls);
    QVERIFY_OK(port);
    QVERIFY_OK(m_store->bindDistricts(QStringLiteral("EST-B"), {1}));
    const CasillaInfo *own = nullptr;
    const CasillaInfo *other = nullptr;
    for (const CasillaInfo &c : sample->catalog.casillas()) {
        if (c.district == 1 && !own && c.key.toString() > QStringLiteral("210110"))
            own = &c;
        if (c.district != 1 && !other)
            other = &c;
    }
    QVERIFY(own && other);
    const auto send = [&](qint64 seq, const QString &casilla) {
        return httpsRequest(
            m_nam, m_ca, "POST", url(QStringLiteral("/v1/records"), *port),
            signRecord(sampleRecord(QStringLiteral("EST-B"), seq, casilla + QStringLiteral("02"), 1, 1), m_b)
                .envelope());
    };
    const HttpAnswer elsewhere = send(90, other->key.toString());
    QVERIFY2(elsewhere.status == 403, qPrintable(reason(elsewhere)));
    QVERIFY2(reason(elsewhere).contains(QString::number(other->district)), qPrintable(reason(elsewhere)));
    const HttpAnswer outside = send(91, QStringLiteral("320001B0100"));
    QCOMPARE(outside.status, 403);
    const HttpAnswer home = send(92, own->key.toString());
    QVERIFY2(home.status == 200, qPrintable(reason(home)));
    QCOMPARE(m_store->station(QStringLiteral("EST-B"))->value().districts, QList<int> {1});
    QVERIFY_OK(m_store->bindDistricts(QStringLiteral("EST-B"), {}));
}

void TestHubServer::unknownPathIs404()
{
    const HttpAnswer a = httpsRequest(m_nam, m_ca, "GET", url(QStringLiteral("/v1/nothing")));
    QCOMPARE(a.status, 404);
    const HttpAnswer info = httpsRequest(m_nam, m_ca, "GET", url(QStringLiteral("/v1/hub")));
    QCOMPARE(info.status, 200);
    QCOMPARE(QJsonDocument::fromJson(info.body)[QStringLiteral("hub_key")].toString(), m_hubKey->fingerprint());
}

void TestHubServer::everyRequestIsLogged()
{
    QFile file(m_data->accessLogPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QVERIFY(lines.size() >= 20);
    QSet<int> statuses;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY2(!o.isEmpty(), line.constData());
        for (const char *key : {"time", "peer", "station", "method", "path", "status", "ms", "reason"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        statuses.insert(o.value(QStringLiteral("status")).toInt());
        if (o.value(QStringLiteral("status")).toInt() >= 400)
            QVERIFY2(!o.value(QStringLiteral("reason")).toString().isEmpty(), line.constData());
    }
    for (int s : {200, 201, 400, 403, 404, 409, 413, 422, 429})
        QVERIFY2(statuses.contains(s), qPrintable(QString::number(s)));
}

void TestHubServer::aFailingStoreAnswers500AndServingGoesOn()
{
    // The store fails under the running hub: its images table disappears (a second connection to
    // the same file renames it). The upload gets 500 naming the database's complaint; the hub
    // keeps answering, and once the table is back the same upload is stored.
    const QString clave = QStringLiteral("210101C010002");
    const SignedRecord record = signRecord(sampleRecord(QStringLiteral("EST-B"), 900, clave, 1, 7), m_b);
    QCOMPARE(post(record).status, 200);
    const QByteArray image = "image of " + clave.toLatin1() + " 1";
    const QUrl imageUrl = url(QStringLiteral("/v1/images/") + sha256Hex(image));
    auto alter = [this](const QString &sql) {
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
            db.setDatabaseName(m_data->storePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            ok = db.open() && QSqlQuery(db).exec(sql);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
        return ok;
    };
    QVERIFY(alter(QStringLiteral("ALTER TABLE images RENAME TO images_away")));
    const HttpAnswer failed = httpsRequest(m_nam, m_ca, "PUT", imageUrl, image);
    QCOMPARE(failed.status, 500);
    QVERIFY2(reason(failed).contains(QLatin1String("images")), qPrintable(reason(failed)));

    // Serving goes on: the next requests are answered as usual.
    QCOMPARE(httpsRequest(m_nam, m_ca, "GET", url(QStringLiteral("/v1/hub"))).status, 200);
    QCOMPARE(post(signRecord(sampleRecord(QStringLiteral("EST-B"), 901, clave, 2, 7), m_b)).status, 200);
    QVERIFY(alter(QStringLiteral("ALTER TABLE images_away RENAME TO images")));
    QCOMPARE(httpsRequest(m_nam, m_ca, "PUT", imageUrl, image).status, 201);
}

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
