#pragma once

#include "Catalog.h"
#include "ElectionTemplate.h"
#include "FieldValue.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

// Why a casilla's acta never arrived (the PREP's "sin acta" reasons 1-4).
enum class SinActaReason {
    PaqueteNoEntregado = 1,
    CasillaNoInstalada = 2,
    SinSobre = 3,
    UrnaElectronica = 4,
};
Result<SinActaReason> sinActaReasonFromCode(int code);

// The OBSERVACIONES labels. The first five make an acta not counted; the last two
// accompany a counted acta, or (together, with no number in any vote field) one that is not.
enum class Observation {
    FueraDeCatalogo,
    SinActa,
    ExcedeListaNominal,
    TodosIlegibles,
    TodosSinDato,
    Ilegible,
    SinDato,
    // The identity was typed from the sheet by hand (the QR code could not be read): a note only.
    IdentificacionProcesoTecnico,
};

// Arithmetic between the sheet's other figures. A warning never changes what was captured.
struct ConsistencyWarning
{
    enum class Code {
        TotalAsentadoDiffers, // TOTAL_VOTOS_ASENTADO != TOTAL_VOTOS_CALCULADO
        VotosSacadosDiffer, // votos sacados de la urna != TOTAL_VOTOS_CALCULADO
        VotersDifferFromVotosSacados, // personas + representantes que votaron != votos sacados
        PersonasExceedListaNominal, // personas que votaron > LISTA_NOMINAL (not for S casillas)
        BallotsExceedSupply, // sobrantes + personas + representantes > what the casilla could receive
    };
    Code code;
    QString message; // translated, names the figures
};

// What the rules need to know about one acta.
struct ActaFacts
{
    const CasillaInfo *casilla = nullptr; // nullptr: identity not in the catalog (fuera de catálogo)
    std::optional<SinActaReason> sinActa; // set when the acta never arrived
    Tally tally; // ignored for sin acta
    int actaType = 0; // TIPO_ACTA; 0: the election's main acta
    bool identityTyped = false; // identified by hand, not from its QR code
};

struct Classification
{
    qint64 totalCalculado = 0; // TOTAL_VOTOS_CALCULADO
    bool contabilizada = false; // CONTABILIZADA
    QList<Observation> observations; // in publication order
    std::optional<SinActaReason> sinActaReason;
    QList<ConsistencyWarning> warnings;

    QString observaciones() const; // OBSERVACIONES cell: publication labels joined by ", "
    bool has(Observation o) const { return observations.contains(o); }
};

// The PREP counting rules (see shared/docs/domain.md, "Field values and the counting rules").
class PrepRules
{
    Q_DECLARE_TR_FUNCTIONS(PrepRules)

public:
    static Classification classify(const ElectionTemplate &tmpl, const ActaFacts &facts);

    // A tally may only name fields of its template, and no number may have more digits than
    // the boxes printed for it. Fields it does not name read as SIN DATO.
    static Status checkTally(const ElectionTemplate &tmpl, const Tally &tally);

    // Whether a vote field is on this acta's ballot (ElectionTemplate::runsIn). Outside the
    // catalog the district is unknown: a field counts when it runs everywhere or was captured.
    static bool onBallot(const ElectionTemplate &tmpl, const TemplateField &field, const ActaFacts &facts);

    // The fixed Spanish text of the published data (never translated).
    static QString publicationLabel(Observation o, std::optional<SinActaReason> reason = std::nullopt);
    // The label shown in the UI, translated.
    static QString displayLabel(Observation o, std::optional<SinActaReason> reason = std::nullopt);
};

} // namespace acta
