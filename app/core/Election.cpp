#include "Election.h"

#include <QSet>

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
    if (Status s = checkTogether(*tmpl, *catalog); !s)
        return fail(ErrorCode::Integrity, tr("The embedded sample election is damaged: %1").arg(s.error()));
    return Election {std::move(tmpl).value(), std::move(catalog).value()};
}

Status Election::checkTogether(const ElectionTemplate &election, const Catalog &catalog)
{
    QSet<qint64> districts;
    for (const CasillaInfo &c : catalog.casillas())
        districts.insert(qint64(c.key.state()) * 10000 + c.district);
    const auto known = [&](const DistrictRef &d) {
        return districts.contains(qint64(d.state) * 10000 + d.district);
    };
    const auto unknown = [&](const DistrictRef &d, const QString &who) {
        return fail(ErrorCode::InvalidInput,
                    tr("The template says %1 runs in district %2-%3, which has no casilla in the catalog.")
                        .arg(who)
                        .arg(d.state)
                        .arg(d.district));
    };
    for (const TemplateField &f : election.voteFields())
        for (const DistrictRef &d : f.runsIn)
            if (!known(d))
                return unknown(d, f.id);
    for (const Coalition &c : election.coalitions())
        for (const DistrictRef &d : c.runsIn)
            if (!known(d))
                return unknown(d, c.id);
    QSet<qint64> withCandidacies;
    for (const Candidacy &c : election.candidacies()) {
        if (!known(c.district))
            return unknown(c.district, c.contender);
        withCandidacies.insert(qint64(c.district.state) * 10000 + c.district.district);
    }
    if (!election.candidacies().isEmpty())
        for (qint64 d : std::as_const(districts))
            if (!withCandidacies.contains(d))
                return fail(ErrorCode::InvalidInput,
                            tr("The template lists candidacies, but none for district %1-%2 of the catalog.")
                                .arg(d / 10000)
                                .arg(d % 10000));
    return {};
}

Result<Election> Election::fromFiles(const QString &templatePath, const QString &catalogPath)
{
    Result<ElectionTemplate> tmpl = ElectionTemplate::fromFile(templatePath);
    if (!tmpl)
        return tmpl.takeError();
    Result<Catalog> catalog = Catalog::fromFile(catalogPath);
    if (!catalog)
        return catalog.takeError();
    if (Status s = checkTogether(*tmpl, *catalog); !s)
        return fail(s.code(), tr("%1 and %2 do not fit together: %3").arg(templatePath, catalogPath, s.error()));
    return Election {std::move(tmpl).value(), std::move(catalog).value()};
}

} // namespace acta
