#include "ActaRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Rows.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acta {

namespace {

const char SelectActa[]
    = "SELECT a.id, a.clave_acta, a.template_id, a.state, u1.username, u2.username, a.simulated, a.sin_acta_reason, "
      "a.received_at, a.captured_at, a.verified_at, a.utc_offset_min FROM actas a "
      "LEFT JOIN users u1 ON u1.id = a.entry1_user LEFT JOIN users u2 ON u2.id = a.entry2_user ";

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString storedOrEmpty(const QDateTime &t)
{
    return t.isValid() ? toStoredUtc(t) : QString();
}

// A field one entry left out reads as SIN DATO, as on the sheet.
bool sameTally(const Tally &a, const Tally &b)
{
    for (auto it = a.values().cbegin(); it != a.values().cend(); ++it)
        if (b.value(it.key()) != *it)
            return false;
    for (auto it = b.values().cbegin(); it != b.values().cend(); ++it)
        if (a.value(it.key()) != *it)
            return false;
    return true;
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

QString ActaRepository::tallyToJson(const Tally &tally)
{
    QJsonObject o; // keys come out sorted: the same tally always gives the same text
    for (auto it = tally.values().cbegin(); it != tally.values().cend(); ++it)
        o.insert(it.key(), it->toStorageString());
    return compact(o);
}

Result<Tally> ActaRepository::tallyFromJson(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return fail(tr("Stored field values are not a JSON object: %1").arg(error.errorString()));
    Tally t;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        Result<FieldValue> v = FieldValue::parse(it->toString());
        if (!v)
            return fail(tr("Stored value of %1: %2").arg(it.key(), v.error()));
        t.set(it.key(), *v);
    }
    return t;
}

Result<ActaRepository::Loaded> ActaRepository::load(const QString &clave)
{
    Result<ActaRecord> record = find(clave);
    if (!record)
        return record.takeError();
    Result<ActaWorkflow> wf
        = ActaWorkflow::restore(record->state, record->entry1User, record->entry2User, record->simulated);
    if (!wf)
        return fail(tr("The stored state of acta %1 is inconsistent: %2").arg(clave, wf.error()));
    return Loaded {std::move(record).value(), std::move(wf).value()};
}

Status ActaRepository::persist(const ActaRecord &r, const ActaWorkflow &wf)
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("UPDATE actas SET state = :state, entry1_user = (SELECT id FROM users WHERE username = :e1), "
                       "entry2_user = (SELECT id FROM users WHERE username = :e2), sin_acta_reason = :sin, "
                       "captured_at = NULLIF(:captured, ''), verified_at = NULLIF(:verified, '') WHERE id = :id"));
    if (!st)
        return st.takeError();
    Status s = st->bindText(":state", ActaWorkflow::stateId(wf.state()));
    if (s)
        s = st->bindText(":e1", wf.entry1User());
    if (s)
        s = st->bindText(":e2", wf.entry2User());
    if (s)
        s = r.sinActaReason ? st->bindInt64(":sin", int(*r.sinActaReason)) : st->bindNull(":sin");
    if (s)
        s = st->bindText(":captured", storedOrEmpty(r.capturedAt));
    if (s)
        s = st->bindText(":verified", storedOrEmpty(r.verifiedAt));
    if (s)
        s = st->bindInt64(":id", r.id);
    if (s)
        s = st->run();
    return s;
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
    Result<Statement> check = m_db.prepare(QStringLiteral("SELECT disabled FROM users WHERE id = ?"));
    if (!check)
        return check.takeError();
    if (Status s = check->bindInt64(1, actor.id); !s)
        return s;
    Result<bool> row = check->step();
    if (!row)
        return row.takeError();
    if (!*row || check->columnInt64(0) != 0)
        return fail(tr("The account %1 is disabled or unknown; it cannot act on actas.").arg(actor.username));
    return {};
}

