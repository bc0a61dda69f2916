#include "PublicationTotals.h"

#include "Csv.h"
#include "Publisher.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>

namespace acta {

namespace {

struct DistrictInfo
{
    DistrictRef ref;
    QString stateName;
    QString name;
};

// The catalog's districts in the order they first appear.
QList<DistrictInfo> districtsOf(const Catalog &catalog)
{
    QList<DistrictInfo> out;
    QSet<qint64> seen;
    for (const CasillaInfo &c : catalog.casillas()) {
        const qint64 id = qint64(c.key.state()) * 10000 + c.district;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        out.append({DistrictRef {c.key.state(), c.district}, c.stateName, c.districtName});
    }
    return out;
}

QJsonObject share(qint64 votes, qint64 total)
{
    return QJsonObject {{QStringLiteral("votos"), votes},
                        {QStringLiteral("porcentaje"), Publisher::truncatedPercent(votes, total)}};
}

// Votes per vote column of a set of actas.
struct Sums
{
    QHash<QString, qint64> column;
    qint64 total = 0;

    // Only the fields on the acta's ballot, as TOTAL_VOTOS_CALCULADO: a figure for a contender that
    // does not run there (a record stored before the hub refused them) is published as "-".
    void add(const ElectionTemplate &election, const CountedActa &a)
    {
        for (const TemplateField &f : election.voteFields()) {
            if (!election.runsIn(f, a.district, a.actaType))
                continue;
            const qint64 v = a.record->values.value(f.id, FieldValue::sinDato()).countedValue();
            column[f.id] += v;
            total += v;
        }
    }
};

// A coalition's votes: its parties on their own plus every combination of them.
qint64 coalitionVotes(const ElectionTemplate &election, const Coalition &c, const Sums &s)
{
    qint64 votes = 0;
    for (const TemplateField &f : election.voteFields()) {
        const Coalition *owner = election.coalitionOf(f);
        if ((f.kind == FieldKind::Party && c.parties.contains(f.id)) || (owner && owner->id == c.id))
            votes += s.column.value(f.id);
    }
    return votes;
}

QJsonObject columnsObject(const ElectionTemplate &election, const Sums &s, const DistrictRef *district, int actaType)
{
    QJsonObject o;
    for (const TemplateField &f : election.voteFields()) {
        // Within a district, a column whose party, coalition or independent does not run there is
        // left out (the CSV shows "-"); so are independents among the RP actas' columns.
        if (district && !election.runsIn(f, *district, actaType))
            continue;
        if (!district && election.isRpActaType(actaType) && f.kind == FieldKind::Independent)
            continue;
        o.insert(f.id, share(s.column.value(f.id), s.total));
    }
    return o;
}

} // namespace

QJsonObject publicationTotals(const ElectionTemplate &election, const Catalog &catalog,
                              const QList<CountedActa> &counted)
{
    Sums overall, rp;
    QHash<qint64, Sums> byDistrict;
    QHash<qint64, qint64> actasByDistrict;
    for (const CountedActa &a : counted) {
        if (a.rp) {
            rp.add(election, a);
            continue;
        }
        overall.add(election, a);
        const qint64 id = qint64(a.district.state) * 10000 + a.district.district;
        byDistrict[id].add(election, a);
        ++actasByDistrict[id];
    }

    QJsonArray districts;
    QHash<QString, qint64> coalitionOverall; // where each coalition runs only
    for (const DistrictInfo &d : districtsOf(catalog)) {
        const qint64 id = qint64(d.ref.state) * 10000 + d.ref.district;
        const Sums s = byDistrict.value(id);
        QJsonObject coalitions;
        QHash<QString, qint64> contenderVotes;
        for (const Coalition &c : election.coalitions()) {
            if (!c.runsIn.isEmpty() && !c.runsIn.contains(d.ref))
                continue;
            const qint64 v = coalitionVotes(election, c, s);
            coalitionOverall[c.id] += v;
            coalitions.insert(c.id, share(v, s.total));
            contenderVotes.insert(c.id, v);
        }
        QJsonArray candidacies;
        for (const Candidacy &c : election.candidacies()) {
            if (!(c.district == d.ref))
                continue;
            const qint64 v = contenderVotes.contains(c.contender) ? contenderVotes.value(c.contender)
                                                                  : s.column.value(c.contender);
            QJsonObject o = share(v, s.total);
            o.insert(QStringLiteral("contendiente"), c.contender);
            o.insert(QStringLiteral("propietario"), c.propietario);
            o.insert(QStringLiteral("suplente"), c.suplente);
            candidacies.append(o);
        }
        districts.append(
            QJsonObject {{QStringLiteral("id_estado"), d.ref.state},
                         {QStringLiteral("estado"), d.stateName},
                         {QStringLiteral("id_distrito_federal"), d.ref.district},
                         {QStringLiteral("distrito_federal"), d.name},
                         {QStringLiteral("actas_contabilizadas"), actasByDistrict.value(id)},
                         {QStringLiteral("total_votos"), s.total},
                         {QStringLiteral("columnas"), columnsObject(election, s, &d.ref, election.actaType())},
                         {QStringLiteral("coaliciones"), coalitions},
                         {QStringLiteral("candidaturas"), candidacies}});
    }

    QJsonObject coalitions;
    for (const Coalition &c : election.coalitions())
        coalitions.insert(c.id, share(coalitionOverall.value(c.id), overall.total));
    QJsonObject parties; // the same as their columns, by name, for readers that want parties only
    for (const TemplateField &f : election.voteFields())
        if (f.kind == FieldKind::Party || f.kind == FieldKind::Independent)
            parties.insert(f.id, share(overall.column.value(f.id), overall.total));

    QJsonObject out {
        {QStringLiteral("base"),
         QStringLiteral("actas contabilizadas de mayoría relativa; porcentajes sobre el total de votos")},
        {QStringLiteral("total_votos"), overall.total},
        {QStringLiteral("columnas"), columnsObject(election, overall, nullptr, election.actaType())},
        {QStringLiteral("partidos_y_candidaturas_independientes"), parties},
        {QStringLiteral("coaliciones"), coalitions},
        {QStringLiteral("distritos"), districts},
    };
    if (election.rpActaType())
        out.insert(
            QStringLiteral("representacion_proporcional"),
            QJsonObject {{QStringLiteral("tipo_acta"), *election.rpActaType()},
                         {QStringLiteral("total_votos"), rp.total},
                         {QStringLiteral("columnas"), columnsObject(election, rp, nullptr, *election.rpActaType())}});
    return out;
}

QByteArray candidatesCatalogCsv(const ElectionTemplate &election, const Catalog &catalog)
{
    QHash<qint64, DistrictInfo> names;
    for (const DistrictInfo &d : districtsOf(catalog))
        names.insert(qint64(d.ref.state) * 10000 + d.ref.district, d);
    CsvWriter csv(QLatin1Char('|'), CsvWriter::LineEnd::Lf);
    csv.addRecord({QStringLiteral("ID_ESTADO"), QStringLiteral("ESTADO"), QStringLiteral("ID_DISTRITO_FEDERAL"),
                   QStringLiteral("DISTRITO_FEDERAL"), QStringLiteral("PARTIDO_CI"),
                   QStringLiteral("CANDIDATURA_PROPIETARIA"), QStringLiteral("CANDIDATURA_SUPLENTE")});
    for (const Candidacy &c : election.candidacies()) {
        const DistrictInfo d = names.value(qint64(c.district.state) * 10000 + c.district.district);
        csv.addRecord(Publisher::spreadsheetSafe(
            {QString::number(c.district.state), d.stateName.isEmpty() ? QStringLiteral("-") : d.stateName,
             QString::number(c.district.district), d.name.isEmpty() ? QStringLiteral("-") : d.name, c.contender,
             c.propietario, c.suplente}));
    }
    return csv.toUtf8();
}

} // namespace acta
