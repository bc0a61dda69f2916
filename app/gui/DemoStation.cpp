#include "DemoStation.h"

#include "GuiLog.h"
#include "SecureBytes.h"
#include "Station.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace acta::gui {

QString DemoStation::passphrase()
{
    return QStringLiteral("demo-prep-2027");
}

QString DemoStation::password()
{
    return QStringLiteral("demo-clave-2027");
}

QList<DemoStation::DemoUser> DemoStation::users()
{
    return {
        {QStringLiteral("admin"), tr("Demo administrator"), Role::Administrator},
        {QStringLiteral("capturista1"), tr("First demo clerk"), Role::Clerk},
        {QStringLiteral("capturista2"), tr("Second demo clerk"), Role::Clerk},
        {QStringLiteral("supervisor1"), tr("Demo supervisor"), Role::Supervisor},
        {QStringLiteral("capacitador1"), tr("Demo trainer"), Role::Trainer},
    };
}

Result<bool> DemoStation::ensure(const QString &directory, const GuiEnvironment &environment)
{
    if (QFileInfo::exists(Station::databasePath(directory)))
        return false;
    const SecureBytes pass = SecureBytes::fromUtf8(passphrase());
    const SecureBytes pw = SecureBytes::fromUtf8(password());
    Result<std::unique_ptr<Station>> station
        = Station::initialise(directory, tr("Demo station"), pass, QStringLiteral("admin"), pw, *environment.clock,
                              environment.stationOptions);
    if (!station)
        return station.takeError();
    Result<User> admin = (*station)->users().find(QStringLiteral("admin"));
    if (!admin)
        return admin.takeError();
    for (const DemoUser &u : users()) {
        if (u.role == Role::Administrator)
            continue;
        Result<User> added = (*station)->users().add(*admin, u.username, u.fullName, u.role, pw);
        if (!added)
            return added.takeError();
    }
    qCInfo(lcGui) << "demo station created in" << directory;
    return true;
}

int DemoStation::copySampleScans(const QString &folder)
{
    QDir().mkpath(folder);
    const QStringList names = QDir(QStringLiteral(":/demo")).entryList({QStringLiteral("*.jpg")}, QDir::Files);
    int present = 0;
    for (const QString &name : names) {
        const QString target = folder + QLatin1Char('/') + name;
        if (QFileInfo::exists(target) || QFile::copy(QStringLiteral(":/demo/") + name, target)) {
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
            ++present;
        }
    }
    return present;
}

} // namespace acta::gui
