#include "StationWindow.h"

#include "AboutDialog.h"
#include "AdjudicationView.h"
#include "AdministrationView.h"
#include "DashboardView.h"
#include "DemoStation.h"
#include "DrillWatermark.h"
#include "EntryView.h"
#include "GuiLog.h"
#include "HistoryView.h"
#include "HotFolder.h"
#include "InstalledFingerprint.h"
#include "IntakeView.h"
#include "Language.h"
#include "MainWindow.h"
#include "SecureBytes.h"
#include "Session.h"
#include "StartView.h"
#include "TrainerView.h"
#include "ui_StationWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace acta::gui {

StationWindow::StationWindow(const Election &election, const GuiEnvironment &environment, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::StationWindow>())
    , m_election(election)
    , m_env(environment)
    , m_mode(resolveMode(environment))
    , m_directory(environment.stationDirectory.isEmpty() ? Station::defaultDirectory(m_mode)
                                                         : environment.stationDirectory)
    , m_demo(m_mode == StationMode::Drill)
    , m_idleTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    if (m_mode == StationMode::Drill)
        m_watermark = new DrillWatermark(centralWidget()); // over every view, never taking a click
    m_start = new StartView(m_ui->startPage);
    m_ui->startPage->layout()->addWidget(m_start);
    // Hashing the installed programs takes a moment: on a worker thread, never in the way of startup.
    m_fingerprint = InstalledFingerprint::forRoot(m_env.installRoot);
    m_start->setFingerprint(m_fingerprint);
    auto *about = new QShortcut(QKeySequence(Qt::Key_F1), this);
    connect(about, &QShortcut::activated, this, &StationWindow::showAbout);
    connect(m_ui->aboutButton, &QPushButton::clicked, this, &StationWindow::showAbout);
    connect(m_start, &StartView::openRequested, this, [this](const QString &pass) { openStation(pass); });
    connect(m_start, &StartView::loginRequested, this,
            [this](const QString &user, const QString &password) { login(user, password); });
    connect(m_ui->logoutButton, &QPushButton::clicked, this, &StationWindow::logout);
    connect(m_ui->lockButton, &QPushButton::clicked, this, &StationWindow::lock);
    connect(m_ui->workTabs, &QTabWidget::currentChanged, this, [this] {
        updateStatus();
        focusCurrentView();
    });
    auto *lockKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), this);
    connect(lockKeys, &QShortcut::activated, this, &StationWindow::lock);
    // The header's buttons have no Alt mnemonics: those belong to the views.
    auto *logoutKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this);
    connect(logoutKeys, &QShortcut::activated, this, &StationWindow::logout);
    for (int i = 0; i < 9; ++i) {
        auto *viewKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(viewKey, &QShortcut::activated, this, [this, i] {
            if (m_ui->pages->currentWidget() == m_ui->workPage && m_ui->workTabs->isTabEnabled(i))
                m_ui->workTabs->setCurrentIndex(i);
        });
    }

    m_statusUser = new QLabel(this);
    m_statusStation = new QLabel(this);
    m_statusQueues = new QLabel(this);
    m_statusBadge = new QLabel(this);
    m_statusBadge->setStyleSheet(
        QStringLiteral("background:#b35900; color:white; font-weight:bold; padding:1px 8px; border-radius:3px;"));
    for (QLabel *l : {m_statusUser, m_statusStation})
        l->setStyleSheet(QStringLiteral("padding:0 8px; border-right:1px solid #b0b0b0;"));
    m_statusQueues->setStyleSheet(QStringLiteral("padding:0 8px;"));
    // On a narrow screen or with a large font the status bar wraps rather than widening the window.
    m_statusQueues->setWordWrap(true);
    m_statusQueues->setMinimumWidth(60);
    statusBar()->addWidget(m_statusUser);
    statusBar()->addWidget(m_statusStation);
    statusBar()->addWidget(m_statusQueues, 1);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageBox"));
    // Each language by its own name: whoever cannot read the current one still finds theirs.
    m_language->addItem(QStringLiteral("Español (México)"), QStringLiteral("es_MX"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { switchLanguage(m_language->itemData(index).toString()); });
    statusBar()->addPermanentWidget(m_language);
    statusBar()->addPermanentWidget(m_statusBadge);

    m_idleTimer->setInterval(1000);
    connect(m_idleTimer, &QTimer::timeout, this, &StationWindow::checkIdle);
    qApp->installEventFilter(this);

    if (Status s = ensureStation(); !s)
        m_start->showStationStep(s.error());
    else
        m_start->showStationStep();
    m_start->setDemoInfo(m_demo);
    m_ui->pages->setCurrentWidget(m_ui->startPage);
    retranslate();
}

