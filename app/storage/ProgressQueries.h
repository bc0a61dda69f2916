#pragma once

#include "ActaWorkflow.h"
#include "Catalog.h"
#include "Clock.h"
#include "ElectionTemplate.h"
#include "PrepRules.h"
#include "Result.h"
#include "Roles.h"
#include "UpstreamRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

class Database;

// How many actas are in one workflow state.
struct StateCount
{
    ActaWorkflow::State state = ActaWorkflow::State::Received;
    qint64 actas = 0;
};

// One district of the catalog: the actas it expects and how far they got. district 0 holds
// the actas outside the catalog (identity unreadable, not approved, or marked fuera de
// catálogo); they are never expected.
struct DistrictProgress
{
    int district = 0;
    QString name; // DISTRITO; empty for district 0
    qint64 expected = 0; // casillas of the catalog in the district (one acta each for this election)
    qint64 received = 0; // actas registered at the station, sin acta included: none is awaited any more
    qint64 verified = 0; // verified_at set: entries matched, or a third person decided
    qint64 counted = 0; // CONTABILIZADA = 1 under the PREP rules

    // Percentages of expected, truncated (never rounded up) to `decimals`; nullopt when none expected.
    std::optional<double> percentOfExpected(qint64 part, int decimals = 1) const;
};

// A final acta whose PREP classification carries OBSERVACIONES: exactly what its outbox record
// (and so the publication) says, "Identificación por proceso técnico operativo" included.
struct Inconsistency
{
    QString clave; // CLAVE_ACTA; empty when the identity could not be read
    int district = 0; // 0: outside the catalog
    ActaWorkflow::State state = ActaWorkflow::State::Received;
    QString observaciones; // the publication text (fixed Spanish, as published)
    bool contabilizada = false;
    QList<Observation> observations; // the same, as codes, in publication order
    std::optional<SinActaReason> sinActaReason;

    // Why it is not counted, translated ("Exceeds the voter list", ...); empty when counted.
    QString notCountedReason() const;
};

// The outbox: one row per version of an acta that goes upstream.
// Outbox progress for the dashboard: the station's one sync summary (UpstreamRepository).
using SyncStatus = SyncSummary;

// One person's data entry. Counts every entry the person stored, also after a send-back.
struct ClerkProgress
{
    qint64 userId = 0;
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    qint64 entry1 = 0;
    qint64 entry2 = 0;
    qint64 adjudications = 0;
    QDateTime firstEntry; // UTC, of entries 1 and 2 (adjudications are decisions, not typing)
    QDateTime lastEntry;
    // Throughput, two figures for two questions:
    //  - lastHour: entries 1 and 2 stored in the 60 minutes before now (the current pace);
    //  - perHour: the average pace over the person's active span, (n - 1) entries over the
    //    time from the first to the last of them: n entries close n - 1 intervals, so 10
    //    entries three minutes apart give 20 per hour. nullopt with fewer than two entries
    //    or when they all share one instant. Breaks inside the span lower it.
    qint64 lastHour = 0;
    std::optional<double> perHour;
    // Discrepancies, counted per acta. Every entry 2 is compared with the entry 1 it was checked
    // against (the newest entry 1 of the acta stored before it), exactly as the workflow
    // compared them. When they matched, neither person is charged. When they differed, the
    // person who was wrong is known only once the acta's figures are decided: by the
    // adjudication that follows, or, after a send-back, by the next entries that match. Then
    // each of the two is charged when their entry differs from the decided figures on some
    // field; until then the acta is pending for both, and nobody is charged. A supervisor's
    // later reopening of an acta whose entries matched charges nobody.
    //  - compared: actas where this person typed an entry 1 or 2 that was compared, whose
    //    outcome is known (matched, or decided);
    //  - disagreements: of those, the actas where this person's entry differed from the decided
    //    figures (at most one per acta, whatever the rounds);
    //  - pending: actas in dispute with this person's entry, awaiting a decision (not in compared).
    qint64 compared = 0;
    qint64 disagreements = 0;
    qint64 pending = 0;

    std::optional<double> disagreementRate() const; // disagreements / compared; nullopt when none compared
};

// Cumulative actas received and verified at the end of each time bucket.
struct ProgressPoint
{
    QDateTime at; // UTC, end of the bucket
    qint64 received = 0;
    qint64 verified = 0;
};

// The series ends at the time it was read ("now" on the station clock), never after: every
// bucket ends on a boundary (start + n * bucketMinutes) except the last one, which ends at now
// when now falls inside it. Actas stamped after now (a station clock set back) count at now,
// so the last point agrees with the tables.
struct ProgressSeries
{
    QDateTime start; // UTC, where the first bucket begins (zero actas there)
    int bucketMinutes = 10;
    QList<ProgressPoint> points; // one per bucket, in time order; empty when there are no actas
};

// Everything the supervisor dashboard shows, read in one snapshot of the store.
struct ProgressReport
{
    QDateTime at; // UTC, when it was read (the station clock)
    QList<StateCount> states; // every state, in enum order, zeros included
    QList<DistrictProgress> districts; // catalog districts in order, then district 0 when it has actas
    QList<Inconsistency> inconsistencies; // by clave
    SyncStatus sync;
    QList<ClerkProgress> clerks; // people with at least one entry, by username
    ProgressSeries series;

    // The sum of the catalog's districts; actas outside the catalog (district 0) are left out,
    // as they are of the expected actas.
    DistrictProgress total() const;
};

// Read-only queries over the station store for the supervisor dashboard. Nothing here writes.
//
// The verified figures of an acta are its newest entry 2 or adjudication, whichever came
// last: after a dispute the adjudication, after a send-back the new matching entry 2 (the
// same choice the outbox makes for a freshly verified or adjudicated acta).
class ProgressQueries
{
    Q_DECLARE_TR_FUNCTIONS(ProgressQueries)

public:
    // Bucket widths the progress series picks from, in minutes: the smallest that keeps the
    // series within maxBuckets.
    static const QList<int> &bucketWidths();

    ProgressQueries(Database &db, const Clock &clock);

    Result<QList<StateCount>> countsByState();
    // The classification needs the catalog (districts, vote ceilings) and the election template
    // (which fields are votes); the station captures one election.
    Result<QList<DistrictProgress>> byDistrict(const Catalog &catalog, const ElectionTemplate &election);
    Result<QList<Inconsistency>> inconsistencies(const Catalog &catalog, const ElectionTemplate &election);
    Result<SyncStatus> syncStatus();
    Result<QList<ClerkProgress>> byClerk();
    Result<ProgressSeries> progressOverTime(int maxBuckets = 48);

    // All of the above in one read transaction, so the tables agree with each other.
    Result<ProgressReport> report(const Catalog &catalog, const ElectionTemplate &election);

private:
    struct Classified;
    struct Discrepancies
    {
        qint64 compared = 0;
        qint64 disagreements = 0;
        qint64 pending = 0;
    };
    // ClerkProgress::compared, disagreements and pending, by user id.
    Result<QHash<qint64, Discrepancies>> discrepanciesByUser();
    Result<QList<Classified>> classifyActas(const Catalog &catalog, const ElectionTemplate &election);
    static QList<DistrictProgress> districtsOf(const Catalog &catalog, const ElectionTemplate &election,
                                               const QList<Classified> &actas);
    static QList<Inconsistency> inconsistenciesOf(const QList<Classified> &actas);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace acta
