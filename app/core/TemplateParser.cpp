#include "TemplateParser.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace acta {

namespace {

// Tolerance for comparing millimetres: values come from decimal JSON text.
constexpr double EpsilonMm = 1e-6;

// Field ids become publication column names: upper-case ASCII, digits and underscores.
bool isValidFieldId(const QString &id)
{
    if (id.isEmpty() || id.at(0) < u'A' || id.at(0) > u'Z')
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

QString mm(double v)
{
    return QString::number(v, 'g', 8);
}

QString describeRect(const QRectF &r)
{
    return ElectionTemplate::tr("x %1 to %2 mm, y %3 to %4 mm")
        .arg(mm(r.left()), mm(r.right()), mm(r.top()), mm(r.bottom()));
}

bool inside(const QRectF &outer, const QRectF &inner)
{
    return inner.left() >= outer.left() - EpsilonMm && inner.top() >= outer.top() - EpsilonMm
        && inner.right() <= outer.right() + EpsilonMm && inner.bottom() <= outer.bottom() + EpsilonMm;
}

// Overlap with a positive area; boxes that merely touch are fine.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - EpsilonMm && b.left() < a.right() - EpsilonMm && a.top() < b.bottom() - EpsilonMm
        && b.top() < a.bottom() - EpsilonMm;
}

} // namespace

QString TemplateParser::schemaId()
{
    return QStringLiteral("actacapture.template/") + QString::number(ElectionTemplate::SchemaVersion);
}

QString TemplateParser::describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Undefined:
        return tr("nothing (the key is missing)");
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return v.toBool() ? tr("true") : tr("false");
    case QJsonValue::Double:
        return tr("the number %1").arg(QString::number(v.toDouble(), 'g', 12));
    case QJsonValue::String:
        return v.toString().isEmpty() ? tr("an empty string") : tr("the string \"%1\"").arg(v.toString());
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    }
    return {};
}

Status TemplateParser::checkKeys(const QJsonObject &o, const QString &path, std::initializer_list<const char *> allowed)
{
    // Unknown keys are refused: a misspelt key would otherwise be silently ignored.
    QStringList names;
    for (const char *a : allowed)
        names.append(QString::fromLatin1(a));
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!names.contains(it.key()))
            return fail(
                ErrorCode::InvalidInput,
                tr("%1: unknown key \"%2\"; expected only: %3").arg(path, it.key(), names.join(QStringLiteral(", "))));
    }
    return {};
}

Status TemplateParser::readObject(const QJsonObject &parent, const QString &path, const char *key,
                                  std::initializer_list<const char *> allowed, QJsonObject *out)
{
    const QJsonValue v = parent.value(QLatin1String(key));
    if (!v.isObject())
        return fail(ErrorCode::InvalidInput, tr("%1: expected an object, got %2").arg(child(path, key), describe(v)));
    *out = v.toObject();
    return checkKeys(*out, child(path, key), allowed);
}

Status TemplateParser::readString(const QJsonObject &o, const QString &path, const char *key, QString *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a non-empty string, got %2").arg(child(path, key), describe(v)));
    // Template text reaches printed forms and published files: one line, of a sane length.
    const QString text = v.toString();
    if (text.size() > MaxTextLength)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: at most %2 characters, got %3").arg(child(path, key)).arg(MaxTextLength).arg(text.size()));
    for (QChar c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return fail(ErrorCode::InvalidInput,
                        tr("%1: a line break or control character (U+%2) is not allowed")
                            .arg(child(path, key))
                            .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    *out = text;
    return {};
}

Status TemplateParser::readInt(const QJsonObject &o, const QString &path, const char *key, int min, int max, int *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || d != std::floor(d) || d < min || d > max) {
        if (max == std::numeric_limits<int>::max())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected a whole number of at least %2, got %3")
                            .arg(child(path, key))
                            .arg(min)
                            .arg(describe(v)));
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a whole number from %2 to %3, got %4")
                        .arg(child(path, key))
                        .arg(min)
                        .arg(max)
                        .arg(describe(v)));
    }
    *out = int(d);
    return {};
}

