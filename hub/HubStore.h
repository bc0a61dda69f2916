#pragma once

#include "AuditHead.h"
#include "EnrollmentRequest.h"
#include "Result.h"
#include "SignedRecord.h"
#include "SigningKey.h"
#include "StationKeyList.h"
#include "SyncRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace acta {

// What a hub is for, fixed when its store is created (hub/README.md, "Modes"): a drill
// (simulacro) store takes drill records only and publishes drill cuts; a production store the
// reverse. Drill data can never become real results, nor real results pass for a drill.
enum class HubMode { Production, Simulation };

struct HubStation
{
    QString stationId;
    QString name;
    QByteArray publicKey; // 32 raw bytes
    QString fingerprint;
    QDateTime enrolledAt;
    QList<int> districts; // the districts it may report actas of; empty: any (enrolled without --districts)
    // Set when an operator revoked this key (actahub revoke): nothing signed with it is taken any
    // more, and the station may be enrolled again with a new key.
    std::optional<QDateTime> revokedAt;
    QString revokedReason;
};

// A station's audit head as one of its records carried it: what the hub witnessed of its log.
struct WitnessedHead
{
    qint64 recordSeq = 0;
    QString clave;
    qint64 version = 0;
    AuditHead head;
    QDateTime witnessedAt;
    QByteArray receipt; // the hub's signed receipt of that record, which echoes the head
};

// Where a station's record numbers jumped (records lost on the way, or a restore).
struct SequenceGap
{
    QString stationId;
    qint64 afterSeq = 0;
    qint64 nextSeq = 0;
    QDateTime detectedAt;
};

// One entry of the hub's own audit log (operators' acts).
struct HubAuditEntry
{
    qint64 seq = 0;
    QString at;
    QString actor;
    QString action;
    QString details; // compact JSON
};

// One stored version of one acta, as received.
struct HubRecord
{
    SyncRecord record;
    QString recordSha256;
    QDateTime hubReceivedAt;
    QByteArray receipt; // the signed receipt, canonical bytes
    QByteArray envelope; // the station's signed envelope, the canonical bytes it sent (published beside cuts)
};

// Two stations whose latest versions of the same acta hold different figures.
struct HubConflict
{
    QString clave;
    QString stationA;
    qint64 seqA = 0;
    QString stationB;
    qint64 seqB = 0;
    QDateTime detectedAt;
    friend bool operator==(const HubConflict &, const HubConflict &) = default;
};

// An acta whose stations, each by its latest version, say different figures now. Until they
// agree, no cut counts it.
struct HubDisagreement
{
    struct Side
    {
        QString stationId;
        qint64 seq = 0;
        qint64 version = 0;
        std::optional<QString> imageSha256;
        friend bool operator==(const Side &, const Side &) = default;
    };
    QString clave;
    QList<Side> sides; // by station id
    friend bool operator==(const HubDisagreement &, const HubDisagreement &) = default;
};

struct StoreOutcome
{
    enum class Kind {
        Stored, // new: receipt made now
        Duplicate, // the very same record was stored before: its receipt again
        SequenceTaken, // the station already used this sequence number for another record
        VersionTaken, // the station already sent another record as this version of the acta
        VersionOutOfOrder, // a station's versions of an acta go 1, 2, 3...: this one skips or goes back
        Restated, // the same version, same content, under a new sequence number (a restored station)
        KeyRefused, // signed by a key that is not the station's current one, or one revoked: refusal says
        ModeRefused, // a drill record for a production store, or the reverse: refusal says
    };
    Kind kind = Kind::Stored;
    qint64 expectedVersion = 0; // VersionOutOfOrder: the version this station may send next
    QByteArray receipt; // for Stored and Duplicate
    bool conflict = false; // Stored only: the figures differ from another station's
    QString refusal; // KeyRefused, ModeRefused: why (translated)
};

// One line of a bundle import: a record (stationId set) or an image (imageSha256 set).
struct ImportItem
{
    enum class Action { Import, Skip, Refuse };
    Action action = Action::Import;
    QString stationId;
    qint64 seq = 0;
    QString clave;
    qint64 version = 0;
    QString imageSha256;
    QString reason; // why skipped or refused
};

struct ImportImage
{
    QString sha256; // checked against the bytes by the caller
    QByteArray bytes;
};

