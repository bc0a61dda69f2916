#include "AuditHead.h"

#include "CanonicalJson.h"

#include <QRegularExpression>

#include <cmath>

namespace acta {

namespace {
const QString SeqKey = QStringLiteral("seq");
const QString HashKey = QStringLiteral("hash");
} // namespace

QJsonObject AuditHead::toJson() const
{
    return QJsonObject {{SeqKey, double(seq)}, {HashKey, hash}};
}

bool AuditHeadJson::isHash(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
    return re.match(text).hasMatch();
}

Result<AuditHead> AuditHeadJson::fromJson(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(ErrorCode::InvalidInput, tr("%1: expected an object with seq and hash").arg(path));
    const QJsonObject o = value.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (it.key() != SeqKey && it.key() != HashKey)
            return fail(ErrorCode::InvalidInput, tr("%1: unknown field").arg(CanonicalJson::childPath(path, it.key())));
    const QJsonValue seq = o.value(SeqKey);
    const double d = seq.toDouble();
    if (!seq.isDouble() || !std::isfinite(d) || std::trunc(d) != d || d < 1 || d > double(CanonicalJson::MaxInteger))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected an integer of at least 1").arg(CanonicalJson::childPath(path, SeqKey)));
    const QString hash = o.value(HashKey).toString();
    if (!isHash(hash))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected 64 lowercase hex digits").arg(CanonicalJson::childPath(path, HashKey)));
    return AuditHead {qint64(d), hash};
}

} // namespace acta
