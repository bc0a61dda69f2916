#include "HubServer.h"

#include "Clock.h"
#include "HubLog.h"
#include "Sha256.h"
#include "SignedRecord.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslServer>
#include <QSslSocket>

namespace acta {

using Status_ = QHttpServerResponse::StatusCode;

namespace {

QByteArray errorBody(int status, const QString &reason)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("error"), reason}})
        .toJson(QJsonDocument::Compact);
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    default:
        return QStringLiteral("OTHER");
    }
}

} // namespace

// Watches a connection's bytes before Qt HTTP Server reads them. Qt HTTP Server 6.4 buffers a
// whole request body before any handler runs and has no size limit, so a request announcing a
// body over the limit (Content-Length) is answered 413 here, as soon as its headers are in, and
// the server is disconnected from the socket so it never buffers the rest. The announced body
// is then read and thrown away (up to DrainLimit bytes) so that clients which read the answer
// only after sending everything (QNetworkAccessManager does) still get the 413 rather than a
// reset connection; beyond DrainLimit, or for chunked bodies (411) and requests whose headers
// were not seen, the connection is closed at once.
class BodyGuard : public QObject
{
public:
    static constexpr qint64 DrainLimit = 256LL * 1024 * 1024;

    BodyGuard(QTcpSocket *socket, HubServer *hub)
        : QObject(socket)
        , m_socket(socket)
        , m_hub(hub)
    {
        connect(socket, &QIODevice::readyRead, this, &BodyGuard::inspect);
    }

private:
    void inspect()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (m_refused) {
            m_drain -= m_socket->skip(available);
            if (m_drain <= 0)
                m_socket->disconnectFromHost();
            return;
        }
        const QByteArray head = m_socket->peek(qMin<qint64>(available, 16 * 1024));
        static const QRegularExpression requestLine(QStringLiteral("^[A-Z]{3,7} /[^ ]* HTTP/1\\.[01]\r\n"));
        const int end = head.indexOf("\r\n\r\n");
        if (end > 0 && requestLine.match(QString::fromLatin1(head.left(qMin(end + 2, 2048)))).hasMatch()) {
            // A new request starts in this chunk: read its headers.
            const qint64 bodyInChunk = available - (end + 4);
            m_bytes = bodyInChunk;
            const QByteArray firstLine = head.left(head.indexOf("\r\n"));
            const QList<QByteArray> lines = head.left(end).split('\n');
            for (const QByteArray &raw : lines) {
                const QByteArray line = raw.trimmed();
                const int colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length") {
                    bool ok = false;
                    const qint64 length = value.toLongLong(&ok);
                    if (!ok || length > m_hub->m_options.maxBodyBytes)
                        return refuse(firstLine, 413,
                                      HubServer::tr("The request body of %1 bytes is over the hub's limit of %2 bytes.")
                                          .arg(QString::fromLatin1(value))
                                          .arg(m_hub->m_options.maxBodyBytes),
                                      ok && length <= DrainLimit ? length - bodyInChunk : -1);
                } else if (name == "transfer-encoding" && value.toLower() != "identity") {
                    return refuse(firstLine, 411,
                                  HubServer::tr("Chunked request bodies are not accepted: send a Content-Length."), -1);
                }
            }
            m_firstLine = firstLine;
            return;
        }
        m_bytes += available;
        if (m_bytes > m_hub->m_options.maxBodyBytes + 64 * 1024)
            refuse(m_firstLine, 413,
                   HubServer::tr("The request body is over the hub's limit of %1 bytes.")
                       .arg(m_hub->m_options.maxBodyBytes),
                   -1);
    }

    // drain: body bytes still to come and to be thrown away; -1 to close at once.
    void refuse(const QByteArray &firstLine, int status, const QString &reason, qint64 drain)
    {
        m_refused = true;
        // The server must not buffer what follows: cut it off from this socket's data.
        QObject::disconnect(m_socket, SIGNAL(readyRead()), &m_hub->m_http, nullptr);
        QObject::disconnect(m_socket, SIGNAL(readyRead()), m_socket, nullptr);
        const QByteArray body = errorBody(status, reason);
        const QByteArray text
            = status == 413 ? QByteArrayLiteral("Payload Too Large") : QByteArrayLiteral("Length Required");
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + text
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                        + "\r\nConnection: close\r\n\r\n" + body);
        m_hub->logRefusedUpload(m_socket->peerAddress().toString(), firstLine, status, reason);
        m_socket->skip(m_socket->bytesAvailable());
        m_drain = drain;
        // Flushes the answer, then closes; no more data is read from the peer meanwhile.
        if (m_drain <= 0)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    HubServer *m_hub;
    QByteArray m_firstLine;
    qint64 m_bytes = 0;
    qint64 m_drain = 0;
    bool m_refused = false;
};

namespace {

// QSslServer whose connections get a BodyGuard before Qt HTTP Server takes them: the server
// calls the virtual nextPendingConnection() and connects its own readyRead handler afterwards.
class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(HubServer *hub)
        : m_hub(hub)
    { }
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QSslServer::nextPendingConnection();
        if (socket)
            new BodyGuard(socket, m_hub);
        return socket;
    }

