#include "PageReading.h"

#include <QJsonArray>

#include <bit>
#include <cmath>

namespace acta {

QString pageIssueId(PageIssue issue)
{
    switch (issue) {
    case PageIssue::Unreadable:
        return QStringLiteral("unreadable");
    case PageIssue::TooLarge:
        return QStringLiteral("too_large");
    case PageIssue::LowResolution:
        return QStringLiteral("low_resolution");
    case PageIssue::Blurred:
        return QStringLiteral("blurred");
    case PageIssue::TooDark:
        return QStringLiteral("too_dark");
    case PageIssue::TooBright:
        return QStringLiteral("too_bright");
    case PageIssue::LowContrast:
        return QStringLiteral("low_contrast");
    case PageIssue::BlankPage:
        return QStringLiteral("blank_page");
    case PageIssue::CutOff:
        return QStringLiteral("cut_off");
    case PageIssue::WrongForm:
        return QStringLiteral("wrong_form");
    case PageIssue::NotRegistered:
        return QStringLiteral("not_registered");
    }
    return {};
}

QString PageProblem::describe(PageIssue issue)
{
    switch (issue) {
    case PageIssue::Unreadable:
        return tr("Not a readable image");
    case PageIssue::TooLarge:
        return tr("Image too large");
    case PageIssue::LowResolution:
        return tr("Resolution too low");
    case PageIssue::Blurred:
        return tr("Blurred");
    case PageIssue::TooDark:
        return tr("Too dark");
    case PageIssue::TooBright:
        return tr("Too bright");
    case PageIssue::LowContrast:
        return tr("Low contrast");
    case PageIssue::BlankPage:
        return tr("Blank page");
    case PageIssue::CutOff:
        return tr("Page cut off");
    case PageIssue::WrongForm:
        return tr("Not this form");
    case PageIssue::NotRegistered:
        return tr("Could not align the form");
    }
    return {};
}

PageProblem PageProblem::make(PageIssue issue, const QString &detail)
{
    PageProblem p;
    p.issue = issue;
    p.message = detail.isEmpty() ? describe(issue) : tr("%1: %2").arg(describe(issue), detail);
    return p;
}

double PageReading::totalMs() const
{
    double sum = 0;
    for (const StageTiming &t : timings)
        sum += t.ms;
    return sum;
}

const FieldReading *PageReading::field(const QString &id) const
{
    for (const FieldReading &f : fields)
        if (f.fieldId == id)
            return &f;
    return nullptr;
}

int PageReading::hammingDistance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}

namespace {

QString identitySourceId(PageReading::IdentitySource s)
{
    switch (s) {
    case PageReading::IdentitySource::QrCode:
        return QStringLiteral("qr");
    case PageReading::IdentitySource::PrintedHeader:
        return QStringLiteral("header");
    case PageReading::IdentitySource::None:
        break;
    }
    return QStringLiteral("none");
}

QString registrationId(PageReading::RegistrationMethod m)
{
    switch (m) {
    case PageReading::RegistrationMethod::Markers:
        return QStringLiteral("markers");
    case PageReading::RegistrationMethod::Features:
        return QStringLiteral("features");
    case PageReading::RegistrationMethod::None:
        break;
    }
    return QStringLiteral("none");
}

double rounded(double v, int decimals)
{
    const double k = std::pow(10.0, decimals);
    return std::round(v * k) / k;
}

} // namespace

QJsonObject PageReading::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("source"), source);
    o.insert(QStringLiteral("sha256"), sha256);
    o.insert(QStringLiteral("format"), format);
    if (imageSize.isValid())
        o.insert(QStringLiteral("image"),
                 QJsonObject {{QStringLiteral("width"), imageSize.width()},
                              {QStringLiteral("height"), imageSize.height()},
                              {QStringLiteral("dpi"), rounded(dpi, 0)}});
    o.insert(QStringLiteral("accepted"), accepted);
    QJsonArray problemList;
    for (const PageProblem &p : problems)
        problemList.append(
            QJsonObject {{QStringLiteral("code"), pageIssueId(p.issue)}, {QStringLiteral("message"), p.message}});
    o.insert(QStringLiteral("problems"), problemList);

    QJsonObject identity;
    identity.insert(QStringLiteral("source"), identitySourceId(identitySource));
    if (acta)
        identity.insert(QStringLiteral("clave_acta"), acta->toString());
    if (!templateId.isEmpty()) {
        identity.insert(QStringLiteral("template"), templateId);
        identity.insert(QStringLiteral("template_version"), templateVersion);
    }
    if (acta)
        identity.insert(QStringLiteral("in_catalog"), inCatalog);
    if (!identityNote.isEmpty())
        identity.insert(QStringLiteral("note"), identityNote);
    o.insert(QStringLiteral("identity"), identity);

    o.insert(QStringLiteral("registration"),
             QJsonObject {{QStringLiteral("method"), registrationId(registration)},
                          {QStringLiteral("score"), rounded(registrationScore, 3)},
                          {QStringLiteral("turned_upside_down"), turnedUpsideDown}});
    if (perceptualHash)
        o.insert(QStringLiteral("perceptual_hash"),
                 QStringLiteral("%1").arg(*perceptualHash, 16, 16, QLatin1Char('0')));

    QJsonArray fieldList;
    for (const FieldReading &f : fields) {
        QJsonObject fo {{QStringLiteral("id"), f.fieldId},
                        {QStringLiteral("value"), f.value.toStorageString()},
                        {QStringLiteral("confidence"), rounded(f.confidence, 4)},
                        {QStringLiteral("high_confidence"), f.highConfidence}};
        if (f.changedByTotal)
            fo.insert(QStringLiteral("changed_by_total"), true);
        QJsonArray alts;
        for (const FieldAlternative &a : f.alternatives)
            alts.append(QJsonObject {{QStringLiteral("value"), a.value.toStorageString()},
                                     {QStringLiteral("probability"), rounded(a.probability, 4)}});
        fo.insert(QStringLiteral("alternatives"), alts);
        QJsonArray boxes;
        for (int c : f.boxClasses)
            boxes.append(c == 10       ? QJsonValue(QStringLiteral("empty"))
                             : c == 11 ? QJsonValue(QStringLiteral("crossed_out"))
                                       : QJsonValue(c));
        fo.insert(QStringLiteral("boxes"), boxes);
        fieldList.append(fo);
    }
    o.insert(QStringLiteral("fields"), fieldList);
    if (!fields.isEmpty())
        o.insert(QStringLiteral("total"),
                 QJsonObject {{QStringLiteral("read"), totalRead}, {QStringLiteral("consistent"), totalConsistent}});
    QJsonObject t;
    for (const StageTiming &s : timings)
        t.insert(s.stage, rounded(s.ms, 2));
    t.insert(QStringLiteral("total"), rounded(totalMs(), 2));
    o.insert(QStringLiteral("timings_ms"), t);
    return o;
}

} // namespace acta
