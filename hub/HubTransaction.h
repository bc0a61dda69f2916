#pragma once

#include "HubStore.h"
#include "Result.h"

namespace acta {

// A transaction on the hub's store that rolls back unless commit() succeeded, so an early return
// or a failed step never leaves half a change, or an open transaction, behind.
// begin() starts the transaction (SQLite: BEGIN IMMEDIATE; PostgreSQL: QSqlDatabase::transaction())
// or, when one is already open on the store, a savepoint: commit() releases it and the outer
// transaction decides, and a rollback undoes only that step, so a bundle import stores each record
// as a step of its own and still commits or rolls back all of them at once.
// Moving it hands the open transaction over; a moved-from guard does nothing. It must end before
// the store does, and nested ones end before their outer one (scopes see to both).
// Not the station's Transaction (app/storage): the hub never links the station's SQLCipher store.
class HubStore::Transaction
{
public:
    static Result<Transaction> begin(HubStore &store);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    // On failure the transaction stays open and is rolled back on destruction.
    Status commit();
    bool isActive() const { return m_store != nullptr; }

private:
    Transaction(HubStore *store, bool nested);
    void rollback();

    HubStore *m_store = nullptr; // null once committed, rolled back or moved from
    bool m_nested = false; // a savepoint inside another transaction
};

} // namespace acta
