#pragma once

#include "FieldValue.h"

#include <QClipboard>
#include <QLineEdit>

#include <optional>

namespace acta::gui {

// The input of one field: digits, or ILEGIBLE / SIN DATO by their keys. Enter asks for the next
// field still to fill (nextToFillRequested), Tab and Down for the next field, Shift+Tab and Up
// for the previous one; paste can be refused (entry 2). A key or paste the field cannot take
// (a letter, a fourth digit in three boxes) is refused out loud (inputRefused), never cut short.
//
// A proposed value (entry 1's pre-fill by recognition) is shown but not yet the clerk's: it
// becomes theirs when they press Enter on it, type over it, or accept it with the view's
// "accept what is on screen" key. value() returns it either way; proposed() tells which.
class FieldInput : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr Qt::Key IlegibleKey = Qt::Key_F2;
    static constexpr Qt::Key SinDatoKey = Qt::Key_F3;
    static constexpr Qt::Key RegionKey = Qt::Key_F4;

    explicit FieldInput(int digits, QWidget *parent = nullptr);

    void setPasteAllowed(bool allowed) { m_pasteAllowed = allowed; }
    bool pasteAllowed() const { return m_pasteAllowed; }

    // nullopt while nothing was entered.
    std::optional<FieldValue> value() const;
    void setValue(const std::optional<FieldValue> &value);
    // Marks a field recognition was not sure of.
    void setHighlighted(bool highlighted);
    bool highlighted() const { return m_highlighted; }
    // A value put here by recognition that the clerk has not confirmed yet.
    void setProposed(bool proposed);
    bool proposed() const { return m_proposed; }
    int digits() const { return m_digits; }

Q_SIGNALS:
    void valueEdited();
    void nextRequested(); // Tab, Down
    void nextToFillRequested(); // Enter, or after ILEGIBLE / SIN DATO
    void previousRequested();
    void inputRefused(const QString &why); // translated, names the field's limit
    void regionRequested();
    void pasteRefused();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void setSpecial(std::optional<FieldValue::Kind> kind);
    void updateStyle();
    void pasteChecked(QClipboard::Mode mode);
    void refuseKey(const QString &keyText);

    int m_digits;
    bool m_pasteAllowed = true;
    bool m_highlighted = false;
    bool m_proposed = false;
    QString m_lastKeyText; // of the key press under way, for the reason a refusal gives
    std::optional<FieldValue::Kind> m_special; // ILEGIBLE or SIN DATO
};

} // namespace acta::gui
