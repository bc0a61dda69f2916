// The administrator's users, hubs and settings (issue 16): what the command line's `user` and
// `upstream` do, from the administrator's screen, every change audited, the store still blank
// for certification afterwards; settings kept in the store across reopening the station and
// applied by the station window (screenshots in <build>/tests/screenshots).
#include "AdminHubsPanel.h"
#include "AdminSettingsPanel.h"
#include "AdminUsersPanel.h"
#include "AdministrationView.h"
#include "AuditLog.h"
#include "HotFolder.h"
#include "Language.h"
#include "SigningKey.h"
#include "StationCertifier.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>

using namespace acta;
using namespace acta::gui;

namespace {

const QString HubKeyHex = QStringLiteral("3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29");

int auditCount(Station &station, const char *action)
{
    int n = 0;
    const QList<AuditLog::Entry> entries = AuditLog::entries(station.database()).value(); // kept: not a temporary's
    for (const AuditLog::Entry &e : entries)
        n += e.action == QLatin1String(action) ? 1 : 0;
    return n;
}

// The newest entry of an action: who made it and its details.
std::optional<AuditLog::Entry> lastAudit(Station &station, const char *action)
{
    std::optional<AuditLog::Entry> last;
    const QList<AuditLog::Entry> entries = AuditLog::entries(station.database()).value(); // kept: not a temporary's
    for (const AuditLog::Entry &e : entries)
        if (e.action == QLatin1String(action))
            last = e;
    return last;
}

QString lockedUntilText(const QDateTime &untilUtc)
{
    return untilUtc.toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

class TestGuiAdminUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void setupActionsIncludeTheNewOnes();
    void administratorManagesUsers();
    void administratorCannotLockThemselvesOut();
    void lockedUserUnlockedAndPasswordReset();
    void administratorManagesHubs();
    void settingsKeptAcrossReopeningAndApplied();
    void productionStationMustLock();
    void onlyAdministratorsSeeThePanels();
    // Ends with screenshots in es_MX and en at 1280x720 (the language stays installed).
    void panelsFitAndRetranslate();

private:
    std::unique_ptr<StationWindow> startWindow(guitest::Fixture &f);
    AdministrationView *adminAs(StationWindow &w, const char *user);
    std::optional<Election> m_sample;
};

void TestGuiAdminUsers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = Election::sample().value();
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
}

std::unique_ptr<StationWindow> TestGuiAdminUsers::startWindow(guitest::Fixture &f)
{
    f.env.installRoot = f.dir.filePath(QStringLiteral("install")); // nothing to hash: quick
    auto w = std::make_unique<StationWindow>(*m_sample, f.env);
    w->resize(1280, 720);
    w->show();
    w->activateWindow(); // mnemonics need an active window
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active");
    return w;
}

AdministrationView *TestGuiAdminUsers::adminAs(StationWindow &w, const char *user)
{
    if (!w.session() && !w.openStation(DemoStation::passphrase()))
        return nullptr;
    if (!guitest::login(w, user))
        return nullptr;
    return w.administrationView();
}

void TestGuiAdminUsers::setupActionsIncludeTheNewOnes()
{
    // Managing users, hubs and settings before the start of operations keeps the store blank.
    for (const char *action :
         {AuditAction::UserAdded, AuditAction::UserDisabled, AuditAction::UserEnabled, AuditAction::UserUnlocked,
          AuditAction::PasswordChanged, AuditAction::ConfigChanged, AuditAction::SettingChanged})
        QVERIFY2(StationCertifier::setupActions().contains(QLatin1String(action)), action);
    QVERIFY(!StationCertifier::setupActions().contains(QLatin1String(AuditAction::Entry)));
}

