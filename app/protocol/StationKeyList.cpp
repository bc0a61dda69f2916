#include "StationKeyList.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "SigningKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace acta {

namespace {
const QString FormatKey = QStringLiteral("format");
const QString KeysKey = QStringLiteral("keys");
const QString StationKey = QStringLiteral("station_id");
const QString PublicKeyKey = QStringLiteral("public_key");
const QString FingerprintKey = QStringLiteral("fingerprint");
const QString EnrolledKey = QStringLiteral("enrolled_at");
const QString RevokedKey = QStringLiteral("revoked_at");

// A stored time in its one spelling, or an invalid QDateTime.
QDateTime storedTime(const QJsonValue &v)
{
    const QDateTime t = fromStoredUtc(v.toString());
    return v.isString() && t.isValid() && toStoredUtc(t) == v.toString() ? t : QDateTime();
}
} // namespace

bool StationKeyList::isStationId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}\\z"));
    return re.match(id).hasMatch();
}

const PublishedStationKey *StationKeyList::byFingerprint(const QString &fingerprint) const
{
    for (const PublishedStationKey &k : keys)
        if (SigningKey::fingerprintOf(k.publicKey) == fingerprint)
            return &k;
    return nullptr;
}

Result<QByteArray> StationKeyList::toJson() const
{
    QJsonArray list;
    for (const PublishedStationKey &k : keys) {
        if (!isStationId(k.stationId) || k.publicKey.size() != SigningKey::PublicKeySize || !k.enrolledAt.isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("The key of station %1 cannot be published: it lacks its id, key or enrollment time.")
                            .arg(k.stationId.left(64)));
        list.append(QJsonObject {{StationKey, k.stationId},
                                 {PublicKeyKey, QString::fromLatin1(k.publicKey.toBase64())},
                                 {FingerprintKey, SigningKey::fingerprintOf(k.publicKey)},
                                 {EnrolledKey, toStoredUtc(k.enrolledAt)},
                                 {RevokedKey, k.revokedAt ? QJsonValue(toStoredUtc(*k.revokedAt)) : QJsonValue()}});
    }
    Result<QByteArray> bytes = CanonicalJson::serialize(QJsonObject {{FormatKey, Format}, {KeysKey, list}});
    if (!bytes)
        return bytes.takeError();
    return QByteArray(*bytes + '\n');
}

Result<StationKeyList> StationKeyList::parse(QByteArrayView bytes)
{
    if (bytes.size() > MaxSize)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has %2 bytes, more than the %3 allowed.").arg(fileName()).arg(bytes.size()).arg(MaxSize));
    // Covered by the signed manifest by its hash, so any JSON spelling of it is read.
    Result<QJsonObject> o = CanonicalJson::parseObject(bytes, false);
    if (!o)
        return o.takeError();
    if (o->value(FormatKey).toString() != Format)
        return fail(ErrorCode::Incompatible, tr("$.format: expected \"%1\"").arg(Format));
    if (!o->value(KeysKey).isArray())
        return fail(ErrorCode::InvalidInput, tr("$.keys: expected an array"));
    StationKeyList list;
    const QJsonArray keys = o->value(KeysKey).toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString path = CanonicalJson::itemPath(QStringLiteral("$.keys"), i);
        const QJsonObject k = keys.at(i).toObject();
        PublishedStationKey key;
        key.stationId = k.value(StationKey).toString();
        const auto decoded = QByteArray::fromBase64Encoding(k.value(PublicKeyKey).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        key.publicKey = decoded.decoded;
        key.enrolledAt = storedTime(k.value(EnrolledKey));
        if (!isStationId(key.stationId) || !decoded || key.publicKey.size() != SigningKey::PublicKeySize
            || !key.enrolledAt.isValid())
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected a station id, a %2-byte public key in base64 and an enrollment time")
                            .arg(path)
                            .arg(SigningKey::PublicKeySize));
        if (k.value(FingerprintKey).toString() != SigningKey::fingerprintOf(key.publicKey))
            return fail(ErrorCode::InvalidInput, tr("%1.fingerprint: not the fingerprint of its public key").arg(path));
        if (!k.value(RevokedKey).isNull() && !k.value(RevokedKey).isUndefined()) {
            const QDateTime revoked = storedTime(k.value(RevokedKey));
            if (!revoked.isValid())
                return fail(ErrorCode::InvalidInput, tr("%1.revoked_at: expected a UTC time or null").arg(path));
            key.revokedAt = revoked;
        }
        list.keys.append(key);
    }
    return list;
}

} // namespace acta
