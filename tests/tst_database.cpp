// The encrypted station store: opening and its refusals, encryption at rest, the passphrase
// change and its crash recovery, statements, transactions, the schema and its migrations.
#include "Database.h"
#include "Query.h"
#include "Schema.h"
#include "Statement.h"
#include "TestSupport.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <sqlite3.h>
#include <sys/stat.h>

using namespace acta;

namespace {

// Cheap Argon2id: these tests check the store, not the cost of guessing its passphrase.
const Argon2Params Fast {1, 64 * 1024};
const char Timestamp[] = "2024-06-02T18:05:09Z";

SecureBytes pass(const char *utf8)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(utf8));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// %1 and %2 filled in where present (QString::arg() warns about a missing one).
QString fill(QString text, const QString &one, const QString &two = QString())
{
    return text.replace(QLatin1String("%1"), one).replace(QLatin1String("%2"), two);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

// Every file of a folder: its bytes and modification time, to prove an attempt changed nothing.
struct FileState
{
    QByteArray bytes;
    QDateTime modified;
};

QMap<QString, FileState> snapshot(const QString &dir)
{
    QMap<QString, FileState> files;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &info : entries)
        files.insert(info.fileName(), {readAll(info.filePath()), info.lastModified()});
    return files;
}

// Old times, so a write during the attempt would show as a new modification time.
void ageFiles(const QString &dir)
{
    const QDateTime past(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC);
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(past, QFileDevice::FileModificationTime);
    }
}

void compareSnapshots(const QMap<QString, FileState> &before, const QMap<QString, FileState> &after)
{
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const FileState &now = after.value(it.key());
        QVERIFY2(now.bytes == it->bytes, qPrintable(it.key() + QStringLiteral(" changed")));
        QVERIFY2(now.modified == it->modified, qPrintable(it.key() + QStringLiteral(" was written to")));
    }
}

Result<Database> createMigrated(const QString &path, const char *passphrase)
{
    Result<Database> db = Database::create(path, pass(passphrase), Fast);
    if (!db)
        return db;
    Result<int> version = Schema::migrate(db.value());
    if (!version)
        return version.takeError();
    return db;
}

// The first column of the first row, as text.
QString scalar(Database &db, const QString &sql)
{
    Result<Statement> stmt = db.prepare(sql);
    if (!stmt)
        return QStringLiteral("<prepare failed: %1>").arg(stmt.error());
    Result<bool> row = stmt.value().step();
    if (!row)
        return QStringLiteral("<step failed: %1>").arg(row.error());
    if (!*row)
        return QStringLiteral("<no row>");
    return stmt->columnText(0);
}

Status insertStation(Database &db, const QString &name)
{
    Result<Statement> stmt = db.prepare(
        QStringLiteral("INSERT INTO station (id, station_id, name, created_at, utc_offset_min, "
                       "simulation, signing_secret_key) VALUES (1, 'CATD-01', :name, :at, -360, 0, :key)"));
    if (!stmt)
        return stmt.takeError();
    Statement &s = stmt.value();
    Status ok = s.bindText(":name", name);
    if (ok)
        ok = s.bindText(":at", QString::fromLatin1(Timestamp));
    if (ok)
        ok = s.bindBlob(":key", QByteArray(64, '\x5a'));
    return ok ? s.run() : ok;
}

// A plain SQLite database, made with the same library but never keyed.
bool makePlainSqlite(const QString &path)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "CREATE TABLE t(v TEXT); INSERT INTO t VALUES('plain');", nullptr, nullptr, nullptr)
            == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

Database openScratch(const QTemporaryDir &dir)
{
    Result<Database> created = Database::create(dir.filePath(QStringLiteral("scratch.db")), pass("p"), Fast);
    if (!created)
        qFatal("scratch store: %s", qPrintable(created.error()));
    if (Status s = created->exec(QStringLiteral("CREATE TABLE t (v)")); !s)
        qFatal("scratch table: %s", qPrintable(s.error()));
    return std::move(created).value();
}

// A throw-away store holding one table t (v), for the transaction tests.
struct Scratch
{
    QTemporaryDir dir;
    Database db = openScratch(dir);
    qint64 count() { return *sql::scalar<qint64>(db, QStringLiteral("SELECT count(*) FROM t")); }
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void createAndOpenRoundTrip();
    void createRefusesExistingFiles_data();
    void createRefusesExistingFiles();
    void createRefusesBadInput();
    void nothingReadableOnDisk();

    void failedOpenChangesNothing_data();
    void failedOpenChangesNothing();
    void hotWriteAheadLog();
    void hotRollbackJournal();

    void changePassphrase();
    void changePassphraseRefusals();
    void rekeyRefusedWhileLocked();
    void rekeyInterruptedBeforeItTookEffect();
    void rekeyInterruptedAfterItTookEffect();

    void transactionRollsBackOnDestruction();
    void transactionCommits();
    void statementBindsEveryType_data();
    void statementBindsEveryType();
    void statementErrorsSaySomething();
    void queryLayerBindsAndReads();
    void nestedTransactionIsASavepoint();
    void aTransactionSqliteEndedIsNotContinued();
    void writesAreRefusedInsideAReadSnapshot();
    void aStepLeftOpenIsNotCommitted();

    void migrateIsIdempotent();
    void migrationIsOneTransaction();
    void migrateRefusesNewerSchema();
    void schemaConstraints();
    void auditLogIsAppendOnly();

