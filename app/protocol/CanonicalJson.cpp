#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QList>

#include <algorithm>
#include <cmath>
#include <optional>

namespace acta {

namespace {

// A string's UTF-8 bytes, or nothing when it holds an unpaired surrogate.
std::optional<QByteArray> utf8(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return std::nullopt;
    }
    return text.toUtf8();
}

// RFC 8259 section 7 with the fewest escapes: only '"', '\' and U+0000..U+001F, the
// latter with the two-character forms where JSON has them, else \u00xx (lowercase hex).
void appendString(QByteArray &out, const QByteArray &bytes)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

Status write(QByteArray &out, const QJsonValue &value, const QString &path)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out.append("null");
        return {};
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        return {};
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Integers only: a float has no spelling every implementation agrees on.
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > double(CanonicalJson::MaxInteger))
            return fail(ErrorCode::InvalidInput,
                        CanonicalJson::tr("%1: expected an integer between -%2 and %2")
                            .arg(path)
                            .arg(CanonicalJson::MaxInteger));
        const auto n = static_cast<qint64>(d);
        out.append(QByteArray::number(n)); // -0.0 becomes 0
        return {};
    }
    case QJsonValue::String: {
        const std::optional<QByteArray> bytes = utf8(value.toString());
        if (!bytes)
            return fail(ErrorCode::InvalidInput,
                        CanonicalJson::tr("%1: the text holds an unpaired surrogate").arg(path));
        appendString(out, *bytes);
        return {};
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (Status s = write(out, a.at(i), CanonicalJson::itemPath(path, i)); !s)
                return s;
        }
        out.append(']');
        return {};
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        // UTF-8 byte order is code point order (QJsonObject keeps UTF-16 order, which
        // differs for characters beyond U+FFFF).
        QList<std::pair<QByteArray, QString>> keys;
        keys.reserve(o.size());
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const std::optional<QByteArray> k = utf8(it.key());
            if (!k)
                return fail(ErrorCode::InvalidInput,
                            CanonicalJson::tr("%1: a key holds an unpaired surrogate").arg(path));
            keys.append({*k, it.key()});
        }
        std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        out.append('{');
        bool first = true;
        for (const auto &[bytes, key] : keys) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, bytes);
            out.append(':');
            if (Status s = write(out, o.value(key), CanonicalJson::childPath(path, key)); !s)
                return s;
        }
        out.append('}');
        return {};
    }
    case QJsonValue::Undefined:
        break;
    }
    return fail(ErrorCode::InvalidInput, CanonicalJson::tr("%1: the value is undefined").arg(path));
}

} // namespace

Result<QByteArray> CanonicalJson::serialize(const QJsonValue &value)
{
    QByteArray out;
    if (Status s = write(out, value, QStringLiteral("$")); !s)
        return s.takeError();
    return out;
}

Result<QJsonObject> CanonicalJson::parseObject(QByteArrayView bytes, bool requireCanonical)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(ErrorCode::InvalidInput,
                    tr("$: not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput, tr("$: expected a JSON object"));
    const QJsonObject object = doc.object();
    if (requireCanonical) {
        // Re-spelling what was read and comparing catches every other spelling of the same
        // data: whitespace, key order, duplicate keys, "\/" or "\u00e9" escapes, 1.0 or 1e0.
        Result<QByteArray> canonical = serialize(object);
        if (!canonical)
            return canonical.takeError();
        if (*canonical != bytes)
            return fail(ErrorCode::InvalidInput,
                        tr("$: the document is not in canonical form (whitespace, key order, escapes or "
                           "number spelling differ from docs/protocol.md)"));
    }
    return object;
}

QString CanonicalJson::childPath(const QString &parent, const QString &key)
{
    return parent + QLatin1Char('.') + key;
}

QString CanonicalJson::itemPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace acta
