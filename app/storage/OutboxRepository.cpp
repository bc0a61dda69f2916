#include "OutboxRepository.h"

#include "Query.h"
#include "Statement.h"

namespace acta {

OutboxRepository::OutboxRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status OutboxRepository::enqueue(qint64 actaId, const OutboxPayload &payload)
{
    return sql::run(
        m_db,
        // The audit head is read in the caller's transaction: the entries that led to this version
        // (its entries, its verification) are already in the log.
        QStringLiteral("INSERT INTO sync_outbox (acta_id, version, payload, created_at, audit_seq, audit_hash) "
                       "SELECT ?, (SELECT COALESCE(MAX(version), 0) + 1 FROM sync_outbox WHERE acta_id = ?), ?, ?, "
                       "NULLIF(h.seq, 0), CASE WHEN h.seq > 0 THEN h.hash END FROM audit_head h WHERE h.id = 1"),
        {actaId, actaId, payload.toJson(), toStoredUtc(m_clock.nowUtc())});
}

Result<QList<OutboxItem>> OutboxRepository::pending(int limit)
{
    return sql::rows<OutboxItem>(
        m_db,
        QStringLiteral("SELECT %1 FROM sync_outbox o JOIN actas a ON a.id = o.acta_id WHERE o.acked_at IS NULL "
                       "ORDER BY o.id LIMIT ?")
            .arg(itemColumns()),
        {limit}, [](Statement &r) -> Result<OutboxItem> { return readItem(r); });
}

Result<QList<OutboxItem>> OutboxRepository::all()
{
    return sql::rows<OutboxItem>(
        m_db, QStringLiteral("SELECT %1 FROM sync_outbox o JOIN actas a ON a.id = o.acta_id ORDER BY o.id").arg(itemColumns()),
        {}, [](Statement &r) -> Result<OutboxItem> { return readItem(r); });
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

Result<std::optional<OutboxItem>> OutboxRepository::newest(qint64 actaId)
{
    return sql::optionalRow<OutboxItem>(
        m_db,
        QStringLiteral("SELECT %1 FROM sync_outbox o JOIN actas a ON a.id = o.acta_id WHERE o.acta_id = ? "
                       "ORDER BY o.version DESC LIMIT 1")
            .arg(itemColumns()),
        {actaId}, [](Statement &r) -> Result<OutboxItem> { return readItem(r); });
}

Status OutboxRepository::markAcknowledged(qint64 outboxId)
{
    return sql::run(m_db, QStringLiteral("UPDATE sync_outbox SET acked_at = ? WHERE id = ?"),
                    {toStoredUtc(m_clock.nowUtc()), outboxId});
}

QString OutboxRepository::itemColumns()
{
    return QStringLiteral("o.id, a.clave_acta, o.version, o.payload, o.created_at, o.audit_seq, o.audit_hash");
}

OutboxItem OutboxRepository::readItem(Statement &r)
{
    OutboxItem item;
    item.id = r.columnInt64(0);
    item.clave = r.columnText(1);
    item.version = r.columnInt64(2);
    item.payload = r.columnBlob(3);
    item.createdAt = fromStoredUtc(r.columnText(4));
    if (!r.isNull(5)) {
        item.auditSeq = r.columnInt64(5);
        item.auditHash = r.columnText(6);
    }
    return item;
}

} // namespace acta