    void moderateCostWorks();
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::createAndOpenRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    {
        Result<Database> db = createMigrated(path, "contraseña de la estación");
        QVERIFY_OK(db);
        QCOMPARE(db->path(), path);
        QCOMPARE(db->keying().params(), Fast);
        QVERIFY_OK(insertStation(db.value(), QStringLiteral("Centro de Acopio Ñuñoa")));
        QCOMPARE(db->lastInsertRowId(), 1);
        QCOMPARE(db->changes(), 1);
        // The connection is set up as promised.
        QCOMPARE(scalar(db.value(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db.value(), QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
        QCOMPARE(scalar(db.value(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(db.value(), QStringLiteral("PRAGMA application_id")), QString::number(Database::ApplicationId));
    }
    // Only the store and its keying file remain, both private to their owner.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("estacion.db"), QStringLiteral("estacion.db.keying")}));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(KeyingFile::pathFor(path)), 0600);
    QCOMPARE(QFileInfo(path).size() % Database::PageSize, 0);

    Result<Database> db = Database::open(path, pass("contraseña de la estación"));
    QVERIFY_OK(db);
    QCOMPARE(db.value().userVersion().value(), Schema::latestVersion());
    QCOMPARE(scalar(db.value(), QStringLiteral("SELECT name FROM station")), QStringLiteral("Centro de Acopio Ñuñoa"));
    QCOMPARE(scalar(db.value(), QStringLiteral("SELECT hex(signing_secret_key) FROM station")),
             QString::fromLatin1(QByteArray(64, '\x5a').toHex().toUpper()));
    QCOMPARE(scalar(db.value(), QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));

    // Moving hands the one connection over.
    Database moved = std::move(db).value();
    QCOMPARE(scalar(moved, QStringLiteral("SELECT utc_offset_min FROM station")), QStringLiteral("-360"));
}

void TestDatabase::createRefusesExistingFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("database") << QString();
    QTest::newRow("keying file") << QStringLiteral(".keying");
    QTest::newRow("pending keying file") << QStringLiteral(".keying.new");
    QTest::newRow("write-ahead log") << QStringLiteral("-wal");
    QTest::newRow("shared memory") << QStringLiteral("-shm");
    QTest::newRow("rollback journal") << QStringLiteral("-journal");
}

void TestDatabase::createRefusesExistingFiles()
{
    QFETCH(QString, suffix);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    QVERIFY(writeAll(path + suffix, "someone else's file"));
    ageFiles(dir.path());
    const auto before = snapshot(dir.path());

    const Result<Database> db = Database::create(path, pass("p"), Fast);
    QVERIFY(!db);
    QCOMPARE(db.error(),
             QStringLiteral("Will not create a station store at %1: %2 already exists, and an existing store is "
                            "never overwritten.")
                 .arg(native(path), native(path + suffix)));
    compareSnapshots(before, snapshot(dir.path()));
}

void TestDatabase::createRefusesBadInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    Result<Database> db = Database::create(path, SecureBytes(), Fast);
    QVERIFY(!db);
    QCOMPARE(db.error(), QStringLiteral("The passphrase of a station store must not be empty."));

    db = Database::create(path, pass("p"), {0, Fast.memlimit});
    QVERIFY(!db);
    QVERIFY_FAILS_WITH(db, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(db, QStringLiteral("pass count 0"));

    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/estacion.db"));
    db = Database::create(nowhere, pass("p"), Fast);
    QVERIFY(!db);
    QCOMPARE(db.error(),
             QStringLiteral("Will not create a station store at %1: the folder %2 does not exist.")
                 .arg(native(nowhere), native(dir.filePath(QStringLiteral("no/such/folder")))));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestDatabase::nothingReadableOnDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    Result<Database> created = createMigrated(path, "contraseña");
    QVERIFY_OK(created);
    Database &db = created.value();

    // Markers in every kind of column of several tables, text and BLOB.
    const QStringList statements {
        QStringLiteral("INSERT INTO station (id, station_id, name, created_at, utc_offset_min, signing_secret_key) "
                       "VALUES (1, 'MARKER-ACTA-STATION', 'MARKER-ACTA-NAME', '%1', -360, "
                       "CAST('MARKER-ACTA-SECRET' AS BLOB))"),
        QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) "
                       "VALUES ('MARKER-ACTA-USER', 'MARKER-ACTA-Ana Pérez', 'clerk', 'MARKER-ACTA-HASH', '%1')"),
        QStringLiteral("INSERT INTO actas (clave_acta, template_id, received_at, utc_offset_min) "
                       "VALUES ('MARKER-ACTA-1', 'MARKER-ACTA-TEMPLATE', '%1', -360)"),
        QStringLiteral("INSERT INTO images (acta_id, original, sha256, created_at) VALUES (1, "
                       "CAST('MARKER-ACTA-IMAGE' AS BLOB), '%2', '%1')"),
        QStringLiteral("INSERT INTO entries (acta_id, kind, user_id, created_at, values_json, reason) VALUES "
                       "(1, 'entry1', 1, '%1', '{\"MARKER-ACTA-PAN\": 120}', 'MARKER-ACTA-REASON')"),
        QStringLiteral("INSERT INTO audit_log (at, user_id, action, acta_id, details, prev_hash, hash) VALUES "
                       "('%1', 1, 'MARKER-ACTA-ACTION', 1, 'MARKER-ACTA-DETAILS', '%2', '%2')"),
        QStringLiteral("INSERT INTO sync_outbox (acta_id, version, payload, created_at) VALUES "
                       "(1, 1, CAST('MARKER-ACTA-PAYLOAD' AS BLOB), '%1')"),
    };
    const QString hash(64, QLatin1Char('a'));
    for (const QString &sql : statements)
        QVERIFY_OK(db.exec(fill(sql, QString::fromLatin1(Timestamp), hash)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE 'MARKER-ACTA-%'")),
             QStringLiteral("1"));

    // While open, the new pages sit in the write-ahead log: look there and in the database.
    const QByteArray wal = readAll(path + QStringLiteral("-wal"));
    QVERIFY2(wal.size() > 0, "the inserts should be in the write-ahead log");
    const QStringList files {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
                             KeyingFile::pathFor(path)};
    for (const QString &file : files) {
        const QByteArray bytes = readAll(file);
        QVERIFY2(!bytes.contains("MARKER-ACTA"), qPrintable(file));
        QVERIFY2(!bytes.contains(QStringLiteral("MARKER-ACTA").toUtf8().toHex()), qPrintable(file));
        QVERIFY2(!bytes.contains("contrase"), qPrintable(file));
    }
    QVERIFY(!readAll(path).startsWith("SQLite format 3"));

    // And once everything is checkpointed into the database file.
    QVERIFY_OK(db.checkpoint());
    QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() >= 8 * Database::PageSize);
    QVERIFY(!bytes.contains("MARKER-ACTA"));
}

void TestDatabase::failedOpenChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected"); // %1: database, %2: keying file

    QTest::newRow("wrong passphrase") << QStringLiteral("wrong passphrase")
                                      << QStringLiteral("The passphrase for the station store %1 is wrong.");
    QTest::newRow("passphrase differs in case")
        << QStringLiteral("case") << QStringLiteral("The passphrase for the station store %1 is wrong.");
    QTest::newRow("missing keying file")
        << QStringLiteral("missing keying")
        << QStringLiteral("The keying file %2 of the station store %1 is missing; without it the store cannot be "
                          "opened. Restore it from the station's backup.");
    QTest::newRow("damaged keying file") << QStringLiteral(
        "damaged keying") << QStringLiteral("The keying file %2 is damaged: its checksum does not match its contents.");
    QTest::newRow("keying file of another store")
        << QStringLiteral("foreign keying")
        << QStringLiteral("The station store %1 cannot be decrypted with its keying file %2 although the passphrase "
                          "is right: the database is damaged, or the keying file belongs to another store.");
    QTest::newRow("truncated mid-page")
        << QStringLiteral("truncate unaligned")
        << QStringLiteral("The station store %1 is truncated or damaged: its 5000 bytes are not a whole number of "
                          "1024-byte pages.");
    QTest::newRow("truncated at a page boundary")
        << QStringLiteral("truncate aligned")
        << QStringLiteral("The station store %1 is damaged or truncated: database disk image is malformed");
    QTest::newRow("last page cut off")
        << QStringLiteral("cut last page")
        << QStringLiteral("The station store %1 is damaged or truncated: database disk image is malformed");
    QTest::newRow("emptied") << QStringLiteral("empty")
                             << QStringLiteral("The station store %1 is empty (0 bytes): it was truncated or never "
                                               "finished.");
    QTest::newRow("random bytes")
        << QStringLiteral("random")
        << QStringLiteral("The station store %1 cannot be decrypted with its keying file %2 although the passphrase "
                          "is right: the database is damaged, or the keying file belongs to another store.");
    QTest::newRow("damaged first page")
        << QStringLiteral("flip")
        << QStringLiteral("The station store %1 cannot be decrypted with its keying file %2 although the passphrase "
                          "is right: the database is damaged, or the keying file belongs to another store.");
    QTest::newRow("plain SQLite")
        << QStringLiteral("plain")
        << QStringLiteral("%1 is a plain, unencrypted SQLite database, not an encrypted ActaCapture station store.");
    QTest::newRow("newer schema") << QStringLiteral("newer")
                                  << QStringLiteral("%1 was created by a newer ActaCapture (schema 999); this version "
                                                    "knows up to 7.");
    QTest::newRow("not a file") << QStringLiteral("folder")
                                << QStringLiteral("%1 is not a file, so it cannot be a station store.");
    QTest::newRow("no database") << QStringLiteral("missing database")
                                 << QStringLiteral("The station store %1 does not exist.");
}

void TestDatabase::failedOpenChangesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    const QString keyingPath = KeyingFile::pathFor(path);
    {
        Result<Database> db = createMigrated(path, "la buena");
        QVERIFY_OK(db);
        QVERIFY_OK(insertStation(db.value(), QStringLiteral("Estación 7")));
        for (int i = 0; i < 40; ++i) // a few pages of data
            QVERIFY_OK(db.value().exec(QStringLiteral("INSERT INTO users (username, full_name, role, "
                                                      "password_hash, created_at) VALUES ('user%1', '%2', 'clerk', "
                                                      "'x', '%3')")
                                           .arg(i)
                                           .arg(QString(200, QLatin1Char('n')), QString::fromLatin1(Timestamp))));
        if (damage == QLatin1String("newer"))
            QVERIFY_OK(db.value().exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    QVERIFY(QFileInfo(path).size() > 8 * Database::PageSize);
    const SecureBytes right = pass("la buena");
    SecureBytes given = right.clone();

    if (damage == QLatin1String("wrong passphrase")) {
        given = pass("la mala");
    } else if (damage == QLatin1String("case")) {
        given = pass("La buena");
    } else if (damage == QLatin1String("missing keying")) {
        QVERIFY(QFile::remove(keyingPath));
    } else if (damage == QLatin1String("damaged keying")) {
        QByteArray k = readAll(keyingPath);
        k[45] = char(k[45] ^ 0x01);
        QVERIFY(writeAll(keyingPath, k));
    } else if (damage == QLatin1String("foreign keying")) {
        const QString other = dir.filePath(QStringLiteral("otra.db"));
        QVERIFY_OK(Database::create(other, pass("la buena"), Fast));
        QVERIFY(writeAll(keyingPath, readAll(KeyingFile::pathFor(other))));
        QVERIFY(QFile::remove(other) && QFile::remove(KeyingFile::pathFor(other)));
    } else if (damage == QLatin1String("truncate unaligned")) {
        QVERIFY(QFile::resize(path, 5000));
    } else if (damage == QLatin1String("truncate aligned")) {
        QVERIFY(QFile::resize(path, 4 * Database::PageSize));
    } else if (damage == QLatin1String("cut last page")) {
        QVERIFY(QFile::resize(path, QFileInfo(path).size() - Database::PageSize));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(QFile::resize(path, 0));
    } else if (damage == QLatin1String("random")) {
        QByteArray noise(16 * Database::PageSize, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QVERIFY(writeAll(path, noise));
    } else if (damage == QLatin1String("flip")) {
        QByteArray bytes = readAll(path);
        bytes[100] = char(bytes[100] ^ 0x10);
        QVERIFY(writeAll(path, bytes));
    } else if (damage == QLatin1String("plain")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(makePlainSqlite(path));
    } else if (damage == QLatin1String("folder")) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("estacion.db")));
    } else if (damage == QLatin1String("missing database")) {
        QVERIFY(QFile::remove(path));
    }
    ageFiles(dir.path());
    const auto before = snapshot(dir.path());

