#include "OutboxRecords.h"

#include "Clock.h"
#include "PrepRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acta {

OutboxRecords::OutboxRecords(QString stationId, const ElectionTemplate &election, const Catalog *catalog)
    : m_stationId(std::move(stationId))
    , m_election(election)
    , m_catalog(catalog)
{ }

Result<SyncRecord> OutboxRecords::build(const OutboxItem &item) const
{
    QJsonParseError error;
    const QJsonObject p = QJsonDocument::fromJson(item.payload, &error).object();
    if (error.error != QJsonParseError::NoError)
        return fail(
            tr("Outbox entry %1 (acta %2) is not valid JSON: %3").arg(item.id).arg(item.clave, error.errorString()));
    const auto time = [&p](const char *key) -> std::optional<QDateTime> {
        const QString text = p.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            return std::nullopt;
        return fromStoredUtc(text);
    };

    SyncRecord r;
    r.stationId = m_stationId;
    r.seq = item.id;
    r.clave = item.clave;
    r.templateId = p.value(QStringLiteral("template_id")).toString();
    // The classification below comes from this election: another one would sign other figures
    // for a sequence number the hub may already hold.
    if (r.templateId != m_election.id())
        return fail(tr("Outbox entry %1 (acta %2) belongs to election template %3, not to %4, the one given.")
                        .arg(item.id)
                        .arg(item.clave, r.templateId, m_election.id()));
    r.version = item.version;
    r.simulated = p.value(QStringLiteral("simulated")).toBool();
    r.utcOffsetMinutes = p.value(QStringLiteral("utc_offset_min")).toInt();
    r.receivedAt = time("received_at").value_or(item.createdAt);
    r.capturedAt = time("captured_at");
    r.verifiedAt = time("verified_at");
    for (const QJsonValue &u : p.value(QStringLiteral("entered_by")).toArray())
        r.enteredBy.append(u.toString());
    if (p.contains(QStringLiteral("verified_by")))
        r.verifiedBy = p.value(QStringLiteral("verified_by")).toString();
    if (p.contains(QStringLiteral("image_sha256")))
        r.imageSha256 = p.value(QStringLiteral("image_sha256")).toString();

    ActaFacts facts;
    if (p.contains(QStringLiteral("sin_acta_reason"))) {
        Result<SinActaReason> reason = sinActaReasonFromCode(p.value(QStringLiteral("sin_acta_reason")).toInt());
        if (!reason)
            return fail(tr("Outbox entry %1 (acta %2): %3").arg(item.id).arg(item.clave, reason.error()));
        r.sinActaReason = *reason;
        facts.sinActa = *reason;
    } else {
        const QJsonObject values = p.value(QStringLiteral("values")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            Result<FieldValue> v = FieldValue::parse(it.value().toString());
            if (!v)
                return fail(
                    tr("Outbox entry %1 (acta %2), field %3: %4").arg(item.id).arg(item.clave, it.key(), v.error()));
            r.values.insert(it.key(), *v);
            facts.tally.set(it.key(), *v);
        }
    }
    if (m_catalog && item.clave.size() >= CasillaKey::Length)
        facts.casilla = m_catalog->find(item.clave.left(CasillaKey::Length));
    const Classification c = PrepRules::classify(m_election, facts);
    r.totalCalculado = c.totalCalculado;
    r.contabilizada = c.contabilizada;
    r.observaciones = c.observaciones();
    // The record must read back as it is sent: validate it as the hub will.
    Result<QJsonObject> json = SyncRecordJson::toJson(r);
    if (!json)
        return fail(tr("Outbox entry %1 (acta %2): %3").arg(item.id).arg(item.clave, json.error()));
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
