#pragma once

#include "GuiEnvironment.h"
#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acta::gui {

// The demo station the application opens on a fresh machine: its own encrypted store in the
// user's data folder, a fixed passphrase and a few demo users, all shown on the first screen.
class DemoStation
{
    Q_DECLARE_TR_FUNCTIONS(DemoStation)

public:
    struct DemoUser
    {
        QString username;
        QString fullName;
        Role role;
    };

    static QString passphrase();
    static QString password(); // every demo user's password
    static QList<DemoUser> users();

    // Creates the demo station in directory unless a station is already there; returns
    // whether it was created now.
    static Result<bool> ensure(const QString &directory, const GuiEnvironment &environment);

    // Copies the sample scans shipped in the application (:/demo) into folder, skipping those
    // already there; returns how many files the folder holds.
    static int copySampleScans(const QString &folder);
};

} // namespace acta::gui
