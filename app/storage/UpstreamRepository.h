#pragma once

#include "ActaRepository.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Result.h"
#include "UserRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace acta {

class Database;

// A hub the station sends its outbox to, pinned: records go only over TLS to a server whose
// certificate chains to caPem, and a receipt counts only when hubPublicKey signed it.
struct UpstreamEndpoint
{
    qint64 id = 0;
    QString name; // "primary", "alterno-1"...
    QString url; // https://host:port/ (the API paths are appended)
    QByteArray caPem; // the CA certificate(s) the server's chain must end in
    QByteArray hubPublicKey; // 32-byte Ed25519 key that signs its receipts
    QDateTime createdAt;
};

// An outbox record one endpoint still needs: the record itself, or only its image.
struct PendingUpload
{
    OutboxItem item;
    bool hasReceipt = false; // the record is there, the image is not yet
    QString imageSha256; // empty when the record names no image
};

struct UpstreamRefusal
{
    qint64 outboxId = 0;
    QString clave;
    qint64 version = 0;
    QString endpoint;
    int httpStatus = 0;
    QString reason;
    QDateTime refusedAt;
};

struct SyncSummary
{
    qint64 records = 0; // outbox rows
    qint64 acknowledged = 0; // reached the quorum
    qint64 pending = 0; // not yet
    qint64 refused = 0; // (record, endpoint) pairs refused for good
    QDateTime oldestPending; // invalid when nothing is pending
    QDateTime lastAcknowledged; // invalid when nothing was acknowledged
};

// Where the outbox goes and what came back (tables upstream_endpoints, sync_receipts,
// sync_refusals; station.sync_quorum). Every endpoint gets every record; a record is
// acknowledged, and its acta Synced, once `quorum` endpoints hold it with its image and
// answered with a receipt that verified (the sync worker checks receipts before storing them).
class UpstreamRepository
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamRepository)

public:
    UpstreamRepository(Database &db, ActaRepository &actas, const Clock &clock);

    // What a hub is pinned with, checked the same way wherever it comes from (the command line,
    // the administrator's screen). The address as stored: https://, a host, ending in '/'.
    static Result<QString> normalizedUrl(const QString &url);
    // The hub's receipt-signing key as "actahub init" prints it: 64 hexadecimal digits (spaces
    // around are ignored, either case); the 32 bytes.
    static Result<QByteArray> parseHubKey(const QString &hex);
    // The hub's CA certificate file: at most MaxCaFileBytes, holding a PEM certificate.
    static constexpr qint64 MaxCaFileBytes = 1024 * 1024;
    static Result<QByteArray> readCaCertificate(const QString &path);

    // Configuration; needs ConfigureStation; audited.
    Result<UpstreamEndpoint> addEndpoint(const User &actor, const QString &name, const QString &url,
                                         const QByteArray &caPem, const QByteArray &hubPublicKey);
    Status removeEndpoint(const User &actor, const QString &name);
    Status setQuorum(const User &actor, int quorum); // 1 .. number of endpoints
    Result<QList<UpstreamEndpoint>> endpoints();
    Result<int> quorum();

    // What an endpoint still needs, oldest first (refused records excluded).
    Result<QList<PendingUpload>> pendingFor(qint64 endpointId, int limit);
    // The receipt verified: stored byte for byte. imageNeeded false marks it complete at once.
    // Returns whether the record reached its quorum now (and was acknowledged).
    Result<bool> storeReceipt(qint64 outboxId, qint64 endpointId, const QByteArray &receipt, bool imageNeeded);
    Result<bool> markImageDone(qint64 outboxId, qint64 endpointId);
    // The endpoint lost the record (its image upload answered 404): it is sent again.
    Status forgetReceipt(qint64 outboxId, qint64 endpointId);
    Status storeRefusal(qint64 outboxId, qint64 endpointId, int httpStatus, const QString &reason);
    Result<QList<UpstreamRefusal>> refusals();
    Result<qint64> clearRefusals(const User &actor); // they are tried again; returns how many
    // Records complete at the quorum but not yet acknowledged (a crash between the two steps).
    Result<qint64> acknowledgeReady();

    Result<QByteArray> imageBySha256(const QString &sha256);
    // The stored receipts of one record, by endpoint name.
    Result<QList<QPair<QString, QByteArray>>> receipts(qint64 outboxId);
    // The audit heads the endpoints witnessed, read from the stored receipts of this station's
    // records; each receipt's signature is checked again with its endpoint's pinned key, and one
    // that does not hold is an error (a receipt planted in the store).
    Result<QList<AuditLog::WitnessedHead>> witnessedHeads(const QString &stationId);
    Result<SyncSummary> summary();
    // The same, for readers holding only the database (the dashboard's snapshot).
    static Result<SyncSummary> summaryOf(Database &db);
    // Outbox records no endpoint has acknowledged up to the quorum, oldest first (for bundles).
    Result<QList<OutboxItem>> unacknowledged();

private:
    Status requireConfigure(const User &actor);
    Status audit(const User &actor, const char *action, const QString &details);
    Result<bool> acknowledgeIfComplete(qint64 outboxId);

    Database &m_db;
    ActaRepository &m_actas;
    const Clock &m_clock;
};

} // namespace acta
