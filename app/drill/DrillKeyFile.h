#pragma once

#include "DrillKey.h"
#include "KeyDerivation.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace acta {

// The trainer's secret for one drill: Argon2id of the trainer's passphrase, from which three
// independent keys are derived (libsodium's crypto_kdf): one that turns the drill's public seed
// into the seed its pages are drawn from (so the seed alone, printed in the drill's name, does
// not let a clerk draw the same pages and read their truth), one that seals the answer key,
// one that makes the sealing nonce.
class DrillSecret
{
    Q_DECLARE_TR_FUNCTIONS(DrillSecret)

public:
    // The salt is a hash of the seed: the same seed and passphrase give the same drill, byte for byte.
    static QByteArray saltFor(quint64 seed);
    static Result<DrillSecret> derive(const SecureBytes &passphrase, const QByteArray &salt,
                                      const Argon2Params &params);

    quint64 contentSeed(quint64 seed) const; // the seed the generator draws from
    const QByteArray &salt() const { return m_salt; }
    SecureBytes subkey(int id) const; // 1 content, 2 sealing, 3 nonce

private:
    QByteArray m_salt;
    std::shared_ptr<SecureBytes> m_master;
};

// The trainer's answer key: sealed (XSalsa20-Poly1305, libsodium's secretbox) under a key derived
// from the trainer's passphrase, in a file beside the scans or in the drill station's store, so a
// clerk who finds it (or opens the store with the station passphrase) learns nothing from it.
// Format version 2, integers big-endian:
//    0  magic "ACTACAPTURE-DRILLKEY" (20 bytes)
//   20  format version (u8) = 2
//   21  opslimit (u64), memlimit (u64): the Argon2id cost
//   37  salt (16 bytes)
//   53  nonce (24 bytes)
//   77  sealed DrillKey JSON (16-byte tag first)
//
// Sealing is deterministic, so a drill generated twice from the same seed and passphrase gives the
// same file: the nonce is a keyed hash (under its own subkey) of the plaintext, so a nonce repeats
// only with the very same plaintext under the very same key (the SIV construction).
class DrillKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(DrillKeyFile)

public:
    static constexpr int HeaderSize = 77;
    static constexpr qint64 MaxFileBytes = qint64(64) << 20; // a key file is never read past this
    static QString defaultFileName() { return QStringLiteral("clave_simulacro.actakey"); }
    // A file's Argon2 cost is never above this (4 times the station's own), whatever it says.
    static Argon2Params maxParams();

    static Result<QByteArray> seal(const DrillKey &key, const DrillSecret &secret, const Argon2Params &params);
    static Result<DrillKey> open(const QByteArray &file, const SecureBytes &passphrase, const QString &path);
    // Whether the bytes look like a key file (magic, version, a bounded cost), without the passphrase.
    static Status checkHeader(const QByteArray &file, const QString &path);

    // Written atomically, 0600.
    static Status write(const QString &path, const QByteArray &sealed);
    // Regular files only, at most MaxFileBytes.
    static Result<QByteArray> readBytes(const QString &path);
};

} // namespace acta
