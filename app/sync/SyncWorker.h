#pragma once

#include "Backoff.h"
#include "OutboxRecords.h"
#include "Result.h"
#include "SigningKey.h"
#include "UpstreamRepository.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace acta {

class Station;

// Sends the station's outbox upstream over HTTPS and keeps what the hubs answer.
//
// Each configured endpoint has its own lane: it takes the oldest record that endpoint does
// not hold yet, POSTs the signed record (docs/protocol.md), checks the hub-signed receipt
// against the pinned hub key and the record it sent, stores it, then PUTs the record's image
// (content addressed by SHA-256), then the next record. One request in flight per lane.
// A record is acknowledged, and its acta Synced, when `quorum` endpoints hold it
// (UpstreamRepository); every endpoint still gets every record.
//
// Lane states
//   Idle      nothing pending for this endpoint; looks again every pollInterval or on wake()
//   Sending   a request is in flight
//   Waiting   the last attempt failed (hub unreachable, reset, timeout, 5xx, 429/503): waits
//             Backoff's delay (1 s to 5 min with jitter, or the hub's Retry-After), then sends
//             again. Offline is this state, not an error: nothing is lost or skipped.
// Triggers: a finished request (success -> next record at once; transient failure ->
// Waiting; a refusal for good (400/403/409/413/422) -> the record is set aside for that
// endpoint with the hub's reason (UpstreamRepository::storeRefusal) and the lane goes on).
// Only this worker fires them; a person acts through clearRefusals() and the configuration.
//
// The worker runs on the thread that owns the station (the GUI thread or the CLI's): the
// network is asynchronous, and each database step is one short transaction.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class LaneState { Idle, Sending, Waiting };
    Q_ENUM(LaneState)

    struct Options
    {
        int pollIntervalMs = 5000;
        int transferTimeoutMs = 60000; // a hub that stops answering mid-request
        qint64 minBackoffMs = 1000;
        qint64 maxBackoffMs = 5 * 60 * 1000;
        Backoff::Random random; // default: QRandomGenerator
    };

    struct LaneStatus
    {
        QString endpoint;
        LaneState state = LaneState::Idle;
        int failures = 0; // in a row
        QString lastError; // translated; empty after a success
        QDateTime nextAttemptUtc; // when Waiting
        qint64 sent = 0; // receipts stored this run
    };

    SyncWorker(Station &station, OutboxRecords records, SigningKey key, Options options, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Reads the endpoints and starts every lane. Fails when none is configured or one's
    // pinned CA does not parse.
    Status start();
    void stop();
    // New records were queued: idle lanes look now instead of at their next poll.
    void wake();

    QList<LaneStatus> status() const;
    bool allIdle() const; // every lane Idle: nothing pending anywhere (refusals aside)

Q_SIGNALS:
    void statusChanged();
    // The record reached its quorum: the acta is acknowledged upstream.
    void acknowledged(const QString &clave, qint64 version);
    void refused(const QString &endpoint, const QString &clave, qint64 version, const QString &reason);
    // A database error: the worker stops (the station's store needs attention).
    void failed(const QString &message);

private:
    struct Lane;
    void pump(Lane &lane);
    void post(Lane &lane, const PendingUpload &upload);
    void putImage(Lane &lane, const PendingUpload &upload);
    void onRecordAnswer(Lane &lane, QNetworkReply *reply, const PendingUpload &upload, const QString &recordSha);
    void onImageAnswer(Lane &lane, QNetworkReply *reply, const PendingUpload &upload);
    // Returns true when the answer was a transient failure (the lane now waits).
    bool retryLater(Lane &lane, QNetworkReply *reply, int status, const QString &what);
    void refuse(Lane &lane, const PendingUpload &upload, int status, const QByteArray &body);
    void idleOrNext(Lane &lane);
    void fatal(const Error &error);
    QNetworkReply *send(Lane &lane, const QByteArray &verb, const QString &path, const QByteArray &body);

    Station &m_station;
    UpstreamRepository &m_upstream;
    OutboxRecords m_records;
    SigningKey m_key;
    Options m_options;
    QNetworkAccessManager *m_network;
    std::vector<std::unique_ptr<Lane>> m_lanes;
    bool m_running = false;
    std::optional<Error> m_fatal; // why the worker stopped, for start() to return
};

} // namespace acta
