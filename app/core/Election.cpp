#include "Election.h"

namespace acta {

QString Election::sampleTemplatePath()
{
    return QStringLiteral(":/sample/election.template.json");
}

QString Election::sampleCatalogPath()
{
    return QStringLiteral(":/sample/catalog.csv");
}

Result<Election> Election::sample()
{
    Result<ElectionTemplate> tmpl = ElectionTemplate::fromFile(sampleTemplatePath());
    if (!tmpl)
        return fail(ErrorCode::Integrity, tr("The embedded sample election is damaged: %1").arg(tmpl.error()));
    Result<Catalog> catalog = Catalog::fromFile(sampleCatalogPath());
    if (!catalog)
        return fail(ErrorCode::Integrity, tr("The embedded sample catalog is damaged: %1").arg(catalog.error()));
    return Election {std::move(tmpl).value(), std::move(catalog).value()};
}

Result<Election> Election::fromFiles(const QString &templatePath, const QString &catalogPath)
{
    Result<ElectionTemplate> tmpl = ElectionTemplate::fromFile(templatePath);
    if (!tmpl)
        return tmpl.takeError();
    Result<Catalog> catalog = Catalog::fromFile(catalogPath);
    if (!catalog)
        return catalog.takeError();
    return Election {std::move(tmpl).value(), std::move(catalog).value()};
}

} // namespace acta
