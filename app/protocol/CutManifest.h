#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace acta {

class SigningKey;

// What makes a results cut checkable by anyone (docs/verify.md, "The manifest"): every file of the
// cut by name with its SHA-256 and size, the cut's identity, and the hub's public key. The file
// manifiesto.json holds its canonical bytes; manifiesto.sig the hub's detached Ed25519 signature of
// exactly those bytes, in base64. A pair rather than an envelope, so that a reader with sha256sum and
// openssl checks it without re-spelling any JSON.
struct CutManifest
{
    Q_DECLARE_TR_FUNCTIONS(CutManifest)

public:
    static inline const QString Format = QStringLiteral("actahub.manifest/1");
    static constexpr qsizetype MaxSize = 64 * 1024; // a cut has about ten files
    static constexpr qsizetype MaxFiles = 64;
    static constexpr qsizetype MaxSignatureFileSize = 1024;
    static QString fileName() { return QStringLiteral("manifiesto.json"); }
    static QString signatureFileName() { return QStringLiteral("manifiesto.sig"); }

    struct File
    {
        QString sha256; // lowercase hex
        qint64 size = 0;
        friend bool operator==(const File &, const File &) = default;
    };

    QString electionId; // the template's election id, e.g. DIP_FED
    QString templateId;
    QDateTime cutAt; // UTC, milliseconds
    bool simulation = false; // "mode": "simulacro" (a drill) or "produccion"
    bool finalCut = false; // the last cut of the count (participation takes the special casillas in)
    QString archive; // the cut's own archive, e.g. DIP_FED_20270605_2200.zip (which holds this manifest)
    QByteArray hubPublicKey; // 32 raw bytes; "hub_key" is its fingerprint
    QMap<QString, File> files; // by name, no folders

    // A plain file name: 1 to 100 of A-Z a-z 0-9 . _ -, not starting with a dot.
    static bool isFileName(const QString &name);
    void addFile(const QString &name, QByteArrayView bytes);

    // The bytes of manifiesto.json: what the signature covers.
    Result<QByteArray> canonicalBytes() const;
    // Canonical bytes only, every field checked; the signature is checked by verify().
    static Result<CutManifest> parse(QByteArrayView bytes);

    // manifiesto.sig: the signature of the bytes in base64 and a line feed.
    static QByteArray signatureFile(const SigningKey &hubKey, QByteArrayView manifestBytes);
    // The 64 signature bytes of a manifiesto.sig (one base64 line, the line feed optional).
    static Result<QByteArray> signatureFromFile(QByteArrayView text);
    // Whether the hub key with this public half signed these manifest bytes.
    static Status verify(QByteArrayView manifestBytes, QByteArrayView signature, QByteArrayView publicKey);

    static QString modeName(bool simulation); // "simulacro" or "produccion"

    friend bool operator==(const CutManifest &, const CutManifest &) = default;
};

// The hub's public key as the publication folder shows it (llave_publica_concentrador.txt): base64,
// hex, fingerprint and PEM (for openssl), with a reminder that a reader takes the key from another
// channel too.
struct HubKeyFile
{
    static QString fileName() { return QStringLiteral("llave_publica_concentrador.txt"); }
    static QByteArray text(const QByteArray &publicKey);
    // SubjectPublicKeyInfo (RFC 8410) of an Ed25519 key, in PEM.
    static QByteArray pem(const QByteArray &publicKey);
};

} // namespace acta
