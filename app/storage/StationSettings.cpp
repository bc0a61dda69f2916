#include "StationSettings.h"

#include "AuditLog.h"
#include "Database.h"
#include "JsonText.h"
#include "Query.h"
#include "Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace acta {

StationSettings::StationSettings(Database &db, UserRepository &users, const Clock &clock)
    : m_db(db)
    , m_users(users)
    , m_clock(clock)
{ }

Result<std::optional<QString>> StationSettings::value(const char *key)
{
    return sql::optionalScalar<QString>(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                        {QString::fromLatin1(key)});
}

Status StationSettings::store(const User &actor, const char *key, const QString &value)
{
    if (Status s = m_users.requirePermission(actor, Permission::ConfigureStation); !s)
        return s;
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    Result<std::optional<QString>> before = this->value(key);
    if (!before)
        return before.takeError();
    if (*before == value)
        return {}; // nothing changes, nothing to record
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) "
                                           "VALUES (?, ?, ?, ?)"),
                            {QString::fromLatin1(key), value, toStoredUtc(m_clock.nowUtc()), actor.id});
        !s)
        return s;
    const QJsonObject details {{QStringLiteral("key"), QLatin1String(key)},
                               {QStringLiteral("from"), *before ? QJsonValue(**before) : QJsonValue()},
                               {QStringLiteral("to"), value}};
    if (Result<qint64> a = AuditLog::append(
            m_db, m_clock, {QLatin1String(AuditAction::SettingChanged), actor.id, std::nullopt, compactJson(details)});
        !a)
        return a.takeError();
    return tx->commit();
}

Result<std::optional<int>> StationSettings::idleLockMinutes()
{
    Result<std::optional<QString>> stored = value(IdleLockKey);
    if (!stored)
        return stored.takeError();
    if (!*stored)
        return std::optional<int>();
    bool ok = false;
    const int minutes = (*stored)->toInt(&ok);
    if (!ok || minutes < 0 || minutes > MaxIdleLockMinutes)
        return fail(ErrorCode::Integrity,
                    tr("The stored idle lock time \"%1\" is not a number of minutes.").arg(**stored));
    return std::optional<int>(minutes);
}

Status StationSettings::checkIdleLockMinutes(int minutes, bool drill)
{
    if (minutes == NeverLock && drill)
        return {};
    if (minutes == NeverLock)
        return fail(ErrorCode::InvalidInput,
                    tr("A production station must lock when left alone: choose between %1 and %2 minutes.")
                        .arg(MinIdleLockMinutes)
                        .arg(MaxIdleLockMinutes));
    if (minutes < MinIdleLockMinutes || minutes > MaxIdleLockMinutes)
        return fail(ErrorCode::InvalidInput,
                    tr("The idle lock time must be between %1 and %2 minutes, not %3.")
                        .arg(MinIdleLockMinutes)
                        .arg(MaxIdleLockMinutes)
                        .arg(minutes));
    return {};
}

Status StationSettings::setIdleLockMinutes(const User &actor, int minutes)
{
    // The mode is read from the store itself, where it is fixed at creation.
    Result<qint64> simulation
        = sql::scalar<qint64>(m_db, QStringLiteral("SELECT simulation FROM station WHERE id = 1"));
    if (!simulation)
        return simulation.takeError();
    if (Status s = checkIdleLockMinutes(minutes, *simulation != 0); !s)
        return s;
    return store(actor, IdleLockKey, QString::number(minutes));
}

Result<std::optional<QString>> StationSettings::hotFolder()
{
    return value(HotFolderKey);
}

Status StationSettings::setHotFolder(const User &actor, const QString &folder)
{
    const QFileInfo info(folder.trimmed());
    if (folder.trimmed().isEmpty() || !info.isAbsolute())
        return fail(ErrorCode::InvalidInput,
                    tr("The hot folder must be given by its full path, not \"%1\".").arg(folder));
    if (!info.isDir())
        return fail(ErrorCode::NotFound,
                    tr("The hot folder %1 does not exist or is not a folder.").arg(QDir::toNativeSeparators(folder)));
    return store(actor, HotFolderKey, QDir::cleanPath(info.absoluteFilePath()));
}

} // namespace acta
