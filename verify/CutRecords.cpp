// The stations' signed records beside a cut: each signature against its station's published key,
// and each row against the latest record its station signed. (CutVerifier.cpp: manifest, files,
// counters.)
#include "ActaKey.h"
#include "Catalog.h"
#include "CutVerifier.h"
#include "PrepRules.h"
#include "SignedRecord.h"
#include "SigningKey.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace acta::verify {

namespace {

const QString Dash = QStringLiteral("-");
const QString InDispute = QStringLiteral("EN CONFLICTO ENTRE ESTACIONES");

QString timeCell(const std::optional<QDateTime> &t, int offsetMinutes)
{
    if (!t || !t->isValid())
        return Dash;
    return t->toOffsetFromUtc(offsetMinutes * 60).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
}

// What the station signed that the row must show, column by column, by the publication's rules
// (docs/publication.md, "Rows"): figures, "-" where the field is not on the acta's ballot or the acta
// is sin acta, the totals and labels the counting rules give, the image, times and codes.
QList<std::pair<QString, QString>> signedCells(const ElectionTemplate &election, const PrepCut &cut,
                                               const PrepCut::Row &row, const SyncRecord &r, const ActaKey &key)
{
    QList<std::pair<QString, QString>> cells;
    const CasillaKey &k = key.casilla();
    const bool inCatalog = cut.cell(row, QStringLiteral("CLAVE_CASILLA")) != Dash;
    // The casilla as the row describes it: its district decides who is on the ballot, its lista
    // nominal and representatives the ceiling.
    std::optional<CasillaInfo> casilla;
    if (inCatalog)
        casilla.emplace(CasillaInfo {k, cut.cell(row, QStringLiteral("ESTADO")),
                                     cut.cell(row, QStringLiteral("ID_DISTRITO_FEDERAL")).toInt(),
                                     cut.cell(row, QStringLiteral("DISTRITO_FEDERAL")), QString(),
                                     cut.cell(row, QStringLiteral("LISTA_NOMINAL")).toInt(),
                                     cut.cell(row, QStringLiteral("REPRESENTANTES_PP_CI")).toInt(),
                                     std::nullopt, // BOLETAS_APROBADAS: not published
                                     cut.cell(row, QStringLiteral("UBICACION_CASILLA")).toInt(),
                                     cut.cell(row, QStringLiteral("MECANISMOS_TRASLADO"))});
    ActaFacts facts;
    facts.casilla = casilla ? &*casilla : nullptr;
    facts.actaType = key.actaType();
    facts.sinActa = r.sinActaReason;
    facts.identityTyped = r.identityTyped;
    for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it)
        facts.tally.set(it.key(), it.value());
    const Classification cls = PrepRules::classify(election, facts);
    const bool figures = !r.sinActaReason;

