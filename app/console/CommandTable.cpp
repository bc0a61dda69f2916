#include "CommandTable.h"

#include "Console.h"

namespace acta::console {

namespace {

// The width of the name column; a longer name and operands put the help on the next line, so the
// help column stays straight in either language.
constexpr qsizetype NameWidth = 18;

} // namespace

CommandTable::CommandTable(QList<Command> commands)
    : m_commands(std::move(commands))
{ }

QString CommandTable::helpText() const
{
    QString text = Console::tr("Commands:");
    for (const Command &c : m_commands) {
        const QString synopsis = c.operands.isEmpty() ? c.name : c.name + QLatin1Char(' ') + c.operands;
        text += QLatin1String("\n  ") + synopsis;
        if (synopsis.size() > NameWidth)
            text += QLatin1Char('\n') + QString(NameWidth + 2, QLatin1Char(' '));
        else
            text += QString(NameWidth - synopsis.size(), QLatin1Char(' '));
        text += QLatin1String("  ") + c.help;
    }
    return text;
}

const Command *CommandTable::find(const QString &name) const
{
    for (const Command &c : m_commands)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::optional<int> CommandTable::run(const QString &name, const QStringList &arguments) const
{
    const Command *c = find(name);
    if (!c || (c->operandCount >= 0 && arguments.size() != c->operandCount))
        return std::nullopt;
    return c->run(arguments);
}

} // namespace acta::console
