#include "Database.h"

#include "Query.h"
#include "Schema.h"
#include "SqlError.h"
#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <optional>
#include <sqlite3.h>
#include <utility>

namespace acta {

namespace {

constexpr int BusyTimeoutMs = 5000;
constexpr qsizetype MaxSqlInMessage = 160;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errorText(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

// Long SQL (a migration script) would drown the message it is quoted in.
QString quoteSql(const QString &sql)
{
    const QString flat = sql.simplified();
    return flat.size() > MaxSqlInMessage ? flat.first(MaxSqlInMessage) + QStringLiteral("...") : flat;
}

// The files SQLite may create beside a database.
const std::array<QString, 3> &sideSuffixes()
{
    static const std::array<QString, 3> suffixes {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                                  QStringLiteral("-journal")};
    return suffixes;
}

// Remembers which side files existed before an attempt, so that a failed attempt removes
// exactly the ones it created and nothing that was there before it.
class SideFiles
{
public:
    explicit SideFiles(const QString &path)
        : m_path(path)
    {
        for (std::size_t i = 0; i < m_existed.size(); ++i)
            m_existed[i] = QFileInfo::exists(m_path + sideSuffixes()[i]);
    }
    void removeCreated() const
    {
        for (std::size_t i = 0; i < m_existed.size(); ++i) {
            const QString file = m_path + sideSuffixes()[i];
            if (m_existed[i] || !QFileInfo::exists(file))
                continue;
            if (QFile::remove(file))
                qCDebug(lcStorage) << "removed" << file << "left by a failed open";
            else
                qCWarning(lcStorage) << "could not remove" << file << "left by a failed open";
        }
    }

private:
    QString m_path;
    std::array<bool, 3> m_existed {};
};

// A bare connection, closed on scope exit unless released into a Database.
class Connection
{
public:
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { close(); }

    int open(const QString &path, int flags)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    void close()
    {
        // sqlite3_close (not _v2): every statement here is finalized, and a failed open must
        // really let go of its files before they are cleaned up.
        if (m_db && sqlite3_close(m_db) != SQLITE_OK)
            qCWarning(lcStorage) << "could not close a connection:" << errorText(m_db);
        m_db = nullptr;
    }
    sqlite3 *get() const { return m_db; }
    sqlite3 *release() { return std::exchange(m_db, nullptr); }

private:
    sqlite3 *m_db = nullptr;
};

int applyKey(sqlite3 *db, const SecureBytes &key)
{
    const SecureBytes spec = KeyDerivation::rawKeySpec(key);
    const int rc = sqlite3_key(db, spec.data(), int(spec.size()));
    if (rc != SQLITE_OK)
        return rc;
    // The keying file's cipher profile 3: SQLCipher 3's settings. SQLCipher 3 ignores this
    // pragma; SQLCipher 4 needs it to read what SQLCipher 3 wrote.
    return sqlite3_exec(db, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr);
}

// The first column of the first row of sql; SQLITE_DONE when there is no row.
int queryInt(sqlite3 *db, const char *sql, qint64 *out)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return rc;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        *out = sqlite3_column_int64(stmt, 0);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(stmt);
    return rc;
}

// SQLCipher keys lazily: nothing is decrypted until the first read, so read now.
int verifyKey(sqlite3 *db)
{
    qint64 count = 0;
    return queryInt(db, "SELECT count(*) FROM sqlite_master", &count);
}

// What a read-only look at the database found.
struct Probe
{
    int rc = SQLITE_OK;
    QString message;
    qint64 userVersion = 0;
    qint64 applicationId = 0;
};

// Read-only on purpose: a connection that may not write cannot roll back a journal or
// checkpoint a log into the database with a key that later turns out to be wrong.
Probe probe(const QString &path, const SecureBytes &key)
{
    Probe p;
    Connection c;
    p.rc = c.open(path, SQLITE_OPEN_READONLY);
    if (p.rc == SQLITE_OK)
        p.rc = applyKey(c.get(), key);
    if (p.rc == SQLITE_OK)
        p.rc = verifyKey(c.get());
    if (p.rc == SQLITE_OK)
        p.rc = queryInt(c.get(), "PRAGMA user_version", &p.userVersion);
    if (p.rc == SQLITE_OK)
        p.rc = queryInt(c.get(), "PRAGMA application_id", &p.applicationId);
    if (p.rc != SQLITE_OK)
        p.message = c.get() ? errorText(c.get()) : QString::fromUtf8(sqlite3_errstr(p.rc));
    return p;
}

} // namespace

Database::Database(sqlite3 *db, QString path, KeyingFile keying)
    : m_db(db)
    , m_path(std::move(path))
    , m_keying(std::move(keying))
{ }

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_keying(std::move(other.m_keying))
    , m_transactionDepth(std::exchange(other.m_transactionDepth, std::make_shared<TransactionState>()))
{ }

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_keying = std::move(other.m_keying);
        m_transactionDepth = std::exchange(other.m_transactionDepth, std::make_shared<TransactionState>());
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db)
        return;
    // _v2: should a statement still be alive, the connection closes when it is finalized.
    if (sqlite3_close_v2(m_db) != SQLITE_OK)
        qCWarning(lcStorage) << "could not close" << m_path << ":" << errorText(m_db);
    m_db = nullptr;
}

