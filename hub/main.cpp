#include "Console.h"
#include "HubCommands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // certify draws a PDF, and fonts need a QGuiApplication: headless, on the offscreen platform.
    bool drawsPdf = false;
    for (int i = 1; i < argc; ++i)
        drawsPdf = drawsPdf || std::strcmp(argv[i], "certify") == 0;
    if (drawsPdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app
        = drawsPdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ActaCapture"));
    QCoreApplication::setApplicationName(QStringLiteral("actahub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTA_VERSION));
    // Messages in Spanish unless --lang or ACTACAPTURE_LANG says otherwise, like the station.
    acta::console::installLanguage(*app);
    return acta::hub::HubCommands::run(QCoreApplication::arguments());
}