    if (inCatalog)
        cells << std::pair {QStringLiteral("CLAVE_CASILLA"), k.toString()}
              << std::pair {QStringLiteral("TIPO_ACTA"), QString::number(key.actaType())};
    cells << std::pair {QStringLiteral("ID_ESTADO"), QString::number(k.state())}
          << std::pair {QStringLiteral("SECCION"), QString::number(k.section())}
          << std::pair {QStringLiteral("ID_CASILLA"), QString::number(k.number())}
          << std::pair {QStringLiteral("TIPO_CASILLA"), QString(QChar::fromLatin1(char(k.type())))}
          << std::pair {QStringLiteral("EXT_CONTIGUA"), QString::number(k.extContigua())};
    const auto figure = [&](FieldKind kind) {
        const TemplateField *f = election.fieldOfKind(kind);
        return !f || !figures ? Dash : r.values.value(f->id, FieldValue::sinDato()).toPublicationString();
    };
    cells << std::pair {QStringLiteral("TOTAL_BOLETAS_SOBRANTES"), figure(FieldKind::BoletasSobrantes)}
          << std::pair {QStringLiteral("TOTAL_PERSONAS_VOTARON"), figure(FieldKind::PersonasVotaron)}
          << std::pair {QStringLiteral("TOTAL_REP_PARTIDO_CI_VOTARON"), figure(FieldKind::RepresentantesVotaron)}
          << std::pair {QStringLiteral("TOTAL_VOTOS_SACADOS"), figure(FieldKind::VotosSacados)};
    for (const TemplateField &f : election.voteFields())
        cells << std::pair {f.id,
                            figures && PrepRules::onBallot(election, f, facts)
                                ? r.values.value(f.id, FieldValue::sinDato()).toPublicationString()
                                : Dash};
    cells << std::pair {QStringLiteral("TOTAL_VOTOS_ASENTADO"), figure(FieldKind::TotalAsentado)}
          << std::pair {QStringLiteral("TOTAL_VOTOS_CALCULADO"), figures ? QString::number(cls.totalCalculado) : Dash};
    // OBSERVACIONES and CONTABILIZADA as the station signed them (it classified the acta with its
    // own catalog, approved ballots of special casillas included), not as the row's LISTA_NOMINAL
    // and REPRESENTANTES_PP_CI would give them: those cells are the hub's word alone.
    cells << std::pair {QStringLiteral("OBSERVACIONES"), r.observaciones.isEmpty() ? Dash : r.observaciones}
          << std::pair {QStringLiteral("CONTABILIZADA"), r.contabilizada ? QStringLiteral("1") : QStringLiteral("0")};
    cells << std::pair {QStringLiteral("SHA"), r.imageSha256.value_or(Dash)};
    if (cut.utcOffsetMinutes)
        cells << std::pair {QStringLiteral("FECHA_HORA_ACOPIO"), timeCell(r.receivedAt, *cut.utcOffsetMinutes)}
              << std::pair {QStringLiteral("FECHA_HORA_CAPTURA"), timeCell(r.capturedAt, *cut.utcOffsetMinutes)}
              << std::pair {QStringLiteral("FECHA_HORA_VERIFICACION"), timeCell(r.verifiedAt, *cut.utcOffsetMinutes)};
    cells << std::pair {QStringLiteral("ORIGEN"), r.origen.value_or(Dash)}
          << std::pair {QStringLiteral("DIGITALIZACION"), r.digitalizacion.value_or(Dash)}
          << std::pair {QStringLiteral("TIPO_DOCUMENTO"), r.tipoDocumento.value_or(Dash)}
          << std::pair {QStringLiteral("COTEJADA"), r.cotejada ? QString::number(*r.cotejada) : Dash};
    return cells;
}

// The figures two stations may disagree on: what the hub compares to flag a dispute.
bool sameFigures(const SyncRecord &a, const SyncRecord &b)
{
    return a.values == b.values && a.sinActaReason == b.sinActaReason;
}

} // namespace

Result<QHash<QString, QString>> CutVerifier::readStationKeys() const
{
    const QString path = m_options.stationKeysFile;
    QFile file(path);
    if (!QFileInfo(file).isFile())
        return fail(ErrorCode::InvalidInput, tr("%1 is not a regular file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxStationKeysFile)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has %2 bytes, more than the %3 this program reads.")
                        .arg(path)
                        .arg(file.size())
                        .arg(MaxStationKeysFile));
    const QString text = QString::fromUtf8(file.read(MaxStationKeysFile));
    QHash<QString, QString> out;
    qsizetype n = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++n;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() != 2 || !StationKeyList::isStationId(parts.at(0))
            || !SigningKey::isFingerprint(parts.at(1).toLower()))
            return fail(ErrorCode::InvalidInput,
                        tr("%1, line %2: not \"STATION_ID FINGERPRINT\" (like EST-01 "
                           "a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90).")
                            .arg(path)
                            .arg(n));
        out.insert(parts.at(1).toLower(), parts.at(0));
    }
    return out;
}

