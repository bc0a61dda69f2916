#include "PrepCut.h"

#include "ElectionTemplate.h"

#include <QRegularExpression>

namespace acta::verify {

namespace {

const QString Dash = QStringLiteral("-");

// A whole number as the publication writes it (digits only, at most 15), or nothing.
std::optional<qint64> wholeNumber(const QString &cell)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}\\z"));
    if (!digits.match(cell).hasMatch())
        return std::nullopt;
    return cell.toLongLong();
}

// The records of the text, each with the line it starts on. Bounded in records and cells.
Result<QList<PrepCut::Row>> splitRecords(const QString &text)
{
    QList<PrepCut::Row> out;
    PrepCut::Row current;
    QString cell;
    qsizetype line = 1;
    current.line = 1;
    bool atCellStart = true;
    bool anything = false; // whether the current record has begun
    const auto endCell = [&]() -> Status {
        if (current.cells.size() >= PrepCut::MaxCells)
            return fail(
                ErrorCode::InvalidInput,
                PrepCut::tr("resultados.csv, line %1: more than %2 cells.").arg(current.line).arg(PrepCut::MaxCells));
        current.cells << cell;
        cell.clear();
        atCellStart = true;
        return {};
    };
    const auto endRecord = [&]() -> Status {
        if (Status s = endCell(); !s)
            return s;
        if (out.size() >= PrepCut::MaxRows + 6)
            return fail(ErrorCode::InvalidInput,
                        PrepCut::tr("resultados.csv has more than %1 rows.").arg(PrepCut::MaxRows));
        out.append(std::move(current));
        current = PrepCut::Row();
        current.line = line;
        anything = false;
        return {};
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        anything = true;
        if (atCellStart && c == u'"') {
            // A quoted cell: up to the quote not doubled, then a separator or the end of the line.
            const qsizetype startLine = line;
            bool closed = false;
            for (++i; i < n; ++i) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < n && text.at(i + 1) == u'"') {
                        cell += u'"';
                        ++i;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (q == u'\n')
                    ++line;
                cell += q;
            }
            if (!closed)
                return fail(ErrorCode::InvalidInput,
                            PrepCut::tr("resultados.csv, line %1: a quoted cell is never closed.").arg(startLine));
            if (i + 1 < n && text.at(i + 1) != u'|' && text.at(i + 1) != u'\n')
                return fail(ErrorCode::InvalidInput,
                            PrepCut::tr("resultados.csv, line %1: text after a closing quote.").arg(line));
            atCellStart = false;
            continue;
        }
        if (c == u'|') {
            if (Status s = endCell(); !s)
                return s.takeError();
        } else if (c == u'\n') {
            ++line;
            if (Status s = endRecord(); !s)
                return s.takeError();
        } else {
            cell += c;
            atCellStart = false;
        }
    }
    if (anything)
        if (Status s = endRecord(); !s)
            return s.takeError();
    return out;
}

} // namespace

QStringList PrepCut::counterColumns()
{
    return {QStringLiteral("ACTAS_ESPERADAS"),
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
            QStringLiteral("PORCENTAJE_PARTICIPACION_CIUDADANA")};
}

QStringList PrepCut::actaColumns(const ElectionTemplate &election)
{
    // The 2021 layout (docs/publication.md, "Rows"), written out again rather than taken from the
    // hub: this program must not share the code it checks.
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
    for (const TemplateField &f : election.voteFields())
        c << f.id;
    c << QStringLiteral("TOTAL_VOTOS_ASENTADO") << QStringLiteral("TOTAL_VOTOS_CALCULADO")
      << QStringLiteral("LISTA_NOMINAL") << QStringLiteral("REPRESENTANTES_PP_CI") << QStringLiteral("OBSERVACIONES")
      << QStringLiteral("CONTABILIZADA") << QStringLiteral("MECANISMOS_TRASLADO") << QStringLiteral("SHA")
      << QStringLiteral("FECHA_HORA_ACOPIO") << QStringLiteral("FECHA_HORA_CAPTURA")
      << QStringLiteral("FECHA_HORA_VERIFICACION") << QStringLiteral("ORIGEN") << QStringLiteral("DIGITALIZACION")
      << QStringLiteral("TIPO_DOCUMENTO") << QStringLiteral("COTEJADA");
    return c;
}

QString PrepCut::truncatedPercent(qint64 numerator, qint64 denominator)
{
    if (denominator <= 0 || numerator <= 0)
        return QStringLiteral("0.0000");
    const qint64 scaled = numerator * 1000000 / denominator;
    return QStringLiteral("%1.%2").arg(scaled / 10000).arg(scaled % 10000, 4, 10, QLatin1Char('0'));
}

