#pragma once

namespace acta::gui {

// Starts the desktop application; returns the process exit code.
int run(int argc, char *argv[]);

} // namespace acta::gui
