#pragma once

#include "MessageLabel.h"
#include "ProgressQueries.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace Ui {
class DashboardView;
}

namespace acta::gui {

class FileDialogs;
class ProgressChart;
class Session;

// The supervisor dashboard (Permission::ViewDashboard): actas by state, expected against
// received, verified and counted per district of the catalog, the actas whose OBSERVACIONES
// are not empty, the sync outbox, each clerk's entries, pace and disagreements, and a chart of
// the cumulative actas received and verified up to now. Read again by the Refresh button, every
// 30 seconds while shown, and when actas change. Each table exports to CSV (RFC 4180,
// UTF-8) for those with Permission::ExportReports; the export is written atomically and audited.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    enum class Table { States, Sync, Districts, Inconsistencies, Clerks };

    static constexpr int DefaultRefreshMs = 30 * 1000;

    DashboardView(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~DashboardView() override;

    // Reads the figures again; false (with the reason shown) when the role may not see them
    // or the store could not be read.
    bool refresh();
    // Empties every table (when someone who may not see them logs in).
    void clear();
    const ProgressReport &report() const { return m_report; }

    QTableWidget *table(Table table) const;
    ProgressChart *chart() const;
    QString message() const;

    // Asks where to save (the file dialog seam) and writes the table there; false when
    // cancelled, refused or failed (the reason shown).
    bool exportCsv(Table table);
    // The table as RFC 4180 CSV: header row, then the rows, CRLF line ends, UTF-8, fields
    // quoted when they hold a comma, a quote or a line break. Cells shown as "—" are empty.
    static QByteArray toCsv(const QTableWidget *table);

    void setRefreshInterval(int ms);
    bool autoRefreshing() const;

Q_SIGNALS:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void fillStates();
    void fillSync();
    void fillDistricts();
    void fillInconsistencies();
    void fillClerks();
    void updateSummary();
    void updateButtons();
    // Shown now, and again in the new language on LanguageChange (the text is made anew).
    void showMessage(MessageLabel::Kind kind, std::function<QString()> text);
    void clearMessage();
    void retranslate();
    QString stationTime(const QDateTime &utc) const;
    QString exportName(Table table) const;

    std::unique_ptr<Ui::DashboardView> m_ui;
    Session &m_session;
    FileDialogs &m_dialogs;
    QTimer *m_timer = nullptr;
    ProgressReport m_report;
    bool m_loaded = false;
    MessageLabel::Kind m_messageKind = MessageLabel::Kind::Info;
    std::function<QString()> m_message; // empty: nothing shown
    QString m_lastFolder;
};

} // namespace acta::gui
