#pragma once

#include "DrillReport.h"

#include <QWidget>

namespace acta::gui {

// The drill's progress over time on the trainer's screen: the same painted chart as the PDF.
class DrillChart : public QWidget
{
    Q_OBJECT

public:
    explicit DrillChart(QWidget *parent = nullptr);
    void setSeries(const QList<DrillReport::Series> &series);
    const QList<DrillReport::Series> &series() const { return m_series; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<DrillReport::Series> m_series;
};

} // namespace acta::gui
