#pragma once

#include "FieldValue.h"
#include "PrepRules.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace acta {

// What a trainer injects into a drill. Each one has the outcome a capture center should reach
// (DrillScorer checks it):
//   Illegible        fields written and crossed out     -> captured as ILEGIBLE
//   Empty            fields left blank                  -> captured as SIN DATO
//   OverListaNominal more votes than the lista nominal  -> captured as written, not counted
//   OutsideCatalog   a casilla the catalog does not have -> never counted (refused or fuera de catálogo)
//   DuplicateSheet   the same acta scanned again later  -> the second page flagged, not stored again
//   UnreadableQr     QR code and printed header smudged -> identity typed by hand, the right one
//   Blurred          a blurred scan                     -> refused (rescan); the rescan captured
//   CutOff           part of the sheet missing          -> refused (rescan); the rescan captured
//   UpsideDown       the sheet fed upside down          -> captured as written
//   SinActa          the package came without its acta  -> recorded sin acta with the reason
//   TotalMismatch    written total differs from the sum -> captured as written (not "corrected")
enum class Contingency {
    None,
    Illegible,
    Empty,
    OverListaNominal,
    OutsideCatalog,
    DuplicateSheet,
    UnreadableQr,
    Blurred,
    CutOff,
    UpsideDown,
    SinActa,
    TotalMismatch,
};
inline constexpr int ContingencyCount = 12;

// The share of the drill's actas that get each contingency (None's entry is unused).
struct DrillProportions
{
    std::array<double, ContingencyCount> share {};
    static DrillProportions standard(); // what a trainer gets without choosing
    double of(Contingency c) const { return share[std::size_t(c)]; }
    void set(Contingency c, double s) { share[std::size_t(c)] = s; }
    double sum() const;
};

// One scan file of the drill and what is really on it.
struct DrillPage
{
    enum class Role { Original, Rescan, Duplicate };
    QString file; // name in the drill's scans folder
    QString sha256; // of the file's bytes: how the station's stored or refused page is matched to it
    int arrivalSecond = 0; // when it reaches the hot folder, seconds into the night
    QString clave; // the CLAVE_ACTA printed on it (outside the catalog too)
    Contingency contingency = Contingency::None;
    Role role = Role::Original;
    int repeats = -1; // Rescan / Duplicate: index of the page it repeats
    Tally truth; // the figures written on it, fields on its ballot only
};

// A casilla whose package came without its acta: the clerks get the note, the key the reason.
struct DrillSinActa
{
    QString casilla; // CLAVE_CASILLA
    QStringList claves; // every acta of the package (a special casilla's RP acta too)
    SinActaReason reason = SinActaReason::PaqueteNoEntregado;
    int arrivalSecond = 0;
};

// The trainer's answer key: every page and package of a drill and its truth. Kept out of the
// clerks' reach (DrillKeyFile, or the drill station's own store), never in the scans folder.
class DrillKey
{
    Q_DECLARE_TR_FUNCTIONS(DrillKey)

public:
    QString drillId;
    quint64 seed = 0;
    QString templateId;
    int templateVersion = 0;
    int actas = 0; // actas asked for
    int nightSeconds = 0; // the arrivals span this much of the night
    DrillProportions proportions;
    QList<DrillPage> pages; // in arrival order
    QList<DrillSinActa> sinActa;

    QJsonObject toJson() const;
    QByteArray toBytes() const; // compact JSON, sorted keys: the same key, the same bytes
    static Result<DrillKey> fromJson(const QJsonObject &object);
    static Result<DrillKey> fromBytes(const QByteArray &bytes);

    // The expected actas: one per original page (outside-catalog ones too) and every sin acta clave.
    QStringList expectedClaves() const;
    int indexOfSha(const QString &sha256) const; // -1 when no page has it

    // A drill id names a folder and a store row: letters, digits, ".", "_", "-", 1 to 64, not "." first.
    static bool isValidId(const QString &id);
    static QString contingencyId(Contingency c); // stable, for files: "over_lista_nominal"
    static std::optional<Contingency> contingencyFromId(const QString &id);
    static QString contingencyLabel(Contingency c); // translated
    static QString roleId(DrillPage::Role role);
};

} // namespace acta
