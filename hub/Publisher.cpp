#include "Publisher.h"

#include "ActaKey.h"
#include "Csv.h"
#include "CutManifest.h"
#include "HubLog.h"
#include "PrepRules.h"
#include "PublicationTotals.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace acta {

namespace {

const QString Dash = QStringLiteral("-");

// "2027-06-05T20:15:30-06:00": local time with its offset, spelled out even when it is zero.
QString withOffset(const QDateTime &utc, int offsetMinutes)
{
    const int magnitude = qAbs(offsetMinutes);
    return utc.toOffsetFromUtc(offsetMinutes * 60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + (offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2")
              .arg(magnitude / 60, 2, 10, QLatin1Char('0'))
              .arg(magnitude % 60, 2, 10, QLatin1Char('0'));
}

// "(UTC-6)", "(UTC+5:30)": the one zone every published time is in, named once in the header.
QString zoneName(int offsetMinutes)
{
    const int magnitude = qAbs(offsetMinutes);
    QString text
        = QStringLiteral("UTC%1%2").arg(offsetMinutes < 0 ? QLatin1Char('-') : QLatin1Char('+')).arg(magnitude / 60);
    if (magnitude % 60)
        text += QStringLiteral(":%1").arg(magnitude % 60, 2, 10, QLatin1Char('0'));
    return QLatin1Char('(') + text + QLatin1Char(')');
}

// The cut's time as the results site shows it: "06/06/2027 18:00 (UTC-6)".
QString cutTimeText(const QDateTime &utc, int offsetMinutes)
{
    return utc.toOffsetFromUtc(offsetMinutes * 60).toString(QStringLiteral("dd/MM/yyyy HH:mm")) + QLatin1Char(' ')
        + zoneName(offsetMinutes);
}

// A row's time in the cut's zone (the same for every row, whatever the station's own offset).
QString timeCell(const std::optional<QDateTime> &t, int offsetMinutes)
{
    if (!t || !t->isValid())
        return Dash;
    return t->toOffsetFromUtc(offsetMinutes * 60).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

QString figure(const ElectionTemplate &tmpl, const SyncRecord &r, FieldKind kind)
{
    const TemplateField *f = tmpl.fieldOfKind(kind);
    if (!f || r.sinActaReason)
        return Dash;
    return r.values.value(f->id, FieldValue::sinDato()).toPublicationString();
}

} // namespace

Publisher::Publisher(const ElectionTemplate &election, const Catalog &catalog)
    : m_election(election)
    , m_catalog(catalog)
{ }

QStringList Publisher::formatNames()
{
    return {QStringLiteral("prep2021")};
}

Result<PublicationFormat> Publisher::formatNamed(const QString &name)
{
    if (name == QLatin1String("prep2021"))
        return PublicationFormat::Prep2021;
    return fail(ErrorCode::InvalidInput,
                tr("Unknown publication format \"%1\"; this hub writes: %2.")
                    .arg(name.left(40), formatNames().join(QStringLiteral(", "))));
}

QString Publisher::formatName(PublicationFormat format)
{
    switch (format) {
    case PublicationFormat::Prep2021:
        break;
    }
    return QStringLiteral("prep2021");
}

const QStringList &Publisher::counterColumns()
{
    static const QStringList c {
        QStringLiteral("ACTAS_ESPERADAS"),
        QStringLiteral("ACTAS_REGISTRADAS"),
        QStringLiteral("ACTAS_FUERA_DE_CATALOGO"),
        QStringLiteral("ACTAS_CAPTURADAS"),
        QStringLiteral("PORCENTAJE_ACTAS_CAPTURADAS"),
        QStringLiteral("ACTAS_CONTABILIZADAS"),
        QStringLiteral("PORCENTAJE_ACTAS_CONTABILIZADAS"),
        QStringLiteral("PORCENTAJE_ACTAS_CON_INCONSISTENCIAS"),
        QStringLiteral("ACTAS_NO_CONTABILIZADAS"),
        QStringLiteral("LISTA_NOMINAL_ACTAS_CONTABILIZADAS"),
        QStringLiteral("TOTAL_VOTOS_C_CS"),
        QStringLiteral("TOTAL_VOTOS_S_CS"),
        QStringLiteral("PORCENTAJE_PARTICIPACION_CIUDADANA"),
    };
    return c;
}

QStringList Publisher::actaColumns() const
{
    QStringList c {QStringLiteral("CLAVE_CASILLA"),
                   QStringLiteral("CLAVE_ACTA"),
                   QStringLiteral("ID_ESTADO"),
                   QStringLiteral("ESTADO"),
                   QStringLiteral("ID_DISTRITO_FEDERAL"),
                   QStringLiteral("DISTRITO_FEDERAL"),
                   QStringLiteral("SECCION"),
                   QStringLiteral("ID_CASILLA"),
                   QStringLiteral("TIPO_CASILLA"),
                   QStringLiteral("EXT_CONTIGUA"),
                   QStringLiteral("UBICACION_CASILLA"),
                   QStringLiteral("TIPO_ACTA"),
                   QStringLiteral("TOTAL_BOLETAS_SOBRANTES"),
                   QStringLiteral("TOTAL_PERSONAS_VOTARON"),
                   QStringLiteral("TOTAL_REP_PARTIDO_CI_VOTARON"),
                   QStringLiteral("TOTAL_VOTOS_SACADOS")};
    // The template's vote fields end with NO_REGISTRADOS and NULOS, as the publication does.
    for (const TemplateField &f : m_election.voteFields())
        c << f.id;
    c << QStringLiteral("TOTAL_VOTOS_ASENTADO") << QStringLiteral("TOTAL_VOTOS_CALCULADO")
      << QStringLiteral("LISTA_NOMINAL") << QStringLiteral("REPRESENTANTES_PP_CI") << QStringLiteral("OBSERVACIONES")
      << QStringLiteral("CONTABILIZADA") << QStringLiteral("MECANISMOS_TRASLADO") << QStringLiteral("SHA")
      << QStringLiteral("FECHA_HORA_ACOPIO") << QStringLiteral("FECHA_HORA_CAPTURA")
      << QStringLiteral("FECHA_HORA_VERIFICACION") << QStringLiteral("ORIGEN") << QStringLiteral("DIGITALIZACION")
      << QStringLiteral("TIPO_DOCUMENTO") << QStringLiteral("COTEJADA");
    return c;
}

QString Publisher::truncatedPercent(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0 || numerator <= 0)
        return QStringLiteral("0.0000");
    // Integer arithmetic: a double could round 66.66666... up at the fourth decimal.
    const qint64 scaled = numerator * 1000000 / denominator; // percent * 10^4
    return QStringLiteral("%1.%2").arg(scaled / 10000).arg(scaled % 10000, 4, 10, QLatin1Char('0'));
}

QString Publisher::observaciones(const Classification &cls, bool inDispute)
{
    // In a dispute the observations of one side's figures would speak for figures not published.
    if (inDispute)
        return QStringLiteral("EN CONFLICTO ENTRE ESTACIONES");
    return cls.observaciones().isEmpty() ? Dash : cls.observaciones();
}

QStringList Publisher::spreadsheetSafe(QStringList row)
{
    for (QString &cell : row) {
        // A spreadsheet would run a cell that starts like a formula; a quote makes it text.
        // A lone "-" is the dictionary's "does not apply" and stays as it is.
        if (cell.isEmpty() || cell == Dash)
            continue;
        const QChar c = cell.at(0);
        if (c == u'=' || c == u'+' || c == u'@' || c == u'-' || c == u'\t' || c == u'\r')
            cell.prepend(u'\'');
    }
    return row;
}

PublicationCut Publisher::make(const QList<HubRecord> &latest, const QList<HubDisagreement> &disagreements,
                               const QDateTime &cutUtc, int utcOffsetMinutes, bool simulation) const
{
    const QStringList columns = actaColumns();
    qint64 registradas = 0, fuera = 0, capturadas = 0, contabilizadas = 0, inconsistentes = 0, noContabilizadas = 0;
    qint64 listaNominal = 0, votosConEspeciales = 0, votosSinEspeciales = 0;
    QHash<QString, QStringList> received; // CLAVE_ACTA -> its row
    QStringList outsideCatalog; // claves of received actas the catalog does not expect
    QHash<QString, const HubDisagreement *> disputed;
    for (const HubDisagreement &d : disagreements)
        disputed.insert(d.clave, &d);

    QList<CountedActa> countedActas; // for the totals per party, coalition and candidacy
    for (const HubRecord &h : latest) {
        const SyncRecord &r = h.record;
        if (r.templateId != m_election.id())
            continue;
        ++registradas;
        const Result<ActaKey> key = ActaKey::parse(r.clave);
        ActaFacts facts;
        // An acta the casilla does not fill for this election (another TIPO_ACTA) is not expected.
        if (key && m_election.actaTypesFor(key->casilla().type()).contains(key->actaType()))
            facts.casilla = m_catalog.find(key->casilla());
        if (key)
            facts.actaType = key->actaType();
        const bool rp = key && m_election.isRpActaType(key->actaType());
        facts.sinActa = r.sinActaReason;
        facts.identityTyped = r.identityTyped;
        for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it)
            facts.tally.set(it.key(), it.value());
        const Classification cls = PrepRules::classify(m_election, facts);
        const CasillaInfo *casilla = facts.casilla;
        // Stations that disagree about an acta: neither side's figures are published or counted
        // until they agree again (a station corrects its record) or an operator decides.
        const bool inDispute = disputed.contains(r.clave);
        const bool counted = cls.contabilizada && !inDispute;
        const bool showFigures = !r.sinActaReason && !inDispute;

        // The dictionary's counters: REGISTRADAS = CAPTURADAS (in the catalog, sin acta included) +
        // FUERA_DE_CATALOGO; NO_CONTABILIZADAS takes every registered acta not counted, the
        // identification errors (fuera de catálogo) included, so CONTABILIZADAS +
        // NO_CONTABILIZADAS = REGISTRADAS.
        if (!casilla)
            ++fuera;
        else
            ++capturadas;
        if (counted) {
            ++contabilizadas;
            // A special casilla's RP acta is not added to the votes and LISTA_NOMINAL counters: the
            // voters of the casilla's own district are on both of its actas (adding it would count
            // them twice). Its votes, those of voters from other districts included, are in the
            // JSON's totales.representacion_proporcional.
            if (!rp) {
                listaNominal += casilla->listaNominal;
                votosConEspeciales += cls.totalCalculado;
                if (casilla->key.type() != CasillaType::Especial)
                    votosSinEspeciales += cls.totalCalculado;
            }
            countedActas.append({DistrictRef {casilla->key.state(), casilla->district}, key->actaType(), rp, &r});
        } else {
            ++noContabilizadas;
        }
        // Inconsistencies: in-catalog actas with Excede lista nominal, Ilegible or Sin dato
        // anywhere (counted ones too). A disputed acta's figures are nobody's yet: they make none.
        if (casilla && !inDispute
            && (cls.has(Observation::ExcedeListaNominal) || cls.has(Observation::TodosIlegibles)
                || cls.has(Observation::TodosSinDato) || cls.has(Observation::Ilegible)
                || cls.has(Observation::SinDato)))
            ++inconsistentes;

        QStringList row;
        // Outside the catalog, CLAVE_CASILLA and TIPO_ACTA are "-"; the key's other parts stay.
        row << (casilla ? key->casilla().toString() : Dash) << r.clave;
        if (key) {
            const CasillaKey &k = key->casilla();
            row << QString::number(k.state()) << (casilla ? casilla->stateName : Dash)
                << (casilla ? QString::number(casilla->district) : Dash) << (casilla ? casilla->districtName : Dash)
                << QString::number(k.section()) << QString::number(k.number())
                << QString(QChar::fromLatin1(char(k.type()))) << QString::number(k.extContigua())
                << (casilla ? QString::number(casilla->ubicacion) : Dash)
                << (casilla ? QString::number(key->actaType()) : Dash);
        } else {
            for (int i = 0; i < 10; ++i)
                row << Dash;
        }
        const auto other = [&](FieldKind kind) {
            return inDispute ? Dash : figure(m_election, r, kind);
        };
        row << other(FieldKind::BoletasSobrantes) << other(FieldKind::PersonasVotaron)
            << other(FieldKind::RepresentantesVotaron) << other(FieldKind::VotosSacados);
        for (const TemplateField &f : m_election.voteFields()) {
            // "-" where the party, coalition or independent does not run (outside the catalog the
            // district is unknown: what was captured is shown).
            const bool onBallot = PrepRules::onBallot(m_election, f, facts);
            row << (showFigures && onBallot ? r.values.value(f.id, FieldValue::sinDato()).toPublicationString() : Dash);
        }
        row << (inDispute ? Dash : figure(m_election, r, FieldKind::TotalAsentado))
            << (showFigures ? QString::number(cls.totalCalculado) : Dash)
            << (casilla ? QString::number(casilla->listaNominal) : Dash)
            << (casilla ? QString::number(casilla->representantes) : Dash) << observaciones(cls, inDispute)
            << (counted ? QStringLiteral("1") : QStringLiteral("0"))
            << (casilla ? casilla->mecanismosTraslado : QString()) << r.imageSha256.value_or(Dash)
            << timeCell(r.receivedAt, utcOffsetMinutes) << timeCell(r.capturedAt, utcOffsetMinutes)
            << timeCell(r.verifiedAt, utcOffsetMinutes)
            // What the station says of how the image came in and how it was checked; "-" where
            // it says nothing (sin acta, fuera de catálogo, records of older stations).
            << r.origen.value_or(Dash) << r.digitalizacion.value_or(Dash) << r.tipoDocumento.value_or(Dash)
            << (r.cotejada ? QString::number(*r.cotejada) : Dash);
        Q_ASSERT(row.size() == columns.size());
        if (!casilla)
            outsideCatalog << r.clave;
        received.insert(r.clave, row);
    }

    // Every expected acta has a row, in the catalog's order, with "-" where nothing is known
    // yet; then the received actas the catalog does not expect.
    QList<QStringList> rows;
    rows.reserve(m_catalog.size() + outsideCatalog.size());
    qint64 esperadas = 0;
    for (const CasillaInfo &c : m_catalog.casillas()) {
        // Special casillas of an election with RP actas fill two: the MR one, then the RP one.
        for (int actaType : m_election.actaTypesFor(c.key.type())) {
            ++esperadas;
            const Result<ActaKey> key = ActaKey::make(c.key, actaType);
            const QString clave = key ? key->toString() : QString();
            if (const auto it = received.constFind(clave); it != received.cend()) {
                rows.append(*it);
                continue;
            }
            QStringList row;
            row << c.key.toString() << clave << QString::number(c.key.state()) << c.stateName
                << QString::number(c.district) << c.districtName << QString::number(c.key.section())
                << QString::number(c.key.number()) << QString(QChar::fromLatin1(char(c.key.type())))
                << QString::number(c.key.extContigua()) << QString::number(c.ubicacion) << QString::number(actaType);
            while (row.size() < columns.size())
                row << Dash;
            row[columns.indexOf(QStringLiteral("LISTA_NOMINAL"))] = QString::number(c.listaNominal);
            row[columns.indexOf(QStringLiteral("REPRESENTANTES_PP_CI"))] = QString::number(c.representantes);
            row[columns.indexOf(QStringLiteral("CONTABILIZADA"))] = QStringLiteral("0");
            row[columns.indexOf(QStringLiteral("MECANISMOS_TRASLADO"))] = c.mecanismosTraslado;
            rows.append(row);
        }
    }
    std::sort(outsideCatalog.begin(), outsideCatalog.end());
    for (const QString &clave : std::as_const(outsideCatalog))
        rows.append(received.value(clave));

    const QStringList counters {
        QString::number(esperadas),
        QString::number(registradas),
        QString::number(fuera),
        QString::number(capturadas),
        truncatedPercent(capturadas, esperadas),
        QString::number(contabilizadas),
        truncatedPercent(contabilizadas, esperadas),
        truncatedPercent(inconsistentes, esperadas),
        QString::number(noContabilizadas),
        QString::number(listaNominal),
        QString::number(votosConEspeciales),
        QString::number(votosSinEspeciales),
        // Participation leaves the special casillas' votes out while the count goes on, and takes
        // them in at the last cut.
        truncatedPercent(m_finalCut ? votosConEspeciales : votosSinEspeciales, listaNominal),
    };

    const QString cutText = cutTimeText(cutUtc, utcOffsetMinutes);
    const QString title = m_election.electionName().es + (simulation ? QStringLiteral(" (SIMULACRO)") : QString());
    // PREP's cut is pipe-separated with bare line feeds. The cut time, counters and column names
    // (fixed names and template field ids) never hold a pipe, quote or line break, so passing
    // them through the writer leaves them as they are.
    CsvWriter csv(QLatin1Char('|'), CsvWriter::LineEnd::Lf);
    csv.addRecord(spreadsheetSafe({title}));
    csv.addRecord({cutText});
    csv.addRecord(counterColumns());
    csv.addRecord(counters);
    csv.addRecord({QString()}); // the blank line INE's files have before the acta rows
    csv.addRecord(columns);
    for (const QStringList &row : rows)
        csv.addRecord(spreadsheetSafe(row));

    QJsonObject counterObject;
    for (qsizetype i = 0; i < counters.size(); ++i) {
        // Counts as numbers; percentages as their published text, so the truncation survives.
        const QString &name = counterColumns().at(i);
        if (name.startsWith(QLatin1String("PORCENTAJE")))
            counterObject.insert(name, counters.at(i));
        else
            counterObject.insert(name, counters.at(i).toLongLong());
    }
    QJsonArray actas;
    for (const QStringList &row : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i), row.at(i));
        o.insert(QStringLiteral("EN_CONFLICTO"), disputed.contains(row.at(1)));
        actas.append(o);
    }
    // Each side of a dispute by its version and image, so that anyone can compare the sheets;
    // station ids stay with the operators (they would name targets).
    QJsonArray conflictList;
    QJsonArray conflictDetail;
    for (const HubDisagreement &d : disagreements) {
        conflictList.append(d.clave);
        QJsonArray sides;
        for (const HubDisagreement::Side &side : d.sides)
            sides.append(QJsonObject {{QStringLiteral("version"), side.version},
                                      {QStringLiteral("image_sha256"), side.imageSha256.value_or(Dash)}});
        conflictDetail.append(QJsonObject {{QStringLiteral("clave_acta"), d.clave}, {QStringLiteral("lados"), sides}});
    }
    const QJsonObject json {{QStringLiteral("format"), QStringLiteral("actahub.publication/1")},
                            {QStringLiteral("formato"), formatName(m_format)},
                            {QStringLiteral("election"), title},
                            {QStringLiteral("template_id"), m_election.id()},
                            {QStringLiteral("cut_at"), withOffset(cutUtc, utcOffsetMinutes)},
                            {QStringLiteral("corte"), cutText},
                            {QStringLiteral("simulation"), simulation},
                            {QStringLiteral("corte_final"), m_finalCut},
                            {QStringLiteral("counters"), counterObject},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                            {QStringLiteral("actas"), actas},
                            {QStringLiteral("actas_en_conflicto"), conflictList},
                            {QStringLiteral("conflictos"), conflictDetail},
                            {QStringLiteral("totales"), publicationTotals(m_election, m_catalog, countedActas)}};
    PublicationCut cut;
    cut.csv = csv.toUtf8();
    cut.json = QJsonDocument(json).toJson(QJsonDocument::Indented);
    cut.candidatura = candidatesCatalogCsv(m_election, m_catalog);
    cut.leeme = publicationReadme(m_election, m_catalog, formatName(m_format), simulation, m_finalCut);
    cut.plantilla = m_election.toJson();
    cut.esperadas = esperadas;
    cut.actas = int(registradas);
    cut.electionId = m_election.electionId();
    cut.templateId = m_election.id();
    cut.cutUtc = cutUtc;
    cut.utcOffsetMinutes = utcOffsetMinutes;
    cut.simulation = simulation;
    cut.finalCut = m_finalCut;
    // One archive per cut (seal() makes it), named by the election and the cut's local time.
    const QDateTime local = cutUtc.toOffsetFromUtc(utcOffsetMinutes * 60);
    cut.zipName = QStringLiteral("%1_%2.zip")
                      .arg(m_election.electionId(), local.toString(QStringLiteral("yyyyMMdd_HHmm")))
                      .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return cut;
}