    const Result<Database> db = Database::open(path, given);
    QVERIFY(!db);
    const QString message = fill(expected, native(path), native(keyingPath));
    QVERIFY2(db.error().startsWith(message), qPrintable(db.error()));
    compareSnapshots(before, snapshot(dir.path()));

    // The right passphrase on an undamaged store still works afterwards.
    if (damage == QLatin1String("wrong passphrase") || damage == QLatin1String("case"))
        QVERIFY_OK(Database::open(path, right));
}

void TestDatabase::hotWriteAheadLog()
{
    // A station that lost power leaves committed pages only in the -wal file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    const QString copy = dir.filePath(QStringLiteral("copia/estacion.db"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("copia")));
    {
        Result<Database> db = createMigrated(path, "la buena");
        QVERIFY_OK(db);
        QVERIFY_OK(db.value().checkpoint());
        QVERIFY_OK(db.value().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY_OK(insertStation(db.value(), QStringLiteral("Solo en el registro")));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral(".keying")})
            QVERIFY(QFile::copy(path + suffix, copy + suffix));
    }
    const QString copyDir = QFileInfo(copy).absolutePath();
    ageFiles(copyDir);
    const auto before = snapshot(copyDir);
    QCOMPARE(before.keys(),
             QStringList({QStringLiteral("estacion.db"), QStringLiteral("estacion.db-wal"),
                          QStringLiteral("estacion.db.keying")}));

    Result<Database> wrong = Database::open(copy, pass("la mala"));
    QVERIFY(!wrong);
    compareSnapshots(before, snapshot(copyDir));

    // Newer schema in the log only: refused, and the log is not folded into the database.
    {
        QTemporaryDir newer;
        const QString p = newer.filePath(QStringLiteral("n.db"));
        Result<Database> db = createMigrated(p, "la buena");
        QVERIFY_OK(db);
        QVERIFY_OK(db.value().checkpoint());
        QVERIFY_OK(db.value().exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0; PRAGMA user_version = 999")));
        const QString c = newer.filePath(QStringLiteral("c.db"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral(".keying")})
            QVERIFY(QFile::copy(p + suffix, c + suffix));
        db = fail(ErrorCode::Internal, QString());
        QVERIFY(QFile::remove(p) && QFile::remove(KeyingFile::pathFor(p)));
        ageFiles(newer.path());
        const auto newerBefore = snapshot(newer.path());
        const Result<Database> refused = Database::open(c, pass("la buena"));
        QVERIFY(!refused);
        QVERIFY_FAILS_WITH(refused, ErrorCode::Incompatible);
        QVERIFY_MESSAGE_NAMES(refused, QStringLiteral("(schema 999)"));
        compareSnapshots(newerBefore, snapshot(newer.path()));
    }

    Result<Database> db = Database::open(copy, pass("la buena"));
    QVERIFY_OK(db);
    QCOMPARE(scalar(db.value(), QStringLiteral("SELECT name FROM station")), QStringLiteral("Solo en el registro"));
}

