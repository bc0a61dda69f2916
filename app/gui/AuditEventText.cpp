#include "AuditEventText.h"

#include "ActaRepository.h"
#include "ActaWorkflow.h"
#include "Digitization.h"
#include "PrepRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace acta::gui {

namespace {

// A JSON value as one piece of text: strings as they are, numbers without a decimal point when
// whole, anything else in compact JSON.
QString plain(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

bool isAction(const QString &action, const char *name)
{
    return action == QLatin1String(name);
}

} // namespace

QString AuditEventText::groupedHash(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 16)
        groups << hex.mid(i, 16);
    return groups.join(QLatin1Char(' '));
}

QString AuditEventText::fieldLabel(const TemplateField &field)
{
    return field.displayLabel(QLocale()); // parties and candidacies as printed
}

QString AuditEventText::tallyText(const Tally &tally, const ElectionTemplate &election)
{
    QStringList parts;
    QStringList left = tally.values().keys();
    for (const TemplateField &f : election.allFields()) {
        if (!tally.has(f.id))
            continue;
        left.removeOne(f.id);
        parts << tr("%1: %2", "a field's label and its value").arg(fieldLabel(f), tally.value(f.id).toDisplayString());
    }
    left.sort();
    for (const QString &id : left)
        parts << tr("%1: %2", "a field's label and its value").arg(id, tally.value(id).toDisplayString());
    return parts.join(QStringLiteral(" · "));
}

QString AuditEventText::byWhom(const QString &phrase, const QString &who)
{
    return who.isEmpty() ? phrase : tr("%1 by %2", "an event, then the person who did it").arg(phrase, who);
}

QString AuditEventText::stepPhrase(const QString &triggerId)
{
    const Result<ActaWorkflow::Trigger> trigger = ActaWorkflow::parseTrigger(triggerId);
    if (!trigger)
        return tr("State changed (%1)").arg(triggerId);
    using T = ActaWorkflow::Trigger;
    switch (*trigger) {
    case T::AcceptImage:
        return tr("Image accepted");
    case T::RejectImage:
        return tr("Image rejected");
    case T::MarkFueraDeCatalogo:
        return tr("Marked fuera de catálogo");
    case T::ResolveIdentity:
        return tr("Identity resolved");
    case T::RecordSinActa:
        return tr("Recorded as sin acta");
    case T::SubmitEntry1:
        return tr("Entry 1 submitted");
    case T::Entry2Matches:
        return tr("Entry 2 matches entry 1");
    case T::Entry2Differs:
        return tr("Entry 2 differs from entry 1");
    case T::Adjudicate:
        return tr("Dispute decided");
    case T::SendBackForRecapture:
        return tr("Sent back for re-capture");
    case T::SendBackForRescan:
        return tr("Sent back for re-scan");
    case T::QueueForSync:
        return tr("Queued for sync");
    case T::AcknowledgeSync:
        return tr("Synced upstream");
    case T::Reopen:
        return tr("Reopened");
    }
    return triggerId;
}

QString AuditEventText::stateText(const QString &stateId)
{
    const Result<ActaWorkflow::State> state = ActaWorkflow::parseState(stateId);
    return state ? ActaWorkflow::stateName(*state) : stateId;
}

QString AuditEventText::refusalText(const QString &code)
{
    const auto is = [&code](const char *c) {
        return code == QLatin1String(c);
    };
    if (is(RefusalReason::Quality))
        return tr("the image could not be used (quality or registration)");
    if (is(RefusalReason::WrongForm))
        return tr("the page is another form");
    if (is(RefusalReason::NoIdentity))
        return tr("its CLAVE_ACTA could not be read");
    if (is(RefusalReason::NotInCatalog))
        return tr("its casilla is not in the catalog");
    if (is(RefusalReason::AlreadyReceived))
        return tr("the acta was already received (a duplicate)");
    if (is(RefusalReason::DrillSheet))
        return tr("a drill (SIMULACRO) sheet and a station of the other mode");
    if (is(RefusalReason::StoreFailed))
        return tr("it could not be stored");
    return code;
}

