#pragma once

#include "DrillReport.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace acta::drillreport {

// Painted with QPainter only (no Qt Charts): the same drawing goes to the PDF as vectors. Every
// text arrives translated; the charts only lay it out.

struct ProgressChartTexts
{
    QString xAxis; // "Minutes since start"
    QString yAxis; // "Cumulative count"
    QString empty; // drawn in the frame when no series has a point
};

// Cumulative counts as steps (a count holds until it changes), one line per series, with a legend
// carrying each series' total and ticked, labelled axes.
void paintProgressChart(QPainter &painter, const QRectF &rect, const QList<DrillReport::Series> &series,
                        const ProgressChartTexts &texts, const QFont &font);

struct Bar
{
    QString label; // the clerk's username
    std::optional<double> value; // nullopt: not measured, drawn as a dash instead of a bar
    QString valueText; // printed at the bar's end
};

// Horizontal bars with a title, one per label, scaled to the largest value; an unmeasured value
// shows the dash so that it is never read as zero.
void paintBarChart(QPainter &painter, const QRectF &rect, const QString &title, const QList<Bar> &bars,
                   const QColor &color, const QFont &font);

// The height a bar chart of this many bars wants at this font (title, bars, scale).
qreal barChartHeight(QPainter &painter, qsizetype bars, const QFont &font);

} // namespace acta::drillreport
