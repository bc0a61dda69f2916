#include "AuditLog.h"
#include "Election.h"
#include "HubDataDir.h"
#include "HubProcess.h"
#include "HubStoreProbe.h"
#include "HubTestSupport.h"
#include "OutboxRecords.h"
#include "Station.h"
#include "SyncWorker.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

namespace {

// A TLS server with the hub's certificate that answers by script, for the faults a real hub
// cannot be made to produce on demand: 503 with Retry-After, 500, a reset mid-upload, silence.
class ScriptedHub : public QTcpServer
{
public:
    enum class Step { Busy503, Error500, ResetMidUpload, Silent };

    ScriptedHub(const HubDataDir &data, QList<Step> script)
        : m_script(std::move(script))
    {
        QFile cert(data.serverCertificatePath()), key(data.serverKeyPath());
        if (cert.open(QIODevice::ReadOnly))
            m_cert = QSslCertificate(cert.readAll());
        if (key.open(QIODevice::ReadOnly))
            m_key = QSslKey(key.readAll(), QSsl::Ec);
    }

    QList<qint64> arrivals; // ms since the first request, one per request seen
    int served() const { return int(arrivals.size()); }
    bool done() const { return arrivals.size() >= m_script.size(); }

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *socket = new QSslSocket(this);
        socket->setSocketDescriptor(fd);
        socket->setLocalCertificate(m_cert);
        socket->setPrivateKey(m_key);
        QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] { onData(socket); });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    void onData(QSslSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 || m_handled.contains(socket))
            return;
        if (!m_clock.isValid())
            m_clock.start();
        arrivals.append(m_clock.elapsed());
        m_handled.insert(socket);
        const Step step = m_script.value(arrivals.size() - 1, Step::Error500);
        switch (step) {
        case Step::Busy503:
            socket->write(
                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Type: application/json\r\n"
                "Content-Length: 40\r\nConnection: close\r\n\r\n{\"status\":503,\"error\":\"busy, try again\"}");
            socket->disconnectFromHost();
            break;
        case Step::Error500:
            socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            break;
        case Step::ResetMidUpload:
            socket->abort(); // RST while the client is still sending
            break;
        case Step::Silent:
            break; // the client's transfer timeout has to end it
        }
    }

    QList<Step> m_script;
    QSslCertificate m_cert;
    QSslKey m_key;
    QHash<QSslSocket *, QByteArray> m_buffers;
    QSet<QSslSocket *> m_handled;
    QElapsedTimer m_clock;
};

} // namespace

// The station's sync worker against real `actahub` processes over TLS on loopback.
class TestSyncWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifiedActasBecomeSynced();
    void fiveHundredActasSurviveTwoHubRestarts();
    void faultyAnswersAreRetried();
    void aForgedReceiptIsNotStored();
    void aRefusedRecordIsSetAside();
    void aQuorumOfTwoWaitsForBoth();
    void aCorrectedActaIsSentAsANewVersion();
    void aRecordTheHubLostIsSentAgain();
    void aRestoredStationGoesOnSyncing();
    void aRecordThatCannotBeSignedStopsTheWorker();

private:
    struct TestStation
    {
        std::unique_ptr<Station> station;
        User admin, ana, beto, carla, dora;
    };
    TestStation makeStation(const QString &name);
    QString initHub(const QString &name, QByteArray *publicKey, const QStringList &extra = {});
    void enroll(TestStation &s, const QString &hubDir, const QStringList &extra = {});
    void addEndpoint(TestStation &s, const QString &name, const QString &url, const QString &hubDir,
                     const QByteArray &hubKey);
    QString verify(TestStation &s, int casilla);
    std::unique_ptr<SyncWorker> worker(TestStation &s);
    qint64 hubCount(const QString &hubDir, const QString &sql);

    QTemporaryDir m_dir;
    std::optional<Election> m_sample;
    QByteArray m_hubKey;
    QString m_hubDir;
    std::unique_ptr<HubProcess> m_hub;
    int m_nextCasilla = 0;
};

#define CHECK_OK(expression)                                                                                           \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        if (!result_)                                                                                                  \
            qFatal("%s", qPrintable(result_.error()));                                                                 \
    } while (false)

void TestSyncWorker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample.emplace(std::move(sample).value());
    m_hubDir = initHub(QStringLiteral("hub"), &m_hubKey);
    QVERIFY(!m_hubKey.isEmpty());
    m_hub = std::make_unique<HubProcess>(m_hubDir);
    QVERIFY(m_hub->start());
}

