#include "SignedRecord.h"

#include "CanonicalJson.h"
#include "ProtocolLog.h"

#include <QJsonObject>

namespace acta {

namespace {
const QString KeyField = QStringLiteral("key");
const QString RecordField = QStringLiteral("record");
const QString SignatureField = QStringLiteral("signature");
} // namespace

SignedRecord::SignedRecord(SyncRecord record, QByteArray signature, QString fingerprint)
    : m_record(std::move(record))
    , m_signature(std::move(signature))
    , m_fingerprint(std::move(fingerprint))
{ }

Result<SignedRecord> SignedRecord::sign(const SyncRecord &record, const SigningKey &key)
{
    Result<QByteArray> bytes = SyncRecordJson::canonicalBytes(record);
    if (!bytes)
        return bytes.takeError();
    return SignedRecord(record, key.sign(*bytes), key.fingerprint());
}

Result<SignedRecord> SignedRecord::fromEnvelope(QByteArrayView bytes, SyncRecordJson::Rules rules)
{
    if (bytes.size() > MaxEnvelopeSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The signed record is refused: it has %1 bytes, more than the %2 allowed.")
                        .arg(bytes.size())
                        .arg(MaxEnvelopeSize));
    Result<QJsonObject> envelope = CanonicalJson::parseObject(bytes, true);
    if (!envelope)
        return fail(envelope.code(), tr("The signed record is refused: %1").arg(envelope.error()));
    for (auto it = envelope->constBegin(); it != envelope->constEnd(); ++it)
        if (it.key() != KeyField && it.key() != RecordField && it.key() != SignatureField)
            return fail(ErrorCode::InvalidInput,
                        tr("The signed record is refused: %1: unknown field")
                            .arg(CanonicalJson::childPath(QStringLiteral("$"), it.key())));
    const QJsonValue key = envelope->value(KeyField);
    if (!key.isString() || !SigningKey::isFingerprint(key.toString()))
        return fail(ErrorCode::InvalidInput,
                    tr("The signed record is refused: $.key: expected a key fingerprint like "
                       "a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90"));
    const QJsonValue signature = envelope->value(SignatureField);
    const auto decoded
        = QByteArray::fromBase64Encoding(signature.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    // Only the one base64 spelling of the 64 bytes (padding, no line breaks) is accepted.
    if (!signature.isString() || !decoded || decoded.decoded.size() != SigningKey::SignatureSize
        || decoded.decoded.toBase64() != signature.toString().toLatin1())
        return fail(ErrorCode::InvalidInput,
                    tr("The signed record is refused: $.signature: expected %1 bytes in base64")
                        .arg(SigningKey::SignatureSize));
    const QJsonValue record = envelope->value(RecordField);
    if (!record.isObject())
        return fail(ErrorCode::InvalidInput, tr("The signed record is refused: $.record: expected an object"));
    Result<SyncRecord> parsed = SyncRecordJson::fromJson(record.toObject(), QStringLiteral("$.record"), rules);
    if (!parsed)
        return fail(parsed.code(), tr("The signed record is refused: %1").arg(parsed.error()));
    return SignedRecord(std::move(parsed).value(), decoded.decoded, key.toString());
}

QByteArray SignedRecord::envelope() const
{
    // sign() and fromEnvelope() only build records that serialize.
    Result<QJsonObject> record = SyncRecordJson::toJson(m_record);
    Q_ASSERT(record.isOk());
    const QJsonObject o {{KeyField, m_fingerprint},
                         {RecordField, record ? *record : QJsonObject()},
                         {SignatureField, QString::fromLatin1(m_signature.toBase64())}};
    Result<QByteArray> bytes = CanonicalJson::serialize(o);
    Q_ASSERT(bytes.isOk());
    return bytes ? *bytes : QByteArray();
}

Status SignedRecord::verify(QByteArrayView publicKey) const
{
    const QString fingerprint = SigningKey::fingerprintOf(publicKey);
    if (fingerprint != m_fingerprint)
        return fail(ErrorCode::Integrity,
                    tr("Record %1 of station %2 names key %3, not the key %4 it is checked with.")
                        .arg(m_record.seq)
                        .arg(m_record.stationId, m_fingerprint, fingerprint));
    Result<QByteArray> bytes = SyncRecordJson::canonicalBytes(m_record);
    if (!bytes)
        return bytes.takeError();
    if (Status s = SigningKey::verify(publicKey, *bytes, m_signature); !s) {
        qCDebug(lcProtocol) << "refused record" << m_record.stationId << m_record.seq;
        return fail(s.code(),
                    tr("Record %1 of station %2 is refused: %3").arg(m_record.seq).arg(m_record.stationId, s.error()));
    }
    return {};
}

} // namespace acta
