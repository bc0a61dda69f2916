#include "DrillChart.h"

#include "DrillCharts.h"

#include <QPainter>

namespace acta::gui {

DrillChart::DrillChart(QWidget *parent)
    : QWidget(parent)
{ }

void DrillChart::setSeries(const QList<DrillReport::Series> &series)
{
    m_series = series;
    update();
}

void DrillChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    drillreport::paintProgressChart(p, QRectF(rect()).adjusted(4, 4, -4, -4), m_series,
                                    {tr("Minutes since the drill started"), tr("Actas (cumulative)"),
                                     tr("Nothing to chart yet: score the drill once clerks have worked.")},
                                    font());
}

} // namespace acta::gui
