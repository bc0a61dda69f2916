#include "ActaRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "JsonText.h"
#include "Query.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acta {

namespace {

const char SelectActa[]
    = "SELECT a.id, a.clave_acta, a.template_id, a.state, u1.username, u2.username, a.simulated, a.sin_acta_reason, "
      "a.received_at, a.captured_at, a.verified_at, a.utc_offset_min, u3.username FROM actas a "
      "LEFT JOIN users u1 ON u1.id = a.entry1_user LEFT JOIN users u2 ON u2.id = a.entry2_user "
      "LEFT JOIN users u3 ON u3.id = a.reopened_by ";

QString storedOrEmpty(const QDateTime &t)
{
    return t.isValid() ? toStoredUtc(t) : QString();
}

Result<ActaRecord> readActa(Statement &st)
{
    ActaRecord r;
    r.id = st.columnInt64(0);
    r.clave = st.columnText(1);
    r.templateId = st.columnText(2);
    Result<ActaWorkflow::State> state = ActaWorkflow::parseState(st.columnText(3));
    if (!state)
        return state.takeError();
    r.state = *state;
    r.entry1User = st.isNull(4) ? QString() : st.columnText(4);
    r.entry2User = st.isNull(5) ? QString() : st.columnText(5);
    r.simulated = st.columnInt64(6) != 0;
    if (!st.isNull(7))
        r.sinActaReason = static_cast<SinActaReason>(st.columnInt64(7));
    r.receivedAt = fromStoredUtc(st.columnText(8));
    if (!st.isNull(9))
        r.capturedAt = fromStoredUtc(st.columnText(9));
    if (!st.isNull(10))
        r.verifiedAt = fromStoredUtc(st.columnText(10));
    r.utcOffsetMinutes = int(st.columnInt64(11));
    r.reopenedBy = st.isNull(12) ? QString() : st.columnText(12);
    return r;
}

} // namespace

struct ActaRepository::Loaded
{
    ActaRecord record;
    ActaWorkflow workflow;
};

ActaRepository::ActaRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_images(db, clock)
    , m_readings(db, clock)
    , m_outbox(db, clock)
{ }

QString ActaRepository::entryKindId(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Entry1:
        return QStringLiteral("entry1");
    case EntryKind::Entry2:
        return QStringLiteral("entry2");
    case EntryKind::Adjudication:
        return QStringLiteral("adjudication");
    }
    return {};
}

Result<ActaRepository::Loaded> ActaRepository::load(const QString &clave)
{
    Result<ActaRecord> record = find(clave);
    if (!record)
        return record.takeError();
    Result<ActaWorkflow> wf = ActaWorkflow::restore(record->state, record->entry1User, record->entry2User,
                                                    record->simulated, record->reopenedBy);
    if (!wf)
        return fail(ErrorCode::Integrity, tr("The stored state of acta %1 is inconsistent: %2").arg(clave, wf.error()));
    return Loaded {std::move(record).value(), std::move(wf).value()};
}

Status ActaRepository::persist(const ActaRecord &r, const ActaWorkflow &wf)
{
    return sql::run(
        m_db,
        QStringLiteral("UPDATE actas SET state = ?, entry1_user = (SELECT id FROM users WHERE username = ?), "
                       "entry2_user = (SELECT id FROM users WHERE username = ?), "
                       "reopened_by = (SELECT id FROM users WHERE username = ?), sin_acta_reason = ?, "
                       "captured_at = NULLIF(?, ''), verified_at = NULLIF(?, '') WHERE id = ?"),
        {ActaWorkflow::stateId(wf.state()), wf.entry1User(), wf.entry2User(), wf.reopenedBy(),
         r.sinActaReason ? SqlArg(int(*r.sinActaReason)) : SqlArg(nullptr), storedOrEmpty(r.capturedAt),
         storedOrEmpty(r.verifiedAt), r.id});
}

Status ActaRepository::audit(const User &actor, qint64 actaId, const char *action, const QString &details)
{
    const std::optional<qint64> who = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    Result<qint64> a = AuditLog::append(m_db, m_clock, {QLatin1String(action), who, actaId, details});
    return a ? Status() : a.takeError();
}

