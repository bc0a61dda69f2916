#pragma once

#include "Result.h"
#include "SignedRecord.h"
#include "SigningKey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace acta {

// The offline bundle (docs/protocol.md, "Offline bundle"): what a station has not had
// acknowledged, as one file for a USB stick when no network reaches the hub. The signed record
// envelopes travel unchanged, the images by SHA-256, and the station signs the whole so that a
// bundle is taken or refused as one.
class Bundle
{
    Q_DECLARE_TR_FUNCTIONS(Bundle)

public:
    static inline const QString Format = QStringLiteral("actacapture.bundle/1");
    static constexpr qsizetype MaxSize = qsizetype(1) << 30; // 1 GiB

    struct Image
    {
        QString sha256;
        QByteArray bytes;
    };

    // The file's bytes (canonical JSON, signed with the station key).
    static Result<QByteArray> write(const QString &stationId, const QDateTime &createdAt,
                                    const QList<SignedRecord> &records, const QList<Image> &images,
                                    const SigningKey &stationKey);
    // Parses a bundle; every record envelope and image hash is checked for form. The bundle
    // signature is checked by verify() with the key enrolled for stationId().
    static Result<Bundle> read(QByteArrayView bytes);

    Status verify(QByteArrayView stationPublicKey) const;

    const QString &stationId() const { return m_stationId; }
    const QString &keyFingerprint() const { return m_fingerprint; }
    const QDateTime &createdAt() const { return m_createdAt; }
    const QList<SignedRecord> &records() const { return m_records; }
    const QList<Image> &images() const { return m_images; }

private:
    Bundle() = default;
    QString m_stationId;
    QString m_fingerprint;
    QDateTime m_createdAt;
    QList<SignedRecord> m_records;
    QList<Image> m_images;
    QByteArray m_signedBytes; // canonical bytes of the "bundle" member
    QByteArray m_signature;
};

} // namespace acta
