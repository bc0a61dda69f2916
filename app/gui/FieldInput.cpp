#include "FieldInput.h"

#include <QApplication>
#include <QClipboard>
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
        m_proposed = false; // typed over: the clerk's own value now
        updateStyle();
        Q_EMIT valueEdited();
    });
    // The validator said no to a key: tell why instead of dropping it unseen.
    connect(this, &QLineEdit::inputRejected, this, [this] { refuseKey(m_lastKeyText); });
}

void FieldInput::refuseKey(const QString &keyText)
{
    if (!keyText.isEmpty() && keyText.at(0).isDigit())
        Q_EMIT inputRefused(tr("This field has %n box(es): at most %n digit(s). The %1 was not taken; "
                               "select the figure to type it again.",
                               nullptr, m_digits)
                                .arg(keyText));
    else
        Q_EMIT inputRefused(tr("Only digits go in a field (%1 for %2, %3 for %4): “%5” was not taken.")
                                .arg(QKeySequence(IlegibleKey).toString(QKeySequence::NativeText),
                                     FieldValue::ilegible().toDisplayString(),
                                     QKeySequence(SinDatoKey).toString(QKeySequence::NativeText),
                                     FieldValue::sinDato().toDisplayString(), keyText));
}

void FieldInput::pasteChecked(QClipboard::Mode mode)
{
    const QString text = QApplication::clipboard()->text(mode).trimmed();
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (!digitsOnly.match(text).hasMatch() || text.size() > m_digits) {
        Q_EMIT inputRefused(tr("“%1” is not a figure of at most %n digit(s): nothing was pasted.", nullptr, m_digits)
                                .arg(text.left(20)));
        return;
    }
    m_special.reset();
    m_proposed = false;
    setText(text);
    updateStyle();
    Q_EMIT valueEdited();
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
    m_proposed = false; // a value set is the clerk's unless setProposed says otherwise
    if (!value) {
        m_special.reset();
        setText(QString()); // unlike clear(), leaves nothing for Ctrl+Z to bring back
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

void FieldInput::setProposed(bool proposed)
{
    m_proposed = proposed;
    updateStyle();
}

void FieldInput::setSpecial(std::optional<FieldValue::Kind> kind)
{
    m_proposed = false;
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
    else if (m_proposed && value())
        style += QStringLiteral("background:#e4eefb; border:1px dashed #2f6db5;");
    setStyleSheet(style.isEmpty() ? QString() : QStringLiteral("QLineEdit{%1}").arg(style));
}

bool FieldInput::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_special)
        setText(*m_special == FieldValue::Kind::Ilegible ? FieldValue::ilegible().toDisplayString()
                                                         : FieldValue::sinDato().toDisplayString());
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
    if (event->matches(QKeySequence::Paste)) {
        pasteChecked(QClipboard::Clipboard);
        return;
    }
    // Undo could bring back what the previous acta or person had here: a value changes only by
    // being typed.
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        event->accept();
        return;
    }
    m_lastKeyText = event->text();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!plain)
            break; // Ctrl+Enter is the view's
        if (event->isAutoRepeat())
            return; // Enter held down confirms nothing: each value is confirmed by a press
        if (m_proposed && value()) {
            m_proposed = false; // seen and confirmed
            updateStyle();
            Q_EMIT valueEdited();
        }
        Q_EMIT nextToFillRequested();
        return;
    case Qt::Key_Down:
        Q_EMIT nextRequested();
        return;
    case Qt::Key_Up:
        Q_EMIT previousRequested();
        return;
    case IlegibleKey:
    case Qt::Key_Asterisk:
        setSpecial(FieldValue::Kind::Ilegible);
        Q_EMIT nextToFillRequested();
        return;
    case SinDatoKey:
    case Qt::Key_Slash:
        setSpecial(FieldValue::Kind::SinDato);
        Q_EMIT nextToFillRequested();
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
            setText(QString());
        }
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void FieldInput::mouseReleaseEvent(QMouseEvent *event)
{
    // The X11 selection paste: refused like Ctrl+V.
    if (event->button() == Qt::MiddleButton) {
        if (m_pasteAllowed)
            pasteChecked(QClipboard::Selection);
        else
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
