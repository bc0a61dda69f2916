// Storage benchmarks for the station store: prints one "name: value unit" line per figure
// (lines starting with "#" describe the setup). Not a test: run it by hand or with
// `cmake --build <dir> --target run_benchmarks`, on a Release build.
//
//   bench_storage [--dir <folder>]   work in a temporary folder inside <folder> (default: the
//                                    system temporary folder); everything is removed at exit.
//
// Figures: opening a station with the default (moderate) Argon2id cost; committing one
// verified acta (25 fields, 300 KB image) over the whole path and its final verifying
// commit alone; reading the sync queue of 5,000 actas; the resident memory after loading
// 5,000 actas (in a fresh process); the database size for 5,000 actas.
// The 5,000 actas carry 2 KB images, not 300 KB ones: 5,000 real scans (1.5 GB) would make
// the run take far longer while measuring little more than the disk.

#include "ActaKey.h"
#include "ActaRepository.h"
#include "Clock.h"
#include "Database.h"
#include "SecureBytes.h"
#include "Statement.h"
#include "Station.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <vector>

using namespace acta;

namespace {

constexpr int OpenRuns = 5;
constexpr int WarmUpActas = 5;
constexpr int TimedActas = 200;
constexpr qsizetype TimedImageBytes = 300 * 1024;
constexpr int BulkActas = 5000;
constexpr qsizetype BulkImageBytes = 2 * 1024;
constexpr int QueueReadRuns = 5;
constexpr double MiB = 1024.0 * 1024.0;

const Station::Options &cheap()
{
    // Key derivation costs nothing here: only the open figure measures it.
    static const Station::Options options {Argon2Params {1, 8192}, PasswordCost::minimum()};
    return options;
}

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"benchmark station passphrase");
}

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double percentile(std::vector<double> v, double p) // nearest rank
{
    std::sort(v.begin(), v.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// VmRSS from /proc/self/status, in KiB; -1 when unavailable.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// A presidential acta's fields: parties, coalitions, non-registered candidates, nulls.
Tally tallyFor(int n)
{
    static const char *const fields[] = {"PAN",
                                         "PRI",
                                         "PRD",
                                         "PVEM",
                                         "PT",
                                         "MC",
                                         "MORENA",
                                         "PES",
                                         "RSP",
                                         "FXM",
                                         "PAN_PRI_PRD",
                                         "PAN_PRI",
                                         "PAN_PRD",
                                         "PRI_PRD",
                                         "PVEM_PT_MORENA",
                                         "PVEM_PT",
                                         "PVEM_MORENA",
                                         "PT_MORENA",
                                         "CI_1",
                                         "CI_2",
                                         "NO_REGISTRADOS",
                                         "NULOS",
                                         "BOLETAS_SOBRANTES",
                                         "PERSONAS_VOTARON",
                                         "REPRESENTANTES_VOTARON"};
    static_assert(std::size(fields) == 25);
    Tally t;
    int i = 0;
    for (const char *f : fields)
        t.set(QLatin1String(f), FieldValue::number((n * 31 + (i++) * 17) % 400));
    return t;
}

QString claveFor(int index) // 21 + SECCION + C + casilla 01-99 + 00 + acta 02
{
    const Result<CasillaKey> casilla = CasillaKey::make(21, 1 + index / 99, CasillaType::Contigua, 1 + index % 99, 0);
    return casilla ? ActaKey::make(*casilla, 2)->toString() : QString();
}

struct Clerks
{
    User first;
    User second;
};

Result<Clerks> addClerks(Station &station)
{
    Result<User> admin = station.users().find(QStringLiteral("admin"));
    if (!admin)
        return admin.takeError();
    Result<User> ana = station.users().add(*admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk,
                                           SecureBytes::fromUtf8(u"a-long-password"));
    if (!ana)
        return ana.takeError();
    Result<User> beto = station.users().add(*admin, QStringLiteral("beto"), QStringLiteral("Beto"), Role::Clerk,
                                            SecureBytes::fromUtf8(u"a-long-password"));
    if (!beto)
        return beto.takeError();
    return Clerks {*ana, *beto};
}

Result<std::unique_ptr<Station>> initialise(const QString &dir, const Station::Options &options)
{
    return Station::initialise(dir, QStringLiteral("CATD bench"), passphrase(), QStringLiteral("admin"),
                               SecureBytes::fromUtf8(u"admin-password"), Clock::system(), options);
}

struct Timing
{
    double wholePathMs = 0;
    double verifyMs = 0;
};

// The whole path of one acta: intake, its scan, accepted, typed twice, verified and queued.
Result<Timing> commitVerifiedActa(Station &station, const Clerks &clerks, int index, const QByteArray &image)
{
    ActaRepository &actas = station.actas();
    const QString clave = claveFor(index);
    const Tally tally = tallyFor(index);
    QElapsedTimer whole;
    whole.start();
    if (Result<ActaRecord> r = actas.receive(clerks.first, *ActaKey::parse(clave), QStringLiteral("PRES-2027"), false);
        !r)
        return r.takeError();
    if (Result<QString> r = actas.storeImage(clerks.first, clave, image); !r)
        return r.takeError();
    if (Result<ActaRecord> r = actas.fire(clerks.first, clave, ActaWorkflow::Trigger::AcceptImage); !r)
        return r.takeError();
    if (Result<ActaRecord> r = actas.submitEntry1(clerks.first, clave, tally); !r)
        return r.takeError();
    QElapsedTimer verify;
    verify.start();
    Result<ActaRecord> r = actas.submitEntry2(clerks.second, clave, tally);
    if (!r)
        return r.takeError();
    if (r->state != ActaWorkflow::State::QueuedForSync)
        return fail(ErrorCode::Internal, QStringLiteral("acta %1 was not queued").arg(clave));
    return Timing {ms(whole), ms(verify)};
}

Status benchOpen(const QString &root)
{
    const QString dir = root + QStringLiteral("/open");
    const Argon2Params moderate = Argon2Params::moderate();
    {
        Result<std::unique_ptr<Station>> st = initialise(dir, {moderate, PasswordCost::minimum()});
        if (!st)
            return st.takeError();
    }
    std::vector<double> times;
    for (int i = 0; i < OpenRuns; ++i) {
        QElapsedTimer t;
        t.start();
        Result<std::unique_ptr<Station>> st
            = Station::open(dir, passphrase(), Clock::system(), PasswordCost::minimum());
        if (!st)
            return st.takeError();
        times.push_back(ms(t));
    }
    note(QStringLiteral("open: default Argon2id cost (%1 passes, %2 MiB), key derivation included, median of %3")
             .arg(moderate.opslimit)
             .arg(moderate.memlimit >> 20)
             .arg(OpenRuns));
    figure("open_station_ms", median(times), "ms");
    return {};
}

Status benchCommits(const QString &root)
{
    Result<std::unique_ptr<Station>> st = initialise(root + QStringLiteral("/commit"), cheap());
    if (!st)
        return st.takeError();
    const Result<Clerks> clerks = addClerks(**st);
    if (!clerks)
        return clerks.takeError();
    std::vector<double> whole, verify;
    for (int i = 0; i < WarmUpActas + TimedActas; ++i) {
        const Result<Timing> t = commitVerifiedActa(**st, *clerks, i, randomBytes(TimedImageBytes));
        if (!t)
            return t.takeError();
        if (i >= WarmUpActas) {
            whole.push_back(t->wholePathMs);
            verify.push_back(t->verifyMs);
        }
    }
    note(QStringLiteral("commit: %1 actas, 25 fields and a %2 KB image each; receive + storeImage + accept + entry 1 "
                        "+ entry 2 (verified, queued), 5 transactions with synchronous=FULL")
             .arg(TimedActas)
             .arg(TimedImageBytes / 1024));
    figure("commit_verified_acta_ms", median(whole), "ms");
    figure("commit_verified_acta_p95_ms", percentile(whole, 95), "ms");
    figure("verify_commit_ms", median(verify), "ms");
    figure("verify_commit_p95_ms", percentile(verify, 95), "ms");
    return {};
}

// The 5,000 actas (in a fresh process, so earlier phases do not weigh on the figure).
int rssProbe(const QString &dir)
{
    Result<std::unique_ptr<Station>> st = Station::open(dir, passphrase(), Clock::system(), PasswordCost::minimum());
    if (!st) {
        std::fprintf(stderr, "%s\n", qPrintable(st.error()));
        return 1;
    }
    const qint64 before = residentKiB();
    QList<ActaRecord> all;
    for (int s = int(ActaWorkflow::State::Received); s <= int(ActaWorkflow::State::Synced); ++s) {
        Result<QList<ActaRecord>> some = (*st)->actas().inState(ActaWorkflow::State(s));
        if (!some) {
            std::fprintf(stderr, "%s\n", qPrintable(some.error()));
            return 1;
        }
        all.append(*some);
    }
    std::printf("%lld %lld %lld\n", qlonglong(all.size()), qlonglong(before), qlonglong(residentKiB()));
    return 0;
}

Status benchBulk(const QString &root)
{
    const QString dir = root + QStringLiteral("/bulk");
    {
        Result<std::unique_ptr<Station>> st = initialise(dir, cheap());
        if (!st)
            return st.takeError();
        const Result<Clerks> clerks = addClerks(**st);
        if (!clerks)
            return clerks.takeError();
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < BulkActas; ++i)
            if (const Result<Timing> r = commitVerifiedActa(**st, *clerks, i, randomBytes(BulkImageBytes)); !r)
                return r.takeError();
        note(QStringLiteral("bulk: %1 verified actas with 25 fields and a %2 KB image each (not 300 KB: see the "
                            "header of bench_storage.cpp), committed in %3 s")
                 .arg(BulkActas)
                 .arg(BulkImageBytes / 1024)
                 .arg(ms(t) / 1000.0, 0, 'f', 1));
    } // closing the last connection checkpoints the log into station.db and removes it

    Result<std::unique_ptr<Station>> st = Station::open(dir, passphrase(), Clock::system(), PasswordCost::minimum());
    if (!st)
        return st.takeError();
    struct OutboxRow
    {
        qint64 id;
        qint64 actaId;
        qint64 version;
        QByteArray payload;
        QString createdAt;
    };
    std::vector<double> times;
    for (int run = 0; run < QueueReadRuns; ++run) {
        QElapsedTimer t;
        t.start();
        Result<Statement> q = (*st)->database().prepare(
            QStringLiteral("SELECT id, acta_id, version, payload, created_at FROM sync_outbox "
                           "WHERE acked_at IS NULL ORDER BY id"));
        if (!q)
            return q.takeError();
        QList<OutboxRow> rows;
        for (;;) {
            Result<bool> row = q->step();
            if (!row)
                return row.takeError();
            if (!*row)
                break;
            rows.append({q->columnInt64(0), q->columnInt64(1), q->columnInt64(2), q->columnBlob(3), q->columnText(4)});
        }
        times.push_back(ms(t));
        if (rows.size() != BulkActas)
            return fail(ErrorCode::Internal,
                        QStringLiteral("the sync queue holds %1 rows, not %2").arg(rows.size()).arg(BulkActas));
    }
    note(QStringLiteral("sync queue: all %1 pending outbox rows with their payloads, freshly opened station; median of "
                        "%2 reads (the first, with a cold page cache, took %3 ms)")
             .arg(BulkActas)
             .arg(QueueReadRuns)
             .arg(times.front(), 0, 'f', 2));
    figure("read_sync_queue_5000_ms", median(times), "ms");
    st->reset();

    QProcess probe;
    probe.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--rss-probe"), dir});
    if (!probe.waitForFinished(120000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the memory probe failed: %1").arg(QString::fromUtf8(probe.readAllStandardError())));
    const QList<QByteArray> parts = probe.readAllStandardOutput().trimmed().split(' ');
    if (parts.size() != 3 || parts[0].toLongLong() != BulkActas)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the memory probe loaded %1 actas, not %2")
                        .arg(QString::fromUtf8(parts.value(0)))
                        .arg(BulkActas));
    note(QStringLiteral("memory: a fresh process opens the station (VmRSS %1 MB) and loads all %2 acta rows "
                        "(ActaRepository::inState over every state)")
             .arg(parts[1].toLongLong() / 1024.0, 0, 'f', 1)
             .arg(BulkActas));
    figure("rss_after_loading_5000_actas_mb", parts[2].toLongLong() / 1024.0, "MB");

    qint64 bytes = 0;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")})
        bytes += QFileInfo(Station::databasePath(dir) + suffix).size();
    note(QStringLiteral("size: station.db after closing (log checkpointed), %1 actas with %2 KB images; with 300 KB "
                        "scans add about %3 MB")
             .arg(BulkActas)
             .arg(BulkImageBytes / 1024)
             .arg(BulkActas * (TimedImageBytes - BulkImageBytes) / MiB, 0, 'f', 0));
    figure("db_size_5000_actas_mb", bytes / MiB, "MB");
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The store's progress notes would interleave with the figures; its warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("acta.storage.info=false"));
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args[0] == QLatin1String("--rss-probe"))
        return rssProbe(args[1]);
    QString base = QDir::tempPath();
    if (args.size() == 2 && args[0] == QLatin1String("--dir")) {
        base = args[1];
    } else if (!args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_storage [--dir <folder>]\n");
        return 2;
    }
    QTemporaryDir root(QDir(base).filePath(QStringLiteral("bench_storage-XXXXXX")));
    if (!root.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder in %s\n", qPrintable(base));
        return 1;
    }
    note(QStringLiteral("bench_storage in %1").arg(root.path()));
    QElapsedTimer total;
    total.start();
    for (Status (*bench)(const QString &) : {benchOpen, benchCommits, benchBulk}) {
        if (Status s = bench(root.path()); !s) {
            std::fprintf(stderr, "bench_storage: %s\n", qPrintable(s.error()));
            return 1;
        }
    }
    note(QStringLiteral("total %1 s").arg(ms(total) / 1000.0, 0, 'f', 1));
    return 0;
}
