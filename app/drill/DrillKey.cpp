#include "DrillKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace acta {

namespace {

constexpr char Format[] = "actacapture-drill-key/1";

const std::array<const char *, ContingencyCount> Ids {
    "none",          "illegible", "empty",   "over_lista_nominal", "outside_catalog", "duplicate_sheet",
    "unreadable_qr", "blurred",   "cut_off", "upside_down",        "sin_acta",        "total_mismatch",
};

Error bad(const QString &what)
{
    return fail(ErrorCode::InvalidInput, DrillKey::tr("The drill's answer key is damaged: %1.").arg(what));
}

} // namespace

DrillProportions DrillProportions::standard()
{
    // About a quarter of the actas carry one contingency: enough to practise each several times
    // in a drill of a few hundred actas, few enough that the night still feels like a night.
    DrillProportions p;
    p.set(Contingency::Illegible, 0.03);
    p.set(Contingency::Empty, 0.03);
    p.set(Contingency::OverListaNominal, 0.02);
    p.set(Contingency::OutsideCatalog, 0.015);
    p.set(Contingency::DuplicateSheet, 0.02);
    p.set(Contingency::UnreadableQr, 0.02);
    p.set(Contingency::Blurred, 0.02);
    p.set(Contingency::CutOff, 0.02);
    p.set(Contingency::UpsideDown, 0.03);
    p.set(Contingency::SinActa, 0.02);
    p.set(Contingency::TotalMismatch, 0.03);
    return p;
}

double DrillProportions::sum() const
{
    double s = 0;
    for (int i = 1; i < ContingencyCount; ++i)
        s += share[std::size_t(i)];
    return s;
}

bool DrillKey::isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

QString DrillKey::contingencyId(Contingency c)
{
    return QString::fromLatin1(Ids[std::size_t(c)]);
}

std::optional<Contingency> DrillKey::contingencyFromId(const QString &id)
{
    for (int i = 0; i < ContingencyCount; ++i)
        if (id == QLatin1String(Ids[std::size_t(i)]))
            return Contingency(i);
    return std::nullopt;
}

QString DrillKey::contingencyLabel(Contingency c)
{
    switch (c) {
    case Contingency::None:
        return tr("No contingency");
    case Contingency::Illegible:
        return tr("Illegible fields");
    case Contingency::Empty:
        return tr("Empty fields");
    case Contingency::OverListaNominal:
        return tr("Votes over the lista nominal");
    case Contingency::OutsideCatalog:
        return tr("Acta outside the catalog");
    case Contingency::DuplicateSheet:
        return tr("Duplicated sheet");
    case Contingency::UnreadableQr:
        return tr("Unreadable QR code");
    case Contingency::Blurred:
        return tr("Blurred scan");
    case Contingency::CutOff:
        return tr("Cut-off scan");
    case Contingency::UpsideDown:
        return tr("Page upside down");
    case Contingency::SinActa:
        return tr("Package without its acta");
    case Contingency::TotalMismatch:
        return tr("Written total differs from the sum");
    }
    return {};
}

