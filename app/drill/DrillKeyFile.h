#pragma once

#include "DrillKey.h"
#include "KeyDerivation.h"
#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace acta {

// The trainer's answer key on disk: sealed (XSalsa20-Poly1305, libsodium's secretbox) under a key
// derived from the trainer's passphrase with Argon2id, so a clerk who finds the file beside the
// scans learns nothing from it. Format version 1, integers big-endian:
//    0  magic "ACTACAPTURE-DRILLKEY" (20 bytes)
//   20  format version (u8) = 1
//   21  opslimit (u64), memlimit (u64): the Argon2id cost
//   37  salt (16 bytes)
//   53  nonce (24 bytes)
//   77  sealed DrillKey JSON (16-byte tag first)
//
// Sealing is deterministic, so a drill generated twice from the same seed and passphrase gives the
// same file: the salt is a hash of the drill's id and seed, and the nonce a keyed hash (under the
// derived key) of the plaintext. A nonce then repeats only with the very same plaintext under the
// very same key, which reveals nothing beyond "the same key file" (the SIV construction).
class DrillKeyFile
{
    Q_DECLARE_TR_FUNCTIONS(DrillKeyFile)

public:
    static constexpr int HeaderSize = 77;
    static QString defaultFileName() { return QStringLiteral("clave_simulacro.actakey"); }

    static Result<QByteArray> seal(const DrillKey &key, const SecureBytes &passphrase,
                                   const Argon2Params &params = Argon2Params::moderate());
    static Result<DrillKey> open(const QByteArray &file, const SecureBytes &passphrase, const QString &path);

    // Written atomically, 0600.
    static Status write(const QString &path, const DrillKey &key, const SecureBytes &passphrase,
                        const Argon2Params &params = Argon2Params::moderate());
    static Result<DrillKey> read(const QString &path, const SecureBytes &passphrase);

    static constexpr qint64 MaxFileBytes = qint64(64) << 20; // checked before a file is read
};

} // namespace acta