Status TemplateParser::readMm(const QJsonObject &o, const QString &path, const char *key, Bound bound, double *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || !std::isfinite(d))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a number of millimetres, got %2").arg(child(path, key), describe(v)));
    if (bound == Bound::Positive && d <= 0)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a size in millimetres greater than 0, got %2").arg(child(path, key), mm(d)));
    if (bound == Bound::NonNegative && d < 0)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected millimetres, 0 or more, got %2").arg(child(path, key), mm(d)));
    *out = d;
    return {};
}

Status TemplateParser::readText(const QJsonObject &o, const QString &path, const char *key, LocalizedText *out)
{
    QJsonObject t;
    if (Status s = readObject(o, path, key, {"es", "en"}, &t); !s)
        return s;
    const QString p = child(path, key);
    // Both languages are required: the UI and the printed form pick one at run time.
    if (Status s = readString(t, p, "es", &out->es); !s)
        return s;
    return readString(t, p, "en", &out->en);
}

Status TemplateParser::readRect(const QJsonObject &o, const QString &path, const char *key, QRectF *out)
{
    QJsonObject r;
    if (Status s = readObject(o, path, key, {"x_mm", "y_mm", "width_mm", "height_mm"}, &r); !s)
        return s;
    const QString p = child(path, key);
    double x = 0, y = 0, w = 0, h = 0;
    if (Status s = readMm(r, p, "x_mm", Bound::Any, &x); !s)
        return s;
    if (Status s = readMm(r, p, "y_mm", Bound::Any, &y); !s)
        return s;
    if (Status s = readMm(r, p, "width_mm", Bound::Positive, &w); !s)
        return s;
    if (Status s = readMm(r, p, "height_mm", Bound::Positive, &h); !s)
        return s;
    *out = QRectF(x, y, w, h);
    return {};
}

Status TemplateParser::readField(const QJsonValue &v, const QString &path, bool voteList, TemplateField *out)
{
    if (!v.isObject())
        return fail(ErrorCode::InvalidInput, tr("%1: expected a field object, got %2").arg(path, describe(v)));
    const QJsonObject o = v.toObject();
    if (Status s = checkKeys(o, path, {"id", "kind", "label", "digits", "boxes", "parties", "runs_in"}); !s)
        return s;

    if (Status s = readString(o, path, "id", &out->id); !s)
        return s;
    if (!isValidFieldId(out->id))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: field id \"%2\" must be upper-case letters, digits and underscores, starting with a "
                       "letter (e.g. NO_REGISTRADOS)")
                        .arg(child(path, "id"), out->id));

    QString kindId;
    if (Status s = readString(o, path, "kind", &kindId); !s)
        return s;
    if (!fieldKindFromId(kindId, &out->kind))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: unknown field kind \"%2\"; expected one of: %3")
                        .arg(child(path, "kind"), kindId,
                             QStringLiteral("party, coalition, independent, no_registrados, nulos, "
                                            "boletas_sobrantes, personas_votaron, representantes_votaron, "
                                            "votos_sacados, total_asentado")));
    if (isVoteKind(out->kind) && !voteList)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: \"%2\" is a vote kind; the field belongs in vote_fields").arg(child(path, "kind"), kindId));
    if (!isVoteKind(out->kind) && voteList)
        return fail(
            ErrorCode::InvalidInput,
            tr("%1: \"%2\" is not a vote kind; the field belongs in other_fields").arg(child(path, "kind"), kindId));

    if (Status s = readText(o, path, "label", &out->label); !s)
        return s;
    if (Status s = readInt(o, path, "digits", 1, 4, &out->digits); !s)
        return s;

    const QJsonValue parties = o.value(QLatin1String("parties"));
    out->parties.clear();
    if (out->kind == FieldKind::Coalition) {
        if (!parties.isArray())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: a coalition lists its member parties as an array of field ids, got %2")
                            .arg(child(path, "parties"), describe(parties)));
        const QJsonArray list = parties.toArray();
        if (list.size() < 2)
            return fail(ErrorCode::InvalidInput,
                        tr("%1: a coalition needs at least 2 parties, got %n", nullptr, int(list.size()))
                            .arg(child(path, "parties")));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString p = item(child(path, "parties"), i);
            if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                return fail(ErrorCode::InvalidInput,
                            tr("%1: expected a party field id, got %2").arg(p, describe(list.at(i))));
            if (out->parties.contains(list.at(i).toString()))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: party \"%2\" is listed twice").arg(p, list.at(i).toString()));
            out->parties.append(list.at(i).toString());
        }
    } else if (!parties.isUndefined()) {
        return fail(
            ErrorCode::InvalidInput,
            tr("%1: only coalition fields list parties; this field is \"%2\"").arg(child(path, "parties"), kindId));
    }

    // A coalition's combinations run where the coalition runs ($.coalitions[].runs_in).
    out->runsIn.clear();
    if (o.contains(QLatin1String("runs_in"))) {
        if (out->kind != FieldKind::Party && out->kind != FieldKind::Independent)
            return fail(ErrorCode::InvalidInput,
                        tr("%1: only party and independent fields say where they run; this field is \"%2\"")
                            .arg(child(path, "runs_in"), kindId));
        if (Status s = readDistricts(o, path, "runs_in", &out->runsIn); !s)
            return s;
    }

    QJsonObject boxes;
    if (Status s = readObject(o, path, "boxes", {"x_mm", "y_mm"}, &boxes); !s)
        return s;
    const QString boxesPath = child(path, "boxes");
    if (Status s = readMm(boxes, boxesPath, "x_mm", Bound::Any, &out->boxes.xMm); !s)
        return s;
    return readMm(boxes, boxesPath, "y_mm", Bound::Any, &out->boxes.yMm);
}