StationWindow::~StationWindow()
{
    qApp->removeEventFilter(this);
}

StationMode StationWindow::resolveMode(const GuiEnvironment &environment)
{
    if (environment.mode)
        return *environment.mode;
    // A capture center that created its operational station gets it; a fresh machine, the demo.
    if (environment.stationDirectory.isEmpty()
        && QFileInfo::exists(Station::databasePath(Station::defaultDirectory(StationMode::Production))))
        return StationMode::Production;
    return StationMode::Drill;
}

Status StationWindow::ensureStation()
{
    // Only a drill station is made here (the demo); the operational one comes from init-station.
    if (m_mode == StationMode::Production) {
        if (!QFileInfo::exists(Station::databasePath(m_directory)))
            return fail(ErrorCode::NotFound,
                        tr("There is no station in %1. Create it with: actacapture init-station").arg(m_directory));
        return {};
    }
    GuiEnvironment drill = m_env;
    drill.stationOptions.mode = StationMode::Drill;
    Result<bool> created = DemoStation::ensure(m_directory, drill);
    if (!created)
        return created.takeError();
    return {};
}

bool StationWindow::openStation(const QString &passphrase)
{
    if (m_session)
        return true;
    Result<std::unique_ptr<Station>> station
        = Station::open(m_directory, SecureBytes::fromUtf8(passphrase), *m_env.clock, m_env.passwordCost, m_mode);
    if (!station) {
        m_start->showStationStep(station.error());
        return false;
    }
    m_session = new Session(std::move(station).value(), m_election.election, m_election.catalog, *m_env.clock, this);
    connect(m_session, &Session::actasChanged, this, &StationWindow::updateStatus);
    connect(m_session, &Session::syncChanged, this, &StationWindow::updateStatus);
    buildWorkViews();
    applyStationSettings();
    connect(m_session, &Session::settingsChanged, this, &StationWindow::applyStationSettings);
    m_session->startSync(); // in the background while the station is open, when hubs are configured
    m_start->showLoginStep(m_session->station().name());
    retranslate();
    qCInfo(lcGui) << "station opened" << m_directory;
    return true;
}

void StationWindow::buildWorkViews()
{
    m_intake = new IntakeView(*m_session, *m_env.dialogs, this);
    m_entry1 = new EntryView(*m_session, EntryView::Mode::Entry1, this);
    m_entry2 = new EntryView(*m_session, EntryView::Mode::Entry2, this);
    m_adjudication = new AdjudicationView(*m_session, *m_env.dialogs, this);
    m_dashboard = new DashboardView(*m_session, *m_env.dialogs, this);
    m_dashboard->setObjectName(QStringLiteral("dashboardView"));
    m_history = new HistoryView(*m_session, this);
    m_history->setObjectName(QStringLiteral("historyView"));
    m_administration = new AdministrationView(*m_session, *m_env.dialogs, *m_fingerprint, this);
    m_administration->setObjectName(QStringLiteral("administrationView"));
    m_electionView = new MainWindow(m_election, this);
    m_electionView->setWindowFlags(Qt::Widget);
    m_electionView->statusBar()->hide();
    if (auto *badge = m_electionView->findChild<QLabel *>(QStringLiteral("demoBadge")))
        badge->hide(); // the window's own badge is on every view
    m_intake->setObjectName(QStringLiteral("intakeView"));
    m_entry1->setObjectName(QStringLiteral("entry1View"));
    m_entry2->setObjectName(QStringLiteral("entry2View"));
    m_adjudication->setObjectName(QStringLiteral("adjudicationView"));
    m_electionView->setObjectName(QStringLiteral("electionView"));

    const QString hot = m_env.hotFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + (m_mode == StationMode::Drill ? QStringLiteral("/hotfolder-simulacro") : QStringLiteral("/hotfolder"))
        : m_env.hotFolder; // a drill's scans and the night's real ones never share a folder
    m_hotFolder = new HotFolder(hot, this);
    m_hotFolder->setQuietMs(m_env.hotFolderQuietMs);
    m_hotFolder->setIncompleteMs(m_env.hotFolderIncompleteMs);
    m_intake->setHotFolder(hot);
    if (m_demo) {
        const QString samples = m_env.sampleScansFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-actas")
            : m_env.sampleScansFolder;
        if (DemoStation::copySampleScans(samples) > 0)
            m_intake->setSampleFolder(samples);
    }
    // A trainer's screen in a drill station only: a production store never holds a drill.
    if (m_mode == StationMode::Drill) {
        const QString drills = m_env.drillsFolder.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/simulacros")
            : m_env.drillsFolder;
        m_trainer = new TrainerView(*m_session, *m_env.dialogs, hot, drills, m_env.stationOptions.keyCost, this);
        m_trainer->setObjectName(QStringLiteral("trainerView"));
    }
    connect(m_hotFolder, &HotFolder::filesTaken, m_intake, &IntakeView::importFiles);
    connect(m_intake, &IntakeView::fileProcessed, m_hotFolder, &HotFolder::finish);
    connect(m_session, &Session::userChanged, this, &StationWindow::updateHotFolder);
    const QList<QWidget *> views {m_intake,  m_entry1,  m_entry2,         m_adjudication, m_dashboard,
                                  m_history, m_trainer, m_administration, m_electionView};
    for (QWidget *w : views)
        if (w)
            m_ui->workTabs->addTab(w, QString());
}