Status ActaRepository::transition(const User &actor, ActaRecord &record, ActaWorkflow &wf,
                                  ActaWorkflow::Trigger trigger, const QString &reason)
{
    if (Status s = requireActive(actor); !s)
        return s;
    const ActaWorkflow::State from = wf.state();
    if (Status s = wf.fire(trigger, Actor::person(actor.username, actor.role), reason); !s)
        return fail(tr("Acta %1: %2").arg(record.clave, s.error()));
    record.state = wf.state();
    record.entry1User = wf.entry1User();
    record.entry2User = wf.entry2User();
    QJsonObject d {{QStringLiteral("trigger"), ActaWorkflow::triggerId(trigger)},
                   {QStringLiteral("from"), ActaWorkflow::stateId(from)},
                   {QStringLiteral("to"), ActaWorkflow::stateId(wf.state())}};
    if (!reason.isEmpty())
        d.insert(QStringLiteral("reason"), reason);
    return audit(actor, record.id, AuditAction::Transition, compact(d));
}

Status ActaRepository::queueForSync(ActaRecord &record, ActaWorkflow &wf)
{
    const ActaWorkflow::State from = wf.state();
    if (Status s = wf.fire(ActaWorkflow::Trigger::QueueForSync, Actor::system()); !s)
        return fail(tr("Acta %1: %2").arg(record.clave, s.error()));
    record.state = wf.state();
    if (Status s = persist(record, wf); !s)
        return s;

    // The record that goes upstream (signed by the sync module before it is sent).
    QJsonObject payload {{QStringLiteral("clave_acta"), record.clave},
                         {QStringLiteral("template_id"), record.templateId},
                         {QStringLiteral("simulated"), record.simulated},
                         {QStringLiteral("received_at"), storedOrEmpty(record.receivedAt)},
                         {QStringLiteral("captured_at"), storedOrEmpty(record.capturedAt)},
                         {QStringLiteral("verified_at"), storedOrEmpty(record.verifiedAt)},
                         {QStringLiteral("utc_offset_min"), record.utcOffsetMinutes}};
    if (record.sinActaReason)
        payload.insert(QStringLiteral("sin_acta_reason"), int(*record.sinActaReason));
    if (from != ActaWorkflow::State::SinActa && from != ActaWorkflow::State::FueraDeCatalogo) {
        const EntryKind finalKind
            = from == ActaWorkflow::State::Adjudicated ? EntryKind::Adjudication : EntryKind::Entry2;
        Result<std::optional<Tally>> values = entry(record.clave, finalKind);
        if (!values)
            return values.takeError();
        if (*values)
            payload.insert(QStringLiteral("values"), QJsonDocument::fromJson(tallyToJson(**values).toUtf8()).object());
        // Who typed the figures, in entry order, and whose act made them final.
        QJsonArray enteredBy;
        for (const QString &u : {record.entry1User, record.entry2User})
            if (!u.isEmpty())
                enteredBy.append(u);
        payload.insert(QStringLiteral("entered_by"), enteredBy);
        QString verifier = record.entry2User;
        if (from == ActaWorkflow::State::Adjudicated) {
            Result<std::optional<EntryRow>> decision = newestEntry(record.clave, EntryKind::Adjudication);
            if (!decision)
                return decision.takeError();
            verifier = *decision ? (*decision)->username : QString();
        }
        if (!verifier.isEmpty())
            payload.insert(QStringLiteral("verified_by"), verifier);
        Result<std::optional<StoredImage>> image = latestImage(record.clave);
        if (!image)
            return image.takeError();
        if (*image)
            payload.insert(QStringLiteral("image_sha256"), (*image)->sha256);
    }
    Result<Statement> st = m_db.prepare(
        QStringLiteral("INSERT INTO sync_outbox (acta_id, version, payload, created_at) "
                       "VALUES (?, (SELECT COALESCE(MAX(version), 0) + 1 FROM sync_outbox WHERE acta_id = ?), ?, ?)"));
    if (!st)
        return st.takeError();
    Status s = st->bindInt64(1, record.id);
    if (s)
        s = st->bindInt64(2, record.id);
    if (s)
        s = st->bindBlob(3, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (s)
        s = st->bindText(4, toStoredUtc(m_clock.nowUtc()));
    if (s)
        s = st->run();
    if (!s)
        return s;
    const QJsonObject d {{QStringLiteral("trigger"), ActaWorkflow::triggerId(ActaWorkflow::Trigger::QueueForSync)},
                         {QStringLiteral("from"), ActaWorkflow::stateId(from)},
                         {QStringLiteral("to"), ActaWorkflow::stateId(wf.state())}};
    Result<qint64> a = AuditLog::append(m_db, m_clock,
                                        {QLatin1String(AuditAction::Transition), std::nullopt, record.id, compact(d)});
    return a ? Status() : a.takeError();
}

Status ActaRepository::insertEntry(qint64 actaId, EntryKind kind, const User &actor, const Tally &tally,
                                   const QString &reason)
{
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT INTO entries (acta_id, kind, user_id, created_at, values_json, reason) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.takeError();
    const QString json = tallyToJson(tally);
    Status s = st->bindInt64(1, actaId);
    if (s)
        s = st->bindText(2, entryKindId(kind));
    if (s)
        s = st->bindInt64(3, actor.id);
    if (s)
        s = st->bindText(4, toStoredUtc(m_clock.nowUtc()));
    if (s)
        s = st->bindText(5, json);
    if (s)
        s = reason.isEmpty() ? st->bindNull(6) : st->bindText(6, reason);
    if (s)
        s = st->run();
    if (!s)
        return s;
    // The audit entry carries the values too, so the history alone shows every figure typed.
    QJsonObject d {{QStringLiteral("kind"), entryKindId(kind)},
                   {QStringLiteral("values"), QJsonDocument::fromJson(json.toUtf8()).object()}};
    if (!reason.isEmpty())
        d.insert(QStringLiteral("reason"), reason);
    return audit(actor, actaId, kind == EntryKind::Adjudication ? AuditAction::Adjudication : AuditAction::Entry,
                 compact(d));
}

Result<ActaRecord> ActaRepository::receive(const User &actor, const ActaKey &key, const QString &templateId,
                                           bool simulated)
{
    // Intake is itself permission-checked like a transition: a fresh workflow starts in Received.
    const bool trainerDrill = simulated && actor.role == Role::Trainer;
    if (!hasPermission(actor.role, Permission::RecordIntake) && !trainerDrill)
        return fail(tr("%1 (%2) may not record the intake of actas.").arg(actor.username, roleName(actor.role)));
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    if (Status s = requireActive(actor); !s)
        return s.takeError();
    {
        Result<Statement> exists = m_db.prepare(QStringLiteral("SELECT state FROM actas WHERE clave_acta = ?"));
        if (!exists)
            return exists.takeError();
        if (Status s = exists->bindText(1, key.toString()); !s)
            return s.takeError();
        Result<bool> row = exists->step();
        if (!row)
            return row.takeError();
        if (*row)
            return fail(
                tr("Acta %1 was already received (it is now: %2).")
                    .arg(key.toString(), ActaWorkflow::stateName(*ActaWorkflow::parseState(exists->columnText(0)))));
    }
    Result<Statement> st = m_db.prepare(
        QStringLiteral("INSERT INTO actas (clave_acta, template_id, state, simulated, received_at, utc_offset_min) "
                       "VALUES (?, ?, 'received', ?, ?, ?)"));
    if (!st)
        return st.takeError();
    Status s = st->bindText(1, key.toString());
    if (s)
        s = st->bindText(2, templateId);
    if (s)
        s = st->bindInt64(3, simulated ? 1 : 0);
    if (s)
        s = st->bindText(4, toStoredUtc(m_clock.nowUtc()));
    if (s)
        s = st->bindInt64(5, m_clock.utcOffsetMinutes());
    if (s)
        s = st->run();
    if (!s)
        return s.takeError();
    const qint64 id = m_db.lastInsertRowId();
    if (Status a = audit(actor, id, AuditAction::ActaCreated,
                         compact({{QStringLiteral("clave_acta"), key.toString()},
                                  {QStringLiteral("template_id"), templateId},
                                  {QStringLiteral("simulated"), simulated}}));
        !a)
        return a.takeError();
    return commitAndRead(*tx, key.toString());
}

Result<QString> ActaRepository::storeImage(const User &actor, const QString &clave, const QByteArray &original,
                                           const QByteArray &normalized)
{
    if (original.isEmpty())
        return fail(tr("The image of acta %1 is empty.").arg(clave));
    if (!hasPermission(actor.role, Permission::ManageImages) && actor.role != Role::Trainer)
        return fail(tr("%1 (%2) may not store images.").arg(actor.username, roleName(actor.role)));
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    if (Status s = requireActive(actor); !s)
        return s.takeError();
    Result<ActaRecord> acta = find(clave);
    if (!acta)
        return acta.takeError();
    if (actor.role == Role::Trainer && !acta->simulated)
        return fail(tr("A trainer may store images only for simulated actas."));
    // A scan is taken at intake or when a rescan was asked for; once entry has begun the
    // figures are typed from the image they saw, so no other image may slip in.
    using S = ActaWorkflow::State;
    if (acta->state != S::Received && acta->state != S::ImageRejected && acta->state != S::Digitized
        && acta->state != S::FueraDeCatalogo)
        return fail(tr("Acta %1 is %2: images are stored at intake or after a rescan was requested.")
                        .arg(clave, ActaWorkflow::stateName(acta->state)));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    Result<Statement> st = m_db.prepare(QStringLiteral(
        "INSERT INTO images (acta_id, original, sha256, normalized, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.takeError();
    Status s = st->bindInt64(1, acta->id);
    if (s)
        s = st->bindBlob(2, original);
    if (s)
        s = st->bindText(3, sha);
    if (s)
        s = normalized.isEmpty() ? st->bindNull(4) : st->bindBlob(4, normalized);
    if (s)
        s = st->bindText(5, toStoredUtc(m_clock.nowUtc()));
    if (s)
        s = st->run();
    if (!s)
        return s.takeError();
    if (Status a = audit(actor, acta->id, AuditAction::ImageStored,
                         compact({{QStringLiteral("sha256"), sha}, {QStringLiteral("bytes"), original.size()}}));
        !a)
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
        return fail(tr("%1 carries data or belongs to the station; it cannot be fired on its own.")
                        .arg(ActaWorkflow::triggerName(trigger)));
    }
    return change(clave, [&](Loaded &l) -> Status {
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

Result<ActaRecord> ActaRepository::submitEntry1(const User &actor, const QString &clave, const Tally &tally)
{
    return change(clave, [&](Loaded &l) -> Status {
        if (Status s = transition(actor, l.record, l.workflow, ActaWorkflow::Trigger::SubmitEntry1); !s)
            return s;
        l.record.capturedAt = m_clock.nowUtc();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        return insertEntry(l.record.id, EntryKind::Entry1, actor, tally, QString());
    });
}

Result<ActaRecord> ActaRepository::submitEntry2(const User &actor, const QString &clave, const Tally &tally)
{
    return change(clave, [&](Loaded &l) -> Status {
        Result<std::optional<Tally>> first = entry(clave, EntryKind::Entry1);
        if (!first)
            return first.takeError();
        const bool match = *first && sameTally(**first, tally);
        const auto trigger = match ? ActaWorkflow::Trigger::Entry2Matches : ActaWorkflow::Trigger::Entry2Differs;
        if (Status s = transition(actor, l.record, l.workflow, trigger); !s)
            return s;
        if (match)
            l.record.verifiedAt = m_clock.nowUtc();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        if (Status s = insertEntry(l.record.id, EntryKind::Entry2, actor, tally, QString()); !s)
            return s;
        return match ? queueForSync(l.record, l.workflow) : Status();
    });
}

Result<ActaRecord> ActaRepository::adjudicate(const User &actor, const QString &clave, const Tally &tally,
                                              const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return fail(tr("Acta %1: an adjudication needs a reason.").arg(clave));
    return change(clave, [&](Loaded &l) -> Status {
        if (Status s = transition(actor, l.record, l.workflow, ActaWorkflow::Trigger::Adjudicate, reason); !s)
            return s;
        l.record.verifiedAt = m_clock.nowUtc();
        if (Status s = persist(l.record, l.workflow); !s)
            return s;
        if (Status s = insertEntry(l.record.id, EntryKind::Adjudication, actor, tally, reason); !s)
            return s;
        return queueForSync(l.record, l.workflow);
    });
}

Result<std::optional<ActaRecord>> ActaRepository::lookup(const QString &clave)
{
    Result<Statement> st = m_db.prepare(QLatin1String(SelectActa) + QStringLiteral("WHERE a.clave_acta = ?"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindText(1, clave); !s)
        return s.takeError();
    Result<QList<ActaRecord>> rows = collectRows<ActaRecord>(*st, readActa);
    if (!rows)
        return rows.takeError();
    if (rows->isEmpty())
        return std::optional<ActaRecord>();
    return std::optional<ActaRecord>(rows->first());
}

Result<ActaRecord> ActaRepository::find(const QString &clave)
{
    Result<std::optional<ActaRecord>> found = lookup(clave);
    if (!found)
        return found.takeError();
    if (!*found)
        return fail(tr("There is no acta %1 at this station.").arg(clave));
    return **found;
}

Result<std::optional<ActaRepository::EntryRow>> ActaRepository::newestEntry(const QString &clave, EntryKind kind)
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("SELECT e.values_json, u.username FROM entries e JOIN actas a ON a.id = e.acta_id "
                       "JOIN users u ON u.id = e.user_id WHERE a.clave_acta = ? AND e.kind = ? "
                       "ORDER BY e.id DESC LIMIT 1"));
    if (!st)
        return st.takeError();
    Status s = st->bindText(1, clave);
    if (s)
        s = st->bindText(2, entryKindId(kind));
    if (!s)
        return s.takeError();
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<EntryRow>();
    return std::optional<EntryRow>(EntryRow {st->columnText(0), st->columnText(1)});
}

Result<std::optional<Tally>> ActaRepository::entry(const QString &clave, EntryKind kind)
{
    Result<std::optional<EntryRow>> row = newestEntry(clave, kind);
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<Tally>();
    Result<Tally> t = tallyFromJson((*row)->valuesJson);
    if (!t)
        return t.takeError();
    return std::optional<Tally>(std::move(t).value());
}

Result<QList<ActaRecord>> ActaRepository::inState(ActaWorkflow::State state)
{
    Result<Statement> st = m_db.prepare(QLatin1String(SelectActa) + QStringLiteral("WHERE a.state = ? ORDER BY a.id"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindText(1, ActaWorkflow::stateId(state)); !s)
        return s.takeError();
    return collectRows<ActaRecord>(*st, readActa);
}

Result<qint64> ActaRepository::pendingSyncCount()
{
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL"));
    if (!st)
        return st.takeError();
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    return st->columnInt64(0);
}

Result<std::optional<StoredImage>> ActaRepository::latestImage(const QString &clave)
{
    Result<Statement> st
        = m_db.prepare(QStringLiteral("SELECT i.original, i.normalized, i.sha256 FROM images i JOIN actas a "
                                      "ON a.id = i.acta_id WHERE a.clave_acta = ? ORDER BY i.id DESC LIMIT 1"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindText(1, clave); !s)
        return s.takeError();
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<StoredImage>();
    StoredImage image;
    image.original = st->columnBlob(0);
    if (!st->isNull(1))
        image.normalized = st->columnBlob(1);
    image.sha256 = st->columnText(2);
    return std::optional<StoredImage>(std::move(image));
}

Result<qint64> ActaRepository::countInState(ActaWorkflow::State state)
{
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT count(*) FROM actas WHERE state = ?"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindText(1, ActaWorkflow::stateId(state)); !s)
        return s.takeError();
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    return st->columnInt64(0);
}

Result<QList<OutboxItem>> ActaRepository::pendingOutbox(int limit)
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("SELECT o.id, a.clave_acta, o.version, o.payload, o.created_at FROM sync_outbox o "
                       "JOIN actas a ON a.id = o.acta_id WHERE o.acked_at IS NULL ORDER BY o.id LIMIT ?"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindInt64(1, limit); !s)
        return s.takeError();
    return collectRows<OutboxItem>(*st, [](Statement &r) -> Result<OutboxItem> {
        return OutboxItem {r.columnInt64(0), r.columnText(1), r.columnInt64(2), r.columnBlob(3),
                           fromStoredUtc(r.columnText(4))};
    });
}

Result<bool> ActaRepository::acknowledgeOutbox(qint64 outboxId, const QString &details)
{
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    Result<Statement> row = m_db.prepare(QStringLiteral(
        "SELECT a.clave_acta, o.version, o.acked_at IS NOT NULL, (SELECT MAX(version) FROM sync_outbox "
        "WHERE acta_id = o.acta_id) FROM sync_outbox o JOIN actas a ON a.id = o.acta_id WHERE o.id = ?"));
    if (!row)
        return row.takeError();
    if (Status s = row->bindInt64(1, outboxId); !s)
        return s.takeError();
    Result<bool> found = row->step();
    if (!found)
        return found.takeError();
    if (!*found)
        return fail(tr("There is no outbox record %1.").arg(outboxId));
    const QString clave = row->columnText(0);
    const qint64 version = row->columnInt64(1);
    if (row->columnInt64(2) != 0)
        return false;
    const bool newest = row->columnInt64(3) == version;

    Result<Statement> mark = m_db.prepare(QStringLiteral("UPDATE sync_outbox SET acked_at = ? WHERE id = ?"));
    if (!mark)
        return mark.takeError();
    Status s = mark->bindText(1, toStoredUtc(m_clock.nowUtc()));
    if (s)
        s = mark->bindInt64(2, outboxId);
    if (s)
        s = mark->run();
    if (!s)
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
            return fail(tr("Acta %1: %2").arg(clave, f.error()));
        l->record.state = l->workflow.state();
        if (Status p = persist(l->record, l->workflow); !p)
            return p.takeError();
        d.insert(QStringLiteral("trigger"), ActaWorkflow::triggerId(ActaWorkflow::Trigger::AcknowledgeSync));
        d.insert(QStringLiteral("from"), ActaWorkflow::stateId(ActaWorkflow::State::QueuedForSync));
        d.insert(QStringLiteral("to"), ActaWorkflow::stateId(l->workflow.state()));
    }
    Result<qint64> a = AuditLog::append(
        m_db, m_clock, {QLatin1String(AuditAction::SyncAcknowledged), std::nullopt, l->record.id, compact(d)});
    if (!a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return true;
}

Status ActaRepository::storeReading(const QString &clave, const QString &imageSha256, const QString &perceptualHash,
                                    const QByteArray &readingJson)
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("INSERT INTO readings (acta_id, image_sha256, perceptual_hash, reading_json, created_at) "
                       "SELECT id, ?, NULLIF(?, ''), ?, ? FROM actas WHERE clave_acta = ?"));
    if (!st)
        return st.takeError();
    Status s = st->bindText(1, imageSha256);
    if (s)
        s = st->bindText(2, perceptualHash);
    if (s)
        s = st->bindBlob(3, readingJson);
    if (s)
        s = st->bindText(4, toStoredUtc(m_clock.nowUtc()));
    if (s)
        s = st->bindText(5, clave);
    if (s)
        s = st->run();
    if (!s)
        return s;
    if (m_db.changes() != 1)
        return fail(tr("There is no acta %1 to keep a reading for.").arg(clave));
    return {};
}

Result<std::optional<QByteArray>> ActaRepository::latestReading(const QString &clave)
{
    Result<Statement> st = m_db.prepare(QStringLiteral("SELECT r.reading_json FROM readings r JOIN actas a ON a.id = "
                                                       "r.acta_id WHERE a.clave_acta = ? ORDER BY r.id DESC LIMIT 1"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindText(1, clave); !s)
        return s.takeError();
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(st->columnBlob(0));
}

Result<QStringList> ActaRepository::actasWithImage(const QString &sha256)
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("SELECT DISTINCT a.clave_acta FROM images i JOIN actas a ON a.id = i.acta_id WHERE i.sha256 = ? "
                       "AND a.clave_acta IS NOT NULL ORDER BY a.clave_acta"));
    if (!st)
        return st.takeError();
    if (Status s = st->bindText(1, sha256); !s)
        return s.takeError();
    Result<QList<QString>> claves
        = collectRows<QString>(*st, [](Statement &r) -> Result<QString> { return r.columnText(0); });
    if (!claves)
        return claves.takeError();
    return QStringList(*claves);
}

Result<QList<QPair<QString, QString>>> ActaRepository::perceptualHashes()
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("SELECT a.clave_acta, r.perceptual_hash FROM readings r JOIN actas a ON a.id = r.acta_id "
                       "WHERE r.perceptual_hash IS NOT NULL AND a.clave_acta IS NOT NULL ORDER BY r.id"));
    if (!st)
        return st.takeError();
    return collectRows<QPair<QString, QString>>(*st, [](Statement &r) -> Result<QPair<QString, QString>> {
        return QPair<QString, QString>(r.columnText(0), r.columnText(1));
    });
}

} // namespace acta
