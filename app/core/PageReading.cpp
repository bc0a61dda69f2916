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
    if (drillSheet)
        identity.insert(QStringLiteral("drill_sheet"), true);
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

Result<PageReading> PageReading::fromJson(const QJsonObject &o)
{
    PageReading r;
    r.source = o.value(QStringLiteral("source")).toString();
    r.sha256 = o.value(QStringLiteral("sha256")).toString();
    r.format = o.value(QStringLiteral("format")).toString();
    const QJsonObject image = o.value(QStringLiteral("image")).toObject();
    if (!image.isEmpty()) {
        r.imageSize
            = QSize(image.value(QStringLiteral("width")).toInt(), image.value(QStringLiteral("height")).toInt());
        r.dpi = image.value(QStringLiteral("dpi")).toDouble();
    }
    r.accepted = o.value(QStringLiteral("accepted")).toBool();
    for (const QJsonValue &v : o.value(QStringLiteral("problems")).toArray()) {
        const QString code = v.toObject().value(QStringLiteral("code")).toString();
        for (int i = 0; i <= int(PageIssue::NotRegistered); ++i)
            if (pageIssueId(PageIssue(i)) == code)
                r.problems.append({PageIssue(i), v.toObject().value(QStringLiteral("message")).toString()});
    }
    const QJsonObject identity = o.value(QStringLiteral("identity")).toObject();
    const QString source = identity.value(QStringLiteral("source")).toString();
    r.identitySource = source == QLatin1String("qr") ? IdentitySource::QrCode
        : source == QLatin1String("header")          ? IdentitySource::PrintedHeader
                                                     : IdentitySource::None;
    if (identity.contains(QStringLiteral("clave_acta"))) {
        Result<ActaKey> key = ActaKey::parse(identity.value(QStringLiteral("clave_acta")).toString());
        if (!key)
            return fail(key.code(), tr("Stored reading: %1").arg(key.error()));
        r.acta = *key;
    }
    r.templateId = identity.value(QStringLiteral("template")).toString();
    r.templateVersion = identity.value(QStringLiteral("template_version")).toInt();
    r.inCatalog = identity.value(QStringLiteral("in_catalog")).toBool();
    r.identityNote = identity.value(QStringLiteral("note")).toString();
    r.drillSheet = identity.value(QStringLiteral("drill_sheet")).toBool();
    const QJsonObject registration = o.value(QStringLiteral("registration")).toObject();
    const QString method = registration.value(QStringLiteral("method")).toString();
    r.registration = method == QLatin1String("markers") ? RegistrationMethod::Markers
        : method == QLatin1String("features")           ? RegistrationMethod::Features
                                                        : RegistrationMethod::None;
    r.registrationScore = registration.value(QStringLiteral("score")).toDouble();
    r.turnedUpsideDown = registration.value(QStringLiteral("turned_upside_down")).toBool();
    if (o.contains(QStringLiteral("perceptual_hash"))) {
        bool ok = false;
        const quint64 h = o.value(QStringLiteral("perceptual_hash")).toString().toULongLong(&ok, 16);
        if (ok)
            r.perceptualHash = h;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject fo = v.toObject();
        FieldReading f;
        f.fieldId = fo.value(QStringLiteral("id")).toString();
        Result<FieldValue> value = FieldValue::parse(fo.value(QStringLiteral("value")).toString());
        if (!value)
            return fail(value.code(), tr("Stored reading of %1: %2").arg(f.fieldId, value.error()));
        f.value = *value;
        f.confidence = fo.value(QStringLiteral("confidence")).toDouble();
        f.highConfidence = fo.value(QStringLiteral("high_confidence")).toBool();
        f.changedByTotal = fo.value(QStringLiteral("changed_by_total")).toBool();
        for (const QJsonValue &a : fo.value(QStringLiteral("alternatives")).toArray()) {
            Result<FieldValue> alt = FieldValue::parse(a.toObject().value(QStringLiteral("value")).toString());
            if (alt)
                f.alternatives.append({*alt, a.toObject().value(QStringLiteral("probability")).toDouble()});
        }
        for (const QJsonValue &b : fo.value(QStringLiteral("boxes")).toArray())
            f.boxClasses.append(b.isDouble() ? b.toInt() : b.toString() == QLatin1String("empty") ? 10 : 11);
        r.fields.append(f);
    }
    const QJsonObject total = o.value(QStringLiteral("total")).toObject();
    r.totalRead = total.value(QStringLiteral("read")).toBool();
    r.totalConsistent = total.value(QStringLiteral("consistent")).toBool();
    return r;
}

} // namespace acta
