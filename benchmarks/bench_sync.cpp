// Hub ingest benchmark: prints one "name: value unit" line per figure (lines starting with "#"
// describe the setup). Not a test: run it by hand on a Release build.
//
//   bench_sync [--stations N] [--actas N] [--image-kb N] [--dir <folder>]
//
// Simulated stations (default 50, each with its own Ed25519 key, its own loopback address and 100
// actas carrying a 300 KB random image) send to one real `actahub serve` process over HTTPS on
// loopback, first on a PostgreSQL server that the benchmark starts itself (initdb + pg_ctl, stock
// settings, fsync on), then on the embedded store (SQLite, synchronous=FULL), then on the embedded
// store again "under attack": while a flood of forged, malformed and oversized requests from
// other addresses hits the hub (runAttack, a process of its own). One acta is the record POST
// followed by its image PUT; every station sends its actas one after the other, all at once.
//
// Figures per store: actas per second (all actas over the wall time from the first request to
// the last answer), p50 / p99 latency of every HTTP request (records and images together), the
// hub's peak RSS (VmHWM) and the hours that rate would need for 157,000 actas; and
// under_attack_ratio, actas_per_second_under_attack over the quiet embedded run's (target >= 0.8). Every request must
// succeed, every receipt must verify and the store must hold every record and image afterwards;
// failures are counted and printed and make the exit status 1.
//
// The hub is an executable of its own, so it is started as it would run in production, with
// per-station rate limits lifted (--rate/--burst 100000) and publication off; the per-address
// limits are the defaults, each station and each attacker address having its own.

#include "ActaKey.h"
#include "BenchHttp.h"
#include "CanonicalJson.h"
#include "Clock.h"
#include "Election.h"
#include "EnrollmentRequest.h"
#include "FieldValue.h"
#include "HubDataDir.h"
#include "HubStore.h"
#include "PostgresServer.h"
#include "Receipt.h"
#include "SecureBytes.h"
#include "SignedRecord.h"
#include "SigningKey.h"
#include "SyncRecord.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <numeric>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace acta;