QString TestSyncWorker::initHub(const QString &name, QByteArray *publicKey, const QStringList &extra)
{
    const QString dir = m_dir.filePath(name);
    int rc = -1;
    const QString output
        = HubProcess::run(QStringList {QStringLiteral("init"), QStringLiteral("--data"), dir} + extra, &rc);
    if (rc != 0)
        qFatal("actahub init: %s", qPrintable(output));
    static const QRegularExpression key(QStringLiteral("hub public key: ([0-9a-f]{64})"));
    *publicKey = QByteArray::fromHex(key.match(output).captured(1).toLatin1());
    return dir;
}

TestSyncWorker::TestStation TestSyncWorker::makeStation(const QString &name)
{
    Station::Options cheap;
    cheap.keyCost = Argon2Params {1, 8192};
    cheap.passwordCost = PasswordCost::minimum();
    Result<std::unique_ptr<Station>> st = Station::initialise(
        m_dir.filePath(name), name, SecureBytes::fromUtf8(u"station passphrase"), QStringLiteral("admin"),
        SecureBytes::fromUtf8(u"admin-password"), Clock::system(), cheap);
    CHECK_OK(st);
    TestStation s;
    s.station = std::move(st).value();
    s.admin = *s.station->users().find(QStringLiteral("admin"));
    auto add = [&](const char *who, Role role) {
        Result<User> u = s.station->users().add(s.admin, QLatin1String(who), QLatin1String(who), role,
                                                SecureBytes::fromUtf8(u"a-long-password"));
        CHECK_OK(u);
        return *u;
    };
    s.ana = add("ana", Role::Clerk);
    s.beto = add("beto", Role::Clerk);
    s.carla = add("carla", Role::Supervisor);
    s.dora = add("dora", Role::Supervisor);
    return s;
}

void TestSyncWorker::enroll(TestStation &s, const QString &hubDir, const QStringList &extra)
{
    const SigningKey key = s.station->signingKey().value();
    const QString file = m_dir.filePath(s.station->stationId() + QStringLiteral(".json"));
    CHECK_OK(EnrollmentRequest::forKey(s.station->stationId(), s.station->name(), key, QDateTime::currentDateTimeUtc())
                 .write(file));
    int rc = -1;
    const QString output
        = HubProcess::run(QStringList {QStringLiteral("enroll"), QStringLiteral("--data"), hubDir, file} + extra, &rc);
    if (rc != 0)
        qFatal("actahub enroll: %s", qPrintable(output));
}

void TestSyncWorker::addEndpoint(TestStation &s, const QString &name, const QString &url, const QString &hubDir,
                                 const QByteArray &hubKey)
{
    QFile ca(HubDataDir(hubDir).caCertificatePath());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    QVERIFY_OK(s.station->upstream().addEndpoint(s.admin, name, url, ca.readAll(), hubKey));
}

// A counted acta of the next catalog casilla, verified by two clerks, with its own image.
QString TestSyncWorker::verify(TestStation &s, int value)
{
    const CasillaInfo &casilla = m_sample->catalog.casillas().at(m_nextCasilla++);
    const QString clave = casilla.key.toString() + QStringLiteral("02");
    Tally t;
    t.set(QStringLiteral("PLU"), FieldValue::number(value % 300));
    t.set(QStringLiteral("MRA"), FieldValue::number(40));
    t.set(QStringLiteral("NULOS"), FieldValue::number(2));
    ActaRepository &actas = s.station->actas();
    CHECK_OK(actas.receive(s.ana, *ActaKey::parse(clave), m_sample->election.id(), false));
    CHECK_OK(actas.storeImage(s.ana, clave, QByteArray(2048, char(value)) + clave.toLatin1()));
    CHECK_OK(actas.fire(s.ana, clave, ActaWorkflow::Trigger::AcceptImage));
    CHECK_OK(actas.submitEntry1(s.ana, clave, t));
    CHECK_OK(actas.submitEntry2(s.beto, clave, t));
    return clave;
}

std::unique_ptr<SyncWorker> TestSyncWorker::worker(TestStation &s)
{
    // Short waits so the test runs in seconds; the schedule itself is Backoff's (tst_backoff).
    SyncWorker::Options o;
    o.pollIntervalMs = 200;
    o.transferTimeoutMs = 3000;
    o.minBackoffMs = 100;
    o.maxBackoffMs = 1500;
    const SigningKey key = s.station->signingKey().value();
    return std::make_unique<SyncWorker>(
        *s.station, OutboxRecords(s.station->stationId(), s.station->seqBase(), m_sample->election, &m_sample->catalog),
        s.station->signingKey().value(), o);
}

