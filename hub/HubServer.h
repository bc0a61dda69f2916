#pragma once

#include "AccessLog.h"
#include "HubStore.h"
#include "RateLimiter.h"
#include "Result.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QObject>
#include <QSslConfiguration>

namespace acta {

struct HubServerOptions
{
    bool simulation = false; // a drill hub: takes simulation records only
    double ratePerSecond = 20;
    double burst = 40;
    qint64 maxBodyBytes = 20 * 1024 * 1024;
};

// The hub's HTTPS API (hub/README.md): POST /v1/records, PUT /v1/images/<sha256>,
// GET /v1/hub and GET /v1/conflicts, on Qt HTTP Server over a QSslServer.
class HubServer : public QObject
{
    Q_OBJECT

public:
    HubServer(HubStore &store, const SigningKey &hubKey, AccessLog &log, HubServerOptions options,
              QObject *parent = nullptr);

    // Returns the port listened on (useful with port 0).
    Result<quint16> listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls);

private:
    struct Call
    {
        const QHttpServerRequest &request;
        QString path;
        QElapsedTimer timer;
        QString station;
    };
    QHttpServerResponse handleRecord(const QHttpServerRequest &request);
    QHttpServerResponse handleImage(const QString &sha256, const QHttpServerRequest &request);
    QHttpServerResponse handleInfo(const QHttpServerRequest &request);
    QHttpServerResponse handleConflicts(const QHttpServerRequest &request);
    QHttpServerResponse finish(Call &call, QHttpServerResponse::StatusCode status, const QByteArray &body,
                               const QString &reason);
    QHttpServerResponse refuse(Call &call, QHttpServerResponse::StatusCode status, const QString &reason);
    std::optional<QHttpServerResponse> rateLimited(Call &call);
    void logRefusedUpload(const QString &peer, const QByteArray &requestLine, int status, const QString &reason);

    QHttpServer m_http;
    HubStore &m_store;
    const SigningKey &m_hubKey;
    AccessLog &m_log;
    HubServerOptions m_options;
    RateLimiter m_limiter;
    QElapsedTimer m_clock; // monotonic, for the rate limiter

    friend class BodyGuard;
};

} // namespace acta
