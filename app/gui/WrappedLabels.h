#pragma once

#include <QObject>

class QWidget;

namespace acta::gui {

// A word-wrapped label in a nested layout is given one line's height when room is short, and
// the rest of its text is cut off: layouts do not ask it for its height at its width. This keeps
// every word-wrapped label under a widget as tall as its text at the width it got (checked
// whenever it is resized), so the view grows or scrolls instead of cutting sentences.
class WrappedLabels : public QObject
{
    Q_OBJECT

public:
    // Watches the word-wrapped labels under root (those that exist now); owned by root.
    static void keepWhole(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace acta::gui