Result<ActaRecord> ActaRepository::change(const QString &clave, const std::function<Status(Loaded &)> &steps)
{
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    Result<Loaded> l = load(clave);
    if (!l)
        return l.takeError();
    if (Status s = steps(*l); !s)
        return s.takeError(); // the transaction rolls back
    return commitAndRead(*tx, clave);
}

Result<ActaRecord> ActaRepository::commitAndRead(Transaction &tx, const QString &clave)
{
    // Read before committing: an error after a commit would report a saved change as failed,
    // and the retry would then be refused.
    Result<ActaRecord> after = find(clave);
    if (!after)
        return after.takeError();
    if (Status c = tx.commit(); !c)
        return c.takeError();
    return after;
}

Status ActaRepository::requireActive(const User &actor)
{
    // The stored account, not the caller's copy: a user disabled meanwhile acts no more.
    Result<std::optional<bool>> disabled
        = sql::optionalScalar<bool>(m_db, QStringLiteral("SELECT disabled FROM users WHERE id = ?"), {actor.id});
    if (!disabled)
        return disabled.takeError();
    if (!*disabled || **disabled)
        return fail(ErrorCode::AccountDisabled,
                    tr("The account %1 is disabled or unknown; it cannot act on actas.").arg(actor.username));
    return {};
}

Status ActaRepository::transition(const User &actor, ActaRecord &record, ActaWorkflow &wf,
                                  ActaWorkflow::Trigger trigger, const QString &reason)
{
    if (Status s = requireActive(actor); !s)
        return s;
    const ActaWorkflow::State from = wf.state();
    if (Status s = wf.fire(trigger, Actor::person(actor.username, actor.role), reason); !s)
        return fail(s.code(), tr("Acta %1: %2").arg(record.clave, s.error()));
    record.state = wf.state();
    record.entry1User = wf.entry1User();
    record.entry2User = wf.entry2User();
    QJsonObject d {{QStringLiteral("trigger"), ActaWorkflow::triggerId(trigger)},
                   {QStringLiteral("from"), ActaWorkflow::stateId(from)},
                   {QStringLiteral("to"), ActaWorkflow::stateId(wf.state())}};
    if (!reason.isEmpty())
        d.insert(QStringLiteral("reason"), reason);
    return audit(actor, record.id, AuditAction::Transition, compactJson(d));
}

Status ActaRepository::queueForSync(ActaRecord &record, ActaWorkflow &wf)
{
    const ActaWorkflow::State from = wf.state();
    if (Status s = wf.fire(ActaWorkflow::Trigger::QueueForSync, Actor::system()); !s)
        return fail(s.code(), tr("Acta %1: %2").arg(record.clave, s.error()));
    record.state = wf.state();
    if (Status s = persist(record, wf); !s)
        return s;

    // The record that goes upstream (signed by the sync module before it is sent).
    OutboxPayload payload;
    payload.clave = record.clave;
    payload.templateId = record.templateId;
    payload.simulated = record.simulated;
    payload.receivedAt = record.receivedAt;
    payload.capturedAt = record.capturedAt;
    payload.verifiedAt = record.verifiedAt;
    payload.utcOffsetMinutes = record.utcOffsetMinutes;
    payload.sinActaReason = record.sinActaReason;
    if (from != ActaWorkflow::State::SinActa && from != ActaWorkflow::State::FueraDeCatalogo) {
        const EntryKind finalKind
            = from == ActaWorkflow::State::Adjudicated ? EntryKind::Adjudication : EntryKind::Entry2;
        Result<std::optional<Tally>> values = entry(record.clave, finalKind);
        if (!values)
            return values.takeError();
        payload.values = *values;
        // Who typed the figures, in entry order, and whose act made them final.
        for (const QString &u : {record.entry1User, record.entry2User})
            if (!u.isEmpty())
                payload.enteredBy.append(u);
        payload.verifiedBy = record.entry2User;
        if (from == ActaWorkflow::State::Adjudicated) {
            Result<std::optional<EntryRow>> decision = newestEntry(record.clave, EntryKind::Adjudication);
            if (!decision)
                return decision.takeError();
            payload.verifiedBy = *decision ? (*decision)->username : QString();
        }
        Result<std::optional<StoredImage>> image = m_images.latest(record.clave);
        if (!image)
            return image.takeError();
        if (*image) {
            payload.imageSha256 = (*image)->sha256;
            payload.digitization = (*image)->digitization;
        }
        Result<std::optional<int>> cotejo = cotejada(record.id);
        if (!cotejo)
            return cotejo.takeError();
        payload.cotejada = *cotejo;
    }
    if (Status s = m_outbox.enqueue(record.id, payload); !s)
        return s;
    const QJsonObject d {{QStringLiteral("trigger"), ActaWorkflow::triggerId(ActaWorkflow::Trigger::QueueForSync)},
                         {QStringLiteral("from"), ActaWorkflow::stateId(from)},
                         {QStringLiteral("to"), ActaWorkflow::stateId(wf.state())}};
    Result<qint64> a = AuditLog::append(
        m_db, m_clock, {QLatin1String(AuditAction::Transition), std::nullopt, record.id, compactJson(d)});
    return a ? Status() : a.takeError();
}

