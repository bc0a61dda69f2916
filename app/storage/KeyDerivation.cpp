#include "KeyDerivation.h"

#include "StorageLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace acta {

namespace {

constexpr quint8 KdfArgon2id13 = 1;
constexpr quint8 CipherProfileSqlCipher3 = 3;
constexpr int MagicBytes = 18;
constexpr int ChecksumOffset = 70;
constexpr int ChecksumBytes = 16;
constexpr char KeyCheckContext[] = "ACTACAPTURE-KEYCHECK-V1";

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QByteArray checksumOf(QByteArrayView bytes)
{
    QByteArray out(ChecksumBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()), nullptr, 0);
    return out;
}

} // namespace

Argon2Params Argon2Params::moderate()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

Argon2Params Argon2Params::interactive()
{
    return {crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE, crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE};
}

QByteArray KeyDerivation::randomSalt()
{
    ensureSodium();
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Status KeyDerivation::checkParams(const Argon2Params &params)
{
    if (params.opslimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || params.opslimit > MaxOpslimit)
        return fail(ErrorCode::InvalidInput,
                    tr("The Argon2id pass count %1 is out of range: it must be from %2 to %3.")
                        .arg(params.opslimit)
                        .arg(crypto_pwhash_argon2id_OPSLIMIT_MIN)
                        .arg(MaxOpslimit));
    if (params.memlimit < crypto_pwhash_argon2id_MEMLIMIT_MIN || params.memlimit > MaxMemlimit)
        return fail(ErrorCode::InvalidInput,
                    tr("The Argon2id memory size of %1 bytes is out of range: it must be from %2 bytes to %3 GiB.")
                        .arg(params.memlimit)
                        .arg(crypto_pwhash_argon2id_MEMLIMIT_MIN)
                        .arg(MaxMemlimit >> 30));
    return {};
}

Result<SecureBytes> KeyDerivation::deriveKey(const SecureBytes &passphrase, const QByteArray &salt,
                                             const Argon2Params &params)
{
    ensureSodium();
    if (salt.size() != SaltBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("The key derivation salt has %1 bytes; it must have %2.").arg(salt.size()).arg(SaltBytes));
    if (Status ok = checkParams(params); !ok)
        return ok.takeError();
    SecureBytes key(KeyBytes);
    static const char empty = 0; // libsodium wants a valid pointer even for an empty passphrase
    const char *pass = passphrase.isEmpty() ? &empty : passphrase.constChars();
    if (crypto_pwhash(key.data(), size_t(key.size()), pass, size_t(passphrase.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opslimit,
                      size_t(params.memlimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorCode::Unavailable,
                    tr("Not enough memory to derive the database key: Argon2id needs %1 MiB.")
                        .arg(params.memlimit / (1024 * 1024)));
    return key;
}

SecureBytes KeyDerivation::rawKeySpec(const SecureBytes &key)
{
    Q_ASSERT(key.size() == KeyBytes);
    // x ' hex(64) ' plus the NUL sodium_bin2hex writes; size() excludes the NUL.
    SecureBytes buffer(3 + 2 * KeyBytes + 1);
    unsigned char *p = buffer.data();
    p[0] = 'x';
    p[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(p + 2), size_t(2 * KeyBytes + 1), key.data(), size_t(key.size()));
    p[2 + 2 * KeyBytes] = '\'';
    SecureBytes spec(3 + 2 * KeyBytes);
    std::copy(p, p + spec.size(), spec.data());
    return spec; // buffer is wiped as it goes out of scope
}

QByteArray KeyingFile::magic()
{
    return QByteArrayLiteral("ACTACAPTURE-KEYING");
}

QString KeyingFile::pathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".keying");
}

QString KeyingFile::pendingPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".keying.new");
}

QByteArray KeyingFile::keyCheckFor(const SecureBytes &key)
{
    ensureSodium();
    QByteArray out(KeyCheckBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(KeyCheckContext), sizeof KeyCheckContext - 1, key.data(),
                       size_t(key.size()));
    return out;
}

KeyingFile KeyingFile::make(const QByteArray &salt, const Argon2Params &params, const SecureBytes &key)
{
    KeyingFile k;
    k.m_salt = salt;
    k.m_params = params;
    k.m_keyCheck = keyCheckFor(key);
    return k;
}

Result<KeyingFile> KeyingFile::generate(const SecureBytes &passphrase, const Argon2Params &params, SecureBytes *key)
{
    const QByteArray salt = KeyDerivation::randomSalt();
    Result<SecureBytes> derived = KeyDerivation::deriveKey(passphrase, salt, params);
    if (!derived)
        return derived.takeError();
    *key = std::move(derived).value();
    return make(salt, params, *key);
}

QByteArray KeyingFile::serialize() const
{
    QByteArray out;
    out.reserve(Size);
    out += magic();
    char u16[2];
    qToBigEndian<quint16>(FormatVersion, u16);
    out.append(u16, 2);
    out += char(KdfArgon2id13);
    out += char(CipherProfileSqlCipher3);
    char u64[8];
    qToBigEndian<quint64>(m_params.opslimit, u64);
    out.append(u64, 8);
    qToBigEndian<quint64>(m_params.memlimit, u64);
    out.append(u64, 8);
    out += m_salt;
    out += m_keyCheck;
    out += checksumOf(out);
    Q_ASSERT(out.size() == Size);
    return out;
}

