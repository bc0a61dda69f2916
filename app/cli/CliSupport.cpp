#include "CliSupport.h"

#include <QCommandLineParser>

namespace acta::cli {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usageError(const QString &message, const QCommandLineParser &parser)
{
    err() << message << '\n' << '\n' << parser.helpText();
    err().flush();
    return ExitUsage;
}

int failed(const QString &message)
{
    err() << message << '\n';
    err().flush();
    return ExitFailed;
}

} // namespace acta::cli
