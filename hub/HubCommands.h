#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace acta::hub {

// `actahub [serve|init|enroll FILE|publish] [options]`; the exit code. serve runs the event loop.
class HubCommands
{
    Q_DECLARE_TR_FUNCTIONS(HubCommands)

public:
    static int run(const QStringList &arguments);
};

} // namespace acta::hub
