#include "ProgressQueries.h"

#include "ActaKey.h"
#include "ActaRepository.h"
#include "Database.h"
#include "PrepRules.h"
#include "Query.h"
#include "Statement.h"
#include "StorageLog.h"

#include <QHash>
#include <QSet>

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

QString Inconsistency::notCountedReason() const
{
    if (contabilizada)
        return {};
    QStringList reasons;
    for (Observation o : observations) {
        switch (o) {
        case Observation::FueraDeCatalogo:
        case Observation::SinActa:
        case Observation::ExcedeListaNominal:
        case Observation::TodosIlegibles:
        case Observation::TodosSinDato:
            reasons << PrepRules::displayLabel(o, sinActaReason);
            break;
        default:
            break;
        }
    }
    // Illegible and empty fields mixed, with no number anywhere: no single label says it.
    if (reasons.isEmpty())
        reasons << ProgressQueries::tr("No vote field holds a number");
    return reasons.join(QStringLiteral("; "));
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
    // The figures: the newest entry 2 or adjudication. Whether its identity was typed by hand:
    // the newest image, as the outbox record takes it.
    return sql::rows<Classified>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, a.state, a.sin_acta_reason, a.verified_at, e.values_json, "
                       "i.identity_typed FROM actas a "
                       "LEFT JOIN entries e ON e.id = (SELECT max(x.id) FROM entries x WHERE x.acta_id = a.id "
                       "AND x.kind IN ('entry2', 'adjudication')) "
                       "LEFT JOIN images i ON i.id = (SELECT max(y.id) FROM images y WHERE y.acta_id = a.id) "
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
                    // Only a record with figures carries how its page came in (as the outbox).
                    facts.identityTyped = !r.isNull(5) && r.columnInt64(5) != 0;
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
        out.append({c.clave, c.district, c.state, c.classification->observaciones(), c.classification->contabilizada,
                    c.classification->observations, c.classification->sinActaReason});
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

    Result<QHash<qint64, Discrepancies>> discrepancies = discrepanciesByUser();
    if (!discrepancies)
        return discrepancies.takeError();
    for (auto it = discrepancies->cbegin(); it != discrepancies->cend(); ++it) {
        if (!index.contains(it.key()))
            continue;
        ClerkProgress &c = out[index.value(it.key())];
        c.compared = it->compared;
        c.disagreements = it->disagreements;
        c.pending = it->pending;
    }
    return out;
}

Result<QHash<qint64, ProgressQueries::Discrepancies>> ProgressQueries::discrepanciesByUser()
{
    struct Entry
    {
        qint64 acta = 0;
        qint64 id = 0;
        QString kind;
        qint64 user = 0;
        QString json;
    };
    Result<QList<Entry>> entries = sql::rows<Entry>(
        m_db, QStringLiteral("SELECT acta_id, id, kind, user_id, values_json FROM entries ORDER BY acta_id, id"), {},
        [](Statement &r) -> Result<Entry> {
            return Entry {r.columnInt64(0), r.columnInt64(1), r.columnText(2), r.columnInt64(3), r.columnText(4)};
        });
    if (!entries)
        return entries.takeError();

    QHash<qint64, Discrepancies> out;
    // Two entries differ when their figures do (SIN DATO-aware, as the workflow compares them).
    QHash<qint64, Tally> parsed; // by entry id, within one acta
    auto tallyOf = [&parsed](const Entry &e) -> Result<Tally> {
        if (auto it = parsed.constFind(e.id); it != parsed.constEnd())
            return *it;
        Result<Tally> t = Tally::fromJsonText(e.json);
        if (!t)
            return t.takeError();
        parsed.insert(e.id, *t);
        return t;
    };
    auto differ = [&](const Entry &a, const Entry &b) -> Result<bool> {
        if (a.json == b.json)
            return false;
        Result<Tally> ta = tallyOf(a);
        if (!ta)
            return ta.takeError();
        Result<Tally> tb = tallyOf(b);
        if (!tb)
            return tb.takeError();
        return !ta->sameFigures(*tb);
    };

    // One acta at a time: its entries in the order they were stored.
    for (qsizetype from = 0; from < entries->size();) {
        qsizetype to = from;
        while (to < entries->size() && entries->at(to).acta == entries->at(from).acta)
            ++to;
        parsed.clear();
        QSet<qint64> typed; // people whose entry was compared
        QSet<qint64> charged; // ... and differed from the decided figures
        QList<std::pair<const Entry *, const Entry *>> open; // disputes awaiting a decision
        const Entry *entry1 = nullptr;
        auto decide = [&](const Entry &decided) -> Status {
            for (const auto &[e1, e2] : std::as_const(open)) {
                for (const Entry *e : {e1, e2}) {
                    Result<bool> wrong = differ(*e, decided);
                    if (!wrong)
                        return wrong.takeError();
                    if (*wrong)
                        charged.insert(e->user);
                }
            }
            open.clear();
            return {};
        };
        for (qsizetype i = from; i < to; ++i) {
            const Entry &e = entries->at(i);
            if (e.kind == QLatin1String("entry1")) {
                entry1 = &e;
            } else if (e.kind == QLatin1String("entry2")) {
                if (!entry1)
                    continue; // the store never holds one; nothing to compare it with
                typed << entry1->user << e.user;
                Result<bool> d = differ(*entry1, e);
                if (!d)
                    return d.takeError();
                if (*d)
                    open.append(std::pair<const Entry *, const Entry *>(entry1, &e));
                else if (Status s = decide(e); !s) // matching entries after a send-back decide
                    return s.takeError();
            } else if (e.kind == QLatin1String("adjudication")) {
                if (Status s = decide(e); !s)
                    return s.takeError();
            }
        }
        QSet<qint64> pending;
        for (const auto &[e1, e2] : std::as_const(open))
            pending << e1->user << e2->user;
        for (qint64 user : std::as_const(typed)) {
            Discrepancies &d = out[user];
            if (charged.contains(user)) {
                ++d.compared;
                ++d.disagreements;
            } else if (pending.contains(user)) {
                ++d.pending;
            } else {
                ++d.compared;
            }
        }
        from = to;
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
    // The series ends at now, never after: a chart of what has happened.
    const QDateTime now = m_clock.nowUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch() + offset * 60; // station time
    const qint64 nowMinute = nowSecs / 60;
    qint64 first = nowMinute; // actas stamped after now (the clock set back) start no later than now
    for (const auto *list : {&*received, &*verified})
        if (!list->isEmpty())
            first = std::min(first, localMinute(list->first().first));
    // The minute now falls in, included: a flat line to now says "nothing since".
    const qint64 last = nowSecs % 60 == 0 ? nowMinute : nowMinute + 1;

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
        const bool lastBucket = b == buckets - 1;
        const qint64 end = start + (b + 1) * width;
        // The last bucket takes everything left, stamped after now or not, and ends at now.
        for (; ri < received->size() && (lastBucket || localMinute(received->at(ri).first) < end); ++ri)
            receivedSum += received->at(ri).second;
        for (; vi < verified->size() && (lastBucket || localMinute(verified->at(vi).first) < end); ++vi)
            verifiedSum += verified->at(vi).second;
        const QDateTime at = lastBucket ? now : QDateTime::fromSecsSinceEpoch((end - offset) * 60, Qt::UTC);
        series.points.append({at, receivedSum, verifiedSum});
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
