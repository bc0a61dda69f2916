#pragma once

#include "Catalog.h"
#include "ElectionTemplate.h"
#include "Result.h"

#include <QCoreApplication>

namespace acta {

// What every command and view captures against: an election template and its casilla catalog,
// always as a pair (a catalog describes one election's casillas, so neither is taken alone).
// The fictional sample election (resources/sample, made by tools/generate_sample_election.py)
// is embedded for the demo station, drills and tests.
struct Election
{
    Q_DECLARE_TR_FUNCTIONS(Election)

public:
    static QString sampleTemplatePath(); // Qt resource path
    static QString sampleCatalogPath();
    static Result<Election> sample();
    // The errors name the file (and the JSON path, or the line and column).
    static Result<Election> fromFiles(const QString &templatePath, const QString &catalogPath);
    // The template's districts (runs_in, candidacies) are the catalog's, and when the template lists
    // candidacies, every district of the catalog has them.
    static Status checkTogether(const ElectionTemplate &election, const Catalog &catalog);

    ElectionTemplate election;
    Catalog catalog;
};

} // namespace acta
