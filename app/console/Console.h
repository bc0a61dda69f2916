#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace acta::console {

// Exit status of every command of both programs: 0 success, 1 the operation failed (the reason
// on stderr), 2 usage error. A command may add its own above these (sync --timeout: 3).
enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// The translation context of the messages both programs share.
struct Console
{
    Q_DECLARE_TR_FUNCTIONS(Console)
};

// One stream each for the process, so what a command prints keeps its order.
QTextStream &out();
QTextStream &err();
// Prints the message and the command's help on stderr; returns ExitUsage.
int usageError(const QString &message, const QCommandLineParser &parser);
// Prints the message on stderr; returns ExitFailed.
int failed(const QString &message);

// --lang CODE. The language is installed before any parser runs (installLanguage), so that every
// message, usage errors included, is in it; each parser still declares the option so it is accepted.
QCommandLineOption languageOption();
// -h, --help, described in the program's language (Qt's own Spanish catalogue lacks that text).
// Parsers check it with isSet("help") as with QCommandLineParser::addHelpOption().
void addHelpOption(QCommandLineParser &parser);
// Installs the language asked for by --lang in the application's arguments, else by
// ACTACAPTURE_LANG, else Spanish (Language::defaultLanguage()).
void installLanguage(QCoreApplication &app);

} // namespace acta::console
