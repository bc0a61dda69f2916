#include "ActaImageView.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QPen>
#include <QWheelEvent>

namespace acta::gui {

ActaImageView::ActaImageView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(0x5a, 0x5a, 0x5a));
    setFocusPolicy(Qt::NoFocus); // the keyboard belongs to the fields
}

void ActaImageView::setImage(const QImage &image)
{
    clearImage();
    m_pixmap = scene()->addPixmap(QPixmap::fromImage(image));
    m_mark = scene()->addRect(QRectF(), QPen(QColor(0xe0, 0x40, 0x00), 3), QColor(0xff, 0xa0, 0x00, 40));
    m_mark->setZValue(1);
    scene()->setSceneRect(m_pixmap->boundingRect());
    m_rotation = 0;
    fitToWindow();
}

void ActaImageView::clearImage()
{
    scene()->clear();
    m_pixmap = nullptr;
    m_mark = nullptr;
    resetTransform();
}

bool ActaImageView::hasImage() const
{
    return m_pixmap != nullptr;
}

void ActaImageView::zoomIn()
{
    scale(1.25, 1.25);
}

void ActaImageView::zoomOut()
{
    scale(0.8, 0.8);
}

void ActaImageView::rotate90()
{
    m_rotation = (m_rotation + 90) % 360;
    rotate(90);
}

void ActaImageView::fitToWindow()
{
    if (!m_pixmap)
        return;
    resetTransform();
    rotate(m_rotation);
    fitInView(m_pixmap, Qt::KeepAspectRatio);
}

void ActaImageView::markRegion(const QRectF &rect)
{
    if (m_mark)
        m_mark->setRect(rect);
}

void ActaImageView::showRegion(const QRectF &rect)
{
    if (!m_pixmap)
        return;
    markRegion(rect);
    resetTransform();
    rotate(m_rotation);
    fitInView(rect.adjusted(-rect.width(), -rect.height() * 3, rect.width(), rect.height() * 3), Qt::KeepAspectRatio);
    centerOn(rect.center());
}

void ActaImageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace acta::gui
