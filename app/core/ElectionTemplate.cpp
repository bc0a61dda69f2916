#include "ElectionTemplate.h"

#include "TemplateParser.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace acta {

namespace {

// A template is a few kilobytes; refusing large files keeps a wrong path from eating memory.
constexpr qint64 MaxTemplateBytes = 4 * 1024 * 1024;

struct KindSpelling
{
    FieldKind kind;
    const char *id;
};

constexpr KindSpelling KindSpellings[] = {
    {FieldKind::Party, "party"},
    {FieldKind::Coalition, "coalition"},
    {FieldKind::Independent, "independent"},
    {FieldKind::NoRegistrados, "no_registrados"},
    {FieldKind::Nulos, "nulos"},
    {FieldKind::BoletasSobrantes, "boletas_sobrantes"},
    {FieldKind::PersonasVotaron, "personas_votaron"},
    {FieldKind::RepresentantesVotaron, "representantes_votaron"},
    {FieldKind::VotosSacados, "votos_sacados"},
    {FieldKind::TotalAsentado, "total_asentado"},
};

QJsonObject rectToJson(const QRectF &r)
{
    return QJsonObject {{QStringLiteral("x_mm"), r.x()},
                        {QStringLiteral("y_mm"), r.y()},
                        {QStringLiteral("width_mm"), r.width()},
                        {QStringLiteral("height_mm"), r.height()}};
}

QJsonObject textToJson(const LocalizedText &t)
{
    return QJsonObject {{QStringLiteral("es"), t.es}, {QStringLiteral("en"), t.en}};
}

QJsonArray districtsToJson(const QList<DistrictRef> &districts)
{
    QJsonArray a;
    for (const DistrictRef &d : districts)
        a.append(QJsonObject {{QStringLiteral("state"), d.state}, {QStringLiteral("district"), d.district}});
    return a;
}

QJsonObject fieldToJson(const TemplateField &f)
{
    QJsonObject o {{QStringLiteral("id"), f.id},
                   {QStringLiteral("kind"), fieldKindId(f.kind)},
                   {QStringLiteral("label"), textToJson(f.label)},
                   {QStringLiteral("digits"), f.digits},
                   {QStringLiteral("boxes"),
                    QJsonObject {{QStringLiteral("x_mm"), f.boxes.xMm}, {QStringLiteral("y_mm"), f.boxes.yMm}}}};
    if (f.kind == FieldKind::Coalition)
        o.insert(QStringLiteral("parties"), QJsonArray::fromStringList(f.parties));
    if (!f.runsIn.isEmpty())
        o.insert(QStringLiteral("runs_in"), districtsToJson(f.runsIn));
    return o;
}

} // namespace

bool isVoteKind(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Party:
    case FieldKind::Coalition:
    case FieldKind::Independent:
    case FieldKind::NoRegistrados:
    case FieldKind::Nulos:
        return true;
    case FieldKind::BoletasSobrantes:
    case FieldKind::PersonasVotaron:
    case FieldKind::RepresentantesVotaron:
    case FieldKind::VotosSacados:
    case FieldKind::TotalAsentado:
        return false;
    }
    return false;
}

QString fieldKindId(FieldKind kind)
{
    for (const KindSpelling &k : KindSpellings)
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    return {};
}

bool fieldKindFromId(const QString &id, FieldKind *out)
{
    for (const KindSpelling &k : KindSpellings) {
        if (id == QLatin1String(k.id)) {
            if (out)
                *out = k.kind;
            return true;
        }
    }
    return false;
}

QString LocalizedText::forLocale(const QLocale &locale) const
{
    // A text built in code may lack one language; show the other rather than nothing.
    if (locale.language() == QLocale::English)
        return en.isEmpty() ? es : en;
    return es.isEmpty() ? en : es;
}

QString TemplateField::displayLabel(const QLocale &locale) const
{
    switch (kind) {
    case FieldKind::Party:
    case FieldKind::Coalition:
    case FieldKind::Independent:
        return label.es.isEmpty() ? label.en : label.es;
    default:
        return label.forLocale(locale);
    }
}

QRectF FieldBoxes::boxRectMm(int i, double boxWidthMm, double boxHeightMm, double gapMm) const
{
    return QRectF(xMm + i * (boxWidthMm + gapMm), yMm, boxWidthMm, boxHeightMm);
}

Result<ElectionTemplate> ElectionTemplate::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Offsets are bytes; a line and column are what a text editor shows.
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return fail(ErrorCode::InvalidInput,
                    tr("not valid JSON: %1 at line %2, column %3 (byte offset %4)")
                        .arg(error.errorString())
                        .arg(line)
                        .arg(column)
                        .arg(error.offset));
    }
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    tr("$: expected a JSON object, got %1").arg(doc.isArray() ? tr("an array") : tr("nothing")));
    return TemplateParser::parse(doc.object());
}

Result<ElectionTemplate> ElectionTemplate::fromFile(const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read the template file %1: %2").arg(name, file.errorString()));
    if (file.size() > MaxTemplateBytes)
        return fail(
            ErrorCode::InvalidInput,
            tr("The template file %1 is too large (%2 bytes) to be an election template.").arg(name).arg(file.size()));
    Result<ElectionTemplate> t = fromJson(file.readAll());
    if (!t)
        return fail(t.code(), tr("Template file %1: %2").arg(name, t.error()));
    return t;
}