QString PrepCut::spreadsheetSafe(const QString &cell)
{
    if (cell.isEmpty() || cell == Dash)
        return cell;
    const QChar c = cell.at(0);
    if (c == u'=' || c == u'+' || c == u'@' || c == u'-' || c == u'\t' || c == u'\r')
        return QLatin1Char('\'') + cell;
    return cell;
}

QString PrepCut::cell(const Row &row, const QString &name) const
{
    const qsizetype i = column(name);
    return i >= 0 && i < row.cells.size() ? row.cells.at(i) : QString();
}

Result<PrepCut> PrepCut::parse(const QByteArray &csv, const ElectionTemplate &election, QStringList *problems)
{
    if (csv.size() > MaxSize)
        return fail(
            ErrorCode::InvalidInput,
            tr("resultados.csv has %1 bytes, more than the %2 this program reads.").arg(csv.size()).arg(MaxSize));
    const QString text = QString::fromUtf8(csv);
    if (text.toUtf8() != csv)
        return fail(ErrorCode::InvalidInput, tr("resultados.csv is not UTF-8 text."));
    Result<QList<Row>> records = splitRecords(text);
    if (!records)
        return records.takeError();
    if (records->size() < 6)
        return fail(ErrorCode::InvalidInput,
                    tr("resultados.csv has %1 lines; its header alone has 6.").arg(records->size()));
    PrepCut cut;
    cut.title = records->at(0).cells.join(QLatin1Char('|'));
    cut.cutText = records->at(1).cells.join(QLatin1Char('|'));
    static const QRegularExpression zone(
        QStringLiteral("^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d \\(UTC([+-])(\\d{1,2})(?::(\\d\\d))?\\)\\z"));
    const QRegularExpressionMatch m = zone.match(cut.cutText);
    if (m.hasMatch()) {
        const int minutes = m.captured(2).toInt() * 60 + m.captured(3).toInt();
        cut.utcOffsetMinutes = m.captured(1) == QLatin1String("-") ? -minutes : minutes;
    } else {
        problems->append(tr("resultados.csv, line 2: \"%1\" is not a cut time like 05/06/2027 22:00 (UTC-6).")
                             .arg(cut.cutText.left(80)));
    }
    cut.counterNames = records->at(2).cells;
    cut.counterValues = records->at(3).cells;
    if (cut.counterNames != counterColumns())
        return fail(ErrorCode::InvalidInput, tr("resultados.csv, line 3: not the 13 counters of the 2021 layout."));
    if (cut.counterValues.size() != cut.counterNames.size())
        return fail(ErrorCode::InvalidInput,
                    tr("resultados.csv, line 4: %1 counter values for 13 counters.").arg(cut.counterValues.size()));
    if (records->at(4).cells != QStringList {QString()})
        problems->append(tr("resultados.csv, line 5: not blank."));
    cut.columns = records->at(5).cells;
    if (cut.columns != actaColumns(election))
        return fail(
            ErrorCode::InvalidInput,
            tr("resultados.csv, line 6: not the columns of the 2021 layout for template %1.").arg(election.id()));
    for (qsizetype i = 0; i < cut.columns.size(); ++i)
        cut.m_index.insert(cut.columns.at(i), i);
    QHash<QString, qsizetype> seen; // CLAVE_ACTA -> its row's line
    const qsizetype claveColumn = cut.column(QStringLiteral("CLAVE_ACTA"));
    for (qsizetype i = 6; i < records->size(); ++i) {
        const Row &row = records->at(i);
        if (row.cells.size() != cut.columns.size()) {
            problems->append(tr("resultados.csv, line %1: %2 cells, not %3.")
                                 .arg(row.line)
                                 .arg(row.cells.size())
                                 .arg(cut.columns.size()));
            continue;
        }
        // One row per acta: a second one would be counted twice.
        const QString clave = row.cells.at(claveColumn);
        if (const auto it = seen.constFind(clave); it != seen.cend()) {
            problems->append(tr("resultados.csv, line %1: acta %2 has a row already (line %3).")
                                 .arg(row.line)
                                 .arg(clave.left(40))
                                 .arg(*it));
            continue;
        }
        seen.insert(clave, row.line);
        cut.rows.append(row);
    }
    return cut;
}

