#include "Console.h"

#include "Language.h"

#include <QCommandLineParser>

namespace acta::console {

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

QCommandLineOption languageOption()
{
    return {QStringLiteral("lang"), Console::tr("Language of messages (es_MX, en)."), Console::tr("code")};
}

void installLanguage(QCoreApplication &app)
{
    Language::install(&app, Language::fromArguments(QCoreApplication::arguments(), Language::defaultLanguage()));
}

} // namespace acta::console