Status TemplateParser::readFieldList(const QJsonObject &root, const char *key, bool voteList, QList<TemplateField> *out)
{
    const QJsonValue v = root.value(QLatin1String(key));
    const QString path = child(QStringLiteral("$"), key);
    if (!v.isArray())
        return fail(ErrorCode::InvalidInput, tr("%1: expected an array of fields, got %2").arg(path, describe(v)));
    const QJsonArray list = v.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        TemplateField field;
        if (Status s = readField(list.at(i), item(path, i), voteList, &field); !s)
            return s;
        out->append(field);
    }
    return {};
}

Status TemplateParser::readLayout(const QJsonObject &root, FormLayout *out)
{
    QJsonObject layout;
    if (Status s = readObject(root, QStringLiteral("$"), "layout", {"page", "box", "markers", "qr", "header"}, &layout);
        !s)
        return s;
    const QString path = QStringLiteral("$.layout");

    QJsonObject page;
    if (Status s = readObject(layout, path, "page", {"width_mm", "height_mm"}, &page); !s)
        return s;
    const QString pagePath = child(path, "page");
    if (Status s = readMm(page, pagePath, "width_mm", Bound::Positive, &out->pageWidthMm); !s)
        return s;
    if (Status s = readMm(page, pagePath, "height_mm", Bound::Positive, &out->pageHeightMm); !s)
        return s;

    QJsonObject box;
    if (Status s = readObject(layout, path, "box", {"width_mm", "height_mm", "gap_mm"}, &box); !s)
        return s;
    const QString boxPath = child(path, "box");
    if (Status s = readMm(box, boxPath, "width_mm", Bound::Positive, &out->boxWidthMm); !s)
        return s;
    if (Status s = readMm(box, boxPath, "height_mm", Bound::Positive, &out->boxHeightMm); !s)
        return s;
    if (Status s = readMm(box, boxPath, "gap_mm", Bound::NonNegative, &out->boxGapMm); !s)
        return s;

    // Four markers, one per corner, are what the image registration (homography) needs.
    const QJsonValue markers = layout.value(QLatin1String("markers"));
    const QString markersPath = child(path, "markers");
    if (!markers.isArray() || markers.toArray().size() != 4)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected exactly 4 markers (top-left, top-right, bottom-right, bottom-left), got %2")
                        .arg(markersPath,
                             markers.isArray() ? tr("%n marker(s)", nullptr, int(markers.toArray().size()))
                                               : describe(markers)));
    const QJsonArray list = markers.toArray();
    out->markers.clear();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString p = item(markersPath, i);
        if (!list.at(i).isObject())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected a marker object, got %2").arg(p, describe(list.at(i))));
        const QJsonObject m = list.at(i).toObject();
        if (Status s = checkKeys(m, p, {"x_mm", "y_mm", "size_mm"}); !s)
            return s;
        Marker marker;
        if (Status s = readMm(m, p, "x_mm", Bound::Any, &marker.xMm); !s)
            return s;
        if (Status s = readMm(m, p, "y_mm", Bound::Any, &marker.yMm); !s)
            return s;
        if (Status s = readMm(m, p, "size_mm", Bound::Positive, &marker.sizeMm); !s)
            return s;
        out->markers.append(marker);
    }

    if (Status s = readRect(layout, path, "qr", &out->qrMm); !s)
        return s;
    return readRect(layout, path, "header", &out->headerMm);
}

