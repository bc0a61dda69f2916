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

void addHelpOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Console::tr("Shows this help.")});
}

void installLanguage(QCoreApplication &app)
{
    const QString asked = Language::fromArguments(QCoreApplication::arguments(), Language::defaultLanguage());
    if (Language::install(&app, asked))
        return;
    // An unknown code is not a reason to stop, but it is said, in the language used instead.
    Language::install(&app, Language::defaultLanguage());
    err() << Console::tr("Unknown language \"%1\"; messages stay in %2 (available: %3).")
                 .arg(asked, Language::defaultLanguage(), Language::available().join(QLatin1String(", ")))
          << '\n';
    err().flush();
}

} // namespace acta::console