qint64 TestSyncWorker::hubCount(const QString &hubDir, const QString &sql)
{
    // A second reader of the hub's embedded store while it runs (SQLite WAL), in a process of its own.
    return acta::test::hubCount(HubDataDir(hubDir).storePath(), sql);
}

void TestSyncWorker::verifiedActasBecomeSynced()
{
    TestStation s = makeStation(QStringLiteral("EST-1"));
    enroll(s, m_hubDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    QStringList claves;
    for (int i = 0; i < 3; ++i)
        claves << verify(s, 100 + i);
    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(w->allIdle(), 10000);
    for (const QString &clave : claves)
        QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::Synced);
    const SyncSummary summary = *s.station->upstream().summary();
    QCOMPARE(summary.acknowledged, 3);
    QCOMPARE(summary.pending, 0);
    // Every stored receipt is the hub's, for the record the station sent.
    Result<QList<OutboxItem>> outbox = s.station->upstream().unacknowledged();
    QVERIFY_OK(outbox);
    QVERIFY(outbox->isEmpty());
    for (qint64 seq = 1; seq <= 3; ++seq) {
        Result<QList<QPair<QString, QByteArray>>> receipts = s.station->upstream().receipts(seq);
        QVERIFY_OK(receipts);
        if (receipts->isEmpty())
            continue; // outbox ids are per station but not necessarily 1..3
        Result<SignedReceipt> r = SignedReceipt::fromJson(receipts->first().second);
        QVERIFY_OK(r);
        QVERIFY_OK(r->verify(m_hubKey));
    }
    const QString station = s.station->stationId();
    QCOMPARE(hubCount(m_hubDir, QStringLiteral("SELECT count(*) FROM records WHERE station_id = '%1'").arg(station)),
             3);
    QCOMPARE(hubCount(m_hubDir,
                      QStringLiteral("SELECT count(*) FROM images i JOIN records r ON r.image_sha256 = "
                                     "i.sha256 WHERE r.station_id = '%1'")
                          .arg(station)),
             3);
    // The acknowledgement is in the audit log, and the chain still holds.
    QVERIFY_OK(AuditLog::verify(s.station->database()));
}

void TestSyncWorker::fiveHundredActasSurviveTwoHubRestarts()
{
    TestStation s = makeStation(QStringLiteral("EST-500"));
    enroll(s, m_hubDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    for (int i = 0; i < 500; ++i)
        verify(s, i);
    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());

    // Killed without warning twice while records and images are in flight, restarted on its port.
    for (int cut : {150, 350}) {
        QTRY_VERIFY_WITH_TIMEOUT(acked.size() >= cut, 120000);
        m_hub->kill();
        // The station meets a dead port and backs off (not an error: it waits and tries again).
        QTRY_VERIFY_WITH_TIMEOUT(w->status().first().failures >= 2, 20000);
        QVERIFY(!w->status().first().lastError.isEmpty());
        QVERIFY(m_hub->start());
    }
    QTRY_COMPARE_WITH_TIMEOUT(s.station->upstream().summary()->acknowledged, 500, 180000);
    QTRY_VERIFY_WITH_TIMEOUT(w->allIdle(), 10000);
    QCOMPARE(acked.size(), 500);
    QCOMPARE(s.station->actas().countInState(ActaWorkflow::State::Synced).value(), 500);

    // Exactly one copy of each record and image at the hub.
    const QString station = s.station->stationId();
    QCOMPARE(hubCount(m_hubDir, QStringLiteral("SELECT count(*) FROM records WHERE station_id = '%1'").arg(station)),
             500);
    QCOMPARE(hubCount(m_hubDir,
                      QStringLiteral("SELECT count(DISTINCT clave) FROM records WHERE station_id = '%1'").arg(station)),
             500);
    QCOMPARE(hubCount(m_hubDir,
                      QStringLiteral("SELECT count(*) FROM images i JOIN records r ON r.image_sha256 = "
                                     "i.sha256 WHERE r.station_id = '%1'")
                          .arg(station)),
             500);
    QVERIFY_OK(AuditLog::verify(s.station->database()));
}