void StationWindow::updateHotFolder()
{
    // Files are taken only while someone who may accept images is logged in.
    const bool on = m_session->can(Permission::ManageImages);
    if (on && !m_leftoversOffered) {
        m_leftoversOffered = true;
        m_intake->importFiles(m_hotFolder->leftovers());
    }
    if (on && m_env.hotFolderIntervalMs > 0)
        m_hotFolder->start(m_env.hotFolderIntervalMs);
    else
        m_hotFolder->stop();
}

void StationWindow::applyStationSettings()
{
    StationSettings &settings = m_session->settings();
    if (Result<std::optional<int>> minutes = settings.idleLockMinutes(); minutes && *minutes) {
        m_env.idleLockSeconds = **minutes * 60;
        if (m_env.idleLockSeconds <= 0)
            m_idleTimer->stop();
        else if (m_session->user() && !m_locked)
            m_idleTimer->start();
    }
    if (Result<std::optional<QString>> hot = settings.hotFolder(); hot && *hot && **hot != m_hotFolder->folder()) {
        m_hotFolder->setFolder(**hot);
        m_intake->setHotFolder(**hot);
        if (m_trainer)
            m_trainer->setHotFolder(**hot);
    }
}

bool StationWindow::login(const QString &username, const QString &password)
{
    if (!m_session)
        return false;
    Result<User> user = m_session->users().authenticate(username, SecureBytes::fromUtf8(password));
    if (!user) {
        m_start->setMessage(user.error());
        return false;
    }
    const bool sameUser = m_locked && m_lockedUser.compare(user->username, Qt::CaseInsensitive) == 0;
    if (!sameUser) {
        // Someone else's entry in progress is never shown to the next user.
        m_entry1->clearEntry();
        m_entry2->clearEntry();
        m_adjudication->clear(); // nor their half-made decision
    }
    m_locked = false;
    m_lockedUser.clear();
    m_session->setUser(*user);
    qCInfo(lcGui) << "login" << user->username << roleId(user->role);
    enterWorkspace(sameUser);
    return true;
}

void StationWindow::enterWorkspace(bool sameUser)
{
    applyRole();
    m_ui->pages->setCurrentWidget(m_ui->workPage);
    if (!sameUser) {
        for (View v : {View::Intake, View::Entry1, View::Adjudication, View::Training, View::Dashboard,
                       View::Administration, View::Election}) {
            if (viewAllowed(v)) {
                showView(v);
                break;
            }
        }
    }
    noteActivity();
    if (m_env.idleLockSeconds > 0)
        m_idleTimer->start();
    updateStatus();
    focusCurrentView(); // never the header's buttons
}

void StationWindow::logout()
{
    if (!m_session || !m_session->user())
        return;
    if (Status s = m_session->users().logout(*m_session->user()); !s)
        qCWarning(lcGui) << "logout not audited:" << s.error();
    m_entry1->clearEntry();
    m_entry2->clearEntry();
    m_adjudication->clear();
    m_session->setUser(std::nullopt);
    m_locked = false;
    m_lockedUser.clear();
    m_idleTimer->stop();
    m_start->showLoginStep(m_session->station().name());
    m_ui->pages->setCurrentWidget(m_ui->startPage);
    updateStatus();
}

