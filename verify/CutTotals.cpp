// resultados.json and resultados_candidatura.csv against what the cut shows elsewhere
// (docs/verify.md, "Published totals"): the JSON's rows, counters and identity against
// resultados.csv and the manifest; its totals recomputed from the counted rows by the rules of
// docs/publication.md (the same as hub/PublicationTotals.cpp and tests/hub/read_prep_cut.py); the
// candidates' catalog written again from the template the cut publishes. (CutVerifier.cpp: manifest,
// files, counters.)
#include "Csv.h"
#include "CutVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace acta::verify {

namespace {

const QString Dash = QStringLiteral("-");
const QString InDispute = QStringLiteral("EN CONFLICTO ENTRE ESTACIONES");
constexpr qsizetype MaxListed = 50; // problems of one kind listed before the rest are counted

QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return CutVerifier::tr("nothing");
    const QByteArray text = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2)).left(80);
}

bool same(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

qint64 votes(const QString &cell)
{
    bool ok = false;
    const qint64 v = cell.toLongLong(&ok);
    return ok && v >= 0 ? v : 0; // ILEGIBLE, SIN DATO and "-" count 0
}

// Votes per vote column of a set of rows.
struct Sums
{
    QHash<QString, qint64> column;
    qint64 total = 0;
    qint64 actas = 0;
};

QJsonObject share(qint64 v, qint64 total)
{
    return QJsonObject {{QStringLiteral("votos"), v},
                        {QStringLiteral("porcentaje"), PrepCut::truncatedPercent(v, total)}};
}

} // namespace

