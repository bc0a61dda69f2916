#pragma once

#include "Clock.h"
#include "Result.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace acta {

class Database;

// What an administrator sets for this station on its screen, kept in the encrypted store (table
// settings) so it holds for every program that opens the station and travels with its backups.
// A setting never set reads as nullopt: the program's own default applies. Every change needs
// ConfigureStation and is audited (setting_changed, with the old and new value) in the same
// transaction; setting a value it already has changes and records nothing.
class StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(StationSettings)

public:
    // Minutes without a key or a click before the station locks back to the login screen.
    // 0 (never) only in a drill station: a production station left open must lock.
    static constexpr int MinIdleLockMinutes = 1;
    static constexpr int MaxIdleLockMinutes = 60;
    static constexpr int NeverLock = 0;

    static constexpr char IdleLockKey[] = "idle_lock_minutes";
    static constexpr char HotFolderKey[] = "hot_folder";

    StationSettings(Database &db, UserRepository &users, const Clock &clock);

    Result<std::optional<int>> idleLockMinutes();
    Status setIdleLockMinutes(const User &actor, int minutes);
    // drill: whether the station is a drill one (0 allowed).
    static Status checkIdleLockMinutes(int minutes, bool drill);

    // The folder the scanner writes into (absolute, cleaned).
    Result<std::optional<QString>> hotFolder();
    // Must be an existing folder, given by its absolute path.
    Status setHotFolder(const User &actor, const QString &folder);

private:
    Result<std::optional<QString>> value(const char *key);
    Status store(const User &actor, const char *key, const QString &value);

    Database &m_db;
    UserRepository &m_users;
    const Clock &m_clock;
};

} // namespace acta
