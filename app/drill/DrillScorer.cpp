#include "DrillScorer.h"

#include "DrillScorerIndex.h"
#include "PageReading.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace acta {

namespace {

using State = ActaWorkflow::State;

// Cumulative count against minutes from start, one point per event.
DrillReport::Series series(const QString &name, QList<QDateTime> times, const QDateTime &start)
{
    std::sort(times.begin(), times.end());
    DrillReport::Series s {name, {}};
    int n = 0;
    for (const QDateTime &t : times)
        s.points.append({double(start.msecsTo(t)) / 60000.0, ++n});
    return s;
}

} // namespace

QStringList DrillScorer::seriesNames()
{
    return {tr("Digitized"), tr("Captured"), tr("Verified"), tr("Synced")};
}

DrillScorer::DrillScorer(const Election &election, const DrillKey &key)
    : m_election(election)
    , m_key(key)
{ }

DrillReport DrillScorer::score(const DrillFacts &facts, const QDateTime &startedAt, const QDateTime &scoredAt) const
{
    const ElectionTemplate &t = m_election.election;
    DrillReport report;
    report.drillId = m_key.drillId;
    report.stationName = facts.stationName;
    report.utcOffsetMinutes = facts.utcOffsetMinutes;
    report.scoredAt = scoredAt;
    report.pagesInKey = int(m_key.pages.size());

    Index ix;
    for (const DrillPage &p : m_key.pages)
        if (p.role == DrillPage::Role::Original)
            ix.truthOf.insert(p.clave, &p);
    const QStringList expected = m_key.expectedClaves();
    const QSet<QString> drillActas(expected.cbegin(), expected.cend());
    // Only what happened in this drill: an acta with one of its claves received before it started
    // belongs to an earlier drill in the same station.
    for (const DrillFacts::Acta &a : facts.actas)
        if (drillActas.contains(a.clave)
            && !(startedAt.isValid() && a.receivedAt.isValid() && a.receivedAt < startedAt))
            ix.actaOf.insert(a.clave, &a);
    QHash<QString, QDateTime> firstImageOf;
    for (const DrillFacts::Image &i : facts.images) {
        ix.imageOfSha.insert(i.sha256, &i);
        if (!firstImageOf.contains(i.clave))
            firstImageOf.insert(i.clave, i.at);
    }
    for (const DrillFacts::Refused &r : facts.refused)
        ix.refusedOfSha[r.sha256].append(&r);
    for (const DrillFacts::Entry &e : facts.entries)
        if (ix.actaOf.contains(e.clave) && !(startedAt.isValid() && e.at < startedAt))
            ix.entriesOf[e.clave].append(&e);
    for (const DrillFacts::Reading &r : facts.readings)
        if (ix.actaOf.contains(r.clave))
            ix.readingOf.insert(r.clave, r.json);
    const auto &truthOf = ix.truthOf;
    const auto &actaOf = ix.actaOf;
    const auto &entriesOf = ix.entriesOf;

    const auto wrongFields = [&](const Tally &entered, const Tally &truth, int *checked) {
        int wrong = 0;
        for (const TemplateField &f : t.allFields()) {
            if (!truth.has(f.id) && !entered.has(f.id))
                continue; // not on this acta's ballot, and nobody typed it
            if (checked)
                ++*checked;
            if (entered.value(f.id) != truth.value(f.id))
                ++wrong;
        }
        return wrong;
    };

    // Minute 0: when the trainer started the drill, or else the first thing that happened in it.
    QDateTime start = startedAt;
    if (!start.isValid()) {
        for (const DrillFacts::Acta *a : std::as_const(actaOf))
            if (a->receivedAt.isValid() && (!start.isValid() || a->receivedAt < start))
                start = a->receivedAt;
        if (!start.isValid())
            start = scoredAt;
    }
    report.startedAt = start;

    // Progress over time, and the two waits.
    QList<QDateTime> digitized, captured, verified, synced;
    QList<double> toCapture, toVerify;
    for (const DrillFacts::Acta *a : std::as_const(actaOf)) {
        if (firstImageOf.contains(a->clave))
            digitized << firstImageOf.value(a->clave);
        if (a->capturedAt.isValid()) {
            captured << a->capturedAt;
            if (a->receivedAt.isValid())
                toCapture << double(a->receivedAt.msecsTo(a->capturedAt)) / 1000.0;
        }
        if (a->verifiedAt.isValid()) {
            verified << a->verifiedAt;
            if (a->capturedAt.isValid())
                toVerify << double(a->capturedAt.msecsTo(a->verifiedAt)) / 1000.0;
        }
    }
    for (const DrillFacts::Synced &s : facts.synced)
        if (actaOf.contains(s.clave) && !(startedAt.isValid() && s.at < startedAt))
            synced << s.at;
    const QStringList names = seriesNames();
    report.progress = {series(names[0], digitized, start), series(names[1], captured, start),
                       series(names[2], verified, start), series(names[3], synced, start)};
    report.intakeToCapture = DrillReport::Durations::of(toCapture);
    report.captureToVerification = DrillReport::Durations::of(toVerify);

    // Per clerk, and every dispute.
    QMap<QString, DrillReport::ClerkScore> clerks;
    QHash<QString, QString> fullNames;
    for (const DrillFacts::Person &p : facts.people)
        fullNames.insert(p.username.toLower(), p.fullName);
    QHash<QString, QSet<QString>> actasOfClerk;
    QHash<QString, qint64> activeMs;
    QHash<QString, int> measured;
    for (auto it = entriesOf.cbegin(); it != entriesOf.cend(); ++it) {
        const DrillPage *truth = truthOf.value(it.key());
        const DrillFacts::Entry *lastEntry1 = nullptr;
        for (const DrillFacts::Entry *e : it.value()) {
            if (e->kind == EntryKind::Adjudication)
                continue;
            const QString who = e->username.toLower();
            DrillReport::ClerkScore &c = clerks[who];
            c.username = e->username;
            c.fullName = fullNames.value(who, e->fullName);
            ++c.entries;
            actasOfClerk[who].insert(e->clave);
            if (e->effort.keystrokes)
                c.keystrokes = c.keystrokes.value_or(0) + *e->effort.keystrokes;
            if (e->effort.activeMs) {
                activeMs[who] += *e->effort.activeMs;
                ++measured[who];
            }
            if (truth)
                c.fieldsWrong += wrongFields(e->tally, truth->truth, &c.fieldsChecked);
            if (e->kind == EntryKind::Entry1) {
                lastEntry1 = e;
                continue;
            }
            if (!lastEntry1 || lastEntry1->tally.sameFigures(e->tally))
                continue;
            DrillReport::Dispute d;
            d.clave = it.key();
            d.entry1User = lastEntry1->username;
            d.entry2User = e->username;
            // Judged on the fields the two entries disagree on: a mistake both made elsewhere is
            // not what sent the acta to the supervisor.
            bool oneRight = truth != nullptr, twoRight = truth != nullptr;
            if (truth)
                for (const TemplateField &f : t.allFields()) {
                    const FieldValue one = lastEntry1->tally.value(f.id), two = e->tally.value(f.id);
                    if (one == two)
                        continue;
                    oneRight = oneRight && one == truth->truth.value(f.id);
                    twoRight = twoRight && two == truth->truth.value(f.id);
                }
            d.right = oneRight && twoRight ? DrillReport::Dispute::Right::Both
                : oneRight                 ? DrillReport::Dispute::Right::Entry1
                : twoRight                 ? DrillReport::Dispute::Right::Entry2
                                           : DrillReport::Dispute::Right::Neither;
            // The decision that settled it: the first one after this second entry.
            const qsizetype at = it.value().indexOf(e);
            for (qsizetype k = at + 1; k < it.value().size(); ++k) {
                const DrillFacts::Entry *next = it.value().at(k);
                if (next->kind == EntryKind::Adjudication) {
                    d.decidedBy = next->username;
                    if (truth)
                        d.decisionRight = next->tally.sameFigures(truth->truth);
                    break;
                }
            }
            if (truth) {
                DrillReport::ClerkScore &first = clerks[lastEntry1->username.toLower()];
                (oneRight ? first.disputesRight : first.disagreementsCaused) += 1;
                (twoRight ? c.disputesRight : c.disagreementsCaused) += 1;
            }
            report.disputes << d;
        }
    }
    for (auto it = clerks.begin(); it != clerks.end(); ++it) {
        it->actas = int(actasOfClerk.value(it.key()).size());
        if (measured.value(it.key()) > 0)
            it->secondsPerEntry = double(activeMs.value(it.key())) / 1000.0 / measured.value(it.key());
        report.clerks << *it;
    }
    std::sort(report.disputes.begin(), report.disputes.end(),
              [](const DrillReport::Dispute &a, const DrillReport::Dispute &b) { return a.clave < b.clave; });

    scoreContingencies(report, ix);
    scoreRecognition(report, ix);

    for (const QString &clave : expected) {
        const DrillPage *page = truthOf.value(clave);
        if (page && page->contingency == Contingency::OutsideCatalog)
            continue; // never an acta of the count
        ++report.actasInKey;
        const DrillFacts::Acta *a = actaOf.value(clave);
        if (!a || !ActaWorkflow::isFinal(a->state))
            report.unfinished << clave;
    }
    return report;
}

} // namespace acta
