#include "DrillGenerator.h"

#include "Csv.h"
#include "Sha256.h"

#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace acta {

namespace {

// splitmix64: small, and the same numbers on every machine (the standard distributions are not).
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * unit(); }
    int integer(int lo, int hi) { return lo + int(next() % quint64(hi - lo + 1)); } // [lo, hi]
    template<typename T> void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            std::swap(list[i], list[qsizetype(next() % quint64(i + 1))]);
    }
    // Arrivals over the night: few early, a peak about a third in, a long tail.
    double triangular(double mode)
    {
        const double u = unit();
        return u < mode ? std::sqrt(u * mode) : 1 - std::sqrt((1 - u) * (1 - mode));
    }

private:
    quint64 m_state;
};

qint64 fieldMax(const TemplateField &f)
{
    qint64 m = 1;
    for (int i = 0; i < f.digits; ++i)
        m *= 10;
    return m - 1;
}

bool onBallot(const ElectionTemplate &t, const TemplateField &f, const CasillaInfo &c, int actaType)
{
    return !isVoteKind(f.kind) || t.runsIn(f, DistrictRef {c.key.state(), c.district}, actaType);
}

qint64 voteSum(const ElectionTemplate &t, const Tally &tally)
{
    qint64 s = 0;
    for (const TemplateField &f : t.voteFields())
        s += tally.value(f.id).countedValue();
    return s;
}

void setOtherFields(const ElectionTemplate &t, Tally &tally, qint64 total)
{
    for (const TemplateField &f : t.otherFields())
        if (f.kind == FieldKind::PersonasVotaron || f.kind == FieldKind::VotosSacados
            || f.kind == FieldKind::TotalAsentado)
            tally.set(f.id, FieldValue::number(std::min(total, fieldMax(f))));
}

// More votes than the casilla can hold: the vote fields scaled up past its ceiling.
void pushOverCeiling(const ElectionTemplate &t, Tally &tally, const CasillaInfo &c, int actaType, Rng &r)
{
    const qint64 target = c.voteCeiling() + r.integer(5, 80);
    QList<TemplateField> votes;
    for (const TemplateField &f : t.voteFields())
        if (onBallot(t, f, c, actaType) && tally.value(f.id).isNumber())
            votes << f;
    const qint64 now = std::max<qint64>(1, voteSum(t, tally));
    for (const TemplateField &f : votes)
        tally.set(f.id, FieldValue::number(std::min(fieldMax(f), tally.value(f.id).number() * target / now)));
    for (const TemplateField &f : votes) { // the rounding, onto whichever field has room
        const qint64 missing = target - voteSum(t, tally);
        if (missing <= 0)
            break;
        const qint64 v = tally.value(f.id).number();
        tally.set(f.id, FieldValue::number(std::min(fieldMax(f), v + missing)));
    }
    setOtherFields(t, tally, voteSum(t, tally));
}

// An ordinary sheet stays under the casilla's ceiling: random figures may not exceed it by chance.
void keepUnderCeiling(const ElectionTemplate &t, Tally &tally, const CasillaInfo &c, Rng &r)
{
    const qint64 now = voteSum(t, tally);
    if (now <= c.voteCeiling() || now == 0)
        return;
    const qint64 target = qint64(c.voteCeiling() * r.uniform(0.45, 0.9));
    qint64 sum = 0;
    for (const TemplateField &f : t.voteFields())
        if (tally.value(f.id).isNumber()) {
            tally.set(f.id, FieldValue::number(tally.value(f.id).number() * target / now));
            sum += tally.value(f.id).number();
        }
    setOtherFields(t, tally, sum);
}

QList<TemplateField> ballotFields(const ElectionTemplate &t, const CasillaInfo &c, int actaType, bool votesOnly)
{
    QList<TemplateField> out;
    for (const TemplateField &f : votesOnly ? t.voteFields() : t.allFields())
        if (onBallot(t, f, c, actaType))
            out << f;
    return out;
}

} // namespace