Result<PublicationCut> Publisher::publish(HubStore &store, const SigningKey &hubKey, const QString &dir,
                                          const QDateTime &cutUtc, int utcOffsetMinutes, bool simulation) const
{
    // The store's own mode, once recorded, is the cut's: no production cut of a drill store.
    Result<std::optional<HubMode>> mode = store.mode();
    if (!mode)
        return mode.takeError();
    if (*mode && (**mode == HubMode::Simulation) != simulation)
        return fail(ErrorCode::InvalidState,
                    simulation ? tr("The hub store %1 is a production store: its cuts are never published as drill "
                                    "(simulation) cuts.")
                                     .arg(store.displayName())
                               : tr("The hub store %1 is a drill (simulation) store: its cuts are never published as "
                                    "production cuts.")
                                     .arg(store.displayName()));
    Result<QList<HubRecord>> latest = store.latestRecords(m_election.id());
    if (!latest)
        return latest.takeError();
    Result<QList<HubDisagreement>> disagreements = store.disagreements(m_election.id());
    if (!disagreements)
        return disagreements.takeError();
    Result<QList<QByteArray>> envelopes = envelopesBehind(store, *latest, *disagreements);
    if (!envelopes)
        return envelopes.takeError();
    Result<QList<PublishedStationKey>> keys = store.stationKeys();
    if (!keys)
        return keys.takeError();
    PublicationCut cut = make(*latest, *disagreements, cutUtc, utcOffsetMinutes, simulation);
    if (Status sealed = seal(cut, *envelopes, *keys, hubKey); !sealed)
        return sealed.takeError();
    if (Status claimed = claimFolder(dir, simulation); !claimed)
        return claimed.takeError();
    const auto write = [&dir](const QString &name, const QByteArray &bytes) -> Status {
        // Readers (a web server) see the previous file or this one, never half of one.
        QSaveFile file(dir + QLatin1Char('/') + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
        return {};
    };
    // The archives first, each whole with its own manifest: when the loose files change, the cut's
    // archive is already there.
    for (const QString &name : {cut.zipName, QStringLiteral("resultados.zip")})
        if (Status written = write(name, cut.zip); !written)
            return written.takeError();
    // No loose manifest while the loose files change: a reader finds none (and takes the archive, or
    // asks again), never one that the files beside it do not match. It comes back last.
    const QString manifestPath = dir + QLatin1Char('/') + CutManifest::fileName();
    if (QFile::exists(manifestPath) && !QFile::remove(manifestPath))
        return fail(ErrorCode::Io, tr("Cannot remove the previous cut's %1 to write the next.").arg(manifestPath));
    for (const auto &[name, bytes] : cut.files())
        if (Status written = write(name, bytes); !written)
            return written.takeError();
    qCInfo(lcHub).noquote() << "published" << cut.actas << "actas to" << dir;
    return cut;
}

} // namespace acta