namespace {

constexpr double MiB = 1024.0 * 1024.0;
constexpr int ElectionActas = 157000; // the actas of a federal election, for the projection

struct Options
{
    int stations = 50;
    int actas = 100;
    int imageKb = 300;
    QString base;
};

void figure(const QString &name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

void count(const QString &name, qint64 value, const char *unit)
{
    std::printf("%s: %lld %s\n", qPrintable(name), static_cast<long long>(value), unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

double percentile(std::vector<double> v, double p) // nearest rank, as bench_storage
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A stand-in for a scanned page: random bytes (splitmix64) from a seed, so that an image can be
// made again when it is sent instead of keeping 5,000 of them in memory. Random, like a JPEG, so
// PostgreSQL cannot compress the stored value.
QByteArray imageBytes(quint64 seed, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint64 x = seed;
    for (qsizetype i = 0; i < size; i += 8) {
        x += 0x9e3779b97f4a7c15ULL;
        quint64 z = x;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        z ^= z >> 31;
        std::memcpy(bytes.data() + i, &z, std::size_t(std::min<qsizetype>(8, size - i)));
    }
    return bytes;
}

// CLAVE_ACTA of the n-th acta of the run: the sample catalog's casillas in file order, then, as the
// catalog has fewer (2,292) than a default run sends (5,000), well-formed keys in sections the
// catalog does not use (contiguous casillas C01-C99 of sections 1001 on). The hub does not look at
// the catalog when it stores a record (only when it publishes, which is off here), so both kinds
// cost it the same.
Result<QString> claveFor(int n, const Election &sample)
{
    const QList<CasillaInfo> &casillas = sample.catalog.casillas();
    Result<CasillaKey> casilla = n < casillas.size()
        ? Result<CasillaKey>(casillas.at(n).key)
        : CasillaKey::make(casillas.constFirst().key.state(), 1001 + int(n - casillas.size()) / 99,
                           CasillaType::Contigua, 1 + int(n - casillas.size()) % 99, 0);
    if (!casilla)
        return casilla.takeError();
    Result<ActaKey> key = ActaKey::make(*casilla, sample.election.actaType());
    if (!key)
        return key.takeError();
    return key->toString();
}

// A verified, counted acta of the sample election with every vote field filled in.
SyncRecord recordFor(const QString &stationId, qint64 seq, const QString &clave, const ElectionTemplate &election,
                     const QString &imageSha256, int n)
{
    SyncRecord r;
    r.stationId = stationId;
    r.seq = seq;
    r.clave = clave;
    r.templateId = election.id();
    r.version = 1;
    int i = 0;
    for (const TemplateField &field : election.voteFields()) {
        const qint64 votes = (n * 7 + i++ * 13) % 90 + 5;
        r.values.insert(field.id, FieldValue::number(votes));
        r.totalCalculado += votes;
    }
    r.contabilizada = true;
    r.imageSha256 = imageSha256;
    r.receivedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:00:00.000Z")).addMSecs(qint64(n) * 1250);
    r.capturedAt = r.receivedAt.addSecs(95);
    r.verifiedAt = r.receivedAt.addSecs(240);
    r.utcOffsetMinutes = -360;
    r.enteredBy = QStringList {QStringLiteral("capturista1"), QStringLiteral("capturista2")};
    r.verifiedBy = QStringLiteral("capturista2");
    return r;
}

struct PlannedActa
{
    QByteArray envelope;
    QString recordSha256; // what the receipt must name
    quint64 imageSeed = 0;
    QString imageSha256;
};

struct Station
{
    QString id;
    EnrollmentRequest enrollment;
    std::vector<PlannedActa> actas;
};

// Deterministic keys: the same run twice sends the same bytes (and the attacker knows the
// fingerprint an enrolled station signs with).
Result<SigningKey> stationKey(int s)
{
    QByteArray seed(SigningKey::SeedSize, '\0');
    const QByteArray label = "bench_sync station " + QByteArray::number(s);
    std::memcpy(seed.data(), label.constData(), std::size_t(std::min(label.size(), seed.size())));
    return SigningKey::fromSeed(SecureBytes::copyOf(seed));
}

QString stationIdOf(int s)
{
    return QStringLiteral("EST-%1").arg(s + 1, 3, 10, QLatin1Char('0'));
}

// Keys, records and signatures are made once, before anything is timed, and sent to both stores.
Result<std::vector<Station>> plan(const Options &o)
{
    Result<Election> sample = Election::sample();
    if (!sample)
        return sample.takeError();
    const QDateTime enrolledAt = fromStoredUtc(QStringLiteral("2027-06-01T12:00:00.000Z"));
    std::vector<Station> stations;
    stations.reserve(std::size_t(o.stations));
    for (int s = 0; s < o.stations; ++s) {
        Result<SigningKey> key = stationKey(s);
        if (!key)
            return key.takeError();
        const QString id = stationIdOf(s);
        Station station {
            id,
            EnrollmentRequest::forKey(id, QStringLiteral("Estación de prueba %1").arg(s + 1), *key, enrolledAt),
            {}};
        for (int a = 0; a < o.actas; ++a) {
            const int n = s * o.actas + a;
            Result<QString> clave = claveFor(n, *sample);
            if (!clave)
                return clave.takeError();
            PlannedActa acta;
            acta.imageSeed = (quint64(s + 1) << 32) | quint64(a);
            acta.imageSha256 = sha256Hex(imageBytes(acta.imageSeed, qsizetype(o.imageKb) * 1024));
            const SyncRecord record = recordFor(id, a + 1, *clave, sample->election, acta.imageSha256, n);
            Result<QByteArray> canonical = SyncRecordJson::canonicalBytes(record);
            if (!canonical)
                return canonical.takeError();
            acta.recordSha256 = sha256Hex(*canonical);
            Result<SignedRecord> signedRecord = SignedRecord::sign(record, *key);
            if (!signedRecord)
                return signedRecord.takeError();
            acta.envelope = signedRecord->envelope();
            station.actas.push_back(std::move(acta));
        }
        stations.push_back(std::move(station));
    }
    return stations;
}

// What the load run saw, over all stations.
struct Load
{
    std::vector<double> recordMs;
    std::vector<double> imageMs;
    int recordFailures = 0;
    int imageFailures = 0;
    int imagesNotSent = 0; // their record was refused, so the hub would answer 404
    QStringList failureExamples;
    QMap<QString, QByteArray> receipts; // "station/seq" -> body

    void failed(const QString &what)
    {
        if (failureExamples.size() < 5)
            failureExamples << what;
    }
};

// The loopback address simulated client n sends from: 127.0.x.y, never 127.0.0.1 (the hub's own)
// nor the attackers' 127.0.0.2-9.
QHostAddress clientAddress(int n)
{
    return QHostAddress(QStringLiteral("127.0.%1.%2").arg(n / 200).arg(10 + n % 200));
}

// One station: its own address and keep-alive TLS connection, sending its actas one after the
// other, as the station's sync loop does: record, then image, then the next.
class StationClient : public QObject
{
public:
    StationClient(const Station &station, int index, quint16 port, const QSslConfiguration &tls, qsizetype imageSize,
                  Load &load, std::function<void()> done)
        : m_station(station)
        , m_http(clientAddress(index), QStringLiteral("127.0.0.1"), port, tls)
        , m_imageSize(imageSize)
        , m_load(load)
        , m_done(std::move(done))
    { }

    void start() { sendRecord(); }
    qint64 connections() const { return m_http.connections(); }

private:
    void sendRecord()
    {
        if (m_next >= m_station.actas.size()) {
            m_done();
            return;
        }
        const PlannedActa &acta = m_station.actas[m_next];
        // Made while no request of this station is timed; sent as soon as the receipt is in.
        m_image = imageBytes(acta.imageSeed, m_imageSize);
        m_timer.start();
        m_http.send("POST", "/v1/records", acta.envelope,
                    [this](int status, const QByteArray &body) { recordAnswered(status, body); });
    }

    void recordAnswered(int status, const QByteArray &body)
    {
        m_load.recordMs.push_back(double(m_timer.nsecsElapsed()) / 1e6);
        const QString key = m_station.id + QLatin1Char('/') + QString::number(m_next + 1);
        if (status != 200) {
            ++m_load.recordFailures;
            ++m_load.imagesNotSent;
            m_load.failed(
                QStringLiteral("POST record %1: %2 %3").arg(key).arg(status).arg(QString::fromUtf8(body.left(200))));
            ++m_next;
            sendRecord();
            return;
        }
        m_load.receipts.insert(key, body);
        const PlannedActa &acta = m_station.actas[m_next];
        m_timer.start();
        m_http.send("PUT", "/v1/images/" + acta.imageSha256.toLatin1(), m_image,
                    [this](int status, const QByteArray &body) { imageAnswered(status, body); });
    }

    void imageAnswered(int status, const QByteArray &body)
    {
        m_load.imageMs.push_back(double(m_timer.nsecsElapsed()) / 1e6);
        // 201 stored; 200 would mean the image was already there, which cannot happen in a fresh store.
        if (status != 201) {
            ++m_load.imageFailures;
            m_load.failed(QStringLiteral("PUT image of %1/%2: %3 %4")
                              .arg(m_station.id)
                              .arg(m_next + 1)
                              .arg(status)
                              .arg(QString::fromUtf8(body.left(200))));
        }
        ++m_next;
        sendRecord();
    }

    const Station &m_station;
    BenchHttpConnection m_http;
    qsizetype m_imageSize;
    Load &m_load;
    std::function<void()> m_done;
    QElapsedTimer m_timer;
    QByteArray m_image;
    std::size_t m_next = 0;
};

// utime + stime of a process, in seconds; -1 when it cannot be read.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Field 2 (the command) may hold spaces: count from the closing parenthesis (field 3 on).
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// CPU seconds of a PostgreSQL server: the postmaster (first line of postmaster.pid) and its
// children (the backend serving the hub, the WAL writer, the checkpointer...).
double postgresCpuSeconds(const QString &dataDir)
{
    QFile pidFile(dataDir + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    const qint64 postmaster = pidFile.readLine().trimmed().toLongLong();
    double total = cpuSeconds(postmaster);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == postmaster)
            total += cpuSeconds(pid);
    }
    return total;
}

double ownCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The flood of the "under attack" run, in a process of its own so that its work is not done on
// the stations' event loop: AttackAddresses source addresses (127.0.0.2 on), AttackConnections
// keep-alive TLS connections each, offering AttackRatePerAddress requests a second from each
// address (twice what the hub's per-address limit lets through, so that limit is at work too).
// In every 16 requests: 8 forged records in an enrolled station's name (its key fingerprint, a
// wrong signature), 4 malformed envelopes of 60 KB, 3 image PUTs announcing 200 MiB (413 at once,
// connection closed) and 1 record of 2 MiB (over the 1 MiB limit: read and dropped, then 413).
// The attacker shares this machine's CPUs with the hub and the stations: its own work is in the
// figures. Prints its tally twice a second.
constexpr int AttackAddresses = 4;
constexpr int AttackConnections = 8;
constexpr int AttackRatePerAddress = 200;

int runAttack(quint16 port, const QString &caPath)
{
    Result<Election> sample = Election::sample();
    Result<SigningKey> victim = stationKey(0);
    if (!sample || !victim) {
        std::fprintf(stderr, "bench_sync --attack: cannot make the forged record\n");
        return 1;
    }
    Result<QString> clave = claveFor(0, *sample);
    const SyncRecord record = recordFor(stationIdOf(0), 424242, clave ? *clave : QString(), sample->election,
                                        QString(64, QLatin1Char('e')), 0);
    const SigningKey forger = SigningKey::generate();
    Result<SignedRecord> forged = SignedRecord::sign(record, forger);
    if (!forged) {
        std::fprintf(stderr, "bench_sync --attack: %s\n", qPrintable(forged.error()));
        return 1;
    }
    // Same length, same place: the envelope stays canonical and names the victim's key.
    const QByteArray forgedEnvelope
        = forged->envelope().replace(forger.fingerprint().toLatin1(), victim->fingerprint().toLatin1());
    const QByteArray malformed = "{\"key\":\"" + QByteArray(60000, 'A') + "\"}";
    const QByteArray oversized(2 * 1024 * 1024, 'x');
    const QByteArray imagePath = "/v1/images/" + QByteArray(64, '0');

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(caPath));
    std::vector<std::unique_ptr<BenchHttpConnection>> connections;
    for (int a = 0; a < AttackAddresses; ++a)
        for (int c = 0; c < AttackConnections; ++c)
            connections.push_back(std::make_unique<BenchHttpConnection>(
                QHostAddress(QStringLiteral("127.0.0.%1").arg(2 + a)), QStringLiteral("127.0.0.1"), port, tls));
    QMap<int, qint64> byStatus;
    qint64 sent = 0;
    // Each connection sends at most once per interval; a slow answer delays only that connection.
    const qint64 intervalNs = qint64(1e9 * AttackConnections / AttackRatePerAddress);
    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> due(connections.size(), 0);
    std::function<void(std::size_t)> next = [&](std::size_t i) {
        const qint64 wait = due[i] - clock.nsecsElapsed();
        if (wait > 0) {
            QTimer::singleShot(int(wait / 1000000) + 1, [&next, i] { next(i); });
            return;
        }
        due[i] = std::max(due[i], clock.nsecsElapsed()) + intervalNs;
        const qint64 n = sent++;
        auto answered = [&, i](int status, const QByteArray &) {
            ++byStatus[status];
            next(i);
        };
        switch (n % 16) {
        case 1:
        case 5:
        case 9:
        case 13:
            connections[i]->send("POST", "/v1/records", malformed, answered);
            break;
        case 3:
        case 7:
        case 11:
            connections[i]->send("PUT", imagePath, QByteArray(), answered, qint64(200) * 1024 * 1024);
            break;
        case 15:
            connections[i]->send("POST", "/v1/records", oversized, answered);
            break;
        default:
            connections[i]->send("POST", "/v1/records", forgedEnvelope, answered);
        }
    };
    QTimer report;
    QObject::connect(&report, &QTimer::timeout, [&] {
        QStringList parts;
        for (auto it = byStatus.constBegin(); it != byStatus.constEnd(); ++it)
            parts << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
        qint64 connects = 0;
        for (const auto &c : connections)
            connects += c->connections();
        std::printf("attack: %lld requests offered at %d a second from %d addresses, %lld answered (%s; 0: "
                    "connection closed first); %lld TLS connections made; %.1f s CPU\n",
                    static_cast<long long>(sent), AttackRatePerAddress * AttackAddresses, AttackAddresses,
                    static_cast<long long>(std::accumulate(byStatus.cbegin(), byStatus.cend(), qint64(0))),
                    qPrintable(parts.join(QStringLiteral(", "))), static_cast<long long>(connects), ownCpuSeconds());
        std::fflush(stdout);
    });
    report.start(500);
    for (std::size_t i = 0; i < connections.size(); ++i)
        next(i);
    return QCoreApplication::exec();
}

// VmHWM (peak resident set) of a process, in KiB; -1 when unavailable.
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The machine's 1-minute load average: other work on a shared machine skews every figure here.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QStringLiteral("?");
}

QProcessEnvironment hubEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTACAPTURE_LANG"),
               QStringLiteral("en")); // the "listening on" line is matched in English
    return env;
}

