// Faults the station store must survive: the process killed at any instant while it
// commits (step by step, or one intake call an acta), the disk filling up in the middle of a write, and a database file
// the OS will not let it write. The writing happens in storage_crash_child, which reports every call that returned
// success; afterwards this process opens the station and checks that it is whole (integrity, audit chain, every acta's
// rows consistent with its state) and that everything reported as committed is there.

#include "AuditLog.h"
#include "Database.h"
#include "Statement.h"
#include "Station.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <thread>

using namespace acta;

namespace {

constexpr int KillRounds = 220;
// Each round's child writes into its own block of sections, so keys never repeat:
// 220 rounds x 40 sections stays within SECCION 0001-9999.
constexpr int SectionsPerRound = 40;
constexpr int ImageBytesWhenDiskFull = 300 * 1024;

// The steps storage_crash_child reports, in the order it commits them (rank = index + 1).
const QStringList &steps()
{
    static const QStringList s {QStringLiteral("received"), QStringLiteral("image"), QStringLiteral("digitized"),
                                QStringLiteral("entry1"), QStringLiteral("queued")};
    return s;
}
constexpr int CompleteStep = 5;
// In intake mode there is one step: received, image, reading and digitized in one call.
constexpr int IntakeStep = 1;

SecureBytes passphrase()
{
    return SecureBytes::fromUtf8(u"station passphrase");
}

// What a child printed, complete lines only.
struct ChildReport
{
    bool opened = false;
    QList<std::pair<QString, int>> committed; // clave, step rank
    QString failure; // the "failed ..." or "open-failed: ..." line
    QString unexpected; // an "error ..." line: a failure nothing provoked
    QString readable; // the "readable ..." / "unreadable ..." line after a failure
};

ChildReport parseReport(const QByteArray &out)
{
    ChildReport r;
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast(); // empty, or a line the kill cut short
    for (const QByteArray &raw : std::as_const(lines)) {
        const QString line = QString::fromUtf8(raw);
        if (line == QLatin1String("opened")) {
            r.opened = true;
        } else if (line.startsWith(QLatin1String("committed "))) {
            const QStringList parts = line.split(QLatin1Char(' '));
            const int rank = parts.size() != 3        ? 0
                : parts[2] == QLatin1String("intake") ? IntakeStep
                                                      : int(steps().indexOf(parts[2])) + 1;
            r.committed.append({parts.value(1), rank});
        } else if (line.startsWith(QLatin1String("failed ")) || line.startsWith(QLatin1String("open-failed"))) {
            r.failure = line;
        } else if (line.startsWith(QLatin1String("error "))) {
            r.unexpected = line;
        } else if (line.startsWith(QLatin1String("readable")) || line.startsWith(QLatin1String("unreadable"))) {
            r.readable = line;
        }
    }
    return r;
}

qint64 scalar(Database &db, const QString &sql)
{
    Result<Statement> st = db.prepare(sql);
    if (!st)
        return -1;
    Result<bool> row = st->step();
    return row && *row ? st->columnInt64(0) : -1;
}

// The step an acta's rows show it reached; 0 when its rows do not fit together (half a change).
int storedStep(const QString &state, qint64 images, qint64 entry1, qint64 entry2, qint64 outbox, qint64 audits)
{
    const bool noEntries = entry1 == 0 && entry2 == 0 && outbox == 0;
    if (state == QLatin1String("received") && noEntries && images <= 1 && audits == 1 + images)
        return int(1 + images);
    if (state == QLatin1String("digitized") && noEntries && images == 1 && audits == 3)
        return 3;
    if (state == QLatin1String("entry1_done") && images == 1 && entry1 == 1 && entry2 == 0 && outbox == 0
        && audits == 5)
        return 4;
    if (state == QLatin1String("queued_for_sync") && images == 1 && entry1 == 1 && entry2 == 1 && outbox == 1
        && audits == 8)
        return 5;
    return 0;
}

// Intake mode: an acta is there whole (digitized, its image, its reading and the three audit
// entries: created, image stored, accepted) or not at all; anything else is half an intake.
int storedIntake(const QString &state, qint64 images, qint64 readings, qint64 entries, qint64 outbox, qint64 audits)
{
    return state == QLatin1String("digitized") && images == 1 && readings == 1 && entries == 0 && outbox == 0
            && audits == 3
        ? IntakeStep
        : 0;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

QString claveFor(int section, int number)
{
    return QStringLiteral("21") + QStringLiteral("%1").arg(section, 4, 10, QLatin1Char('0')) + QStringLiteral("C")
        + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0')) + QStringLiteral("0002");
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sigkillWhileCommitting();
    void sigkillDuringIntake();
    void diskFullDuringWrite();
    void readOnlyDatabaseFileChangesNothing();

private:
    std::unique_ptr<Station> makeStation(const QString &dir);
    // Commits complete actas from this process (no faults): the data a fault must not harm.
    QString commitActas(const QString &dir, int section, int count, qsizetype imageBytes,
                        QHash<QString, int> *confirmed);
    // Empty when the store is whole and holds exactly what was confirmed, give or take the one
    // call a fault interrupted after it had committed (then *unreported counts it).
    QString checkStore(const QString &dir, QHash<QString, int> *confirmed, int *unreported, bool intake = false);
    // Rounds of storage_crash_child in this mode ("commit" or "intake"), each killed at a random
    // instant, the store checked after each; prints and returns what happened.
    void killRounds(const QString &mode, int rounds);

    ManualClock m_clock;
};

void TestStorageFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(ACTA_CRASH_CHILD)), ACTA_CRASH_CHILD);
}

