#pragma once

#include "KeyDerivation.h"
#include "Result.h"
#include "SecureBytes.h"
#include "Statement.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace acta {

// One encrypted station store: an SQLCipher database keyed with a raw 256-bit key that
// Argon2id derives from the passphrase and the salt in the keying file beside it
// (see KeyingFile). RAII over sqlite3*; move-only. Statements and transactions made from a
// Database must end before it does.
//
// Opening is careful not to change anything on disk when it fails: the passphrase is checked
// against the keying file before SQLCipher sees the database, the database is then read
// through a read-only connection first, and files that a failed attempt created (-wal, -shm)
// are removed again.
struct TransactionState
{
    int depth = 0;
    bool poisoned = false; // a step could not be undone: the outer transaction must not commit
};

class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // SQLCipher 3's page size; a healthy store is a whole number of pages.
    static constexpr int PageSize = 1024;
    // PRAGMA application_id of every ActaCapture store: "ACTA".
    static constexpr int ApplicationId = 0x41435441;

    // A new, empty store (user_version 0; see Schema::migrate) and its keying file.
    // Refuses if the database, its keying file or any of its journals already exists.
    static Result<Database> create(const QString &path, const SecureBytes &passphrase,
                                   const Argon2Params &params = Argon2Params::moderate());
    // Finishes an interrupted passphrase change first when that is what the passphrase fits.
    static Result<Database> open(const QString &path, const SecureBytes &passphrase);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    const QString &path() const { return m_path; }
    const KeyingFile &keying() const { return m_keying; }

    Status exec(const QString &sql); // one or more statements; rows are discarded
    Result<Statement> prepare(const QString &sql); // exactly one statement
    Result<int> userVersion();
    qint64 lastInsertRowId() const;
    int changes() const; // rows changed by the last INSERT, UPDATE or DELETE
    bool inTransaction() const;
    // Copies the write-ahead log into the database file and empties it.
    Status checkpoint();

    // Rekeys the store with a new salt and key; keeps the current Argon2id cost unless
    // given. Crash-safe: the new keying is written as "<db>.keying.new" first, then the
    // database is rekeyed in one transaction, then the new keying replaces the old; open()
    // finishes or discards a change a crash interrupted. When the write lock is not free,
    // nothing changes and the store stays open; should the re-encryption itself fail, the
    // connection is closed (its cipher state is no longer trustworthy) and the error says
    // which passphrase to open it with.
    Status changePassphrase(const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase);
    Status changePassphrase(const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase,
                            const Argon2Params &params);

private:
    friend class Transaction;
    Database(sqlite3 *db, QString path, KeyingFile keying);
    static Status execOn(sqlite3 *db, const QString &path, const QString &sql);
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    KeyingFile m_keying;
    // How many Transactions (the outer one and its savepoints) are open on the connection, and
    // whether a step failed to undo itself; shared with them, so it survives a move of the Database.
    std::shared_ptr<TransactionState> m_transactionDepth = std::make_shared<TransactionState>();
};

} // namespace acta