QString TemplateParser::fieldPath(const ElectionTemplate &t, qsizetype indexInAll)
{
    if (indexInAll < t.m_voteFields.size())
        return item(QStringLiteral("$.vote_fields"), indexInAll);
    return item(QStringLiteral("$.other_fields"), indexInAll - t.m_voteFields.size());
}

Status TemplateParser::checkFieldRelations(const ElectionTemplate &t)
{
    const QList<TemplateField> all = t.allFields();

    // Ids are publication columns and capture keys: one field per id across both lists.
    QHash<QString, qsizetype> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const auto it = seen.constFind(all.at(i).id);
        if (it != seen.cend())
            return fail(ErrorCode::InvalidInput,
                        tr("%1.id: duplicate field id \"%2\" (already used by %3)")
                            .arg(fieldPath(t, i), all.at(i).id, fieldPath(t, *it)));
        seen.insert(all.at(i).id, i);
    }

    QList<QStringList> coalitionSets;
    QList<qsizetype> coalitionIndex;
    for (qsizetype i = 0; i < t.m_voteFields.size(); ++i) {
        const TemplateField &f = t.m_voteFields.at(i);
        if (f.kind != FieldKind::Coalition)
            continue;
        for (qsizetype j = 0; j < f.parties.size(); ++j) {
            const TemplateField *member = t.field(f.parties.at(j));
            if (!member || member->kind != FieldKind::Party)
                return fail(ErrorCode::InvalidInput,
                            tr("%1: \"%2\" is not a party field of this template")
                                .arg(item(fieldPath(t, i) + QStringLiteral(".parties"), j), f.parties.at(j)));
        }
        QStringList members = f.parties;
        members.sort();
        const qsizetype same = coalitionSets.indexOf(members);
        if (same >= 0)
            return fail(ErrorCode::InvalidInput,
                        tr("%1.parties: the same parties as %2 (%3)")
                            .arg(fieldPath(t, i), fieldPath(t, coalitionIndex.at(same)),
                                 t.m_voteFields.at(coalitionIndex.at(same)).id));
        coalitionSets.append(members);
        coalitionIndex.append(i);
    }

    // The counting rules need exactly one of each of these columns.
    for (FieldKind kind : {FieldKind::NoRegistrados, FieldKind::Nulos}) {
        int count = 0;
        for (const TemplateField &f : t.m_voteFields)
            count += f.kind == kind ? 1 : 0;
        if (count != 1)
            return fail(ErrorCode::InvalidInput,
                        tr("$.vote_fields: expected exactly one field of kind \"%1\", found %2")
                            .arg(fieldKindId(kind))
                            .arg(count));
    }

    // Each consistency figure is a single number on the sheet.
    QHash<int, qsizetype> otherKinds;
    for (qsizetype i = 0; i < t.m_otherFields.size(); ++i) {
        const FieldKind kind = t.m_otherFields.at(i).kind;
        const auto it = otherKinds.constFind(int(kind));
        if (it != otherKinds.cend())
            return fail(ErrorCode::InvalidInput,
                        tr("%1.kind: a field of kind \"%2\" already exists at %3")
                            .arg(item(QStringLiteral("$.other_fields"), i), fieldKindId(kind),
                                 item(QStringLiteral("$.other_fields"), *it)));
        otherKinds.insert(int(kind), i);
    }
    return {};
}

