#include "PrepRules.h"

#include <cmath>

namespace acta {

Result<SinActaReason> sinActaReasonFromCode(int code)
{
    if (code < 1 || code > 4)
        return fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("PrepRules", "Sin acta reason %1 is unknown: it must be 1 to 4.").arg(code));
    return static_cast<SinActaReason>(code);
}

QString Classification::observaciones() const
{
    QStringList labels;
    for (Observation o : observations)
        labels << PrepRules::publicationLabel(o, sinActaReason);
    return labels.join(QLatin1String(", "));
}

QString PrepRules::publicationLabel(Observation o, std::optional<SinActaReason> reason)
{
    switch (o) {
    case Observation::FueraDeCatalogo:
        return QStringLiteral("Fuera de catálogo");
    case Observation::SinActa:
        // "Sin Acta" with the dictionary's name of its reason.
        switch (reason.value_or(SinActaReason::PaqueteNoEntregado)) {
        case SinActaReason::PaqueteNoEntregado:
            return QStringLiteral("Sin Acta (Paquete no Entregado)");
        case SinActaReason::CasillaNoInstalada:
            return QStringLiteral("Sin Acta (Casilla no Instalada)");
        case SinActaReason::SinSobre:
            return QStringLiteral("Sin Acta (Sin Sobre)");
        case SinActaReason::UrnaElectronica:
            return QStringLiteral("Sin Acta (Sin AR por contingencia en UR)");
        }
        break;
    case Observation::ExcedeListaNominal:
        return QStringLiteral("Excede lista nominal");
    case Observation::TodosIlegibles:
        return QStringLiteral("Todos los campos ilegibles");
    case Observation::TodosSinDato:
        return QStringLiteral("Todos los campos vacíos");
    case Observation::Ilegible:
        return QStringLiteral("Ilegible");
    case Observation::SinDato:
        return QStringLiteral("Sin dato");
    case Observation::IdentificacionProcesoTecnico:
        return QStringLiteral("Identificación por proceso técnico operativo");
    }
    return {};
}

QString PrepRules::displayLabel(Observation o, std::optional<SinActaReason> reason)
{
    switch (o) {
    case Observation::FueraDeCatalogo:
        return tr("Not in the catalog");
    case Observation::SinActa:
        switch (reason.value_or(SinActaReason::PaqueteNoEntregado)) {
        case SinActaReason::PaqueteNoEntregado:
            return tr("No acta: package not delivered");
        case SinActaReason::CasillaNoInstalada:
            return tr("No acta: casilla not installed");
        case SinActaReason::SinSobre:
            return tr("No acta: package delivered without envelope");
        case SinActaReason::UrnaElectronica:
            return tr("No acta: electronic ballot box contingency");
        }
        break;
    case Observation::ExcedeListaNominal:
        return tr("Exceeds the voter list");
    case Observation::TodosIlegibles:
        return tr("All fields illegible");
    case Observation::TodosSinDato:
        return tr("All fields without data");
    case Observation::Ilegible:
        return tr("Illegible fields");
    case Observation::SinDato:
        return tr("Fields without data");
    case Observation::IdentificacionProcesoTecnico:
        return tr("Identity typed from the sheet");
    }
    return {};
}

Status PrepRules::checkTally(const ElectionTemplate &tmpl, const Tally &tally)
{
    for (auto it = tally.values().cbegin(); it != tally.values().cend(); ++it) {
        const TemplateField *field = tmpl.field(it.key());
        if (!field)
            return fail(ErrorCode::InvalidInput,
                        tr("The field %1 is not part of the template %2.").arg(it.key(), tmpl.id()));
        if (it->isNumber() && it->number() >= qint64(std::pow(10, field->digits)))
            return fail(ErrorCode::InvalidInput,
                        tr("The value %1 of %2 has more digits than the %3 boxes on the form.")
                            .arg(it->number())
                            .arg(field->id)
                            .arg(field->digits));
    }
    return {};
}

bool PrepRules::onBallot(const ElectionTemplate &tmpl, const TemplateField &field, const ActaFacts &facts)
{
    const int type = facts.actaType ? facts.actaType : tmpl.actaType();
    if (!facts.casilla)
        return facts.tally.values().contains(field.id) || tmpl.runsIn(field, DistrictRef {}, type);
    const DistrictRef district {facts.casilla->key.state(), facts.casilla->district};
    return tmpl.runsIn(field, district, type);
}