void TestGuiAdminUsers::administratorManagesUsers()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    AdministrationView *admin = adminAs(*w, "admin");
    QVERIFY(admin);
    Station &station = w->session()->station();
    const User me = *w->session()->user();
    AdminUsersPanel *users = admin->usersPanel();
    // By keyboard: Alt+U brings the users' tab.
    auto *tabs = admin->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
    QTest::keyClick(w.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentWidget(), users);
    QCOMPARE(users->rowCount(), DemoStation::users().size());
    QCOMPARE(users->cellText(QStringLiteral("capturista1"), AdminUsersPanel::RoleColumn), roleName(Role::Clerk));
    QCOMPARE(users->cellText(QStringLiteral("capturista1"), AdminUsersPanel::StateColumn), QStringLiteral("Active"));

    auto *name = users->findChild<QLineEdit *>(QStringLiteral("newUsernameEdit"));
    auto *fullName = users->findChild<QLineEdit *>(QStringLiteral("newFullNameEdit"));
    auto *role = users->findChild<QComboBox *>(QStringLiteral("newRoleCombo"));
    QVERIFY(name && fullName && role);

    // A bad user name: refused before any password is asked for.
    name->setText(QStringLiteral("Ana López"));
    fullName->setText(QStringLiteral("Ana López Ruiz"));
    QVERIFY(!users->addUser());
    QCOMPARE(f.dialogs.passphrasesAsked, 0);
    QVERIFY2(users->message().contains(QLatin1String("not valid")), qPrintable(users->message()));

    // A password too short: refused, nothing added.
    name->setText(QStringLiteral("ana.lopez"));
    role->setCurrentIndex(role->findData(roleId(Role::Supervisor)));
    f.dialogs.passphrases = {QStringLiteral("corta")};
    QVERIFY(!users->addUser());
    QVERIFY2(users->message().contains(QLatin1String("too short")), qPrintable(users->message()));
    QCOMPARE(f.dialogs.passphrasesAsked, 1); // not asked a second time
    // Typed twice, differently: refused.
    f.dialogs.passphrases = {QStringLiteral("ana-password-1"), QStringLiteral("ana-password-2")};
    QVERIFY(!users->addUser());
    QVERIFY2(users->message().contains(QLatin1String("differ")), qPrintable(users->message()));
    QVERIFY_FAILS_WITH(station.users().find(QStringLiteral("ana.lopez")), ErrorCode::NotFound);
    QCOMPARE(auditCount(station, AuditAction::UserAdded), DemoStation::users().size());

    // Typed twice alike, by keyboard (Alt+A).
    f.dialogs.passphrases = {QStringLiteral("ana-password-1"), QStringLiteral("ana-password-1")};
    QTest::keyClick(w.get(), Qt::Key_A, Qt::AltModifier);
    QTRY_VERIFY(!users->cellText(QStringLiteral("ana.lopez"), 0).isEmpty());
    QVERIFY2(users->message().contains(QLatin1String("added as")), qPrintable(users->message()));
    QCOMPARE(users->cellText(QStringLiteral("ana.lopez"), AdminUsersPanel::FullNameColumn),
             QStringLiteral("Ana López Ruiz"));
    QCOMPARE(users->cellText(QStringLiteral("ana.lopez"), AdminUsersPanel::RoleColumn), roleName(Role::Supervisor));
    QCOMPARE(users->selectedUser(), QStringLiteral("ana.lopez"));
    QVERIFY(name->text().isEmpty());
    const std::optional<AuditLog::Entry> added = lastAudit(station, AuditAction::UserAdded);
    QVERIFY(added);
    QCOMPARE(added->userId, std::optional<qint64>(me.id));
    QVERIFY(added->details.contains(QLatin1String("ana.lopez")));
    QVERIFY_OK(station.users().authenticate(QStringLiteral("ana.lopez"), SecureBytes::fromUtf8(u"ana-password-1")));

    // Disabling asks first; cancelled, nothing changes.
    QVERIFY(users->selectUser(QStringLiteral("ana.lopez")));
    f.dialogs.answers = {false};
    QVERIFY(!users->disableSelected());
    QCOMPARE(f.dialogs.confirmations.size(), 1);
    QVERIFY(f.dialogs.confirmations.first().contains(QLatin1String("ana.lopez")));
    QVERIFY(!station.users().find(QStringLiteral("ana.lopez"))->disabled);
    QCOMPARE(auditCount(station, AuditAction::UserDisabled), 0);
    QVERIFY2(users->message().contains(QLatin1String("was not disabled")), qPrintable(users->message()));
    // Confirmed: disabled, shown, audited, and the account no longer logs in.
    f.dialogs.answers = {true};
    QVERIFY(users->disableSelected());
    QCOMPARE(users->cellText(QStringLiteral("ana.lopez"), AdminUsersPanel::StateColumn), QStringLiteral("Disabled"));
    QCOMPARE(auditCount(station, AuditAction::UserDisabled), 1);
    QCOMPARE(lastAudit(station, AuditAction::UserDisabled)->userId, std::optional<qint64>(me.id));
    QVERIFY_FAILS_WITH(
        station.users().authenticate(QStringLiteral("ana.lopez"), SecureBytes::fromUtf8(u"ana-password-1")),
        ErrorCode::AccountDisabled);
    QVERIFY(!users->findChild<QPushButton *>(QStringLiteral("disableUserButton"))->isEnabled());
    // Enabled again.
    QVERIFY(users->findChild<QPushButton *>(QStringLiteral("enableUserButton"))->isEnabled());
    QVERIFY(users->enableSelected());
    QCOMPARE(users->cellText(QStringLiteral("ana.lopez"), AdminUsersPanel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(auditCount(station, AuditAction::UserEnabled), 1);
    QVERIFY_OK(station.users().authenticate(QStringLiteral("ana.lopez"), SecureBytes::fromUtf8(u"ana-password-1")));

    // All of it is setting up: the start of operations can still be certified.
    QVERIFY(admin->showPanel(nullptr));
    QVERIFY(admin->refreshStore());
    QVERIFY2(admin->storeBlank(), qPrintable(admin->storeContents().join(QLatin1Char('\n'))));
}

void TestGuiAdminUsers::administratorCannotLockThemselvesOut()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    AdministrationView *admin = adminAs(*w, "admin");
    QVERIFY(admin);
    Station &station = w->session()->station();
    AdminUsersPanel *users = admin->usersPanel();
    QVERIFY(admin->showPanel(users));
    // Oneself: refused with a clear message, without asking.
    QVERIFY(users->selectUser(QStringLiteral("admin")));
    QVERIFY(!users->disableSelected());
    QVERIFY(f.dialogs.confirmations.isEmpty());
    QVERIFY2(users->message().contains(QLatin1String("your own account")), qPrintable(users->message()));
    QVERIFY(!station.users().find(QStringLiteral("admin"))->disabled);
    // Even asked straight of the store (as a copy of the panel could), refused.
    QVERIFY_FAILS_WITH(station.users().disable(*w->session()->user(), QStringLiteral("admin")),
                       ErrorCode::PermissionDenied);

    // A second administrator disables the first; the first, disabled, can no longer manage users.
    f.dialogs.passphrases = {QStringLiteral("admin2-password"), QStringLiteral("admin2-password")};
    users->findChild<QLineEdit *>(QStringLiteral("newUsernameEdit"))->setText(QStringLiteral("admin2"));
    users->findChild<QLineEdit *>(QStringLiteral("newFullNameEdit"))->setText(QStringLiteral("Segunda Admin"));
    auto *role = users->findChild<QComboBox *>(QStringLiteral("newRoleCombo"));
    role->setCurrentIndex(role->findData(roleId(Role::Administrator)));
    QVERIFY(users->addUser());
    w->logout();
    QVERIFY(w->login(QStringLiteral("admin2"), QStringLiteral("admin2-password")));
    QVERIFY(users->selectUser(QStringLiteral("admin")));
    QVERIFY(users->disableSelected());
    // admin2 is now the one enabled administrator, and cannot disable themselves either.
    QVERIFY(users->selectUser(QStringLiteral("admin2")));
    QVERIFY(!users->disableSelected());
    QVERIFY(!station.users().find(QStringLiteral("admin2"))->disabled);
    Result<QList<User>> all = station.users().list();
    QVERIFY_OK(all);
    int enabledAdmins = 0;
    for (const User &u : *all)
        enabledAdmins += u.role == Role::Administrator && !u.disabled ? 1 : 0;
    QCOMPARE(enabledAdmins, 1);
}

