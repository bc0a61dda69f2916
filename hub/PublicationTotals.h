#pragma once

#include "Catalog.h"
#include "ElectionTemplate.h"
#include "SyncRecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace acta {

// One counted acta of a cut, as the totals need it.
struct CountedActa
{
    DistrictRef district;
    int actaType = 0; // TIPO_ACTA
    bool rp = false; // a special casilla's acta of representación proporcional
    const SyncRecord *record = nullptr;
};

// The cut's totals (docs/publication.md, "resultados.json"): over the counted MR actas, the votes
// and percentages of every vote column, of every coalition (its parties plus every combination,
// where it runs) and of every candidacy, by district and overall; and the RP actas' votes per
// column. Percentages are of all votes (nulos and no registrados included), 4 decimals truncated.
QJsonObject publicationTotals(const ElectionTemplate &election, const Catalog &catalog,
                              const QList<CountedActa> &counted);

// The candidates catalog (…_candidatura.csv): one row per candidacy, pipe-separated like the cut.
QByteArray candidatesCatalogCsv(const ElectionTemplate &election, const Catalog &catalog);

// LEEME.txt: the data dictionary of the cut in Spanish, generated from the template (every file,
// line, column and code). cutText is the cut time as the CSV's second line spells it.
QByteArray publicationReadme(const ElectionTemplate &election, const Catalog &catalog, const QString &formatName,
                             bool simulation, bool finalCut);

} // namespace acta
