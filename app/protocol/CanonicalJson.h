#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace acta {

// The one byte spelling of a JSON value that signatures cover (docs/protocol.md,
// "Canonical serialization"): UTF-8, object keys sorted by code point, no whitespace,
// integers only, minimal string escapes. Written here rather than by QJsonDocument, whose
// Compact output promises no particular key order, escape set or number spelling.
class CanonicalJson
{
    Q_DECLARE_TR_FUNCTIONS(CanonicalJson)

public:
    // Largest integer every JSON reader holds exactly (I-JSON, RFC 7493): 2^53 - 1.
    static constexpr qint64 MaxInteger = 9007199254740991LL;

    // Fails on a number that is not an integer within +/-MaxInteger and on a string
    // holding an unpaired surrogate (it has no UTF-8 spelling).
    static Result<QByteArray> serialize(const QJsonValue &value);

    // Parses one JSON object. With requireCanonical, the bytes must be exactly the
    // canonical spelling of what they hold (no whitespace, sorted keys, no duplicate key).
    static Result<QJsonObject> parseObject(QByteArrayView bytes, bool requireCanonical);

    // "$.values.PLU", "$.entered_by[1]": where a problem is, for error messages.
    static QString childPath(const QString &parent, const QString &key);
    static QString itemPath(const QString &parent, qsizetype index);
};

} // namespace acta