std::unique_ptr<Station> TestStorageFaults::makeStation(const QString &dir)
{
    Result<std::unique_ptr<Station>> st = Station::initialise(
        dir, QStringLiteral("CATD 21"), passphrase(), QStringLiteral("admin"), SecureBytes::fromUtf8(u"admin-password"),
        m_clock, Station::Options {Argon2Params {1, 8192}, PasswordCost::minimum()});
    if (!st)
        qFatal("%s", qPrintable(st.error()));
    const User admin = *(*st)->users().find(QStringLiteral("admin"));
    for (const QString &clerk : {QStringLiteral("ana"), QStringLiteral("beto")}) {
        Result<User> u
            = (*st)->users().add(admin, clerk, clerk, Role::Clerk, SecureBytes::fromUtf8(u"a-long-password"));
        if (!u)
            qFatal("%s", qPrintable(u.error()));
    }
    return std::move(st).value();
}

QString TestStorageFaults::commitActas(const QString &dir, int section, int count, qsizetype imageBytes,
                                       QHash<QString, int> *confirmed)
{
    Result<std::unique_ptr<Station>> st = Station::open(dir, passphrase(), m_clock, PasswordCost::minimum());
    if (!st)
        return st.error();
    ActaRepository &actas = (*st)->actas();
    const User ana = *(*st)->users().find(QStringLiteral("ana"));
    const User beto = *(*st)->users().find(QStringLiteral("beto"));
    QByteArray image(imageBytes, Qt::Uninitialized);
    for (int n = 1; n <= count; ++n) {
        const QString clave = claveFor(section, n);
        image[0] = char(n); // a distinct integrity code per acta
        Tally t;
        t.set(QStringLiteral("PAN"), FieldValue::number(n));
        t.set(QStringLiteral("NULOS"), FieldValue::ilegible());
        if (Result<ActaRecord> r = actas.receive(ana, *ActaKey::parse(clave), QStringLiteral("PRES-2027"), false); !r)
            return r.error();
        if (Result<QString> r = actas.storeImage(ana, clave, image); !r)
            return r.error();
        if (Result<ActaRecord> r = actas.fire(ana, clave, ActaWorkflow::Trigger::AcceptImage); !r)
            return r.error();
        if (Result<ActaRecord> r = actas.submitEntry1(ana, clave, t); !r)
            return r.error();
        if (Result<ActaRecord> r = actas.submitEntry2(beto, clave, t); !r)
            return r.error();
        confirmed->insert(clave, CompleteStep);
    }
    return {};
}

