#include "OutboxRepository.h"

#include "Query.h"

namespace acta {

OutboxRepository::OutboxRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status OutboxRepository::enqueue(qint64 actaId, const OutboxPayload &payload)
{
    return sql::run(
        m_db,
        QStringLiteral("INSERT INTO sync_outbox (acta_id, version, payload, created_at) "
                       "VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1 FROM sync_outbox WHERE acta_id = ?), ?, ?)"),
        {actaId, actaId, payload.toJson(), toStoredUtc(m_clock.nowUtc())});
}

Result<QList<OutboxItem>> OutboxRepository::pending(int limit)
{
    return sql::rows<OutboxItem>(
        m_db,
        QStringLiteral("SELECT o.id, a.clave_acta, o.version, o.payload, o.created_at FROM sync_outbox o "
                       "JOIN actas a ON a.id = o.acta_id WHERE o.acked_at IS NULL ORDER BY o.id LIMIT ?"),
        {limit}, [](Statement &r) -> Result<OutboxItem> {
            return OutboxItem {r.columnInt64(0), r.columnText(1), r.columnInt64(2), r.columnBlob(3),
                               fromStoredUtc(r.columnText(4))};
        });
}

Result<qint64> OutboxRepository::pendingCount()
{
    return sql::scalar<qint64>(m_db, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL"));
}

Result<std::optional<OutboxRepository::Row>> OutboxRepository::row(qint64 outboxId)
{
    return sql::optionalRow<Row>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, o.version, o.acked_at IS NOT NULL, (SELECT MAX(version) FROM sync_outbox "
                       "WHERE acta_id = o.acta_id) FROM sync_outbox o JOIN actas a ON a.id = o.acta_id WHERE o.id = ?"),
        {outboxId}, [](Statement &r) -> Result<Row> {
            return Row {r.columnText(0), r.columnInt64(1), r.columnInt64(2) != 0, r.columnInt64(3) == r.columnInt64(1)};
        });
}

Status OutboxRepository::markAcknowledged(qint64 outboxId)
{
    return sql::run(m_db, QStringLiteral("UPDATE sync_outbox SET acked_at = ? WHERE id = ?"),
                    {toStoredUtc(m_clock.nowUtc()), outboxId});
}

} // namespace acta
