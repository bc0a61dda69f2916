#pragma once

namespace acta::cli {

// True when the arguments ask for a headless command (or --help / --version)
// rather than the desktop application.
bool wantsCommandLine(int argc, char *argv[]);

// Runs the command on a QCoreApplication (a QGuiApplication, offscreen, for commands that draw). Exit status: 0
// success, 1 the operation failed (message on stderr), 2 usage error.
int run(int argc, char *argv[]);

} // namespace acta::cli