// The hub's database: enrolled stations, every record version, images and conflicts. Either an
// embedded SQLite file (Qt SQL's QSQLITE) or PostgreSQL (QPSQL). Nothing about requests lives in
// the process: unique constraints and transactions (plus per-station and per-acta advisory locks
// on PostgreSQL) make several hub processes on one database safe.
class HubStore
{
    Q_DECLARE_TR_FUNCTIONS(HubStore)

public:
    // "postgresql://user:password@host:port/db?sslmode=..." (a "host" query item may name a
    // socket directory), or a file path for the embedded store.
    static Result<std::unique_ptr<HubStore>> open(const QString &location);
    static bool isPostgresUrl(const QString &location);
    ~HubStore();
    HubStore(const HubStore &) = delete;
    HubStore &operator=(const HubStore &) = delete;

    bool isPostgres() const { return m_postgres; }
    // The store's file, or its PostgreSQL URL without the password: for operators' messages.
    const QString &displayName() const { return m_displayName; }

    // The mode recorded when the store was created (HubStoreMode.cpp); none for a store made
    // before hubs recorded their mode, until settleMode() records it. Never changes once recorded
    // (the database's triggers refuse UPDATE and DELETE on it). Once there, storeRecord() refuses
    // records of the other mode (ModeRefused), whichever way they came in.
    Result<std::optional<HubMode>> mode();
    // Records the mode of a store that has none, audited in the same transaction, and returns the
    // store's mode: the one recorded, if any; else, when the store holds records, the mode they all
    // share (a store made before modes were recorded; refused, InvalidState, when it holds both);
    // else `create` (the store is new: init, serve), or none when that is not given.
    Result<std::optional<HubMode>> settleMode(std::optional<HubMode> create, const QString &operatorName,
                                              const QDateTime &nowUtc);

    // The oldest embedded SQLite the store's SQL is written for (INSERT ... ON CONFLICT).
    static constexpr int MinimumSqliteVersion = 3024000; // 3.24.0, as SQLITE_VERSION_NUMBER
    // The engine the store really talks to, asked through its own connection: "SQLite 3.40.1",
    // "PostgreSQL 15.8 ...". The embedded store refuses to open on an SQLite older than the
    // minimum: in a process that also loaded SQLCipher (its own SQLite 3.15), Qt's driver may
    // bind to that copy.
    Result<QString> engineVersion();

