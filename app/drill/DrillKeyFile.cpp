#include "DrillKeyFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace acta {

namespace {

const QByteArray Magic("ACTACAPTURE-DRILLKEY");
constexpr quint8 Version = 2;
const char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "ACTADRIL";

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

QByteArray DrillSecret::saltFor(quint64 seed)
{
    if (sodium_init() < 0)
        return {}; // derive() reports it
    const QByteArray input = "actacapture-drill-salt/" + QByteArray::number(seed);
    QByteArray salt(KeyDerivation::SaltBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(salt.data()), std::size_t(salt.size()), bytes(input),
                       std::size_t(input.size()), nullptr, 0);
    return salt;
}

Result<DrillSecret> DrillSecret::derive(const SecureBytes &passphrase, const QByteArray &salt,
                                        const Argon2Params &params)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Unavailable, tr("The cryptography library could not start."));
    if (passphrase.size() < 8)
        return fail(ErrorCode::InvalidInput, tr("The answer key's passphrase needs at least 8 characters."));
    Result<SecureBytes> master = KeyDerivation::deriveKey(passphrase, salt, params);
    if (!master)
        return master.takeError();
    DrillSecret s;
    s.m_salt = salt;
    s.m_master = std::make_shared<SecureBytes>(std::move(master).value());
    return s;
}

SecureBytes DrillSecret::subkey(int id) const
{
    SecureBytes k(crypto_secretbox_KEYBYTES);
    crypto_kdf_derive_from_key(k.data(), std::size_t(k.size()), quint64(id), KdfContext, m_master->data());
    return k;
}

quint64 DrillSecret::contentSeed(quint64 seed) const
{
    const SecureBytes k = subkey(1);
    const QByteArray input = QByteArray::number(seed);
    unsigned char out[8];
    crypto_generichash(out, sizeof out, bytes(input), std::size_t(input.size()), k.data(), std::size_t(k.size()));
    return qFromLittleEndian<quint64>(out);
}

Argon2Params DrillKeyFile::maxParams()
{
    const Argon2Params m = Argon2Params::moderate();
    return {m.opslimit * 4, m.memlimit * 4};
}

Result<QByteArray> DrillKeyFile::seal(const DrillKey &key, const DrillSecret &secret, const Argon2Params &params)
{
    const QByteArray plain = key.toBytes();
    const SecureBytes enc = secret.subkey(2), iv = secret.subkey(3);
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(nonce.data()), std::size_t(nonce.size()), bytes(plain),
                       std::size_t(plain.size()), iv.data(), std::size_t(iv.size()));
    QByteArray out = Magic;
    out.append(char(Version));
    char word[8];
    qToBigEndian<quint64>(params.opslimit, word);
    out.append(word, 8);
    qToBigEndian<quint64>(params.memlimit, word);
    out.append(word, 8);
    out.append(secret.salt());
    out.append(nonce);
    const qsizetype header = out.size();
    out.resize(header + crypto_secretbox_MACBYTES + plain.size());
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(out.data() + header), bytes(plain),
                          static_cast<unsigned long long>(plain.size()), bytes(nonce), enc.data());
    return out;
}

Status DrillKeyFile::checkHeader(const QByteArray &file, const QString &path)
{
    if (file.size() < HeaderSize + qsizetype(crypto_secretbox_MACBYTES) || !file.startsWith(Magic))
        return fail(ErrorCode::InvalidInput, tr("%1 is not a drill answer key.").arg(native(path)));
    if (quint8(file.at(Magic.size())) != Version)
        return fail(ErrorCode::Incompatible,
                    tr("%1 is a drill answer key of another version (%2); this ActaCapture reads version %3.")
                        .arg(native(path))
                        .arg(quint8(file.at(Magic.size())))
                        .arg(Version));
    const char *p = file.constData() + Magic.size() + 1;
    const Argon2Params params {qFromBigEndian<quint64>(p), qFromBigEndian<quint64>(p + 8)};
    if (Status ok = KeyDerivation::checkParams(params); !ok)
        return fail(ErrorCode::Integrity, tr("%1: %2").arg(native(path), ok.error()));
    if (params.opslimit > maxParams().opslimit || params.memlimit > maxParams().memlimit)
        return fail(ErrorCode::Integrity,
                    tr("%1 asks for a key derivation far costlier than ActaCapture makes; it is not opened.")
                        .arg(native(path)));
    return {};
}

Result<DrillKey> DrillKeyFile::open(const QByteArray &file, const SecureBytes &passphrase, const QString &path)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Unavailable, tr("The cryptography library could not start."));
    if (Status ok = checkHeader(file, path); !ok)
        return ok.takeError();
    const char *p = file.constData() + Magic.size() + 1;
    const Argon2Params params {qFromBigEndian<quint64>(p), qFromBigEndian<quint64>(p + 8)};
    const QByteArray salt = file.mid(37, KeyDerivation::SaltBytes);
    const QByteArray nonce = file.mid(53, crypto_secretbox_NONCEBYTES);
    Result<DrillSecret> secret = DrillSecret::derive(passphrase, salt, params);
    if (!secret)
        return fail(secret.code() == ErrorCode::InvalidInput ? ErrorCode::WrongSecret : secret.code(),
                    secret.code() == ErrorCode::InvalidInput
                        ? tr("The passphrase does not open the drill answer key %1 (or the file was changed).")
                              .arg(native(path))
                        : secret.error());
    const SecureBytes enc = secret->subkey(2);
    const qsizetype sealedSize = file.size() - HeaderSize;
    SecureBytes plain(sealedSize - qsizetype(crypto_secretbox_MACBYTES));
    if (crypto_secretbox_open_easy(plain.data(), bytes(file) + HeaderSize, static_cast<unsigned long long>(sealedSize),
                                   bytes(nonce), enc.data())
        != 0)
        return fail(
            ErrorCode::WrongSecret,
            tr("The passphrase does not open the drill answer key %1 (or the file was changed).").arg(native(path)));
    Result<DrillKey> key = DrillKey::fromBytes(QByteArray(plain.constChars(), plain.size()));
    if (!key)
        return fail(key.code(), tr("%1: %2").arg(native(path), key.error()));
    return key;
}

Status DrillKeyFile::write(const QString &path, const QByteArray &sealed)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(sealed) != sealed.size() || !file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    return {};
}

Result<QByteArray> DrillKeyFile::readBytes(const QString &path)
{
    // A device or a pipe reports no size: only a regular file, and never more than a key can be.
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, tr("%1 is not a file.").arg(native(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    const QByteArray data = file.read(MaxFileBytes + 1);
    if (data.size() > MaxFileBytes)
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 is larger than any drill answer key (%2 MiB at most).").arg(native(path)).arg(MaxFileBytes >> 20));
    return data;
}

} // namespace acta
