#include "EnrollmentRequest.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "ProtocolLog.h"
#include "SigningKey.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace acta {

namespace {
const QString FormatKey = QStringLiteral("format");
const QString StationIdKey = QStringLiteral("station_id");
const QString StationNameKey = QStringLiteral("station_name");
const QString PublicKeyKey = QStringLiteral("public_key");
const QString FingerprintKey = QStringLiteral("fingerprint");
const QString CreatedAtKey = QStringLiteral("created_at");
} // namespace

EnrollmentRequest EnrollmentRequest::forKey(const QString &stationId, const QString &stationName, const SigningKey &key,
                                            const QDateTime &createdAt)
{
    return {stationId, stationName, key.publicKey(), createdAt.toUTC()};
}

QString EnrollmentRequest::fingerprint() const
{
    return SigningKey::fingerprintOf(publicKey);
}

Result<QByteArray> EnrollmentRequest::toJson() const
{
    if (stationId.isEmpty() || stationName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("An enrollment request needs the station's id and name."));
    if (publicKey.size() != SigningKey::PublicKeySize)
        return fail(ErrorCode::InvalidInput,
                    tr("An enrollment request needs a %1-byte public key.").arg(SigningKey::PublicKeySize));
    if (!createdAt.isValid())
        return fail(ErrorCode::InvalidInput, tr("An enrollment request needs its creation time."));
    const QJsonObject o {{FormatKey, Format},
                         {StationIdKey, stationId},
                         {StationNameKey, stationName},
                         {PublicKeyKey, QString::fromLatin1(publicKey.toHex())},
                         {FingerprintKey, fingerprint()},
                         {CreatedAtKey, toStoredUtc(createdAt)}};
    Result<QByteArray> bytes = CanonicalJson::serialize(o);
    if (!bytes)
        return bytes.takeError();
    return QByteArray(*bytes + '\n');
}

Result<EnrollmentRequest> EnrollmentRequest::fromJson(QByteArrayView bytes)
{
    // Not signed, so any valid JSON spelling is read; the content is checked field by field.
    Result<QJsonObject> parsed = CanonicalJson::parseObject(bytes, false);
    if (!parsed)
        return parsed.takeError();
    const QJsonObject &o = *parsed;
    const QStringList known {FormatKey, StationIdKey, StationNameKey, PublicKeyKey, FingerprintKey, CreatedAtKey};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!known.contains(it.key()))
            return fail(ErrorCode::InvalidInput,
                        tr("%1: unknown field").arg(CanonicalJson::childPath(QStringLiteral("$"), it.key())));
    for (const QString &k : known) {
        const QString where = CanonicalJson::childPath(QStringLiteral("$"), k);
        if (!o.contains(k))
            return fail(ErrorCode::InvalidInput, tr("%1: missing").arg(where));
        if (!o.value(k).isString() || o.value(k).toString().trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput, tr("%1: expected a non-empty string").arg(where));
    }
    if (o.value(FormatKey).toString() != Format)
        return fail(ErrorCode::InvalidInput,
                    tr("$.format: expected \"%1\", found \"%2\"").arg(Format, o.value(FormatKey).toString()));

    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    const QString keyHex = o.value(PublicKeyKey).toString();
    if (!hex.match(keyHex).hasMatch())
        return fail(ErrorCode::InvalidInput, tr("$.public_key: expected 64 lowercase hexadecimal digits"));
    EnrollmentRequest r;
    r.stationId = o.value(StationIdKey).toString();
    r.stationName = o.value(StationNameKey).toString();
    r.publicKey = QByteArray::fromHex(keyHex.toLatin1());
    const QString created = o.value(CreatedAtKey).toString();
    r.createdAt = fromStoredUtc(created);
    if (!r.createdAt.isValid() || toStoredUtc(r.createdAt) != created)
        return fail(ErrorCode::InvalidInput, tr("$.created_at: expected a UTC time like 2027-06-06T18:00:00.000Z"));
    // A mistyped or altered key shows here rather than at the first refused record.
    if (o.value(FingerprintKey).toString() != r.fingerprint())
        return fail(ErrorCode::Integrity,
                    tr("$.fingerprint: %1 is not the fingerprint of the public key (%2)")
                        .arg(o.value(FingerprintKey).toString(), r.fingerprint()));
    return r;
}

Status EnrollmentRequest::write(const QString &path) const
{
    Result<QByteArray> bytes = toJson();
    if (!bytes)
        return bytes.takeError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write the enrollment request %1: %2").arg(path, file.errorString()));
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return fail(ErrorCode::Io, tr("Cannot write the enrollment request %1: %2").arg(path, file.errorString()));
    qCInfo(lcProtocol) << "wrote enrollment request for" << stationId << "key" << fingerprint() << "to" << path;
    return {};
}

Result<EnrollmentRequest> EnrollmentRequest::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read the enrollment request %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxFileSize)
        return fail(ErrorCode::InvalidInput, tr("%1 is too large to be an enrollment request.").arg(path));
    Result<EnrollmentRequest> r = fromJson(file.readAll());
    if (!r)
        return fail(r.code(), tr("%1 is not a valid enrollment request: %2").arg(path, r.error()));
    return r;
}

} // namespace acta