    // Enrolling the same key again is harmless; another key for an enrolled station is refused
    // unless an operator revoked the current one (then the new key replaces it); a revoked key is
    // never taken again. Audited with the operator's name (HubStoreStations.cpp).
    enum class Enrolled { New, Unchanged, Replaced };
    Result<Enrolled> enroll(const EnrollmentRequest &request, const QDateTime &nowUtc,
                            const QString &operatorName = QStringLiteral("system"));
    // Binds an enrolled station to the districts it serves (replacing any earlier binding); audited.
    Status bindDistricts(const QString &stationId, const QList<int> &districts,
                         const QString &operatorName = QStringLiteral("system"),
                         const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // Takes the station's current key out of service (a stolen or rotated key); audited.
    Status revoke(const QString &stationId, const QString &reason, const QString &operatorName,
                  const QDateTime &nowUtc);
    Result<std::optional<HubStation>> station(const QString &stationId);
    Result<HubStation> enrolledStation(const QString &stationId); // NotFound when it is not enrolled
    Result<QList<HubStation>> stations(); // by id
    // Every key ever enrolled, those replaced or revoked included (a record signed before a rotation
    // stays published), by station and enrollment time: published beside every cut.
    Result<QList<PublishedStationKey>> stationKeys();
    // The audit heads a station's records carried, by record number.
    Result<QList<WitnessedHead>> witnessedHeads(const QString &stationId);
    // Jumps in record numbers, of one station or (empty id) of all, in order of detection.
    Result<QList<SequenceGap>> sequenceGaps(const QString &stationId = QString());
    Result<QList<HubAuditEntry>> auditEntries();

    // Stores a record whose signature the caller has verified. The receipt is signed with hubKey
    // inside the transaction, so the stored receipt is the only one ever handed out.
    Result<StoreOutcome> storeRecord(const SignedRecord &signedRecord, const SigningKey &hubKey,
                                     const QDateTime &nowUtc);

    // The station whose stored record names this image, if any.
    Result<std::optional<QString>> imageOwner(const QString &sha256);
    Result<bool> hasImage(const QString &sha256);
    // Idempotent: storing the same image again changes nothing. Returns whether it was new.
    Result<bool> putImage(const QString &sha256, const QByteArray &bytes, const QDateTime &nowUtc);
    Result<QByteArray> image(const QString &sha256);

    // Records whose signatures the caller verified, and images, in one transaction: every item
    // is tried; with apply and no refusal it commits, otherwise it rolls back (a preview is the
    // very same run). Returns what happened, or would happen, to each item.
    // An applied import is recorded in the hub's audit log under operatorName.
    Result<QList<ImportItem>> importBundle(const QList<SignedRecord> &records, const QList<ImportImage> &images,
                                           const SigningKey &hubKey, const QDateTime &nowUtc, bool apply,
                                           const QString &operatorName = QStringLiteral("system"));

    Result<QList<HubRecord>> records(); // every version, in arrival order
    // Per CLAVE_ACTA of this template: the latest version of the station that reported it first
    // (a later station never outranks it; when the stations disagree, disagreements() says so).
    Result<QList<HubRecord>> latestRecords(const QString &templateId);
    Result<QList<HubConflict>> conflicts(); // every disagreement ever detected, in order
    // The ones that hold now, by clave; an operator's resolution ends one while the kept station's
    // latest version is still the one decided on.
    Result<QList<HubDisagreement>> disagreements(const QString &templateId);
    // An operator decides a dispute: the kept station's current version is published (and
    // counted) until that station sends another. Recorded with who, when and why in the hub's
    // hash-chained audit log, in the same transaction.
    Status resolveConflict(const QString &templateId, const QString &clave, const QString &keepStation,
                           const QString &reason, const QString &operatorName, const QDateTime &nowUtc);
    // The stored record of one station's version of an acta (to show the sides of a dispute).
    Result<std::optional<HubRecord>> record(const QString &stationId, const QString &clave, qint64 version);
    // Walks the hub audit log's chain; empty when intact, else what is broken and where.
    Result<QString> auditProblem();
    Result<qint64> count(const QString &table); // "records", "images", "stations", "conflicts"
    // Audits a certificate the operator issued (HubCertify.cpp); details: kind, file, its SHA-256.
    Status recordCertificate(const QString &operatorName, const QString &details, const QDateTime &nowUtc);

private:
    class Transaction; // HubTransaction.h: rolls back unless committed; a savepoint when nested

    HubStore(QString connectionName, bool postgres);
    Status createSchema();
    QStringList modeSchema() const; // HubStoreMode.cpp
    static QStringList keySchema(); // HubStoreStations.cpp
    // Copies the stations' current keys into station_keys where missing (of one station, or all).
    Status keepKeys(const QString &stationId = QString());
    // Empty when a record of this kind may be stored here, else why not (translated).
    Result<QString> modeProblem(bool simulated);
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &binds = {});
    Result<HubRecord> recordFromRow(const QSqlQuery &q);
    Result<QList<HubRecord>> recordsOf(QSqlQuery &q);
    // Resolutions still in force for a template: clave -> (kept station, its version).
    Result<QHash<QString, std::pair<QString, qint64>>> resolutions(const QString &templateId);
    Status appendAudit(const QString &actor, const QString &action, const QString &details, const QDateTime &nowUtc);
    Result<StoreOutcome> storeInTransaction(const SignedRecord &signedRecord, const SigningKey &hubKey,
                                            const QDateTime &nowUtc);
    Result<StoreOutcome> restate(const SyncRecord &r, qint64 recordId, const QString &recordSha,
                                 const SigningKey &hubKey, const QDateTime &nowUtc, Transaction &transaction);

    QString m_connection;
    QString m_displayName;
    bool m_postgres = false;
    std::optional<HubMode> m_mode; // kept once read: it never changes
    bool m_inTransaction = false; // kept by Transaction: whether the next one is a savepoint
};

// SHA-256 over the record's figures (values and sin acta reason): what "different figures" means.
QString figuresDigest(const SyncRecord &record);

} // namespace acta