void CutVerifier::checkPublishedTotals(VerifySection &section)
{
    if (!m_cut || !m_election) {
        section.state = VerifySection::State::NotChecked;
        section.summary = tr("not checked: it needs resultados.csv and the template (above).");
        return;
    }
    const ElectionTemplate &election = *m_election;
    const PrepCut &cut = *m_cut;
    const QString json = jsonFileName();
    qsizetype listed = 0, unlisted = 0;
    const auto expect = [&](const QString &where, const QJsonValue &got, const QJsonValue &want) {
        if (same(got, want))
            return;
        if (listed++ >= MaxListed) {
            ++unlisted;
            return;
        }
        section.problem(tr("%1, %2: it says %3, resultados.csv gives %4.").arg(json, where, shown(got), shown(want)));
    };

    // The rows, each against the CSV's row of the same acta.
    QHash<QString, const PrepCut::Row *> rowByClave;
    for (const PrepCut::Row &row : cut.rows)
        rowByClave.insert(cut.cell(row, QStringLiteral("CLAVE_ACTA")), &row);
    Result<QByteArray> bytes = cutFile(json, MaxJsonFile);
    QJsonObject o;
    if (!bytes) {
        section.problem(tr("%1: %2").arg(json, bytes.error()));
    } else {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        bytes = QByteArray();
        if (!doc.isObject())
            section.problem(tr("%1 is not a JSON object: %2").arg(json, error.errorString()));
        else
            o = doc.object();
    }
    if (!o.isEmpty()) {
        expect(QStringLiteral("template_id"), o.value(QStringLiteral("template_id")), m_manifest.templateId);
        expect(QStringLiteral("simulation"), o.value(QStringLiteral("simulation")), m_manifest.simulation);
        expect(QStringLiteral("corte_final"), o.value(QStringLiteral("corte_final")), m_manifest.finalCut);
        expect(QStringLiteral("corte"), o.value(QStringLiteral("corte")), cut.cutText);
        expect(QStringLiteral("election"), o.value(QStringLiteral("election")), cut.title);
        expect(QStringLiteral("columns"), o.value(QStringLiteral("columns")), QJsonArray::fromStringList(cut.columns));
        const QJsonObject counters = o.value(QStringLiteral("counters")).toObject();
        if (counters.size() != cut.counterNames.size())
            expect(QStringLiteral("counters"), qint64(counters.size()), qint64(cut.counterNames.size()));
        for (qsizetype i = 0; i < cut.counterNames.size() && i < cut.counterValues.size(); ++i) {
            const QString &name = cut.counterNames.at(i);
            const QString &value = cut.counterValues.at(i);
            expect(QStringLiteral("counters.") + name, counters.value(name),
                   name.startsWith(QLatin1String("PORCENTAJE")) ? QJsonValue(value) : QJsonValue(value.toLongLong()));
        }
        const QJsonArray actas = o.value(QStringLiteral("actas")).toArray();
        expect(QStringLiteral("actas"), qint64(actas.size()), qint64(cut.rows.size()));
        QJsonArray disputed;
        QSet<QString> seen;
        for (qsizetype i = 0; i < actas.size(); ++i) {
            const QJsonObject a = actas.at(i).toObject();
            const QString clave = a.value(QStringLiteral("CLAVE_ACTA")).toString();
            const PrepCut::Row *row = rowByClave.value(clave);
            const QString where = tr("actas[%1] (acta %2)").arg(i).arg(clave.left(40));
            if (!row || seen.contains(clave)) {
                section.problem(
                    tr("%1, %2: no row of resultados.csv is this acta, or another entry is.").arg(json, where));
                continue;
            }
            seen.insert(clave);
            if (a.size() != cut.columns.size() + 1)
                expect(where, qint64(a.size()), qint64(cut.columns.size() + 1));
            for (const QString &column : cut.columns) {
                const QJsonValue v = a.value(column);
                // The CSV quotes what a spreadsheet would run; the JSON has the plain text.
                if (!v.isString() || PrepCut::spreadsheetSafe(v.toString()) != cut.cell(*row, column))
                    expect(where + QStringLiteral(", ") + column, v, cut.cell(*row, column));
            }
            const bool inDispute = cut.cell(*row, QStringLiteral("OBSERVACIONES")) == InDispute;
            expect(where + QStringLiteral(", EN_CONFLICTO"), a.value(QStringLiteral("EN_CONFLICTO")), inDispute);
        }
        for (const PrepCut::Row &row : cut.rows)
            if (cut.cell(row, QStringLiteral("OBSERVACIONES")) == InDispute)
                disputed.append(cut.cell(row, QStringLiteral("CLAVE_ACTA")));
        expect(QStringLiteral("actas_en_conflicto"), o.value(QStringLiteral("actas_en_conflicto")), disputed);

        // The totals, from the counted rows: MR actas by district; RP actas apart.
        Sums overall, rp;
        QMap<std::pair<int, int>, Sums> byDistrict;
        const QString mrType = QString::number(election.actaType());
        const QString rpType = election.rpActaType() ? QString::number(*election.rpActaType()) : QString();
        for (const PrepCut::Row &row : cut.rows) {
            if (cut.cell(row, QStringLiteral("CONTABILIZADA")) != QLatin1String("1"))
                continue;
            const QString type = cut.cell(row, QStringLiteral("TIPO_ACTA"));
            Sums *district = nullptr;
            if (type == mrType)
                district = &byDistrict[{cut.cell(row, QStringLiteral("ID_ESTADO")).toInt(),
                                        cut.cell(row, QStringLiteral("ID_DISTRITO_FEDERAL")).toInt()}];
            else if (rpType.isEmpty() || type != rpType)
                continue; // the counters' check names an acta type that is neither
            for (const TemplateField &f : election.voteFields()) {
                const qint64 v = votes(cut.cell(row, f.id));
                (district ? overall : rp).column[f.id] += v;
                (district ? overall : rp).total += v;
                if (district) {
                    district->column[f.id] += v;
                    district->total += v;
                }
            }
            if (district)
                ++district->actas;
        }
        const auto coalitionVotes = [&](const Coalition &c, const Sums &s) {
            qint64 v = 0;
            for (const TemplateField &f : election.voteFields()) {
                const Coalition *owner = election.coalitionOf(f);
                if ((f.kind == FieldKind::Party && c.parties.contains(f.id)) || (owner && owner->id == c.id))
                    v += s.column.value(f.id);
            }
            return v;
        };
        const QJsonObject totals = o.value(QStringLiteral("totales")).toObject();
        expect(QStringLiteral("totales.total_votos"), totals.value(QStringLiteral("total_votos")), overall.total);
        QJsonObject columns, parties;
        for (const TemplateField &f : election.voteFields()) {
            columns.insert(f.id, share(overall.column.value(f.id), overall.total));
            if (f.kind == FieldKind::Party || f.kind == FieldKind::Independent)
                parties.insert(f.id, share(overall.column.value(f.id), overall.total));
        }
        expect(QStringLiteral("totales.columnas"), totals.value(QStringLiteral("columnas")), columns);
        expect(QStringLiteral("totales.partidos_y_candidaturas_independientes"),
               totals.value(QStringLiteral("partidos_y_candidaturas_independientes")), parties);

        // Per district of the catalog (the rows in it): columns on its ballot, coalitions running
        // there, each candidacy with its contender's votes.
        const QJsonArray districts = totals.value(QStringLiteral("distritos")).toArray();
        QSet<std::pair<int, int>> catalogDistricts;
        for (const PrepCut::Row &row : cut.rows)
            if (cut.cell(row, QStringLiteral("CLAVE_CASILLA")) != Dash)
                catalogDistricts.insert({cut.cell(row, QStringLiteral("ID_ESTADO")).toInt(),
                                         cut.cell(row, QStringLiteral("ID_DISTRITO_FEDERAL")).toInt()});
        expect(QStringLiteral("totales.distritos"), qint64(districts.size()), qint64(catalogDistricts.size()));
        QHash<QString, qint64> coalitionTotals;
        for (qsizetype i = 0; i < districts.size(); ++i) {
            const QJsonObject d = districts.at(i).toObject();
            const DistrictRef ref {d.value(QStringLiteral("id_estado")).toInt(),
                                   d.value(QStringLiteral("id_distrito_federal")).toInt()};
            const QString where
                = tr("totales.distritos[%1] (state %2, district %3)").arg(i).arg(ref.state).arg(ref.district);
            if (!catalogDistricts.remove({ref.state, ref.district})) {
                section.problem(tr("%1, %2: no row of resultados.csv is in this district, or it is listed twice.")
                                    .arg(json, where));
                continue;
            }
            const Sums s = byDistrict.value({ref.state, ref.district});
            expect(where + QStringLiteral(", actas_contabilizadas"), d.value(QStringLiteral("actas_contabilizadas")),
                   s.actas);
            expect(where + QStringLiteral(", total_votos"), d.value(QStringLiteral("total_votos")), s.total);
            QJsonObject here;
            for (const TemplateField &f : election.voteFields())
                if (election.runsIn(f, ref, election.actaType()))
                    here.insert(f.id, share(s.column.value(f.id), s.total));
            expect(where + QStringLiteral(", columnas"), d.value(QStringLiteral("columnas")), here);
            QJsonObject coalitions;
            QHash<QString, qint64> contender;
            for (const Coalition &c : election.coalitions()) {
                if (!c.runsIn.isEmpty() && !c.runsIn.contains(ref))
                    continue;
                const qint64 v = coalitionVotes(c, s);
                coalitionTotals[c.id] += v;
                coalitions.insert(c.id, share(v, s.total));
                contender.insert(c.id, v);
            }
            expect(where + QStringLiteral(", coaliciones"), d.value(QStringLiteral("coaliciones")), coalitions);
            QJsonArray candidacies;
            for (const Candidacy &c : election.candidacies()) {
                if (!(c.district == ref))
                    continue;
                QJsonObject one = share(contender.contains(c.contender) ? contender.value(c.contender)
                                                                        : s.column.value(c.contender),
                                        s.total);
                one.insert(QStringLiteral("contendiente"), c.contender);
                one.insert(QStringLiteral("propietario"), c.propietario);
                one.insert(QStringLiteral("suplente"), c.suplente);
                candidacies.append(one);
            }
            expect(where + QStringLiteral(", candidaturas"), d.value(QStringLiteral("candidaturas")), candidacies);
        }
        for (const auto &[state, district] : std::as_const(catalogDistricts))
            section.problem(tr("%1, totales.distritos: state %2, district %3 has rows in resultados.csv but no "
                               "entry.")
                                .arg(json)
                                .arg(state)
                                .arg(district));
        QJsonObject coalitions;
        for (const Coalition &c : election.coalitions())
            coalitions.insert(c.id, share(coalitionTotals.value(c.id), overall.total));
        expect(QStringLiteral("totales.coaliciones"), totals.value(QStringLiteral("coaliciones")), coalitions);
        if (election.rpActaType()) {
            const QJsonObject r = totals.value(QStringLiteral("representacion_proporcional")).toObject();
            expect(QStringLiteral("totales.representacion_proporcional.total_votos"),
                   r.value(QStringLiteral("total_votos")), rp.total);
            QJsonObject rpColumns;
            for (const TemplateField &f : election.voteFields())
                if (f.kind != FieldKind::Independent)
                    rpColumns.insert(f.id, share(rp.column.value(f.id), rp.total));
            expect(QStringLiteral("totales.representacion_proporcional.columnas"), r.value(QStringLiteral("columnas")),
                   rpColumns);
        }
        if (unlisted > 0)
            section.problem(tr("%1: %n more difference(s) not listed.", nullptr, int(unlisted)).arg(json));
    }

    // The candidates' catalog: the template's candidacies with the district names the rows give.
    const QString candidates = candidatesFileName();
    QHash<std::pair<int, int>, std::pair<QString, QString>> names;
    for (const PrepCut::Row &row : cut.rows)
        if (cut.cell(row, QStringLiteral("CLAVE_CASILLA")) != Dash)
            names.insert({cut.cell(row, QStringLiteral("ID_ESTADO")).toInt(),
                          cut.cell(row, QStringLiteral("ID_DISTRITO_FEDERAL")).toInt()},
                         {cut.cell(row, QStringLiteral("ESTADO")), cut.cell(row, QStringLiteral("DISTRITO_FEDERAL"))});
    CsvWriter csv(QLatin1Char('|'), CsvWriter::LineEnd::Lf);
    csv.addRecord({QStringLiteral("ID_ESTADO"), QStringLiteral("ESTADO"), QStringLiteral("ID_DISTRITO_FEDERAL"),
                   QStringLiteral("DISTRITO_FEDERAL"), QStringLiteral("PARTIDO_CI"),
                   QStringLiteral("CANDIDATURA_PROPIETARIA"), QStringLiteral("CANDIDATURA_SUPLENTE")});
    for (const Candidacy &c : election.candidacies()) {
        const auto n = names.value({c.district.state, c.district.district});
        QStringList record {QString::number(c.district.state),
                            n.first.isEmpty() ? Dash : n.first,
                            QString::number(c.district.district),
                            n.second.isEmpty() ? Dash : n.second,
                            c.contender,
                            c.propietario,
                            c.suplente};
        for (QString &cell : record)
            cell = PrepCut::spreadsheetSafe(cell);
        csv.addRecord(record);
    }
    const QByteArray expected = csv.toUtf8();
    Result<QByteArray> published = cutFile(candidates, MaxCandidatesFile);
    if (!published) {
        section.problem(tr("%1: %2").arg(candidates, published.error()));
    } else if (*published != expected) {
        const QList<QByteArray> got = published->split('\n'), want = expected.split('\n');
        qsizetype line = 0;
        while (line < got.size() && line < want.size() && got.at(line) == want.at(line))
            ++line;
        section.problem(tr("%1, line %2: \"%3\"; the template the cut publishes (%4) gives \"%5\".")
                            .arg(candidates)
                            .arg(line + 1)
                            .arg(QString::fromUtf8(got.value(line)).left(200), templateFileName(),
                                 QString::fromUtf8(want.value(line)).left(200)));
    }
    section.notes << tr("Not checked in %1: the names of states and districts in totales.distritos, and the "
                        "sides of each dispute in conflictos (version and image SHA-256).")
                         .arg(json);
    section.summary = section.problemCount() == 0
        ? tr("%1 and %2 agree with resultados.csv and the template.").arg(json, candidates)
        : tr("%1 or %2 does not agree with resultados.csv and the template.").arg(json, candidates);
}

} // namespace acta::verify
