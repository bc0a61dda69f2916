#include "Roles.h"

#include <QCoreApplication>

namespace acta {

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Supervisor, Role::Trainer, Role::Administrator};
}

QList<Permission> allPermissions()
{
    QList<Permission> permissions;
    permissions.reserve(PermissionCount);
    for (const PermissionRow &row : PermissionTable)
        permissions.append(row.permission);
    return permissions;
}

QList<Permission> permissionsOf(Role role)
{
    QList<Permission> permissions;
    for (const PermissionRow &row : PermissionTable) {
        if (hasPermission(role, row.permission))
            permissions.append(row.permission);
    }
    return permissions;
}

QString roleId(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Trainer:
        return QStringLiteral("trainer");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

Result<Role> parseRole(QStringView id)
{
    for (Role role : allRoles()) {
        if (id == roleId(role))
            return role;
    }
    // Storage and configuration write the ids themselves: anything else is corruption, not a typo to guess at.
    return fail(ErrorCode::InvalidInput,
                QCoreApplication::translate("Role", "Unknown role \"%1\": expected one of %2.")
                    .arg(id.toString(), QStringLiteral("clerk, supervisor, trainer, administrator")));
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Role", "Clerk");
    case Role::Supervisor:
        return QCoreApplication::translate("Role", "Supervisor");
    case Role::Trainer:
        return QCoreApplication::translate("Role", "Trainer");
    case Role::Administrator:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

QString permissionId(Permission permission)
{
    switch (permission) {
    case Permission::RecordIntake:
        return QStringLiteral("record_intake");
    case Permission::ManageImages:
        return QStringLiteral("manage_images");
    case Permission::EnterData:
        return QStringLiteral("enter_data");
    case Permission::Adjudicate:
        return QStringLiteral("adjudicate");
    case Permission::RecordSinActa:
        return QStringLiteral("record_sin_acta");
    case Permission::ResolveIdentity:
        return QStringLiteral("resolve_identity");
    case Permission::ReopenActa:
        return QStringLiteral("reopen_acta");
    case Permission::ViewDashboard:
        return QStringLiteral("view_dashboard");
    case Permission::ExportReports:
        return QStringLiteral("export_reports");
    case Permission::ViewHistory:
        return QStringLiteral("view_history");
    case Permission::ViewAudit:
        return QStringLiteral("view_audit");
    case Permission::ManageUsers:
        return QStringLiteral("manage_users");
    case Permission::ConfigureStation:
        return QStringLiteral("configure_station");
    case Permission::CertifyStation:
        return QStringLiteral("certify_station");
    case Permission::RunDrills:
        return QStringLiteral("run_drills");
    case Permission::ScoreDrills:
        return QStringLiteral("score_drills");
    }
    return {};
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::RecordIntake:
        return QCoreApplication::translate("Permission", "Record intake");
    case Permission::ManageImages:
        return QCoreApplication::translate("Permission", "Accept or reject images");
    case Permission::EnterData:
        return QCoreApplication::translate("Permission", "Enter data");
    case Permission::Adjudicate:
        return QCoreApplication::translate("Permission", "Adjudicate disputes");
    case Permission::RecordSinActa:
        return QCoreApplication::translate("Permission", "Record sin acta");
    case Permission::ResolveIdentity:
        return QCoreApplication::translate("Permission", "Resolve acta identity");
    case Permission::ReopenActa:
        return QCoreApplication::translate("Permission", "Reopen actas");
    case Permission::ViewDashboard:
        return QCoreApplication::translate("Permission", "View dashboard");
    case Permission::ExportReports:
        return QCoreApplication::translate("Permission", "Export reports");
    case Permission::ViewHistory:
        return QCoreApplication::translate("Permission", "View acta history");
    case Permission::ViewAudit:
        return QCoreApplication::translate("Permission", "View audit log");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Permission", "Manage users");
    case Permission::ConfigureStation:
        return QCoreApplication::translate("Permission", "Configure station");
    case Permission::CertifyStation:
        return QCoreApplication::translate("Permission", "Certify station");
    case Permission::RunDrills:
        return QCoreApplication::translate("Permission", "Run drills");
    case Permission::ScoreDrills:
        return QCoreApplication::translate("Permission", "Score drills");
    }
    return {};
}

} // namespace acta
