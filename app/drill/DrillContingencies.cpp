// DrillScorer: how each injected contingency ended, and recognition's own score.
#include "DrillScorerIndex.h"
#include "PageReading.h"

#include <QJsonDocument>

namespace acta {

namespace {

using State = ActaWorkflow::State;

QString stateText(const DrillFacts::Acta *a)
{
    return a ? ActaWorkflow::stateName(a->state) : DrillScorer::tr("never received");
}

} // namespace

void DrillScorer::scoreContingencies(DrillReport &report, const Index &ix) const
{
    const ElectionTemplate &t = m_election.election;
    QList<int> total(ContingencyCount, 0), right(ContingencyCount, 0);
    const auto add = [&](Contingency kind, const QString &clave, const QString &file, const QString &expected,
                         const QString &actual, bool ok) {
        report.contingencies.append(
            {DrillKey::contingencyId(kind), DrillKey::contingencyLabel(kind), clave, file, expected, actual, ok});
        ++total[int(kind)];
        if (ok)
            ++right[int(kind)];
    };
    const auto refusal = [&](const DrillPage &p) -> const DrillFacts::Refused * {
        const QList<const DrillFacts::Refused *> list = ix.refusedOfSha.value(p.sha256);
        return list.isEmpty() ? nullptr : list.first();
    };
    const auto notFinal = [&](const QString &clave) {
        return tr("not finished (%1)").arg(stateText(ix.actaOf.value(clave)));
    };

    for (const DrillPage &p : m_key.pages) {
        const DrillFacts::Image *stored = ix.imageOfSha.value(p.sha256);
        const DrillFacts::Refused *refused = refusal(p);
        const std::optional<Tally> final = ix.finalTally(p.clave);
        const auto fieldsWith = [&](FieldValue::Kind kind, int *of) {
            int n = 0;
            for (auto it = p.truth.values().cbegin(); it != p.truth.values().cend(); ++it) {
                if (it->kind() != kind)
                    continue;
                ++*of;
                if (final && final->value(it.key()) == *it)
                    ++n;
            }
            return n;
        };

        if (p.role == DrillPage::Role::Duplicate) {
            const bool ok = refused && refused->reason == QLatin1String(RefusalReason::AlreadyReceived) && !stored;
            add(Contingency::DuplicateSheet, p.clave, p.file, tr("Second copy flagged, not stored again"),
                refused      ? tr("refused (%1)").arg(refused->reason)
                    : stored ? tr("stored for acta %1").arg(stored->clave)
                             : tr("never taken in"),
                ok);
            continue;
        }
        if (p.role == DrillPage::Role::Rescan)
            continue; // scored with the acta (unfinished, recognition), not as a contingency
        switch (p.contingency) {
        case Contingency::None:
        case Contingency::DuplicateSheet: // the original sheet: an ordinary one
        case Contingency::SinActa:
            break;
        case Contingency::Illegible:
        case Contingency::Empty: {
            const bool illegible = p.contingency == Contingency::Illegible;
            int of = 0;
            const int n = fieldsWith(illegible ? FieldValue::Kind::Ilegible : FieldValue::Kind::SinDato, &of);
            add(p.contingency, p.clave, p.file,
                illegible ? tr("The crossed-out fields captured as ILEGIBLE")
                          : tr("The blank fields captured as SIN DATO"),
                final ? tr("%1 of %2 fields so").arg(n).arg(of) : notFinal(p.clave), final && n == of);
            break;
        }
        case Contingency::OverListaNominal: {
            bool ok = false;
            QString actual = notFinal(p.clave);
            const Result<ActaKey> key = ActaKey::parse(p.clave);
            const CasillaInfo *casilla = key ? m_election.catalog.find(key->casilla()) : nullptr;
            if (final && casilla) {
                const Classification c
                    = PrepRules::classify(t, ActaFacts {casilla, std::nullopt, *final, key->actaType()});
                ok = !c.contabilizada && c.has(Observation::ExcedeListaNominal);
                actual = c.contabilizada ? tr("counted (%1 votes)").arg(c.totalCalculado)
                                         : tr("not counted: %1").arg(c.observaciones());
            }
            add(p.contingency, p.clave, p.file, tr("Captured as written, not counted (exceeds the lista nominal)"),
                actual, ok);
            break;
        }
        case Contingency::TotalMismatch: {
            bool ok = false;
            QString actual = notFinal(p.clave);
            if (final) {
                ok = true;
                for (const TemplateField &f : t.otherFields())
                    if (f.kind == FieldKind::TotalAsentado && final->value(f.id) != p.truth.value(f.id)) {
                        ok = false;
                        actual = tr("total captured as %1, the sheet says %2")
                                     .arg(final->value(f.id).toDisplayString(), p.truth.value(f.id).toDisplayString());
                    }
                // The vote fields as written too: "correcting" them to match the total is no better.
                if (ok && !final->sameFigures(p.truth)) {
                    ok = false;
                    actual = tr("total as written, but other figures differ from the sheet");
                } else if (ok) {
                    actual = tr("total captured as written");
                }
            }
            add(p.contingency, p.clave, p.file, tr("The written total captured as written, not corrected"), actual, ok);
            break;
        }
        case Contingency::UpsideDown: {
            const bool ok = final && final->sameFigures(p.truth);
            add(p.contingency, p.clave, p.file, tr("Captured with the figures on the sheet"),
                final ? (ok ? tr("figures right") : tr("figures differ from the sheet")) : notFinal(p.clave), ok);
            break;
        }
        case Contingency::UnreadableQr: {
            const bool ok = stored && stored->clave == p.clave && stored->identityTyped;
            add(p.contingency, p.clave, p.file, tr("Identity typed by hand, the right one"),
                stored ? (ok ? tr("filed as %1%2").arg(stored->clave, stored->identityTyped ? tr(", typed") : QString())
                             : tr("filed as %1, a different acta").arg(stored->clave))
                    : refused ? tr("refused (%1)").arg(refused->reason)
                              : tr("never taken in"),
                ok);
            break;
        }
        case Contingency::OutsideCatalog: {
            // Filed under another (catalog) clave is the worst outcome: a made-up acta counted.
            const DrillFacts::Acta *a = ix.actaOf.value(p.clave);
            const bool marked = stored && stored->clave == p.clave && a && a->state == State::FueraDeCatalogo;
            const bool ok = (refused && !stored) || marked;
            QString actual = refused ? tr("refused (%1)").arg(refused->reason) : tr("never taken in");
            if (stored)
                actual = stored->clave != p.clave ? tr("filed as %1, a different acta").arg(stored->clave)
                                                  : tr("stored, %1").arg(stateText(a));
            add(p.contingency, p.clave, p.file, tr("Not counted: refused or marked fuera de catálogo"), actual, ok);
            break;
        }
        case Contingency::Blurred:
        case Contingency::CutOff: {
            const bool ok = refused && refused->reason == QLatin1String(RefusalReason::Quality) && !stored;
            const DrillFacts::Acta *a = ix.actaOf.value(p.clave);
            QString actual = refused ? tr("refused (%1)").arg(refused->reason)
                : stored             ? tr("stored as if readable")
                                     : tr("never taken in");
            if (ok)
                actual += QStringLiteral("; ")
                    + (a && a->verifiedAt.isValid() ? tr("the rescan was captured")
                                                    : tr("the rescan is not captured yet"));
            add(p.contingency, p.clave, p.file, tr("Refused and sent to rescan"), actual, ok);
            break;
        }
        }
    }
    for (const DrillSinActa &s : m_key.sinActa) {
        bool ok = true;
        QStringList states;
        for (const QString &clave : s.claves) {
            const DrillFacts::Acta *a = ix.actaOf.value(clave);
            ok = ok && a && a->sinActaReason == s.reason;
            states << (a && a->sinActaReason ? PrepRules::displayLabel(Observation::SinActa, a->sinActaReason)
                                             : stateText(a));
        }
        add(Contingency::SinActa, s.claves.join(QStringLiteral(", ")), QString(),
            PrepRules::displayLabel(Observation::SinActa, s.reason), states.join(QStringLiteral("; ")), ok);
    }
    for (int k = 1; k < ContingencyCount; ++k)
        if (total[k] > 0)
            report.contingencySummary.append({DrillKey::contingencyId(Contingency(k)),
                                              DrillKey::contingencyLabel(Contingency(k)), total[k], right[k]});
}

void DrillScorer::scoreRecognition(DrillReport &report, const Index &ix) const
{
    DrillReport::RecognitionScore &r = report.recognition;
    for (auto it = ix.readingOf.cbegin(); it != ix.readingOf.cend(); ++it) {
        const DrillPage *truth = ix.truthOf.value(it.key());
        if (!truth)
            continue;
        Result<PageReading> reading = PageReading::fromJson(QJsonDocument::fromJson(it.value()).object());
        if (!reading)
            continue;
        ++r.pages;
        bool allRight = true;
        for (auto f = truth->truth.values().cbegin(); f != truth->truth.values().cend(); ++f) {
            ++r.fields;
            const FieldReading *read = reading->field(f.key());
            // Only a confident reading is proposed to the clerk (EntryView); the rest is left blank.
            if (!read || !read->highConfidence) {
                ++r.abstained;
                allRight = false;
            } else if (read->value == *f) {
                ++r.correct;
            } else {
                ++r.wrong;
                allRight = false;
            }
        }
        if (allRight)
            ++r.pagesAllCorrect;
    }
}

} // namespace acta
