#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace acta {

class SigningKey;

// What a station hands the central site to be enrolled (docs/protocol.md): its id, name and
// public key. Carried on removable media; the fingerprint is read aloud to confirm it.
struct EnrollmentRequest
{
    Q_DECLARE_TR_FUNCTIONS(EnrollmentRequest)

public:
    static inline const QString Format = QStringLiteral("actacapture.enrollment/1");
    static constexpr qint64 MaxFileSize = 64 * 1024;

    QString stationId;
    QString stationName;
    QByteArray publicKey; // 32 raw bytes
    QDateTime createdAt; // UTC

    static EnrollmentRequest forKey(const QString &stationId, const QString &stationName, const SigningKey &key,
                                    const QDateTime &createdAt);

    QString fingerprint() const;
    Result<QByteArray> toJson() const; // canonical bytes followed by a newline
    static Result<EnrollmentRequest> fromJson(QByteArrayView bytes);

    Status write(const QString &path) const; // complete or not at all (QSaveFile)
    static Result<EnrollmentRequest> read(const QString &path);

    friend bool operator==(const EnrollmentRequest &, const EnrollmentRequest &) = default;
};

} // namespace acta