void TestDatabase::hotRollbackJournal()
{
    // Power lost in the middle of a rollback-journal transaction (the store is WAL, but a
    // copy made by an older tool or by hand may not be): the right passphrase rolls it back.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    const QString copy = dir.filePath(QStringLiteral("copia/estacion.db"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("copia")));
    {
        Result<Database> created = createMigrated(path, "la buena");
        QVERIFY_OK(created);
        Database &db = created.value();
        QVERIFY_OK(insertStation(db, QStringLiteral("Antes")));
        QVERIFY_OK(db.exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 2")));
        Result<Transaction> t = Transaction::begin(db);
        QVERIFY_OK(t);
        QVERIFY_OK(db.exec(QStringLiteral("UPDATE station SET name = 'Durante'")));
        for (int i = 0; i < 50; ++i) // enough to spill changed pages into the database file
            QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, "
                                              "created_at) VALUES ('u%1', '%2', 'clerk', 'x', '%3')")
                                   .arg(i)
                                   .arg(QString(500, QLatin1Char('z')), QString::fromLatin1(Timestamp))));
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral(".keying")})
            QVERIFY(QFile::copy(path + suffix, copy + suffix));
    }
    const QString copyDir = QFileInfo(copy).absolutePath();
    ageFiles(copyDir);
    const auto before = snapshot(copyDir);
    QVERIFY(!Database::open(copy, pass("la mala")));
    compareSnapshots(before, snapshot(copyDir));

    Result<Database> db = Database::open(copy, pass("la buena"));
    QVERIFY_OK(db);
    QCOMPARE(scalar(db.value(), QStringLiteral("SELECT name FROM station")), QStringLiteral("Antes"));
    QCOMPARE(scalar(db.value(), QStringLiteral("SELECT count(*) FROM users")), QStringLiteral("0"));
    QCOMPARE(scalar(db.value(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QVERIFY(!QFileInfo::exists(copy + QStringLiteral("-journal")));
}

void TestDatabase::changePassphrase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    const QString keyingPath = KeyingFile::pathFor(path);
    Result<Database> created = createMigrated(path, "la vieja");
    QVERIFY_OK(created);
    Database db = std::move(created).value();
    QVERIFY_OK(insertStation(db, QStringLiteral("Antes del cambio")));
    const QByteArray oldKeying = readAll(keyingPath);

    const Argon2Params stronger {2, 128 * 1024};
    QVERIFY_OK(db.changePassphrase(pass("la vieja"), pass("la nueva"), stronger));
    QCOMPARE(db.keying().params(), stronger);
    QVERIFY(!QFileInfo::exists(KeyingFile::pendingPathFor(path)));
    const Result<KeyingFile> keying = KeyingFile::read(keyingPath);
    QVERIFY_OK(keying);
    QVERIFY(keying->salt() != KeyingFile::parse(oldKeying, keyingPath)->salt()); // a new salt, not only a new key
    QCOMPARE(keying->params(), stronger);
    QCOMPARE(modeOf(keyingPath), 0600);
    // Still usable on the same connection.
    QVERIFY_OK(db.exec(QStringLiteral("UPDATE station SET name = 'Después del cambio'")));
    {
        const Database closing = std::move(db);
    } // closed here; db is left empty

    const Result<Database> old = Database::open(path, pass("la vieja"));
    QVERIFY(!old);
    QCOMPARE(old.error(), QStringLiteral("The passphrase for the station store %1 is wrong.").arg(native(path)));
    Result<Database> reopened = Database::open(path, pass("la nueva"));
    QVERIFY_OK(reopened);
    QCOMPARE(scalar(reopened.value(), QStringLiteral("SELECT name FROM station")),
             QStringLiteral("Después del cambio"));

    // Without new params the cost stays as it is.
    QVERIFY_OK(reopened.value().changePassphrase(pass("la nueva"), pass("la tercera")));
    QCOMPARE(reopened->keying().params(), stronger);
    reopened = fail(ErrorCode::Internal, QString());
    QVERIFY_OK(Database::open(path, pass("la tercera")));
}

void TestDatabase::changePassphraseRefusals()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    Result<Database> created = createMigrated(path, "la vieja");
    QVERIFY_OK(created);
    Database &db = created.value();
    const QByteArray keyingBefore = readAll(KeyingFile::pathFor(path));

    Status s = db.changePassphrase(pass("la equivocada"), pass("la nueva"));
    QCOMPARE(
        s.error(),
        QStringLiteral("The current passphrase for %1 is wrong; the passphrase was not changed.").arg(native(path)));
    s = db.changePassphrase(pass("la vieja"), SecureBytes());
    QCOMPARE(s.error(), QStringLiteral("The new passphrase must not be empty; the passphrase was not changed."));
    s = db.changePassphrase(pass("la vieja"), pass("la nueva"), {1, 1024});
    QVERIFY(!s);
    {
        Result<Transaction> t = Transaction::begin(db);
        QVERIFY_OK(t);
        s = db.changePassphrase(pass("la vieja"), pass("la nueva"));
        QCOMPARE(s.error(),
                 QStringLiteral("The passphrase of %1 cannot be changed inside a transaction.").arg(native(path)));
    }
    QCOMPARE(readAll(KeyingFile::pathFor(path)), keyingBefore);
    QVERIFY(!QFileInfo::exists(KeyingFile::pendingPathFor(path)));
    created = fail(ErrorCode::Internal, QString());
    QVERIFY_OK(Database::open(path, pass("la vieja")));
}

