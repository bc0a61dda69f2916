#include "DrillCharts.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace acta::drillreport {

namespace {

// Told apart in greyscale print too (different lightness), and none is the drill's orange, which
// marks the page as a drill.
const QList<QColor> SeriesColors {QColor(31, 119, 180), QColor(44, 160, 44), QColor(148, 103, 189),
                                  QColor(214, 39, 40),  QColor(90, 90, 90),  QColor(140, 86, 75)};
const QColor GridColor(225, 225, 225);

// A tick step of 1, 2 or 5 times a power of ten giving about `ticks` intervals over the range.
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double norm = raw / magnitude;
    const double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
    return nice * magnitude;
}

QString tickLabel(double value)
{
    // Rounded first so that 0.1 + 0.2 prints as 0.3; 'g' drops a trailing ".0".
    return QString::number(std::round(value * 1000) / 1000, 'g', 7);
}

} // namespace

void paintProgressChart(QPainter &painter, const QRectF &rect, const QList<DrillReport::Series> &series,
                        const ProgressChartTexts &texts, const QFont &font)
{
    QPainter &p = painter;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    const QFontMetricsF fm(font, p.device());
    const qreal lineH = fm.height();

    double xMax = 0;
    int yMax = 0;
    for (const DrillReport::Series &s : series) {
        for (const DrillReport::Point &pt : s.points) {
            xMax = std::max(xMax, pt.minute);
            yMax = std::max(yMax, pt.count);
        }
    }
    const bool empty = xMax <= 0 && yMax <= 0;
    // With nothing to plot, the first ten minutes: an empty frame still reads as a time axis.
    const double xStep = niceStep(empty ? 10.0 : std::max(xMax, 1.0), 8);
    const double yStep = std::max(1.0, niceStep(std::max(yMax, 1), 6));
    const double xTop = std::max(xStep, std::ceil(xMax / xStep) * xStep);
    const double yTop = std::max(yStep, std::ceil(yMax / yStep) * yStep);

    // Legend first, wrapping to more lines when the names are long.
    qreal legendX = rect.left();
    qreal legendY = rect.top();
    const qreal swatch = lineH * 1.6;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QString text = QStringLiteral("%1 (%2)").arg(series[i].name).arg(series[i].total());
        const qreal itemW = swatch + 6 + fm.horizontalAdvance(text) + lineH * 1.5;
        if (legendX > rect.left() && legendX + itemW > rect.right()) {
            legendX = rect.left();
            legendY += lineH * 1.4;
        }
        const QColor color = SeriesColors[i % SeriesColors.size()];
        p.setPen(QPen(color, 3));
        p.drawLine(QPointF(legendX, legendY + lineH / 2), QPointF(legendX + swatch, legendY + lineH / 2));
        p.setPen(Qt::black);
        p.drawText(QRectF(legendX + swatch + 6, legendY, itemW, lineH), Qt::AlignLeft | Qt::AlignVCenter, text);
        legendX += itemW;
    }
    const qreal legendBottom = legendY + lineH * 1.8;

    // Room for the rotated y title and the widest y label on the left, x labels and title below.
    qreal yLabelW = 0;
    for (double v = 0; v <= yTop + yStep / 2; v += yStep)
        yLabelW = std::max(yLabelW, fm.horizontalAdvance(tickLabel(v)));
    const QRectF plot(rect.left() + lineH * 1.6 + yLabelW + 8, legendBottom + lineH / 2,
                      rect.width() - (lineH * 1.6 + yLabelW + 8) - fm.horizontalAdvance(tickLabel(xTop)) / 2 - 2,
                      rect.bottom() - legendBottom - lineH / 2 - lineH * 2.8);
    const auto xAt = [&](double minute) {
        return plot.left() + plot.width() * minute / xTop;
    };
    const auto yAt = [&](double count) {
        return plot.bottom() - plot.height() * count / yTop;
    };

    // Grid and tick labels.
    p.setPen(QPen(GridColor, 1));
    for (double v = 0; v <= yTop + yStep / 2; v += yStep)
        p.drawLine(QPointF(plot.left(), yAt(v)), QPointF(plot.right(), yAt(v)));
    for (double v = 0; v <= xTop + xStep / 2; v += xStep)
        p.drawLine(QPointF(xAt(v), plot.top()), QPointF(xAt(v), plot.bottom()));
    p.setPen(Qt::black);
    for (double v = 0; v <= yTop + yStep / 2; v += yStep) {
        p.drawLine(QPointF(plot.left() - 5, yAt(v)), QPointF(plot.left(), yAt(v)));
        p.drawText(QRectF(plot.left() - 8 - yLabelW, yAt(v) - lineH / 2, yLabelW, lineH),
                   Qt::AlignRight | Qt::AlignVCenter, tickLabel(v));
    }
    for (double v = 0; v <= xTop + xStep / 2; v += xStep) {
        p.drawLine(QPointF(xAt(v), plot.bottom()), QPointF(xAt(v), plot.bottom() + 5));
        p.drawText(QRectF(xAt(v) - 60, plot.bottom() + 6, 120, lineH), Qt::AlignHCenter | Qt::AlignTop, tickLabel(v));
    }
    p.setPen(QPen(Qt::black, 1.5));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());

    // Axis titles.
    p.drawText(QRectF(plot.left(), plot.bottom() + lineH * 1.5, plot.width(), lineH * 1.2),
               Qt::AlignHCenter | Qt::AlignTop, texts.xAxis);
    p.save();
    p.translate(rect.left(), plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, 0, plot.height(), lineH * 1.2), Qt::AlignHCenter | Qt::AlignTop, texts.yAxis);
    p.restore();

    if (empty) {
        p.setPen(Qt::darkGray);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, texts.empty);
        p.restore();
        return;
    }

    // Steps from (0, 0): a cumulative count holds its value until the next change, and runs on
    // to the chart's last minute, where it still stands.
    p.setClipRect(plot.adjusted(-2, -2, 2, 2));
    for (qsizetype i = 0; i < series.size(); ++i) {
        QPainterPath path(QPointF(xAt(0), yAt(0)));
        int previous = 0;
        for (const DrillReport::Point &pt : series[i].points) {
            path.lineTo(xAt(pt.minute), yAt(previous));
            path.lineTo(xAt(pt.minute), yAt(pt.count));
            previous = pt.count;
        }
        path.lineTo(xAt(xMax), yAt(previous));
        QPen pen(SeriesColors[i % SeriesColors.size()], 3);
        pen.setJoinStyle(Qt::MiterJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    p.restore();
}

qreal barChartHeight(QPainter &painter, qsizetype bars, const QFont &font)
{
    const QFontMetricsF fm(font, painter.device());
    return fm.height() * 1.8 + std::max<qsizetype>(bars, 1) * fm.height() * 1.7 + fm.height() * 0.5;
}

void paintBarChart(QPainter &painter, const QRectF &rect, const QString &title, const QList<Bar> &bars,
                   const QColor &color, const QFont &font)
{
    QPainter &p = painter;
    p.save();
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(font, p.device());
    const qreal lineH = fm.height();
    p.setFont(bold);
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), lineH * 1.4), Qt::AlignLeft | Qt::AlignTop, title);
    p.setFont(font);

    qreal labelW = 0;
    qreal valueW = 0;
    double maxValue = 0;
    for (const Bar &b : bars) {
        labelW = std::max(labelW, fm.horizontalAdvance(b.label));
        valueW = std::max(valueW, fm.horizontalAdvance(b.valueText));
        maxValue = std::max(maxValue, b.value.value_or(0));
    }
    labelW = std::min(labelW + 10, rect.width() * 0.35);
    const qreal barLeft = rect.left() + labelW;
    const qreal barSpan = std::max<qreal>(rect.right() - barLeft - valueW - 10, 10);
    const qreal rowH = lineH * 1.7;
    qreal y = rect.top() + lineH * 1.8;

    for (const Bar &b : bars) {
        if (y + rowH > rect.bottom() + 1)
            break; // the caller sized the rect with barChartHeight(); never draw outside it
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y, labelW - 10, rowH), Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelW - 10));
        qreal end = barLeft;
        if (b.value) {
            const qreal w = maxValue > 0 ? barSpan * *b.value / maxValue : 0;
            p.fillRect(QRectF(barLeft, y + rowH * 0.15, std::max<qreal>(w, 1), rowH * 0.7), color);
            end = barLeft + w;
        }
        p.setPen(b.value ? Qt::black : Qt::darkGray);
        p.drawText(QRectF(end + 6, y, valueW + 4, rowH), Qt::AlignLeft | Qt::AlignVCenter, b.valueText);
        y += rowH;
    }
    p.setPen(QPen(Qt::black, 1.5));
    p.drawLine(QPointF(barLeft, rect.top() + lineH * 1.8), QPointF(barLeft, y));
    p.restore();
}

} // namespace acta::drillreport
