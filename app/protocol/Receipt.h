#pragma once

#include "AuditHead.h"
#include "Result.h"
#include "SigningKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace acta {

// What the hub answers for a stored record (docs/protocol.md, "Receipt"): proof, signed with
// the hub's Ed25519 key, that this exact record (by the SHA-256 of its canonical bytes) was
// received. The station keeps it; the same record sent again gets the same receipt back.
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    static inline const QString Format = QStringLiteral("actahub.receipt/1");
    static constexpr qsizetype MaxSize = 64 * 1024;

    QString hubKey; // fingerprint of the hub key that signs
    QString stationId;
    qint64 seq = 0;
    QString clave; // CLAVE_ACTA
    qint64 version = 0;
    QString recordSha256; // lowercase hex of SHA-256 over the record's canonical bytes
    QDateTime receivedAt; // UTC, milliseconds: when the hub first stored the record
    // The station's audit head the record carried, witnessed by the hub; left out when the record
    // carried none (so receipts from before keep their signatures).
    std::optional<AuditHead> auditHead;

    Result<QJsonObject> toJson() const;
    Result<QByteArray> canonicalBytes() const;
    static Result<Receipt> fromJson(const QJsonObject &object, const QString &path = QStringLiteral("$"));

    friend bool operator==(const Receipt &, const Receipt &) = default;
};

// A receipt with the hub's detached signature over its canonical bytes, travelling as the
// canonical envelope {"receipt": {...}, "signature": <base64>}.
class SignedReceipt
{
    Q_DECLARE_TR_FUNCTIONS(SignedReceipt)

public:
    static Result<SignedReceipt> sign(const Receipt &receipt, const SigningKey &hubKey);
    // Canonical bytes only; the signature is checked by verify() with the pinned hub key.
    static Result<SignedReceipt> fromJson(QByteArrayView bytes);

    const Receipt &receipt() const { return m_receipt; }
    const QByteArray &signature() const { return m_signature; }
    QByteArray toJson() const; // canonical bytes

    // Checks that the receipt names this key and that the signature holds.
    Status verify(QByteArrayView hubPublicKey) const;

private:
    SignedReceipt(Receipt receipt, QByteArray signature);
    Receipt m_receipt;
    QByteArray m_signature;
};

} // namespace acta