void TestSyncWorker::faultyAnswersAreRetried()
{
    TestStation s = makeStation(QStringLiteral("EST-FAULTS"));
    enroll(s, m_hubDir);
    const QString clave = verify(s, 7);
    // The scripted server takes the real hub's port for a while.
    const quint16 port = m_hub->port();
    m_hub->stop();
    ScriptedHub scripted(HubDataDir(m_hubDir),
                         {ScriptedHub::Step::Busy503, ScriptedHub::Step::Error500, ScriptedHub::Step::ResetMidUpload,
                          ScriptedHub::Step::Silent});
    QVERIFY(scripted.listen(QHostAddress::LocalHost, port));
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());
    QTRY_VERIFY_WITH_TIMEOUT(scripted.done(), 30000);
    // The hub's Retry-After (1 s) was honoured even though the backoff alone would retry sooner.
    QVERIFY2(scripted.arrivals.at(1) - scripted.arrivals.at(0) >= 950,
             qPrintable(QString::number(scripted.arrivals.at(1) - scripted.arrivals.at(0))));
    // After the silent answer the transfer timeout ends the request and the worker waits.
    QTRY_VERIFY_WITH_TIMEOUT(w->status().first().state == SyncWorker::LaneState::Waiting, 10000);
    QVERIFY(!w->status().first().lastError.isEmpty());
    QCOMPARE(acked.size(), 0);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::QueuedForSync);

    scripted.close();
    QVERIFY(m_hub->start());
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 30000);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::Synced);
    QCOMPARE(hubCount(m_hubDir, QStringLiteral("SELECT count(*) FROM records WHERE clave = '%1'").arg(clave)), 1);
}

void TestSyncWorker::aForgedReceiptIsNotStored()
{
    // The endpoint is pinned to another hub key: the real hub's receipts do not verify.
    TestStation s = makeStation(QStringLiteral("EST-PIN"));
    enroll(s, m_hubDir);
    const QString clave = verify(s, 9);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, QByteArray(32, '\x42'));
    auto w = worker(s);
    QVERIFY_OK(w->start());
    QTRY_VERIFY_WITH_TIMEOUT(w->status().first().failures >= 2, 20000);
    QVERIFY2(w->status().first().lastError.contains(QStringLiteral("receipt")),
             qPrintable(w->status().first().lastError));
    QCOMPARE(s.station->upstream().summary()->acknowledged, 0);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::QueuedForSync);
    Result<QList<QPair<QString, QByteArray>>> receipts
        = s.station->upstream().receipts(s.station->upstream().unacknowledged()->first().id);
    QVERIFY_OK(receipts);
    QVERIFY(receipts->isEmpty());
}

void TestSyncWorker::aRefusedRecordIsSetAside()
{
    // A drill hub refuses production records for good: set aside with the hub's reason, and
    // the lane goes on instead of retrying for ever.
    QByteArray drillKey;
    const QString drillDir = initHub(QStringLiteral("drill-hub"), &drillKey, {QStringLiteral("--simulation")});
    HubProcess drill(drillDir, {QStringLiteral("--simulation")});
    QVERIFY(drill.start());
    TestStation s = makeStation(QStringLiteral("EST-DRILL"));
    enroll(s, drillDir, {QStringLiteral("--simulation")}); // every command on a drill store says so
    verify(s, 11);
    verify(s, 12);
    addEndpoint(s, QStringLiteral("drill"), drill.url(), drillDir, drillKey);
    auto w = worker(s);
    QSignalSpy refused(w.get(), &SyncWorker::refused);
    QVERIFY_OK(w->start());
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(w->allIdle(), 10000);
    Result<QList<UpstreamRefusal>> refusals = s.station->upstream().refusals();
    QVERIFY_OK(refusals);
    QCOMPARE(refusals->size(), 2);
    QCOMPARE(refusals->first().httpStatus, 403);
    QVERIFY2(refusals->first().reason.contains(QStringLiteral("simulation")), qPrintable(refusals->first().reason));
    QCOMPARE(s.station->upstream().summary()->acknowledged, 0);
    // Cleared by an administrator, they are tried again (and refused again here).
    QCOMPARE(s.station->upstream().clearRefusals(s.admin).value(), 2);
    QVERIFY(!s.station->upstream().clearRefusals(s.ana)); // a clerk may not
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 4, 20000);
}

