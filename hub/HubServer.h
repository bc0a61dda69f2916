#pragma once

#include "AccessLog.h"
#include "Catalog.h"
#include "ElectionTemplate.h"
#include "HubStore.h"
#include "RateLimiter.h"
#include "Result.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QObject>
#include <QReadWriteLock>
#include <QSslConfiguration>

#include <atomic>

struct MHD_Daemon;
struct MHD_Connection;

struct sockaddr;

namespace acta {

struct HubServerOptions
{
    bool simulation = false; // a drill hub: takes simulation records only
    double ratePerSecond = 20; // per verified station
    double burst = 40;
    double addressRatePerSecond = 100; // per client address, before anything is verified
    double addressBurst = 200;
    qint64 maxBodyBytes = 20 * 1024 * 1024; // an image; a record's limit is SignedRecord's
    unsigned maxConnections = 512;
    unsigned maxConnectionsPerAddress = 64;
    unsigned idleTimeoutSeconds = 15; // a connection that sends nothing (headers, body) this long is closed
    // New connections a second per client address (bursts of 3 times that), checked before any TLS
    // handshake: stations keep theirs open, a client reconnecting in a loop costs a handshake each.
    double connectRatePerSecond = 10;
    // Megabytes a second per client address the hub reads and drops of bodies over their limit (so
    // that a client sending all before reading, as Qt's does, still gets its 413); bursts of 6 times
    // that. Beyond it the 413 goes out at once and the connection closes.
    double drainMegabytesPerSecond = 4;
    unsigned threads = 2; // HTTP threads (TLS and parsing); the store is used on the owner's thread only
    // The election this hub publishes: when set, a record of another template, of another acta
    // type, or with figures for fields the template does not have is refused (422).
    std::optional<ElectionTemplate> election;
    // Its casillas: a station bound to districts may report only actas of casillas there.
    std::optional<Catalog> catalog;
};

// The hub's HTTPS API (docs/protocol.md): POST /v1/records, PUT /v1/images/<sha256>,
// GET /v1/hub and GET /v1/conflicts, on libmicrohttpd (GnuTLS) with the same PEM files.
//
// What a client can make the hub hold is bounded before it is held: a connection cap in total
// and per client address, an idle timeout from the first byte (slow headers or bodies are cut),
// at most 32 KiB of headers, bodies counted as they stream in and refused (413) once over the
// route's limit (a record: SignedRecord::MaxEnvelopeSize; an image: maxBodyBytes), whatever
// Content-Length or chunking says. Rate limits: per client address as soon as a request starts,
// and per station only once its signature verified (a forged envelope cannot spend a station's
// tokens). Requests are parsed on the HTTP threads; a complete one is handed to the thread that
// owns the HubServer (the store's), its connection suspended meanwhile.
class HubServer : public QObject
{
    Q_OBJECT

public:
    HubServer(HubStore &store, const SigningKey &hubKey, AccessLog &log, HubServerOptions options,
              QObject *parent = nullptr);
    ~HubServer() override;

    // What a verified record claims, checked as far as the record shows it (the HTTPS API and
    // import-bundle alike); empty when it holds. Separation of duties: two different people typed
    // the figures, and the first of them did not also make them final.
    static QString separationProblem(const SyncRecord &record);
    // The election's own form: its template, its acta type, only its fields.
    static QString electionProblem(const ElectionTemplate &election, const SyncRecord &record);
    // A station bound to districts at enrollment reports only actas of casillas there.
    static QString districtProblem(const Catalog &catalog, const HubStation &station, const SyncRecord &record);
    // A figure for a party, coalition or independent not on the acta's ballot (its district, its
    // acta type): no sheet has a box for it.
    static QString ballotProblem(const ElectionTemplate &election, const Catalog &catalog, const SyncRecord &record);

    // Returns the port listened on (useful with port 0). One listen() per HubServer.
    Result<quint16> listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);

    // A request as the HTTP threads hand it over, and the answer to send.
    struct Request
    {
        QByteArray method;
        QString path;
        QString peer;
        QByteArray body;
        QElapsedTimer timer;
        // POST /v1/records: the envelope as the HTTP thread read it (parsed once, off the store's thread).
        std::optional<SignedRecord> envelope;
    };
    struct Reply
    {
        int status = 500;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QString reason; // for the access log: why refused, or what was done
        QString station; // for the access log: the verified station, when there is one
    };

private:
    struct Exchange;
    friend struct HubServerCallbacks;
    // The HTTP threads' side: false closes the connection.
    bool access(MHD_Connection *connection, const char *url, const char *method, const char *uploadData,
                size_t *uploadSize, void **state);
    bool send(MHD_Connection *connection, Exchange &x, const Reply &reply);
    bool acceptConnection(const sockaddr *address); // before the TLS handshake
    static constexpr int HttpThreadNice = 5;
    static void lowerThisThreadsPriority(); // once per HTTP thread
    void dispatch(MHD_Connection *connection, Exchange *x);
    // On the HTTP thread, before the store's thread sees a record: a malformed envelope, or one
    // whose signature does not hold under the key its fingerprint names (when that key is known),
    // is answered there, so that a flood of forgeries does not queue on the store's thread.
    std::optional<Reply> screen(Request &request);

    // The owner thread's side.
    Reply handle(const Request &request);
    Reply handleRecord(const Request &request);
    Reply handleImage(const Request &request, const QString &sha256);
    Reply handleInfo();
    Reply handleConflicts();
    static Reply json(int status, const QByteArray &body);
    static Reply error(int status, const QString &reason);
    std::optional<Reply> rateLimited(const QString &station);

    HubStore &m_store;
    const SigningKey &m_hubKey;
    AccessLog &m_log;
    HubServerOptions m_options;
    RateLimiter m_stationLimiter;
    RateLimiter m_addressLimiter;
    RateLimiter m_connectLimiter; // new connections per client address
    RateLimiter m_drainLimiter; // megabytes of oversized bodies read and dropped per client address
    QElapsedTimer m_clock; // monotonic, for the rate limiters (read from every thread)
    MHD_Daemon *m_daemon = nullptr;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    std::atomic<bool> m_stopping {false};
    QMutex m_suspendedMutex;
    QHash<MHD_Connection *, Exchange *> m_suspended; // waiting for the owner thread
    // Public keys by fingerprint, of enrolled stations whose records verified (a fingerprint names
    // one key for good, so an entry never goes stale); read by screen() on the HTTP threads.
    static constexpr qsizetype MaxKnownKeys = 100000;
    QReadWriteLock m_keysLock;
    QHash<QString, QByteArray> m_knownKeys;
};

} // namespace acta
