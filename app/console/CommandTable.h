#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace acta::console {

// One command of a program: what drives both its line under "Commands:" in --help and its dispatch.
struct Command
{
    QString name; // as typed
    QString operands; // after the name in the help, translated where it is a word (FILE), may be empty
    QString help; // one line, translated
    std::function<int(const QStringList &arguments)> run; // the exit status
    // When at least 0, the command takes exactly that many arguments and the table checks it
    // (the hub's commands); otherwise the command parses its own (actacapture's).
    int operandCount = -1;
};

// A program's commands, in the order its help lists them.
class CommandTable
{
public:
    explicit CommandTable(QList<Command> commands);

    // "Commands:" and one line per command, for QCommandLineParser::setApplicationDescription.
    QString helpText() const;
    const Command *find(const QString &name) const;
    // The command's exit status; nothing when no command has that name or it takes another number
    // of arguments (the program says so in its own words).
    std::optional<int> run(const QString &name, const QStringList &arguments) const;

private:
    QList<Command> m_commands;
};

} // namespace acta::console
