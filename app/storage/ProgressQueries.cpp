#include "ProgressQueries.h"

#include "ActaKey.h"
#include "ActaRepository.h"
#include "Database.h"
#include "PrepRules.h"
#include "Query.h"
#include "Statement.h"
#include "StorageLog.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace acta {

namespace {

using State = ActaWorkflow::State;

QDateTime storedOrInvalid(const Statement &st, int column)
{
    return st.isNull(column) ? QDateTime() : fromStoredUtc(st.columnText(column));
}

// "2027-06-06T18:05" (the first 16 characters of a stored timestamp) -> UTC.
QDateTime fromStoredMinute(const QString &minute)
{
    return QDateTime(QDate::fromString(minute.left(10), Qt::ISODate),
                     QTime::fromString(minute.mid(11, 5), QStringLiteral("HH:mm")), Qt::UTC);
}

Result<QList<std::pair<QDateTime, qint64>>> perMinute(Database &db, const QString &column)
{
    // The column name comes from this file only, never from input.
    return sql::rows<std::pair<QDateTime, qint64>>(
        db,
        QStringLiteral("SELECT substr(%1, 1, 16) AS m, count(*) FROM actas WHERE %1 IS NOT NULL GROUP BY m ORDER BY m")
            .arg(column),
        {}, [](Statement &r) -> Result<std::pair<QDateTime, qint64>> {
            const QDateTime at = fromStoredMinute(r.columnText(0));
            if (!at.isValid())
                return fail(ErrorCode::Integrity,
                            ProgressQueries::tr("The station store holds a malformed time: %1").arg(r.columnText(0)));
            return std::pair<QDateTime, qint64>(at, r.columnInt64(1));
        });
}

// A deferred read transaction: the queries of one report see the same state of the store.
// Nothing is written, so it always ends with a rollback.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db)
        : m_db(db)
    {
        if (!db.inTransaction())
            m_open = db.exec(QStringLiteral("BEGIN")).isOk();
    }
    ~ReadSnapshot()
    {
        if (m_open)
            if (Status s = m_db.exec(QStringLiteral("ROLLBACK")); !s)
                qCWarning(lcStorage) << "ending a read snapshot:" << s.error();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace

std::optional<double> DistrictProgress::percentOfExpected(qint64 part, int decimals) const
{
    if (expected <= 0)
        return std::nullopt;
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    // In integers, so that 29 of 100 is 29.0 and never 28.9 through a binary fraction.
    return double(part * 100 * scale / expected) / double(scale);
}

std::optional<double> ClerkProgress::disagreementRate() const
{
    if (compared <= 0)
        return std::nullopt;
    return double(disagreements) / double(compared);
}

DistrictProgress ProgressReport::total() const
{
    DistrictProgress sum;
    for (const DistrictProgress &d : districts) {
        if (d.district == 0)
            continue;
        sum.expected += d.expected;
        sum.received += d.received;
        sum.verified += d.verified;
        sum.counted += d.counted;
    }
    return sum;
}

struct ProgressQueries::Classified
{
    QString clave;
    int district = 0;
    State state = State::Received;
    bool verified = false;
    std::optional<Classification> classification; // final actas only
};

const QList<int> &ProgressQueries::bucketWidths()
{
    static const QList<int> widths {10, 15, 30, 60, 120, 180, 240, 360, 720, 1440};
    return widths;
}

ProgressQueries::ProgressQueries(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QList<StateCount>> ProgressQueries::countsByState()
{
    Result<QList<StateCount>> stored
        = sql::rows<StateCount>(m_db, QStringLiteral("SELECT state, count(*) FROM actas GROUP BY state"), {},
                                [](Statement &r) -> Result<StateCount> {
                                    Result<State> state = ActaWorkflow::parseState(r.columnText(0));
                                    if (!state)
                                        return state.takeError();
                                    return StateCount {*state, r.columnInt64(1)};
                                });
    if (!stored)
        return stored.takeError();
    // Every state, those without actas too.
    QList<StateCount> out;
    for (State s : ActaWorkflow::allStates())
        out.append({s, 0});
    for (const StateCount &c : *stored)
        out[int(c.state)].actas = c.actas;
    return out;
}

Result<QList<ProgressQueries::Classified>> ProgressQueries::classifyActas(const Catalog &catalog,
                                                                          const ElectionTemplate &election)
{
    return sql::rows<Classified>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, a.state, a.sin_acta_reason, a.verified_at, e.values_json FROM actas a "
                       "LEFT JOIN entries e ON e.id = (SELECT max(x.id) FROM entries x WHERE x.acta_id = a.id "
                       "AND x.kind IN ('entry2', 'adjudication')) "
                       "ORDER BY a.clave_acta IS NULL, a.clave_acta, a.id"),
        {}, [&](Statement &r) -> Result<Classified> {
            Classified c;
            c.clave = r.isNull(0) ? QString() : r.columnText(0);
            Result<State> state = ActaWorkflow::parseState(r.columnText(1));
            if (!state)
                return state.takeError();
            c.state = *state;
            std::optional<SinActaReason> sinActa;
            if (!r.isNull(2)) {
                Result<SinActaReason> reason = sinActaReasonFromCode(int(r.columnInt64(2)));
                if (!reason)
                    return reason.takeError();
                sinActa = *reason;
            }
            c.verified = !r.isNull(3);

            // Outside the catalog: marked so (an acta queued without figures and without a sin acta
            // reason was queued from FueraDeCatalogo), or its identity is unreadable or not approved.
            const bool marked = c.state == State::FueraDeCatalogo
                || ((c.state == State::QueuedForSync || c.state == State::Synced) && !sinActa && !c.verified);
            const CasillaInfo *casilla = nullptr;
            if (!marked && !c.clave.isEmpty()) {
                // An acta of another election (TIPO_ACTA) is not one the catalog expects here.
                if (Result<ActaKey> key = ActaKey::parse(c.clave);
                    key && election.actaTypesFor(key->casilla().type()).contains(key->actaType()))
                    casilla = catalog.find(key->casilla());
            }
            c.district = casilla ? casilla->district : 0;

            // Exactly the rules the outbox record and the publication apply: an acta without
            // figures (fuera de catálogo) reads as all SIN DATO, as it will be published.
            if (ActaWorkflow::isFinal(c.state)) {
                ActaFacts facts;
                facts.casilla = casilla;
                facts.sinActa = sinActa;
                if (Result<ActaKey> key = ActaKey::parse(c.clave))
                    facts.actaType = key->actaType();
                if (!sinActa && c.verified && !r.isNull(4)) {
                    Result<Tally> tally = Tally::fromJsonText(r.columnText(4));
                    if (!tally)
                        return fail(tally.code(), tr("Acta %1: %2").arg(c.clave, tally.error()));
                    facts.tally = std::move(tally).value();
                }
                c.classification = PrepRules::classify(election, facts);
            }
            return c;
        });
}

QList<DistrictProgress> ProgressQueries::districtsOf(const Catalog &catalog, const ElectionTemplate &election,
                                                     const QList<Classified> &actas)
{
    QList<DistrictProgress> out;
    QHash<int, qsizetype> index;
    QHash<int, QString> names;
    QHash<int, qsizetype> expected; // every acta each casilla fills (special casillas' RP ones too)
    for (const CasillaInfo &c : catalog.casillas()) {
        if (!names.contains(c.district))
            names.insert(c.district, c.districtName);
        expected[c.district] += election.actaTypesFor(c.key.type()).size();
    }
    for (int d : catalog.districts()) {
        index.insert(d, out.size());
        DistrictProgress p;
        p.district = d;
        p.name = names.value(d);
        p.expected = expected.value(d);
        out.append(p);
    }
    DistrictProgress outside; // district 0
    for (const Classified &c : actas) {
        DistrictProgress &p = index.contains(c.district) ? out[index.value(c.district)] : outside;
        ++p.received;
        p.verified += c.verified ? 1 : 0;
        p.counted += c.classification && c.classification->contabilizada ? 1 : 0;
    }
    if (outside.received > 0)
        out.append(outside);
    return out;
}

QList<Inconsistency> ProgressQueries::inconsistenciesOf(const QList<Classified> &actas)
{
    QList<Inconsistency> out;
    for (const Classified &c : actas) {
        if (!c.classification || c.classification->observations.isEmpty())
            continue;
        out.append({c.clave, c.district, c.state, c.classification->observaciones(), c.classification->contabilizada});
    }
    return out;
}

Result<QList<DistrictProgress>> ProgressQueries::byDistrict(const Catalog &catalog, const ElectionTemplate &election)
{
    Result<QList<Classified>> actas = classifyActas(catalog, election);
    if (!actas)
        return actas.takeError();
    return districtsOf(catalog, election, *actas);
}

Result<QList<Inconsistency>> ProgressQueries::inconsistencies(const Catalog &catalog, const ElectionTemplate &election)
{
    Result<QList<Classified>> actas = classifyActas(catalog, election);
    if (!actas)
        return actas.takeError();
    return inconsistenciesOf(*actas);
}

Result<SyncStatus> ProgressQueries::syncStatus()
{
    return UpstreamRepository::summaryOf(m_db);
}

Result<QList<ClerkProgress>> ProgressQueries::byClerk()
{
    const QDateTime now = m_clock.nowUtc();
    // SQLite numbers named parameters by their first appearance: :hour_ago is 1, :now 2.
    Result<QList<ClerkProgress>> clerks = sql::rows<ClerkProgress>(
        m_db,
        QStringLiteral("SELECT u.id, u.username, u.full_name, u.role, "
                       "sum(e.kind = 'entry1'), sum(e.kind = 'entry2'), sum(e.kind = 'adjudication'), "
                       "sum(e.kind <> 'adjudication' AND e.created_at >= :hour_ago AND e.created_at <= :now), "
                       "min(CASE WHEN e.kind <> 'adjudication' THEN e.created_at END), "
                       "max(CASE WHEN e.kind <> 'adjudication' THEN e.created_at END) "
                       "FROM entries e JOIN users u ON u.id = e.user_id GROUP BY u.id ORDER BY u.username"),
        {toStoredUtc(now.addSecs(-3600)), toStoredUtc(now)}, [](Statement &r) -> Result<ClerkProgress> {
            ClerkProgress c;
            c.userId = r.columnInt64(0);
            c.username = r.columnText(1);
            c.fullName = r.columnText(2);
            Result<Role> role = parseRole(r.columnText(3));
            if (!role)
                return role.takeError();
            c.role = *role;
            c.entry1 = r.columnInt64(4);
            c.entry2 = r.columnInt64(5);
            c.adjudications = r.columnInt64(6);
            c.lastHour = r.columnInt64(7);
            c.firstEntry = storedOrInvalid(r, 8);
            c.lastEntry = storedOrInvalid(r, 9);
            const qint64 typed = c.entry1 + c.entry2;
            const qint64 spanMs = c.firstEntry.isValid() ? c.firstEntry.msecsTo(c.lastEntry) : 0;
            if (typed >= 2 && spanMs > 0)
                c.perHour = double(typed - 1) * 3600000.0 / double(spanMs);
            return c;
        });
    if (!clerks)
        return clerks.takeError();
    QList<ClerkProgress> out = std::move(clerks).value();
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < out.size(); ++i)
        index.insert(out.at(i).userId, i);