void TestGuiAdminUsers::lockedUserUnlockedAndPasswordReset()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(w->openStation(DemoStation::passphrase()));
    // capturista1 mistypes the password until the account locks.
    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        QVERIFY(!w->login(QStringLiteral("capturista1"), QStringLiteral("wrong-password")));
    const QDateTime until = f.clock.nowUtc().addSecs(UserRepository::LockoutSeconds);
    f.clock.advanceSeconds(30);
    AdministrationView *admin = adminAs(*w, "admin");
    QVERIFY(admin);
    Station &station = w->session()->station();
    AdminUsersPanel *users = admin->usersPanel();
    QVERIFY(admin->showPanel(users));
    const QString state = users->cellText(QStringLiteral("capturista1"), AdminUsersPanel::StateColumn);
    QCOMPARE(state, QStringLiteral("Locked until %1").arg(lockedUntilText(until)));
    QCOMPARE(users->cellText(QStringLiteral("capturista2"), AdminUsersPanel::StateColumn), QStringLiteral("Active"));
    QVERIFY(users->selectUser(QStringLiteral("capturista2")));
    QVERIFY(!users->findChild<QPushButton *>(QStringLiteral("unlockUserButton"))->isEnabled());
    QVERIFY(!users->unlockSelected()); // not locked: said so
    QVERIFY2(users->message().contains(QLatin1String("not locked")), qPrintable(users->message()));

    QVERIFY(users->selectUser(QStringLiteral("capturista1")));
    QVERIFY(users->findChild<QPushButton *>(QStringLiteral("unlockUserButton"))->isEnabled());
    QVERIFY(users->unlockSelected());
    QCOMPARE(users->cellText(QStringLiteral("capturista1"), AdminUsersPanel::StateColumn), QStringLiteral("Active"));
    QCOMPARE(auditCount(station, AuditAction::UserUnlocked), 1);
    QCOMPARE(lastAudit(station, AuditAction::UserUnlocked)->userId, std::optional<qint64>(w->session()->user()->id));

    // A password reset: a bad one refused, then the new one works and the old one no longer does.
    QVERIFY(users->selectUser(QStringLiteral("capturista2")));
    f.dialogs.passphrases = {QStringLiteral("capturista2")}; // the user name itself
    QVERIFY(!users->resetPasswordSelected());
    QVERIFY2(users->message().contains(QLatin1String("user name")), qPrintable(users->message()));
    f.dialogs.passphrases = {};
    QVERIFY(!users->resetPasswordSelected()); // cancelled
    QVERIFY2(users->message().contains(QLatin1String("no password was given")), qPrintable(users->message()));
    const int changedBefore = auditCount(station, AuditAction::PasswordChanged);
    f.dialogs.passphrases = {QStringLiteral("nueva-clave-2027"), QStringLiteral("nueva-clave-2027")};
    QVERIFY(users->resetPasswordSelected());
    QCOMPARE(auditCount(station, AuditAction::PasswordChanged), changedBefore + 1);
    w->logout();
    QVERIFY(!w->login(QStringLiteral("capturista2"), DemoStation::password()));
    QVERIFY(w->login(QStringLiteral("capturista2"), QStringLiteral("nueva-clave-2027")));
    w->logout();
    QVERIFY(guitest::login(*w, "capturista1")); // unlocked
}

