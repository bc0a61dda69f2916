#pragma once

#include "ActaWorkflow.h"
#include "Catalog.h"
#include "Clock.h"
#include "ElectionTemplate.h"
#include "Result.h"
#include "Roles.h"
#include "UpstreamRepository.h"

#include <QCoreApplication>
#include <QDateTime>
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

// A final acta whose PREP classification carries OBSERVACIONES.
struct Inconsistency
{
    QString clave; // CLAVE_ACTA; empty when the identity could not be read
    int district = 0; // 0: outside the catalog
    ActaWorkflow::State state = ActaWorkflow::State::Received;
    QString observaciones; // the publication text (fixed Spanish, as published)
    bool contabilizada = false;
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
    // Disagreement: every entry 2 is compared with the entry 1 it was checked against (the
    // newest entry 1 of the acta stored before it), exactly as the workflow compared them.
    // A comparison counts for both people who typed its two entries; it is a disagreement
    // when the figures differed (the acta went to dispute). A supervisor's later reopening
    // of an acta whose entries matched is not a disagreement of its clerks.
    qint64 compared = 0;
    qint64 disagreements = 0;

    std::optional<double> disagreementRate() const; // 0..1; nullopt before any comparison
};

// Cumulative actas received and verified at the end of each time bucket.
struct ProgressPoint
{
    QDateTime at; // UTC, end of the bucket
    qint64 received = 0;
    qint64 verified = 0;
};

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
    Result<QList<Classified>> classifyActas(const Catalog &catalog, const ElectionTemplate &election);
    static QList<DistrictProgress> districtsOf(const Catalog &catalog, const ElectionTemplate &election,
                                               const QList<Classified> &actas);
    static QList<Inconsistency> inconsistenciesOf(const QList<Classified> &actas);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace acta