namespace {

// Everything a connection needs before use, right after sqlite3_open_v2.
Status configure(sqlite3 *db, const QString &path, const SecureBytes &key)
{
    auto failed = [&](const char *doing) {
        return fail(ErrorCode::Database,
                    Database::tr("Could not set up the station store %1 (%2): %3")
                        .arg(native(path), QString::fromUtf8(doing), errorText(db)));
    };
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, BusyTimeoutMs);
    // The process may hold another SQLite too (OpenCV's GDAL codec pulls in Debian's
    // libsqlite3); only SQLCipher, linked first, answers cipher_version.
    sqlite3_stmt *probe = nullptr;
    const bool cipher = sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &probe, nullptr) == SQLITE_OK
        && sqlite3_step(probe) == SQLITE_ROW && sqlite3_column_bytes(probe, 0) > 0;
    sqlite3_finalize(probe);
    if (!cipher)
        return fail(ErrorCode::Incompatible,
                    Database::tr("The station store %1 needs SQLCipher, but this process talks to SQLite %2 without "
                                 "encryption (another SQLite library was loaded first); nothing was opened.")
                        .arg(native(path), QString::fromLatin1(sqlite3_libversion())));
    // SQLCipher 4 wipes all memory it frees when asked; SQLCipher 3 has no such pragma and
    // ignores it (it still wipes its own key material).
    if (sqlite3_exec(db, "PRAGMA cipher_memory_security = ON", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failed("PRAGMA cipher_memory_security");
    if (applyKey(db, key) != SQLITE_OK)
        return failed("sqlite3_key");
    if (verifyKey(db) != SQLITE_OK)
        return failed("reading sqlite_master");
    // WAL: readers never block the writer, and a power cut loses at most the transaction
    // being written. FULL: a committed transaction is on disk before COMMIT returns.
    sqlite3_stmt *stmt = nullptr;
    QString mode;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode = WAL", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        mode = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    if (mode != QLatin1String("wal"))
        return fail(ErrorCode::Database,
                    Database::tr("Could not set up the station store %1: it refused write-ahead logging "
                                 "(journal mode is \"%2\").")
                        .arg(native(path), mode));
    // temp_store: sorts and temporary tables stay in memory instead of unencrypted temp files.
    // recursive_triggers: INSERT OR REPLACE then fires DELETE triggers, so it cannot get
    // around the append-only audit log.
    static const char *const pragmas[] = {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                                          "PRAGMA recursive_triggers = ON", "PRAGMA temp_store = MEMORY"};
    for (const char *pragma : pragmas) {
        if (sqlite3_exec(db, pragma, nullptr, nullptr, nullptr) != SQLITE_OK)
            return failed(pragma);
    }
    return {};
}

// Empty when the decrypted store is an ActaCapture one this version can read.
QString identityProblem(const QString &path, qint64 applicationId, qint64 userVersion)
{
    if (applicationId != Database::ApplicationId)
        return Database::tr("%1 decrypts, but it is not an ActaCapture station store (application id %2).")
            .arg(native(path))
            .arg(applicationId);
    if (userVersion > Schema::latestVersion())
        return Schema::newerSchemaMessage(path, int(userVersion), Schema::latestVersion());
    return {};
}

Status checkDatabaseFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorCode::NotFound, Database::tr("The station store %1 does not exist.").arg(native(path)));
    if (!info.isFile())
        return fail(ErrorCode::InvalidInput,
                    Database::tr("%1 is not a file, so it cannot be a station store.").arg(native(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    Database::tr("Could not read the station store %1: %2").arg(native(path), file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(16);
    if (size == 0)
        return fail(ErrorCode::Integrity,
                    Database::tr("The station store %1 is empty (0 bytes): it was truncated or never finished.")
                        .arg(native(path)));
    if (header == QByteArray("SQLite format 3\0", 16))
        return fail(ErrorCode::Incompatible,
                    Database::tr("%1 is a plain, unencrypted SQLite database, not an encrypted ActaCapture "
                                 "station store.")
                        .arg(native(path)));
    if (size % Database::PageSize != 0)
        return fail(ErrorCode::Integrity,
                    Database::tr("The station store %1 is truncated or damaged: its %2 bytes are not a whole "
                                 "number of %3-byte pages.")
                        .arg(native(path))
                        .arg(size)
                        .arg(Database::PageSize));
    return {};
}

} // namespace

Result<Database> Database::create(const QString &path, const SecureBytes &passphrase, const Argon2Params &params)
{
    ensureSodium();
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The passphrase of a station store must not be empty."));
    if (Status ok = KeyDerivation::checkParams(params); !ok)
        return ok.takeError();
    const QString keyingPath = KeyingFile::pathFor(path);
    QStringList existing {path, keyingPath, KeyingFile::pendingPathFor(path)};
    for (const QString &suffix : sideSuffixes())
        existing << path + suffix;
    for (const QString &file : std::as_const(existing)) {
        if (QFileInfo::exists(file))
            return fail(ErrorCode::AlreadyExists,
                        tr("Will not create a station store at %1: %2 already exists, and an existing store is "
                           "never overwritten.")
                            .arg(native(path), native(file)));
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        return fail(ErrorCode::NotFound,
                    tr("Will not create a station store at %1: the folder %2 does not exist.")
                        .arg(native(path), native(QFileInfo(path).absolutePath())));

    SecureBytes key;
    Result<KeyingFile> keying = KeyingFile::generate(passphrase, params, &key);
    if (!keying)
        return keying.takeError();

    // From here on every file is ours: on failure, remove them all again.
    auto undo = [&](Error error) {
        for (const QString &file : std::as_const(existing))
            QFile::remove(file);
        return error;
    };
    // The keying file first: a database must never exist without the means to open it.
    if (Status ok = keying->write(keyingPath); !ok)
        return undo(ok.takeError());
    {
        // O_EXCL: the store is created here or not at all, even if another process races us.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return undo(fail(ErrorCode::Io,
                             tr("Could not create the station store %1: %2").arg(native(path), file.errorString())));
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return undo(fail(ErrorCode::Io,
                             tr("Could not make the station store %1 private to its owner: %2")
                                 .arg(native(path), file.errorString())));
    }
    Connection c;
    if (c.open(path, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        const QString message = c.get() ? errorText(c.get()) : QString();
        c.close();
        return undo(
            fail(ErrorCode::Database, tr("Could not create the station store %1: %2").arg(native(path), message)));
    }
    if (Status ok = configure(c.get(), path, key); !ok) {
        c.close();
        return undo(ok.takeError());
    }
    const QString init = QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 0;").arg(ApplicationId);
    Database db(c.release(), path, std::move(keying).value());
    Status ok = db.exec(init);
    if (ok)
        ok = db.checkpoint(); // the first pages go into the database file itself, not only the log
    if (!ok) {
        db.close();
        return undo(ok.takeError());
    }
    qCInfo(lcStorage) << "created station store" << path;
    return db;
}

Result<Database> Database::open(const QString &path, const SecureBytes &passphrase)
{
    ensureSodium();
    if (Status ok = checkDatabaseFile(path); !ok)
        return ok.takeError();
    // WAL needs to write the file and to create journals beside it; say so plainly up front.
    if (!QFileInfo(path).isWritable() || !QFileInfo(QFileInfo(path).absolutePath()).isWritable())
        return fail(ErrorCode::Io,
                    tr("The station store %1 cannot be written: check the permissions of the file and of its "
                       "folder. Nothing was changed.")
                        .arg(native(path)));

    const QString mainPath = KeyingFile::pathFor(path);
    const QString pendingPath = KeyingFile::pendingPathFor(path);
    const bool hasPending = QFileInfo::exists(pendingPath);
    const Result<KeyingFile> current = KeyingFile::read(mainPath);
    std::optional<Result<KeyingFile>> pending;
    if (hasPending)
        pending = KeyingFile::read(pendingPath);
    const bool pendingReadable = pending && pending->isOk();
    if (!current && !pendingReadable) {
        if (!QFileInfo::exists(mainPath))
            return fail(ErrorCode::NotFound,
                        tr("The keying file %1 of the station store %2 is missing; without it the store cannot "
                           "be opened. Restore it from the station's backup.")
                            .arg(native(mainPath), native(path)));
        return current.takeError();
    }

    // Which keying does the passphrase fit? The current one, or else the one a passphrase change
    // left behind when it was interrupted.
    enum class Fit { None, Main, Pending };
    Fit fit = Fit::None;
    SecureBytes key;
    if (current) {
        Result<SecureBytes> derived = current->deriveKey(passphrase);
        if (!derived)
            return derived.takeError();
        if (current->matches(*derived)) {
            fit = Fit::Main;
            key = std::move(derived).value();
        }
    }
    if (fit == Fit::None && pendingReadable) {
        Result<SecureBytes> derived = pending->value().deriveKey(passphrase);
        if (!derived)
            return derived.takeError();
        if (pending->value().matches(*derived)) {
            fit = Fit::Pending;
            key = std::move(derived).value();
        }
    }
    if (fit == Fit::None) {
        if (!current)
            return current.takeError();
        return fail(ErrorCode::WrongSecret, tr("The passphrase for the station store %1 is wrong.").arg(native(path)));
    }
    const KeyingFile &keying = fit == Fit::Main ? current.value() : pending->value();

    const SideFiles sideFiles(path);
    const Probe p = probe(path, key);
    // A read-only connection cannot roll back a hot journal; the key is known to be right,
    // so let the read-write connection below recover it.
    const bool needsRecovery = (p.rc & 0xff) == SQLITE_READONLY || p.rc == SQLITE_BUSY_RECOVERY;
    if (needsRecovery)
        qCDebug(lcStorage) << path << "needs recovery before it can be read:" << p.message;
    if (p.rc != SQLITE_OK && !needsRecovery) {
        sideFiles.removeCreated();
        if ((p.rc & 0xff) == SQLITE_NOTADB) {
            if (fit == Fit::Main && pendingReadable)
                return fail(ErrorCode::WrongSecret,
                            tr("The passphrase for the station store %1 is the previous one: a passphrase change "
                               "was interrupted after it had taken effect. Open the store with the new passphrase.")
                                .arg(native(path)));
            if (fit == Fit::Pending)
                return fail(ErrorCode::WrongSecret,
                            tr("The passphrase for the station store %1 is the one of a passphrase change that was "
                               "interrupted before it took effect. Open the store with the previous passphrase.")
                                .arg(native(path)));
            return fail(ErrorCode::Integrity,
                        tr("The station store %1 cannot be decrypted with its keying file %2 although the "
                           "passphrase is right: the database is damaged, or the keying file belongs to another "
                           "store.")
                            .arg(native(path), native(mainPath)));
        }
        if ((p.rc & 0xff) == SQLITE_CORRUPT)
            return fail(ErrorCode::Integrity,
                        tr("The station store %1 is damaged or truncated: %2").arg(native(path), p.message));
        return fail(ErrorCode::Database, tr("Could not open the station store %1: %2").arg(native(path), p.message));
    }
    if (p.rc == SQLITE_OK) {
        if (const QString problem = identityProblem(path, p.applicationId, p.userVersion); !problem.isEmpty()) {
            sideFiles.removeCreated();
            return fail(ErrorCode::Incompatible, problem);
        }
    }

    Connection c;
    if (c.open(path, SQLITE_OPEN_READWRITE) != SQLITE_OK) {
        const QString message = c.get() ? errorText(c.get()) : QString();
        c.close();
        sideFiles.removeCreated();
        return fail(ErrorCode::Database, tr("Could not open the station store %1: %2").arg(native(path), message));
    }
    if (Status ok = configure(c.get(), path, key); !ok) {
        c.close();
        sideFiles.removeCreated();
        return ok.takeError();
    }
    if (needsRecovery) {
        qint64 applicationId = 0, userVersion = 0;
        QString problem;
        if (queryInt(c.get(), "PRAGMA application_id", &applicationId) != SQLITE_OK
            || queryInt(c.get(), "PRAGMA user_version", &userVersion) != SQLITE_OK)
            problem = tr("Could not open the station store %1: %2").arg(native(path), errorText(c.get()));
        else
            problem = identityProblem(path, applicationId, userVersion);
        if (!problem.isEmpty()) {
            c.close();
            sideFiles.removeCreated();
            return fail(ErrorCode::Incompatible, problem);
        }
    }
    Database db(c.release(), path, keying);

    if (fit == Fit::Pending) {
        // The store took the new key but the keying file was not yet replaced: finish that now.
        if (Status ok = keying.write(mainPath); !ok)
            return fail(
                ok.code(),
                tr("Could not finish the interrupted passphrase change of %1: %2").arg(native(path), ok.error()));
        QFile::remove(pendingPath);
        syncDirectoryOf(pendingPath);
        qCInfo(lcStorage) << "finished an interrupted passphrase change of" << path;
    } else if (hasPending) {
        // The store opened with the old key, so the interrupted change never took effect.
        QFile::remove(pendingPath);
        syncDirectoryOf(pendingPath);
        qCInfo(lcStorage) << "removed the keying of a passphrase change that never took effect on" << path;
    }
    return db;
}

Status Database::execOn(sqlite3 *db, const QString &path, const QString &sql)
{
    if (!db)
        return fail(ErrorCode::InvalidState, tr("The station store %1 is closed.").arg(native(path)));
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    const QString technical
        = tr("Could not run \"%1\" on the station store %2: %3").arg(quoteSql(sql), native(path), text);
    const QString plain = storageFailureMessage(sqlite3_extended_errcode(db), path, technical);
    return fail(storageErrorCode(sqlite3_extended_errcode(db)), plain.isEmpty() ? technical : plain);
}

Status Database::exec(const QString &sql)
{
    return execOn(m_db, m_path, sql);
}

Result<Statement> Database::prepare(const QString &sql)
{
    if (!m_db)
        return fail(ErrorCode::InvalidState, tr("The station store %1 is closed.").arg(native(m_path)));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &stmt, &tail) != SQLITE_OK)
        return fail(storageErrorCode(sqlite3_extended_errcode(m_db)),
                    tr("Could not prepare \"%1\" on the station store %2: %3")
                        .arg(quoteSql(sql), native(m_path), errorText(m_db)));
    Statement statement(m_db, stmt, m_path);
    if (!stmt)
        return fail(ErrorCode::Internal, tr("There is no SQL statement in \"%1\".").arg(quoteSql(sql)));
    // Whatever follows the first statement must be nothing but blanks and comments.
    sqlite3_stmt *extra = nullptr;
    const int rc = tail && *tail ? sqlite3_prepare_v2(m_db, tail, -1, &extra, nullptr) : SQLITE_OK;
    sqlite3_finalize(extra);
    if (rc != SQLITE_OK || extra)
        return fail(ErrorCode::Internal,
                    tr("\"%1\" holds more than one SQL statement; prepare them one at a time.").arg(quoteSql(sql)));
    return statement;
}

