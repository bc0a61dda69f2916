// The hub's mode, production or drill (simulacro): recorded once, when the store is created, in a
// table of its own that the database keeps from changing; the store then refuses records of the
// other mode whichever way they come in. (HubStore.cpp: opening, schema, storing.)
#include "Clock.h"
#include "HubLog.h"
#include "HubStore.h"
#include "HubTransaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace acta {

namespace {

// As stored in hub_mode.mode and in the audit log: fixed words, never translated.
QString storedName(HubMode mode)
{
    return mode == HubMode::Simulation ? QStringLiteral("simulation") : QStringLiteral("production");
}

} // namespace

QStringList HubStore::modeSchema() const
{
    // One row at most (id 1). The triggers make "never changed" a property of the database, not
    // only of this code: an UPDATE or DELETE by hand is refused too.
    QStringList statements {QStringLiteral(
        "CREATE TABLE IF NOT EXISTS hub_mode (id INTEGER PRIMARY KEY CHECK (id = 1), mode TEXT NOT NULL "
        "CHECK (mode IN ('production', 'simulation')), recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, "
        "recorded_from TEXT NOT NULL)")};
    if (m_postgres)
        statements << QStringLiteral("CREATE OR REPLACE FUNCTION hub_mode_is_fixed() RETURNS trigger LANGUAGE plpgsql "
                                     "AS $$ BEGIN RAISE EXCEPTION 'the hub mode is fixed when the store is created'; "
                                     "END $$")
                   << QStringLiteral("CREATE OR REPLACE TRIGGER hub_mode_is_fixed BEFORE UPDATE OR DELETE OR TRUNCATE "
                                     "ON hub_mode FOR EACH STATEMENT EXECUTE FUNCTION hub_mode_is_fixed()");
    else
        for (const char *what : {"UPDATE", "DELETE"})
            statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS hub_mode_no_%1 BEFORE %2 ON hub_mode BEGIN "
                                         "SELECT RAISE(ABORT, 'the hub mode is fixed when the store is created'); END")
                              .arg(QString::fromLatin1(what).toLower(), QLatin1String(what));
    return statements;
}

Result<std::optional<HubMode>> HubStore::mode()
{
    if (m_mode)
        return m_mode;
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT mode FROM hub_mode WHERE id = 1"));
    if (!q)
        return q.takeError();
    if (!q->next())
        return std::optional<HubMode>();
    const QString stored = q->value(0).toString();
    if (stored == storedName(HubMode::Production))
        m_mode = HubMode::Production;
    else if (stored == storedName(HubMode::Simulation))
        m_mode = HubMode::Simulation;
    else
        return fail(ErrorCode::Integrity,
                    tr("The hub store %1 records the mode \"%2\", which is neither production nor simulation.")
                        .arg(m_displayName, stored));
    return m_mode;
}

Result<QString> HubStore::modeProblem(bool simulated)
{
    Result<std::optional<HubMode>> known = mode();
    if (!known)
        return known.takeError();
    if (!*known || (**known == HubMode::Simulation) == simulated)
        return QString();
    // Said to stations too: the store's location stays out of it.
    return simulated ? tr("A drill (simulation) record is refused: this hub's store is a production store.")
                     : tr("A production record is refused: this hub's store is a drill (simulation) store.");
}

Result<std::optional<HubMode>> HubStore::settleMode(std::optional<HubMode> create, const QString &operatorName,
                                                    const QDateTime &nowUtc)
{
    if (Result<std::optional<HubMode>> known = mode(); !known || *known)
        return known;
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    // Two hubs starting together on a new PostgreSQL database: the second one finds the first's row.
    if (m_postgres)
        if (Result<QSqlQuery> lock = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7256002)")); !lock)
            return lock.takeError();
    if (Result<std::optional<HubMode>> known = mode(); !known || *known)
        return known;
    Result<QSqlQuery> counts = exec(
        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN simulated <> 0 THEN 1 ELSE 0 END), 0) FROM records"));
    if (!counts)
        return counts.takeError();
    const qint64 all = counts->next() ? counts->value(0).toLongLong() : 0;
    const qint64 drill = counts->value(1).toLongLong();
    HubMode chosen = HubMode::Production;
    QJsonObject details;
    QString action;
    if (drill > 0 && drill < all)
        return fail(ErrorCode::InvalidState,
                    tr("The hub store %1 was made before hubs recorded their mode, and holds both production "
                       "records (%2) and drill records (%3): nobody can tell any more which results are real, so it "
                       "is used neither to serve, nor to publish, nor to import. Keep it to look into, and start "
                       "the production hub and the drill hub each on a new store (actahub init, with --simulation "
                       "for the drill).")
                        .arg(m_displayName)
                        .arg(all - drill)
                        .arg(drill));
    if (all > 0) {
        // Made before modes were recorded: its records say what it has been.
        chosen = drill > 0 ? HubMode::Simulation : HubMode::Production;
        action = QStringLiteral("hub_mode_inferred");
        details.insert(QStringLiteral("records"), all);
    } else if (create) {
        chosen = *create;
        action = QStringLiteral("hub_created");
    } else {
        return std::optional<HubMode>();
    }
    details.insert(QStringLiteral("mode"), storedName(chosen));
    Result<QSqlQuery> q = exec(QStringLiteral("INSERT INTO hub_mode (id, mode, recorded_at, recorded_by, "
                                              "recorded_from) VALUES (1, ?, ?, ?, ?)"),
                               {storedName(chosen), toStoredUtc(nowUtc), operatorName,
                                all > 0 ? QStringLiteral("records") : QStringLiteral("creation")});
    if (!q)
        return q.takeError();
    if (Status s = appendAudit(operatorName, action,
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), nowUtc);
        !s)
        return s.takeError();
    if (Status s = transaction->commit(); !s)
        return s.takeError();
    m_mode = chosen;
    qCInfo(lcHub).noquote() << QStringLiteral("hub store %1 is a %2 store (%3)")
                                   .arg(m_displayName, storedName(chosen),
                                        all > 0 ? QStringLiteral("from its records") : QStringLiteral("new"));
    return m_mode;
}

} // namespace acta
