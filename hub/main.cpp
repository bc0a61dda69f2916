#include "Console.h"
#include "HubCommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ActaCapture"));
    QCoreApplication::setApplicationName(QStringLiteral("actahub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTA_VERSION));
    // Messages in Spanish unless --lang or ACTACAPTURE_LANG says otherwise, like the station.
    acta::console::installLanguage(app);
    return acta::hub::HubCommands::run(QCoreApplication::arguments());
}