void CutVerifier::checkSignatures(VerifySection &section)
{
    Result<QByteArray> keysFile = cutFile(StationKeyList::fileName(), StationKeyList::MaxSize);
    Result<StationKeyList> keys
        = keysFile ? StationKeyList::parse(*keysFile) : Result<StationKeyList>(keysFile.takeError());
    if (!keys) {
        section.problem(tr("%1: %2").arg(StationKeyList::fileName(), keys.error()));
        section.summary = tr("not checked: the stations' keys cannot be read.");
        return;
    }
    m_stations = std::move(keys).value();
    // A station has one key in service at a time (actahub revokes the old one when it enrolls a
    // new one): a second unrevoked key is one the hub could have added to sign in its name.
    QHash<QString, QStringList> unrevoked;
    for (const PublishedStationKey &k : std::as_const(m_stations->keys))
        if (!k.revokedAt)
            unrevoked[k.stationId] << SigningKey::fingerprintOf(k.publicKey);
    for (auto it = unrevoked.constBegin(); it != unrevoked.constEnd(); ++it)
        if (it->size() > 1)
            section.problem(tr("%1 gives station %2 %3 keys in service at once (%4): a station has one; the others "
                               "may be keys the hub made to sign in its name.")
                                .arg(StationKeyList::fileName(), it.key())
                                .arg(it->size())
                                .arg(it->join(QStringLiteral(", "))));
    std::optional<QHash<QString, QString>> pinned;
    if (!m_options.stationKeysFile.isEmpty()) {
        Result<QHash<QString, QString>> read = readStationKeys();
        if (!read) {
            section.problem(tr("--station-keys: %1").arg(read.error()));
            section.summary = tr("not checked: the stations' keys you gave cannot be read.");
            return;
        }
        pinned = std::move(read).value();
    }
    Result<QByteArray> bytes = fail(ErrorCode::NotFound, QString());
    if (m_options.recordsFile.isEmpty()) {
        bytes = cutFile(recordsFileName(), MaxRecordsFile);
    } else {
        QFile file(m_options.recordsFile);
        // A regular file only: a device or a pipe has no size to bound it by before reading.
        if (!QFileInfo(file).isFile())
            bytes = fail(ErrorCode::InvalidInput, tr("%1 is not a regular file.").arg(file.fileName()));
        else if (!file.open(QIODevice::ReadOnly))
            bytes = fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        else if (file.size() > MaxRecordsFile)
            bytes = fail(ErrorCode::InvalidInput,
                         tr("%1 has %2 bytes, more than the %3 this program reads.")
                             .arg(file.fileName())
                             .arg(file.size())
                             .arg(MaxRecordsFile));
        else
            bytes = file.read(MaxRecordsFile);
    }
    if (!bytes) {
        section.problem(tr("%1: %2").arg(recordsName(), bytes.error()));
        section.summary = tr("not checked: the records cannot be read.");
        return;
    }
    m_recordsRead = true;
    const QString name = recordsName();
    qsizetype lines = 0, revoked = 0;
    for (qsizetype start = 0; start < bytes->size();) {
        qsizetype end = bytes->indexOf('\n', start);
        if (end < 0) {
            section.problem(tr("%1: the last line has no line feed; the file may be cut short.").arg(name));
            end = bytes->size();
        }
        const QByteArrayView line(bytes->constData() + start, end - start);
        start = end + 1;
        if (++lines > MaxRecords) {
            section.problem(tr("%1: more than %2 records; the rest were not read.").arg(name).arg(MaxRecords));
            break;
        }
        Result<SignedRecord> envelope = SignedRecord::fromEnvelope(line, SyncRecordJson::Rules::Structure);
        if (!envelope) {
            section.problem(tr("%1, line %2: %3").arg(name).arg(lines).arg(envelope.error()));
            continue;
        }
        const SyncRecord &r = envelope->record();
        const QString where = tr("%1, line %2 (acta %3, station %4, version %5)")
                                  .arg(name)
                                  .arg(lines)
                                  .arg(r.clave, r.stationId)
                                  .arg(r.version);
        const PublishedStationKey *key = m_stations->byFingerprint(envelope->keyFingerprint());
        QString problem;
        if (!key)
            problem = tr("%1: signed with key %2, which %3 does not list.")
                          .arg(where, envelope->keyFingerprint(), StationKeyList::fileName());
        else if (key->stationId != r.stationId)
            problem = tr("%1: signed with key %2, which %3 gives to station %4.")
                          .arg(where, envelope->keyFingerprint(), StationKeyList::fileName(), key->stationId);
        else if (!envelope->verify(key->publicKey))
            problem = tr("%1: the station's signature does not hold: the record was changed after the station "
                         "signed it.")
                          .arg(where);
        else if (pinned && pinned->value(envelope->keyFingerprint()) != r.stationId)
            problem = tr("%1: signed with key %2, which the station keys you gave (%3) do not give to station %4: "
                         "only the hub vouches for this key.")
                          .arg(where, envelope->keyFingerprint(), m_options.stationKeysFile, r.stationId);
        else if (r.simulated != m_manifest.simulation)
            problem = m_manifest.simulation ? tr("%1: a production record in a drill cut.").arg(where)
                                            : tr("%1: a drill (simulacro) record in a production cut.").arg(where);
        else if (r.templateId != m_manifest.templateId)
            problem = tr("%1: a record of template %2, not of the cut's %3.")
                          .arg(where, r.templateId, m_manifest.templateId);
        if (!problem.isEmpty()) {
            section.problem(problem);
            m_refusedClaves.insert(r.clave);
            continue;
        }
        if (key->revokedAt)
            ++revoked;
        m_records.append({lines, r});
    }
    if (revoked > 0)
        section.notes << tr("%n record(s) signed with a key the hub revoked later (revoked_at in %1); the hub takes "
                            "nothing signed with a key after revoking it.",
                            nullptr, int(revoked))
                             .arg(StationKeyList::fileName());
    section.summary = section.problemCount() == 0
        ? tr("%n record(s) in %1, each signed by its station's published key.", nullptr, int(m_records.size()))
              .arg(name)
        : tr("%1 of %2 records in %3 hold.").arg(m_records.size()).arg(lines).arg(name);
}