void TestSyncWorker::aQuorumOfTwoWaitsForBoth()
{
    QByteArray secondKey;
    const QString secondDir = initHub(QStringLiteral("second-hub"), &secondKey);
    HubProcess second(secondDir);
    QVERIFY(second.start());
    const QString secondUrl = second.url();
    second.stop(); // down for now

    TestStation s = makeStation(QStringLiteral("EST-QUORUM"));
    enroll(s, m_hubDir);
    enroll(s, secondDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    addEndpoint(s, QStringLiteral("alterno"), secondUrl, secondDir, secondKey);
    QVERIFY(!s.station->upstream().setQuorum(s.admin, 3)); // more than there are
    QVERIFY_OK(s.station->upstream().setQuorum(s.admin, 2));
    const QString clave = verify(s, 21);
    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());
    QTRY_VERIFY_WITH_TIMEOUT(w->status().at(0).state == SyncWorker::LaneState::Idle && w->status().at(0).sent == 1,
                             20000);
    // The second lane may be between two tries (a refused connection takes a moment, more so
    // under the sanitizers): it settles to waiting.
    QTRY_COMPARE_WITH_TIMEOUT(w->status().at(1).state, SyncWorker::LaneState::Waiting, 5000);
    QCOMPARE(acked.size(), 0);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::QueuedForSync);

    QVERIFY(second.start());
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 30000);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::Synced);
    QCOMPARE(s.station->upstream().receipts(s.station->upstream().summary()->records).value().size(), 2);
}

void TestSyncWorker::aCorrectedActaIsSentAsANewVersion()
{
    TestStation s = makeStation(QStringLiteral("EST-FIX"));
    enroll(s, m_hubDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    const QString clave = verify(s, 31);
    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 20000);

    // Reopened: what went up is under review (version 2, the same figures, COTEJADA 3); the acta
    // stays in dispute when the hub acknowledges it.
    QVERIFY_OK(s.station->actas().fire(s.carla, clave, ActaWorkflow::Trigger::Reopen,
                                       QStringLiteral("PLU misread, sheet says 131")));
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 2, 20000);
    QCOMPARE(acked.at(1).at(1).toLongLong(), 2);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::InDispute);
    QCOMPARE(
        hubCount(m_hubDir,
                 QStringLiteral("SELECT count(DISTINCT figures_sha256) FROM records WHERE clave = '%1'").arg(clave)),
        1);
    QCOMPARE(hubCount(m_hubDir,
                      QStringLiteral("SELECT version FROM records WHERE clave = '%1' AND record_json LIKE "
                                     "'%\"cotejada\":3,%'")
                          .arg(clave)),
             2);
    QCOMPARE(hubCount(m_hubDir,
                      QStringLiteral("SELECT version FROM records WHERE clave = '%1' AND record_json LIKE "
                                     "'%\"cotejada\":1,%'")
                          .arg(clave)),
             1);
    // Re-adjudicated: the correction goes up as version 3; the earlier versions stay at the hub.
    Tally fixed;
    fixed.set(QStringLiteral("PLU"), FieldValue::number(131));
    fixed.set(QStringLiteral("MRA"), FieldValue::number(40));
    fixed.set(QStringLiteral("NULOS"), FieldValue::number(2));
    // Decided by another supervisor than the one who reopened it.
    QVERIFY_OK(s.station->actas().adjudicate(s.dora, clave, fixed, QStringLiteral("checked against the sheet")));
    w->wake();
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 3, 20000);
    QCOMPARE(acked.at(2).at(1).toLongLong(), 3);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::Synced);
    QCOMPARE(hubCount(m_hubDir, QStringLiteral("SELECT count(*) FROM records WHERE clave = '%1'").arg(clave)), 3);
    QCOMPARE(hubCount(m_hubDir, QStringLiteral("SELECT max(version) FROM records WHERE clave = '%1'").arg(clave)), 3);
    QCOMPARE(hubCount(m_hubDir,
                      QStringLiteral("SELECT version FROM records WHERE clave = '%1' AND record_json LIKE "
                                     "'%\"cotejada\":2,%'")
                          .arg(clave)),
             3);
}