// `actahub <command> --data DIR [--database URL] [extra...]`, waited for.
Status runHub(const QString &command, const QString &dataDir, const QString &database, const QStringList &extra = {})
{
    QProcess p;
    p.setProcessEnvironment(hubEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args {command, QStringLiteral("--data"), dataDir};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    p.start(QStringLiteral(ACTAHUB_BINARY), args + extra);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return fail(ErrorCode::Internal,
                    QStringLiteral("actahub %1 failed: %2")
                        .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()).trimmed()));
    return {};
}

// Tallies the hub's access log by status, and its handling times (after the body arrived) by method.
struct AccessTally
{
    QMap<int, int> byStatus;
    std::vector<double> postMs;
    std::vector<double> putMs;
};

AccessTally readAccessLog(const QString &path)
{
    AccessTally t;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return t;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine()).object();
        if (line.isEmpty())
            continue;
        ++t.byStatus[line.value(QStringLiteral("status")).toInt()];
        const QString method = line.value(QStringLiteral("method")).toString();
        const double ms = line.value(QStringLiteral("ms")).toDouble();
        if (method == QLatin1String("POST"))
            t.postMs.push_back(ms);
        else if (method == QLatin1String("PUT"))
            t.putMs.push_back(ms);
    }
    return t;
}

