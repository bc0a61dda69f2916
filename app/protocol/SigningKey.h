#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace acta {

// A station's Ed25519 signing key (libsodium crypto_sign_*). The secret half lives only in
// SecureBytes; the public half and its fingerprint are what the central site enrols.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr qsizetype SeedSize = 32;
    static constexpr qsizetype PublicKeySize = 32;
    static constexpr qsizetype SecretKeySize = 64; // seed followed by the public key
    static constexpr qsizetype SignatureSize = 64;

    static SigningKey generate();
    // Deterministic: the same 32-byte seed always gives the same key (known-answer tests).
    static Result<SigningKey> fromSeed(const SecureBytes &seed);
    // What secretKey() returned, e.g. read back from station.signing_secret_key.
    static Result<SigningKey> fromSecretKey(const SecureBytes &secretKey);

    const QByteArray &publicKey() const { return m_publicKey; }
    QString fingerprint() const { return fingerprintOf(m_publicKey); }
    // A copy of the 64 secret bytes, to be stored encrypted (the station store).
    SecureBytes secretKey() const { return m_secretKey.clone(); }

    // A detached signature of the message (64 bytes).
    QByteArray sign(QByteArrayView message) const;

    // The first 16 bytes of BLAKE2b-256(public key), hex, in groups of four:
    // "a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90". Short enough to read aloud on the phone.
    static QString fingerprintOf(QByteArrayView publicKey);
    static bool isFingerprint(const QString &text);
    // Checks a detached signature; the message says why it was refused.
    static Status verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    SigningKey(SigningKey &&) noexcept = default;
    SigningKey &operator=(SigningKey &&) noexcept = default;

private:
    SigningKey(SecureBytes secretKey, QByteArray publicKey);

    SecureBytes m_secretKey;
    QByteArray m_publicKey;
};

// Who a station is to the central site: its id and name and the key that signs its records.
struct StationIdentity
{
    QString stationId;
    QString name;
    SigningKey key;
};

} // namespace acta