void TestSyncWorker::aRestoredStationGoesOnSyncing()
{
    // The case: a station restored from a backup reused its sequence numbers, and the hub
    // answered 409 to every new record of it, for good.
    TestStation s = makeStation(QStringLiteral("EST-RST"));
    enroll(s, m_hubDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    const QString first = verify(s, 41);
    const QString backup = m_dir.filePath(QStringLiteral("EST-RST.actabak"));
    QVERIFY_OK(s.station->backup(s.admin, backup)); // the first acta is not acknowledged in it
    {
        auto w = worker(s);
        QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
        QVERIFY_OK(w->start());
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 20000);
        verify(s, 42); // sent as sequence 2, then lost with the station
        w->wake();
        QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 2, 20000);
    }
    const QString dir = s.station->directory();
    s.station.reset();
    QVERIFY_OK(Station::restore(backup, dir, SecureBytes::fromUtf8(u"station passphrase"), QStringLiteral("admin"),
                                SecureBytes::fromUtf8(u"admin-password"), Clock::system()));
    Result<std::unique_ptr<Station>> reopened
        = Station::open(dir, SecureBytes::fromUtf8(u"station passphrase"), Clock::system(), PasswordCost::minimum());
    QVERIFY_OK(reopened);
    s.station = std::move(reopened).value();
    QVERIFY(s.station->seqBase() > 1000000);
    const QString third = verify(s, 43); // outbox row 2 again: the number the lost acta had used

    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());
    // The first acta again (same content, new number: the hub's receipt for the new number) and
    // the new one (stored): both acknowledged, nothing refused.
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 2, 20000);
    QCOMPARE(s.station->actas().find(first)->state, ActaWorkflow::State::Synced);
    QCOMPARE(s.station->actas().find(third)->state, ActaWorkflow::State::Synced);
    Result<QList<UpstreamRefusal>> refusals = s.station->upstream().refusals();
    QVERIFY_OK(refusals);
    QVERIFY(refusals->isEmpty());
    QCOMPARE(
        hubCount(m_hubDir,
                 QStringLiteral("SELECT count(*) FROM records WHERE station_id = '%1'").arg(s.station->stationId())),
        3);
    QCOMPARE(
        hubCount(
            m_hubDir,
            QStringLiteral("SELECT count(*) FROM record_aliases WHERE station_id = '%1'").arg(s.station->stationId())),
        1);
}

void TestSyncWorker::aRecordTheHubLostIsSentAgain()
{
    // The station holds a receipt the hub no longer backs (the hub was restored from an older
    // backup): the image upload answers 404, the receipt is forgotten and the record goes again.
    TestStation s = makeStation(QStringLiteral("EST-LOST"));
    enroll(s, m_hubDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    const QString clave = verify(s, 41);
    const qint64 outboxId = s.station->upstream().unacknowledged()->first().id;
    const qint64 endpointId = s.station->upstream().endpoints()->first().id;
    QVERIFY_OK(s.station->upstream().storeReceipt(outboxId, endpointId, "{\"stale\":true}", true));
    auto w = worker(s);
    QSignalSpy acked(w.get(), &SyncWorker::acknowledged);
    QVERIFY_OK(w->start());
    QTRY_COMPARE_WITH_TIMEOUT(acked.size(), 1, 20000);
    QCOMPARE(s.station->actas().find(clave)->state, ActaWorkflow::State::Synced);
    Result<QList<QPair<QString, QByteArray>>> receipts = s.station->upstream().receipts(outboxId);
    QVERIFY_OK(receipts);
    QCOMPARE(receipts->size(), 1);
    QVERIFY_OK(SignedReceipt::fromJson(receipts->first().second).value().verify(m_hubKey)); // the real one now
    QCOMPARE(hubCount(m_hubDir, QStringLiteral("SELECT count(*) FROM records WHERE clave = '%1'").arg(clave)), 1);
}

void TestSyncWorker::aRecordThatCannotBeSignedStopsTheWorker()
{
    // The worker is given another election than the one the actas were captured in: it stops
    // with a message naming the record, on every lane, without sending anything.
    TestStation s = makeStation(QStringLiteral("EST-OTHER"));
    enroll(s, m_hubDir);
    addEndpoint(s, QStringLiteral("primary"), m_hub->url(), m_hubDir, m_hubKey);
    addEndpoint(s, QStringLiteral("alterno"), m_hub->url(), m_hubDir, m_hubKey);
    const QString clave = verify(s, 51);
    QByteArray json = m_sample->election.toJson();
    json.replace(m_sample->election.id().toUtf8(), "another-election-2027");
    Result<ElectionTemplate> other = ElectionTemplate::fromJson(json);
    QVERIFY_OK(other);
    SyncWorker w(*s.station, OutboxRecords(s.station->stationId(), s.station->seqBase(), *other, &m_sample->catalog),
                 s.station->signingKey().value(), SyncWorker::Options());
    QSignalSpy failed(&w, &SyncWorker::failed);
    const Status started = w.start();
    QVERIFY(!started);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(clave), qPrintable(failed.first().first().toString()));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("another-election-2027")),
             qPrintable(failed.first().first().toString()));
    w.wake(); // harmless after a stop
    QTest::qWait(200);
    QCOMPARE(s.station->upstream().summary()->acknowledged, 0);
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