DrillGenerator::DrillGenerator(Election election, GlyphAtlas atlas)
    : m_election(std::move(election))
    , m_generator(m_election.election, atlas)
{
    m_generator.setDrill(true); // a drill's sheets say so on paper and in the QR code
}

Result<DrillPlan> DrillGenerator::plan(const DrillOptions &o) const
{
    const ElectionTemplate &t = m_election.election;
    const QList<CasillaInfo> &all = m_election.catalog.casillas();
    if (o.actas < 1 || o.actas > MaxActas)
        return fail(ErrorCode::InvalidInput, tr("A drill has from 1 to %1 actas.").arg(MaxActas));
    if (o.actas > all.size())
        return fail(
            ErrorCode::InvalidInput,
            tr("The catalog has %1 casillas; a drill of %2 actas needs that many.").arg(all.size()).arg(o.actas));
    if (o.nightMinutes < 10 || o.nightMinutes > 24 * 60)
        return fail(ErrorCode::InvalidInput, tr("The night of a drill lasts from 10 to 1440 minutes."));
    QList<int> counts(ContingencyCount, 0);
    int injected = 0;
    for (int k = 1; k < ContingencyCount; ++k) {
        const double share = o.proportions.share[std::size_t(k)];
        if (!(share >= 0 && share <= 1))
            return fail(ErrorCode::InvalidInput,
                        tr("The share of \"%1\" must be from 0 to 1.").arg(DrillKey::contingencyLabel(Contingency(k))));
        counts[k] = int(std::lround(share * o.actas));
        injected += counts[k];
    }
    if (injected > o.actas)
        return fail(ErrorCode::InvalidInput,
                    tr("The contingencies add up to %1 actas, more than the drill's %2.").arg(injected).arg(o.actas));

    if (!o.drillId.isEmpty() && !DrillKey::isValidId(o.drillId))
        return fail(ErrorCode::InvalidInput,
                    tr("The drill's name \"%1\" may hold letters, digits, \".\", \"_\" and \"-\" only (64 at most).")
                        .arg(o.drillId));
    const quint64 base = o.contentSeed.value_or(o.seed);
    Rng r(base ^ 0x51a1ac7aULL);
    QList<int> order(all.size());
    std::iota(order.begin(), order.end(), 0);
    r.shuffle(order);
    order.resize(o.actas);
    QList<Contingency> kinds;
    for (int k = 1; k < ContingencyCount; ++k)
        for (int i = 0; i < counts[k]; ++i)
            kinds << Contingency(k);
    while (kinds.size() < o.actas)
        kinds << Contingency::None;
    r.shuffle(kinds);
    // A special casilla has no lista nominal to exceed: give that contingency an ordinary one.
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        if (kinds[i] != Contingency::OverListaNominal || all[order[i]].key.type() != CasillaType::Especial)
            continue;
        for (qsizetype j = 0; j < kinds.size(); ++j)
            if (kinds[j] != Contingency::OverListaNominal && all[order[j]].key.type() != CasillaType::Especial) {
                std::swap(order[i], order[j]);
                break;
            }
    }

    DrillPlan plan;
    DrillKey &key = plan.key;
    key.drillId = o.drillId.isEmpty() ? QStringLiteral("SIM-%1-%2").arg(o.seed).arg(o.actas) : o.drillId;
    key.seed = o.seed;
    key.templateId = t.id();
    key.templateVersion = t.version();
    key.actas = o.actas;
    key.nightSeconds = o.nightMinutes * 60;
    key.proportions = o.proportions;

    struct Draft
    {
        PlannedPage planned;
        int origin = -1; // draft index of the page it repeats
    };
    QList<Draft> drafts;
    int outsideSection = 9999;
    for (int i = 0; i < o.actas; ++i) {
        const quint64 actaSeed = Rng(base * 1000003ULL + quint64(i)).next();
        Rng ar(actaSeed);
        CasillaInfo casilla = all[order[i]];
        const Contingency kind = kinds[i];
        const int actaType = t.actaType();
        const int arrival = int(ar.triangular(0.3) * key.nightSeconds);
        if (kind == Contingency::SinActa) {
            DrillSinActa sin;
            sin.casilla = casilla.key.toString();
            for (int type : t.actaTypesFor(casilla.key.type()))
                if (Result<ActaKey> k = ActaKey::make(casilla.key, type))
                    sin.claves << k->toString();
            sin.reason = SinActaReason(ar.integer(1, 3));
            sin.arrivalSecond = arrival;
            key.sinActa << sin;
            continue;
        }
        if (kind == Contingency::OutsideCatalog) {
            // The same district, a section the catalog does not have.
            for (;; --outsideSection) {
                Result<CasillaKey> made
                    = CasillaKey::make(casilla.key.state(), outsideSection, CasillaType::Basica, 1, 0);
                if (made && !m_election.catalog.find(*made)) {
                    casilla.key = *made;
                    casilla.approvedBallots.reset();
                    --outsideSection;
                    break;
                }
                if (outsideSection < 1)
                    return fail(ErrorCode::Internal, tr("No section outside the catalog is left for the drill."));
            }
        }
        Result<ActaKey> acta = ActaKey::make(casilla.key, actaType);
        if (!acta)
            return acta.takeError();
        Tally tally = m_generator.randomTally(ar.next(), 0, 0, actaType, &casilla);
        keepUnderCeiling(t, tally, casilla, ar);
        switch (kind) {
        case Contingency::Illegible:
        case Contingency::Empty: {
            QList<TemplateField> fields = ballotFields(t, casilla, actaType, false);
            ar.shuffle(fields);
            const int n = ar.integer(1, 2);
            for (int f = 0; f < n && f < fields.size(); ++f)
                tally.set(fields[f].id,
                          kind == Contingency::Illegible ? FieldValue::ilegible() : FieldValue::sinDato());
            break;
        }
        case Contingency::OverListaNominal:
            pushOverCeiling(t, tally, casilla, actaType, ar);
            break;
        case Contingency::TotalMismatch:
            for (const TemplateField &f : t.otherFields()) {
                if (f.kind != FieldKind::TotalAsentado)
                    continue;
                const qint64 sum = voteSum(t, tally);
                const qint64 off = ar.integer(3, 40);
                const qint64 written = sum + off <= fieldMax(f) ? sum + off : std::max<qint64>(0, sum - off);
                tally.set(f.id, FieldValue::number(written));
            }
            break;
        default:
            break;
        }

        PlannedPage page {DrillPage {}, *acta, casilla, PageDefects {}, ar.next()};
        const bool moderate = ar.unit() < 0.3;
        page.defects = PageGenerator::randomDefects(moderate ? DefectLevel::Moderate : DefectLevel::Mild, page.seed);
        if (kind == Contingency::Blurred)
            page.defects = PageGenerator::badDefects(PageDefects::Bad::Blurred, page.seed);
        else if (kind == Contingency::CutOff)
            page.defects = PageGenerator::badDefects(PageDefects::Bad::CutOff, page.seed);
        page.defects.upsideDown = kind == Contingency::UpsideDown;
        page.defects.identityObscured = kind == Contingency::UnreadableQr;
        page.page.clave = acta->toString();
        page.page.contingency = kind;
        page.page.truth = tally;
        page.page.arrivalSecond = arrival;
        drafts << Draft {page, -1};
        const int origin = int(drafts.size() - 1);

        // The second sheet: a rescan after a refused page, or the same acta fed again later.
        if (kind == Contingency::Blurred || kind == Contingency::CutOff || kind == Contingency::DuplicateSheet) {
            PlannedPage again = page;
            again.seed = ar.next();
            again.defects = PageGenerator::randomDefects(DefectLevel::Mild, again.seed);
            again.defects.upsideDown = false;
            const bool rescan = kind != Contingency::DuplicateSheet;
            again.page.role = rescan ? DrillPage::Role::Rescan : DrillPage::Role::Duplicate;
            again.page.arrivalSecond = arrival + (rescan ? ar.integer(900, 2700) : ar.integer(600, 3600));
            drafts << Draft {again, origin};
        }
    }
    for (Draft &d : drafts) {
        PageDefects &df = d.planned.defects;
        // A drill folder of a few hundred pages stays small: scanners here write JPEG.
        if (df.jpegQuality == 0)
            df.jpegQuality = 80 + int(d.planned.seed % 13);
        df.crossedOutRate = 0;
        df.emptyRate = 0;
    }

    // Arrival order, ties by the order they were drawn; then names and repeat indexes follow it.
    QList<int> byArrival(drafts.size());
    std::iota(byArrival.begin(), byArrival.end(), 0);
    std::stable_sort(byArrival.begin(), byArrival.end(), [&](int a, int b) {
        return drafts[a].planned.page.arrivalSecond < drafts[b].planned.page.arrivalSecond;
    });
    QList<int> position(drafts.size());
    for (qsizetype i = 0; i < byArrival.size(); ++i)
        position[byArrival[i]] = int(i);
    for (qsizetype i = 0; i < byArrival.size(); ++i) {
        PlannedPage p = drafts[byArrival[i]].planned;
        const int origin = drafts[byArrival[i]].origin;
        p.page.repeats = origin < 0 ? -1 : position[origin];
        p.page.file = QStringLiteral("escaneo-%1.jpg").arg(i + 1, 4, 10, QLatin1Char('0'));
        plan.pages << p;
        key.pages << p.page;
    }
    std::stable_sort(key.sinActa.begin(), key.sinActa.end(),
                     [](const DrillSinActa &a, const DrillSinActa &b) { return a.arrivalSecond < b.arrivalSecond; });
    return plan;
}

