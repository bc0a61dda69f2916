#pragma once

#include "Clock.h"
#include "OutboxPayload.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

class Database;

// One version of an acta waiting to go upstream (sync_outbox). The id is the station's
// sequence number for it: rows are never deleted, so an id is never used twice.
struct OutboxItem
{
    qint64 id = 0;
    QString clave;
    qint64 version = 0;
    QByteArray payload; // OutboxPayload::toJson(), as queued
    QDateTime createdAt;
    // The audit head (newest audit entry) when it was queued, signed into the record so the hub
    // witnesses the log; 0 and empty for rows queued before schema 4.
    qint64 auditSeq = 0;
    QString auditHash;
};

class Statement;

// The sync_outbox table: what goes upstream, written inside the acta's own transaction
// (ActaRepository queues and acknowledges; the sync worker reads).
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    OutboxRepository(Database &db, const Clock &clock);

    // The acta's next version (1, 2, ...), queued now.
    Status enqueue(qint64 actaId, const OutboxPayload &payload);
    // Not yet acknowledged upstream, oldest first.
    Result<QList<OutboxItem>> pending(int limit);
    Result<qint64> pendingCount();
    // Every record ever queued, acknowledged or not, in queue order (export-records).
    Result<QList<OutboxItem>> all();

    struct Row
    {
        QString clave;
        qint64 version = 0;
        bool acknowledged = false;
        bool newest = false; // no later version of the acta was queued
    };
    Result<std::optional<Row>> row(qint64 outboxId);
    // The acta's newest queued version, acknowledged or not; nothing when none was queued.
    Result<std::optional<OutboxItem>> newest(qint64 actaId);
    Status markAcknowledged(qint64 outboxId);

    // What every reader of outbox items selects (sync_outbox o JOIN actas a), and how it reads
    // them: columns 0 to ItemColumnCount - 1.
    static QString itemColumns();
    static constexpr int ItemColumnCount = 7;
    static OutboxItem readItem(Statement &row);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace acta