void StationWindow::lock()
{
    if (!m_session || !m_session->user() || m_locked)
        return;
    // A question left open (a decision to confirm) is answered "no": whoever comes to the
    // locked station must not answer it for the person who left.
    while (QWidget *modal = QApplication::activeModalWidget()) {
        if (!modal->close())
            break;
    }
    if (Status s = m_session->users().recordLock(*m_session->user(), m_lockingIdle); !s)
        qCWarning(lcGui) << "lock not audited:" << s.error();
    m_locked = true;
    m_lockedUser = m_session->user()->username;
    m_session->setUser(std::nullopt);
    m_idleTimer->stop();
    qCInfo(lcGui) << "session locked" << m_lockedUser;
    m_start->showLoginStep(m_session->station().name(), m_lockedUser);
    m_ui->pages->setCurrentWidget(m_ui->startPage);
    updateStatus();
}

void StationWindow::noteActivity()
{
    m_lastActivity = m_env.clock->nowUtc();
}

void StationWindow::checkIdle()
{
    if (m_locked || !m_session || !m_session->user() || m_env.idleLockSeconds <= 0) {
        m_ui->idleBanner->hide();
        return;
    }
    const qint64 left = m_env.idleLockSeconds - m_lastActivity.secsTo(m_env.clock->nowUtc());
    if (left <= 0) {
        m_ui->idleBanner->hide();
        m_lockingIdle = true;
        lock();
        m_lockingIdle = false;
        return;
    }
    if (left <= m_env.idleWarningSeconds) {
        m_ui->idleBanner->setText(
            tr("No activity: the station locks in %n second(s). Press any key to keep working.", nullptr, int(left)));
        m_ui->idleBanner->show();
    } else {
        m_ui->idleBanner->hide();
    }
}

bool StationWindow::idleWarningShown() const
{
    return m_ui->idleBanner->isVisibleTo(m_ui->workPage);
}

bool StationWindow::switchLanguage(const QString &code)
{
    const QString lang = Language::normalise(code);
    if (lang.isEmpty() || !Language::install(qApp, lang))
        return false;
    // Every widget re-reads its texts now, not at the next turn of the event loop.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QSettings settings
        = m_env.settingsFile.isEmpty() ? QSettings() : QSettings(m_env.settingsFile, QSettings::IniFormat);
    settings.setValue(QStringLiteral("language"), lang);
    m_language->setCurrentIndex(qMax(0, m_language->findData(lang)));
    qCInfo(lcGui) << "language" << lang;
    return true;
}

