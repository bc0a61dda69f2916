#include "DrillRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "JsonText.h"
#include "Query.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>

namespace acta {

namespace {

QDateTime utcOrInvalid(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : fromStoredUtc(st.columnText(column));
}

Result<StoredDrill> readDrill(Statement &r)
{
    return StoredDrill {r.columnText(0), r.columnBlob(1), utcOrInvalid(r, 2), r.columnText(3), utcOrInvalid(r, 4)};
}

const char DrillColumns[] = "SELECT d.drill_id, d.answer_key, d.loaded_at, u.username, d.started_at FROM drills d "
                            "JOIN users u ON u.id = d.loaded_by ";

} // namespace

DrillRepository::DrillRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status DrillRepository::require(const User &actor, Permission permission)
{
    if (actor.disabled)
        return fail(ErrorCode::AccountDisabled, tr("The account %1 is disabled.").arg(actor.username));
    if (!hasPermission(actor.role, permission))
        return fail(ErrorCode::PermissionDenied,
                    permission == Permission::RunDrills ? tr("%1 may not run drills.").arg(actor.username)
                                                        : tr("%1 may not score drills.").arg(actor.username));
    return {};
}

Status DrillRepository::load(const User &trainer, const QString &drillId, const QByteArray &answerKey)
{
    if (Status s = require(trainer, Permission::RunDrills); !s)
        return s;
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!idPattern.match(drillId).hasMatch())
        return fail(ErrorCode::InvalidInput, tr("\"%1\" is not a drill name.").arg(drillId));
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    Result<std::optional<qint64>> existing
        = sql::optionalScalar<qint64>(m_db, QStringLiteral("SELECT id FROM drills WHERE drill_id = ?"), {drillId});
    if (!existing)
        return existing.takeError();
    if (*existing)
        return fail(ErrorCode::AlreadyExists, tr("The drill %1 is already loaded in this station.").arg(drillId));
    const QString now = toStoredUtc(m_clock.nowUtc());
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT INTO drills (drill_id, answer_key, loaded_at, loaded_by) "
                                           "VALUES (?, ?, ?, ?)"),
                            {drillId, answerKey, now, trainer.id});
        !s) {
        // The schema's trigger: a production store never holds an answer key.
        if (s.code() == ErrorCode::Constraint)
            return fail(ErrorCode::Incompatible, tr("A drill's answer key can only be loaded into a drill station."));
        return s;
    }
    Result<qint64> a = AuditLog::append(
        m_db, m_clock,
        {QStringLiteral("drill_loaded"), trainer.id, std::nullopt, compactJson({{QStringLiteral("drill"), drillId}})});
    if (!a)
        return a.takeError();
    return tx->commit();
}

Status DrillRepository::markStarted(const User &trainer, const QString &drillId)
{
    if (Status s = require(trainer, Permission::RunDrills); !s)
        return s;
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    const QString now = toStoredUtc(m_clock.nowUtc());
    if (Status s
        = sql::run(m_db, QStringLiteral("UPDATE drills SET started_at = COALESCE(started_at, ?) WHERE drill_id = ?"),
                   {now, drillId});
        !s)
        return s;
    if (m_db.changes() != 1)
        return fail(ErrorCode::NotFound, tr("No drill %1 is loaded in this station.").arg(drillId));
    Result<qint64> a = AuditLog::append(
        m_db, m_clock,
        {QStringLiteral("drill_started"), trainer.id, std::nullopt, compactJson({{QStringLiteral("drill"), drillId}})});
    if (!a)
        return a.takeError();
    return tx->commit();
}

Result<QList<StoredDrill>> DrillRepository::list()
{
    return sql::rows<StoredDrill>(m_db, QLatin1String(DrillColumns) + QStringLiteral("ORDER BY d.id DESC"), {},
                                  readDrill);
}

Result<StoredDrill> DrillRepository::find(const QString &drillId)
{
    Result<std::optional<StoredDrill>> row = drillId.isEmpty()
        ? sql::optionalRow<StoredDrill>(
            m_db, QLatin1String(DrillColumns) + QStringLiteral("ORDER BY d.id DESC LIMIT 1"), {}, readDrill)
        : sql::optionalRow<StoredDrill>(m_db, QLatin1String(DrillColumns) + QStringLiteral("WHERE d.drill_id = ?"),
                                        {drillId}, readDrill);
    if (!row)
        return row.takeError();
    if (!*row)
        return fail(ErrorCode::NotFound,
                    drillId.isEmpty() ? tr("No drill is loaded in this station.")
                                      : tr("No drill %1 is loaded in this station.").arg(drillId));
    return **row;
}

