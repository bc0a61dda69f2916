#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryView;
}

namespace acta::gui {

class Session;

// Everything that happened to one acta, from the audit log: when, who, what, and the details
// (entries, decisions and their reasons).
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, DetailsColumn, ColumnCount };

    explicit HistoryView(Session &session, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows the acta's history; false (with the reason shown) when there is none to show.
    bool showActa(const QString &clave);
    int rowCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::HistoryView> m_ui;
    Session &m_session;
};

} // namespace acta::gui