    // Each entry 2 against the entry 1 it was compared with when it was saved.
    struct Comparison
    {
        qint64 user1 = 0;
        qint64 user2 = 0;
        bool differ = false;
    };
    Result<QList<Comparison>> comparisons = sql::rows<Comparison>(
        m_db,
        QStringLiteral("SELECT e1.user_id, e2.user_id, e1.values_json, e2.values_json FROM entries e2 "
                       "JOIN entries e1 ON e1.id = (SELECT max(x.id) FROM entries x WHERE x.acta_id = e2.acta_id "
                       "AND x.kind = 'entry1' AND x.id < e2.id) WHERE e2.kind = 'entry2'"),
        {}, [](Statement &r) -> Result<Comparison> {
            const QString json1 = r.columnText(2);
            const QString json2 = r.columnText(3);
            bool differ = false;
            if (json1 != json2) {
                Result<Tally> t1 = Tally::fromJsonText(json1);
                if (!t1)
                    return t1.takeError();
                Result<Tally> t2 = Tally::fromJsonText(json2);
                if (!t2)
                    return t2.takeError();
                differ = !t1->sameFigures(*t2);
            }
            return Comparison {r.columnInt64(0), r.columnInt64(1), differ};
        });
    if (!comparisons)
        return comparisons.takeError();
    for (const Comparison &pair : *comparisons) {
        // The store forbids one person typing both; were it so, the comparison counts once.
        const QList<qint64> people
            = pair.user1 == pair.user2 ? QList<qint64> {pair.user1} : QList<qint64> {pair.user1, pair.user2};
        for (qint64 user : people) {
            if (!index.contains(user))
                continue;
            ClerkProgress &c = out[index.value(user)];
            ++c.compared;
            c.disagreements += pair.differ ? 1 : 0;
        }
    }
    return out;
}

