#pragma once

#include "DrillKey.h"
#include "DrillReport.h"
#include "DrillRepository.h"
#include "Election.h"

#include <QCoreApplication>
#include <QDateTime>

namespace acta {

// Scores a drill: what the station did (DrillFacts) against what the sheets say (DrillKey).
// Pages are matched to the key by the SHA-256 of their file, actas by CLAVE_ACTA; only the
// drill's own actas count, so a station that also ran other drills scores each on its own.
//
// A field is wrong when its value differs from the key's (ILEGIBLE and SIN DATO included: a
// crossed-out field typed as a number is wrong). An acta's final figures are its newest second
// entry or decision once it is verified or adjudicated. Who was right in a dispute: the entry
// whose figures equal the key.
class DrillScorer
{
    Q_DECLARE_TR_FUNCTIONS(DrillScorer)

public:
    DrillScorer(const Election &election, const DrillKey &key);

    // The progress series' names, translated now: digitized, captured, verified, synced.
    static QStringList seriesNames();

    // startedAt: the drill's minute 0 (invalid: the first thing that happened in it).
    DrillReport score(const DrillFacts &facts, const QDateTime &startedAt, const QDateTime &scoredAt) const;

    struct Index; // the facts by page SHA-256 and CLAVE_ACTA

private:
    void scoreContingencies(DrillReport &report, const Index &index) const;
    void scoreRecognition(DrillReport &report, const Index &index) const;

    const Election &m_election;
    const DrillKey &m_key;
};

} // namespace acta
