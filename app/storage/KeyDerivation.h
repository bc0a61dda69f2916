#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace acta {

// Argon2id cost: passes over memory (opslimit) and memory in bytes (memlimit), as
// libsodium's crypto_pwhash takes them. Parallelism is libsodium's fixed 1.
struct Argon2Params
{
    quint64 opslimit = 0;
    quint64 memlimit = 0;

    static Argon2Params moderate(); // the default for a station: 3 passes, 256 MiB
    static Argon2Params interactive(); // 2 passes, 64 MiB; for tests
    friend bool operator==(const Argon2Params &, const Argon2Params &) = default;
};

// Passphrase -> raw 256-bit SQLCipher key, with Argon2id (libsodium's ARGON2ID13), so the
// store never relies on SQLCipher's own PBKDF2.
class KeyDerivation
{
    Q_DECLARE_TR_FUNCTIONS(KeyDerivation)

public:
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;
    // Bounds accepted from a keying file: a damaged or hostile file must not make the
    // station allocate terabytes or spin for hours before it can say "wrong passphrase".
    static constexpr quint64 MaxOpslimit = 64;
    static constexpr quint64 MaxMemlimit = quint64(4) << 30;

    static QByteArray randomSalt();
    static Status checkParams(const Argon2Params &params);
    static Result<SecureBytes> deriveKey(const SecureBytes &passphrase, const QByteArray &salt,
                                         const Argon2Params &params);
    // SQLCipher's raw-key form, x'<64 hex digits>' (67 bytes, not NUL-terminated),
    // built in guarded memory so the hex copy of the key is wiped as well.
    static SecureBytes rawKeySpec(const SecureBytes &key);
};

// The small file beside each database, "<db>.keying", with what is needed to derive its
// key again: the per-database salt, the Argon2id cost, and a key check value that tells a
// wrong passphrase apart from a damaged database without touching the database at all.
//
// Format version 1, 86 bytes, integers big-endian:
//    0  magic "ACTACAPTURE-KEYING" (18 bytes)
//   18  format version (u16) = 1
//   20  key derivation (u8) = 1: Argon2id v1.3 (libsodium crypto_pwhash_ALG_ARGON2ID13)
//   21  cipher profile (u8) = 3: SQLCipher 3 defaults (AES-256-CBC, HMAC-SHA1, 1024-byte pages)
//   22  opslimit (u64)
//   30  memlimit (u64), bytes
//   38  salt (16 bytes)
//   54  key check (16 bytes): BLAKE2b-128 keyed with the derived key over "ACTACAPTURE-KEYCHECK-V1"
//   70  checksum (16 bytes): BLAKE2b-128 of bytes 0-69
class KeyingFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyingFile)

public:
    static constexpr int FormatVersion = 1;
    static constexpr int Size = 86;
    static constexpr int KeyCheckBytes = 16;

    static QByteArray magic(); // "ACTACAPTURE-KEYING"
    static QString pathFor(const QString &databasePath); // "<db>.keying"
    static QString pendingPathFor(const QString &databasePath); // "<db>.keying.new", while a rekey runs

    // A new keying for key (derived from the same salt and params).
    static KeyingFile make(const QByteArray &salt, const Argon2Params &params, const SecureBytes &key);
    // Fresh random salt, derives the key into *key.
    static Result<KeyingFile> generate(const SecureBytes &passphrase, const Argon2Params &params, SecureBytes *key);

    static Result<KeyingFile> parse(const QByteArray &bytes, const QString &path);
    static Result<KeyingFile> read(const QString &path);
    QByteArray serialize() const;
    // Atomically (QSaveFile), owner read/write only (0600), and synced to disk with its folder.
    Status write(const QString &path) const;

    Result<SecureBytes> deriveKey(const SecureBytes &passphrase) const;
    bool matches(const SecureBytes &key) const; // constant time

    const QByteArray &salt() const { return m_salt; }
    const Argon2Params &params() const { return m_params; }
    const QByteArray &keyCheck() const { return m_keyCheck; }

    static QByteArray keyCheckFor(const SecureBytes &key);

private:
    QByteArray m_salt;
    Argon2Params m_params;
    QByteArray m_keyCheck;
};

// fsync() of a folder, so a rename or a new file in it survives a power cut.
void syncDirectoryOf(const QString &filePath);

} // namespace acta