Result<ProgressSeries> ProgressQueries::progressOverTime(int maxBuckets)
{
    Result<QList<std::pair<QDateTime, qint64>>> received = perMinute(m_db, QStringLiteral("received_at"));
    if (!received)
        return received.takeError();
    Result<QList<std::pair<QDateTime, qint64>>> verified = perMinute(m_db, QStringLiteral("verified_at"));
    if (!verified)
        return verified.takeError();
    ProgressSeries series;
    if (received->isEmpty() && verified->isEmpty())
        return series;

    // Whole minutes since the epoch, in station time, so buckets start at :00, :10, ...
    const qint64 offset = m_clock.utcOffsetMinutes();
    auto localMinute = [offset](const QDateTime &utc) {
        return utc.toSecsSinceEpoch() / 60 + offset;
    };
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const auto *list : {&*received, &*verified}) {
        if (list->isEmpty())
            continue;
        first = std::min(first, localMinute(list->first().first));
        last = std::max(last, localMinute(list->last().first) + 1);
    }
    last = std::max(last, localMinute(m_clock.nowUtc()) + 1); // up to now: a flat line says "nothing since"

    maxBuckets = std::max(1, maxBuckets);
    int width = 0;
    for (int w : bucketWidths()) {
        const qint64 start = first - first % w;
        if ((last - start + w - 1) / w <= maxBuckets) {
            width = w;
            break;
        }
    }
    if (width == 0) { // longer than the widest buckets allow: whole days
        const qint64 days = (last - first) / 1440 / maxBuckets + 1;
        width = int(days * 1440);
    }
    const qint64 start = first - first % width;
    const qint64 buckets = std::max<qint64>(1, (last - start + width - 1) / width);
    series.bucketMinutes = width;
    series.start = QDateTime::fromSecsSinceEpoch((start - offset) * 60, Qt::UTC);

    qsizetype ri = 0;
    qsizetype vi = 0;
    qint64 receivedSum = 0;
    qint64 verifiedSum = 0;
    for (qint64 b = 0; b < buckets; ++b) {
        const qint64 end = start + (b + 1) * width;
        for (; ri < received->size() && localMinute(received->at(ri).first) < end; ++ri)
            receivedSum += received->at(ri).second;
        for (; vi < verified->size() && localMinute(verified->at(vi).first) < end; ++vi)
            verifiedSum += verified->at(vi).second;
        series.points.append({QDateTime::fromSecsSinceEpoch((end - offset) * 60, Qt::UTC), receivedSum, verifiedSum});
    }
    return series;
}

Result<ProgressReport> ProgressQueries::report(const Catalog &catalog, const ElectionTemplate &election)
{
    ReadSnapshot snapshot(m_db);
    ProgressReport r;
    r.at = m_clock.nowUtc();
    Result<QList<StateCount>> states = countsByState();
    if (!states)
        return states.takeError();
    r.states = std::move(states).value();
    Result<QList<Classified>> actas = classifyActas(catalog, election);
    if (!actas)
        return actas.takeError();
    r.districts = districtsOf(catalog, election, *actas);
    r.inconsistencies = inconsistenciesOf(*actas);
    Result<SyncStatus> sync = syncStatus();
    if (!sync)
        return sync.takeError();
    r.sync = *sync;
    Result<QList<ClerkProgress>> clerks = byClerk();
    if (!clerks)
        return clerks.takeError();
    r.clerks = std::move(clerks).value();
    Result<ProgressSeries> series = progressOverTime();
    if (!series)
        return series.takeError();
    r.series = std::move(series).value();
    return r;
}

} // namespace acta
