#include "Receipt.h"

#include "CanonicalJson.h"
#include "Clock.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace acta {

namespace {
const QString FormatKey = QStringLiteral("format");
const QString HubKeyKey = QStringLiteral("hub_key");
const QString StationKey = QStringLiteral("station_id");
const QString SeqKey = QStringLiteral("seq");
const QString ClaveKey = QStringLiteral("clave_acta");
const QString VersionKey = QStringLiteral("version");
const QString ShaKey = QStringLiteral("record_sha256");
const QString ReceivedKey = QStringLiteral("received_at");
const QString AuditHeadKey = QStringLiteral("audit_head"); // optional
const QString ReceiptField = QStringLiteral("receipt");
const QString SignatureField = QStringLiteral("signature");

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

// A positive integer that JSON readers hold exactly.
bool positiveInteger(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 1 || d > double(CanonicalJson::MaxInteger) || d != double(qint64(d)))
        return false;
    *out = qint64(d);
    return true;
}
} // namespace

Result<QJsonObject> Receipt::toJson() const
{
    if (!SigningKey::isFingerprint(hubKey))
        return fail(ErrorCode::InvalidInput, tr("The receipt has no valid hub key fingerprint."));
    if (stationId.isEmpty() || clave.isEmpty() || seq < 1 || version < 1)
        return fail(ErrorCode::InvalidInput, tr("The receipt lacks the station, sequence, acta or version."));
    if (!isSha256Hex(recordSha256))
        return fail(ErrorCode::InvalidInput, tr("The receipt's record hash is not 64 lowercase hex digits."));
    if (!receivedAt.isValid())
        return fail(ErrorCode::InvalidInput, tr("The receipt has no reception time."));
    if (auditHead && (auditHead->seq < 1 || !AuditHeadJson::isHash(auditHead->hash)))
        return fail(ErrorCode::InvalidInput, tr("The receipt's audit head is not a sequence number with a hash."));
    QJsonObject o {
        {FormatKey, Format}, {HubKeyKey, hubKey},   {StationKey, stationId}, {SeqKey, seq},
        {ClaveKey, clave},   {VersionKey, version}, {ShaKey, recordSha256},  {ReceivedKey, toStoredUtc(receivedAt)}};
    if (auditHead)
        o.insert(AuditHeadKey, auditHead->toJson());
    return o;
}

Result<QByteArray> Receipt::canonicalBytes() const
{
    Result<QJsonObject> o = toJson();
    if (!o)
        return o.takeError();
    return CanonicalJson::serialize(*o);
}

Result<Receipt> Receipt::fromJson(const QJsonObject &o, const QString &path)
{
    static const QStringList keys {FormatKey, HubKeyKey, StationKey, SeqKey, ClaveKey, VersionKey, ShaKey, ReceivedKey};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!keys.contains(it.key()) && it.key() != AuditHeadKey)
            return fail(ErrorCode::InvalidInput, tr("%1: unknown field").arg(CanonicalJson::childPath(path, it.key())));
    for (const QString &k : keys)
        if (!o.contains(k))
            return fail(ErrorCode::InvalidInput, tr("%1: missing").arg(CanonicalJson::childPath(path, k)));
    if (o.value(FormatKey).toString() != Format)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected \"%2\"").arg(CanonicalJson::childPath(path, FormatKey), Format));
    Receipt r;
    r.hubKey = o.value(HubKeyKey).toString();
    if (!SigningKey::isFingerprint(r.hubKey))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a key fingerprint").arg(CanonicalJson::childPath(path, HubKeyKey)));
    r.stationId = o.value(StationKey).toString();
    if (r.stationId.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a non-empty string").arg(CanonicalJson::childPath(path, StationKey)));
    r.clave = o.value(ClaveKey).toString();
    if (r.clave.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a non-empty string").arg(CanonicalJson::childPath(path, ClaveKey)));
    if (!positiveInteger(o.value(SeqKey), &r.seq))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected an integer of at least 1").arg(CanonicalJson::childPath(path, SeqKey)));
    if (!positiveInteger(o.value(VersionKey), &r.version))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected an integer of at least 1").arg(CanonicalJson::childPath(path, VersionKey)));
    r.recordSha256 = o.value(ShaKey).toString();
    if (!isSha256Hex(r.recordSha256))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected 64 lowercase hex digits").arg(CanonicalJson::childPath(path, ShaKey)));
    const QString received = o.value(ReceivedKey).toString();
    r.receivedAt = fromStoredUtc(received);
    // Only the one spelling of a time is accepted, as in records.
    if (!r.receivedAt.isValid() || toStoredUtc(r.receivedAt) != received)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a UTC time like 2027-06-06T02:15:30.125Z")
                        .arg(CanonicalJson::childPath(path, ReceivedKey)));
    if (o.contains(AuditHeadKey)) {
        Result<AuditHead> head
            = AuditHeadJson::fromJson(o.value(AuditHeadKey), CanonicalJson::childPath(path, AuditHeadKey));
        if (!head)
            return head.takeError();
        r.auditHead = *head;
    }
    return r;
}

