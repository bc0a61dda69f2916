#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace acta::verify {

// actaverify's command line (docs/verify.md): parses, runs CutVerifier, prints its report.
// Exit status 0 when the cut is verified, 1 when something does not hold (or cannot be read),
// 2 on a usage error.
struct VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace acta::verify
