#include "Transaction.h"

#include "Database.h"
#include "StorageLog.h"

#include <QDir>

#include <algorithm>
#include <sqlite3.h>
#include <utility>

namespace acta {

Transaction::Transaction(sqlite3 *db, QString path, std::shared_ptr<TransactionState> state)
    : m_db(db)
    , m_path(std::move(path))
    , m_state(std::move(state))
    , m_level(++m_state->depth)
{
    if (m_level == 1)
        m_state->poisoned = false;
}

Result<Transaction> Transaction::begin(Database &db)
{
    if (!db.m_db)
        return fail(ErrorCode::InvalidState, tr("Cannot start a transaction: the station store is closed."));
    if (db.m_transactionDepth->depth > 0 || !sqlite3_get_autocommit(db.m_db))
        return fail(ErrorCode::InvalidState,
                    tr("Cannot start a transaction on %1: one is already open (a step of it joins with nest()).")
                        .arg(QDir::toNativeSeparators(db.m_path)));
    if (Status ok = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok.takeError();
    return Transaction(db.m_db, db.m_path, db.m_transactionDepth);
}

Result<Transaction> Transaction::nest(Database &db)
{
    if (!db.m_db)
        return fail(ErrorCode::InvalidState, tr("Cannot start a transaction: the station store is closed."));
    const bool inside = !sqlite3_get_autocommit(db.m_db);
    if (db.m_transactionDepth->depth == 0) {
        if (inside)
            return fail(ErrorCode::InvalidState,
                        tr("Cannot write to %1 inside a read-only snapshot.").arg(QDir::toNativeSeparators(db.m_path)));
        if (Status ok = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
            return ok.takeError();
        return Transaction(db.m_db, db.m_path, db.m_transactionDepth);
    }
    if (!inside)
        return lostTransaction(db.m_path);
    const QString name = QStringLiteral("acta_step_%1").arg(db.m_transactionDepth->depth + 1);
    if (Status ok = db.exec(QStringLiteral("SAVEPOINT ") + name); !ok)
        return ok.takeError();
    return Transaction(db.m_db, db.m_path, db.m_transactionDepth);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_state(std::move(other.m_state))
    , m_level(std::exchange(other.m_level, 0))
{ }

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        if (Status ok = rollback(); !ok)
            qCWarning(lcStorage) << ok.error();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_state = std::move(other.m_state);
        m_level = std::exchange(other.m_level, 0);
    }
    return *this;
}

Transaction::~Transaction()
{
    if (Status ok = rollback(); !ok)
        qCWarning(lcStorage) << ok.error();
}

QString Transaction::savepoint() const
{
    return QStringLiteral("acta_step_%1").arg(m_level);
}

Error Transaction::lostTransaction(const QString &path)
{
    return fail(ErrorCode::Database,
                tr("The station store %1 ended the transaction of this action after an earlier failure; nothing of "
                   "the action was saved.")
                    .arg(QDir::toNativeSeparators(path)));
}

Status Transaction::commit()
{
    if (!m_db)
        return fail(ErrorCode::InvalidState, tr("There is no open transaction to commit."));
    if (m_state->depth != m_level)
        return fail(ErrorCode::Internal,
                    tr("A step inside this transaction on %1 is still open; nothing was committed.")
                        .arg(QDir::toNativeSeparators(m_path)));
    if (sqlite3_get_autocommit(m_db))
        return lostTransaction(m_path); // left open: the destructor settles the depth
    if (!nested() && m_state->poisoned)
        return fail(ErrorCode::Database,
                    tr("A step of this action on %1 could not be undone, so none of the action is saved.")
                        .arg(QDir::toNativeSeparators(m_path)));
    if (Status ok = Database::execOn(m_db, m_path,
                                     nested() ? QStringLiteral("RELEASE ") + savepoint() : QStringLiteral("COMMIT"));
        !ok)
        return ok;
    m_db = nullptr;
    m_state->depth = m_level - 1;
    m_level = 0;
    return {};
}

Status Transaction::rollback()
{
    sqlite3 *db = std::exchange(m_db, nullptr);
    const bool wasNested = nested();
    const QString name = savepoint();
    if (m_state && m_level > 0)
        m_state->depth = std::min(m_state->depth, m_level - 1);
    m_level = 0;
    // SQLite may have rolled back by itself already (e.g. after SQLITE_FULL): nothing left to undo.
    if (!db || sqlite3_get_autocommit(db))
        return {};
    if (wasNested) {
        // Undo this step only; the savepoint itself is then let go, and the outer transaction
        // goes on (its owner sees this step's error and decides). Should the undo fail, the
        // outer transaction may not commit what the step left behind.
        Status ok = Database::execOn(db, m_path, QStringLiteral("ROLLBACK TO ") + name);
        if (ok)
            ok = Database::execOn(db, m_path, QStringLiteral("RELEASE ") + name);
        if (!ok)
            m_state->poisoned = true;
        return ok;
    }
    return Database::execOn(db, m_path, QStringLiteral("ROLLBACK"));
}

} // namespace acta