Result<int> Database::userVersion()
{
    Result<std::optional<qint64>> version = sql::optionalScalar<qint64>(*this, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return version.takeError();
    return int(version->value_or(0));
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

Status Database::checkpoint()
{
    if (!m_db)
        return fail(ErrorCode::InvalidState, tr("The station store %1 is closed.").arg(native(m_path)));
    int logFrames = 0, checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return fail(ErrorCode::Database,
                    tr("Could not write the log of the station store %1 into the database: %2")
                        .arg(native(m_path), errorText(m_db)));
    return {};
}

Status Database::changePassphrase(const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase)
{
    return changePassphrase(oldPassphrase, newPassphrase, m_keying.params());
}

Status Database::changePassphrase(const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase,
                                  const Argon2Params &params)
{
    if (!m_db)
        return fail(ErrorCode::InvalidState, tr("The station store %1 is closed.").arg(native(m_path)));
    if (inTransaction())
        return fail(ErrorCode::InvalidState,
                    tr("The passphrase of %1 cannot be changed inside a transaction.").arg(native(m_path)));
    if (newPassphrase.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("The new passphrase must not be empty; the passphrase was not changed."));
    if (Status ok = KeyDerivation::checkParams(params); !ok)
        return ok;
    Result<SecureBytes> oldKey = m_keying.deriveKey(oldPassphrase);
    if (!oldKey)
        return oldKey.takeError();
    if (!m_keying.matches(*oldKey))
        return fail(ErrorCode::WrongSecret,
                    tr("The current passphrase for %1 is wrong; the passphrase was not changed.").arg(native(m_path)));

    SecureBytes newKey;
    Result<KeyingFile> keying = KeyingFile::generate(newPassphrase, params, &newKey);
    if (!keying)
        return keying.takeError();
    // SQLCipher 3's sqlite3_rekey() returns SQLITE_OK even when it could not take the write
    // lock, so find out first whether it can.
    if (Status ok = exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return fail(ok.code(), tr("The passphrase of %1 was not changed: %2").arg(native(m_path), ok.error()));
    if (Status ok = exec(QStringLiteral("ROLLBACK")); !ok)
        return fail(ok.code(), tr("The passphrase of %1 was not changed: %2").arg(native(m_path), ok.error()));

    // 1. The new keying goes beside the old one: whichever key the store ends up with after a
    //    crash, open() finds the keying that fits it.
    const QString mainPath = KeyingFile::pathFor(m_path);
    const QString pendingPath = KeyingFile::pendingPathFor(m_path);
    if (Status ok = keying->write(pendingPath); !ok)
        return fail(ok.code(), tr("The passphrase of %1 was not changed: %2").arg(native(m_path), ok.error()));
    // Tidier with an empty log, but not needed: the rekey rewrites every page anyway.
    if (Status ok = checkpoint(); !ok)
        qCDebug(lcStorage) << "no checkpoint before the rekey:" << ok.error();

    // 2. Every page rewritten with the new key, in one transaction. Since its result cannot
    //    be trusted (see above), a fresh read-only connection with the new key is the judge.
    const SecureBytes spec = KeyDerivation::rawKeySpec(newKey);
    const int rc = sqlite3_rekey(m_db, spec.data(), int(spec.size()));
    const QString rekeyError = rc == SQLITE_OK ? QString() : errorText(m_db);
    if (probe(m_path, newKey).rc != SQLITE_OK) {
        const QString message = rekeyError.isEmpty() ? tr("the new key did not take effect") : rekeyError;
        // This connection may now be writing with the new key: it must not write again.
        close();
        // Read-only, so the look itself changes nothing: does the store still take the old key?
        const SideFiles sideFiles(m_path);
        const bool unchanged = probe(m_path, *oldKey).rc == SQLITE_OK;
        sideFiles.removeCreated();
        if (unchanged) {
            QFile::remove(pendingPath);
            syncDirectoryOf(pendingPath);
            return fail(ErrorCode::Io,
                        tr("Could not re-encrypt the station store %1, so the passphrase was not changed: %2. The "
                           "store was closed; open it again with the current passphrase.")
                            .arg(native(m_path), message));
        }
        return fail(ErrorCode::Io,
                    tr("Re-encrypting the station store %1 failed: %2. The store was closed; open it again with "
                       "the new passphrase, or with the current one if the new one is refused.")
                        .arg(native(m_path), message));
    }
    if (Status ok = checkpoint(); !ok)
        qCWarning(lcStorage) << ok.error(); // the log holds the rekey and stays valid; the next checkpoint moves it
    m_keying = keying.value();
    // 3. The new keying replaces the old one.
    if (Status ok = m_keying.write(mainPath); !ok)
        return fail(ok.code(),
                    tr("The station store %1 now uses the new passphrase, but its keying file could not be "
                       "replaced (%2); the next open finishes the change.")
                        .arg(native(m_path), ok.error()));
    if (!QFile::remove(pendingPath))
        qCWarning(lcStorage) << "could not remove" << pendingPath;
    syncDirectoryOf(pendingPath);
    qCInfo(lcStorage) << "changed the passphrase of" << m_path;
    return {};
}

} // namespace acta
