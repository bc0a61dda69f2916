#pragma once

#include "ActaRepository.h"
#include "Catalog.h"
#include "ElectionTemplate.h"
#include "Result.h"
#include "SignedRecord.h"
#include "SyncRecord.h"

#include <QCoreApplication>

namespace acta {

// Turns what the station queued for upstream (sync_outbox rows, written in the transaction
// that verified each acta) into the signed records of docs/protocol.md. A record's per-station
// sequence number is the station's sequence base (Station::seqBase(), moved on by a restore)
// plus the outbox row id; the PREP classification is computed here, with the election the
// station captures, so the hub receives the station's own verdict.
class OutboxRecords
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRecords)

public:
    // catalog may be null: every acta then reads as fuera de catálogo for the rules.
    OutboxRecords(QString stationId, qint64 seqBase, const ElectionTemplate &election, const Catalog *catalog);

    qint64 seqOf(const OutboxItem &item) const { return m_seqBase + item.id; }
    Result<SyncRecord> build(const OutboxItem &item) const;
    Result<SignedRecord> sign(const OutboxItem &item, const SigningKey &key) const;

private:
    QString m_stationId;
    qint64 m_seqBase = 0;
    ElectionTemplate m_election;
    const Catalog *m_catalog;
};

} // namespace acta
