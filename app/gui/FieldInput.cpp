#include "FieldInput.h"

#include <QFocusEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QRegularExpressionValidator>
#include <QTimer>

namespace acta::gui {

FieldInput::FieldInput(int digits, QWidget *parent)
    : QLineEdit(parent)
    , m_digits(digits)
{
    setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(qMax(1, digits))), this));
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("SIN DATO")) + 24);
    connect(this, &QLineEdit::textEdited, this, [this] {
        updateStyle();
        Q_EMIT valueEdited();
    });
}

std::optional<FieldValue> FieldInput::value() const
{
    if (m_special)
        return *m_special == FieldValue::Kind::Ilegible ? FieldValue::ilegible() : FieldValue::sinDato();
    if (text().isEmpty())
        return std::nullopt;
    return FieldValue::number(text().toLongLong());
}

void FieldInput::setValue(const std::optional<FieldValue> &value)
{
    if (!value) {
        m_special.reset();
        clear();
    } else if (value->isNumber()) {
        m_special.reset();
        setText(QString::number(value->number()));
    } else {
        m_special = value->kind();
        setText(value->toDisplayString());
    }
    updateStyle();
}

void FieldInput::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    updateStyle();
}

void FieldInput::setSpecial(std::optional<FieldValue::Kind> kind)
{
    if (kind)
        setValue(kind == FieldValue::Kind::Ilegible ? FieldValue::ilegible() : FieldValue::sinDato());
    else
        setValue(std::nullopt);
    Q_EMIT valueEdited();
}

void FieldInput::updateStyle()
{
    QString style;
    if (m_special)
        style = QStringLiteral("color:#7a3b00; font-style:italic;");
    if (m_highlighted && !value())
        style += QStringLiteral("background:#fff1a8; border:2px solid #d89b00;");
    setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QLineEdit{%1}").arg(style));
}

bool FieldInput::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier))) {
            Q_EMIT previousRequested();
            return true;
        }
        if (key->key() == Qt::Key_Tab) {
            Q_EMIT nextRequested();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void FieldInput::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Paste) && !m_pasteAllowed) {
        Q_EMIT pasteRefused();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT nextRequested();
        return;
    case IlegibleKey:
    case Qt::Key_Asterisk:
        setSpecial(FieldValue::Kind::Ilegible);
        Q_EMIT nextRequested();
        return;
    case SinDatoKey:
    case Qt::Key_Slash:
        setSpecial(FieldValue::Kind::SinDato);
        Q_EMIT nextRequested();
        return;
    case RegionKey:
        Q_EMIT regionRequested();
        return;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (m_special) {
            setSpecial(std::nullopt);
            return;
        }
        break;
    default:
        if (m_special && !event->text().isEmpty() && event->text().at(0).isDigit()) {
            m_special.reset();
            clear();
        }
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void FieldInput::mouseReleaseEvent(QMouseEvent *event)
{
    // The X11 selection paste: refused like Ctrl+V.
    if (event->button() == Qt::MiddleButton && !m_pasteAllowed) {
        Q_EMIT pasteRefused();
        event->accept();
        return;
    }
    QLineEdit::mouseReleaseEvent(event);
}

void FieldInput::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // After the mouse press that may have brought the focus, and only if it stayed here.
    QTimer::singleShot(0, this, [this] {
        if (hasFocus())
            selectAll();
    });
}

void FieldInput::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    deselect();
}

} // namespace acta::gui
