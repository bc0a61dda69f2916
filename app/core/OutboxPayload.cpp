#include "OutboxPayload.h"

#include "Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acta {

namespace {

QString timeText(const QDateTime &t)
{
    return t.isValid() ? toStoredUtc(t) : QString();
}

QDateTime timeFrom(const QJsonObject &o, const char *key)
{
    const QString text = o.value(QLatin1String(key)).toString();
    return text.isEmpty() ? QDateTime() : fromStoredUtc(text);
}

} // namespace

QByteArray OutboxPayload::toJson() const
{
    QJsonObject o {{QStringLiteral("clave_acta"), clave},
                   {QStringLiteral("template_id"), templateId},
                   {QStringLiteral("simulated"), simulated},
                   {QStringLiteral("received_at"), timeText(receivedAt)},
                   {QStringLiteral("captured_at"), timeText(capturedAt)},
                   {QStringLiteral("verified_at"), timeText(verifiedAt)},
                   {QStringLiteral("utc_offset_min"), utcOffsetMinutes}};
    if (sinActaReason) {
        o.insert(QStringLiteral("sin_acta_reason"), int(*sinActaReason));
    } else {
        if (values)
            o.insert(QStringLiteral("values"), values->toJson());
        if (!enteredBy.isEmpty())
            o.insert(QStringLiteral("entered_by"), QJsonArray::fromStringList(enteredBy));
        if (!verifiedBy.isEmpty())
            o.insert(QStringLiteral("verified_by"), verifiedBy);
        if (!imageSha256.isEmpty())
            o.insert(QStringLiteral("image_sha256"), imageSha256);
        // Left out when absent: a row queued before keeps its bytes, and its record its signature.
        if (digitization) {
            o.insert(QStringLiteral("origen"), digitization->origen);
            o.insert(QStringLiteral("digitalizacion"), digitization->digitalizacion);
            o.insert(QStringLiteral("tipo_documento"), digitization->tipoDocumento);
            if (digitization->identityTyped)
                o.insert(QStringLiteral("identity_typed"), true);
        }
        if (cotejada)
            o.insert(QStringLiteral("cotejada"), *cotejada);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<OutboxPayload> OutboxPayload::fromJson(QByteArrayView json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    tr("The outbox payload is not a JSON object: %1").arg(error.errorString()));
    const QJsonObject o = doc.object();
    OutboxPayload p;
    p.clave = o.value(QStringLiteral("clave_acta")).toString();
    p.templateId = o.value(QStringLiteral("template_id")).toString();
    p.simulated = o.value(QStringLiteral("simulated")).toBool();
    p.receivedAt = timeFrom(o, "received_at");
    p.capturedAt = timeFrom(o, "captured_at");
    p.verifiedAt = timeFrom(o, "verified_at");
    p.utcOffsetMinutes = o.value(QStringLiteral("utc_offset_min")).toInt();
    if (o.contains(QStringLiteral("sin_acta_reason"))) {
        Result<SinActaReason> reason = sinActaReasonFromCode(o.value(QStringLiteral("sin_acta_reason")).toInt());
        if (!reason)
            return reason.takeError();
        p.sinActaReason = *reason;
    }
    if (o.contains(QStringLiteral("values"))) {
        Result<Tally> values = Tally::fromJson(o.value(QStringLiteral("values")).toObject());
        if (!values)
            return values.takeError();
        p.values = std::move(values).value();
    }
    for (const QJsonValue &u : o.value(QStringLiteral("entered_by")).toArray())
        p.enteredBy.append(u.toString());
    p.verifiedBy = o.value(QStringLiteral("verified_by")).toString();
    p.imageSha256 = o.value(QStringLiteral("image_sha256")).toString();
    if (o.contains(QStringLiteral("origen"))) {
        Digitization how {
            o.value(QStringLiteral("origen")).toString(), o.value(QStringLiteral("digitalizacion")).toString(),
            o.value(QStringLiteral("tipo_documento")).toString(), o.value(QStringLiteral("identity_typed")).toBool()};
        if (Status valid = how.check(); !valid)
            return valid.takeError();
        p.digitization = how;
    }
    if (o.contains(QStringLiteral("cotejada"))) {
        const int c = o.value(QStringLiteral("cotejada")).toInt();
        if (c < 1 || c > 3)
            return fail(ErrorCode::InvalidInput, tr("The outbox payload's cotejada %1 is not 1, 2 or 3.").arg(c));
        p.cotejada = c;
    }
    return p;
}

} // namespace acta
