#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace acta {
class ElectionTemplate;
}

namespace acta::verify {

// resultados.csv as actaverify reads it (docs/publication.md): six header lines, then one row per
// acta. Pipe-separated, UTF-8, line feeds, cells with a pipe, quote or line break quoted.
struct PrepCut
{
    Q_DECLARE_TR_FUNCTIONS(PrepCut)

public:
    static constexpr qint64 MaxSize = qint64(1024) * 1024 * 1024;
    static constexpr qsizetype MaxRows = 2000000; // Mexico has about 170,000 casillas
    static constexpr qsizetype MaxCells = 1000;

    struct Row
    {
        qsizetype line = 0; // where it starts in the file, from 1
        QStringList cells;
    };

    QString title;
    QString cutText; // line 2, e.g. "05/06/2027 22:00 (UTC-6)"
    std::optional<int> utcOffsetMinutes; // the zone line 2 names
    QStringList counterNames;
    QStringList counterValues;
    QStringList columns;
    QList<Row> rows; // only rows with as many cells as columns (the others are problems)

    // The layout is checked against the template's columns; a header that does not hold is an
    // error (nothing below it can be read), a row that does not is one more problem.
    static Result<PrepCut> parse(const QByteArray &csv, const ElectionTemplate &election, QStringList *problems);
    static QStringList counterColumns();
    static QStringList actaColumns(const ElectionTemplate &election);

    qsizetype column(const QString &name) const { return m_index.value(name, -1); }
    QString cell(const Row &row, const QString &name) const;

    // Every counter of line 4 recomputed from the rows (the same rules as tests/hub/read_prep_cut.py,
    // with the template saying which acta type is the RP one); each disagreement is a problem.
    QStringList counterProblems(const ElectionTemplate &election, bool finalCut) const;

    // 4 decimals, truncated: 2/3 -> "66.6666"; 0 when there is nothing to divide by.
    static QString truncatedPercent(qint64 numerator, qint64 denominator);
    // The cell as the publication writes it: a leading apostrophe on what a spreadsheet would run.
    static QString spreadsheetSafe(const QString &cell);

private:
    QHash<QString, qsizetype> m_index;
};

} // namespace acta::verify
