#include "CommandLine.h"
#include "GuiApp.h"

int main(int argc, char *argv[])
{
    if (acta::cli::wantsCommandLine(argc, argv))
        return acta::cli::run(argc, argv);
    return acta::gui::run(argc, argv);
}