void TestDatabase::rekeyRefusedWhileLocked()
{
    // Another connection holds the write lock, so the re-encryption cannot start.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    Result<Database> created = createMigrated(path, "la vieja");
    QVERIFY_OK(created);
    Database &db = created.value();
    QVERIFY_OK(insertStation(db, QStringLiteral("Intacta")));
    QVERIFY_OK(db.exec(QStringLiteral("PRAGMA busy_timeout = 0")));

    const Result<SecureBytes> key = KeyingFile::read(KeyingFile::pathFor(path))->deriveKey(pass("la vieja"));
    QVERIFY_OK(key);
    const SecureBytes spec = KeyDerivation::rawKeySpec(*key);
    const QByteArray keyPragma = "PRAGMA key = \"" + QByteArray(spec.constChars(), spec.size()) + "\"";
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, keyPragma.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    const QByteArray keyingBefore = readAll(KeyingFile::pathFor(path));
    const Status s = db.changePassphrase(pass("la vieja"), pass("la nueva"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    // SQLCipher 3's sqlite3_rekey() would have claimed success here and changed nothing.
    QCOMPARE(s.error(),
             QStringLiteral("The passphrase of %1 was not changed: Could not run \"BEGIN IMMEDIATE\" on "
                            "the station store %1: database is locked")
                 .arg(native(path)));
    QVERIFY(!QFileInfo::exists(KeyingFile::pendingPathFor(path)));
    QCOMPARE(readAll(KeyingFile::pathFor(path)), keyingBefore);
    // Still open and usable, still with the old passphrase.
    QVERIFY_OK(db.exec(QStringLiteral("UPDATE station SET name = 'Intacta y abierta'")));
    created = fail(ErrorCode::Internal, QString());
    QVERIFY(!Database::open(path, pass("la nueva")));
    Result<Database> reopened = Database::open(path, pass("la vieja"));
    QVERIFY_OK(reopened);
    QCOMPARE(scalar(reopened.value(), QStringLiteral("SELECT name FROM station")), QStringLiteral("Intacta y abierta"));
}

void TestDatabase::rekeyInterruptedBeforeItTookEffect()
{
    // The new keying was written, then the station stopped before the database was rekeyed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    const QString pendingPath = KeyingFile::pendingPathFor(path);
    QVERIFY_OK(createMigrated(path, "la vieja"));
    SecureBytes unusedKey;
    const Result<KeyingFile> pending = KeyingFile::generate(pass("la nueva"), Fast, &unusedKey);
    QVERIFY_OK(pending);
    QVERIFY_OK(pending->write(pendingPath));
    ageFiles(dir.path());
    const auto before = snapshot(dir.path());

    const Result<Database> refused = Database::open(path, pass("la nueva"));
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("The passphrase for the station store %1 is the one of a passphrase change that was "
                            "interrupted before it took effect. Open the store with the previous passphrase.")
                 .arg(native(path)));
    compareSnapshots(before, snapshot(dir.path()));

    const QByteArray mainKeying = readAll(KeyingFile::pathFor(path));
    Result<Database> db = Database::open(path, pass("la vieja"));
    QVERIFY_OK(db);
    QVERIFY(!QFileInfo::exists(pendingPath)); // the stale keying is gone
    QCOMPARE(readAll(KeyingFile::pathFor(path)), mainKeying);
}

void TestDatabase::rekeyInterruptedAfterItTookEffect()
{
    // The database was rekeyed, then the station stopped before the new keying replaced the old.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    const QString keyingPath = KeyingFile::pathFor(path);
    const QString pendingPath = KeyingFile::pendingPathFor(path);
    QByteArray oldKeying;
    {
        Result<Database> db = createMigrated(path, "la vieja");
        QVERIFY_OK(db);
        QVERIFY_OK(insertStation(db.value(), QStringLiteral("Recuperada")));
        oldKeying = readAll(keyingPath);
        QVERIFY_OK(db.value().changePassphrase(pass("la vieja"), pass("la nueva")));
    }
    const QByteArray newKeying = readAll(keyingPath);
    QVERIFY(QFile::rename(keyingPath, pendingPath));
    QVERIFY(writeAll(keyingPath, oldKeying));
    QVERIFY(QFile::setPermissions(keyingPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    ageFiles(dir.path());
    const auto before = snapshot(dir.path());

    const Result<Database> refused = Database::open(path, pass("la vieja"));
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("The passphrase for the station store %1 is the previous one: a passphrase change was "
                            "interrupted after it had taken effect. Open the store with the new passphrase.")
                 .arg(native(path)));
    compareSnapshots(before, snapshot(dir.path()));

    {
        Result<Database> db = Database::open(path, pass("la nueva"));
        QVERIFY_OK(db);
        QCOMPARE(scalar(db.value(), QStringLiteral("SELECT name FROM station")), QStringLiteral("Recuperada"));
    }
    // The change is finished: the new keying is the main one and the temporary one is gone.
    QCOMPARE(readAll(keyingPath), newKeying);
    QVERIFY(!QFileInfo::exists(pendingPath));
    QCOMPARE(modeOf(keyingPath), 0600);
    QVERIFY_OK(Database::open(path, pass("la nueva")));
    QVERIFY(!Database::open(path, pass("la vieja")));

    // A damaged main keying with a good pending one is recovered the same way.
    QVERIFY(QFile::copy(keyingPath, pendingPath));
    QVERIFY(writeAll(keyingPath, "garbage"));
    QVERIFY_OK(Database::open(path, pass("la nueva")));
    QCOMPARE(readAll(keyingPath), newKeying);
    QVERIFY(!QFileInfo::exists(pendingPath));
}

void TestDatabase::transactionRollsBackOnDestruction()
{
    QTemporaryDir dir;
    Result<Database> created = createMigrated(dir.filePath(QStringLiteral("e.db")), "p");
    QVERIFY_OK(created);
    Database &db = created.value();
    {
        Result<Transaction> t = Transaction::begin(db);
        QVERIFY_OK(t);
        QVERIFY(t->isActive());
        QVERIFY(db.inTransaction());
        QVERIFY_OK(insertStation(db, QStringLiteral("Nunca")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM station")), QStringLiteral("1"));
    }
    QVERIFY(!db.inTransaction());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM station")), QStringLiteral("0"));

    // An explicit rollback, and a moved transaction rolls back once.
    {
        Result<Transaction> t = Transaction::begin(db);
        QVERIFY_OK(t);
        QVERIFY_OK(insertStation(db, QStringLiteral("Tampoco")));
        Transaction moved = std::move(t).value();
        QVERIFY_OK(moved.rollback());
        QVERIFY(!moved.isActive());
        QVERIFY(!db.inTransaction());
        QCOMPARE(moved.commit().error(), QStringLiteral("There is no open transaction to commit."));
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM station")), QStringLiteral("0"));

    // A failed statement inside leaves the transaction to roll back everything.
    {
        Result<Transaction> t = Transaction::begin(db);
        QVERIFY_OK(t);
        QVERIFY_OK(insertStation(db, QStringLiteral("Primera")));
        QVERIFY(!insertStation(db, QStringLiteral("Segunda"))); // station has a single row
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM station")), QStringLiteral("0"));

    // A second BEGIN is refused: a step of an open transaction joins it with nest().
    Result<Transaction> outer = Transaction::begin(db);
    QVERIFY_OK(outer);
    const Result<Transaction> inner = Transaction::begin(db);
    QVERIFY(!inner);
    QVERIFY_FAILS_WITH(inner, ErrorCode::InvalidState);
}

void TestDatabase::transactionCommits()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.db"));
    {
        Result<Database> created = createMigrated(path, "p");
        QVERIFY_OK(created);
        Database &db = created.value();
        Result<Transaction> t = Transaction::begin(db);
        QVERIFY_OK(t);
        QVERIFY_OK(insertStation(db, QStringLiteral("Confirmada")));
        QVERIFY_OK(t.value().commit());
        QVERIFY(!t->isActive());
        QVERIFY(!db.inTransaction());
        QCOMPARE(t.value().commit().error(), QStringLiteral("There is no open transaction to commit."));
    } // the committed transaction's destructor must not roll anything back
    Result<Database> db = Database::open(path, pass("p"));
    QVERIFY_OK(db);
    QCOMPARE(scalar(db.value(), QStringLiteral("SELECT name FROM station")), QStringLiteral("Confirmada"));
}

void TestDatabase::statementBindsEveryType_data()
{
    QTest::addColumn<QString>("type"); // what typeof() must say
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int64 zero") << QStringLiteral("integer") << QVariant(qint64(0));
    QTest::newRow("int64 negative") << QStringLiteral("integer") << QVariant(qint64(-360));
    QTest::newRow("int64 max") << QStringLiteral("integer") << QVariant(std::numeric_limits<qint64>::max());
    QTest::newRow("int64 min") << QStringLiteral("integer") << QVariant(std::numeric_limits<qint64>::min());
    QTest::newRow("double") << QStringLiteral("real") << QVariant(3.25);
    QTest::newRow("double tiny") << QStringLiteral("real") << QVariant(-1.0e-300);
    QTest::newRow("text") << QStringLiteral("text") << QVariant(QStringLiteral("Acta 010338B010002"));
    QTest::newRow("text unicode") << QStringLiteral("text")
                                  << QVariant(QString::fromUtf8("Peña Nieto — ñ ü € \xF0\x9F\x97\xB3"));
    QTest::newRow("text empty") << QStringLiteral("text") << QVariant(QString(QLatin1String("")));
    QTest::newRow("text with NUL") << QStringLiteral("text")
                                   << QVariant(QStringLiteral("a") + QChar(0) + QStringLiteral("b"));
    QTest::newRow("blob") << QStringLiteral("blob") << QVariant(QByteArray("\x00\x01\xfe\xff binary\x00", 12));
    QTest::newRow("blob empty") << QStringLiteral("blob") << QVariant(QByteArray());
    QTest::newRow("null") << QStringLiteral("null") << QVariant();
}

void TestDatabase::statementBindsEveryType()
{
    QFETCH(QString, type);
    QFETCH(QVariant, value);
    QTemporaryDir dir;
    Result<Database> created = Database::create(dir.filePath(QStringLiteral("e.db")), pass("p"), Fast);
    QVERIFY_OK(created);
    Database &db = created.value();
    QVERIFY_OK(db.exec(QStringLiteral("CREATE TABLE t (byIndex, byName)")));

    Result<Statement> insert = db.prepare(QStringLiteral("INSERT INTO t VALUES (?1, :value)"));
    QVERIFY_OK(insert);
    Statement &s = insert.value();
    QCOMPARE(s.parameterCount(), 2);
    QCOMPARE(s.parameterIndex(":value"), 2);
    QCOMPARE(s.parameterIndex(":nothing"), 0);
    switch (value.typeId()) {
    case QMetaType::LongLong:
        QVERIFY_OK(s.bindInt64(1, value.toLongLong()));
        QVERIFY_OK(s.bindInt64(":value", value.toLongLong()));
        break;
    case QMetaType::Double:
        QVERIFY_OK(s.bindDouble(1, value.toDouble()));
        QVERIFY_OK(s.bindDouble(":value", value.toDouble()));
        break;
    case QMetaType::QString:
        QVERIFY_OK(s.bindText(1, value.toString()));
        QVERIFY_OK(s.bindText(":value", value.toString()));
        break;
    case QMetaType::QByteArray:
        QVERIFY_OK(s.bindBlob(1, value.toByteArray()));
        QVERIFY_OK(s.bindBlob(":value", value.toByteArray()));
        break;
    default:
        QVERIFY_OK(s.bindNull(1));
        QVERIFY_OK(s.bindNull(":value"));
        break;
    }
    Result<bool> row = s.step();
    QVERIFY_OK(row);
    QVERIFY(!*row);
    // Reset and run again with the same bindings: two identical rows.
    s.reset();
    QVERIFY_OK(s.run());

    Result<Statement> select = db.prepare(QStringLiteral("SELECT byIndex, byName, typeof(byIndex), typeof(byName) "
                                                         "FROM t"));
    QVERIFY_OK(select);
    Statement &q = select.value();
    QCOMPARE(q.columnCount(), 4);
    QCOMPARE(q.columnName(1), QStringLiteral("byName"));
    for (int rowNumber = 0; rowNumber < 2; ++rowNumber) {
        row = q.step();
        QVERIFY_OK(row);
        QVERIFY(*row);
        QCOMPARE(q.columnText(2), type);
        QCOMPARE(q.columnText(3), type);
        for (int column = 0; column < 2; ++column) {
            QCOMPARE(q.isNull(column), type == QLatin1String("null"));
            switch (value.typeId()) {
            case QMetaType::LongLong:
                QCOMPARE(q.columnInt64(column), value.toLongLong());
                break;
            case QMetaType::Double:
                QCOMPARE(q.columnDouble(column), value.toDouble());
                break;
            case QMetaType::QString:
                QCOMPARE(q.columnText(column), value.toString());
                break;
            case QMetaType::QByteArray:
                QCOMPARE(q.columnBlob(column), value.toByteArray());
                break;
            default:
                QVERIFY(q.columnText(column).isEmpty());
                QVERIFY(q.columnBlob(column).isEmpty());
                break;
            }
        }
    }
    row = q.step();
    QVERIFY_OK(row);
    QVERIFY(!*row);

    // clearBindings() makes every parameter NULL again.
    s.reset();
    QVERIFY_OK(s.clearBindings());
    QVERIFY_OK(s.run());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM t WHERE byIndex IS NULL AND byName IS NULL")),
             type == QLatin1String("null") ? QStringLiteral("3") : QStringLiteral("1"));
}

void TestDatabase::statementErrorsSaySomething()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.db"));
    Result<Database> created = createMigrated(path, "p");
    QVERIFY_OK(created);
    Database &db = created.value();

    Result<Statement> bad = db.prepare(QStringLiteral("SELEKT 1"));
    QVERIFY(!bad);
    QCOMPARE(bad.error(),
             QStringLiteral("Could not prepare \"SELEKT 1\" on the station store %1: near \"SELEKT\": "
                            "syntax error")
                 .arg(native(path)));
    bad = db.prepare(QStringLiteral("SELECT * FROM nowhere"));
    QVERIFY2(bad.error().endsWith(QStringLiteral("no such table: nowhere")), qPrintable(bad.error()));
    bad = db.prepare(QStringLiteral("SELECT 1; SELECT 2"));
    QCOMPARE(bad.error(),
             QStringLiteral("\"SELECT 1; SELECT 2\" holds more than one SQL statement; prepare them one at a time."));
    bad = db.prepare(QStringLiteral("   -- only a comment\n"));
    QCOMPARE(bad.error(), QStringLiteral("There is no SQL statement in \"-- only a comment\"."));
    QVERIFY_OK(db.prepare(QStringLiteral("SELECT 1; -- a trailing comment is fine\n")));

    const Status exec = db.exec(QStringLiteral("DROP TABLE nowhere"));
    QCOMPARE(exec.error(),
             QStringLiteral("Could not run \"DROP TABLE nowhere\" on the station store %1: no such "
                            "table: nowhere")
                 .arg(native(path)));

    Result<Statement> insert = db.prepare(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, "
                                                         "created_at) VALUES (:u, 'Ana', 'clerk', 'x', :at)"));
    QVERIFY_OK(insert);
    Statement &s = insert.value();
    QCOMPARE(s.bindText(":nobody", QStringLiteral("x")).error(),
             QStringLiteral("The statement \"%1\" has no parameter named :nobody.").arg(s.sql()));
    const Status outOfRange = s.bindInt64(7, 1);
    QVERIFY2(outOfRange.error().startsWith(QStringLiteral("Could not bind parameter 7 (statement \"INSERT INTO users")),
             qPrintable(outOfRange.error()));
    QVERIFY2(outOfRange.error().endsWith(QStringLiteral("column index out of range")), qPrintable(outOfRange.error()));
    QVERIFY_OK(s.bindText(":u", QStringLiteral("ana")));
    QVERIFY_OK(s.bindText(":at", QString::fromLatin1(Timestamp)));
    QVERIFY_OK(s.run());
    s.reset();
    QVERIFY_OK(s.bindText(":u", QStringLiteral("ANA"))); // usernames ignore case
    const Status duplicate = s.run();
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().startsWith(QStringLiteral("Could not run the statement (statement \"INSERT INTO users")),
             qPrintable(duplicate.error()));
    QVERIFY2(duplicate.error().endsWith(QStringLiteral("UNIQUE constraint failed: users.username")),
             qPrintable(duplicate.error()));
}

void TestDatabase::migrateIsIdempotent()
{
    QTemporaryDir dir;
    Result<Database> created = Database::create(dir.filePath(QStringLiteral("e.db")), pass("p"), Fast);
    QVERIFY_OK(created);
    Database &db = created.value();
    QCOMPARE(db.userVersion().value(), 0);
    QCOMPARE(Schema::latestVersion(), 7);
    QCOMPARE(Schema::migrations().size(), 7);
    QCOMPARE(Schema::migrations().first().version, 1);

    Result<int> version = Schema::migrate(db);
    QVERIFY_OK(version);
    QCOMPARE(*version, 7);
    QCOMPARE(db.userVersion().value(), 7);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE "
                                   "type = 'table' ORDER BY name)")),
             QStringLiteral("actas audit_head audit_log drills entries images readings settings station sync_outbox "
                            "sync_receipts sync_refusals upstream_endpoints users"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE "
                                   "type = 'trigger' ORDER BY name)")),
             QStringLiteral("audit_log_no_delete audit_log_no_update drills_only_in_drill_store station_mode_fixed"));
    const QString schemaCookie = scalar(db, QStringLiteral("PRAGMA schema_version"));
    const QString sqlBefore = scalar(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"));

    // Again: nothing to do, nothing done.
    version = Schema::migrate(db);
    QVERIFY_OK(version);
    QCOMPARE(*version, 7);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA schema_version")), schemaCookie);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")), sqlBefore);
}

