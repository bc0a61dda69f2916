#pragma once

#include <QWidget>

namespace acta::gui {

// "SIMULACRO" across the whole window of a drill station: over every view and every acta image
// shown, so that nobody takes a drill screen, or a screenshot of one, for the operational count.
// It follows its parent's size and lets every click and key through.
class DrillWatermark : public QWidget
{
    Q_OBJECT

public:
    explicit DrillWatermark(QWidget *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace acta::gui
