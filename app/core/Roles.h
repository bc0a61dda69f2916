#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>

namespace acta {

// Who a person is at the capture center. A user has exactly one role.
enum class Role { Clerk, Supervisor, Trainer, Administrator };

// What a role may do. Capture permissions (RecordIntake ... ReopenActa) act on actas;
// ActaWorkflow enforces them together with state, separation of duties and simulation.
enum class Permission {
    RecordIntake, // record an acta's arrival, mark it fuera de catálogo
    ManageImages, // accept or reject a scan
    EnterData, // first and second data entry
    Adjudicate, // third-person decision on a dispute, send back for re-capture / re-scan
    RecordSinActa, // record an expected acta that arrived without its sheet (reason 1-4)
    ResolveIdentity, // give a fuera de catálogo acta its identity back
    ReopenActa, // correction after the fact, with a reason
    ViewDashboard,
    ExportReports,
    ViewHistory, // per-acta history: images, entries, decisions
    ViewAudit, // the station-wide audit log
    ManageUsers,
    ConfigureStation,
    CertifyStation, // notary certification: software hash, empty database
    RunDrills, // start simulacros, inject contingencies
    ScoreDrills, // drill metrics and per-clerk results
};

inline constexpr int RoleCount = 4;
inline constexpr int PermissionCount = 16;

// The permission table: the single source of truth for what each role may do.
//
//   Permission        Clerk  Supervisor  Trainer  Administrator
//   RecordIntake        x        x
//   ManageImages        x        x
//   EnterData           x        x
//   Adjudicate                   x
//   RecordSinActa       x        x
//   ResolveIdentity              x
//   ReopenActa                   x
//   ViewDashboard                x          x
//   ExportReports                x                      x
//   ViewHistory         x        x          x
//   ViewAudit                    x                      x
//   ManageUsers                                         x
//   ConfigureStation                                    x
//   CertifyStation                                      x
//   RunDrills                               x
//   ScoreDrills                             x
//
// Why: a supervisor does everything a clerk does plus the decisions a clerk must not take
// alone. The administrator runs the station but never touches the data (separation of the
// admin from the results). A trainer holds no capture permission here: ActaWorkflow lets a
// trainer fire capture transitions on simulated actas only.
struct PermissionRow
{
    Permission permission;
    bool clerk;
    bool supervisor;
    bool trainer;
    bool administrator;
};

inline constexpr std::array<PermissionRow, PermissionCount> PermissionTable {{
    // clang-format off
    //  permission                       clerk  supervisor trainer administrator
    {Permission::RecordIntake,           true,  true,      false,  false},
    {Permission::ManageImages,           true,  true,      false,  false},
    {Permission::EnterData,              true,  true,      false,  false},
    {Permission::Adjudicate,             false, true,      false,  false},
    {Permission::RecordSinActa,          true,  true,      false,  false},
    {Permission::ResolveIdentity,        false, true,      false,  false},
    {Permission::ReopenActa,             false, true,      false,  false},
    {Permission::ViewDashboard,          false, true,      true,   false},
    {Permission::ExportReports,          false, true,      false,  true},
    {Permission::ViewHistory,            false, true,      true,   false}, // a clerk would read entry 1 there
    {Permission::ViewAudit,              false, true,      false,  true},
    {Permission::ManageUsers,            false, false,     false,  true},
    {Permission::ConfigureStation,       false, false,     false,  true},
    {Permission::CertifyStation,         false, false,     false,  true},
    {Permission::RunDrills,              false, false,     true,   false},
    {Permission::ScoreDrills,            false, false,     true,   false},
    // clang-format on
}};

// hasPermission() indexes the table by the enum value: keep the rows in enum order.
constexpr bool permissionTableInEnumOrder()
{
    for (std::size_t i = 0; i < PermissionTable.size(); ++i) {
        if (static_cast<std::size_t>(PermissionTable[i].permission) != i)
            return false;
    }
    return true;
}
static_assert(permissionTableInEnumOrder(), "PermissionTable rows must follow the order of enum Permission");
static_assert(static_cast<int>(Permission::ScoreDrills) + 1 == PermissionCount);
static_assert(static_cast<int>(Role::Administrator) + 1 == RoleCount);

constexpr bool hasPermission(Role role, Permission permission)
{
    const PermissionRow &row = PermissionTable[static_cast<std::size_t>(permission)];
    switch (role) {
    case Role::Clerk:
        return row.clerk;
    case Role::Supervisor:
        return row.supervisor;
    case Role::Trainer:
        return row.trainer;
    case Role::Administrator:
        return row.administrator;
    }
    return false;
}

QList<Role> allRoles(); // in enum order
QList<Permission> allPermissions(); // in enum order
QList<Permission> permissionsOf(Role role); // the table's column for the role, in enum order

// Stable ids for storage and configuration: "clerk", "supervisor", "trainer", "administrator".
QString roleId(Role role);
// Strict: exactly one of the ids above (lowercase, no spaces).
Result<Role> parseRole(QStringView id);
QString roleName(Role role); // translated, for the UI

// Stable ids for logs, e.g. "record_intake", "manage_images".
QString permissionId(Permission permission);
QString permissionName(Permission permission); // translated, for the UI and refusal messages

} // namespace acta