void TestDatabase::migrationIsOneTransaction()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.db"));
    Result<Database> created = Database::create(path, pass("p"), Fast);
    QVERIFY_OK(created);
    Database &db = created.value();

    // The last table of v1 is already there: v1 fails at its very end, and none of it stays.
    QVERIFY_OK(db.exec(QStringLiteral("CREATE TABLE sync_outbox (x)")));
    Result<int> version = Schema::migrate(db);
    QVERIFY(!version);
    QVERIFY2(version.error().startsWith(
                 QStringLiteral("Could not bring %1 to schema version 1; it stays at version 0: ").arg(native(path))),
             qPrintable(version.error()));
    QVERIFY2(version.error().endsWith(QStringLiteral("table sync_outbox already exists")), qPrintable(version.error()));
    QCOMPARE(db.userVersion().value(), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(name) FROM sqlite_master")), QStringLiteral("sync_outbox"));
    QVERIFY(!db.inTransaction());

    // Step by step: a failing step 2 leaves the store exactly at version 1.
    QVERIFY_OK(db.exec(QStringLiteral("DROP TABLE sync_outbox")));
    const QList<Migration> steps {
        Schema::migrations().first(),
        {2, QStringLiteral("CREATE TABLE extra (x); INSERT INTO extra VALUES (1); THIS IS NOT SQL;")},
    };
    version = Schema::migrate(db, steps);
    QVERIFY(!version);
    QVERIFY_FAILS_WITH(version, ErrorCode::Database);
    QVERIFY_MESSAGE_NAMES(version, QStringLiteral("to schema version 2; it stays at version 1"));
    QCOMPARE(db.userVersion().value(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'extra'")),
             QStringLiteral("0"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'station'")),
             QStringLiteral("1"));

    const QList<Migration> gap {Schema::migrations().first(), {3, QStringLiteral("SELECT 1")}};
    QCOMPARE(Schema::migrate(db, gap).error(),
             QStringLiteral("The schema migrations are out of order: step 2 leads to version 3."));
}

void TestDatabase::migrateRefusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("e.db"));
    Result<Database> created = createMigrated(path, "p");
    QVERIFY_OK(created);
    Database &db = created.value();
    QVERIFY_OK(db.exec(QStringLiteral("PRAGMA user_version = 8")));
    const QString cookie = scalar(db, QStringLiteral("PRAGMA schema_version"));
    const Result<int> version = Schema::migrate(db);
    QVERIFY(!version);
    QCOMPARE(version.error(),
             QStringLiteral("%1 was created by a newer ActaCapture (schema 8); this version knows up to 7.")
                 .arg(native(path)));
    QCOMPARE(db.userVersion().value(), 8);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA schema_version")), cookie);
}