QString DrillKey::roleId(DrillPage::Role role)
{
    switch (role) {
    case DrillPage::Role::Original:
        return QStringLiteral("original");
    case DrillPage::Role::Rescan:
        return QStringLiteral("rescan");
    case DrillPage::Role::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

QJsonObject DrillKey::toJson() const
{
    QJsonObject shares;
    for (int i = 1; i < ContingencyCount; ++i)
        shares.insert(contingencyId(Contingency(i)), proportions.share[std::size_t(i)]);
    QJsonArray pageArray;
    for (const DrillPage &p : pages) {
        pageArray.append(QJsonObject {
            {QStringLiteral("file"), p.file},
            {QStringLiteral("sha256"), p.sha256},
            {QStringLiteral("arrival_s"), p.arrivalSecond},
            {QStringLiteral("clave"), p.clave},
            {QStringLiteral("contingency"), contingencyId(p.contingency)},
            {QStringLiteral("role"), roleId(p.role)},
            {QStringLiteral("repeats"), p.repeats},
            {QStringLiteral("truth"), p.truth.toJson()},
        });
    }
    QJsonArray sinArray;
    for (const DrillSinActa &s : sinActa) {
        sinArray.append(QJsonObject {
            {QStringLiteral("casilla"), s.casilla},
            {QStringLiteral("claves"), QJsonArray::fromStringList(s.claves)},
            {QStringLiteral("reason"), int(s.reason)},
            {QStringLiteral("arrival_s"), s.arrivalSecond},
        });
    }
    return {
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("drill_id"), drillId},
        {QStringLiteral("seed"), QString::number(seed)}, // as text: a JSON number loses 64-bit seeds
        {QStringLiteral("template_id"), templateId},
        {QStringLiteral("template_version"), templateVersion},
        {QStringLiteral("actas"), actas},
        {QStringLiteral("night_seconds"), nightSeconds},
        {QStringLiteral("proportions"), shares},
        {QStringLiteral("pages"), pageArray},
        {QStringLiteral("sin_acta"), sinArray},
    };
}

QByteArray DrillKey::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<DrillKey> DrillKey::fromBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return bad(tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    return fromJson(doc.object());
}

Result<DrillKey> DrillKey::fromJson(const QJsonObject &o)
{
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return bad(tr("unknown format \"%1\"").arg(o.value(QStringLiteral("format")).toString()));
    DrillKey key;
    key.drillId = o.value(QStringLiteral("drill_id")).toString();
    bool ok = false;
    key.seed = o.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (!isValidId(key.drillId) || !ok)
        return bad(tr("no valid drill id or seed"));
    key.templateId = o.value(QStringLiteral("template_id")).toString();
    key.templateVersion = o.value(QStringLiteral("template_version")).toInt();
    key.actas = o.value(QStringLiteral("actas")).toInt();
    key.nightSeconds = o.value(QStringLiteral("night_seconds")).toInt();
    const QJsonObject shares = o.value(QStringLiteral("proportions")).toObject();
    for (int i = 1; i < ContingencyCount; ++i)
        key.proportions.share[std::size_t(i)] = shares.value(contingencyId(Contingency(i))).toDouble();

    // Bounds before anything is built from it: the generator never makes more.
    if (key.actas < 1 || key.actas > 5000 || key.nightSeconds < 600 || key.nightSeconds > 86400)
        return bad(tr("its size or night is out of range"));
    const QJsonArray pageArray = o.value(QStringLiteral("pages")).toArray();
    if (pageArray.size() > 3 * qsizetype(key.actas))
        return bad(tr("it lists more pages than its actas can have"));
    static const QRegularExpression fileName(QStringLiteral("^escaneo-[0-9]{4,5}\\.jpg$"));
    QSet<QString> files, shas;
    for (qsizetype i = 0; i < pageArray.size(); ++i) {
        const QJsonObject p = pageArray.at(i).toObject();
        DrillPage page;
        page.file = p.value(QStringLiteral("file")).toString();
        page.sha256 = p.value(QStringLiteral("sha256")).toString();
        page.arrivalSecond = p.value(QStringLiteral("arrival_s")).toInt();
        page.clave = p.value(QStringLiteral("clave")).toString();
        page.repeats = p.value(QStringLiteral("repeats")).toInt(-1);
        const std::optional<Contingency> c = contingencyFromId(p.value(QStringLiteral("contingency")).toString());
        const QString role = p.value(QStringLiteral("role")).toString();
        Result<Tally> truth = Tally::fromJson(p.value(QStringLiteral("truth")).toObject());
        // A file name is only ever a name in the scans folder: never a path.
        if (!fileName.match(page.file).hasMatch() || page.sha256.size() != 64 || !c || !truth || page.repeats >= i
            || page.arrivalSecond < 0 || page.arrivalSecond > 2 * 86400 || files.contains(page.file)
            || shas.contains(page.sha256) || (page.repeats >= 0 && key.pages[page.repeats].clave != page.clave))
            return bad(tr("page %1").arg(i + 1));
        files.insert(page.file);
        shas.insert(page.sha256);
        page.contingency = *c;
        page.truth = *truth;
        if (role == QLatin1String("rescan"))
            page.role = DrillPage::Role::Rescan;
        else if (role == QLatin1String("duplicate"))
            page.role = DrillPage::Role::Duplicate;
        else if (role != QLatin1String("original"))
            return bad(tr("page %1").arg(i + 1));
        if (page.role != DrillPage::Role::Original && page.repeats < 0)
            return bad(tr("page %1").arg(i + 1));
        key.pages.append(page);
    }
    const QJsonArray sinArray = o.value(QStringLiteral("sin_acta")).toArray();
    for (qsizetype i = 0; i < sinArray.size(); ++i) {
        const QJsonObject s = sinArray.at(i).toObject();
        DrillSinActa sin;
        sin.casilla = s.value(QStringLiteral("casilla")).toString();
        for (const QJsonValue &v : s.value(QStringLiteral("claves")).toArray())
            sin.claves << v.toString();
        Result<SinActaReason> reason = sinActaReasonFromCode(s.value(QStringLiteral("reason")).toInt());
        if (sin.casilla.isEmpty() || sin.claves.isEmpty() || !reason)
            return bad(tr("sin acta package %1").arg(i + 1));
        sin.reason = *reason;
        sin.arrivalSecond = s.value(QStringLiteral("arrival_s")).toInt();
        key.sinActa.append(sin);
    }
    return key;
}

QStringList DrillKey::expectedClaves() const
{
    QStringList out;
    for (const DrillPage &p : pages)
        if (p.role == DrillPage::Role::Original)
            out << p.clave;
    for (const DrillSinActa &s : sinActa)
        out << s.claves;
    return out;
}

int DrillKey::indexOfSha(const QString &sha256) const
{
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages[i].sha256 == sha256)
            return int(i);
    return -1;
}

} // namespace acta
