#include "WrappedLabels.h"

#include <QEvent>
#include <QLabel>

namespace acta::gui {

void WrappedLabels::keepWhole(QWidget *root)
{
    auto *guard = new WrappedLabels(root);
    for (QLabel *label : root->findChildren<QLabel *>())
        if (label->wordWrap())
            label->installEventFilter(guard);
}

bool WrappedLabels::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        auto *label = static_cast<QLabel *>(watched);
        const int needed = label->heightForWidth(label->width());
        if (needed > 0 && needed != label->minimumHeight())
            label->setMinimumHeight(needed);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace acta::gui
