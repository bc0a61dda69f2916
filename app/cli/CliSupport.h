#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

class QCommandLineParser;

namespace acta::cli {

enum Exit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// The translation context of command-line messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QTextStream &out();
QTextStream &err();
// Prints the message and the command's help on stderr; returns ExitUsage.
int usageError(const QString &message, const QCommandLineParser &parser);
// Prints the message on stderr; returns ExitFailed.
int failed(const QString &message);

} // namespace acta::cli