Result<KeyingFile> KeyingFile::parse(const QByteArray &bytes, const QString &path)
{
    ensureSodium();
    const QByteArray expected = magic();
    // A short file that starts like a keying file was cut off; anything else is not one.
    if (bytes.size() < MagicBytes + 2) {
        if (!bytes.isEmpty() && (expected.startsWith(bytes) || bytes.startsWith(expected)))
            return fail(ErrorCode::Integrity,
                        tr("The keying file %1 is truncated: it has %n byte(s) of %2.", nullptr, int(bytes.size()))
                            .arg(native(path))
                            .arg(Size));
        if (bytes.isEmpty())
            return fail(ErrorCode::Integrity, tr("The keying file %1 is empty.").arg(native(path)));
        return fail(ErrorCode::InvalidInput, tr("%1 is not an ActaCapture keying file.").arg(native(path)));
    }
    if (!bytes.startsWith(expected))
        return fail(ErrorCode::InvalidInput, tr("%1 is not an ActaCapture keying file.").arg(native(path)));
    const int version = qFromBigEndian<quint16>(bytes.constData() + MagicBytes);
    if (version > FormatVersion)
        return fail(ErrorCode::Incompatible,
                    tr("The keying file %1 has format version %2, written by a newer ActaCapture; this version "
                       "reads version %3.")
                        .arg(native(path))
                        .arg(version)
                        .arg(FormatVersion));
    if (version != FormatVersion)
        return fail(ErrorCode::Incompatible,
                    tr("The keying file %1 has format version %2, which ActaCapture never wrote; it reads version %3.")
                        .arg(native(path))
                        .arg(version)
                        .arg(FormatVersion));
    if (bytes.size() < Size)
        return fail(ErrorCode::Integrity,
                    tr("The keying file %1 is truncated: it has %n byte(s) of %2.", nullptr, int(bytes.size()))
                        .arg(native(path))
                        .arg(Size));
    if (bytes.size() > Size)
        return fail(ErrorCode::Integrity,
                    tr("The keying file %1 is damaged: it has %n byte(s) instead of %2.", nullptr, int(bytes.size()))
                        .arg(native(path))
                        .arg(Size));
    if (checksumOf(QByteArrayView(bytes).first(ChecksumOffset)) != bytes.sliced(ChecksumOffset))
        return fail(ErrorCode::Integrity,
                    tr("The keying file %1 is damaged: its checksum does not match its contents.").arg(native(path)));
    const auto kdf = quint8(bytes.at(20));
    const auto profile = quint8(bytes.at(21));
    if (kdf != KdfArgon2id13 || profile != CipherProfileSqlCipher3)
        return fail(ErrorCode::Incompatible,
                    tr("The keying file %1 asks for key derivation %2 and cipher profile %3; this version of "
                       "ActaCapture knows only derivation %4 (Argon2id) with profile %5 (SQLCipher 3).")
                        .arg(native(path))
                        .arg(kdf)
                        .arg(profile)
                        .arg(KdfArgon2id13)
                        .arg(CipherProfileSqlCipher3));
    KeyingFile k;
    k.m_params.opslimit = qFromBigEndian<quint64>(bytes.constData() + 22);
    k.m_params.memlimit = qFromBigEndian<quint64>(bytes.constData() + 30);
    if (Status ok = KeyDerivation::checkParams(k.m_params); !ok)
        return fail(ok.code(),
                    tr("The keying file %1 holds unusable key derivation settings: %2").arg(native(path), ok.error()));
    k.m_salt = bytes.sliced(38, KeyDerivation::SaltBytes);
    k.m_keyCheck = bytes.sliced(54, KeyCheckBytes);
    return k;
}

Result<KeyingFile> KeyingFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, tr("The keying file %1 is missing.").arg(native(path)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Could not read the keying file %1: %2").arg(native(path), file.errorString()));
    // Never read more than a little past the format's size: the file is not trusted.
    const QByteArray bytes = file.read(Size + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, tr("Could not read the keying file %1: %2").arg(native(path), file.errorString()));
    return parse(bytes, path);
}

Status KeyingFile::write(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Could not write the keying file %1: %2").arg(native(path), file.errorString()));
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(
            ErrorCode::Io,
            tr("Could not make the keying file %1 private to its owner: %2").arg(native(path), file.errorString()));
    }
    const QByteArray bytes = serialize();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, tr("Could not write the keying file %1: %2").arg(native(path), file.errorString()));
    syncDirectoryOf(path);
    return {};
}

Result<SecureBytes> KeyingFile::deriveKey(const SecureBytes &passphrase) const
{
    return KeyDerivation::deriveKey(passphrase, m_salt, m_params);
}

bool KeyingFile::matches(const SecureBytes &key) const
{
    const QByteArray check = keyCheckFor(key);
    return check.size() == m_keyCheck.size()
        && sodium_memcmp(check.constData(), m_keyCheck.constData(), size_t(check.size())) == 0;
}

void syncDirectoryOf(const QString &filePath)
{
#ifdef Q_OS_UNIX
    const QByteArray dir = QFile::encodeName(QFileInfo(filePath).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        qCWarning(lcStorage) << "could not open folder to sync it:" << dir;
        return;
    }
    if (::fsync(fd) != 0)
        qCWarning(lcStorage) << "could not sync folder:" << dir;
    ::close(fd);
#else
    Q_UNUSED(filePath)
#endif
}

} // namespace acta
