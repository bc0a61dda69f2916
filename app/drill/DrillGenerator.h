#pragma once

#include "ActaKey.h"
#include "Catalog.h"
#include "DrillKey.h"
#include "Election.h"
#include "PageGenerator.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace acta {

struct DrillOptions
{
    int actas = 100;
    quint64 seed = 1;
    DrillProportions proportions = DrillProportions::standard();
    int nightMinutes = 480; // arrivals spread over this much of the night
    QString drillId; // empty: "SIM-<seed>-<actas>"; letters, digits, ".", "_", "-" (it names a folder)
    // The seed the pages are drawn from (DrillSecret::contentSeed): without it, the public seed.
    std::optional<quint64> contentSeed;
};

// One page the plan asks for: what to draw and how to age it.
struct PlannedPage
{
    DrillPage page; // file, arrival, clave, contingency, role, truth (sha256 once drawn)
    ActaKey acta;
    CasillaInfo casilla; // a made-up one for an acta outside the catalog
    PageDefects defects;
    quint64 seed = 0;
};

struct DrillPlan
{
    DrillKey key; // pages without sha256 yet
    QList<PlannedPage> pages; // the key's pages, same order
};

// Makes a drill: which casillas, which contingencies, what is written on each sheet, when each
// page arrives; then draws the pages (PageGenerator) into a folder. Everything follows from the
// seed: the same options give the same files, byte for byte.
//
// What it writes into the output folder:
//   escaneos/escaneo-NNNN.jpg  the scans, in arrival order (names say nothing about the truth)
//   paquetes_sin_acta.csv      the packages that came without their acta, as the clerks learn of it
// The answer key is returned, for DrillKeyFile or the drill station's store: never written here.
class DrillGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DrillGenerator)

public:
    // Draws one planned page: the encoded file. A seam: tests that score drills, not images, draw
    // small stand-ins.
    using Renderer = std::function<Result<QByteArray>(const PlannedPage &)>;

    DrillGenerator(Election election, GlyphAtlas atlas);

    static constexpr int MaxActas = 5000;
    static QString scansFolderName() { return QStringLiteral("escaneos"); }
    static QString sinActaFileName() { return QStringLiteral("paquetes_sin_acta.csv"); }

    Result<DrillPlan> plan(const DrillOptions &options) const;
    // Draws every page of the plan into <folder>/escaneos and writes the sin acta list; returns the
    // key with each page's SHA-256. progress(done, total) after each page; false from it cancels.
    Result<DrillKey> write(const DrillPlan &plan, const QString &folder,
                           const std::function<bool(int, int)> &progress = {}) const;

    void setRenderer(Renderer renderer) { m_renderer = std::move(renderer); }
    Result<QByteArray> renderWithPageGenerator(const PlannedPage &page) const;

private:
    Election m_election;
    PageGenerator m_generator;
    Renderer m_renderer;
};

} // namespace acta