Status TemplateParser::checkGeometry(const ElectionTemplate &t)
{
    const FormLayout &l = t.m_layout;
    const QRectF page(0, 0, l.pageWidthMm, l.pageHeightMm);
    const QString pageSize = tr("%1 x %2 mm page").arg(mm(l.pageWidthMm), mm(l.pageHeightMm));

    // Registration assumes the listed order; a marker in the wrong corner would flip the image.
    static const char *const corners[] = {
        QT_TRANSLATE_NOOP("ElectionTemplate", "top-left"),
        QT_TRANSLATE_NOOP("ElectionTemplate", "top-right"),
        QT_TRANSLATE_NOOP("ElectionTemplate", "bottom-right"),
        QT_TRANSLATE_NOOP("ElectionTemplate", "bottom-left"),
    };
    const double midX = l.pageWidthMm / 2, midY = l.pageHeightMm / 2;
    for (qsizetype i = 0; i < l.markers.size(); ++i) {
        const Marker &m = l.markers.at(i);
        const QString p = item(QStringLiteral("$.layout.markers"), i);
        if (!inside(page, m.rectMm()))
            return fail(ErrorCode::InvalidInput,
                        tr("%1: the marker (%2) lies outside the %3").arg(p, describeRect(m.rectMm()), pageSize));
        const bool left = m.xMm < midX, top = m.yMm < midY;
        const bool right = (i == 1 || i == 2), bottom = (i == 2 || i == 3);
        if (left == right || top == bottom)
            return fail(ErrorCode::InvalidInput,
                        tr("%1: this marker must be the %2 one; its centre is in another quarter of the page")
                            .arg(p, QCoreApplication::translate("ElectionTemplate", corners[i])));
        for (qsizetype j = 0; j < i; ++j)
            if (overlaps(m.rectMm(), l.markers.at(j).rectMm()))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: the marker overlaps %2").arg(p, item(QStringLiteral("$.layout.markers"), j)));
    }

    struct Area
    {
        QString path;
        QRectF rect;
    };
    if (qAbs(l.qrMm.width() - l.qrMm.height()) > EpsilonMm)
        return fail(
            ErrorCode::InvalidInput,
            tr("$.layout.qr: the QR area must be square, got %1 x %2 mm").arg(mm(l.qrMm.width()), mm(l.qrMm.height())));
    QList<Area> reserved;
    for (qsizetype i = 0; i < l.markers.size(); ++i)
        reserved.append({item(QStringLiteral("$.layout.markers"), i), l.markers.at(i).rectMm()});
    for (const Area &a :
         {Area {QStringLiteral("$.layout.qr"), l.qrMm}, Area {QStringLiteral("$.layout.header"), l.headerMm}}) {
        if (!inside(page, a.rect))
            return fail(ErrorCode::InvalidInput,
                        tr("%1: the area (%2) lies outside the %3").arg(a.path, describeRect(a.rect), pageSize));
        for (const Area &r : reserved)
            if (overlaps(a.rect, r.rect))
                return fail(ErrorCode::InvalidInput,
                            tr("%1: the area (%2) overlaps %3").arg(a.path, describeRect(a.rect), r.path));
        reserved.append(a);
    }

    const QList<TemplateField> all = t.allFields();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const TemplateField &f = all.at(i);
        const QString p = fieldPath(t, i) + QStringLiteral(".boxes");
        for (int b = 0; b < f.digits; ++b) {
            const QRectF box = t.boxRectMm(f, b);
            const QString which = tr("digit box %1 of %2 (%3)").arg(b + 1).arg(f.digits).arg(describeRect(box));
            if (!inside(page, box))
                return fail(ErrorCode::InvalidInput, tr("%1: %2 lies outside the %3").arg(p, which, pageSize));
            for (const Area &r : reserved)
                if (overlaps(box, r.rect))
                    return fail(ErrorCode::InvalidInput, tr("%1: %2 overlaps %3").arg(p, which, r.path));
            // Boxes of earlier fields only: each pair is reported once, at the later field.
            for (qsizetype j = 0; j < i; ++j) {
                const TemplateField &g = all.at(j);
                for (int c = 0; c < g.digits; ++c)
                    if (overlaps(box, t.boxRectMm(g, c)))
                        return fail(ErrorCode::InvalidInput,
                                    tr("%1: %2 overlaps digit box %3 of field %4 (%5)")
                                        .arg(p, which)
                                        .arg(c + 1)
                                        .arg(g.id, fieldPath(t, j)));
            }
        }
    }
    return {};
}