void StationWindow::focusCurrentView()
{
    QWidget *view = m_ui->workTabs->currentWidget();
    if (!view || m_ui->pages->currentWidget() != m_ui->workPage)
        return;
    if (QWidget *f = QApplication::focusWidget(); f && view->isAncestorOf(f))
        return;
    // The entry views know where the clerk goes on; elsewhere the first control in tab order.
    for (EntryView *entry : {m_entry1, m_entry2}) {
        if (view == entry) {
            entry->focusWork();
            return;
        }
    }
    for (QWidget *w = view->nextInFocusChain(); w && w != view; w = w->nextInFocusChain()) {
        if (view->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(view)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

bool StationWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_session && m_session->user()) {
            noteActivity();
            m_ui->idleBanner->hide();
        }
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

bool StationWindow::viewAllowed(View view) const
{
    if (!m_session || !m_session->user())
        return false;
    switch (view) {
    case View::Intake:
        return m_session->can(Permission::ManageImages);
    case View::Entry1:
    case View::Entry2:
        return m_session->can(Permission::EnterData);
    case View::Adjudication:
        return m_session->can(Permission::Adjudicate);
    case View::Dashboard:
        return m_session->can(Permission::ViewDashboard);
    case View::History:
        return m_session->can(Permission::ViewHistory);
    case View::Training:
        return m_trainer && (m_session->can(Permission::RunDrills) || m_session->can(Permission::ScoreDrills));
    case View::Administration:
        return m_session->can(Permission::CertifyStation);
    case View::Election:
        return true;
    }
    return false;
}

QWidget *StationWindow::widgetOf(View view) const
{
    switch (view) {
    case View::Intake:
        return m_intake;
    case View::Entry1:
        return m_entry1;
    case View::Entry2:
        return m_entry2;
    case View::Adjudication:
        return m_adjudication;
    case View::Dashboard:
        return m_dashboard;
    case View::History:
        return m_history;
    case View::Training:
        return m_trainer;
    case View::Administration:
        return m_administration;
    case View::Election:
        return m_electionView;
    }
    return nullptr;
}

bool StationWindow::showView(View view)
{
    if (!viewAllowed(view)) {
        statusBar()->showMessage(tr("Your role may not open this view."), 8000);
        return false;
    }
    m_ui->workTabs->setCurrentWidget(widgetOf(view));
    return m_ui->workTabs->currentWidget() == widgetOf(view);
}

bool StationWindow::atStartView() const
{
    return m_ui->pages->currentWidget() == m_ui->startPage;
}

AboutDialog *StationWindow::showAbout()
{
    if (!m_about)
        m_about = new AboutDialog(*m_fingerprint, m_session, this);
    m_about->setSession(m_session);
    m_about->open();
    m_about->raise();
    m_about->activateWindow();
    return m_about;
}

void StationWindow::applyRole()
{
    for (View v : {View::Intake, View::Entry1, View::Entry2, View::Adjudication, View::Dashboard, View::History,
                   View::Training, View::Administration, View::Election}) {
        if (!widgetOf(v))
            continue;
        const int index = m_ui->workTabs->indexOf(widgetOf(v));
        m_ui->workTabs->setTabEnabled(index, viewAllowed(v));
    }
}

void StationWindow::updateStatus()
{
    const bool in = m_session && m_session->user();
    if (in) {
        const User &u = *m_session->user();
        m_ui->headerUser->setText(tr("%1 (%2)").arg(u.fullName.isEmpty() ? u.username : u.fullName, roleName(u.role)));
        m_statusUser->setText(tr("User: %1 · %2").arg(u.username, roleName(u.role)));
    } else {
        m_ui->headerUser->clear();
        m_statusUser->setText(m_locked ? tr("Locked") : tr("Nobody logged in"));
    }
    m_statusStation->setText(m_session ? tr("Station: %1").arg(m_session->station().name()) : tr("Station closed"));
    const bool drill = m_mode == StationMode::Drill;
    m_statusBadge->setText(m_demo ? tr("DEMO · SIMULACRO") : tr("SIMULACRO"));
    m_statusBadge->setVisible(drill);
    m_ui->demoBadge->setVisible(drill);
    if (m_session && in) { // the counts are for whoever is at work, not for the login screen
        using S = ActaWorkflow::State;
        ActaRepository &a = m_session->actas();
        auto count = [&a](S s) {
            return a.countInState(s).isOk() ? *a.countInState(s) : 0;
        };
        const Result<qint64> pending = a.outbox().pendingCount();
        m_statusQueues->setText(tr("Entry 1: %1 · Entry 2: %2 · Disputes: %3 · Waiting for sync: %4 · %5")
                                    .arg(count(S::Digitized))
                                    .arg(count(S::Entry1Done))
                                    .arg(count(S::InDispute))
                                    .arg(pending ? *pending : 0)
                                    .arg(m_session->syncText()));
    } else {
        m_statusQueues->clear();
    }
}

void StationWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void StationWindow::retranslate()
{
    const QString election = m_election.election.electionName().forLocale(QLocale());
    setWindowTitle(m_mode == StationMode::Drill ? tr("ActaCapture — %1 (SIMULACRO)").arg(election)
                                                : tr("ActaCapture — %1").arg(election));
    m_ui->headerTitle->setText(
        tr("<b>ActaCapture</b> · %1%2")
            .arg(election.toHtmlEscaped(),
                 m_session ? QStringLiteral(" · ") + m_session->station().name().toHtmlEscaped() : QString()));
    m_ui->demoBadge->setText(tr("SIMULACRO"));
    m_language->setToolTip(tr("Language of the screens"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::current())));
    if (m_intake) {
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_intake), tr("Intake"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_entry1), tr("Entry 1"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_entry2), tr("Entry 2"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_adjudication), tr("Adjudication"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_dashboard), tr("Dashboard"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_history), tr("History"));
        if (m_trainer)
            m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_trainer), tr("Drills"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_administration), tr("Administration"));
        m_ui->workTabs->setTabText(m_ui->workTabs->indexOf(m_electionView), tr("Election and catalog"));
        for (int i = 0; i < qMin(9, m_ui->workTabs->count()); ++i)
            m_ui->workTabs->setTabToolTip(i, tr("Ctrl+%1").arg(i + 1));
    }
    updateStatus();
}

} // namespace acta::gui
