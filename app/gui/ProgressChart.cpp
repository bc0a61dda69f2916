#include "ProgressChart.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace acta::gui {

namespace {

const QColor ReceivedColor(0x1f, 0x6f, 0xb4);
const QColor VerifiedColor(0x2a, 0x8c, 0x3a);
const QColor ExpectedColor(0x80, 0x80, 0x80);

QDateTime local(const QDateTime &utc, int offsetMinutes)
{
    return utc.addSecs(qint64(offsetMinutes) * 60);
}

} // namespace

ProgressChart::ProgressChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Progress over time"));
    updateDescription();
}

void ProgressChart::setSeries(const ProgressSeries &series, int utcOffsetMinutes)
{
    m_series = series;
    m_offsetMinutes = utcOffsetMinutes;
    updateDescription();
    update();
}

void ProgressChart::setExpected(qint64 expected)
{
    m_expected = std::max<qint64>(0, expected);
    update();
}

QSize ProgressChart::sizeHint() const
{
    return {520, 260};
}

QSize ProgressChart::minimumSizeHint() const
{
    return {260, 160};
}

qint64 ProgressChart::niceStep(qint64 max, int ticks)
{
    ticks = std::max(1, ticks);
    if (max <= 0)
        return 1;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        for (qint64 m : {qint64(10), qint64(20), qint64(25), qint64(50)}) {
            const qint64 step = m * magnitude / 10;
            if (step == 0 || (m == 25 && magnitude < 10))
                continue; // 2.5 is no whole step below 25
            if ((max + step - 1) / step <= ticks)
                return step;
        }
    }
}

QList<QDateTime> ProgressChart::boundaries(const ProgressSeries &series)
{
    QList<QDateTime> out;
    if (series.points.isEmpty() || series.bucketMinutes <= 0)
        return out;
    const QDateTime end = series.points.last().at;
    for (QDateTime t = series.start; t <= end; t = t.addSecs(qint64(series.bucketMinutes) * 60))
        out.append(t);
    return out;
}

void ProgressChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Progress over time"));
        updateDescription();
    }
    QWidget::changeEvent(event);
}

void ProgressChart::updateDescription()
{
    if (m_series.points.isEmpty()) {
        setAccessibleDescription(tr("No actas received yet."));
        return;
    }
    const ProgressPoint &last = m_series.points.last();
    const QString format = QStringLiteral("HH:mm");
    setAccessibleDescription(
        tr("From %1 to %2 (station time), in buckets of %3 minutes: %4 actas received, %5 verified.")
            .arg(local(m_series.start, m_offsetMinutes).toString(format),
                 local(last.at, m_offsetMinutes).toString(format))
            .arg(m_series.bucketMinutes)
            .arg(last.received)
            .arg(last.verified));
}

void ProgressChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int lineHeight = fm.height();
    const QColor text = palette().color(QPalette::Text);
    QColor grid = palette().color(QPalette::Mid);
    grid.setAlpha(90);

    const qint64 received = m_series.points.isEmpty() ? 0 : m_series.points.last().received;
    const qint64 verified = m_series.points.isEmpty() ? 0 : m_series.points.last().verified;

    // Legend along the top.
    const int legendY = 4;
    int x = 8;
    auto legend = [&](const QColor &color, Qt::PenStyle style, const QString &label) {
        p.setPen(QPen(color, 2.5, style));
        const int mid = legendY + lineHeight / 2;
        p.drawLine(x, mid, x + 22, mid);
        x += 28;
        p.setPen(text);
        p.drawText(QRect(x, legendY, fm.horizontalAdvance(label) + 2, lineHeight), Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 18;
    };
    legend(ReceivedColor, Qt::SolidLine, tr("Received (%1)").arg(received));
    legend(VerifiedColor, Qt::SolidLine, tr("Verified (%1)").arg(verified));

    if (m_series.points.isEmpty()) {
        p.setPen(text);
        p.drawText(rect().adjusted(0, lineHeight + 8, 0, 0), Qt::AlignCenter, tr("No actas received yet."));
        return;
    }

    // Scale: the expected actas join it only when they are close to the figures.
    qint64 top = std::max<qint64>(1, received);
    const bool showExpected = m_expected > 0 && m_expected <= top * 5 / 4;
    if (showExpected) {
        top = std::max(top, m_expected);
        legend(ExpectedColor, Qt::DashLine, tr("Expected (%1)").arg(m_expected));
    }
    // As many counts up the side as fit without overlapping (a short chart, a large font).
    const int plotTop = legendY + 2 * lineHeight + 14;
    const int plotBottom = height() - 2 * lineHeight - 10;
    const int counts = std::clamp((plotBottom - plotTop) / (lineHeight + 6), 1, 5);
    const qint64 step = niceStep(top, counts);
    top = (top + step - 1) / step * step;

    const QString yTitle = tr("Actas");
    const QString xTitle = tr("Station time");
    const int yLabelWidth = std::max(fm.horizontalAdvance(QString::number(top)), fm.horizontalAdvance(yTitle) / 2);
    const QRect plot(QPoint(yLabelWidth + 14, plotTop), QPoint(width() - 18, plotBottom));
    if (plot.width() < 40 || plot.height() < 30)
        return;

    // Vertical axis: grid lines with their counts, the title above.
    p.setPen(text);
    p.drawText(QRect(2, plot.top() - lineHeight - 4, plot.left() + fm.horizontalAdvance(yTitle), lineHeight),
               Qt::AlignLeft | Qt::AlignVCenter, yTitle);
    auto yOf = [&](qint64 v) {
        return plot.bottom() - double(v) * plot.height() / double(top);
    };
    for (qint64 v = 0; v <= top; v += step) {
        const double y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - lineHeight / 2.0, plot.left() - 6, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v));
    }

    // Horizontal axis: bucket boundaries, labelled as often as the labels fit.
    const QList<QDateTime> ticks = boundaries(m_series);
    const qint64 buckets = m_series.points.size();
    const qint64 spanSecs = std::max<qint64>(1, m_series.start.secsTo(m_series.points.last().at));
    auto xOf = [&](const QDateTime &t) {
        return plot.left() + double(m_series.start.secsTo(t)) * plot.width() / double(spanSecs);
    };
    const bool days = m_series.bucketMinutes >= 1440
        || local(m_series.start, m_offsetMinutes).date() != local(m_series.points.last().at, m_offsetMinutes).date();
    const QString format = m_series.bucketMinutes >= 1440 ? QStringLiteral("dd/MM")
        : days                                            ? QStringLiteral("dd/MM HH:mm")
                                                          : QStringLiteral("HH:mm");
    const int labelWidth = fm.horizontalAdvance(local(m_series.start, m_offsetMinutes).toString(format)) + 16;
    const qint64 fit = std::max<qint64>(1, plot.width() / labelWidth);
    const qint64 every = std::max<qint64>(1, (ticks.size() + fit - 1) / fit);
    p.setPen(QPen(text, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    for (qsizetype i = 0; i < ticks.size(); i += every) {
        const QDateTime &t = ticks.at(i);
        const double px = xOf(t);
        p.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 4));
        // Centred under its mark, but never past the chart's edges.
        const double left = std::clamp(px - labelWidth / 2.0, 0.0, double(std::max(0, width() - labelWidth)));
        p.drawText(QRectF(left, plot.bottom() + 5, labelWidth, lineHeight), Qt::AlignCenter,
                   local(t, m_offsetMinutes).toString(format));
    }
    p.drawText(QRect(plot.left(), plot.bottom() + lineHeight + 7, plot.width(), lineHeight), Qt::AlignCenter, xTitle);

    if (showExpected) {
        p.setPen(QPen(ExpectedColor, 1.5, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(m_expected)), QPointF(plot.right(), yOf(m_expected)));
    }

    // The lines: zero where the first bucket begins, then the total at the end of each bucket.
    const bool markers = buckets <= 24;
    auto line = [&](const QColor &color, auto value) {
        QPainterPath path(QPointF(plot.left(), yOf(0)));
        for (const ProgressPoint &pt : m_series.points)
            path.lineTo(xOf(pt.at), yOf(value(pt)));
        p.setPen(QPen(color, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (markers) {
            p.setBrush(color);
            p.setPen(Qt::NoPen);
            for (const ProgressPoint &pt : m_series.points)
                p.drawEllipse(QPointF(xOf(pt.at), yOf(value(pt))), 3, 3);
        }
    };
    line(ReceivedColor, [](const ProgressPoint &pt) { return pt.received; });
    line(VerifiedColor, [](const ProgressPoint &pt) { return pt.verified; });
}

} // namespace acta::gui
