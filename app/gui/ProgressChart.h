#pragma once

#include "ProgressQueries.h"

#include <QWidget>

namespace acta::gui {

// Cumulative actas received and verified over time, painted (no chart library): one line
// each over the buckets of a ProgressSeries, time along the bottom in station time up to the
// series' last point (now: nothing is drawn after it), actas up the side, a legend. The accessible description repeats
// the latest figures as text.
class ProgressChart : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressChart(QWidget *parent = nullptr);

    // utcOffsetMinutes: the station's, for the time labels.
    void setSeries(const ProgressSeries &series, int utcOffsetMinutes);
    const ProgressSeries &series() const { return m_series; }
    // The expected actas, drawn as a dashed line when it fits the scale; 0 for none.
    void setExpected(qint64 expected);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The bucket boundaries the time axis marks: from the start, every bucketMinutes, up to the
    // last point (the time the series was read) and never past it.
    static QList<QDateTime> boundaries(const ProgressSeries &series);

    // The largest "nice" number (1, 2, 2.5, 5 x 10^n) step that splits max into at most `ticks`.
    static qint64 niceStep(qint64 max, int ticks);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateDescription();

    ProgressSeries m_series;
    int m_offsetMinutes = 0;
    qint64 m_expected = 0;
};

} // namespace acta::gui