private:
    HubServer *m_hub;
};

} // namespace

HubServer::HubServer(HubStore &store, const SigningKey &hubKey, AccessLog &log, HubServerOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hubKey(hubKey)
    , m_log(log)
    , m_options(options)
    , m_limiter(options.ratePerSecond, options.burst)
{
    m_clock.start();
    m_http.route(QStringLiteral("/v1/records"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return handleRecord(request); });
    m_http.route(
        QStringLiteral("/v1/images/<arg>"), QHttpServerRequest::Method::Put,
        [this](const QString &sha256, const QHttpServerRequest &request) { return handleImage(sha256, request); });
    m_http.route(QStringLiteral("/v1/hub"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request) { return handleInfo(request); });
    m_http.route(QStringLiteral("/v1/conflicts"), QHttpServerRequest::Method::Get,
                 [this](const QHttpServerRequest &request) { return handleConflicts(request); });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Call call {request, request.url().path(), {}, {}};
        call.timer.start();
        refuse(call, Status_::NotFound,
               tr("There is no %1 %2 in this API.").arg(methodName(request.method()), call.path))
            .write(std::move(responder));
    });
}

Result<quint16> HubServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    auto *server = new GuardedSslServer(this);
    server->setSslConfiguration(tls);
    if (!server->listen(address, port)) {
        const QString error = server->errorString();
        delete server;
        return fail(ErrorCode::Unavailable,
                    tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(error));
    }
    const quint16 actual = server->serverPort();
    m_http.bind(server);
    qCInfo(lcHub).noquote() << QStringLiteral("listening on https://%1:%2").arg(address.toString()).arg(actual)
                            << (m_options.simulation ? "(simulation hub)" : "(production hub)");
    return actual;
}

QHttpServerResponse HubServer::finish(Call &call, Status_ status, const QByteArray &body, const QString &reason)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, status);
    m_log.write({call.request.remoteAddress().toString(), call.station, methodName(call.request.method()), call.path,
                 int(status), call.timer.elapsed(), reason});
    return response;
}

QHttpServerResponse HubServer::refuse(Call &call, Status_ status, const QString &reason)
{
    if (int(status) >= 500)
        qCWarning(lcHub).noquote() << "internal error:" << reason;
    return finish(call, status, errorBody(int(status), reason), reason);
}

std::optional<QHttpServerResponse> HubServer::rateLimited(Call &call)
{
    const std::optional<int> retryAfter = m_limiter.take(call.station, m_clock.elapsed());
    if (!retryAfter)
        return std::nullopt;
    QHttpServerResponse response = refuse(call, Status_::TooManyRequests,
                                          tr("Station %1 sends too fast (at most %2 requests a second); retry in %3 s.")
                                              .arg(call.station)
                                              .arg(m_options.ratePerSecond)
                                              .arg(*retryAfter));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfter));
    return response;
}

void HubServer::logRefusedUpload(const QString &peer, const QByteArray &requestLine, int status, const QString &reason)
{
    const QList<QByteArray> parts = requestLine.split(' ');
    m_log.write(
        {peer, {}, QString::fromLatin1(parts.value(0)), QString::fromLatin1(parts.value(1)), status, 0, reason});
}

QHttpServerResponse HubServer::handleRecord(const QHttpServerRequest &request)
{
    Call call {request, request.url().path(), {}, {}};
    call.timer.start();
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes || body.size() > SignedRecord::MaxEnvelopeSize)
        return refuse(call, Status_::PayloadTooLarge,
                      tr("The signed record has %1 bytes, more than the %2 allowed.")
                          .arg(body.size())
                          .arg(SignedRecord::MaxEnvelopeSize));
    Result<SignedRecord> envelope = SignedRecord::fromEnvelope(body);
    if (!envelope)
        return refuse(call, Status_::BadRequest, envelope.error());
    const SyncRecord &record = envelope->record();
    call.station = record.stationId;
    if (auto limited = rateLimited(call))
        return std::move(*limited);

    Result<std::optional<HubStation>> station = m_store.station(record.stationId);
    if (!station)
        return refuse(call, Status_::InternalServerError, station.error());
    if (!*station)
        return refuse(call, Status_::Forbidden, tr("Station %1 is not enrolled at this hub.").arg(record.stationId));
    if ((*station)->fingerprint != envelope->keyFingerprint())
        return refuse(call, Status_::Forbidden,
                      tr("Station %1 is enrolled with key %2, not %3.")
                          .arg(record.stationId, (*station)->fingerprint, envelope->keyFingerprint()));
    Status verified = envelope->verify((*station)->publicKey);
    if (!verified)
        return refuse(call, Status_::Forbidden, tr("The signature does not hold: %1").arg(verified.error()));
    if (record.simulated && !m_options.simulation)
        return refuse(call, Status_::Forbidden, tr("A simulation (drill) record is refused by this production hub."));
    if (!record.simulated && m_options.simulation)
        return refuse(call, Status_::Forbidden, tr("A production record is refused by this simulation (drill) hub."));

    Result<StoreOutcome> outcome = m_store.storeRecord(*envelope, m_hubKey, QDateTime::currentDateTimeUtc());
    if (!outcome)
        return refuse(call, Status_::InternalServerError, outcome.error());
    switch (outcome->kind) {
    case StoreOutcome::Kind::SequenceTaken:
        return refuse(
            call, Status_::Conflict,
            tr("Sequence %1 of station %2 was already used for another record.").arg(record.seq).arg(record.stationId));
    case StoreOutcome::Kind::VersionTaken:
        return refuse(call, Status_::Conflict,
                      tr("Station %1 already sent another record as version %2 of acta %3.")
                          .arg(record.stationId)
                          .arg(record.version)
                          .arg(record.clave));
    case StoreOutcome::Kind::VersionOutOfOrder:
        return refuse(call, Status_::Conflict,
                      tr("Station %1 sent version %2 of acta %3; the next version it may send is %4.")
                          .arg(record.stationId)
                          .arg(record.version)
                          .arg(record.clave)
                          .arg(outcome->expectedVersion));
    case StoreOutcome::Kind::Duplicate:
        return finish(call, Status_::Ok, outcome->receipt, tr("already stored: same receipt"));
    case StoreOutcome::Kind::Stored:
        break;
    }
    QHttpServerResponse response
        = finish(call, Status_::Ok, outcome->receipt,
                 outcome->conflict ? tr("stored; conflicts with another station's figures") : tr("stored"));
    if (outcome->conflict)
        response.setHeader(QByteArrayLiteral("Acta-Conflict"), QByteArrayLiteral("true"));
    return response;
}

