#include "SyncWorker.h"

#include "Receipt.h"
#include "Sha256.h"
#include "Station.h"
#include "SyncLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

namespace acta {

namespace {

bool isRefusalForGood(int status)
{
    // The hub read the request and will answer the same again: sending it again is pointless.
    return status == 400 || status == 403 || status == 409 || status == 411 || status == 413 || status == 422;
}

QString hubReason(const QByteArray &body)
{
    const QString reason = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString();
    return reason.isEmpty() ? QString::fromUtf8(body.left(200)) : reason;
}

} // namespace

struct SyncWorker::Lane
{
    UpstreamEndpoint endpoint;
    QSslConfiguration tls;
    Backoff backoff;
    QTimer timer;
    QPointer<QNetworkReply> reply;
    LaneStatus status;
};

SyncWorker::SyncWorker(Station &station, OutboxRecords records, SigningKey key, Options options, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_upstream(station.upstream())
    , m_records(std::move(records))
    , m_key(std::move(key))
    , m_options(std::move(options))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setAutoDeleteReplies(false);
}

SyncWorker::~SyncWorker()
{
    stop();
}

Status SyncWorker::start()
{
    stop();
    Result<QList<UpstreamEndpoint>> endpoints = m_upstream.endpoints();
    if (!endpoints)
        return endpoints.takeError();
    if (endpoints->isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("No upstream hub is configured: add one with \"actacapture upstream add\"."));
    // A crash may have come between a receipt and its acknowledgement.
    if (Result<qint64> ready = m_upstream.acknowledgeReady(); !ready)
        return ready.takeError();
    for (const UpstreamEndpoint &e : *endpoints) {
        const QList<QSslCertificate> ca = QSslCertificate::fromData(e.caPem, QSsl::Pem);
        if (ca.isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("The pinned CA certificate of endpoint %1 cannot be read.").arg(e.name));
        auto lane = std::make_unique<Lane>();
        lane->endpoint = e;
        // Only the pinned CA: the system's trust store plays no part.
        lane->tls = QSslConfiguration::defaultConfiguration();
        lane->tls.setCaCertificates(ca);
        lane->tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        lane->backoff = Backoff(m_options.random, m_options.minBackoffMs, m_options.maxBackoffMs);
        lane->status.endpoint = e.name;
        lane->timer.setSingleShot(true);
        Lane *raw = lane.get();
        connect(&lane->timer, &QTimer::timeout, this, [this, raw] { pump(*raw); });
        m_lanes.push_back(std::move(lane));
    }
    m_fatal.reset();
    m_running = true;
    qCInfo(lcSync) << "sync worker started with" << m_lanes.size() << "endpoint(s)";
    for (auto &lane : m_lanes)
        pump(*lane);
    if (!m_running)
        return m_fatal
            ? *m_fatal
            : fail(ErrorCode::Internal, tr("The sync worker stopped at once; see the message before this one."));
    return {};
}

void SyncWorker::stop()
{
    m_running = false;
    for (auto &lane : m_lanes) {
        lane->timer.stop();
        if (lane->reply) {
            QNetworkReply *r = lane->reply;
            lane->reply = nullptr;
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
    m_lanes.clear();
}

void SyncWorker::wake()
{
    for (auto &lane : m_lanes)
        if (lane->status.state == LaneState::Idle && !lane->reply)
            pump(*lane);
}

QList<SyncWorker::LaneStatus> SyncWorker::status() const
{
    QList<LaneStatus> list;
    for (const auto &lane : m_lanes)
        list.append(lane->status);
    return list;
}

bool SyncWorker::allIdle() const
{
    if (m_lanes.empty())
        return false;
    for (const auto &lane : m_lanes)
        if (lane->status.state != LaneState::Idle)
            return false;
    return true;
}

void SyncWorker::fatal(const Error &error)
{
    const QString &message = error.message;
    m_fatal = error;
    qCWarning(lcSync) << "sync stopped:" << message;
    // Halt, but keep the lanes: the caller up the stack may still hold one.
    m_running = false;
    for (auto &lane : m_lanes) {
        lane->timer.stop();
        if (QNetworkReply *r = lane->reply) {
            lane->reply = nullptr;
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
    Q_EMIT failed(message);
}

void SyncWorker::pump(Lane &lane)
{
    if (!m_running || lane.reply)
        return;
    Result<QList<PendingUpload>> next = m_upstream.pendingFor(lane.endpoint.id, 1);
    if (!next)
        return fatal(next.takeError());
    if (next->isEmpty()) {
        lane.status.state = LaneState::Idle;
        lane.timer.start(m_options.pollIntervalMs);
        Q_EMIT statusChanged();
        return;
    }
    const PendingUpload &upload = next->first();
    lane.status.state = LaneState::Sending;
    if (upload.hasReceipt)
        putImage(lane, upload);
    else
        post(lane, upload);
    Q_EMIT statusChanged();
}

QNetworkReply *SyncWorker::send(Lane &lane, const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(lane.endpoint.url).resolved(QUrl(path)));
    request.setSslConfiguration(lane.tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setTransferTimeout(m_options.transferTimeoutMs);
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    lane.reply = reply;
    return reply;
}

void SyncWorker::post(Lane &lane, const PendingUpload &upload)
{
    Result<SignedRecord> record = m_records.sign(upload.item, m_key);
    if (!record)
        return fatal(fail(record.code(),
                          tr("Outbox record %1 (acta %2) cannot be signed: %3")
                              .arg(upload.item.id)
                              .arg(upload.item.clave, record.error())));
    Result<QByteArray> canonical = SyncRecordJson::canonicalBytes(record->record());
    if (!canonical)
        return fatal(canonical.takeError());
    const QString sha = sha256Hex(*canonical);
    QNetworkReply *reply = send(lane, QByteArrayLiteral("POST"), QStringLiteral("v1/records"), record->envelope());
    connect(reply, &QNetworkReply::finished, this,
            [this, &lane, reply, upload, sha] { onRecordAnswer(lane, reply, upload, sha); });
}

void SyncWorker::putImage(Lane &lane, const PendingUpload &upload)
{
    Result<QByteArray> image = m_upstream.imageBySha256(upload.imageSha256);
    if (!image)
        return fatal(image.takeError());
    QNetworkReply *reply
        = send(lane, QByteArrayLiteral("PUT"), QStringLiteral("v1/images/") + upload.imageSha256, *image);
    connect(reply, &QNetworkReply::finished, this,
            [this, &lane, reply, upload] { onImageAnswer(lane, reply, upload); });
}

bool SyncWorker::retryLater(Lane &lane, QNetworkReply *reply, int status, const QString &what)
{
    const bool transient = status == 0 || status == 408 || status == 429 || status >= 500;
    if (!transient)
        return false;
    std::optional<qint64> retryAfter;
    if (status == 429 || status == 503)
        retryAfter = Backoff::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const qint64 delay = lane.backoff.failure(retryAfter);
    lane.status.state = LaneState::Waiting;
    lane.status.failures = lane.backoff.failures();
    lane.status.lastError = status == 0
        ? tr("%1: %2").arg(what, reply->errorString())
        : tr("%1: the hub answered %2 %3").arg(what).arg(status).arg(hubReason(reply->peek(4096)));
    lane.status.nextAttemptUtc = QDateTime::currentDateTimeUtc().addMSecs(delay);
    qCInfo(lcSync) << lane.endpoint.name << "retry in" << delay << "ms after" << lane.status.lastError;
    lane.timer.start(int(delay));
    Q_EMIT statusChanged();
    return true;
}

void SyncWorker::refuse(Lane &lane, const PendingUpload &upload, int status, const QByteArray &body)
{
    const QString reason = hubReason(body);
    qCWarning(lcSync) << lane.endpoint.name << "refused outbox record" << upload.item.id << upload.item.clave << status
                      << reason;
    if (Status s = m_upstream.storeRefusal(upload.item.id, lane.endpoint.id, status, reason); !s)
        return fatal(s.takeError());
    Q_EMIT refused(lane.endpoint.name, upload.item.clave, upload.item.version, reason);
}

void SyncWorker::idleOrNext(Lane &lane)
{
    lane.backoff.success();
    lane.status.failures = 0;
    lane.status.lastError.clear();
    lane.status.nextAttemptUtc = QDateTime();
    pump(lane);
}

void SyncWorker::onRecordAnswer(Lane &lane, QNetworkReply *reply, const PendingUpload &upload, const QString &sha)
{
    reply->deleteLater();
    if (lane.reply != reply)
        return; // stopped meanwhile
    lane.reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString what = tr("record %1 (acta %2)").arg(upload.item.id).arg(upload.item.clave);
    if (retryLater(lane, reply, status, what))
        return;
    const QByteArray body = reply->readAll();
    if (status != 200) {
        if (isRefusalForGood(status))
            refuse(lane, upload, status, body);
        else
            qCWarning(lcSync) << lane.endpoint.name << "unexpected answer" << status << "for" << what;
        if (!isRefusalForGood(status)) {
            // Neither success nor a known refusal (a proxy's page, a redirect): try again later.
            lane.status.lastError = tr("%1: the hub answered %2").arg(what).arg(status);
            lane.status.state = LaneState::Waiting;
            lane.timer.start(int(lane.backoff.failure()));
            Q_EMIT statusChanged();
            return;
        }
        return idleOrNext(lane);
    }
    // The receipt must be the pinned hub's, and for exactly what was sent.
    Result<SignedReceipt> receipt = SignedReceipt::fromJson(body);
    Status check = receipt ? receipt->verify(lane.endpoint.hubPublicKey) : Status(receipt.takeError());
    if (check) {
        const Receipt &r = receipt->receipt();
        if (r.stationId != m_station.stationId() || r.seq != m_records.seqOf(upload.item)
            || r.clave != upload.item.clave || r.version != upload.item.version || r.recordSha256 != sha)
            check = fail(ErrorCode::Integrity,
                         tr("the receipt is for another record (station %1, seq %2, acta %3)")
                             .arg(r.stationId)
                             .arg(r.seq)
                             .arg(r.clave));
    }
    if (!check) {
        // Not stored, not counted: the record goes again after a wait, and a hub that keeps
        // answering like this stays visibly failing.
        lane.status.lastError = tr("%1: the hub's receipt does not hold: %2").arg(what, check.error());
        qCWarning(lcSync) << lane.endpoint.name << lane.status.lastError;
        lane.status.state = LaneState::Waiting;
        lane.status.failures = lane.backoff.failures() + 1;
        lane.timer.start(int(lane.backoff.failure()));
        Q_EMIT statusChanged();
        return;
    }
    Result<bool> acked = m_upstream.storeReceipt(upload.item.id, lane.endpoint.id, body, !upload.imageSha256.isEmpty());
    if (!acked)
        return fatal(acked.takeError());
    ++lane.status.sent;
    if (*acked)
        Q_EMIT acknowledged(upload.item.clave, upload.item.version);
    idleOrNext(lane);
}

void SyncWorker::onImageAnswer(Lane &lane, QNetworkReply *reply, const PendingUpload &upload)
{
    reply->deleteLater();
    if (lane.reply != reply)
        return;
    lane.reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString what = tr("image of acta %1").arg(upload.item.clave);
    if (retryLater(lane, reply, status, what))
        return;
    const QByteArray body = reply->readAll();
    if (status == 200 || status == 201) {
        Result<bool> acked = m_upstream.markImageDone(upload.item.id, lane.endpoint.id);
        if (!acked)
            return fatal(acked.takeError());
        if (*acked)
            Q_EMIT acknowledged(upload.item.clave, upload.item.version);
        return idleOrNext(lane);
    }
    if (isRefusalForGood(status)) {
        refuse(lane, upload, status, body);
        return idleOrNext(lane);
    }
    if (status == 404) {
        // The hub no longer holds the record (restored from an older backup?): forget its receipt
        // so the record goes again (a hub that still has it answers with the same receipt).
        if (Status s = m_upstream.forgetReceipt(upload.item.id, lane.endpoint.id); !s)
            return fatal(s.takeError());
    }
    lane.status.lastError = tr("%1: the hub answered %2 %3").arg(what).arg(status).arg(hubReason(body));
    lane.status.state = LaneState::Waiting;
    lane.status.failures = lane.backoff.failures() + 1;
    lane.timer.start(int(lane.backoff.failure()));
    Q_EMIT statusChanged();
}

} // namespace acta