namespace {

std::optional<qint64> numberOf(const ElectionTemplate &tmpl, const Tally &tally, FieldKind kind)
{
    const TemplateField *f = tmpl.fieldOfKind(kind);
    if (!f)
        return std::nullopt;
    const FieldValue v = tally.value(f->id);
    return v.isNumber() ? std::optional<qint64>(v.number()) : std::nullopt;
}

QList<ConsistencyWarning> consistencyWarnings(const ElectionTemplate &tmpl, const ActaFacts &facts, qint64 calculado)
{
    using Code = ConsistencyWarning::Code;
    // QCoreApplication::translate with the class's context spelled out: lupdate files a bare
    // QCoreApplication::translate("PrepRules", ) in a free function under the namespace, and the UI then showed these
    // in English.
    QList<ConsistencyWarning> out;
    const auto asentado = numberOf(tmpl, facts.tally, FieldKind::TotalAsentado);
    const auto sacados = numberOf(tmpl, facts.tally, FieldKind::VotosSacados);
    const auto personas = numberOf(tmpl, facts.tally, FieldKind::PersonasVotaron);
    const auto reps = numberOf(tmpl, facts.tally, FieldKind::RepresentantesVotaron);
    const auto sobrantes = numberOf(tmpl, facts.tally, FieldKind::BoletasSobrantes);

    if (asentado && *asentado != calculado)
        out.append({Code::TotalAsentadoDiffers,
                    QCoreApplication::translate(
                        "PrepRules", "The total written on the sheet (%1) differs from the calculated total (%2).")
                        .arg(*asentado)
                        .arg(calculado)});
    if (sacados && *sacados != calculado)
        out.append({Code::VotosSacadosDiffer,
                    QCoreApplication::translate(
                        "PrepRules", "Votes taken out of the ballot box (%1) differ from the calculated total (%2).")
                        .arg(*sacados)
                        .arg(calculado)});
    if (personas && reps && sacados && *personas + *reps != *sacados)
        out.append({Code::VotersDifferFromVotosSacados,
                    QCoreApplication::translate(
                        "PrepRules",
                        "People who voted (%1) plus representatives who voted (%2) differ from votes taken out "
                        "(%3).")
                        .arg(*personas)
                        .arg(*reps)
                        .arg(*sacados)});
    if (facts.casilla) {
        const CasillaInfo &c = *facts.casilla;
        if (personas && c.key.type() != CasillaType::Especial && *personas > c.listaNominal)
            out.append({Code::PersonasExceedListaNominal,
                        QCoreApplication::translate("PrepRules", "People who voted (%1) exceed the voter list (%2).")
                            .arg(*personas)
                            .arg(c.listaNominal)});
        if (sobrantes && personas && reps && *sobrantes + *personas + *reps > c.voteCeiling())
            out.append({Code::BallotsExceedSupply,
                        QCoreApplication::translate(
                            "PrepRules",
                            "Leftover ballots (%1) plus people and representatives who voted (%2) exceed the %3 "
                            "ballots the casilla could receive.")
                            .arg(*sobrantes)
                            .arg(*personas + *reps)
                            .arg(c.voteCeiling())});
    }
    return out;
}

} // namespace

Classification PrepRules::classify(const ElectionTemplate &tmpl, const ActaFacts &facts)
{
    Classification result;
    if (!facts.casilla)
        result.observations << Observation::FueraDeCatalogo;

    if (facts.sinActa) {
        result.sinActaReason = facts.sinActa;
        result.observations << Observation::SinActa;
        result.contabilizada = false;
        return result;
    }

    int ilegibles = 0;
    int sinDato = 0;
    bool anyNumber = false;
    // Only the fields on this acta's ballot: a party, coalition or independent that does not run
    // in the district has no box to fill there.
    QList<TemplateField> votes;
    for (const TemplateField &f : tmpl.voteFields())
        if (onBallot(tmpl, f, facts))
            votes << f;
    for (const TemplateField &f : std::as_const(votes)) {
        const FieldValue v = facts.tally.value(f.id);
        result.totalCalculado += v.countedValue();
        if (v.kind() == FieldValue::Kind::Ilegible)
            ++ilegibles;
        else if (v.kind() == FieldValue::Kind::SinDato)
            ++sinDato;
        else
            anyNumber = true;
    }
    const bool allIlegible = !votes.isEmpty() && ilegibles == votes.size();
    const bool allSinDato = !votes.isEmpty() && sinDato == votes.size();

    // Over the ceiling: more votes than registered voters plus representatives
    // (for special casillas, than approved ballots plus representatives).
    if (facts.casilla && result.totalCalculado > facts.casilla->voteCeiling())
        result.observations << Observation::ExcedeListaNominal;
    if (allIlegible)
        result.observations << Observation::TodosIlegibles;
    else if (allSinDato)
        result.observations << Observation::TodosSinDato;
    else {
        if (ilegibles > 0)
            result.observations << Observation::Ilegible;
        if (sinDato > 0)
            result.observations << Observation::SinDato;
    }

    if (facts.identityTyped)
        result.observations << Observation::IdentificacionProcesoTecnico;

    // Counted only with at least one legible figure: all ILEGIBLE, all SIN DATO, or any mix of
    // the two with no number anywhere is not counted (the mix is labelled "Ilegible, Sin dato").
    result.contabilizada = facts.casilla && anyNumber && !result.observations.contains(Observation::ExcedeListaNominal);
    result.warnings = consistencyWarnings(tmpl, facts, result.totalCalculado);
    return result;
}

} // namespace acta
