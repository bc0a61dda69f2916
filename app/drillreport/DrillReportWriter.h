#pragma once

#include "DrillReport.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPainter;

namespace acta {

namespace drillreport {
class PageFlow;
} // namespace drillreport

// Prints a drill's DrillReport for the trainer: an A4 PDF with painted charts and every table,
// and a CSV of the same figures for scripts. Both files are written whole or not at all
// (QSaveFile) and readable by their owner only, like everything else the station exports from a
// store. Every page and the CSV's first line say SIMULACRO: a drill's figures are never results.
class DrillReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(DrillReportWriter)

public:
    static Status writePdf(const DrillReport &report, const QString &path);
    // UTF-8, CRLF; one section after another, each a header row then its rows, with the section's
    // name in every row's first field and an empty line between sections.
    static Status writeCsv(const DrillReport &report, const QString &path);

    // The bytes the files hold, for callers that keep them elsewhere (and for tests).
    static Result<QByteArray> renderPdf(const DrillReport &report);
    static QByteArray renderCsv(const DrillReport &report);

    // "42 s", "1 min 05 s", "1 h 02 min": how the report prints a duration.
    static QString formatDuration(double seconds);

private:
    // One pass over the whole report; returns the pages it took. totalPages 0: not known yet.
    static Result<int> renderPass(const DrillReport &report, QIODevice *device, int totalPages);
    // The title, then every section in the order the trainer reads them.
    static void paintReport(const DrillReport &report, drillreport::PageFlow &flow, QPainter &painter);
    static Status save(const QByteArray &bytes, const QString &path);
};

} // namespace acta