QStringList PrepCut::counterProblems(const ElectionTemplate &election, bool finalCut) const
{
    QStringList problems;
    static const QStringList inconsistentLabels {
        QStringLiteral("Excede lista nominal"), QStringLiteral("Ilegible"), QStringLiteral("Sin dato"),
        QStringLiteral("Todos los campos ilegibles"), QStringLiteral("Todos los campos vacíos")};
    qint64 expected = 0, registered = 0, outside = 0, captured = 0, counted = 0, inconsistent = 0;
    qint64 lista = 0, withSpecial = 0, withoutSpecial = 0;
    const auto number = [&](const Row &row, const QString &column) -> qint64 {
        const std::optional<qint64> n = wholeNumber(cell(row, column));
        if (!n)
            problems << tr("resultados.csv, line %1 (acta %2), %3: \"%4\" is not a number.")
                            .arg(row.line)
                            .arg(cell(row, QStringLiteral("CLAVE_ACTA")), column, cell(row, column).left(40));
        return n.value_or(0);
    };
    for (const Row &row : rows) {
        const QString clave = cell(row, QStringLiteral("CLAVE_ACTA"));
        const bool inCatalog = cell(row, QStringLiteral("CLAVE_CASILLA")) != Dash;
        const bool isRegistered = cell(row, QStringLiteral("FECHA_HORA_ACOPIO")) != Dash;
        if (inCatalog)
            ++expected;
        if (isRegistered)
            inCatalog ? ++captured : ++outside;
        registered += isRegistered ? 1 : 0;
        const QString contabilizada = cell(row, QStringLiteral("CONTABILIZADA"));
        if (contabilizada != QLatin1String("0") && contabilizada != QLatin1String("1"))
            problems << tr("resultados.csv, line %1 (acta %2), CONTABILIZADA: \"%3\" is neither 0 nor 1.")
                            .arg(row.line)
                            .arg(clave, contabilizada.left(40));
        if (contabilizada == QLatin1String("1")) {
            ++counted;
            if (!inCatalog || !isRegistered)
                problems << tr("resultados.csv, line %1 (acta %2): counted, but %3.")
                                .arg(row.line)
                                .arg(clave, !inCatalog ? tr("outside the catalog") : tr("never received"));
            const qint64 calculated = number(row, QStringLiteral("TOTAL_VOTOS_CALCULADO"));
            qint64 sum = 0;
            for (const TemplateField &f : election.voteFields())
                sum += wholeNumber(cell(row, f.id)).value_or(0); // Ilegible, Sin dato and "-" add nothing
            if (sum != calculated)
                problems << tr("resultados.csv, line %1 (acta %2): the vote columns add up to %3, "
                               "TOTAL_VOTOS_CALCULADO says %4.")
                                .arg(row.line)
                                .arg(clave)
                                .arg(sum)
                                .arg(calculated);
            // A special casilla's RP acta is counted as an acta, not in the votes or the lista nominal:
            // its voters are on the casilla's MR acta too.
            const std::optional<qint64> type = wholeNumber(cell(row, QStringLiteral("TIPO_ACTA")));
            if (!(type && election.isRpActaType(int(*type)))) {
                lista += number(row, QStringLiteral("LISTA_NOMINAL"));
                withSpecial += calculated;
                if (cell(row, QStringLiteral("TIPO_CASILLA")) != QLatin1String("S"))
                    withoutSpecial += calculated;
            }
        }
        if (inCatalog && isRegistered) {
            const QStringList labels = cell(row, QStringLiteral("OBSERVACIONES")).split(QStringLiteral(", "));
            if (std::any_of(labels.cbegin(), labels.cend(),
                            [](const QString &l) { return inconsistentLabels.contains(l); }))
                ++inconsistent;
        }
    }
    const QStringList recomputed {
        QString::number(expected),
        QString::number(registered),
        QString::number(outside),
        QString::number(captured),
        truncatedPercent(captured, expected),
        QString::number(counted),
        truncatedPercent(counted, expected),
        truncatedPercent(inconsistent, expected),
        QString::number(registered - counted),
        QString::number(lista),
        QString::number(withSpecial),
        QString::number(withoutSpecial),
        truncatedPercent(finalCut ? withSpecial : withoutSpecial, lista),
    };
    for (qsizetype i = 0; i < recomputed.size(); ++i)
        if (counterValues.value(i) != recomputed.at(i))
            problems << tr("resultados.csv, line 4, %1: the header says %2, the rows give %3.")
                            .arg(counterNames.at(i), counterValues.value(i).left(40), recomputed.at(i));
    return problems;
}

} // namespace acta::verify