QString AuditEventText::describeDetails(const QString &action, const QJsonObject &d, const ElectionTemplate &election,
                                        QStringList *consumed)
{
    auto take = [&d, consumed](const char *key) {
        const QString k = QLatin1String(key);
        consumed->append(k);
        return d.value(k);
    };
    auto has = [&d](const char *key) {
        return d.contains(QLatin1String(key));
    };
    QStringList lines;
    if (isAction(action, AuditAction::ActaCreated)) {
        lines << tr("CLAVE_ACTA %1 · template %2").arg(plain(take("clave_acta")), plain(take("template_id")));
        if (take("simulated").toBool())
            lines << tr("A drill (SIMULACRO) acta");
    } else if (isAction(action, AuditAction::ImageStored)) {
        const QString origen = plain(take("origen"));
        const QString digitalizacion = plain(take("digitalizacion"));
        QString how = QStringLiteral("%1 / %2").arg(origen, digitalizacion);
        for (Digitization::Kind k : Digitization::allKinds()) {
            const Digitization of = Digitization::of(k);
            if (of.origen == origen && of.digitalizacion == digitalizacion)
                how = Digitization::kindName(k);
        }
        QStringList first {how};
        if (has("tipo_documento"))
            first << Digitization::tipoDocumentoName(plain(take("tipo_documento")));
        if (has("bytes"))
            first << tr("%1 bytes").arg(QLocale().toString(take("bytes").toInteger()));
        lines << first.join(QStringLiteral(" · "));
        if (has("sha256"))
            lines << tr("SHA-256: %1").arg(groupedHash(plain(take("sha256"))));
        if (take("identity_typed").toBool())
            lines << tr("CLAVE_ACTA typed by hand (its QR code could not be read)");
    } else if (isAction(action, AuditAction::Transition) || isAction(action, AuditAction::SyncAcknowledged)) {
        if (isAction(action, AuditAction::SyncAcknowledged)) {
            take("outbox_id"); // the station's own row number; the version says which record
            lines << tr("Record version %1 acknowledged by: %2").arg(plain(take("version")), plain(take("upstream")));
        }
        const QString trigger = plain(take("trigger"));
        if (has("from") || has("to"))
            lines << tr("State: %1 → %2").arg(stateText(plain(take("from"))), stateText(plain(take("to"))));
        if (has("reason")) {
            const QString reason = plain(take("reason"));
            const Result<SinActaReason> sinActa = sinActaReasonFromCode(reason.toInt());
            if (trigger == ActaWorkflow::triggerId(ActaWorkflow::Trigger::RecordSinActa) && sinActa)
                lines << tr("Reason: %1").arg(PrepRules::displayLabel(Observation::SinActa, *sinActa));
            else
                lines << tr("Reason: %1").arg(reason);
        }
    } else if (isAction(action, AuditAction::Entry) || isAction(action, AuditAction::Adjudication)) {
        take("kind"); // in the event's name
        if (has("reason"))
            lines << tr("Reason: %1").arg(plain(take("reason")));
        if (has("values")) {
            const QJsonValue values = take("values");
            const Result<Tally> tally = Tally::fromJson(values.toObject());
            lines << (tally ? tallyText(*tally, election) : plain(values));
        }
    } else if (isAction(action, AuditAction::SyncRefused)) {
        lines << tr("Outbox record %1 refused by endpoint %2 (HTTP %3)")
                     .arg(plain(take("outbox_id")), plain(take("endpoint_id")), plain(take("http_status")));
        if (has("reason"))
            lines << tr("Reason: %1").arg(plain(take("reason")));
    } else if (isAction(action, AuditAction::SyncReviewQueued)) {
        lines << tr("Record version %1 sent again with COTEJADA %2 (under review)")
                     .arg(plain(take("version")), plain(take("cotejada")));
    } else if (isAction(action, AuditAction::PageRefused)) {
        lines << tr("File: %1").arg(plain(take("file")));
        if (const QString clave = plain(take("clave")); !clave.isEmpty())
            lines << tr("CLAVE_ACTA read or typed: %1").arg(clave);
        lines << tr("Reason: %1").arg(refusalText(plain(take("reason"))));
        if (const QString message = plain(take("message")); !message.isEmpty())
            lines << tr("Shown at intake: %1").arg(message);
        if (has("sha256"))
            lines << tr("SHA-256: %1").arg(groupedHash(plain(take("sha256"))));
    }
    return lines.join(QLatin1Char('\n'));
}

AuditEventText::Description AuditEventText::describe(const AuditLog::Entry &entry, const QString &who,
                                                     const ElectionTemplate &election)
{
    const QString &a = entry.action;
    Description out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(entry.details.toUtf8(), &error);
    const bool readable = entry.details.isEmpty() || (error.error == QJsonParseError::NoError && doc.isObject());
    const QJsonObject d = doc.object();
    if (isAction(a, AuditAction::ActaCreated))
        out.what = tr("Acta received");
    else if (isAction(a, AuditAction::ImageStored))
        out.what = tr("Image stored");
    else if (isAction(a, AuditAction::Transition))
        out.what = stepPhrase(d.value(QStringLiteral("trigger")).toString());
    else if (isAction(a, AuditAction::Entry)) {
        const QString kind = d.value(QStringLiteral("kind")).toString();
        out.what = kind == ActaRepository::entryKindId(EntryKind::Entry1) ? tr("Entry 1 saved")
            : kind == ActaRepository::entryKindId(EntryKind::Entry2)      ? tr("Entry 2 saved")
                                                                          : tr("Entry saved");
    } else if (isAction(a, AuditAction::Adjudication))
        out.what = tr("Decision saved");
    else if (isAction(a, AuditAction::SyncAcknowledged))
        out.what = tr("Acknowledged upstream");
    else if (isAction(a, AuditAction::SyncRefused))
        out.what = tr("Refused upstream");
    else if (isAction(a, AuditAction::SyncReviewQueued))
        out.what = tr("Queued again, under review");
    else if (isAction(a, AuditAction::PageRefused))
        out.what = tr("Page refused");
    else {
        // Not one this station writes on an acta (or a newer one): as stored.
        out.what = a;
        out.details = entry.details;
        return out;
    }
    out.what = byWhom(out.what, who);
    if (!readable) {
        out.details = entry.details;
        return out;
    }
    QStringList consumed;
    QStringList lines;
    if (const QString text = describeDetails(a, d, election, &consumed); !text.isEmpty())
        lines << text;
    // What this text does not know of the event is shown as it is, never dropped.
    for (auto it = d.constBegin(); it != d.constEnd(); ++it)
        if (!consumed.contains(it.key()))
            lines << tr("%1: %2", "a detail's name and its value").arg(it.key(), plain(it.value()));
    out.details = lines.join(QLatin1Char('\n'));
    out.known = true;
    return out;
}

} // namespace acta::gui
