#include "FieldValue.h"

#include <QJsonDocument>

namespace acta {

FieldValue FieldValue::number(qint64 n)
{
    Q_ASSERT(n >= 0);
    return FieldValue(Kind::Number, n < 0 ? 0 : n);
}

Result<FieldValue> FieldValue::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A field value is empty; write a number, ILEGIBLE or SIN_DATO."));
    if (t.compare(QLatin1String("ILEGIBLE"), Qt::CaseInsensitive) == 0)
        return ilegible();
    if (t.compare(QLatin1String("SIN_DATO"), Qt::CaseInsensitive) == 0
        || t.compare(QLatin1String("Sin dato"), Qt::CaseInsensitive) == 0)
        return sinDato();
    if (t.size() > 9)
        return fail(ErrorCode::InvalidInput, tr("The field value \"%1\" is too long for a vote count.").arg(t));
    qint64 n = 0;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return fail(ErrorCode::InvalidInput,
                        tr("The field value \"%1\" is not a whole number, ILEGIBLE or SIN_DATO.").arg(t));
        n = n * 10 + (c.unicode() - u'0');
    }
    return number(n);
}

QString FieldValue::toStorageString() const
{
    switch (m_kind) {
    case Kind::Number:
        return QString::number(m_number);
    case Kind::Ilegible:
        return QStringLiteral("ILEGIBLE");
    case Kind::SinDato:
        return QStringLiteral("SIN_DATO");
    }
    return {};
}

QString FieldValue::toPublicationString() const
{
    switch (m_kind) {
    case Kind::Number:
        return QString::number(m_number);
    case Kind::Ilegible:
        return QStringLiteral("Ilegible");
    case Kind::SinDato:
        return QStringLiteral("Sin dato");
    }
    return {};
}

QString FieldValue::toDisplayString() const
{
    switch (m_kind) {
    case Kind::Number:
        return QString::number(m_number);
    case Kind::Ilegible:
        return tr("ILLEGIBLE");
    case Kind::SinDato:
        return tr("NO DATA");
    }
    return {};
}

bool Tally::sameFigures(const Tally &other) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (other.value(it.key()) != *it)
            return false;
    for (auto it = other.m_values.cbegin(); it != other.m_values.cend(); ++it)
        if (value(it.key()) != *it)
            return false;
    return true;
}

QJsonObject Tally::toJson() const
{
    QJsonObject o; // QJsonObject keeps its keys sorted
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        o.insert(it.key(), it->toStorageString());
    return o;
}

QString Tally::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

Result<Tally> Tally::fromJson(const QJsonObject &object)
{
    Tally t;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        Result<FieldValue> v = FieldValue::parse(it->toString());
        if (!v)
            return fail(v.code(), tr("Stored value of %1: %2").arg(it.key(), v.error()));
        t.set(it.key(), *v);
    }
    return t;
}

Result<Tally> Tally::fromJsonText(const QString &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput,
                    tr("Stored field values are not a JSON object: %1").arg(error.errorString()));
    return fromJson(doc.object());
}

} // namespace acta
