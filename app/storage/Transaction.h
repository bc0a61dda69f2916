#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace acta {

class Database;
struct TransactionState;

// BEGIN IMMEDIATE on begin(), ROLLBACK on destruction unless commit() succeeded: an early
// return or a failed step can never leave half a change behind. IMMEDIATE takes the write
// lock up front, so a transaction never fails half-way for want of it.
// begin() refuses to start inside another transaction (SQLite's own rule); nest() starts a
// savepoint there instead: commit() releases it and the outer transaction decides, so several
// repository calls (each a transaction of its own) make one user action, all or nothing.
// It holds the connection itself, so moving the Database meanwhile is harmless; it must
// still end before the Database is destroyed.
// Each savepoint is named by its depth (acta_step_2, _3, ...). Should SQLite end the whole
// transaction by itself (a full disk, an I/O error inside a step), every later nest() and the
// outer commit() fail instead of running on outside any transaction: one action stays one
// transaction, or nothing. Neither begin() nor nest() joins a transaction opened by hand with
// exec("BEGIN") (a read snapshot): they refuse.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)

public:
    static Result<Transaction> begin(Database &db);
    // A transaction, or a savepoint when one is already open on the connection.
    static Result<Transaction> nest(Database &db);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit(); // on failure the transaction stays open and is rolled back on destruction
    Status rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    Transaction(sqlite3 *db, QString path, std::shared_ptr<TransactionState> state);
    bool nested() const { return m_level > 1; }
    QString savepoint() const;
    static Error lostTransaction(const QString &path);

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::shared_ptr<TransactionState> m_state; // the Database's count of open Transactions
    int m_level = 0; // 1 for the outer transaction, 2 and more for savepoints
};

} // namespace acta
