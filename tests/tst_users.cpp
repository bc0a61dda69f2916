#include "AuditLog.h"
#include "Database.h"
#include "Schema.h"
#include "Statement.h"
#include "TestSupport.h"
#include "UserRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace acta;

class TestUsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstAdministratorOnlyOnce();
    void usernamePolicy_data();
    void usernamePolicy();
    void passwordPolicy_data();
    void passwordPolicy();
    void passwordsAreStoredAsArgon2idHashes();
    void onlyManagersAddUsers();
    void duplicateUsernameRefused();
    void loginSucceedsAndIsAudited();
    void unknownUserAndWrongPasswordLookAlike();
    void fiveFailuresLockForFiveMinutes();
    void successResetsTheFailureCount();
    void disabledUsersCannotLogInButStayListed();
    void cannotDisableOneself();
    void setPasswordBySelfOrManagerOnly();
    void enableGivesADisabledAccountBack();
    void unlockLiftsALockBeforeItRunsOut();
    void managerResetLiftsALock();
    void administratorsDisableOtherAdministratorsOnly();
    void requirePermissionReadsTheStoredRecord();
    void auditChainStaysIntact();

private:
    SecureBytes pw(const char *text) { return SecureBytes::fromUtf8(QString::fromUtf8(text)); }
    int auditCount(const char *action);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    ManualClock m_clock;
    User m_admin;
};

void TestUsers::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUsers::init()
{
    m_clock = ManualClock();
    m_dir = std::make_unique<QTemporaryDir>();
    Result<Database> db = Database::create(m_dir->filePath(QStringLiteral("station.db")),
                                           SecureBytes::fromUtf8(u"station passphrase"), Argon2Params {1, 8192});
    QVERIFY2(db.isOk(), qPrintable(db.isOk() ? QString() : db.error()));
    m_db.emplace(std::move(db).value());
    QVERIFY(Schema::migrate(*m_db).isOk());
    m_users = std::make_unique<UserRepository>(*m_db, m_clock, PasswordCost::minimum());
    Result<User> admin = m_users->addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Administradora"),
                                                        pw("admin-password-1"));
    QVERIFY2(admin.isOk(), qPrintable(admin.isOk() ? QString() : admin.error()));
    m_admin = *admin;
}

void TestUsers::cleanup()
{
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

int TestUsers::auditCount(const char *action)
{
    Result<Statement> st = m_db->prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
    if (!st || !st->bindText(1, QLatin1String(action)) || !st->step().isOk())
        return -1;
    return int(st->columnInt64(0));
}

void TestUsers::firstAdministratorOnlyOnce()
{
    QCOMPARE(m_admin.role, Role::Administrator);
    QCOMPARE(m_admin.username, QStringLiteral("admin"));
    const Result<User> again
        = m_users->addFirstAdministrator(QStringLiteral("root"), QStringLiteral("Otro"), pw("another-password"));
    QVERIFY(!again.isOk());
    QVERIFY_FAILS_WITH(again, ErrorCode::InvalidState);
}

void TestUsers::usernamePolicy_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("simple") << "ana" << true;
    QTest::newRow("dotted") << "ana.lopez" << true;
    QTest::newRow("digits") << "clerk07" << true;
    QTest::newRow("one char") << "a" << false;
    QTest::newRow("upper case") << "Ana" << false;
    QTest::newRow("space") << "ana lopez" << false;
    QTest::newRow("accent") << "josé" << false;
    QTest::newRow("leading dot") << ".ana" << false;
    QTest::newRow("too long") << QString(33, QLatin1Char('a')) << false;
    QTest::newRow("empty") << "" << false;
}

void TestUsers::usernamePolicy()
{
    QFETCH(QString, name);
    QTEST(UserRepository::checkUsername(name).isOk(), "ok");
}

void TestUsers::passwordPolicy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("ok");
    QTest::newRow("nine characters") << "123456789" << false;
    QTest::newRow("ten characters") << "1234567890" << true;
    QTest::newRow("ten characters, twelve bytes") << "contraseñá" << true; // 10 characters
    QTest::newRow("accents do not count double") << "añoñoñoñ" << false; // 8 characters, 11 bytes
    QTest::newRow("empty") << "" << false;
    QTest::newRow("same as user name") << "clerk.number1" << false;
}

void TestUsers::passwordPolicy()
{
    QFETCH(QString, password);
    QTEST(UserRepository::checkPassword(SecureBytes::fromUtf8(password), QStringLiteral("clerk.number1")).isOk(), "ok");
}

