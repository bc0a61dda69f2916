// The station's settings an administrator chooses on its screen: typed, bounded, kept in the
// encrypted store across reopening, allowed to ConfigureStation only, and audited.
#include "AuditLog.h"
#include "JsonText.h"
#include "Station.h"
#include "StationSettings.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

class TestStationSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unsetUntilAnAdministratorSetsThem();
    void idleLockBounds_data();
    void idleLockBounds();
    void keptAcrossReopeningAndAudited();
    void sameValueRecordsNothing();
    void onlyConfigureStationChangesThem();
    void hotFolderMustBeAnExistingAbsoluteFolder();

private:
    std::unique_ptr<Station> create(const QString &dir, StationMode mode);
    std::unique_ptr<Station> reopen(const QString &dir, StationMode mode);
    static SecureBytes s(const char *text) { return SecureBytes::fromUtf8(QString::fromUtf8(text)); }
    static int count(Station &station, const char *action);
    ManualClock m_clock;
};

void TestStationSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<Station> TestStationSettings::create(const QString &dir, StationMode mode)
{
    Station::Options options {Argon2Params {1, 8192}, PasswordCost::minimum(), mode};
    Result<std::unique_ptr<Station>> station
        = Station::initialise(dir, QStringLiteral("CATD 01"), s("station passphrase"), QStringLiteral("admin"),
                              s("admin-password-1"), m_clock, options);
    if (!station)
        qFatal("cannot create the station: %s", qPrintable(station.error()));
    return std::move(station).value();
}

std::unique_ptr<Station> TestStationSettings::reopen(const QString &dir, StationMode mode)
{
    Result<std::unique_ptr<Station>> station
        = Station::open(dir, s("station passphrase"), m_clock, PasswordCost::minimum(), mode);
    if (!station)
        qFatal("cannot open the station: %s", qPrintable(station.error()));
    return std::move(station).value();
}

int TestStationSettings::count(Station &station, const char *action)
{
    int n = 0;
    const QList<AuditLog::Entry> entries = AuditLog::entries(station.database()).value(); // kept: not a temporary's
    for (const AuditLog::Entry &e : entries)
        n += e.action == QLatin1String(action) ? 1 : 0;
    return n;
}

void TestStationSettings::unsetUntilAnAdministratorSetsThem()
{
    QTemporaryDir dir;
    std::unique_ptr<Station> station = create(dir.filePath(QStringLiteral("st")), StationMode::Production);
    QCOMPARE(station->settings().idleLockMinutes().value(), std::optional<int>());
    QCOMPARE(station->settings().hotFolder().value(), std::optional<QString>());
}

void TestStationSettings::idleLockBounds_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("drill");
    QTest::addColumn<bool>("ok");
    QTest::newRow("one minute") << 1 << false << true;
    QTest::newRow("an hour") << 60 << false << true;
    QTest::newRow("more than an hour") << 61 << false << false;
    QTest::newRow("negative") << -5 << true << false;
    QTest::newRow("never, production") << 0 << false << false;
    QTest::newRow("never, drill") << 0 << true << true;
    QTest::newRow("more than an hour, drill") << 61 << true << false;
}

void TestStationSettings::idleLockBounds()
{
    QFETCH(int, minutes);
    QFETCH(bool, drill);
    QFETCH(bool, ok);
    QCOMPARE(StationSettings::checkIdleLockMinutes(minutes, drill).isOk(), ok);
    // The repository applies the same rule with the mode read from the store.
    QTemporaryDir dir;
    const StationMode mode = drill ? StationMode::Drill : StationMode::Production;
    std::unique_ptr<Station> station = create(dir.filePath(QStringLiteral("st")), mode);
    const User admin = station->users().find(QStringLiteral("admin")).value();
    const Status set = station->settings().setIdleLockMinutes(admin, minutes);
    QCOMPARE(set.isOk(), ok);
    QCOMPARE(station->settings().idleLockMinutes().value(), ok ? std::optional<int>(minutes) : std::nullopt);
    if (!ok)
        QVERIFY_FAILS_WITH(set, ErrorCode::InvalidInput);
}