Status ActaRepository::queueReview(const User &actor, const ActaRecord &record)
{
    Result<std::optional<int>> cotejo = cotejada(record.id);
    if (!cotejo)
        return cotejo.takeError();
    if (*cotejo != 3)
        return {}; // a sin acta or fuera de catálogo record: never checked against figures
    Result<std::optional<OutboxItem>> sent = m_outbox.newest(record.id);
    if (!sent)
        return sent.takeError();
    if (!*sent)
        return {};
    Result<OutboxPayload> payload = OutboxPayload::fromJson((*sent)->payload);
    if (!payload)
        return fail(payload.code(), tr("Acta %1: %2").arg(record.clave, payload.error()));
    if (!payload->values || payload->sinActaReason)
        return {};
    // What went upstream, restated under review: the same figures, times and hands; only COTEJADA
    // changes. The corrected version follows when the acta is final again.
    payload->cotejada = 3;
    if (Status s = m_outbox.enqueue(record.id, *payload); !s)
        return s;
    return audit(actor, record.id, AuditAction::SyncReviewQueued,
                 compactJson({{QStringLiteral("version"), (*sent)->version + 1}, {QStringLiteral("cotejada"), 3}}));
}

Result<std::optional<int>> ActaRepository::cotejada(qint64 actaId)
{
    Result<QList<AuditLog::Entry>> entries = AuditLog::entriesForActa(m_db, actaId);
    if (!entries)
        return entries.takeError();
    QList<ActaWorkflow::Trigger> history;
    for (const AuditLog::Entry &e : *entries) {
        // Transitions, and the acknowledgements that moved the acta to Synced.
        if (e.action != QLatin1String(AuditAction::Transition)
            && e.action != QLatin1String(AuditAction::SyncAcknowledged))
            continue;
        const QString id
            = QJsonDocument::fromJson(e.details.toUtf8()).object().value(QStringLiteral("trigger")).toString();
        if (id.isEmpty())
            continue;
        Result<ActaWorkflow::Trigger> trigger = ActaWorkflow::parseTrigger(id);
        if (!trigger)
            return fail(ErrorCode::Integrity,
                        tr("The history of acta %1 holds an unknown step: %2").arg(actaId).arg(trigger.error()));
        history.append(*trigger);
    }
    return ActaWorkflow::cotejada(history);
}

Status ActaRepository::insertEntry(qint64 actaId, EntryKind kind, const User &actor, const Tally &tally,
                                   const QString &reason, const EntryEffort &effort)
{
    const QString json = tally.toJsonText();
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT INTO entries (acta_id, kind, user_id, created_at, values_json, "
                                           "reason, keystrokes, active_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {actaId, entryKindId(kind), actor.id, toStoredUtc(m_clock.nowUtc()), json,
                             reason.isEmpty() ? SqlArg(nullptr) : SqlArg(reason), effort.keystrokes,
                             effort.activeMs}); // NULL when unknown
        !s)
        return s;
    // The audit entry carries the values too, so the history alone shows every figure typed.
    QJsonObject d {{QStringLiteral("kind"), entryKindId(kind)}, {QStringLiteral("values"), tally.toJson()}};
    if (!reason.isEmpty())
        d.insert(QStringLiteral("reason"), reason);
    return audit(actor, actaId, kind == EntryKind::Adjudication ? AuditAction::Adjudication : AuditAction::Entry,
                 compactJson(d));
}

