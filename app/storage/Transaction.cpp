#include "Transaction.h"

#include "Database.h"
#include "StorageLog.h"

#include <QDir>

#include <sqlite3.h>
#include <utility>

namespace acta {

Transaction::Transaction(sqlite3 *db, QString path, std::shared_ptr<int> depth)
    : m_db(db)
    , m_path(std::move(path))
    , m_depth(std::move(depth))
    , m_level(++*m_depth)
{ }

Result<Transaction> Transaction::begin(Database &db)
{
    if (!db.m_db)
        return fail(ErrorCode::InvalidState, tr("Cannot start a transaction: the station store is closed."));
    if (*db.m_transactionDepth > 0 || !sqlite3_get_autocommit(db.m_db))
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
    if (*db.m_transactionDepth == 0) {
        if (inside)
            return fail(ErrorCode::InvalidState,
                        tr("Cannot write to %1 inside a read-only snapshot.").arg(QDir::toNativeSeparators(db.m_path)));
        if (Status ok = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
            return ok.takeError();
        return Transaction(db.m_db, db.m_path, db.m_transactionDepth);
    }
    if (!inside)
        return lostTransaction(db.m_path);
    const QString name = QStringLiteral("acta_step_%1").arg(*db.m_transactionDepth + 1);
    if (Status ok = db.exec(QStringLiteral("SAVEPOINT ") + name); !ok)
        return ok.takeError();
    return Transaction(db.m_db, db.m_path, db.m_transactionDepth);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_depth(std::move(other.m_depth))
    , m_level(std::exchange(other.m_level, 0))
{ }

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        if (Status ok = rollback(); !ok)
            qCWarning(lcStorage) << ok.error();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_depth = std::move(other.m_depth);
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
    if (sqlite3_get_autocommit(m_db))
        return lostTransaction(m_path); // left open: the destructor settles the depth
    if (Status ok = Database::execOn(m_db, m_path,
                                     nested() ? QStringLiteral("RELEASE ") + savepoint() : QStringLiteral("COMMIT"));
        !ok)
        return ok;
    m_db = nullptr;
    if (m_depth && m_level > 0)
        *m_depth = m_level - 1;
    m_level = 0;
    return {};
}

Status Transaction::rollback()
{
    sqlite3 *db = std::exchange(m_db, nullptr);
    const bool wasNested = nested();
    const QString name = savepoint();
    if (m_depth && m_level > 0)
        *m_depth = m_level - 1;
    m_level = 0;
    // SQLite may have rolled back by itself already (e.g. after SQLITE_FULL): nothing left to undo.
    if (!db || sqlite3_get_autocommit(db))
        return {};
    if (wasNested) {
        // Undo this step only; the savepoint itself is then let go, and the outer transaction
        // goes on (its owner sees this step's error and decides).
        if (Status ok = Database::execOn(db, m_path, QStringLiteral("ROLLBACK TO ") + name); !ok)
            return ok;
        return Database::execOn(db, m_path, QStringLiteral("RELEASE ") + name);
    }
    return Database::execOn(db, m_path, QStringLiteral("ROLLBACK"));
}

} // namespace acta