Result<ElectionTemplate> TemplateParser::parse(const QJsonObject &root)
{
    // The schema is checked first: a file of another format would otherwise fail on some odd key.
    const QJsonValue schema = root.value(QLatin1String("schema"));
    if (schema.toString() != schemaId())
        return fail(ErrorCode::InvalidInput, tr("$.schema: expected \"%1\", got %2").arg(schemaId(), describe(schema)));
    if (Status s = checkKeys(root, QStringLiteral("$"),
                             {"schema", "id", "version", "election", "vote_fields", "other_fields", "layout",
                              "coalitions", "candidates"});
        !s)
        return s.takeError();

    ElectionTemplate t;
    const QString top = QStringLiteral("$");
    if (Status s = readString(root, top, "id", &t.m_id); !s)
        return s.takeError();
    // The id travels in every record, QR label and publication: short, plain, no separators.
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!plainId.match(t.m_id).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("$.id: \"%1\" must be 1 to 64 ASCII letters, digits, '.', '_' or '-'").arg(t.m_id.left(80)));
    if (Status s = readInt(root, top, "version", 1, std::numeric_limits<int>::max(), &t.m_version); !s)
        return s.takeError();

    QJsonObject election;
    if (Status s
        = readObject(root, top, "election",
                     {"id", "tipo_acta", "tipo_acta_rp_especiales", "name", "publication_utc_offset_min"}, &election);
        !s)
        return s.takeError();
    const QString ePath = QStringLiteral("$.election");
    if (Status s = readString(election, ePath, "id", &t.m_electionId); !s)
        return s.takeError();
    if (Status s = readInt(election, ePath, "tipo_acta", 1, 99, &t.m_actaType); !s)
        return s.takeError();
    if (election.contains(QLatin1String("tipo_acta_rp_especiales"))) {
        int rp = 0;
        if (Status s = readInt(election, ePath, "tipo_acta_rp_especiales", 1, 99, &rp); !s)
            return s.takeError();
        if (rp == t.m_actaType)
            return fail(ErrorCode::InvalidInput,
                        tr("$.election.tipo_acta_rp_especiales: %1 is already the main acta's tipo_acta").arg(rp));
        t.m_rpActaType = rp;
    }
    if (Status s = readText(election, ePath, "name", &t.m_electionName); !s)
        return s.takeError();
    if (Status s = checkPublishedName(t.m_electionName.es, ePath + QStringLiteral(".name.es")); !s)
        return s.takeError();
    if (election.contains(QLatin1String("publication_utc_offset_min"))) {
        int offset = 0;
        if (Status s = readInt(election, ePath, "publication_utc_offset_min", -720, 840, &offset); !s)
            return s.takeError();
        t.m_publicationUtcOffset = offset;
    }

    if (Status s = readFieldList(root, "vote_fields", true, &t.m_voteFields); !s)
        return s.takeError();
    if (Status s = readFieldList(root, "other_fields", false, &t.m_otherFields); !s)
        return s.takeError();
    if (Status s = readLayout(root, &t.m_layout); !s)
        return s.takeError();

    // The index is needed by field() in the relation checks; ids are unique once they pass.
    const QList<TemplateField> all = t.allFields();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (!t.m_index.contains(all.at(i).id))
            t.m_index.insert(all.at(i).id, int(i));
    if (Status s = checkFieldRelations(t); !s)
        return s.takeError();
    if (Status s = readCoalitions(root, &t); !s)
        return s.takeError();
    if (Status s = readCandidates(root, &t); !s)
        return s.takeError();
    if (Status s = checkGeometry(t); !s)
        return s.takeError();
    return t;
}

} // namespace acta
