#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace acta::cli {

// Where the CLI gets secrets: never from argv. From an environment variable (scripts), or
// asked on the terminal without echo. A seam, so tests can answer without a terminal.
class SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(SecretSource)

public:
    virtual ~SecretSource() = default;
    // envVar first; otherwise prompt (twice when confirm, and both must match).
    virtual Result<SecureBytes> read(const char *envVar, const QString &prompt, bool confirm) = 0;

    static SecretSource &standard(); // environment, then the controlling terminal
};

} // namespace acta::cli
