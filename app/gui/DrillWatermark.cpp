#include "DrillWatermark.h"

#include <QEvent>
#include <QPainter>

namespace acta::gui {

DrillWatermark::DrillWatermark(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("drillWatermark"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    parent->installEventFilter(this);
    setGeometry(parent->rect());
    raise();
}

bool DrillWatermark::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && (event->type() == QEvent::Resize || event->type() == QEvent::ChildAdded)) {
        setGeometry(parentWidget()->rect());
        raise(); // views added later stay under it
    }
    return QWidget::eventFilter(watched, event);
}

void DrillWatermark::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(qMax(36, height() / 9));
    p.setFont(f);
    // Light enough to read and type through, strong enough to show on every screenshot.
    p.setPen(QColor(179, 89, 0, 38));
    // Untranslated on purpose: the word the drills are known by, in every language.
    const QString word = QStringLiteral("SIMULACRO");
    p.translate(width() / 2.0, height() / 2.0);
    p.rotate(-30);
    const int step = f.pixelSize() * 3;
    for (int y = -height(); y <= height(); y += step)
        p.drawText(QRect(-width(), y - step / 2, 2 * width(), step), Qt::AlignCenter, word);
}

} // namespace acta::gui