QString TestStorageFaults::checkStore(const QString &dir, QHash<QString, int> *confirmed, int *unreported, bool intake)
{
    Result<std::unique_ptr<Station>> st = Station::open(dir, passphrase(), m_clock, PasswordCost::minimum());
    if (!st)
        return QStringLiteral("the station does not open: ") + st.error();
    Database &db = (*st)->database();
    // Room for the whole store in the page cache: every check below reads all of it, and each
    // page is then decrypted once per round rather than once per check.
    if (Status s = db.exec(QStringLiteral("PRAGMA cache_size = -262144")); !s)
        return s.error();
    {
        Result<Statement> check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!check)
            return check.error();
        QStringList rows;
        for (Result<bool> row = check->step(); row && *row; row = check->step())
            rows << check->columnText(0);
        if (rows != QStringList {QStringLiteral("ok")})
            return QStringLiteral("integrity_check: ") + rows.join(QLatin1String("; "));
    }
    {
        Result<Statement> fk = db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
        if (!fk)
            return fk.error();
        if (Result<bool> row = fk->step(); !row || *row)
            return QStringLiteral("foreign_key_check reports dangling references");
    }
    const Result<AuditLog::Verification> audit = AuditLog::verify(db);
    if (!audit)
        return audit.error();
    if (!audit->intact())
        return QStringLiteral("audit chain: ") + audit->problem;

    // Each change and its audit entry commit together, or neither does.
    Result<Statement> audited = db.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM actas), sum(action = 'acta_created'), (SELECT count(*) FROM images), "
        "sum(action = 'image_stored'), (SELECT count(*) FROM entries), sum(action = 'entry'), "
        "(SELECT count(*) FROM sync_outbox), (SELECT count(*) FROM actas WHERE state = 'queued_for_sync') "
        "FROM audit_log"));
    if (!audited)
        return audited.error();
    if (Result<bool> row = audited->step(); !row || !*row)
        return QStringLiteral("cannot count rows");
    const char *const what[] = {"actas / acta_created audit entries", "images / image_stored audit entries",
                                "entries / entry audit entries", "sync_outbox rows / queued actas"};
    for (int i = 0; i < 4; ++i)
        if (audited->columnInt64(2 * i) != audited->columnInt64(2 * i + 1))
            return QStringLiteral("%1: %2 but %3")
                .arg(QLatin1String(what[i]))
                .arg(audited->columnInt64(2 * i))
                .arg(audited->columnInt64(2 * i + 1));

    Result<Statement> actas = db.prepare(
        QStringLiteral("SELECT a.clave_acta, a.state, "
                       "(SELECT count(*) FROM images i WHERE i.acta_id = a.id), "
                       "(SELECT count(*) FROM entries e WHERE e.acta_id = a.id AND e.kind = 'entry1'), "
                       "(SELECT count(*) FROM entries e WHERE e.acta_id = a.id AND e.kind = 'entry2'), "
                       "(SELECT count(*) FROM sync_outbox o WHERE o.acta_id = a.id), "
                       "(SELECT count(*) FROM audit_log l WHERE l.acta_id = a.id), "
                       "(SELECT count(*) FROM readings r WHERE r.acta_id = a.id) FROM actas a ORDER BY a.id"));
    if (!actas)
        return actas.error();
    int ahead = 0;
    QSet<QString> seen;
    for (;;) {
        Result<bool> row = actas->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString clave = actas->columnText(0);
        const QString state = actas->columnText(1);
        const int step = intake
            ? storedIntake(state, actas->columnInt64(2), actas->columnInt64(7),
                           actas->columnInt64(3) + actas->columnInt64(4), actas->columnInt64(5), actas->columnInt64(6))
            : storedStep(state, actas->columnInt64(2), actas->columnInt64(3), actas->columnInt64(4),
                         actas->columnInt64(5), actas->columnInt64(6));
        if (step == 0)
            return QStringLiteral("acta %1 holds half a change: state %2, %3 image(s), entries %4/%5, %6 outbox "
                                  "row(s), %7 audit entries")
                .arg(clave, state)
                .arg(actas->columnInt64(2))
                .arg(actas->columnInt64(3))
                .arg(actas->columnInt64(4))
                .arg(actas->columnInt64(5))
                .arg(actas->columnInt64(6));
        seen.insert(clave);
        const int reported = confirmed->value(clave, 0);
        if (step < reported)
            return QStringLiteral("acta %1 was reported committed up to \"%2\" but the store has it only up to "
                                  "\"%3\"")
                .arg(clave, steps().value(reported - 1), steps().value(step - 1));
        if (step > reported) {
            // Only the call the fault interrupted can have committed without being reported.
            if (step != reported + 1 || ++ahead > 1)
                return QStringLiteral("acta %1 is at \"%2\" but was reported only up to step %3")
                    .arg(clave, steps().value(step - 1))
                    .arg(reported);
            confirmed->insert(clave, step);
        }
    }
    for (auto it = confirmed->cbegin(); it != confirmed->cend(); ++it)
        if (!seen.contains(it.key()))
            return QStringLiteral("acta %1 was reported committed but is missing").arg(it.key());
    *unreported += ahead;
    return {};
}