void TestDatabase::schemaConstraints()
{
    QTemporaryDir dir;
    Result<Database> created = createMigrated(dir.filePath(QStringLiteral("e.db")), "p");
    QVERIFY_OK(created);
    Database &db = created.value();
    const QString at = QString::fromLatin1(Timestamp);
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES "
                                      "('ana', 'Ana', 'clerk', 'x', '%1'), ('beto', 'Beto', 'supervisor', 'x', '%1')")
                           .arg(at)));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO actas (clave_acta, template_id, received_at, utc_offset_min) "
                                      "VALUES ('010338B010002', 'gob-2024', '%1', -360)")
                           .arg(at)));

    struct Refused
    {
        const char *sql;
        const char *reason;
    };
    const Refused refused[] = {
        {"INSERT INTO images (acta_id, original, sha256, created_at) VALUES (99, x'00', '%2', '%1')",
         "FOREIGN KEY constraint failed"},
        {"INSERT INTO station (id, station_id, name, created_at, utc_offset_min) VALUES (2, 's', 'n', '%1', 0)",
         "CHECK constraint failed: station"},
        {"INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES ('c', 'C', 'root', 'x', "
         "'%1')",
         "CHECK constraint failed: users"},
        {"INSERT INTO actas (clave_acta, template_id, received_at, utc_offset_min) VALUES ('0103', 't', '%1', 0)",
         "CHECK constraint failed: actas"},
        {"INSERT INTO actas (clave_acta, template_id, received_at, utc_offset_min) VALUES ('010338B010003', 't', "
         "'2024-06-02 18:05:09', 0)",
         "CHECK constraint failed: actas"},
        {"INSERT INTO actas (template_id, state, received_at, utc_offset_min) VALUES ('t', 'sin_acta', '%1', 0)",
         "CHECK constraint failed: actas"},
        {"UPDATE actas SET entry1_user = 1, entry2_user = 1", "CHECK constraint failed: actas"},
        {"UPDATE actas SET state = 'lost'", "CHECK constraint failed: actas"},
        {"INSERT INTO entries (acta_id, kind, user_id, created_at, values_json) VALUES (1, 'entry3', 1, '%1', '{}')",
         "CHECK constraint failed: entries"},
        {"INSERT INTO images (acta_id, original, sha256, created_at) VALUES (1, x'00', 'ABC', '%1')",
         "CHECK constraint failed: images"},
        {"INSERT INTO sync_outbox (acta_id, version, payload, created_at) VALUES (1, 0, x'00', '%1')",
         "CHECK constraint failed: sync_outbox"},
    };
    for (const Refused &r : refused) {
        const Status s = db.exec(fill(QString::fromLatin1(r.sql), at, QString(64, QLatin1Char('0'))));
        QVERIFY2(!s, r.sql);
        QVERIFY2(s.error().endsWith(QString::fromLatin1(r.reason)), qPrintable(s.error()));
    }
    // Accepted: fuera de catalogo without identity (twice: NULL keys do not collide), an acta of
    // two different clerks, and sin acta with its reason.
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO actas (template_id, state, received_at, utc_offset_min) VALUES "
                                      "('t', 'fuera_de_catalogo', '%1', 0), ('t', 'fuera_de_catalogo', '%1', 0)")
                           .arg(at)));
    QVERIFY_OK(db.exec(QStringLiteral("UPDATE actas SET entry1_user = 1, entry2_user = 2 WHERE id = 1")));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO actas (clave_acta, template_id, state, sin_acta_reason, "
                                      "received_at, utc_offset_min) VALUES ('010338B010003', 't', 'sin_acta', 2, "
                                      "'2024-06-02T18:05:09.250Z', -300)")));
}

void TestDatabase::auditLogIsAppendOnly()
{
    QTemporaryDir dir;
    Result<Database> created = createMigrated(dir.filePath(QStringLiteral("e.db")), "p");
    QVERIFY_OK(created);
    Database &db = created.value();
    const QString zero(64, QLatin1Char('0')), one(64, QLatin1Char('1')), two(64, QLatin1Char('2'));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO audit_log (at, action, details, prev_hash, hash) VALUES "
                                      "('%1', 'station.created', 'first', '%2', '%3'), "
                                      "('%1', 'user.created', 'second', '%3', '%4')")
                           .arg(QString::fromLatin1(Timestamp), zero, one, two)));
    const QString before = scalar(db, QStringLiteral("SELECT group_concat(seq || details || hash) FROM audit_log"));

    const QStringList attempts {
        QStringLiteral("UPDATE audit_log SET details = 'forged' WHERE seq = 1"),
        QStringLiteral("UPDATE audit_log SET hash = hash"),
        QStringLiteral("DELETE FROM audit_log WHERE seq = 2"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("INSERT OR REPLACE INTO audit_log (seq, at, action, details, prev_hash, hash) VALUES "
                       "(1, '%1', 'forged', 'forged', '%2', '%2')")
            .arg(QString::fromLatin1(Timestamp), zero),
        QStringLiteral("REPLACE INTO audit_log (seq, at, action, details, prev_hash, hash) VALUES "
                       "(2, '%1', 'forged', 'forged', '%2', '%2')")
            .arg(QString::fromLatin1(Timestamp), zero),
    };
    for (const QString &sql : attempts) {
        const Status s = db.exec(sql);
        QVERIFY2(!s, qPrintable(sql));
        QVERIFY_FAILS_WITH(s, ErrorCode::Constraint);
    }
    QCOMPARE(scalar(db, QStringLiteral("SELECT group_concat(seq || details || hash) FROM audit_log")), before);
    // Appending is what it is for.
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO audit_log (at, action, prev_hash, hash) VALUES ('%1', 'x', '%2', "
                                      "'%2')")
                           .arg(QString::fromLatin1(Timestamp), two)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT max(seq) FROM audit_log")), QStringLiteral("3"));
}

