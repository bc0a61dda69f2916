#include "Transaction.h"

#include "Database.h"
#include "StorageLog.h"

#include <sqlite3.h>
#include <utility>

namespace acta {

namespace {
const QString Savepoint = QStringLiteral("acta_step");
}

Transaction::Transaction(sqlite3 *db, QString path, bool nested)
    : m_db(db)
    , m_path(std::move(path))
    , m_nested(nested)
{ }

Result<Transaction> Transaction::begin(Database &db)
{
    if (!db.m_db)
        return fail(tr("Cannot start a transaction: the station store is closed."));
    if (Status ok = db.exec(QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok.takeError();
    return Transaction(db.m_db, db.m_path, false);
}

Result<Transaction> Transaction::nest(Database &db)
{
    if (!db.m_db)
        return fail(tr("Cannot start a transaction: the station store is closed."));
    const bool nested = !sqlite3_get_autocommit(db.m_db);
    if (Status ok = db.exec(nested ? QStringLiteral("SAVEPOINT ") + Savepoint : QStringLiteral("BEGIN IMMEDIATE")); !ok)
        return ok.takeError();
    return Transaction(db.m_db, db.m_path, nested);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_nested(other.m_nested)
{ }

Transaction &Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        if (Status ok = rollback(); !ok)
            qCWarning(lcStorage) << ok.error();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_nested = other.m_nested;
    }
    return *this;
}

Transaction::~Transaction()
{
    if (Status ok = rollback(); !ok)
        qCWarning(lcStorage) << ok.error();
}

Status Transaction::commit()
{
    if (!m_db)
        return fail(tr("There is no open transaction to commit."));
    if (Status ok
        = Database::execOn(m_db, m_path, m_nested ? QStringLiteral("RELEASE ") + Savepoint : QStringLiteral("COMMIT"));
        !ok)
        return ok;
    m_db = nullptr;
    return {};
}

Status Transaction::rollback()
{
    sqlite3 *db = std::exchange(m_db, nullptr);
    // SQLite may have rolled back by itself already (e.g. after SQLITE_FULL): nothing left to undo.
    if (!db || sqlite3_get_autocommit(db))
        return {};
    if (m_nested) {
        // Undo this step only; the savepoint itself is then let go, and the outer transaction
        // goes on (its owner sees this step's error and decides).
        if (Status ok = Database::execOn(db, m_path, QStringLiteral("ROLLBACK TO ") + Savepoint); !ok)
            return ok;
        return Database::execOn(db, m_path, QStringLiteral("RELEASE ") + Savepoint);
    }
    return Database::execOn(db, m_path, QStringLiteral("ROLLBACK"));
}

} // namespace acta