void TestStorageFaults::sigkillWhileCommitting()
{
    killRounds(QStringLiteral("commit"), KillRounds);
}

void TestStorageFaults::sigkillDuringIntake()
{
    // Intake is one call: after any kill an acta has all of it (received, image, reading,
    // digitized) or none of it.
    killRounds(QStringLiteral("intake"), KillRounds);
}

void TestStorageFaults::killRounds(const QString &mode, int rounds)
{
    const bool intake = mode == QLatin1String("intake");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("station"));
    makeStation(dir).reset();

    // Seeded, so a failing run's delays can be replayed (timing itself still varies).
    const quint32 seed = qEnvironmentVariableIsSet("ACTA_FAULT_SEED")
        ? quint32(qEnvironmentVariableIntValue("ACTA_FAULT_SEED"))
        : 20261124u;
    QRandomGenerator rng(seed);
    QHash<QString, int> confirmed;
    int kills = 0, killedBeforeOpen = 0, roundsWithCommits = 0, stepsConfirmed = 0, unreported = 0;
    qint64 checkingMs = 0;
    QElapsedTimer elapsed;
    elapsed.start();

    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(ACTA_CRASH_CHILD));
        child.setArguments(
            {mode, dir, QString::number(1 + round * SectionsPerRound), QString::number(SectionsPerRound)});
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

        // One kill in five from the start of the process: it lands in start-up or in the open.
        // The others wait for the open and then land among the commits: within 60 ms mostly,
        // sometimes later, when the log is longer and a checkpoint may be running.
        QByteArray out;
        const int kind = int(rng.bounded(100));
        if (kind >= 20) {
            QElapsedTimer waited;
            waited.start();
            while (!out.startsWith("opened\n") && child.state() == QProcess::Running && waited.elapsed() < 10000) {
                child.waitForReadyRead(50);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.startsWith("opened\n"), qPrintable(QString::fromUtf8(out + child.readAllStandardError())));
        }
        const int delayUs = kind >= 90 ? 60000 + int(rng.bounded(340000)) : int(rng.bounded(60000));
        std::this_thread::sleep_for(std::chrono::microseconds(delayUs));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        out += child.readAllStandardOutput();
        const QByteArray err = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("round %1: the child ended by itself (code %2): %3 %4")
                                .arg(round)
                                .arg(child.exitCode())
                                .arg(QString::fromUtf8(out), QString::fromUtf8(err))));
        ++kills;

        const ChildReport report = parseReport(out);
        QVERIFY2(report.unexpected.isEmpty() && report.failure.isEmpty(),
                 qPrintable(report.unexpected + report.failure));
        if (!report.opened)
            ++killedBeforeOpen;
        if (!report.committed.isEmpty())
            ++roundsWithCommits;
        for (const auto &[clave, rank] : report.committed) {
            QVERIFY2(rank > 0, qPrintable(clave));
            confirmed[clave] = std::max(confirmed.value(clave), rank);
            ++stepsConfirmed;
        }
        QElapsedTimer checking;
        checking.start();
        const QString problem = checkStore(dir, &confirmed, &unreported, intake);
        checkingMs += checking.elapsed();
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QStringLiteral("after kill %1 (%2 us): %3").arg(round).arg(delayUs).arg(problem)));
    }

    const int completeStep = intake ? IntakeStep : CompleteStep;
    const auto complete
        = std::count_if(confirmed.cbegin(), confirmed.cend(), [completeStep](int s) { return s == completeStep; });
    qInfo("SIGKILL (%s): %d kills (%d before the station was open, %d with commits reported), %d steps confirmed, "
          "%d actas in the store (%lld complete), %d calls committed but killed before reporting; seed %u, "
          "%.1f s (%.1f s of it checking the store)",
          qPrintable(mode), kills, killedBeforeOpen, roundsWithCommits, stepsConfirmed, int(confirmed.size()),
          qlonglong(complete), unreported, seed, elapsed.elapsed() / 1000.0, checkingMs / 1000.0);
    QVERIFY(kills >= 200);
    // The test is about kills among commits: most rounds must have got that far.
    QVERIFY2(roundsWithCommits >= rounds / 3, qPrintable(QString::number(roundsWithCommits)));
}

