#pragma once

#include "ActaKey.h"
#include "Catalog.h"
#include "DigitClassifier.h"
#include "ElectionTemplate.h"
#include "FieldValue.h"
#include "GlyphAtlas.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

#include <random>

namespace acta {

// What the generated sheet suffers from, drawn from a seed. Good pages use the ranges a
// capture center sees (flatbed scans and phone photos); bad pages break one quality rule.
struct PageDefects
{
    int dpi = 200;
    double rotationDeg = 0;
    double perspective = 0; // corner displacement, share of the page side (phone photo)
    double blurSigmaPx = 0;
    double noiseSigma = 0; // grey levels
    int jpegQuality = 0; // 0: PNG
    double lightingDrop = 0; // darkening towards one side, share of white
    bool blueInk = false;
    double inkStrength = 1;
    int strayMarks = 0;
    bool foldLine = false;
    bool upsideDown = false;
    double crossedOutRate = 0; // share of fields written and then crossed out (illegible)
    double emptyRate = 0; // share of fields left empty (sin dato)
    bool identityObscured = false; // ink blots over the QR code and the printed header (a drill's unreadable QR)

    enum class Bad { None, LowResolution, Blurred, TooDark, TooBright, LowContrast, CutOff, Blank, OtherForm };
    Bad bad = Bad::None;

    QJsonObject toJson() const;
};

enum class DefectLevel { Clean, Mild, Moderate, Severe };

struct GeneratedPage
{
    QByteArray bytes; // the encoded file, as a scanner would write it
    QString format; // "png" or "jpeg"
    ActaKey acta;
    QString templateId;
    Tally truth; // what is written (ILEGIBLE for crossed-out fields, SIN DATO for empty ones)
    QMap<QString, QList<int>> boxLabels; // field id -> class of each box (DigitClassifier.h)
    PageDefects defects;
    QJsonObject groundTruth() const;
};

// Fills a rendered blank acta with handwritten digits from an atlas and ages it like a real
// scan: the test data of the pipeline, and later the drill generator's pages.
class PageGenerator
{
    Q_DECLARE_TR_FUNCTIONS(PageGenerator)

public:
    PageGenerator(const ElectionTemplate &election, const GlyphAtlas &atlas);

    // A drill's pages: SIMULACRO in the title, the footer and the QR code.
    void setDrill(bool drill) { m_drill = drill; }

    static PageDefects randomDefects(DefectLevel level, quint64 seed);
    static PageDefects badDefects(PageDefects::Bad bad, quint64 seed);
    // Plausible figures: vote fields that add up to the written total.
    Tally randomTally(quint64 seed, double crossedOutRate = 0, double emptyRate = 0) const;
    // The same for one acta: only the fields on its district's ballot (none for the others).
    Tally randomTally(quint64 seed, double crossedOutRate, double emptyRate, int actaType,
                      const CasillaInfo *casilla) const;

    // otherForm: the template drawn instead for PageDefects::Bad::OtherForm.
    Result<GeneratedPage> generate(const ActaKey &acta, const CasillaInfo *casilla, const Tally &values,
                                   const PageDefects &defects, quint64 seed,
                                   const ElectionTemplate *otherForm = nullptr) const;

private:
    ElectionTemplate m_election;
    GlyphAtlas m_atlas;
    bool m_drill = false;
};

} // namespace acta
