#pragma once

#include "FieldValue.h"

#include <QLineEdit>

#include <optional>

namespace acta::gui {

// The input of one field: digits, or ILEGIBLE / SIN DATO by their keys. Enter and Tab ask for
// the next field, Shift+Tab for the previous one; paste can be refused (entry 2).
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

Q_SIGNALS:
    void valueEdited();
    void nextRequested();
    void previousRequested();
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

    int m_digits;
    bool m_pasteAllowed = true;
    bool m_highlighted = false;
    std::optional<FieldValue::Kind> m_special; // ILEGIBLE or SIN DATO
};

} // namespace acta::gui
