#include "HubCommands.h"
#include "Language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ActaCapture"));
    QCoreApplication::setApplicationName(QStringLiteral("actahub"));
    // Messages in Spanish unless ACTACAPTURE_LANG says otherwise, like the station.
    acta::Language::install(&app, acta::Language::fromArguments({}, acta::Language::defaultLanguage()));
    return acta::hub::HubCommands::run(QCoreApplication::arguments());
}