void TestUsers::passwordsAreStoredAsArgon2idHashes()
{
    Result<Statement> st = m_db->prepare(QStringLiteral("SELECT password_hash FROM users WHERE username = 'admin'"));
    QVERIFY(st.isOk());
    QVERIFY(st->step().isOk());
    const QString hash = st->columnText(0);
    QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$")), qPrintable(hash));
    QVERIFY(!hash.contains(QStringLiteral("admin-password-1")));
}

void TestUsers::onlyManagersAddUsers()
{
    Result<User> clerk
        = m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana Pérez"), Role::Clerk, pw("ana-password-1"));
    QVERIFY2(clerk.isOk(), qPrintable(clerk.isOk() ? QString() : clerk.error()));
    QCOMPARE(clerk->role, Role::Clerk);
    QCOMPARE(clerk->fullName, QStringLiteral("Ana Pérez"));
    const Result<User> byClerk
        = m_users->add(*clerk, QStringLiteral("beto"), QStringLiteral("Beto"), Role::Clerk, pw("beto-password-1"));
    QVERIFY(!byClerk.isOk());
    QVERIFY_FAILS_WITH(byClerk, ErrorCode::PermissionDenied);
    QCOMPARE(auditCount(AuditAction::UserAdded), 2); // admin and ana
}

void TestUsers::duplicateUsernameRefused()
{
    QVERIFY(
        m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1")).isOk());
    const Result<User> again = m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Otra Ana"),
                                            Role::Supervisor, pw("xyz-password-2"));
    QVERIFY(!again.isOk());
    QVERIFY_FAILS_WITH(again, ErrorCode::AlreadyExists);
}

void TestUsers::loginSucceedsAndIsAudited()
{
    const Result<User> u = m_users->authenticate(QStringLiteral("admin"), pw("admin-password-1"));
    QVERIFY2(u.isOk(), qPrintable(u.isOk() ? QString() : u.error()));
    QCOMPARE(u->id, m_admin.id);
    QVERIFY(m_users->logout(*u).isOk());
    QCOMPARE(auditCount(AuditAction::Login), 1);
    QCOMPARE(auditCount(AuditAction::Logout), 1);
}

void TestUsers::unknownUserAndWrongPasswordLookAlike()
{
    const Result<User> unknown = m_users->authenticate(QStringLiteral("nobody"), pw("whatever-pass"));
    const Result<User> wrong = m_users->authenticate(QStringLiteral("admin"), pw("wrong-password"));
    QVERIFY(!unknown.isOk() && !wrong.isOk());
    QCOMPARE(unknown.error(), wrong.error());
    QCOMPARE(auditCount(AuditAction::LoginFailed), 2);
}

void TestUsers::fiveFailuresLockForFiveMinutes()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("admin"), pw("wrong-password")).isOk());
    const Result<User> fifth = m_users->authenticate(QStringLiteral("admin"), pw("wrong-password"));
    // The attempt that locks says no more than any wrong password (issue 16: the lockout message
    // told an attacker which accounts exist).
    const Result<User> unknown = m_users->authenticate(QStringLiteral("nobody"), pw("wrong-password"));
    QVERIFY_FAILS_WITH(fifth, ErrorCode::WrongSecret);
    QCOMPARE(fifth.error(), unknown.error());
    // Locked: a wrong password still reads as one; the right one is refused and says why. Both audited.
    m_clock.advanceSeconds(299);
    const Result<User> lockedWrong = m_users->authenticate(QStringLiteral("admin"), pw("wrong-password"));
    QVERIFY_FAILS_WITH(lockedWrong, ErrorCode::WrongSecret);
    QCOMPARE(lockedWrong.error(), unknown.error());
    const Result<User> locked = m_users->authenticate(QStringLiteral("admin"), pw("admin-password-1"));
    QVERIFY_FAILS_WITH(locked, ErrorCode::AccountLocked);
    QCOMPARE(auditCount(AuditAction::LoginFailed), 8);
    m_clock.advanceSeconds(2);
    QVERIFY(m_users->authenticate(QStringLiteral("admin"), pw("admin-password-1")).isOk());
}

void TestUsers::successResetsTheFailureCount()
{
    for (int i = 0; i < 4; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("admin"), pw("wrong-password")).isOk());
    QVERIFY(m_users->authenticate(QStringLiteral("admin"), pw("admin-password-1")).isOk());
    for (int i = 0; i < 4; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("admin"), pw("wrong-password")).isOk());
    QVERIFY(m_users->authenticate(QStringLiteral("admin"), pw("admin-password-1")).isOk()); // not locked
}

