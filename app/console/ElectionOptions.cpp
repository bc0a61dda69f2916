#include "ElectionOptions.h"

#include "Console.h"

#include <QCommandLineParser>

namespace acta::console {

ElectionOptions::ElectionOptions()
    : m_template(QStringLiteral("template"), Console::tr("Election template JSON (default: the embedded sample)."),
                 Console::tr("file"))
    , m_catalog(QStringLiteral("catalog"), Console::tr("Casilla catalog CSV (default: the embedded sample)."),
                Console::tr("file"))
{ }

void ElectionOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_template, m_catalog});
}

QString ElectionOptions::usageProblem(const QCommandLineParser &parser) const
{
    if (parser.isSet(m_template) != parser.isSet(m_catalog))
        return Console::tr("--template and --catalog go together.");
    return {};
}

Result<Election> ElectionOptions::load(const QCommandLineParser &parser) const
{
    if (const QString problem = usageProblem(parser); !problem.isEmpty())
        return fail(ErrorCode::InvalidInput, problem);
    if (!parser.isSet(m_template))
        return Election::sample();
    return Election::fromFiles(parser.value(m_template), parser.value(m_catalog));
}

} // namespace acta::console
