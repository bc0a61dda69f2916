#include "GuiApp.h"

#include "Election.h"
#include "Language.h"
#include "StationWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

namespace acta::gui {

int run(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ActaCapture"));
    QApplication::setApplicationName(QStringLiteral("ActaCapture"));
    QApplication::setApplicationVersion(QStringLiteral(ACTA_VERSION));

    const QString lang = QSettings().value(QStringLiteral("language"), Language::defaultLanguage()).toString();
    Language::install(&app, Language::fromArguments(QCoreApplication::arguments(), lang));

    const Result<Election> election = Election::sample();
    if (!election) {
        QMessageBox::critical(nullptr, QApplication::translate("GuiApp", "ActaCapture cannot start"), election.error());
        return 1;
    }
    GuiEnvironment environment;
    // --simulation: the drill (simulacro) station, whatever else the machine holds.
    if (QCoreApplication::arguments().contains(QStringLiteral("--simulation")))
        environment.mode = StationMode::Drill;
    StationWindow window(*election, environment);
    window.show();
    return app.exec();
}

} // namespace acta::gui
