#include "Console.h"
#include "VerifyCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ActaCapture"));
    QCoreApplication::setApplicationName(QStringLiteral("actaverify"));
    // Spanish unless --lang or ACTACAPTURE_LANG says otherwise, like the station and the hub.
    acta::console::installLanguage(app);
    return acta::verify::VerifyCommand::run(QCoreApplication::arguments());
}
