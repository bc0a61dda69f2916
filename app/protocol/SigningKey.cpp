#include "SigningKey.h"

#include "ProtocolLog.h"

#include <QRegularExpression>

#include <sodium.h>

namespace acta {

static_assert(SigningKey::SeedSize == crypto_sign_SEEDBYTES);
static_assert(SigningKey::PublicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(SigningKey::SecretKeySize == crypto_sign_SECRETKEYBYTES);
static_assert(SigningKey::SignatureSize == crypto_sign_BYTES);

SigningKey::SigningKey(SecureBytes secretKey, QByteArray publicKey)
    : m_secretKey(std::move(secretKey))
    , m_publicKey(std::move(publicKey))
{ }

SigningKey SigningKey::generate()
{
    ensureSodium();
    SecureBytes secret(SecretKeySize);
    QByteArray pub(PublicKeySize, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pub.data()), secret.data());
    return SigningKey(std::move(secret), std::move(pub));
}

Result<SigningKey> SigningKey::fromSeed(const SecureBytes &seed)
{
    if (seed.size() != SeedSize)
        return fail(ErrorCode::InvalidInput,
                    tr("A signing key seed has %1 bytes, not %2.").arg(seed.size()).arg(SeedSize));
    ensureSodium();
    SecureBytes secret(SecretKeySize);
    QByteArray pub(PublicKeySize, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pub.data()), secret.data(), seed.data());
    return SigningKey(std::move(secret), std::move(pub));
}

Result<SigningKey> SigningKey::fromSecretKey(const SecureBytes &secretKey)
{
    if (secretKey.size() != SecretKeySize)
        return fail(ErrorCode::InvalidInput,
                    tr("A stored signing key has %1 bytes, not %2.").arg(secretKey.size()).arg(SecretKeySize));
    // The stored public half must be the one the seed gives: otherwise every signature
    // would be made with a key the central site does not know.
    SecureBytes seed = SecureBytes::copyOf(QByteArrayView(secretKey.constChars(), SeedSize));
    Result<SigningKey> key = fromSeed(seed);
    if (!key)
        return key;
    if (key->m_publicKey != QByteArrayView(secretKey.constChars() + SeedSize, PublicKeySize))
        return fail(ErrorCode::Integrity,
                    tr("The stored signing key is damaged: its public half does not match its secret half."));
    return key;
}

QByteArray SigningKey::sign(QByteArrayView message) const
{
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
                         m_secretKey.data());
    return signature;
}

QString SigningKey::fingerprintOf(QByteArrayView publicKey)
{
    ensureSodium();
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.data()),
                       size_t(publicKey.size()), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(hash), 16).toHex();
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out.append(QLatin1Char('-'));
        out.append(QLatin1String(hex.mid(i, 4)));
    }
    return out;
}

bool SigningKey::isFingerprint(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{4}(-[0-9a-f]{4}){7}\\z"));
    return pattern.match(text).hasMatch();
}

Status SigningKey::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    if (publicKey.size() != PublicKeySize)
        return fail(ErrorCode::InvalidInput,
                    tr("A public key has %1 bytes, not %2.").arg(publicKey.size()).arg(PublicKeySize));
    if (signature.size() != SignatureSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The signature has %1 bytes, not %2.").arg(signature.size()).arg(SignatureSize));
    ensureSodium();
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.data()),
                                    reinterpret_cast<const unsigned char *>(message.data()), size_t(message.size()),
                                    reinterpret_cast<const unsigned char *>(publicKey.data()))
        != 0) {
        qCDebug(lcProtocol) << "signature refused for key" << fingerprintOf(publicKey);
        return fail(ErrorCode::Integrity,
                    tr("The signature does not match: the document was changed after it was signed, or "
                       "another key signed it."));
    }
    return {};
}

} // namespace acta