void TestGuiAdminUsers::administratorManagesHubs()
{
    guitest::Fixture f;
    const QString ca = f.dir.filePath(QStringLiteral("hub-ca.pem"));
    {
        QFile file(ca);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ==\n-----END CERTIFICATE-----\n");
    }
    const QString notPem = f.dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate\n");
    }
    auto w = startWindow(f);
    AdministrationView *admin = adminAs(*w, "admin");
    QVERIFY(admin);
    Station &station = w->session()->station();
    AdminHubsPanel *hubs = admin->hubsPanel();
    auto *tabs = admin->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
    QTest::keyClick(w.get(), Qt::Key_H, Qt::AltModifier);
    QTRY_COMPARE(tabs->currentWidget(), hubs);
    QCOMPARE(hubs->rowCount(), 0);
    QVERIFY2(hubs->summary().contains(QLatin1String("No hub is configured")), qPrintable(hubs->summary()));

    auto *name = hubs->findChild<QLineEdit *>(QStringLiteral("hubNameEdit"));
    auto *url = hubs->findChild<QLineEdit *>(QStringLiteral("hubUrlEdit"));
    auto *key = hubs->findChild<QLineEdit *>(QStringLiteral("hubKeyEdit"));
    QVERIFY(name && url && key);
    name->setText(QStringLiteral("primary"));
    // Checked as the command line checks them, before the certificate is asked for.
    url->setText(QStringLiteral("http://127.0.0.1:9/"));
    key->setText(HubKeyHex);
    f.dialogs.nextOpen = {ca};
    QVERIFY(!hubs->addHub());
    QVERIFY2(hubs->message().contains(QLatin1String("https://")), qPrintable(hubs->message()));
    QCOMPARE(f.dialogs.nextOpen.size(), 1);
    url->setText(QStringLiteral("https://127.0.0.1:9"));
    key->setText(HubKeyHex.left(63) + QLatin1Char('x'));
    QVERIFY(!hubs->addHub());
    QVERIFY2(hubs->message().contains(QLatin1String("64 hexadecimal digits")), qPrintable(hubs->message()));
    QCOMPARE(f.dialogs.nextOpen.size(), 1);
    key->setText(HubKeyHex.toUpper());
    f.dialogs.nextOpen = {notPem};
    QVERIFY(!hubs->addHub());
    QVERIFY2(hubs->message().contains(QLatin1String("not a PEM certificate")), qPrintable(hubs->message()));
    f.dialogs.nextOpen = {};
    QVERIFY(!hubs->addHub()); // no certificate chosen
    QCOMPARE(hubs->rowCount(), 0);
    QCOMPARE(auditCount(station, AuditAction::ConfigChanged), 0);

    f.dialogs.nextOpen = {ca};
    QVERIFY(hubs->addHub());
    QCOMPARE(hubs->rowCount(), 1);
    const QByteArray rawKey = QByteArray::fromHex(HubKeyHex.toLatin1());
    QCOMPARE(hubs->cellText(QStringLiteral("primary"), AdminHubsPanel::UrlColumn),
             QStringLiteral("https://127.0.0.1:9/"));
    QCOMPARE(hubs->cellText(QStringLiteral("primary"), AdminHubsPanel::KeyColumn), SigningKey::fingerprintOf(rawKey));
    QVERIFY2(hubs->message().contains(SigningKey::fingerprintOf(rawKey)), qPrintable(hubs->message()));
    Result<QList<UpstreamEndpoint>> endpoints = station.upstream().endpoints();
    QVERIFY_OK(endpoints);
    QCOMPARE(endpoints->size(), 1);
    QCOMPARE(endpoints->first().hubPublicKey, rawKey);
    std::optional<AuditLog::Entry> config = lastAudit(station, AuditAction::ConfigChanged);
    QVERIFY(config);
    QCOMPARE(config->userId, std::optional<qint64>(w->session()->user()->id));
    QVERIFY(config->details.contains(QLatin1String("endpoint_added")));

    // A second hub; a quorum of both.
    name->setText(QStringLiteral("alterno"));
    url->setText(QStringLiteral("https://127.0.0.1:10/"));
    key->setText(HubKeyHex);
    f.dialogs.nextOpen = {ca};
    QVERIFY(hubs->addHub());
    QCOMPARE(hubs->rowCount(), 2);
    auto *quorum = hubs->findChild<QSpinBox *>(QStringLiteral("quorumSpin"));
    QCOMPARE(quorum->maximum(), 2);
    quorum->setValue(2);
    QVERIFY(hubs->applyQuorum());
    QCOMPARE(station.upstream().quorum().value(), 2);
    QVERIFY2(hubs->summary().contains(QLatin1String("Quorum: 2 of 2")), qPrintable(hubs->summary()));

    // Removing one would leave fewer hubs than the quorum: refused, after the question.
    QVERIFY(hubs->selectHub(QStringLiteral("primary")));
    f.dialogs.answers = {true};
    QVERIFY(!hubs->removeSelected());
    QVERIFY2(hubs->message().contains(QLatin1String("lower the quorum")), qPrintable(hubs->message()));
    QCOMPARE(hubs->rowCount(), 2);
    quorum->setValue(1);
    QVERIFY(hubs->applyQuorum());
    // Cancelled: still there.
    QVERIFY(hubs->selectHub(QStringLiteral("primary")));
    f.dialogs.answers = {false};
    QVERIFY(!hubs->removeSelected());
    QCOMPARE(hubs->rowCount(), 2);
    QVERIFY(f.dialogs.confirmations.last().contains(QLatin1String("primary")));
    f.dialogs.answers = {true};
    QVERIFY(hubs->removeSelected());
    QCOMPARE(hubs->rowCount(), 1);
    QVERIFY(hubs->cellText(QStringLiteral("primary"), 0).isEmpty());
    QCOMPARE(station.upstream().endpoints()->size(), 1);
    QVERIFY(lastAudit(station, AuditAction::ConfigChanged)->details.contains(QLatin1String("endpoint_removed")));

    // Nothing refused yet: retrying says so, and is audited like the command line's.
    QVERIFY(!hubs->findChild<QPushButton *>(QStringLiteral("retryRefusedButton"))->isEnabled());
    QVERIFY(hubs->retryRefused());
    QVERIFY2(hubs->message().contains(QLatin1String("0 refused record")), qPrintable(hubs->message()));
    QVERIFY(lastAudit(station, AuditAction::ConfigChanged)->details.contains(QLatin1String("sync_refusals_cleared")));

    QVERIFY(admin->refreshStore());
    QVERIFY2(admin->storeBlank(), qPrintable(admin->storeContents().join(QLatin1Char('\n'))));
}