QHttpServerResponse HubServer::handleImage(const QString &sha256, const QHttpServerRequest &request)
{
    Call call {request, request.url().path(), {}, {}};
    call.timer.start();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return refuse(call, Status_::BadRequest, tr("The image name must be its SHA-256 in 64 lowercase hex digits."));
    const QByteArray body = request.body();
    if (body.size() > m_options.maxBodyBytes)
        return refuse(
            call, Status_::PayloadTooLarge,
            tr("The image has %1 bytes, more than the %2 allowed.").arg(body.size()).arg(m_options.maxBodyBytes));
    const QString actual = sha256Hex(body);
    if (actual != sha256)
        return refuse(call, Status_::UnprocessableEntity,
                      tr("The image's SHA-256 is %1, not the %2 it was sent as.").arg(actual, sha256));
    Result<std::optional<QString>> owner = m_store.imageOwner(sha256);
    if (!owner)
        return refuse(call, Status_::InternalServerError, owner.error());
    if (!*owner)
        return refuse(call, Status_::NotFound,
                      tr("No stored record names image %1: send the record first.").arg(sha256));
    call.station = **owner;
    if (auto limited = rateLimited(call))
        return std::move(*limited);
    Result<bool> stored = m_store.putImage(sha256, body, QDateTime::currentDateTimeUtc());
    if (!stored)
        return refuse(call, Status_::InternalServerError, stored.error());
    const QByteArray answer
        = QJsonDocument(QJsonObject {{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), qint64(body.size())}})
              .toJson(QJsonDocument::Compact);
    return *stored ? finish(call, Status_::Created, answer, tr("image stored"))
                   : finish(call, Status_::Ok, answer, tr("image already stored"));
}

QHttpServerResponse HubServer::handleInfo(const QHttpServerRequest &request)
{
    Call call {request, request.url().path(), {}, {}};
    call.timer.start();
    const QJsonObject info {{QStringLiteral("format"), QStringLiteral("actahub.info/1")},
                            {QStringLiteral("hub_key"), m_hubKey.fingerprint()},
                            {QStringLiteral("public_key"), QString::fromLatin1(m_hubKey.publicKey().toHex())},
                            {QStringLiteral("simulation"), m_options.simulation},
                            {QStringLiteral("max_body_bytes"), m_options.maxBodyBytes}};
    return finish(call, Status_::Ok, QJsonDocument(info).toJson(QJsonDocument::Compact), {});
}

QHttpServerResponse HubServer::handleConflicts(const QHttpServerRequest &request)
{
    Call call {request, request.url().path(), {}, {}};
    call.timer.start();
    Result<QList<HubConflict>> conflicts = m_store.conflicts();
    if (!conflicts)
        return refuse(call, Status_::InternalServerError, conflicts.error());
    QJsonArray list;
    for (const HubConflict &c : *conflicts)
        list.append(QJsonObject {{QStringLiteral("clave_acta"), c.clave},
                                 {QStringLiteral("station_a"), c.stationA},
                                 {QStringLiteral("seq_a"), c.seqA},
                                 {QStringLiteral("station_b"), c.stationB},
                                 {QStringLiteral("seq_b"), c.seqB},
                                 {QStringLiteral("detected_at"), toStoredUtc(c.detectedAt)}});
    return finish(call, Status_::Ok, QJsonDocument(list).toJson(QJsonDocument::Compact), {});
}

} // namespace acta