Result<DrillFacts> DrillRepository::facts(const User &trainer)
{
    if (Status s = require(trainer, Permission::ScoreDrills); !s)
        return s.takeError();
    // One read snapshot: every list below sees the same state of the store.
    const bool own = !m_db.inTransaction();
    if (own)
        if (Status s = m_db.exec(QStringLiteral("BEGIN")); !s)
            return s.takeError();
    const auto end = qScopeGuard([&] {
        if (own)
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    });

    DrillFacts f;
    Result<std::optional<std::pair<QString, qint64>>> station = sql::optionalRow<std::pair<QString, qint64>>(
        m_db, QStringLiteral("SELECT name, utc_offset_min FROM station WHERE id = 1"), {},
        [](Statement &r) -> Result<std::pair<QString, qint64>> {
            return std::pair<QString, qint64>(r.columnText(0), r.columnInt64(1));
        });
    if (!station)
        return station.takeError();
    if (*station) {
        f.stationName = (*station)->first;
        f.utcOffsetMinutes = int((*station)->second);
    }

    Result<QList<DrillFacts::Acta>> actas = sql::rows<DrillFacts::Acta>(
        m_db,
        QStringLiteral("SELECT clave_acta, state, sin_acta_reason, received_at, captured_at, verified_at FROM actas "
                       "ORDER BY id"),
        {}, [](Statement &r) -> Result<DrillFacts::Acta> {
            DrillFacts::Acta a;
            a.clave = r.isNull(0) ? QString() : r.columnText(0);
            Result<ActaWorkflow::State> state = ActaWorkflow::parseState(r.columnText(1));
            if (!state)
                return state.takeError();
            a.state = *state;
            if (!r.isNull(2))
                if (Result<SinActaReason> reason = sinActaReasonFromCode(int(r.columnInt64(2))))
                    a.sinActaReason = *reason;
            a.receivedAt = utcOrInvalid(r, 3);
            a.capturedAt = utcOrInvalid(r, 4);
            a.verifiedAt = utcOrInvalid(r, 5);
            return a;
        });
    if (!actas)
        return actas.takeError();
    f.actas = *actas;

    Result<QList<DrillFacts::Entry>> entries = sql::rows<DrillFacts::Entry>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, e.kind, u.username, u.full_name, e.created_at, e.values_json, "
                       "e.keystrokes, e.active_ms FROM entries e JOIN actas a ON a.id = e.acta_id "
                       "JOIN users u ON u.id = e.user_id ORDER BY e.id"),
        {}, [](Statement &r) -> Result<DrillFacts::Entry> {
            DrillFacts::Entry e;
            e.clave = r.isNull(0) ? QString() : r.columnText(0);
            const QString kind = r.columnText(1);
            e.kind = kind == QLatin1String("entry1") ? EntryKind::Entry1
                : kind == QLatin1String("entry2")    ? EntryKind::Entry2
                                                     : EntryKind::Adjudication;
            e.username = r.columnText(2);
            e.fullName = r.columnText(3);
            e.at = utcOrInvalid(r, 4);
            Result<Tally> tally = Tally::fromJsonText(r.columnText(5));
            if (!tally)
                return tally.takeError();
            e.tally = *tally;
            if (!r.isNull(6))
                e.effort.keystrokes = int(r.columnInt64(6));
            if (!r.isNull(7))
                e.effort.activeMs = r.columnInt64(7);
            return e;
        });
    if (!entries)
        return entries.takeError();
    f.entries = *entries;

    Result<QList<DrillFacts::Image>> images = sql::rows<DrillFacts::Image>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, i.sha256, i.created_at, i.identity_typed FROM images i "
                       "JOIN actas a ON a.id = i.acta_id ORDER BY i.id"),
        {}, [](Statement &r) -> Result<DrillFacts::Image> {
            return DrillFacts::Image {r.isNull(0) ? QString() : r.columnText(0), r.columnText(1), utcOrInvalid(r, 2),
                                      r.columnInt64(3) != 0};
        });
    if (!images)
        return images.takeError();
    f.images = *images;

    Result<QList<DrillFacts::Refused>> refused = sql::rows<DrillFacts::Refused>(
        m_db, QStringLiteral("SELECT details, at FROM audit_log WHERE action = 'page_refused' ORDER BY seq"), {},
        [](Statement &r) -> Result<DrillFacts::Refused> {
            const QJsonObject d = QJsonDocument::fromJson(r.columnText(0).toUtf8()).object();
            return DrillFacts::Refused {d.value(QStringLiteral("sha256")).toString(),
                                        d.value(QStringLiteral("reason")).toString(),
                                        d.value(QStringLiteral("clave")).toString(), utcOrInvalid(r, 1)};
        });
    if (!refused)
        return refused.takeError();
    f.refused = *refused;

    Result<QList<DrillFacts::Reading>> readings = sql::rows<DrillFacts::Reading>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, r.reading_json FROM readings r JOIN actas a ON a.id = r.acta_id "
                       "WHERE r.id = (SELECT max(x.id) FROM readings x WHERE x.acta_id = r.acta_id) ORDER BY r.id"),
        {}, [](Statement &r) -> Result<DrillFacts::Reading> {
            return DrillFacts::Reading {r.isNull(0) ? QString() : r.columnText(0), r.columnBlob(1)};
        });
    if (!readings)
        return readings.takeError();
    f.readings = *readings;

    Result<QList<DrillFacts::Synced>> synced = sql::rows<DrillFacts::Synced>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, max(o.acked_at) FROM sync_outbox o JOIN actas a ON a.id = o.acta_id "
                       "WHERE o.acked_at IS NOT NULL GROUP BY a.id ORDER BY a.id"),
        {}, [](Statement &r) -> Result<DrillFacts::Synced> {
            return DrillFacts::Synced {r.isNull(0) ? QString() : r.columnText(0), utcOrInvalid(r, 1)};
        });
    if (!synced)
        return synced.takeError();
    f.synced = *synced;

    Result<QList<DrillFacts::Person>> people = sql::rows<DrillFacts::Person>(
        m_db, QStringLiteral("SELECT username, full_name, role FROM users ORDER BY username"), {},
        [](Statement &r) -> Result<DrillFacts::Person> {
            Result<Role> role = parseRole(r.columnText(2));
            if (!role)
                return role.takeError();
            return DrillFacts::Person {r.columnText(0), r.columnText(1), *role};
        });
    if (!people)
        return people.takeError();
    f.people = *people;
    return f;
}

} // namespace acta
