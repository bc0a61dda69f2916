#pragma once

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace acta::gui {

// The acta image: zoom (Ctrl+wheel, buttons), pan (drag), rotate by quarter turns, and a
// marked region (the field being entered).
class ActaImageView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ActaImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    void clearImage();
    bool hasImage() const;

    void zoomIn();
    void zoomOut();
    void rotate90();
    void fitToWindow();
    // Marks the rectangle (image pixels) and brings it into view, zoomed.
    void showRegion(const QRectF &rect);
    void markRegion(const QRectF &rect);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    QGraphicsPixmapItem *m_pixmap = nullptr;
    QGraphicsRectItem *m_mark = nullptr;
    int m_rotation = 0;
};

} // namespace acta::gui