void CutVerifier::checkRows(VerifySection &section)
{
    if (!m_cut || !m_election || !m_recordsRead) {
        section.state = VerifySection::State::NotChecked;
        section.summary = tr("not checked: it needs resultados.csv, the template and the records (above).");
        return;
    }
    const bool published = m_options.recordsFile.isEmpty();
    const QString name = recordsName();
    QHash<QString, QList<qsizetype>> byClave;
    for (qsizetype i = 0; i < m_records.size(); ++i)
        byClave[m_records.at(i).record.clave].append(i);
    qsizetype compared = 0;
    for (const PrepCut::Row &row : std::as_const(m_cut->rows)) {
        const QString clave = m_cut->cell(row, QStringLiteral("CLAVE_ACTA"));
        const bool registered = m_cut->cell(row, QStringLiteral("FECHA_HORA_ACOPIO")) != Dash;
        const bool disputed = m_cut->cell(row, QStringLiteral("OBSERVACIONES")) == InDispute;
        const QList<qsizetype> records = byClave.take(clave);
        const QString where = tr("resultados.csv, line %1 (acta %2)").arg(row.line).arg(clave);
        if (published && registered && records.isEmpty() && !m_refusedClaves.contains(clave))
            section.problem(tr("%1: no signed record of it is published in %2.").arg(where, name));
        if (!registered && !records.isEmpty())
            section.problem(tr("%1: the row says the acta was not received, but station %2 signed a record of it "
                               "(%3, line %4).")
                                .arg(where, m_records.at(records.first()).record.stationId, name)
                                .arg(m_records.at(records.first()).line));
        if (records.isEmpty() || !registered)
            continue;
        // The latest version each station signed.
        QHash<QString, qsizetype> latest;
        for (qsizetype i : records) {
            const SyncRecord &r = m_records.at(i).record;
            const auto it = latest.constFind(r.stationId);
            if (it == latest.cend() || m_records.at(*it).record.version < r.version)
                latest.insert(r.stationId, i);
        }
        if (disputed) {
            // Published without figures: the sides must be there, and disagree.
            bool disagree = false;
            for (qsizetype i : std::as_const(latest))
                disagree
                    = disagree || !sameFigures(m_records.at(i).record, m_records.at(latest.cbegin().value()).record);
            if (published && (latest.size() < 2 || !disagree))
                section.problem(tr("%1: published as in dispute between stations, but %2 holds no two stations' "
                                   "records that disagree.")
                                    .arg(where, name));
            for (const TemplateField &f : m_election->voteFields())
                if (m_cut->cell(row, f.id) != Dash)
                    section.problem(tr("%1, %2: an acta in dispute shows no figures, this row shows \"%3\".")
                                        .arg(where, f.id, m_cut->cell(row, f.id).left(40)));
            continue;
        }
        if (published && records.size() > 1)
            section.problem(tr("%1: %2 records of it are published, but its row is not in dispute.")
                                .arg(where)
                                .arg(records.size()));
        const Result<ActaKey> key = ActaKey::parse(clave);
        if (!key) {
            section.problem(tr("%1: not an acta key: %2").arg(where, key.error()));
            continue;
        }
        for (qsizetype i : std::as_const(latest)) {
            const SignedLine &signedLine = m_records.at(i);
            ++compared;
            for (const auto &[column, value] : signedCells(*m_election, *m_cut, row, signedLine.record, *key)) {
                const QString shown = m_cut->cell(row, column);
                if (shown != PrepCut::spreadsheetSafe(value))
                    section.problem(
                        tr("%1, %2: the row says \"%3\", station %4 signed \"%5\" (%6, line %7).")
                            .arg(where, column, shown.left(80), signedLine.record.stationId, value.left(80), name)
                            .arg(signedLine.line));
            }
        }
    }
    for (auto it = byClave.constBegin(); it != byClave.constEnd(); ++it)
        section.problem(tr("%1, line %2: a record of acta %3, which has no row in resultados.csv.")
                            .arg(name)
                            .arg(m_records.at(it->first()).line)
                            .arg(it.key()));
    section.summary = section.problemCount() == 0
        ? tr("%n row(s) agree with the latest record their station signed.", nullptr, int(compared))
        : tr("%n row(s) compared; not all agree.", nullptr, int(compared));
}

} // namespace acta::verify