Result<ActaRecord> ActaRepository::receive(const User &actor, const ActaKey &key, const QString &templateId,
                                           bool simulated)
{
    if (m_stationDrill && *m_stationDrill != simulated)
        return fail(
            ErrorCode::InvalidState,
            *m_stationDrill
                ? tr("Acta %1: this is a drill (simulacro) station; it receives drill actas only.").arg(key.toString())
                : tr("Acta %1: this is a production station; a drill (simulacro) acta is never "
                     "received here.")
                      .arg(key.toString()));
    // Intake is itself permission-checked like a transition: a fresh workflow starts in Received.
    const bool trainerDrill = simulated && actor.role == Role::Trainer;
    if (!hasPermission(actor.role, Permission::RecordIntake) && !trainerDrill)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not record the intake of actas.").arg(actor.username, roleName(actor.role)));
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    if (Status s = requireActive(actor); !s)
        return s.takeError();
    Result<std::optional<ActaRecord>> existing = lookup(key.toString());
    if (!existing)
        return existing.takeError();
    if (*existing)
        return fail(ErrorCode::AlreadyExists,
                    tr("Acta %1 was already received (it is now: %2).")
                        .arg(key.toString(), ActaWorkflow::stateName((*existing)->state)));
    if (Status s
        = sql::run(m_db,
                   QStringLiteral("INSERT INTO actas (clave_acta, template_id, state, simulated, received_at, "
                                  "utc_offset_min) VALUES (?, ?, 'received', ?, ?, ?)"),
                   {key.toString(), templateId, simulated, toStoredUtc(m_clock.nowUtc()), m_clock.utcOffsetMinutes()});
        !s)
        return s.takeError();
    const qint64 id = m_db.lastInsertRowId();
    if (Status a = audit(actor, id, AuditAction::ActaCreated,
                         compactJson({{QStringLiteral("clave_acta"), key.toString()},
                                      {QStringLiteral("template_id"), templateId},
                                      {QStringLiteral("simulated"), simulated}}));
        !a)
        return a.takeError();
    return commitAndRead(*tx, key.toString());
}

