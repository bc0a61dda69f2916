#include "OutboxRecords.h"

#include "OutboxPayload.h"
#include "PrepRules.h"

#include <QJsonObject>

namespace acta {

OutboxRecords::OutboxRecords(QString stationId, qint64 seqBase, const ElectionTemplate &election,
                             const Catalog *catalog)
    : m_stationId(std::move(stationId))
    , m_seqBase(seqBase)
    , m_election(election)
    , m_catalog(catalog)
{ }

Result<SyncRecord> OutboxRecords::build(const OutboxItem &item) const
{
    Result<OutboxPayload> parsed = OutboxPayload::fromJson(item.payload);
    if (!parsed)
        return fail(parsed.code(), tr("Outbox entry %1 (acta %2): %3").arg(item.id).arg(item.clave, parsed.error()));
    const OutboxPayload &p = *parsed;

    SyncRecord r;
    r.stationId = m_stationId;
    r.seq = seqOf(item);
    r.clave = item.clave;
    r.templateId = p.templateId;
    // The classification below comes from this election: another one would sign other figures
    // for a sequence number the hub may already hold.
    if (r.templateId != m_election.id())
        return fail(ErrorCode::InvalidInput,
                    tr("Outbox entry %1 (acta %2) belongs to election template %3, not to %4, the one given.")
                        .arg(item.id)
                        .arg(item.clave, r.templateId, m_election.id()));
    r.version = item.version;
    r.simulated = p.simulated;
    r.utcOffsetMinutes = p.utcOffsetMinutes;
    r.receivedAt = p.receivedAt.isValid() ? p.receivedAt : item.createdAt;
    if (p.capturedAt.isValid())
        r.capturedAt = p.capturedAt;
    if (p.verifiedAt.isValid())
        r.verifiedAt = p.verifiedAt;
    r.enteredBy = p.enteredBy;
    if (!p.verifiedBy.isEmpty())
        r.verifiedBy = p.verifiedBy;
    if (!p.imageSha256.isEmpty())
        r.imageSha256 = p.imageSha256;
    if (item.auditSeq > 0)
        r.auditHead = AuditHead {item.auditSeq, item.auditHash};
    if (p.digitization) {
        r.origen = p.digitization->origen;
        r.digitalizacion = p.digitization->digitalizacion;
        r.tipoDocumento = p.digitization->tipoDocumento;
        r.identityTyped = p.digitization->identityTyped;
    }
    r.cotejada = p.cotejada;

    ActaFacts facts;
    if (p.sinActaReason) {
        r.sinActaReason = p.sinActaReason;
        facts.sinActa = p.sinActaReason;
    } else if (p.values) {
        for (auto it = p.values->values().cbegin(); it != p.values->values().cend(); ++it)
            r.values.insert(it.key(), *it);
        facts.tally = *p.values;
    }
    if (m_catalog && item.clave.size() >= CasillaKey::Length)
        facts.casilla = m_catalog->find(item.clave.left(CasillaKey::Length));
    if (const Result<ActaKey> key = ActaKey::parse(item.clave))
        facts.actaType = key->actaType();
    facts.identityTyped = r.identityTyped; // the observaciones the record carries say so too
    const Classification c = PrepRules::classify(m_election, facts);
    r.totalCalculado = c.totalCalculado;
    r.contabilizada = c.contabilizada;
    r.observaciones = c.observaciones();
    // The record must read back as it is sent: validate it as the hub will.
    Result<QJsonObject> json = SyncRecordJson::toJson(r);
    if (!json)
        return fail(json.code(), tr("Outbox entry %1 (acta %2): %3").arg(item.id).arg(item.clave, json.error()));
    return r;
}

Result<SignedRecord> OutboxRecords::sign(const OutboxItem &item, const SigningKey &key) const
{
    Result<SyncRecord> record = build(item);
    if (!record)
        return record.takeError();
    return SignedRecord::sign(*record, key);
}

} // namespace acta
