#pragma once

#include "CutManifest.h"
#include "CutSource.h"
#include "ElectionTemplate.h"
#include "PrepCut.h"
#include "Result.h"
#include "StationKeyList.h"
#include "SyncRecord.h"
#include "VerifyReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace acta::verify {

// The hub key the person checking brings from an independent channel (the notary's certificate):
// the whole public key, or only its fingerprint (the key is then the manifest's, if its fingerprint
// is this one).
struct HubKeyArgument
{
    Q_DECLARE_TR_FUNCTIONS(HubKeyArgument)

public:
    QByteArray publicKey; // empty when only the fingerprint was given
    QString fingerprint;
    // 64 hex digits, 44 characters of base64, or a fingerprint like a1b2-c3d4-…-8f90.
    static Result<HubKeyArgument> parse(const QString &text);
};

struct VerifyOptions
{
    QString cut; // a folder or a .zip
    HubKeyArgument hubKey;
    QString imagesDir; // empty: images not checked
    QString recordsFile; // empty: the cut's own registros.jsonl
    QString stationKeysFile; // empty: the stations' keys are only those estaciones.json gives
};

// Checks one published cut (docs/verify.md): the manifest's signature with the given hub key; every
// file against the manifest, none missing or unlisted; the counters of resultados.csv against its
// rows; each station record's signature against its station's published key, and each row against
// the latest record its station signed; with images, each row's SHA against the image files.
class CutVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CutVerifier)

public:
    static constexpr qint64 MaxRecordsFile = qint64(1024) * 1024 * 1024;
    static constexpr qsizetype MaxRecords = 5000000;
    static constexpr qint64 MaxTemplateFile = 4 * 1024 * 1024;
    static constexpr qint64 MaxImageFile = 256 * 1024 * 1024;
    static constexpr qsizetype MaxImages = 2000000;
    static QString recordsFileName() { return QStringLiteral("registros.jsonl"); }
    static constexpr qint64 MaxStationKeysFile = 16 * 1024 * 1024;
    static constexpr qint64 MaxJsonFile = qint64(2) * 1024 * 1024 * 1024 - 1024 * 1024;
    static constexpr qint64 MaxCandidatesFile = 64 * 1024 * 1024;
    static QString templateFileName() { return QStringLiteral("plantilla_eleccion.json"); }
    static QString jsonFileName() { return QStringLiteral("resultados.json"); }
    static QString candidatesFileName() { return QStringLiteral("resultados_candidatura.csv"); }

    explicit CutVerifier(VerifyOptions options);
    VerifyReport run();

    // One signed record read from a records file, its signature checked.
    struct SignedLine
    {
        qsizetype line = 0;
        SyncRecord record;
    };

private:
    bool checkManifest(VerifySection &section);
    void checkFiles(VerifySection &section);
    void checkCounters(VerifySection &section);
    void checkSignatures(VerifySection &section); // CutRecords.cpp
    void checkRows(VerifySection &section); // CutRecords.cpp
    void checkImages(VerifySection &section); // CutImages.cpp
    // --station-keys: fingerprint -> station id, from a source other than the hub.
    Result<QHash<QString, QString>> readStationKeys() const; // CutRecords.cpp
    void checkPublishedTotals(VerifySection &section); // CutTotals.cpp
    // The bytes checkFiles read and hashed of a file the later steps parse (each taken once), or
    // why there are none (not listed, or not as the hub signed it).
    Result<QByteArray> cutFile(const QString &name, qint64 maxBytes);
    // The most bytes kept of a file the later steps parse; -1 for a file only hashed.
    qint64 keptLimit(const QString &name) const;
    QString recordsName() const;

    VerifyOptions m_options;
    VerifyReport m_report;
    std::unique_ptr<CutSource> m_source;
    CutManifest m_manifest;
    std::optional<ElectionTemplate> m_election;
    std::optional<PrepCut> m_cut;
    std::optional<StationKeyList> m_stations;
    QHash<QString, QByteArray> m_kept; // see cutFile
    QList<SignedLine> m_records; // those whose signature holds
    QSet<QString> m_refusedClaves; // actas with a record whose signature does not hold (reported already)
    bool m_recordsRead = false;
};

} // namespace acta::verify