QByteArray ElectionTemplate::toJson() const
{
    QJsonArray votes, others, markers;
    for (const TemplateField &f : m_voteFields)
        votes.append(fieldToJson(f));
    for (const TemplateField &f : m_otherFields)
        others.append(fieldToJson(f));
    for (const Marker &m : m_layout.markers)
        markers.append(QJsonObject {
            {QStringLiteral("x_mm"), m.xMm}, {QStringLiteral("y_mm"), m.yMm}, {QStringLiteral("size_mm"), m.sizeMm}});
    const QJsonObject layout {
        {QStringLiteral("page"),
         QJsonObject {{QStringLiteral("width_mm"), m_layout.pageWidthMm},
                      {QStringLiteral("height_mm"), m_layout.pageHeightMm}}},
        {QStringLiteral("box"),
         QJsonObject {{QStringLiteral("width_mm"), m_layout.boxWidthMm},
                      {QStringLiteral("height_mm"), m_layout.boxHeightMm},
                      {QStringLiteral("gap_mm"), m_layout.boxGapMm}}},
        {QStringLiteral("markers"), markers},
        {QStringLiteral("qr"), rectToJson(m_layout.qrMm)},
        {QStringLiteral("header"), rectToJson(m_layout.headerMm)},
    };
    QJsonObject election {{QStringLiteral("id"), m_electionId},
                          {QStringLiteral("tipo_acta"), m_actaType},
                          {QStringLiteral("name"), textToJson(m_electionName)}};
    if (m_publicationUtcOffset)
        election.insert(QStringLiteral("publication_utc_offset_min"), *m_publicationUtcOffset);
    if (m_rpActaType)
        election.insert(QStringLiteral("tipo_acta_rp_especiales"), *m_rpActaType);
    QJsonObject root {
        {QStringLiteral("schema"), TemplateParser::schemaId()},
        {QStringLiteral("id"), m_id},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("election"), election},
        {QStringLiteral("vote_fields"), votes},
        {QStringLiteral("other_fields"), others},
        {QStringLiteral("layout"), layout},
    };
    // Both lists are optional: a template without them reads back the same.
    if (!m_coalitions.isEmpty()) {
        QJsonArray list;
        for (const Coalition &c : m_coalitions) {
            QJsonObject o {{QStringLiteral("id"), c.id},
                           {QStringLiteral("name"), textToJson(c.name)},
                           {QStringLiteral("parties"), QJsonArray::fromStringList(c.parties)}};
            if (!c.runsIn.isEmpty())
                o.insert(QStringLiteral("runs_in"), districtsToJson(c.runsIn));
            list.append(o);
        }
        root.insert(QStringLiteral("coalitions"), list);
    }
    if (!m_candidacies.isEmpty()) {
        QJsonArray list;
        for (const Candidacy &c : m_candidacies)
            list.append(QJsonObject {{QStringLiteral("contender"), c.contender},
                                     {QStringLiteral("state"), c.district.state},
                                     {QStringLiteral("district"), c.district.district},
                                     {QStringLiteral("propietario"), c.propietario},
                                     {QStringLiteral("suplente"), c.suplente}});
        root.insert(QStringLiteral("candidates"), list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<TemplateField> ElectionTemplate::allFields() const
{
    return m_voteFields + m_otherFields;
}

const TemplateField *ElectionTemplate::field(const QString &id) const
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return nullptr;
    const qsizetype i = *it;
    return i < m_voteFields.size() ? &m_voteFields.at(i) : &m_otherFields.at(i - m_voteFields.size());
}

QList<int> ElectionTemplate::actaTypesFor(CasillaType type) const
{
    if (type == CasillaType::Especial && m_rpActaType)
        return {m_actaType, *m_rpActaType};
    return {m_actaType};
}

const Coalition *ElectionTemplate::coalitionOf(const TemplateField &field) const
{
    if (field.kind != FieldKind::Coalition)
        return nullptr;
    // The parser checked that each combination's parties belong to exactly one coalition.
    for (const Coalition &c : m_coalitions)
        if (!field.parties.isEmpty() && c.parties.contains(field.parties.first()))
            return &c;
    return nullptr;
}

bool ElectionTemplate::runsIn(const TemplateField &field, const DistrictRef &district, int actaType) const
{
    if (field.kind == FieldKind::Independent && isRpActaType(actaType))
        return false; // representación proporcional has party lists only
    if (field.kind == FieldKind::Coalition) {
        const Coalition *c = coalitionOf(field);
        return !c || c->runsIn.isEmpty() || c->runsIn.contains(district);
    }
    return field.runsIn.isEmpty() || field.runsIn.contains(district);
}

const TemplateField *ElectionTemplate::fieldOfKind(FieldKind kind) const
{
    for (const TemplateField &f : m_voteFields)
        if (f.kind == kind)
            return &f;
    for (const TemplateField &f : m_otherFields)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

} // namespace acta
