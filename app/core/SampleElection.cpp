#include "SampleElection.h"

namespace acta {

QString SampleElection::templatePath()
{
    return QStringLiteral(":/sample/election.template.json");
}

QString SampleElection::catalogPath()
{
    return QStringLiteral(":/sample/catalog.csv");
}

Result<SampleElection> SampleElection::load()
{
    Result<ElectionTemplate> tmpl = ElectionTemplate::fromFile(templatePath());
    if (!tmpl)
        return fail(tr("The embedded sample election is damaged: %1").arg(tmpl.error()));
    Result<Catalog> catalog = Catalog::fromFile(catalogPath());
    if (!catalog)
        return fail(tr("The embedded sample catalog is damaged: %1").arg(catalog.error()));
    return SampleElection {std::move(tmpl).value(), std::move(catalog).value()};
}

} // namespace acta