void TestDatabase::moderateCostWorks()
{
    // The station's real cost, once: 3 passes over 256 MiB.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("estacion.db"));
    {
        Result<Database> db = Database::create(path, pass("la de verdad"), Argon2Params::moderate());
        QVERIFY_OK(db);
        QCOMPARE(db->keying().params(), Argon2Params::moderate());
        QCOMPARE(KeyingFile::read(KeyingFile::pathFor(path))->params(), Argon2Params::moderate());
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Database> db = Database::open(path, pass("la de verdad"));
    const qint64 ms = timer.elapsed();
    QVERIFY_OK(db);
    qInfo("open() with Argon2Params::moderate() took %lld ms", ms);
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::queryLayerBindsAndReads()
{
    QTemporaryDir dir;
    Result<Database> created = Database::create(dir.filePath(QStringLiteral("q.db")), pass("p"), Fast);
    QVERIFY_OK(created);
    Database &db = created.value();
    QVERIFY_OK(db.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n, r, s, b, z)")));
    // Every kind of argument in one call: integer (and bool), real, text, blob, null, optional.
    const std::optional<QString> none;
    QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t (n, r, s, b, z) VALUES (?, ?, ?, ?, ?)"),
                        {qint64(1) << 40, 2.5, QStringLiteral("ñandú"), QByteArray("\0\1", 2), none}));
    QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t (n, r, s, b, z) VALUES (?, ?, ?, ?, ?)"),
                        {true, 0.0, QString(), QByteArray(), std::optional<QString>(QStringLiteral("x"))}));
    QCOMPARE(*sql::scalar<qint64>(db, QStringLiteral("SELECT n FROM t WHERE id = ?"), {1}), qint64(1) << 40);
    QCOMPARE(*sql::scalar<double>(db, QStringLiteral("SELECT r FROM t WHERE id = 1")), 2.5);
    QCOMPARE(*sql::scalar<QString>(db, QStringLiteral("SELECT s FROM t WHERE id = 1")), QStringLiteral("ñandú"));
    QCOMPARE(*sql::scalar<QByteArray>(db, QStringLiteral("SELECT b FROM t WHERE id = 1")), QByteArray("\0\1", 2));
    QCOMPARE(*sql::scalar<bool>(db, QStringLiteral("SELECT n FROM t WHERE id = 2")), true);
    QCOMPARE(*sql::scalar<QString>(db, QStringLiteral("SELECT typeof(z) FROM t WHERE id = 1")), QStringLiteral("null"));
    QCOMPARE(*sql::scalar<QString>(db, QStringLiteral("SELECT typeof(s) || typeof(b) FROM t WHERE id = 2")),
             QStringLiteral("textblob")); // a null QString is '' and an empty QByteArray an empty BLOB
    // No row: nothing for optional reads, an error naming the query for scalar().
    Result<std::optional<qint64>> missing
        = sql::optionalScalar<qint64>(db, QStringLiteral("SELECT n FROM t WHERE id = ?"), {99});
    QVERIFY_OK(missing);
    QVERIFY(!missing->has_value());
    const Result<qint64> noRow = sql::scalar<qint64>(db, QStringLiteral("SELECT n FROM t WHERE id = 99"));
    QVERIFY(!noRow);
    QVERIFY_FAILS_WITH(noRow, ErrorCode::NotFound);
    QVERIFY_MESSAGE_NAMES(noRow, QStringLiteral("id = 99"));
    Result<QList<qint64>> ids = sql::rows<qint64>(db, QStringLiteral("SELECT id FROM t WHERE id >= ? ORDER BY id"), {1},
                                                  [](Statement &r) -> Result<qint64> { return r.columnInt64(0); });
    QVERIFY_OK(ids);
    QCOMPARE(*ids, (QList<qint64> {1, 2}));
    // Too many arguments is an error, not a silent drop.
    QVERIFY(!sql::run(db, QStringLiteral("DELETE FROM t WHERE id = ?"), {1, 2}));
    QCOMPARE(*sql::scalar<qint64>(db, QStringLiteral("SELECT count(*) FROM t")), 2);
}

void TestDatabase::nestedTransactionIsASavepoint()
{
    Scratch scratch;
    Database &db = scratch.db;
    const auto count = [&scratch] {
        return scratch.count();
    };
    {
        Result<Transaction> outer = Transaction::nest(db); // nothing open: a real transaction
        QVERIFY_OK(outer);
        {
            Result<Transaction> step = Transaction::nest(db);
            QVERIFY_OK(step);
            QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (1)")));
            QVERIFY_OK(step->commit()); // released into the outer transaction
        }
        {
            Result<Transaction> step = Transaction::nest(db);
            QVERIFY_OK(step);
            QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (2)")));
        } // this step alone is undone
        QCOMPARE(count(), 1);
        QVERIFY(db.inTransaction());
    } // the outer transaction rolls back, the released step with it
    QCOMPARE(count(), 0);
    {
        Result<Transaction> outer = Transaction::nest(db);
        QVERIFY_OK(outer);
        Result<Transaction> step = Transaction::nest(db);
        QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (3)")));
        QVERIFY_OK(step->commit());
        QVERIFY_OK(outer->commit());
    }
    QCOMPARE(count(), 1);
    QVERIFY(!db.inTransaction());

    // Three deep: undoing the middle step undoes the one inside it, not the outer work.
    {
        Result<Transaction> outer = Transaction::begin(db);
        QVERIFY_OK(outer);
        QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (4)")));
        {
            Result<Transaction> middle = Transaction::nest(db);
            QVERIFY_OK(middle);
            QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (5)")));
            Result<Transaction> inner = Transaction::nest(db);
            QVERIFY_OK(inner);
            QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (6)")));
            QVERIFY_OK(inner->commit());
            QCOMPARE(count(), 4);
            QVERIFY_OK(middle->rollback());
        }
        QCOMPARE(count(), 2);
        QVERIFY_OK(outer->commit());
    }
    QCOMPARE(count(), 2);

    // Moving the Database keeps the count of open transactions with it.
    Database moved = std::move(db);
    {
        Result<Transaction> outer = Transaction::begin(moved);
        QVERIFY_OK(outer);
        QVERIFY_FAILS_WITH(Transaction::begin(moved), ErrorCode::InvalidState);
    }
    QVERIFY_OK(Transaction::begin(moved));
}

void TestDatabase::aTransactionSqliteEndedIsNotContinued()
{
    Scratch scratch;
    Database &db = scratch.db;
    const auto count = [&scratch] {
        return scratch.count();
    };
    {
        Result<Transaction> outer = Transaction::begin(db);
        QVERIFY_OK(outer);
        QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (1)")));
        {
            Result<Transaction> step = Transaction::nest(db);
            QVERIFY_OK(step);
            // What SQLite does by itself after SQLITE_FULL or an I/O error inside a step.
            QVERIFY_OK(db.exec(QStringLiteral("ROLLBACK")));
        }
        // A caller that goes on does not get a fresh transaction of its own: its action is over.
        const Result<Transaction> next = Transaction::nest(db);
        QVERIFY_FAILS_WITH(next, ErrorCode::Database);
        QVERIFY_FAILS_WITH(Transaction::begin(db), ErrorCode::InvalidState);
        QVERIFY_FAILS_WITH(outer->commit(), ErrorCode::Database);
    }
    QCOMPARE(count(), 0);
    QVERIFY(!db.inTransaction());
    // Once the action's transaction is gone, the next action starts afresh.
    {
        Result<Transaction> again = Transaction::begin(db);
        QVERIFY_OK(again);
        QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY_OK(again->commit());
    }
    QCOMPARE(count(), 1);
}

void TestDatabase::writesAreRefusedInsideAReadSnapshot()
{
    QTemporaryDir dir;
    Result<Database> created = Database::create(dir.filePath(QStringLiteral("r.db")), pass("p"), Fast);
    QVERIFY_OK(created);
    Database &db = created.value();
    QVERIFY_OK(db.exec(QStringLiteral("BEGIN"))); // how a report takes its snapshot
    QVERIFY_FAILS_WITH(Transaction::nest(db), ErrorCode::InvalidState);
    QVERIFY_FAILS_WITH(Transaction::begin(db), ErrorCode::InvalidState);
    QVERIFY_OK(db.exec(QStringLiteral("ROLLBACK")));
    QVERIFY_OK(Transaction::nest(db));
}

void TestDatabase::aStepLeftOpenIsNotCommitted()
{
    Scratch scratch;
    Database &db = scratch.db;
    const auto count = [&scratch] {
        return scratch.count();
    };
    {
        Result<Transaction> outer = Transaction::begin(db);
        QVERIFY_OK(outer);
        QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (1)")));
        {
            Result<Transaction> step = Transaction::nest(db);
            QVERIFY_OK(step);
            QVERIFY_OK(sql::run(db, QStringLiteral("INSERT INTO t VALUES (2)")));
            // A success path that forgot the step's commit: the outer one must not take it along.
            QVERIFY_FAILS_WITH(outer->commit(), ErrorCode::Internal);
        } // the step rolls back
        QVERIFY_OK(outer->commit());
    }
    QCOMPARE(count(), 1);
    // Nothing is left counted as open.
    Result<Transaction> next = Transaction::begin(db);
    QVERIFY_OK(next);
    QVERIFY_OK(next->commit());
}

#include "tst_database.moc"
