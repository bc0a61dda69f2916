#pragma once

#include <QLabel>

namespace acta::gui {

// The one place a view tells the person what just happened: an error, a warning, a success or a
// plain note, in the same colours in every view (Designer forms promote their message QLabel to
// it). Colours are also told apart by their words: the text always says what went wrong.
class MessageLabel : public QLabel
{
    Q_OBJECT

public:
    enum class Kind { Info, Success, Warning, Error };

    explicit MessageLabel(QWidget *parent = nullptr);

    void show(Kind kind, const QString &text);
    void showError(const QString &text) { show(Kind::Error, text); }
    void showWarning(const QString &text) { show(Kind::Warning, text); }
    void showSuccess(const QString &text) { show(Kind::Success, text); }
    void showInfo(const QString &text) { show(Kind::Info, text); }
    void clearMessage() { show(Kind::Info, QString()); }
    Kind kind() const { return m_kind; }

    // Views whose layout should close up when there is nothing to say (the dashboard).
    void setHiddenWhenEmpty(bool hidden);

private:
    using QLabel::show;
    Kind m_kind = Kind::Info;
    bool m_hiddenWhenEmpty = false;
};

} // namespace acta::gui