SignedReceipt::SignedReceipt(Receipt receipt, QByteArray signature)
    : m_receipt(std::move(receipt))
    , m_signature(std::move(signature))
{ }

Result<SignedReceipt> SignedReceipt::sign(const Receipt &receipt, const SigningKey &hubKey)
{
    if (receipt.hubKey != hubKey.fingerprint())
        return fail(ErrorCode::Integrity, tr("The receipt names another hub key than the one signing it."));
    Result<QByteArray> bytes = receipt.canonicalBytes();
    if (!bytes)
        return bytes.takeError();
    return SignedReceipt(receipt, hubKey.sign(*bytes));
}

Result<SignedReceipt> SignedReceipt::fromJson(QByteArrayView bytes)
{
    if (bytes.size() > Receipt::MaxSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The receipt is refused: it has %1 bytes, more than the %2 allowed.")
                        .arg(bytes.size())
                        .arg(Receipt::MaxSize));
    Result<QJsonObject> envelope = CanonicalJson::parseObject(bytes, true);
    if (!envelope)
        return fail(envelope.code(), tr("The receipt is refused: %1").arg(envelope.error()));
    for (auto it = envelope->constBegin(); it != envelope->constEnd(); ++it)
        if (it.key() != ReceiptField && it.key() != SignatureField)
            return fail(ErrorCode::InvalidInput,
                        tr("The receipt is refused: %1: unknown field")
                            .arg(CanonicalJson::childPath(QStringLiteral("$"), it.key())));
    const QJsonValue signature = envelope->value(SignatureField);
    const auto decoded
        = QByteArray::fromBase64Encoding(signature.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!signature.isString() || !decoded || decoded.decoded.size() != SigningKey::SignatureSize
        || decoded.decoded.toBase64() != signature.toString().toLatin1())
        return fail(
            ErrorCode::InvalidInput,
            tr("The receipt is refused: $.signature: expected %1 bytes in base64").arg(SigningKey::SignatureSize));
    const QJsonValue receipt = envelope->value(ReceiptField);
    if (!receipt.isObject())
        return fail(ErrorCode::InvalidInput, tr("The receipt is refused: $.receipt: expected an object"));
    Result<Receipt> parsed = Receipt::fromJson(receipt.toObject(), QStringLiteral("$.receipt"));
    if (!parsed)
        return fail(parsed.code(), tr("The receipt is refused: %1").arg(parsed.error()));
    return SignedReceipt(std::move(parsed).value(), decoded.decoded);
}

QByteArray SignedReceipt::toJson() const
{
    // sign() and fromJson() only build receipts that serialize.
    Result<QJsonObject> receipt = m_receipt.toJson();
    Q_ASSERT(receipt.isOk());
    const QJsonObject o {{ReceiptField, receipt ? *receipt : QJsonObject()},
                         {SignatureField, QString::fromLatin1(m_signature.toBase64())}};
    Result<QByteArray> bytes = CanonicalJson::serialize(o);
    Q_ASSERT(bytes.isOk());
    return bytes ? *bytes : QByteArray();
}

Status SignedReceipt::verify(QByteArrayView hubPublicKey) const
{
    if (SigningKey::fingerprintOf(hubPublicKey) != m_receipt.hubKey)
        return fail(ErrorCode::Integrity,
                    tr("The receipt was signed by hub key %1, not by the pinned hub key %2.")
                        .arg(m_receipt.hubKey, SigningKey::fingerprintOf(hubPublicKey)));
    Result<QByteArray> bytes = m_receipt.canonicalBytes();
    if (!bytes)
        return bytes.takeError();
    Status ok = SigningKey::verify(hubPublicKey, *bytes, m_signature);
    if (!ok)
        return fail(ErrorCode::Integrity, tr("The receipt's signature does not hold: %1").arg(ok.error()));
    return {};
}

} // namespace acta
