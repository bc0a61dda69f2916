#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

// One key a station was enrolled with at the hub; a station that rotated its key has several.
struct PublishedStationKey
{
    QString stationId;
    QByteArray publicKey; // 32 raw bytes
    QDateTime enrolledAt; // UTC
    std::optional<QDateTime> revokedAt; // an operator took it out of service (actahub revoke)
    friend bool operator==(const PublishedStationKey &, const PublishedStationKey &) = default;
};

// estaciones.json, published beside every cut (docs/verify.md): every key the hub ever enrolled, so
// that anyone can check each station's signature on the records behind the rows.
struct StationKeyList
{
    Q_DECLARE_TR_FUNCTIONS(StationKeyList)

public:
    static inline const QString Format = QStringLiteral("actahub.stations/1");
    static constexpr qsizetype MaxSize = 16 * 1024 * 1024;
    static QString fileName() { return QStringLiteral("estaciones.json"); }

    QList<PublishedStationKey> keys;

    // Canonical JSON and a line feed.
    Result<QByteArray> toJson() const;
    static Result<StationKeyList> parse(QByteArrayView bytes);
    // The key with this fingerprint, or nullptr.
    const PublishedStationKey *byFingerprint(const QString &fingerprint) const;
    // 1 to 64 letters, digits, '.', '_', '-': what the hub takes as a station id.
    static bool isStationId(const QString &id);
};

} // namespace acta
