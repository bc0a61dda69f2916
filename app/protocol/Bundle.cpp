#include "Bundle.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "Sha256.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace acta {

namespace {

const QString BundleKey = QStringLiteral("bundle");
const QString SignatureKey = QStringLiteral("signature");

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

Result<QByteArray> fromBase64(const QJsonValue &v)
{
    const auto decoded
        = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!v.isString() || !decoded)
        return fail(ErrorCode::InvalidInput, QString());
    return decoded.decoded;
}

} // namespace

Result<QByteArray> Bundle::write(const QString &stationId, const QDateTime &createdAt,
                                 const QList<SignedRecord> &records, const QList<Image> &images,
                                 const SigningKey &stationKey)
{
    QJsonArray recordArray;
    for (const SignedRecord &r : records) {
        Result<QJsonObject> envelope = CanonicalJson::parseObject(r.envelope(), true);
        if (!envelope)
            return envelope.takeError();
        recordArray.append(*envelope);
    }
    QJsonArray imageArray;
    for (const Image &i : images)
        imageArray.append(QJsonObject {{QStringLiteral("sha256"), i.sha256},
                                       {QStringLiteral("data"), QString::fromLatin1(i.bytes.toBase64())}});
    const QJsonObject bundle {{QStringLiteral("format"), Format},
                              {QStringLiteral("station_id"), stationId},
                              {QStringLiteral("key"), stationKey.fingerprint()},
                              {QStringLiteral("created_at"), toStoredUtc(createdAt)},
                              {QStringLiteral("records"), recordArray},
                              {QStringLiteral("images"), imageArray}};
    Result<QByteArray> bundleBytes = CanonicalJson::serialize(bundle);
    if (!bundleBytes)
        return bundleBytes.takeError();
    const QByteArray signature = stationKey.sign(*bundleBytes);
    // The outer object is written by hand around the already canonical member: serializing the
    // whole again would cost another copy of every image.
    QByteArray file;
    file.reserve(bundleBytes->size() + 128);
    file += "{\"bundle\":";
    file += *bundleBytes;
    file += ",\"signature\":\"";
    file += signature.toBase64();
    file += "\"}";
    if (file.size() > MaxSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The bundle would have %1 bytes, more than the %2 a hub reads; sync part of the outbox "
                       "first or carry it in several trips.")
                        .arg(file.size())
                        .arg(MaxSize));
    return file;
}

Result<Bundle> Bundle::read(QByteArrayView bytes)
{
    if (bytes.size() > MaxSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The bundle has %1 bytes, more than the %2 allowed.").arg(bytes.size()).arg(MaxSize));
    // The signed member's exact bytes: the file is canonical, so they sit between the fixed
    // opening and the signature member.
    const QByteArrayView head("{\"bundle\":");
    const qsizetype sigAt = bytes.lastIndexOf(QByteArrayView(",\"signature\":\""));
    if (!bytes.startsWith(head) || sigAt < 0 || !bytes.endsWith(QByteArrayView("\"}")))
        return fail(ErrorCode::InvalidInput,
                    tr("This is not an ActaCapture bundle (%1): it does not start with the bundle member and end "
                       "with its signature.")
                        .arg(Format));
    Bundle b;
    b.m_signedBytes = bytes.sliced(head.size(), sigAt - head.size()).toByteArray();
    const QByteArray sigText = bytes.sliced(sigAt + 14, bytes.size() - sigAt - 14 - 2).toByteArray();
    Result<QByteArray> sig = fromBase64(QString::fromLatin1(sigText));
    if (!sig || sig->size() != SigningKey::SignatureSize || sig->toBase64() != sigText)
        return fail(ErrorCode::InvalidInput,
                    tr("The bundle's signature is not %1 bytes in base64.").arg(SigningKey::SignatureSize));
    b.m_signature = *sig;

    Result<QJsonObject> o = CanonicalJson::parseObject(b.m_signedBytes, true);
    if (!o)
        return fail(o.code(), tr("The bundle is refused: $.bundle: %1").arg(o.error()));
    const QStringList known {QStringLiteral("format"),     QStringLiteral("station_id"), QStringLiteral("key"),
                             QStringLiteral("created_at"), QStringLiteral("records"),    QStringLiteral("images")};
    for (auto it = o->constBegin(); it != o->constEnd(); ++it)
        if (!known.contains(it.key()))
            return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.%1: unknown field").arg(it.key()));
    if (o->value(QStringLiteral("format")).toString() != Format)
        return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.format: expected \"%1\"").arg(Format));
    b.m_stationId = o->value(QStringLiteral("station_id")).toString();
    if (b.m_stationId.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.station_id: expected a station id"));
    b.m_fingerprint = o->value(QStringLiteral("key")).toString();
    if (!SigningKey::isFingerprint(b.m_fingerprint))
        return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.key: expected a key fingerprint"));
    b.m_createdAt = fromStoredUtc(o->value(QStringLiteral("created_at")).toString());
    if (!b.m_createdAt.isValid())
        return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.created_at: expected a UTC time"));

    const QJsonValue records = o->value(QStringLiteral("records"));
    if (!records.isArray())
        return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.records: expected an array"));
    const QJsonArray recordArray = records.toArray();
    for (qsizetype i = 0; i < recordArray.size(); ++i) {
        const QString path = CanonicalJson::itemPath(QStringLiteral("$.bundle.records"), i);
        Result<QByteArray> envelope = CanonicalJson::serialize(recordArray.at(i));
        if (!envelope)
            return fail(envelope.code(), tr("The bundle is refused: %1: %2").arg(path, envelope.error()));
        Result<SignedRecord> r = SignedRecord::fromEnvelope(*envelope);
        if (!r)
            return fail(r.code(), tr("The bundle is refused: %1: %2").arg(path, r.error()));
        b.m_records.append(std::move(r).value());
    }
    const QJsonValue images = o->value(QStringLiteral("images"));
    if (!images.isArray())
        return fail(ErrorCode::InvalidInput, tr("The bundle is refused: $.bundle.images: expected an array"));
    const QJsonArray imageArray = images.toArray();
    for (qsizetype i = 0; i < imageArray.size(); ++i) {
        const QString path = CanonicalJson::itemPath(QStringLiteral("$.bundle.images"), i);
        const QJsonObject image = imageArray.at(i).toObject();
        const QString sha = image.value(QStringLiteral("sha256")).toString();
        Result<QByteArray> data = fromBase64(image.value(QStringLiteral("data")));
        if (image.size() != 2 || !isSha256Hex(sha) || !data)
            return fail(
                ErrorCode::InvalidInput,
                tr("The bundle is refused: %1: expected {\"data\": base64, \"sha256\": 64 hex digits}").arg(path));
        if (sha256Hex(*data) != sha)
            return fail(ErrorCode::Integrity,
                        tr("The bundle is refused: %1: the image's SHA-256 is not %2").arg(path, sha));
        b.m_images.append({sha, std::move(data).value()});
    }
    return b;
}

Status Bundle::verify(QByteArrayView stationPublicKey) const
{
    if (SigningKey::fingerprintOf(stationPublicKey) != m_fingerprint)
        return fail(ErrorCode::Integrity,
                    tr("The bundle is signed with key %1, not with the key enrolled for station %2.")
                        .arg(m_fingerprint, m_stationId));
    if (Status s = SigningKey::verify(stationPublicKey, m_signedBytes, m_signature); !s)
        return fail(ErrorCode::Integrity, tr("The bundle's signature does not hold: %1").arg(s.error()));
    return {};
}

} // namespace acta
