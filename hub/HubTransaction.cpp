#include "HubTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <utility>

namespace acta {

HubStore::Transaction::Transaction(HubStore *store, bool nested)
    : m_store(store)
    , m_nested(nested)
{ }

Result<HubStore::Transaction> HubStore::Transaction::begin(HubStore &store)
{
    // Inside an outer transaction (a bundle import) every step is a savepoint, so one record's
    // rollback undoes only that record and the outer commit or rollback decides for all.
    if (store.m_inTransaction) {
        Result<QSqlQuery> q = store.exec(QStringLiteral("SAVEPOINT step"));
        if (!q)
            return q.takeError();
        return Transaction(&store, true);
    }
    if (store.m_postgres) {
        QSqlDatabase db = QSqlDatabase::database(store.m_connection);
        if (!db.transaction())
            return fail(ErrorCode::Database, tr("Cannot start a database transaction: %1").arg(db.lastError().text()));
    } else {
        // IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
        // writes can fail at once with SQLITE_BUSY when another process writes in between.
        Result<QSqlQuery> q = store.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!q)
            return q.takeError();
    }
    store.m_inTransaction = true;
    return Transaction(&store, false);
}

HubStore::Transaction::Transaction(Transaction &&other) noexcept
    : m_store(std::exchange(other.m_store, nullptr))
    , m_nested(other.m_nested)
{ }

HubStore::Transaction &HubStore::Transaction::operator=(Transaction &&other) noexcept
{
    if (this != &other) {
        rollback();
        m_store = std::exchange(other.m_store, nullptr);
        m_nested = other.m_nested;
    }
    return *this;
}

HubStore::Transaction::~Transaction()
{
    rollback();
}

Status HubStore::Transaction::commit()
{
    // Committing twice, or a moved-from guard, is a programming error, as reading a failed Result is.
    if (!m_store)
        qFatal("HubStore::Transaction::commit() without an open transaction");
    if (m_nested) {
        Result<QSqlQuery> q = m_store->exec(QStringLiteral("RELEASE SAVEPOINT step"));
        if (!q)
            return q.takeError();
    } else if (m_store->m_postgres) {
        QSqlDatabase db = QSqlDatabase::database(m_store->m_connection);
        if (!db.commit())
            return fail(ErrorCode::Database, tr("Cannot commit: %1").arg(db.lastError().text()));
        m_store->m_inTransaction = false;
    } else {
        Result<QSqlQuery> q = m_store->exec(QStringLiteral("COMMIT"));
        if (!q)
            return q.takeError();
        m_store->m_inTransaction = false;
    }
    m_store = nullptr;
    return {};
}

void HubStore::Transaction::rollback()
{
    HubStore *store = std::exchange(m_store, nullptr);
    if (!store)
        return;
    // Failures are not reported: the caller is already returning the error that got it here, and
    // there is nothing left to undo when the database ended the transaction by itself (a failed
    // COMMIT on PostgreSQL, an I/O error on SQLite).
    if (m_nested) {
        // Undo this step only; the savepoint itself is then let go, and the outer transaction
        // goes on (its owner sees this step's outcome and decides).
        (void)store->exec(QStringLiteral("ROLLBACK TO SAVEPOINT step"));
        (void)store->exec(QStringLiteral("RELEASE SAVEPOINT step"));
        return;
    }
    store->m_inTransaction = false;
    if (store->m_postgres)
        QSqlDatabase::database(store->m_connection).rollback();
    else
        (void)store->exec(QStringLiteral("ROLLBACK"));
}

} // namespace acta