void TestUsers::disabledUsersCannotLogInButStayListed()
{
    QVERIFY(
        m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1")).isOk());
    QVERIFY(m_users->disable(m_admin, QStringLiteral("ana")).isOk());
    const Result<User> login = m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1"));
    QVERIFY(!login.isOk());
    QVERIFY_FAILS_WITH(login, ErrorCode::AccountDisabled);
    // Without ana's password, her account reads like a name that does not exist.
    const Result<User> guess = m_users->authenticate(QStringLiteral("ana"), pw("a-guess-pass"));
    QVERIFY_FAILS_WITH(guess, ErrorCode::WrongSecret);
    QCOMPARE(guess.error(), m_users->authenticate(QStringLiteral("nobody"), pw("a-guess-pass")).error());
    const Result<QList<User>> all = m_users->list();
    QVERIFY(all.isOk());
    QCOMPARE(all->size(), 2);
    QVERIFY(m_users->find(QStringLiteral("ana"))->disabled);
    QVERIFY(!m_users->disable(m_admin, QStringLiteral("ana")).isOk()); // already
    QCOMPARE(auditCount(AuditAction::UserDisabled), 1);
}

void TestUsers::cannotDisableOneself()
{
    const Status s = m_users->disable(m_admin, QStringLiteral("admin"));
    QVERIFY(!s.isOk());
    QVERIFY_FAILS_WITH(s, ErrorCode::PermissionDenied);
}

void TestUsers::setPasswordBySelfOrManagerOnly()
{
    Result<User> ana
        = m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1"));
    Result<User> beto
        = m_users->add(m_admin, QStringLiteral("beto"), QStringLiteral("Beto"), Role::Clerk, pw("beto-password-1"));
    QVERIFY(ana.isOk() && beto.isOk());
    QVERIFY(m_users->setPassword(*ana, QStringLiteral("ana"), pw("ana-password-2")).isOk());
    QVERIFY(!m_users->setPassword(*beto, QStringLiteral("ana"), pw("beto-sets-ana")).isOk());
    QVERIFY(m_users->setPassword(m_admin, QStringLiteral("beto"), pw("beto-password-2")).isOk());
    QVERIFY(!m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1")).isOk());
    QVERIFY(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-2")).isOk());
    QVERIFY(m_users->authenticate(QStringLiteral("beto"), pw("beto-password-2")).isOk());
    QCOMPARE(auditCount(AuditAction::PasswordChanged), 2);
}

void TestUsers::enableGivesADisabledAccountBack()
{
    QVERIFY_OK(m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1")));
    QVERIFY_FAILS_WITH(m_users->enable(m_admin, QStringLiteral("ana")), ErrorCode::InvalidState); // not disabled
    QVERIFY_OK(m_users->disable(m_admin, QStringLiteral("ana")));
    Result<User> ana = m_users->find(QStringLiteral("ana"));
    QVERIFY_OK(ana);
    QVERIFY_FAILS_WITH(m_users->enable(*ana, QStringLiteral("ana")), ErrorCode::AccountDisabled); // not herself
    QVERIFY_FAILS_WITH(m_users->enable(m_admin, QStringLiteral("nobody")), ErrorCode::NotFound);
    QCOMPARE(auditCount(AuditAction::UserEnabled), 0);
    QVERIFY_OK(m_users->enable(m_admin, QStringLiteral("ana")));
    QVERIFY(!m_users->find(QStringLiteral("ana"))->disabled);
    QVERIFY_OK(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1")));
    QCOMPARE(auditCount(AuditAction::UserEnabled), 1);
    const QList<AuditLog::Entry> entries = AuditLog::entries(*m_db).value();
    const auto enabled = std::find_if(entries.cbegin(), entries.cend(), [](const AuditLog::Entry &e) {
        return e.action == QLatin1String(AuditAction::UserEnabled);
    });
    QVERIFY(enabled != entries.cend());
    QCOMPARE(enabled->userId, std::optional<qint64>(m_admin.id)); // who did it
    QVERIFY2(enabled->details.contains(QLatin1String("\"ana\"")), qPrintable(enabled->details));
}

void TestUsers::unlockLiftsALockBeforeItRunsOut()
{
    Result<User> ana
        = m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1"));
    QVERIFY_OK(ana);
    QVERIFY_FAILS_WITH(m_users->unlock(m_admin, QStringLiteral("ana")), ErrorCode::InvalidState); // not locked
    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("ana"), pw("wrong-password")).isOk());
    QVERIFY(m_users->find(QStringLiteral("ana"))->lockedAt(m_clock.nowUtc()));
    QVERIFY_FAILS_WITH(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1")), ErrorCode::AccountLocked);
    // A clerk may not unlock, not even herself.
    QVERIFY_FAILS_WITH(m_users->unlock(*ana, QStringLiteral("ana")), ErrorCode::PermissionDenied);
    m_clock.advanceSeconds(60);
    QVERIFY_OK(m_users->unlock(m_admin, QStringLiteral("ana")));
    const User unlocked = m_users->find(QStringLiteral("ana")).value();
    QVERIFY(!unlocked.lockedAt(m_clock.nowUtc()));
    QVERIFY(!unlocked.lockedUntil.isValid());
    QCOMPARE(unlocked.failedLogins, 0);
    QVERIFY_OK(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1")));
    QCOMPARE(auditCount(AuditAction::UserUnlocked), 1);
    // A lock that ran out is no lock to lift.
    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("ana"), pw("wrong-password")).isOk());
    m_clock.advanceSeconds(UserRepository::LockoutSeconds);
    QVERIFY_FAILS_WITH(m_users->unlock(m_admin, QStringLiteral("ana")), ErrorCode::InvalidState);
    QCOMPARE(auditCount(AuditAction::UserUnlocked), 1);
}

void TestUsers::managerResetLiftsALock()
{
    QVERIFY_OK(m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1")));
    for (int i = 0; i < UserRepository::MaxFailedLogins; ++i)
        QVERIFY(!m_users->authenticate(QStringLiteral("ana"), pw("wrong-password")).isOk());
    QVERIFY_FAILS_WITH(m_users->setPassword(m_admin, QStringLiteral("ana"), pw("short")), ErrorCode::InvalidInput);
    QVERIFY_OK(m_users->setPassword(m_admin, QStringLiteral("ana"), pw("ana-password-2")));
    QVERIFY_FAILS_WITH(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1")), ErrorCode::WrongSecret);
    QVERIFY_OK(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-2")));
}

void TestUsers::administratorsDisableOtherAdministratorsOnly()
{
    Result<User> second = m_users->add(m_admin, QStringLiteral("admin2"), QStringLiteral("Segunda"),
                                       Role::Administrator, pw("admin2-password"));
    QVERIFY_OK(second);
    const Status self = m_users->disable(*second, QStringLiteral("admin2"));
    QVERIFY_FAILS_WITH(self, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(self, QStringLiteral("your own account"));
    QVERIFY_OK(m_users->disable(*second, QStringLiteral("admin")));
    // admin2 is now the one enabled administrator; admin, disabled, can no longer act.
    QVERIFY_FAILS_WITH(m_users->disable(m_admin, QStringLiteral("admin2")), ErrorCode::AccountDisabled);
    QVERIFY_FAILS_WITH(m_users->enable(m_admin, QStringLiteral("admin")), ErrorCode::AccountDisabled);
    QVERIFY(!m_users->find(QStringLiteral("admin2"))->disabled);
    QVERIFY_OK(m_users->enable(*second, QStringLiteral("admin")));
}

void TestUsers::requirePermissionReadsTheStoredRecord()
{
    Result<User> ana
        = m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1"));
    QVERIFY_OK(ana);
    QVERIFY_OK(m_users->requirePermission(m_admin, Permission::ConfigureStation));
    const Status clerk = m_users->requirePermission(*ana, Permission::ConfigureStation);
    QVERIFY_FAILS_WITH(clerk, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(clerk, permissionName(Permission::ConfigureStation));
    // A copy claiming another role changes nothing: the stored record decides.
    User forged = *ana;
    forged.role = Role::Administrator;
    QVERIFY_FAILS_WITH(m_users->requirePermission(forged, Permission::ConfigureStation), ErrorCode::PermissionDenied);
    QVERIFY_FAILS_WITH(m_users->disable(forged, QStringLiteral("admin")), ErrorCode::PermissionDenied);
}

void TestUsers::auditChainStaysIntact()
{
    QVERIFY(
        m_users->add(m_admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("ana-password-1")).isOk());
    QVERIFY(!m_users->authenticate(QStringLiteral("ana"), pw("wrong-password")).isOk());
    QVERIFY(m_users->authenticate(QStringLiteral("ana"), pw("ana-password-1")).isOk());
    QVERIFY(m_users->disable(m_admin, QStringLiteral("ana")).isOk());
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk());
    QVERIFY2(v->intact(), qPrintable(v->problem));
    QCOMPARE(v->entriesChecked, 5);
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
