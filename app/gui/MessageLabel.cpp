#include "MessageLabel.h"

namespace acta::gui {

namespace {

// Dark enough to read on the light default background (WCAG AA against white).
QString styleFor(MessageLabel::Kind kind)
{
    switch (kind) {
    case MessageLabel::Kind::Error:
        return QStringLiteral("color:#b00020;");
    case MessageLabel::Kind::Warning:
        return QStringLiteral("color:#8a4b00;");
    case MessageLabel::Kind::Success:
        return QStringLiteral("color:#1b6e20;");
    case MessageLabel::Kind::Info:
        break;
    }
    return {};
}

} // namespace

MessageLabel::MessageLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLabel::show(Kind kind, const QString &text)
{
    m_kind = kind;
    setStyleSheet(styleFor(kind));
    setText(text);
    if (m_hiddenWhenEmpty)
        setVisible(!text.isEmpty());
}

void MessageLabel::setHiddenWhenEmpty(bool hidden)
{
    m_hiddenWhenEmpty = hidden;
    if (hidden)
        setVisible(!text().isEmpty());
}

} // namespace acta::gui