void TestStationSettings::keptAcrossReopeningAndAudited()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("st"));
    const QString hot = dir.filePath(QStringLiteral("escaner"));
    QVERIFY(QDir().mkpath(hot));
    {
        std::unique_ptr<Station> station = create(path, StationMode::Production);
        const User admin = station->users().find(QStringLiteral("admin")).value();
        QVERIFY_OK(station->settings().setIdleLockMinutes(admin, 10));
        QVERIFY_OK(station->settings().setIdleLockMinutes(admin, 15));
        QVERIFY_OK(station->settings().setHotFolder(admin, hot + QStringLiteral("/./")));
    }
    std::unique_ptr<Station> station = reopen(path, StationMode::Production);
    QCOMPARE(station->settings().idleLockMinutes().value(), std::optional<int>(15));
    QCOMPARE(station->settings().hotFolder().value(), std::optional<QString>(QDir::cleanPath(hot)));
    QCOMPARE(count(*station, AuditAction::SettingChanged), 3);
    // Each entry names the setting, its old value (null the first time) and the new one, and who.
    const User admin = station->users().find(QStringLiteral("admin")).value();
    QList<QJsonObject> details;
    const QList<AuditLog::Entry> entries = AuditLog::entries(station->database()).value();
    for (const AuditLog::Entry &e : entries)
        if (e.action == QLatin1String(AuditAction::SettingChanged)) {
            QCOMPARE(e.userId, std::optional<qint64>(admin.id));
            details.append(QJsonDocument::fromJson(e.details.toUtf8()).object());
        }
    QCOMPARE(details.at(0).value(QStringLiteral("key")).toString(), QLatin1String(StationSettings::IdleLockKey));
    QVERIFY(details.at(0).value(QStringLiteral("from")).isNull());
    QCOMPARE(details.at(0).value(QStringLiteral("to")).toString(), QStringLiteral("10"));
    QCOMPARE(details.at(1).value(QStringLiteral("from")).toString(), QStringLiteral("10"));
    QCOMPARE(details.at(1).value(QStringLiteral("to")).toString(), QStringLiteral("15"));
    QCOMPARE(details.at(2).value(QStringLiteral("key")).toString(), QLatin1String(StationSettings::HotFolderKey));
    QCOMPARE(details.at(2).value(QStringLiteral("to")).toString(), QDir::cleanPath(hot));
    const Result<AuditLog::Verification> chain = AuditLog::verify(station->database());
    QVERIFY_OK(chain);
    QVERIFY(chain->intact());
}

void TestStationSettings::sameValueRecordsNothing()
{
    QTemporaryDir dir;
    std::unique_ptr<Station> station = create(dir.filePath(QStringLiteral("st")), StationMode::Production);
    const User admin = station->users().find(QStringLiteral("admin")).value();
    QVERIFY_OK(station->settings().setIdleLockMinutes(admin, 7));
    QVERIFY_OK(station->settings().setIdleLockMinutes(admin, 7));
    QCOMPARE(count(*station, AuditAction::SettingChanged), 1);
}

void TestStationSettings::onlyConfigureStationChangesThem()
{
    QTemporaryDir dir;
    std::unique_ptr<Station> station = create(dir.filePath(QStringLiteral("st")), StationMode::Production);
    const User admin = station->users().find(QStringLiteral("admin")).value();
    for (Role role : {Role::Clerk, Role::Supervisor, Role::Trainer}) {
        const QString name = roleId(role);
        Result<User> u = station->users().add(admin, name, name, role, s("a-long-password"));
        QVERIFY_OK(u);
        QVERIFY_FAILS_WITH(station->settings().setIdleLockMinutes(*u, 10), ErrorCode::PermissionDenied);
        QVERIFY_FAILS_WITH(station->settings().setHotFolder(*u, dir.path()), ErrorCode::PermissionDenied);
    }
    // A second administrator, disabled: refused too (the stored record decides).
    Result<User> other = station->users().add(admin, QStringLiteral("admin2"), QStringLiteral("Otra"),
                                              Role::Administrator, s("a-long-password"));
    QVERIFY_OK(other);
    QVERIFY_OK(station->users().disable(admin, QStringLiteral("admin2")));
    QVERIFY_FAILS_WITH(station->settings().setIdleLockMinutes(*other, 10), ErrorCode::AccountDisabled);
    QCOMPARE(station->settings().idleLockMinutes().value(), std::optional<int>());
    QCOMPARE(count(*station, AuditAction::SettingChanged), 0);
}

void TestStationSettings::hotFolderMustBeAnExistingAbsoluteFolder()
{
    QTemporaryDir dir;
    std::unique_ptr<Station> station = create(dir.filePath(QStringLiteral("st")), StationMode::Drill);
    const User admin = station->users().find(QStringLiteral("admin")).value();
    QVERIFY_FAILS_WITH(station->settings().setHotFolder(admin, QString()), ErrorCode::InvalidInput);
    QVERIFY_FAILS_WITH(station->settings().setHotFolder(admin, QStringLiteral("relative/hot")),
                       ErrorCode::InvalidInput);
    QVERIFY_FAILS_WITH(station->settings().setHotFolder(admin, dir.filePath(QStringLiteral("missing"))),
                       ErrorCode::NotFound);
    QFile file(dir.filePath(QStringLiteral("a-file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY_FAILS_WITH(station->settings().setHotFolder(admin, file.fileName()), ErrorCode::NotFound);
    QCOMPARE(station->settings().hotFolder().value(), std::optional<QString>());
    QCOMPARE(count(*station, AuditAction::SettingChanged), 0);
}

QTEST_GUILESS_MAIN(TestStationSettings)
#include "tst_stationsettings.moc"