Result<QString> ActaRepository::storeImage(const User &actor, const QString &clave, const QByteArray &original,
                                           const QByteArray &normalized, const Digitization &how)
{
    if (original.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The image of acta %1 is empty.").arg(clave));
    if (!hasPermission(actor.role, Permission::ManageImages) && actor.role != Role::Trainer)
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not store images.").arg(actor.username, roleName(actor.role)));
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    if (Status s = requireActive(actor); !s)
        return s.takeError();
    Result<ActaRecord> acta = find(clave);
    if (!acta)
        return acta.takeError();
    if (actor.role == Role::Trainer && !acta->simulated)
        return fail(ErrorCode::PermissionDenied, tr("A trainer may store images only for simulated actas."));
    // A scan is taken at intake or when a rescan was asked for; once entry has begun the
    // figures are typed from the image they saw, so no other image may slip in.
    using S = ActaWorkflow::State;
    if (acta->state != S::Received && acta->state != S::ImageRejected && acta->state != S::Digitized
        && acta->state != S::FueraDeCatalogo)
        return fail(ErrorCode::InvalidState,
                    tr("Acta %1 is %2: images are stored at intake or after a rescan was requested.")
                        .arg(clave, ActaWorkflow::stateName(acta->state)));
    Result<QString> stored = m_images.insert(acta->id, original, normalized, how);
    if (!stored)
        return stored.takeError();
    const QString sha = *stored;
    QJsonObject d {{QStringLiteral("sha256"), sha},
                   {QStringLiteral("bytes"), original.size()},
                   {QStringLiteral("origen"), how.origen},
                   {QStringLiteral("digitalizacion"), how.digitalizacion},
                   {QStringLiteral("tipo_documento"), how.tipoDocumento}};
    if (how.identityTyped)
        d.insert(QStringLiteral("identity_typed"), true);
    if (Status a = audit(actor, acta->id, AuditAction::ImageStored, compactJson(d)); !a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return sha;
}

Result<ActaRecord> ActaRepository::fire(const User &actor, const QString &clave, ActaWorkflow::Trigger trigger,
                                        const QString &reason)
{
    using T = ActaWorkflow::Trigger;
    switch (trigger) {
    case T::AcceptImage:
    case T::RejectImage:
    case T::MarkFueraDeCatalogo:
    case T::ResolveIdentity:
    case T::SendBackForRecapture:
    case T::SendBackForRescan:
    case T::Reopen:
        break;
    default:
        return fail(ErrorCode::Internal,
                    tr("%1 carries data or belongs to the station; it cannot be fired on its own.")
                        .arg(ActaWorkflow::triggerName(trigger)));
    }
    return change(clave, [&](Loaded &l) -> Status {
        const ActaWorkflow::State from = l.workflow.state();
        if (Status s = transition(actor, l.record, l.workflow, trigger, reason); !s)
            return s;
        if (trigger == T::SendBackForRecapture || trigger == T::SendBackForRescan)
            l.record.capturedAt = QDateTime();
        if (trigger == T::Reopen)
            l.record.verifiedAt = QDateTime();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        if (l.workflow.state() == ActaWorkflow::State::FueraDeCatalogo)
            return queueForSync(l.record, l.workflow);
        if (trigger == T::Reopen && (from == ActaWorkflow::State::QueuedForSync || from == ActaWorkflow::State::Synced))
            return queueReview(actor, l.record);
        return {};
    });
}

Result<ActaRecord> ActaRepository::recordSinActa(const User &actor, const QString &clave, SinActaReason reason)
{
    return change(clave, [&](Loaded &l) -> Status {
        if (Status s = transition(actor, l.record, l.workflow, ActaWorkflow::Trigger::RecordSinActa,
                                  QString::number(int(reason)));
            !s)
            return s;
        l.record.sinActaReason = reason;
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        return queueForSync(l.record, l.workflow);
    });
}

Result<ActaRecord> ActaRepository::submitEntry1(const User &actor, const QString &clave, const Tally &tally,
                                                const EntryEffort &effort)
{
    return change(clave, [&](Loaded &l) -> Status {
        if (Status s = transition(actor, l.record, l.workflow, ActaWorkflow::Trigger::SubmitEntry1); !s)
            return s;
        l.record.capturedAt = m_clock.nowUtc();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        return insertEntry(l.record.id, EntryKind::Entry1, actor, tally, QString(), effort);
    });
}

Result<ActaRecord> ActaRepository::submitEntry2(const User &actor, const QString &clave, const Tally &tally,
                                                const EntryEffort &effort)
{
    return change(clave, [&](Loaded &l) -> Status {
        Result<std::optional<Tally>> first = entry(clave, EntryKind::Entry1);
        if (!first)
            return first.takeError();
        const bool match = *first && (*first)->sameFigures(tally);
        const auto trigger = match ? ActaWorkflow::Trigger::Entry2Matches : ActaWorkflow::Trigger::Entry2Differs;
        if (Status s = transition(actor, l.record, l.workflow, trigger); !s)
            return s;
        if (match)
            l.record.verifiedAt = m_clock.nowUtc();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        if (Status s = insertEntry(l.record.id, EntryKind::Entry2, actor, tally, QString(), effort); !s)
            return s;
        return match ? queueForSync(l.record, l.workflow) : Status();
    });
}

Result<ActaRecord> ActaRepository::adjudicate(const User &actor, const QString &clave, const Tally &tally,
                                              const QString &reason, const EntryEffort &effort)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Acta %1: an adjudication needs a reason.").arg(clave));
    return change(clave, [&](Loaded &l) -> Status {
        if (Status s = transition(actor, l.record, l.workflow, ActaWorkflow::Trigger::Adjudicate, reason); !s)
            return s;
        l.record.verifiedAt = m_clock.nowUtc();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        if (Status s = insertEntry(l.record.id, EntryKind::Adjudication, actor, tally, reason, effort); !s)
            return s;
        return queueForSync(l.record, l.workflow);
    });
}

Result<std::optional<ActaRecord>> ActaRepository::lookup(const QString &clave)
{
    return sql::optionalRow<ActaRecord>(m_db, QLatin1String(SelectActa) + QStringLiteral("WHERE a.clave_acta = ?"),
                                        {clave}, readActa);
}

Result<ActaRecord> ActaRepository::find(const QString &clave)
{
    Result<std::optional<ActaRecord>> found = lookup(clave);
    if (!found)
        return found.takeError();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no acta %1 at this station.").arg(clave));
    return **found;
}

Result<std::optional<ActaRepository::EntryRow>> ActaRepository::newestEntry(const QString &clave, EntryKind kind)
{
    return sql::optionalRow<EntryRow>(
        m_db,
        QStringLiteral("SELECT e.values_json, u.username FROM entries e JOIN actas a ON a.id = e.acta_id "
                       "JOIN users u ON u.id = e.user_id WHERE a.clave_acta = ? AND e.kind = ? "
                       "ORDER BY e.id DESC LIMIT 1"),
        {clave, entryKindId(kind)}, [](Statement &r) -> Result<EntryRow> {
            return EntryRow {r.columnText(0), r.columnText(1)};
        });
}

Result<std::optional<Tally>> ActaRepository::entry(const QString &clave, EntryKind kind)
{
    Result<std::optional<EntryRow>> row = newestEntry(clave, kind);
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<Tally>();
    Result<Tally> t = Tally::fromJsonText((*row)->valuesJson);
    if (!t)
        return t.takeError();
    return std::optional<Tally>(std::move(t).value());
}

Result<QList<ActaRecord>> ActaRepository::inState(ActaWorkflow::State state)
{
    return sql::rows<ActaRecord>(m_db, QLatin1String(SelectActa) + QStringLiteral("WHERE a.state = ? ORDER BY a.id"),
                                 {ActaWorkflow::stateId(state)}, readActa);
}

Result<qint64> ActaRepository::countInState(ActaWorkflow::State state)
{
    return sql::scalar<qint64>(m_db, QStringLiteral("SELECT count(*) FROM actas WHERE state = ?"),
                               {ActaWorkflow::stateId(state)});
}

Result<bool> ActaRepository::acknowledgeOutbox(qint64 outboxId, const QString &details)
{
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    Result<std::optional<OutboxRepository::Row>> row = m_outbox.row(outboxId);
    if (!row)
        return row.takeError();
    if (!*row)
        return fail(ErrorCode::NotFound, tr("There is no outbox record %1.").arg(outboxId));
    const QString clave = (*row)->clave;
    const qint64 version = (*row)->version;
    if ((*row)->acknowledged)
        return false;
    const bool newest = (*row)->newest;
    if (Status s = m_outbox.markAcknowledged(outboxId); !s)
        return s.takeError();

    Result<Loaded> l = load(clave);
    if (!l)
        return l.takeError();
    QJsonObject d {{QStringLiteral("outbox_id"), outboxId},
                   {QStringLiteral("version"), version},
                   {QStringLiteral("upstream"), details}};
    // An older version acknowledged after a correction was queued leaves the acta waiting.
    if (newest && l->workflow.state() == ActaWorkflow::State::QueuedForSync) {
        if (Status f = l->workflow.fire(ActaWorkflow::Trigger::AcknowledgeSync, Actor::system()); !f)
            return fail(f.code(), tr("Acta %1: %2").arg(clave, f.error()));
        l->record.state = l->workflow.state();
        if (Status p = persist(l->record, l->workflow); !p)
            return p.takeError();
        d.insert(QStringLiteral("trigger"), ActaWorkflow::triggerId(ActaWorkflow::Trigger::AcknowledgeSync));
        d.insert(QStringLiteral("from"), ActaWorkflow::stateId(ActaWorkflow::State::QueuedForSync));
        d.insert(QStringLiteral("to"), ActaWorkflow::stateId(l->workflow.state()));
    }
    Result<qint64> a = AuditLog::append(
        m_db, m_clock, {QLatin1String(AuditAction::SyncAcknowledged), std::nullopt, l->record.id, compactJson(d)});
    if (!a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return true;
}

} // namespace acta