void TestStorageFaults::diskFullDuringWrite()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("station"));
    makeStation(dir).reset();
    QHash<QString, int> confirmed;
    QString error = commitActas(dir, 1, 3, ImageBytesWhenDiskFull, &confirmed);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // The limit leaves room for a few 300 KB images, then a write fails.
    QProcess child;
    child.start(QStringLiteral(ACTA_CRASH_CHILD),
                {QStringLiteral("diskfull"), dir, QStringLiteral("2"), QString::number(ImageBytesWhenDiskFull),
                 QString::number(1536 * 1024)});
    QVERIFY2(child.waitForFinished(120000), qPrintable(child.errorString()));
    const QByteArray out = child.readAllStandardOutput();
    const QByteArray err = child.readAllStandardError();
    const QString output = QString::fromUtf8(out + err);
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(QStringLiteral("exit %1: %2").arg(child.exitCode()).arg(output)));
    const ChildReport report = parseReport(out);
    QVERIFY2(report.opened, qPrintable(output));
    QVERIFY2(report.failure.startsWith(QLatin1String("failed ")), qPrintable(output));
    qInfo("disk full after %d committed steps: %s", int(report.committed.size()), qPrintable(report.failure));
    // A clear error: it names the store that could not be written.
    QVERIFY2(report.failure.contains(QLatin1String("station.db")), qPrintable(report.failure));
    QVERIFY2(report.committed.size() >= 2, qPrintable(output)); // the limit was not hit at once
    // The connection still serves what was committed.
    QVERIFY2(report.readable.startsWith(QLatin1String("readable ")), qPrintable(output));
    for (const auto &[clave, rank] : report.committed)
        confirmed[clave] = std::max(confirmed.value(clave), rank);

    int unreported = 0;
    error = checkStore(dir, &confirmed, &unreported);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    {
        Result<std::unique_ptr<Station>> st = Station::open(dir, passphrase(), m_clock, PasswordCost::minimum());
        QVERIFY(st.isOk());
        Database &db = (*st)->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM images")),
                 scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'image_stored'")));
    }

    // With room again, the same station takes the next acta.
    error = commitActas(dir, 30, 1, ImageBytesWhenDiskFull, &confirmed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = checkStore(dir, &confirmed, &unreported);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestStorageFaults::readOnlyDatabaseFileChangesNothing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("station"));
    makeStation(dir).reset();
    QHash<QString, int> confirmed;
    QString error = commitActas(dir, 1, 2, 4096, &confirmed);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString db = Station::databasePath(dir);
    const QByteArray before = fileHash(db);
    QVERIFY(!before.isEmpty());
    const QStringList filesBefore = QDir(dir).entryList(QDir::Files, QDir::Name);
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner));
    QProcess child;
    child.start(QStringLiteral(ACTA_CRASH_CHILD), {QStringLiteral("readonly"), dir, QStringLiteral("9")});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray out = child.readAllStandardOutput();
    const QString output = QString::fromUtf8(out + child.readAllStandardError());
    if (child.exitStatus() == QProcess::NormalExit && child.exitCode() == 5)
        QSKIP("the child could not give up CAP_DAC_OVERRIDE, so the file's mode does not bind it");
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    const ChildReport report = parseReport(out);
    QVERIFY2(report.committed.isEmpty(), qPrintable(output));
    QVERIFY2(!report.failure.isEmpty(), qPrintable(output));
    qInfo("read-only database file: %s", qPrintable(report.failure));

    QCOMPARE(fileHash(db), before);
    QCOMPARE(QDir(dir).entryList(QDir::Files, QDir::Name), filesBefore); // no journal left behind either
    int unreported = 0;
    error = checkStore(dir, &confirmed, &unreported);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(unreported, 0);
    error = commitActas(dir, 10, 1, 4096, &confirmed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storage_faults.moc"