void TestGuiAdminUsers::settingsKeptAcrossReopeningAndApplied()
{
    guitest::Fixture f;
    const QString scanner = f.dir.filePath(QStringLiteral("escaner"));
    QVERIFY(QDir().mkpath(scanner));
    {
        auto w = startWindow(f);
        AdministrationView *admin = adminAs(*w, "admin");
        QVERIFY(admin);
        Station &station = w->session()->station();
        AdminSettingsPanel *settings = admin->settingsPanel();
        auto *tabs = admin->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QTest::keyClick(w.get(), Qt::Key_T, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget(), settings);
        QCOMPARE(settings->storedIdleLockMinutes(), std::optional<int>());
        QCOMPARE(w->hotFolder()->folder(), f.env.hotFolder);

        auto *spin = settings->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"));
        QCOMPARE(spin->minimum(), 0); // a drill station may never lock
        QCOMPARE(spin->maximum(), 60);
        spin->setValue(2);
        QVERIFY(settings->applyIdleLock());
        QCOMPARE(settings->storedIdleLockMinutes(), std::optional<int>(2));
        // Cancelled folder choice: nothing changes.
        f.dialogs.nextFolder.clear();
        QVERIFY(!settings->chooseHotFolder());
        QCOMPARE(w->hotFolder()->folder(), f.env.hotFolder);
        f.dialogs.nextFolder = scanner;
        QVERIFY(settings->chooseHotFolder());
        QCOMPARE(settings->hotFolderText(), QDir::toNativeSeparators(scanner));
        // Applied at once by the station window.
        QCOMPARE(w->hotFolder()->folder(), scanner);
        QVERIFY(QFileInfo(scanner + QStringLiteral("/processing")).isDir());
        QCOMPARE(auditCount(station, AuditAction::SettingChanged), 2);
        const std::optional<AuditLog::Entry> last = lastAudit(station, AuditAction::SettingChanged);
        QCOMPARE(last->userId, std::optional<qint64>(w->session()->user()->id));
        const QJsonObject details = QJsonDocument::fromJson(last->details.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("key")).toString(), QStringLiteral("hot_folder"));
        QCOMPARE(details.value(QStringLiteral("to")).toString(), scanner);
        w->noteActivity();
        f.clock.advanceSeconds(119);
        w->checkIdle();
        QVERIFY(!w->locked());
        f.clock.advanceSeconds(1);
        w->checkIdle();
        QVERIFY(w->locked()); // two minutes, not the environment's five
    }
    // Another program opening the same station: the same settings.
    auto w = startWindow(f);
    QVERIFY(w->openStation(DemoStation::passphrase()));
    QCOMPARE(w->hotFolder()->folder(), scanner);
    AdministrationView *admin = adminAs(*w, "admin");
    QVERIFY(admin);
    QCOMPARE(admin->settingsPanel()->storedIdleLockMinutes(), std::optional<int>(2));
    QCOMPARE(admin->settingsPanel()->hotFolderText(), QDir::toNativeSeparators(scanner));
    f.clock.advanceSeconds(2 * 60);
    w->checkIdle();
    QVERIFY(w->locked());
    // Setting up, for the blank check too.
    QVERIFY(guitest::login(*w, "admin"));
    QVERIFY(admin->refreshStore());
    QVERIFY2(admin->storeBlank(), qPrintable(admin->storeContents().join(QLatin1Char('\n'))));
    // Never, in this drill station: no lock however long it waits.
    auto *spin = admin->settingsPanel()->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"));
    spin->setValue(0);
    QVERIFY(admin->settingsPanel()->applyIdleLock());
    f.clock.advanceSeconds(24 * 3600);
    w->checkIdle();
    QVERIFY(!w->locked());
}

