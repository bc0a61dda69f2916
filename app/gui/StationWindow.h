#pragma once

#include "Election.h"
#include "GuiEnvironment.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QTimer;

namespace Ui {
class StationWindow;
}

namespace acta::gui {

class AboutDialog;
class AdjudicationView;
class AdministrationView;
class DashboardView;
class EntryView;
class HistoryView;
class TrainerView;
class HotFolder;
class InstalledFingerprint;
class IntakeView;
class MainWindow;
class Session;
class StartView;

// The capture workstation: the start view (station passphrase, then login), then the work
// views by role (intake, entry 1, entry 2, adjudication, the supervisor dashboard, history,
// the trainer's drills, the administrator's screen, the election). F1 opens the About box. Locks after the idle time
// back to the login screen, keeping the entry in progress for the same user; a banner warns
// idleWarningSeconds before. Keyboard: Ctrl+1..9 open the views in tab order, Ctrl+Shift+L
// locks; the header's buttons never take the focus (a stray Enter or Space must not lock or log
// out). The language (es_MX / en) switches at once from the status bar and is remembered.
class StationWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class View { Intake, Entry1, Entry2, Adjudication, Dashboard, History, Training, Administration, Election };

    StationWindow(const Election &election, const GuiEnvironment &environment, QWidget *parent = nullptr);
    ~StationWindow() override;

    // Creates the demo station when none exists yet (done by the constructor too).
    Status ensureStation();
    StationMode mode() const { return m_mode; }
    bool isDemo() const { return m_demo; }

    // The same steps the start view's buttons take.
    bool openStation(const QString &passphrase);
    bool login(const QString &username, const QString &password);
    void logout();
    void lock();
    bool locked() const { return m_locked; }
    // Locks when the idle time has passed on the environment's clock (a timer calls it).
    void checkIdle();
    void noteActivity();

    // Shows a work view; false (with the reason in the status bar) when the role may not.
    bool showView(View view);
    bool viewAllowed(View view) const;
    bool atStartView() const;
    // The About box (F1, or the header's button): version, Qt, the station, the software fingerprint.
    AboutDialog *showAbout();
    // Switches the UI language at once ("es_MX" or "en") and remembers it; false when unknown.
    bool switchLanguage(const QString &code);
    bool idleWarningShown() const;

    Session *session() const { return m_session; }
    StartView *startView() const { return m_start; }
    IntakeView *intakeView() const { return m_intake; }
    EntryView *entryView(int entry) const { return entry == 1 ? m_entry1 : m_entry2; }
    AdjudicationView *adjudicationView() const { return m_adjudication; }
    HistoryView *historyView() const { return m_history; }
    TrainerView *trainerView() const { return m_trainer; }
    DashboardView *dashboardView() const { return m_dashboard; }
    AdministrationView *administrationView() const { return m_administration; }
    InstalledFingerprint *fingerprint() const { return m_fingerprint; }
    HotFolder *hotFolder() const { return m_hotFolder; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static StationMode resolveMode(const GuiEnvironment &environment);
    void buildWorkViews();
    void updateHotFolder();
    // The idle lock time and hot folder the administrator kept in the store, over the environment's.
    void applyStationSettings();
    void enterWorkspace(bool sameUser);
    void updateStatus();
    void applyRole();
    void retranslate();
    QWidget *widgetOf(View view) const;
    void focusCurrentView();

    std::unique_ptr<Ui::StationWindow> m_ui;
    const Election &m_election;
    GuiEnvironment m_env;
    StationMode m_mode = StationMode::Drill;
    QString m_directory;
    bool m_demo = true; // the drill station the application creates for itself, its passphrase shown
    QWidget *m_watermark = nullptr;
    Session *m_session = nullptr;
    StartView *m_start = nullptr;
    IntakeView *m_intake = nullptr;
    EntryView *m_entry1 = nullptr;
    EntryView *m_entry2 = nullptr;
    AdjudicationView *m_adjudication = nullptr;
    HistoryView *m_history = nullptr;
    TrainerView *m_trainer = nullptr;
    DashboardView *m_dashboard = nullptr;
    AdministrationView *m_administration = nullptr;
    MainWindow *m_electionView = nullptr;
    InstalledFingerprint *m_fingerprint = nullptr; // shared by the application, computed off this thread
    AboutDialog *m_about = nullptr;
    HotFolder *m_hotFolder = nullptr;
    bool m_leftoversOffered = false;
    QLabel *m_statusUser = nullptr;
    QLabel *m_statusStation = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_statusQueues = nullptr;
    QComboBox *m_language = nullptr;
    QTimer *m_idleTimer = nullptr;
    QDateTime m_lastActivity;
    bool m_locked = false;
    bool m_lockingIdle = false; // the lock under way comes from the idle time
    QString m_lockedUser;
};

} // namespace acta::gui
