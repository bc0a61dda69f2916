#include "DrillKeyFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace acta {

namespace {

const QByteArray Magic("ACTACAPTURE-DRILLKEY");
constexpr quint8 Version = 1;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Result<QByteArray> DrillKeyFile::seal(const DrillKey &key, const SecureBytes &passphrase, const Argon2Params &params)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Unavailable, tr("The cryptography library could not start."));
    const QByteArray plain = key.toBytes();
    QByteArray salt(KeyDerivation::SaltBytes, '\0');
    const QByteArray saltInput
        = "actacapture-drill-key-salt/" + key.drillId.toUtf8() + '/' + QByteArray::number(key.seed);
    crypto_generichash(reinterpret_cast<unsigned char *>(salt.data()), std::size_t(salt.size()),
                       reinterpret_cast<const unsigned char *>(saltInput.constData()), std::size_t(saltInput.size()),
                       nullptr, 0);
    Result<SecureBytes> derived = KeyDerivation::deriveKey(passphrase, salt, params);
    if (!derived)
        return derived.takeError();
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(nonce.data()), std::size_t(nonce.size()),
                       reinterpret_cast<const unsigned char *>(plain.constData()), std::size_t(plain.size()),
                       derived->data(), std::size_t(derived->size()));

    QByteArray out = Magic;
    out.append(char(Version));
    char word[8];
    qToBigEndian<quint64>(params.opslimit, word);
    out.append(word, 8);
    qToBigEndian<quint64>(params.memlimit, word);
    out.append(word, 8);
    out.append(salt);
    out.append(nonce);
    const qsizetype header = out.size();
    out.resize(header + crypto_secretbox_MACBYTES + plain.size());
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(out.data() + header),
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()), derived->data());
    return out;
}

Result<DrillKey> DrillKeyFile::open(const QByteArray &file, const SecureBytes &passphrase, const QString &path)
{
    if (sodium_init() < 0)
        return fail(ErrorCode::Unavailable, tr("The cryptography library could not start."));
    if (file.size() < HeaderSize + qsizetype(crypto_secretbox_MACBYTES) || !file.startsWith(Magic))
        return fail(ErrorCode::InvalidInput, tr("%1 is not a drill answer key.").arg(native(path)));
    if (quint8(file.at(Magic.size())) != Version)
        return fail(ErrorCode::Incompatible,
                    tr("%1 is a drill answer key of another version (%2); this ActaCapture reads version %3.")
                        .arg(native(path))
                        .arg(quint8(file.at(Magic.size())))
                        .arg(Version));
    const char *p = file.constData() + Magic.size() + 1;
    Argon2Params params {qFromBigEndian<quint64>(p), qFromBigEndian<quint64>(p + 8)};
    if (Status ok = KeyDerivation::checkParams(params); !ok)
        return fail(ErrorCode::Integrity, tr("%1: %2").arg(native(path), ok.error()));
    const QByteArray salt = file.mid(37, KeyDerivation::SaltBytes);
    const QByteArray nonce = file.mid(53, crypto_secretbox_NONCEBYTES);
    Result<SecureBytes> derived = KeyDerivation::deriveKey(passphrase, salt, params);
    if (!derived)
        return derived.takeError();
    const qsizetype sealedSize = file.size() - HeaderSize;
    SecureBytes plain(sealedSize - qsizetype(crypto_secretbox_MACBYTES));
    if (crypto_secretbox_open_easy(plain.data(), reinterpret_cast<const unsigned char *>(file.constData() + HeaderSize),
                                   static_cast<unsigned long long>(sealedSize),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()), derived->data())
        != 0)
        return fail(
            ErrorCode::WrongSecret,
            tr("The passphrase does not open the drill answer key %1 (or the file was changed).").arg(native(path)));
    Result<DrillKey> key = DrillKey::fromBytes(QByteArray(plain.constChars(), plain.size()));
    if (!key)
        return fail(key.code(), tr("%1: %2").arg(native(path), key.error()));
    return key;
}

Status DrillKeyFile::write(const QString &path, const DrillKey &key, const SecureBytes &passphrase,
                           const Argon2Params &params)
{
    Result<QByteArray> sealed = seal(key, passphrase, params);
    if (!sealed)
        return sealed.takeError();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(*sealed) != sealed->size() || !file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(native(path), file.errorString()));
    return {};
}

Result<DrillKey> DrillKeyFile::read(const QString &path, const SecureBytes &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(native(path), file.errorString()));
    if (file.size() > MaxFileBytes)
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 is larger than any drill answer key (%2 MiB at most).").arg(native(path)).arg(MaxFileBytes >> 20));
    return open(file.readAll(), passphrase, path);
}

} // namespace acta