void TestGuiAdminUsers::productionStationMustLock()
{
    guitest::Fixture f;
    Station::Options options = f.env.stationOptions;
    options.mode = StationMode::Production;
    const QString password = QStringLiteral("admin-password-prod");
    {
        Result<std::unique_ptr<Station>> station = Station::initialise(
            f.env.stationDirectory, QStringLiteral("CATD 05"), SecureBytes::fromUtf8(u"production passphrase"),
            QStringLiteral("admin"), SecureBytes::fromUtf8(password), f.clock, options);
        QVERIFY_OK(station);
    }
    f.env.mode = StationMode::Production;
    auto w = startWindow(f);
    QVERIFY(w->openStation(QStringLiteral("production passphrase")));
    QVERIFY(w->login(QStringLiteral("admin"), password));
    AdminSettingsPanel *settings = w->administrationView()->settingsPanel();
    auto *spin = settings->findChild<QSpinBox *>(QStringLiteral("idleLockSpin"));
    QCOMPARE(spin->minimum(), StationSettings::MinIdleLockMinutes);
    // The store refuses it whatever the screen offers.
    const Status never = w->session()->settings().setIdleLockMinutes(*w->session()->user(), 0);
    QVERIFY_FAILS_WITH(never, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(never, QStringLiteral("production station must lock"));
    spin->setValue(60);
    QVERIFY(settings->applyIdleLock());
    QCOMPARE(w->session()->settings().idleLockMinutes().value(), std::optional<int>(60));
}

void TestGuiAdminUsers::onlyAdministratorsSeeThePanels()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    QVERIFY(w->openStation(DemoStation::passphrase()));
    for (const char *user : {"capturista1", "supervisor1", "capacitador1"}) {
        QVERIFY(guitest::login(*w, user));
        AdministrationView *admin = w->administrationView();
        QVERIFY(!admin->showPanel(admin->usersPanel()));
        QVERIFY(!admin->showPanel(admin->hubsPanel()));
        QVERIFY(!admin->showPanel(admin->settingsPanel()));
        auto *tabs = admin->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(admin->usersPanel())));
        // Called directly, each refuses and says why; nothing asked, nothing changed.
        AdminUsersPanel *users = admin->usersPanel();
        QCOMPARE(users->rowCount(), 0); // not even listed
        QVERIFY(!users->addUser());
        QVERIFY2(users->message().contains(QLatin1String("Only an administrator")), qPrintable(users->message()));
        QVERIFY(!admin->hubsPanel()->addHub());
        QVERIFY(admin->hubsPanel()->message().contains(QLatin1String("Only an administrator")));
        f.dialogs.nextFolder = f.dir.path();
        QVERIFY(!admin->settingsPanel()->chooseHotFolder());
        QVERIFY(admin->settingsPanel()->message().contains(QLatin1String("Only an administrator")));
        QCOMPARE(f.dialogs.passphrasesAsked, 0);
        QVERIFY(f.dialogs.confirmations.isEmpty());
        w->logout();
    }
    QCOMPARE(auditCount(w->session()->station(), AuditAction::SettingChanged), 0);
    QVERIFY(guitest::login(*w, "admin"));
    AdministrationView *admin = w->administrationView();
    QVERIFY(admin->showPanel(admin->usersPanel()));
    QCOMPARE(admin->usersPanel()->rowCount(), DemoStation::users().size());
    QVERIFY(admin->usersPanel()->message().isEmpty()); // the last user's refusal is not shown to the next
}