Result<QByteArray> DrillGenerator::renderWithPageGenerator(const PlannedPage &p) const
{
    Result<GeneratedPage> page = m_generator.generate(p.acta, &p.casilla, p.page.truth, p.defects, p.seed);
    if (!page)
        return page.takeError();
    // The key holds what the plan wrote; a generator that drew something else would score
    // clerks against figures that are not on the sheet.
    if (!(page->truth == p.page.truth))
        return fail(ErrorCode::Internal, tr("Page %1 was not drawn as planned.").arg(p.page.file));
    return page->bytes;
}

Result<DrillKey> DrillGenerator::write(const DrillPlan &plan, const QString &folder,
                                       const std::function<bool(int, int)> &progress) const
{
    const QString scans = QDir(folder).filePath(scansFolderName());
    if (!QDir().mkpath(scans))
        return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(scans)));
    const auto save = [](const QString &path, const QByteArray &bytes) -> Status {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(ErrorCode::Io,
                        tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    };
    DrillKey key = plan.key;
    for (qsizetype i = 0; i < plan.pages.size(); ++i) {
        Result<QByteArray> bytes = m_renderer ? m_renderer(plan.pages[i]) : renderWithPageGenerator(plan.pages[i]);
        if (!bytes)
            return bytes.takeError();
        key.pages[i].sha256 = sha256Hex(*bytes);
        if (Status s = save(QDir(scans).filePath(plan.pages[i].page.file), *bytes); !s)
            return s.takeError();
        if (progress && !progress(int(i + 1), int(plan.pages.size())))
            return fail(ErrorCode::InvalidState, tr("The drill was not generated: cancelled."));
    }
    // What the clerks learn when a package comes without its acta: the casilla and why.
    CsvWriter csv;
    csv.addRecord({QStringLiteral("CLAVE_CASILLA"), QStringLiteral("MOTIVO"), QStringLiteral("DESCRIPCION"),
                   QStringLiteral("MINUTO_LLEGADA")});
    for (const DrillSinActa &s : key.sinActa)
        csv.addRecord({s.casilla, QString::number(int(s.reason)),
                       PrepRules::publicationLabel(Observation::SinActa, s.reason),
                       QString::number(s.arrivalSecond / 60)});
    if (Status s = save(QDir(folder).filePath(sinActaFileName()), csv.toUtf8()); !s)
        return s.takeError();
    return key;
}

} // namespace acta
