#include "Roles.h"
#include "TestSupport.h"

#include <QSet>
#include <QTest>

using namespace acta;

Q_DECLARE_METATYPE(acta::Role)
Q_DECLARE_METATYPE(acta::Permission)

namespace {

struct Cell
{
    Role role;
    Permission permission;
    bool allowed;
};

// The expected table, written out cell by cell on purpose: it is a second, independent
// statement of the decisions, so a slip in Roles.h shows up as a failing row.
const Cell ExpectedCells[] = {
    {Role::Clerk, Permission::RecordIntake, true},
    {Role::Clerk, Permission::ManageImages, true},
    {Role::Clerk, Permission::EnterData, true},
    {Role::Clerk, Permission::Adjudicate, false},
    {Role::Clerk, Permission::RecordSinActa, true},
    {Role::Clerk, Permission::ResolveIdentity, false},
    {Role::Clerk, Permission::ReopenActa, false},
    {Role::Clerk, Permission::ViewDashboard, false},
    {Role::Clerk, Permission::ExportReports, false},
    {Role::Clerk, Permission::ViewHistory, false}, // entry 2 stays blind
    {Role::Clerk, Permission::ViewAudit, false},
    {Role::Clerk, Permission::ManageUsers, false},
    {Role::Clerk, Permission::ConfigureStation, false},
    {Role::Clerk, Permission::CertifyStation, false},
    {Role::Clerk, Permission::RunDrills, false},
    {Role::Clerk, Permission::ScoreDrills, false},

    {Role::Supervisor, Permission::RecordIntake, true},
    {Role::Supervisor, Permission::ManageImages, true},
    {Role::Supervisor, Permission::EnterData, true},
    {Role::Supervisor, Permission::Adjudicate, true},
    {Role::Supervisor, Permission::RecordSinActa, true},
    {Role::Supervisor, Permission::ResolveIdentity, true},
    {Role::Supervisor, Permission::ReopenActa, true},
    {Role::Supervisor, Permission::ViewDashboard, true},
    {Role::Supervisor, Permission::ExportReports, true},
    {Role::Supervisor, Permission::ViewHistory, true},
    {Role::Supervisor, Permission::ViewAudit, true},
    {Role::Supervisor, Permission::ManageUsers, false},
    {Role::Supervisor, Permission::ConfigureStation, false},
    {Role::Supervisor, Permission::CertifyStation, false},
    {Role::Supervisor, Permission::RunDrills, false},
    {Role::Supervisor, Permission::ScoreDrills, false},

    {Role::Trainer, Permission::RecordIntake, false},
    {Role::Trainer, Permission::ManageImages, false},
    {Role::Trainer, Permission::EnterData, false},
    {Role::Trainer, Permission::Adjudicate, false},
    {Role::Trainer, Permission::RecordSinActa, false},
    {Role::Trainer, Permission::ResolveIdentity, false},
    {Role::Trainer, Permission::ReopenActa, false},
    {Role::Trainer, Permission::ViewDashboard, true},
    {Role::Trainer, Permission::ExportReports, false},
    {Role::Trainer, Permission::ViewHistory, true},
    {Role::Trainer, Permission::ViewAudit, false},
    {Role::Trainer, Permission::ManageUsers, false},
    {Role::Trainer, Permission::ConfigureStation, false},
    {Role::Trainer, Permission::CertifyStation, false},
    {Role::Trainer, Permission::RunDrills, true},
    {Role::Trainer, Permission::ScoreDrills, true},

    {Role::Administrator, Permission::RecordIntake, false},
    {Role::Administrator, Permission::ManageImages, false},
    {Role::Administrator, Permission::EnterData, false},
    {Role::Administrator, Permission::Adjudicate, false},
    {Role::Administrator, Permission::RecordSinActa, false},
    {Role::Administrator, Permission::ResolveIdentity, false},
    {Role::Administrator, Permission::ReopenActa, false},
    {Role::Administrator, Permission::ViewDashboard, false},
    {Role::Administrator, Permission::ExportReports, true},
    {Role::Administrator, Permission::ViewHistory, false},
    {Role::Administrator, Permission::ViewAudit, true},
    {Role::Administrator, Permission::ManageUsers, true},
    {Role::Administrator, Permission::ConfigureStation, true},
    {Role::Administrator, Permission::CertifyStation, true},
    {Role::Administrator, Permission::RunDrills, false},
    {Role::Administrator, Permission::ScoreDrills, false},
};

const Permission CapturePermissions[] = {
    Permission::RecordIntake,  Permission::ManageImages,    Permission::EnterData,  Permission::Adjudicate,
    Permission::RecordSinActa, Permission::ResolveIdentity, Permission::ReopenActa,
};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void permissionTable_data();
    void permissionTable();
    void expectedCellsCoverTheWholeTable();
    void hasPermissionIsConstexpr();
    void permissionsOfMatchesTable_data();
    void permissionsOfMatchesTable();
    void roleIdRoundTrip_data();
    void roleIdRoundTrip();
    void parseRoleRejectsBadIds_data();
    void parseRoleRejectsBadIds();
    void roleNamesAreDistinct();
    void permissionIdsAndNamesAreDistinct();
    void supervisorCanDoEverythingAClerkCan();
    void administratorHasNoCaptureOrAdjudication();
    void trainerHasNoCapturePermissionOfItsOwn();
};