void TestGuiAdminUsers::panelsFitAndRetranslate()
{
    guitest::Fixture f;
    auto w = startWindow(f);
    AdministrationView *admin = adminAs(*w, "admin");
    QVERIFY(admin);
    QVERIFY(w->showView(StationWindow::View::Administration));
    AdminUsersPanel *users = admin->usersPanel();
    QVERIFY(admin->showPanel(users));
    QVERIFY(users->selectUser(QStringLiteral("admin")));
    QVERIFY(!users->disableSelected()); // a message to be worded again
    const QString before = users->message();
    QVERIFY(!before.isEmpty());
    const struct
    {
        QWidget *panel;
        const char *name;
    } panels[] = {{nullptr, "certificates"},
                  {users, "users"},
                  {admin->hubsPanel(), "hubs"},
                  {admin->settingsPanel(), "settings"}};
    for (const QString &language : {QStringLiteral("es_MX"), QStringLiteral("en")}) {
        QVERIFY(Language::install(QCoreApplication::instance(), language));
        QTest::qWait(200);
        QVERIFY(!users->message().isEmpty()); // still there, worded again
        auto *tabs = admin->findChild<QTabWidget *>(QStringLiteral("adminTabs"));
        QVERIFY(!tabs->tabText(tabs->indexOf(users)).isEmpty());
        for (const auto &p : panels) {
            QVERIFY(admin->showPanel(p.panel));
            w->layout()->activate();
            QTest::qWait(50);
            // Nothing needs more than the screen: the window's least size fits 1280x720.
            QVERIFY2(
                w->minimumSizeHint().height() <= 720,
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(p.name)).arg(w->minimumSizeHint().height())));
            QVERIFY(w->minimumSizeHint().width() <= 1280);
            QVERIFY(w->grab().save(
                QStringLiteral("screenshots/station-admin-%1-%2.png").arg(QLatin1String(p.name), language)));
        }
    }
    QCOMPARE(users->message(), before); // back in English, the same words
}

QTEST_MAIN(TestGuiAdminUsers)
#include "tst_gui_admin_users.moc"
