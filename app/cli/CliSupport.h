#pragma once

#include "Console.h"

#include <QCoreApplication>

namespace acta::cli {

// The streams, exit codes and error printing are the console library's, shared with actahub.
using console::err;
using console::Exit;
using console::ExitFailed;
using console::ExitOk;
using console::ExitUsage;
using console::failed;
using console::out;
using console::usageError;

// The translation context of actacapture's command-line messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace acta::cli