void TestRoles::permissionTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<Permission>("permission");
    QTest::addColumn<bool>("allowed");
    for (const Cell &cell : ExpectedCells) {
        const QByteArray name = (roleId(cell.role) + QLatin1Char('/') + permissionId(cell.permission)).toUtf8();
        QTest::newRow(name.constData()) << cell.role << cell.permission << cell.allowed;
    }
}

void TestRoles::permissionTable()
{
    QFETCH(Role, role);
    QFETCH(Permission, permission);
    QFETCH(bool, allowed);
    QCOMPARE(hasPermission(role, permission), allowed);
}

void TestRoles::expectedCellsCoverTheWholeTable()
{
    // Each (role, permission) pair appears exactly once in the expected cells.
    QSet<QPair<int, int>> seen;
    for (const Cell &cell : ExpectedCells) {
        const QPair<int, int> key(int(cell.role), int(cell.permission));
        QVERIFY2(!seen.contains(key), "a cell is listed twice");
        seen.insert(key);
    }
    QCOMPARE(seen.size(), RoleCount * PermissionCount);
    QCOMPARE(allRoles().size(), RoleCount);
    QCOMPARE(allPermissions().size(), PermissionCount);
}

void TestRoles::hasPermissionIsConstexpr()
{
    // The table is usable at compile time (e.g. static_assert in other units).
    static_assert(hasPermission(Role::Supervisor, Permission::Adjudicate));
    static_assert(!hasPermission(Role::Administrator, Permission::EnterData));
    QVERIFY(true);
}

void TestRoles::permissionsOfMatchesTable_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<int>("count");
    QTest::newRow("clerk") << Role::Clerk << 4;
    QTest::newRow("supervisor") << Role::Supervisor << 11;
    QTest::newRow("trainer") << Role::Trainer << 4;
    QTest::newRow("administrator") << Role::Administrator << 5;
}

void TestRoles::permissionsOfMatchesTable()
{
    QFETCH(Role, role);
    QFETCH(int, count);
    const QList<Permission> permissions = permissionsOf(role);
    QCOMPARE(permissions.size(), count);
    for (Permission permission : allPermissions())
        QCOMPARE(permissions.contains(permission), hasPermission(role, permission));
}

void TestRoles::roleIdRoundTrip_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("id");
    QTest::newRow("clerk") << Role::Clerk << QStringLiteral("clerk");
    QTest::newRow("supervisor") << Role::Supervisor << QStringLiteral("supervisor");
    QTest::newRow("trainer") << Role::Trainer << QStringLiteral("trainer");
    QTest::newRow("administrator") << Role::Administrator << QStringLiteral("administrator");
}

void TestRoles::roleIdRoundTrip()
{
    QFETCH(Role, role);
    QFETCH(QString, id);
    QCOMPARE(roleId(role), id);
    const Result<Role> parsed = parseRole(id);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.isOk() ? QString() : parsed.error()));
    QCOMPARE(*parsed, role);
}

void TestRoles::parseRoleRejectsBadIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalized") << QStringLiteral("Clerk");
    QTest::newRow("uppercase") << QStringLiteral("SUPERVISOR");
    QTest::newRow("leading space") << QStringLiteral(" trainer");
    QTest::newRow("trailing space") << QStringLiteral("administrator ");
    QTest::newRow("abbreviation") << QStringLiteral("admin");
    QTest::newRow("display name") << QStringLiteral("Administrator");
    QTest::newRow("unknown") << QStringLiteral("root");
}

void TestRoles::parseRoleRejectsBadIds()
{
    QFETCH(QString, id);
    const Result<Role> parsed = parseRole(id);
    QVERIFY(!parsed.isOk());
    QVERIFY_FAILS_WITH(parsed, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(parsed, QLatin1Char('"') + id + QLatin1Char('"'));
}

void TestRoles::roleNamesAreDistinct()
{
    QSet<QString> names;
    for (Role role : allRoles()) {
        QVERIFY(!roleName(role).isEmpty());
        names.insert(roleName(role));
    }
    QCOMPARE(names.size(), RoleCount);
}

void TestRoles::permissionIdsAndNamesAreDistinct()
{
    QSet<QString> ids;
    QSet<QString> names;
    for (Permission permission : allPermissions()) {
        QVERIFY(!permissionId(permission).isEmpty());
        QVERIFY(!permissionName(permission).isEmpty());
        ids.insert(permissionId(permission));
        names.insert(permissionName(permission));
    }
    QCOMPARE(ids.size(), PermissionCount);
    QCOMPARE(names.size(), PermissionCount);
}

void TestRoles::supervisorCanDoEverythingAClerkCan()
{
    for (Permission permission : permissionsOf(Role::Clerk))
        QVERIFY2(hasPermission(Role::Supervisor, permission), qPrintable(permissionId(permission)));
}

void TestRoles::administratorHasNoCaptureOrAdjudication()
{
    // Separation of the admin from the data.
    for (Permission permission : CapturePermissions)
        QVERIFY2(!hasPermission(Role::Administrator, permission), qPrintable(permissionId(permission)));
}

void TestRoles::trainerHasNoCapturePermissionOfItsOwn()
{
    // Trainers capture only on simulated actas, which ActaWorkflow grants; the table never does.
    for (Permission permission : CapturePermissions)
        QVERIFY2(!hasPermission(Role::Trainer, permission), qPrintable(permissionId(permission)));
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
