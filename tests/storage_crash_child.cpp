// The process tst_storage_faults kills, starves of disk space or denies writes: it opens a
// station and commits actas through the real ActaRepository, reporting on stdout each call
// that returned success the moment it returned, so the parent knows exactly what was
// committed when the fault struck.
//
//   storage_crash_child commit   <dir> <first section> <sections>   until killed (or out of keys)
//   storage_crash_child intake   <dir> <first section> <sections>   the same, one intake call an acta
//   storage_crash_child diskfull <dir> <first section> <image bytes> <headroom bytes>
//   storage_crash_child readonly <dir> <section>
//
// Lines: "opened", "committed <CLAVE_ACTA> <step>", "limit <bytes>",
// "failed <CLAVE_ACTA> <step>: <error>", "readable <state>", "open-failed: <error>",
// "error <CLAVE_ACTA> <step>: <error>" (commit mode only: a failure nothing provoked).
// Steps, in order: received, image, digitized, entry1, queued; in intake mode the one step
// "intake" (received, image, reading and digitized in one call).

#include "ActaKey.h"
#include "ActaRepository.h"
#include "Clock.h"
#include "PageReading.h"
#include "SecureBytes.h"
#include "Station.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <linux/capability.h>
#include <optional>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace acta;

namespace {

constexpr int ActasPerSection = 99; // casilla numbers 01-99

enum ExitCode { Ok = 0, Usage = 1, OpenFailed = 2, UnexpectedFailure = 3, NoFailure = 4, SetupFailed = 5 };

// One write(2) per line: a line shorter than PIPE_BUF reaches the pipe whole or not at all,
// so a SIGKILL never leaves half a report behind.
void say(const QByteArray &text)
{
    const QByteArray line = text + '\n';
    const char *p = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t n = ::write(STDOUT_FILENO, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        p += n;
        left -= n;
    }
}

void say(const QString &text)
{
    say(text.toUtf8());
}

QString claveFor(int section, int number)
{
    const Result<CasillaKey> casilla = CasillaKey::make(21, section, CasillaType::Contigua, number, 0);
    if (!casilla)
        return {};
    const Result<ActaKey> key = ActaKey::make(*casilla, 2);
    return key ? key->toString() : QString();
}

Tally tallyFor(int seed)
{
    Tally t;
    t.set(QStringLiteral("PAN"), FieldValue::number(seed % 300));
    t.set(QStringLiteral("PRI"), FieldValue::number((seed * 7) % 250));
    t.set(QStringLiteral("MORENA"), FieldValue::number((seed * 13) % 400));
    t.set(QStringLiteral("NULOS"), seed % 5 == 0 ? FieldValue::ilegible() : FieldValue::number(seed % 11));
    return t;
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

struct Clerks
{
    User first;
    User second;
};

struct Failure
{
    QString step;
    QString error;
};

// The whole life of one acta up to the sync queue, one committed call per step; stops at
// the first failure and says which step it was.
std::optional<Failure> commitActa(Station &station, const Clerks &clerks, const QString &clave, const QByteArray &image,
                                  int seed)
{
    ActaRepository &actas = station.actas();
    auto done = [&](const char *step) {
        say(QStringLiteral("committed %1 %2").arg(clave, QLatin1String(step)));
    };
    const Result<ActaKey> key = ActaKey::parse(clave);
    if (!key)
        return Failure {QStringLiteral("received"), key.error()};
    if (Result<ActaRecord> r = actas.receive(clerks.first, *key, QStringLiteral("PRES-2027"), false); !r)
        return Failure {QStringLiteral("received"), r.error()};
    done("received");
    if (Result<QString> r = actas.storeImage(clerks.first, clave, image); !r)
        return Failure {QStringLiteral("image"), r.error()};
    done("image");
    if (Result<ActaRecord> r = actas.fire(clerks.first, clave, ActaWorkflow::Trigger::AcceptImage); !r)
        return Failure {QStringLiteral("digitized"), r.error()};
    done("digitized");
    const Tally tally = tallyFor(seed);
    if (Result<ActaRecord> r = actas.submitEntry1(clerks.first, clave, tally); !r)
        return Failure {QStringLiteral("entry1"), r.error()};
    done("entry1");
    Result<ActaRecord> r = actas.submitEntry2(clerks.second, clave, tally);
    if (!r)
        return Failure {QStringLiteral("queued"), r.error()};
    if (r->state != ActaWorkflow::State::QueuedForSync)
        return Failure {QStringLiteral("queued"), QStringLiteral("equal entries did not queue the acta")};
    done("queued");
    return std::nullopt;
}

// The intake of one page: one call, one transaction.
std::optional<Failure> intakeActa(Station &station, const Clerks &clerks, const QString &clave, const QByteArray &image)
{
    const Result<ActaKey> key = ActaKey::parse(clave);
    if (!key)
        return Failure {QStringLiteral("intake"), key.error()};
    PageReading reading;
    reading.acta = *key;
    reading.perceptualHash = QRandomGenerator::global()->generate64();
    const Result<IntakeResult> r = station.actas().intake(
        clerks.first, *key,
        IntakePage {QStringLiteral("PRES-2027"), false, image, image.left(image.size() / 2), reading});
    if (!r)
        return Failure {QStringLiteral("intake"), r.error()};
    say(QStringLiteral("committed %1 intake").arg(clave));
    return std::nullopt;
}

Result<std::unique_ptr<Station>> openStation(const QString &dir)
{
    return Station::open(dir, SecureBytes::fromUtf8(u"station passphrase"), Clock::system(), PasswordCost::minimum());
}

Result<Clerks> findClerks(Station &station)
{
    Result<User> ana = station.users().find(QStringLiteral("ana"));
    if (!ana)
        return ana.takeError();
    Result<User> beto = station.users().find(QStringLiteral("beto"));
    if (!beto)
        return beto.takeError();
    return Clerks {*ana, *beto};
}

// Opens the station and finds its clerks, telling the parent how it went ("opened" or why not).
bool openForWork(const QString &dir, std::unique_ptr<Station> *station, std::optional<Clerks> *clerks)
{
    Result<std::unique_ptr<Station>> opened = openStation(dir);
    if (!opened) {
        say(QStringLiteral("open-failed: ") + opened.error());
        return false;
    }
    Result<Clerks> found = findClerks(**opened);
    if (!found) {
        say(QStringLiteral("open-failed: ") + found.error());
        return false;
    }
    *station = std::move(opened).value();
    *clerks = *found;
    say(QByteArrayLiteral("opened"));
    return true;
}

int commitUntilKilled(const QString &dir, int firstSection, int sections, bool intake)
{
    std::unique_ptr<Station> station;
    std::optional<Clerks> clerks;
    if (!openForWork(dir, &station, &clerks))
        return OpenFailed;
    for (int i = 0; i < sections * ActasPerSection; ++i) {
        const int section = firstSection + i / ActasPerSection;
        const int number = i % ActasPerSection + 1;
        const QString clave = claveFor(section, number);
        // Small images: this mode is about where the kill lands, not about volume.
        const std::optional<Failure> f = intake ? intakeActa(*station, *clerks, clave, randomBytes(4096))
                                                : commitActa(*station, *clerks, clave, randomBytes(256), i);
        if (f) {
            say(QStringLiteral("error %1 %2: %3").arg(clave, f->step, f->error));
            return UnexpectedFailure;
        }
    }
    return Ok;
}

qint64 fileSize(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

int commitUntilDiskFull(const QString &dir, int firstSection, qsizetype imageBytes, qint64 headroom)
{
    std::unique_ptr<Station> station;
    std::optional<Clerks> clerks;
    if (!openForWork(dir, &station, &clerks))
        return OpenFailed;

    // RLIMIT_FSIZE stands in for a full disk: no file may grow past the limit. Without
    // SIGXFSZ ignored the kernel would kill the process instead of failing the write.
    const QString db = Station::databasePath(dir);
    const qint64 largest
        = std::max({fileSize(db), fileSize(db + QStringLiteral("-wal")), fileSize(db + QStringLiteral("-shm"))});
    const rlim_t limit = rlim_t(largest + headroom);
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit rl {};
    if (getrlimit(RLIMIT_FSIZE, &rl) != 0)
        return SetupFailed;
    rl.rlim_cur = limit;
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
        return SetupFailed;
    say(QStringLiteral("limit %1").arg(qulonglong(limit)));

    QString lastClave;
    for (int i = 0; i < 20 * ActasPerSection; ++i) {
        const QString clave = claveFor(firstSection + i / ActasPerSection, i % ActasPerSection + 1);
        if (const std::optional<Failure> f = commitActa(*station, *clerks, clave, randomBytes(imageBytes), i); f) {
            say(QStringLiteral("failed %1 %2: %3").arg(clave, f->step, f->error));
            // The connection must still serve what was committed before the failure.
            const QString probe = lastClave.isEmpty() ? clave : lastClave;
            if (Result<ActaRecord> r = station->actas().find(probe); r)
                say(QStringLiteral("readable %1").arg(ActaWorkflow::stateId(r->state)));
            else
                say(QStringLiteral("unreadable: ") + r.error());
            return Ok;
        }
        lastClave = clave;
    }
    return NoFailure;
}

// Root writes to read-only files anyway (CAP_DAC_OVERRIDE); without the capability it is
// held to the file's mode bits like anyone else.
bool dropFileAccessOverride()
{
    if (geteuid() != 0)
        return true;
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[_LINUX_CAPABILITY_U32S_3] {};
    if (syscall(SYS_capget, &header, data) != 0)
        return false;
    for (const int cap : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER}) {
        data[CAP_TO_INDEX(cap)].effective &= ~CAP_TO_MASK(cap);
        data[CAP_TO_INDEX(cap)].permitted &= ~CAP_TO_MASK(cap);
    }
    return syscall(SYS_capset, &header, data) == 0;
}

int writeIntoReadOnly(const QString &dir, int section)
{
    if (!dropFileAccessOverride())
        return SetupFailed;
    Result<std::unique_ptr<Station>> station = openStation(dir);
    if (!station) {
        say(QStringLiteral("open-failed: ") + station.error());
        return Ok;
    }
    say(QByteArrayLiteral("opened"));
    const Result<Clerks> clerks = findClerks(**station);
    if (!clerks) {
        say(QStringLiteral("failed users: ") + clerks.error());
        return Ok;
    }
    const QString clave = claveFor(section, 1);
    if (const std::optional<Failure> f = commitActa(**station, *clerks, clave, randomBytes(1024), 1); f)
        say(QStringLiteral("failed %1 %2: %3").arg(clave, f->step, f->error));
    return Ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool ok1 = false, ok2 = false, ok3 = true;
    if (args.size() == 4 && (args[0] == QLatin1String("commit") || args[0] == QLatin1String("intake"))) {
        const int first = args[2].toInt(&ok1), sections = args[3].toInt(&ok2);
        if (ok1 && ok2)
            return commitUntilKilled(args[1], first, sections, args[0] == QLatin1String("intake"));
    } else if (args.size() == 5 && args[0] == QLatin1String("diskfull")) {
        const int first = args[2].toInt(&ok1);
        const qsizetype image = args[3].toLongLong(&ok2);
        const qint64 headroom = args[4].toLongLong(&ok3);
        if (ok1 && ok2 && ok3)
            return commitUntilDiskFull(args[1], first, image, headroom);
    } else if (args.size() == 3 && args[0] == QLatin1String("readonly")) {
        const int section = args[2].toInt(&ok1);
        if (ok1)
            return writeIntoReadOnly(args[1], section);
    }
    fprintf(stderr,
            "usage: storage_crash_child commit|intake <dir> <first section> <sections>\n"
            "       storage_crash_child diskfull <dir> <first section> <image bytes> <headroom bytes>\n"
            "       storage_crash_child readonly <dir> <section>\n");
    return Usage;
}