QString latencies(const std::vector<double> &ms)
{
    return QStringLiteral("p50 %1 ms, p99 %2 ms, max %3 ms")
        .arg(percentile(ms, 50), 0, 'f', 1)
        .arg(percentile(ms, 99), 0, 'f', 1)
        .arg(ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()), 0, 'f', 1);
}

struct StoreRun
{
    int failures = 0;
    double actasPerSecond = 0;
    double hubPeakMb = 0;
};

// One store: init, enroll, serve, load (with the flood of runAttack beside it when underAttack),
// stop, check.
Result<StoreRun> runStore(const QString &label, const QString &dataDir, const QString &database,
                          const std::vector<Station> &stations, const Options &o, const QString &postgresDataDir = {},
                          bool underAttack = false)
{
    const qint64 expected = qint64(stations.size()) * o.actas;
    note(QStringLiteral("%1: %2 stations x %3 actas, %4 KB image each, one actahub process on %5")
             .arg(label)
             .arg(stations.size())
             .arg(o.actas)
             .arg(o.imageKb)
             .arg(database.isEmpty() ? QStringLiteral("the embedded store (SQLite, synchronous=FULL)")
                                     : QStringLiteral("PostgreSQL at %1").arg(database)));
    if (Status s = runHub(QStringLiteral("init"), dataDir, database); !s)
        return s.takeError();
    const QString enrollDir = dataDir + QStringLiteral("/enrollment");
    QDir().mkpath(enrollDir);
    for (const Station &station : stations) {
        const QString file = enrollDir + QLatin1Char('/') + station.id + QStringLiteral(".json");
        if (Status s = station.enrollment.write(file); !s)
            return s.takeError();
        if (Status s = runHub(QStringLiteral("enroll"), dataDir, database, {file}); !s)
            return s.takeError();
    }

    QProcess hub;
    hub.setProcessEnvironment(hubEnvironment());
    // The hub logs every request to stderr as well as to access.log: a file keeps that off a pipe
    // this process would have to drain while it is busy sending.
    hub.setStandardErrorFile(dataDir + QStringLiteral("/hub-stderr.log"));
    QStringList args {QStringLiteral("serve"),    QStringLiteral("--data"),      dataDir,
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--publish-every"),
                      QStringLiteral("0"),        QStringLiteral("--rate"),      QStringLiteral("100000"),
                      QStringLiteral("--burst"),  QStringLiteral("100000")};
    if (!database.isEmpty())
        args << QStringLiteral("--database") << database;
    hub.start(QStringLiteral(ACTAHUB_BINARY), args);
    if (!hub.waitForStarted(10000))
        return fail(ErrorCode::Internal,
                    QStringLiteral("cannot start %1: %2").arg(QStringLiteral(ACTAHUB_BINARY), hub.errorString()));
    static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)/"));
    QString text;
    QRegularExpressionMatch m;
    QElapsedTimer waited;
    waited.start();
    while (!(m = listening.match(text)).hasMatch() && waited.elapsed() < 30000 && hub.state() == QProcess::Running) {
        hub.waitForReadyRead(1000);
        text += QString::fromUtf8(hub.readAllStandardOutput());
    }
    if (!m.hasMatch()) {
        hub.kill();
        hub.waitForFinished(5000);
        return fail(ErrorCode::Internal, QStringLiteral("actahub serve did not say where it listens: %1").arg(text));
    }
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/").arg(m.captured(1)));

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(HubDataDir(dataDir).caCertificatePath());
    if (ca.isEmpty())
        return fail(ErrorCode::Internal,
                    QStringLiteral("no CA certificate in %1").arg(HubDataDir(dataDir).caCertificatePath()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);

    // The flood starts first and runs through the whole load.
    QProcess attacker;
    const QString attackLog = dataDir + QStringLiteral("/attack.log");
    if (underAttack) {
        attacker.setStandardOutputFile(attackLog);
        attacker.setStandardErrorFile(dataDir + QStringLiteral("/attack-stderr.log"));
        // On a real network the flood is sent by other machines' CPUs. Here it shares this one's:
        // at the lowest priority it takes what the hub and the stations leave (what it then
        // delivered is printed).
        attacker.setChildProcessModifier([] { (void)setpriority(PRIO_PROCESS, 0, 19); });
        attacker.start(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--attack-port"), QString::number(url.port()), QStringLiteral("--attack-ca"),
                        HubDataDir(dataDir).caCertificatePath()});
        if (!attacker.waitForStarted(10000))
            return fail(ErrorCode::Internal,
                        QStringLiteral("cannot start the attacker: %1").arg(attacker.errorString()));
        QThread::msleep(1500); // under way before the first station sends
    }

    Load load;
    QEventLoop loop;
    int running = int(stations.size());
    std::vector<std::unique_ptr<StationClient>> clients;
    for (std::size_t i = 0; i < stations.size(); ++i)
        clients.push_back(std::make_unique<StationClient>(stations[i], int(i), quint16(url.port()), tls,
                                                          qsizetype(o.imageKb) * 1024, load, [&] {
                                                              if (--running == 0)
                                                                  loop.quit();
                                                          }));
    bool hubDied = false;
    QObject::connect(&hub, &QProcess::finished, &loop, [&] {
        hubDied = true;
        loop.quit();
    });
    const double hubCpuBefore = cpuSeconds(hub.processId());
    const double pgCpuBefore = postgresDataDir.isEmpty() ? 0 : postgresCpuSeconds(postgresDataDir);
    const double ownCpuBefore = ownCpuSeconds();
    const QString loadBefore = loadAverage();
    QElapsedTimer wall;
    wall.start();
    for (const auto &client : clients)
        client->start();
    if (running > 0)
        loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double ownCpu = ownCpuSeconds() - ownCpuBefore;
    const double hubCpu = cpuSeconds(hub.processId()) - hubCpuBefore;
    const double pgCpu = postgresDataDir.isEmpty() ? 0 : postgresCpuSeconds(postgresDataDir) - pgCpuBefore;
    const qint64 hubPeakKiB = peakRssKiB(hub.processId());
    const QString loadAfter = loadAverage();
    QObject::disconnect(&hub, &QProcess::finished, &loop, nullptr);
    qint64 stationConnections = 0;
    for (const auto &client : clients)
        stationConnections += client->connections();
    note(QStringLiteral("%1: the stations made %2 TLS connections").arg(label).arg(stationConnections));
    clients.clear();
    if (underAttack) {
        const double attackerCpu = cpuSeconds(attacker.processId());
        attacker.terminate();
        attacker.waitForFinished(10000);
        QFile tally(attackLog);
        QString last;
        if (tally.open(QIODevice::ReadOnly))
            for (const QByteArray &line : tally.readAll().split('\n'))
                if (!line.isEmpty())
                    last = QString::fromUtf8(line);
        note(QStringLiteral("%1: %2 (attacker process: %3 s CPU during the load and before)")
                 .arg(label, last.isEmpty() ? QStringLiteral("attack: no tally") : last)
                 .arg(attackerCpu, 0, 'f', 1));
    }

    hub.terminate();
    if (!hub.waitForFinished(10000)) {
        hub.kill();
        hub.waitForFinished(5000);
    }
    if (hubDied)
        note(QStringLiteral("%1: THE HUB EXITED DURING THE RUN (exit code %2); see %3/hub-stderr.log")
                 .arg(label)
                 .arg(hub.exitCode())
                 .arg(dataDir));

    // What the stations were told must hold: signed receipts naming their records...
    int badReceipts = 0;
    Result<SigningKey> hubKey = HubDataDir(dataDir).hubKey();
    if (!hubKey)
        return hubKey.takeError();
    for (const Station &station : stations)
        for (int a = 0; a < o.actas; ++a) {
            const QString key = station.id + QLatin1Char('/') + QString::number(a + 1);
            if (!load.receipts.contains(key))
                continue; // already counted as a failed request
            Result<SignedReceipt> receipt = SignedReceipt::fromJson(load.receipts.value(key));
            const bool ok = receipt && receipt->verify(hubKey->publicKey())
                && receipt->receipt().recordSha256 == station.actas[std::size_t(a)].recordSha256
                && receipt->receipt().stationId == station.id && receipt->receipt().seq == a + 1;
            if (!ok) {
                ++badReceipts;
                load.failed(QStringLiteral("receipt of %1 does not verify").arg(key));
            }
        }
    // ...and the store must hold every record and image.
    qint64 storedRecords = -1;
    qint64 storedImages = -1;
    {
        Result<std::unique_ptr<HubStore>> store
            = HubStore::open(database.isEmpty() ? HubDataDir(dataDir).storePath() : database);
        if (!store)
            return store.takeError();
        if (Result<qint64> n = (*store)->count(QStringLiteral("records")); n)
            storedRecords = *n;
        if (Result<qint64> n = (*store)->count(QStringLiteral("images")); n)
            storedImages = *n;
    }
    const AccessTally access = readAccessLog(HubDataDir(dataDir).accessLogPath());

    const int requestFailures = load.recordFailures + load.imageFailures + load.imagesNotSent;
    const int missing
        = int(std::max<qint64>(0, expected - storedRecords) + std::max<qint64>(0, expected - storedImages));
    const int failures = requestFailures + badReceipts + missing + (hubDied ? 1 : 0);

    std::vector<double> all = load.recordMs;
    all.insert(all.end(), load.imageMs.begin(), load.imageMs.end());
    const int actasDone = int(load.imageMs.size()) - load.imageFailures;
    const double rate = seconds > 0 ? double(actasDone) / seconds : 0;
    note(QStringLiteral("%1: %2 actas (%3 requests) in %4 s; %5 MB of images sent")
             .arg(label)
             .arg(actasDone)
             .arg(all.size())
             .arg(seconds, 0, 'f', 2)
             .arg(double(actasDone) * o.imageKb * 1024 / MiB, 0, 'f', 0));
    figure(QStringLiteral("actas_per_second_") + label, rate, "actas/s");
    figure(QStringLiteral("request_latency_p50_ms_") + label, percentile(all, 50), "ms");
    figure(QStringLiteral("request_latency_p99_ms_") + label, percentile(all, 99), "ms");
    note(QStringLiteral("%1: record POST %2; image PUT %3 (as the stations saw them)")
             .arg(label, latencies(load.recordMs), latencies(load.imageMs)));
    note(QStringLiteral("%1: hub handling time after the body arrived (access log): POST %2; PUT %3")
             .arg(label, latencies(access.postMs), latencies(access.putMs)));
    figure(QStringLiteral("hub_peak_rss_mb_") + label, double(hubPeakKiB) / 1024.0, "MB");
    figure(QStringLiteral("hours_for_157000_actas_") + label, rate > 0 ? ElectionActas / rate / 3600.0 : 0, "h");
    QString cpu = QStringLiteral("%1: CPU during the load: hub %2 s (%3% of the wall time; it serves on one thread)")
                      .arg(label)
                      .arg(hubCpu, 0, 'f', 1)
                      .arg(100.0 * hubCpu / seconds, 0, 'f', 0);
    if (!postgresDataDir.isEmpty())
        cpu += QStringLiteral(", PostgreSQL server %1 s").arg(pgCpu, 0, 'f', 1);
    cpu += QStringLiteral(", this benchmark's stations %1 s (TLS and HTTP client threads); load average %2 before, "
                          "%3 after (%4 CPUs)")
               .arg(ownCpu, 0, 'f', 1)
               .arg(loadBefore, loadAfter)
               .arg(sysconf(_SC_NPROCESSORS_ONLN));
    note(cpu);
    QStringList statuses;
    for (auto it = access.byStatus.constBegin(); it != access.byStatus.constEnd(); ++it)
        statuses << QStringLiteral("%1 x %2").arg(it.value()).arg(it.key());
    note(QStringLiteral(
             "%1: checks: store holds %2 records and %3 images of %4; %5 receipts do not verify; access log: %6")
             .arg(label)
             .arg(storedRecords)
             .arg(storedImages)
             .arg(expected)
             .arg(badReceipts)
             .arg(statuses.join(QStringLiteral(", "))));
    count(QStringLiteral("failed_requests_") + label, requestFailures, "requests");
    for (const QString &example : std::as_const(load.failureExamples))
        note(QStringLiteral("%1: failure: %2").arg(label, example));
    if (failures > 0)
        note(QStringLiteral("%1: %2 FAILURES (requests %3, receipts %4, missing in the store %5)")
                 .arg(label)
                 .arg(failures)
                 .arg(requestFailures)
                 .arg(badReceipts)
                 .arg(missing));
    return StoreRun {failures, rate, double(hubPeakKiB) / 1024.0};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A line per enrollment file written would bury the figures; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("acta.*.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Hub ingest benchmark: simulated stations against actahub."));
    parser.addHelpOption();
    const QCommandLineOption stationsOption(QStringLiteral("stations"), QStringLiteral("Stations (default 50)."),
                                            QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption actasOption(QStringLiteral("actas"), QStringLiteral("Actas per station (default 100)."),
                                         QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption imageOption(QStringLiteral("image-kb"), QStringLiteral("Image size in KB (default 300)."),
                                         QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Work in a temporary folder inside this one (default: the "
                                                      "system temporary folder); removed at exit."),
                                       QStringLiteral("folder"), QDir::tempPath());
    const QCommandLineOption attackPortOption(QStringLiteral("attack-port"),
                                              QStringLiteral("(internal) Be the attacker of the under-attack run "
                                                             "against the hub on this loopback port."),
                                              QStringLiteral("port"));
    const QCommandLineOption attackCaOption(QStringLiteral("attack-ca"),
                                            QStringLiteral("(internal) The hub's CA certificate, for --attack-port."),
                                            QStringLiteral("file"));
    parser.addOptions({stationsOption, actasOption, imageOption, dirOption, attackPortOption, attackCaOption});
    parser.process(app);
    if (parser.isSet(attackPortOption))
        return runAttack(quint16(parser.value(attackPortOption).toUInt()), parser.value(attackCaOption));
    Options o;
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    o.stations = parser.value(stationsOption).toInt(&ok1);
    o.actas = parser.value(actasOption).toInt(&ok2);
    o.imageKb = parser.value(imageOption).toInt(&ok3);
    o.base = parser.value(dirOption);
    if (!ok1 || !ok2 || !ok3 || o.stations < 1 || o.actas < 1 || o.imageKb < 1) {
        std::fprintf(stderr, "bench_sync: --stations, --actas and --image-kb want positive numbers\n");
        return 2;
    }

    QTemporaryDir root(QDir(o.base).filePath(QStringLiteral("bench_sync-XXXXXX")));
    if (!root.isValid()) {
        std::fprintf(stderr, "bench_sync: cannot create a temporary folder in %s\n", qPrintable(o.base));
        return 1;
    }
    // As root, PostgreSQL runs as `postgres` and must be able to reach its folder inside this one.
    QFile::setPermissions(root.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    note(QStringLiteral("bench_sync in %1, hub %2").arg(root.path(), QStringLiteral(ACTAHUB_BINARY)));
    QElapsedTimer total;
    total.start();

    QElapsedTimer planning;
    planning.start();
    Result<std::vector<Station>> stations = plan(o);
    if (!stations) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(stations.error()));
        return 1;
    }
    note(QStringLiteral("%1 signed records and image hashes made in %2 s (not measured)")
             .arg(o.stations * o.actas)
             .arg(double(planning.elapsed()) / 1000.0, 0, 'f', 1));

    int failures = 0;
    const QString pgBin = test::PostgresServer::findPrograms();
    if (pgBin.isEmpty()) {
        note(QStringLiteral("postgresql: SKIPPED, the PostgreSQL server programs (initdb, pg_ctl) are not installed "
                            "(apt-get install postgresql)"));
    } else if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        note(QStringLiteral("postgresql: SKIPPED, Qt's PostgreSQL driver is not installed (apt-get install "
                            "libqt6sql6-psql)"));
    } else {
        test::PostgresServer server;
        const QString pgDir = root.filePath(QStringLiteral("pg"));
        note(QStringLiteral("postgresql: %1, stock settings (fsync and synchronous_commit on), on 127.0.0.1")
                 .arg(test::PostgresServer::version(pgBin)));
        // Quiet sessions: the schema's "already exists, skipping" notices when the store is opened
        // again to count what it holds would otherwise land among the figures.
        Status started = server.start(pgBin, pgDir, QStringLiteral("-c client_min_messages=warning"));
        if (started)
            started = server.createDatabase(QStringLiteral("actahub"));
        if (!started) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(started.error()));
            return 1;
        }
        Result<StoreRun> run
            = runStore(QStringLiteral("postgresql"), root.filePath(QStringLiteral("hub-postgresql")),
                       server.url(QStringLiteral("actahub")), *stations, o, pgDir + QStringLiteral("/data"));
        server.stop();
        if (!run) {
            std::fprintf(stderr, "bench_sync: %s\n", qPrintable(run.error()));
            return 1;
        }
        failures += run->failures;
    }

    Result<StoreRun> quiet
        = runStore(QStringLiteral("embedded"), root.filePath(QStringLiteral("hub-embedded")), QString(), *stations, o);
    if (!quiet) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(quiet.error()));
        return 1;
    }
    failures += quiet->failures;
    // The same stations on the same (embedded) store while the flood of runAttack hits the hub.
    Result<StoreRun> attacked = runStore(QStringLiteral("under_attack"), root.filePath(QStringLiteral("hub-attacked")),
                                         QString(), *stations, o, QString(), true);
    if (!attacked) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(attacked.error()));
        return 1;
    }
    failures += attacked->failures;
    figure(QStringLiteral("under_attack_ratio"),
           quiet->actasPerSecond > 0 ? attacked->actasPerSecond / quiet->actasPerSecond : 0, "(target >= 0.8)");
    note(QStringLiteral("total %1 s%2")
             .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
             .arg(failures ? QStringLiteral(", %1 FAILURES").arg(failures) : QString()));
    return failures ? 1 : 0;
}
