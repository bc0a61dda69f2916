#pragma once

#include "Secrets.h"

#include <QStringList>

namespace acta::cli {

// drill generate|load|start|report: a trainer's drills (simulacros) from the command line.
int drillCommand(const QStringList &args, SecretSource &secrets);

} // namespace acta::cli
