#include "HubServer.h"

#include "ActaKey.h"
#include "Clock.h"
#include "HubLog.h"
#include "PrepRules.h"
#include "Sha256.h"
#include "SignedRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>

#include <sodium.h>

#include <arpa/inet.h>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace acta {

namespace {

constexpr size_t HeaderMemory = 32 * 1024; // request line and headers of one connection
// A body over its limit is read and dropped (never kept) up to this many bytes, so that a client
// which reads the answer only after sending everything (Qt's network access does) gets the 413;
// beyond it, or when the size is not announced, the answer goes out and the connection closes.
constexpr qint64 DrainLimit = 64LL * 1024 * 1024;

QString addressText(const sockaddr *a)
{
    if (!a)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    if (a->sa_family == AF_INET)
        inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in *>(a)->sin_addr, text, sizeof text);
    else if (a->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6 *>(a)->sin6_addr, text, sizeof text);
    return QString::fromLatin1(text);
}

QString peerOf(MHD_Connection *connection)
{
    const MHD_ConnectionInfo *info = MHD_get_connection_info(connection, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    return info ? addressText(info->client_addr) : QString();
}

const QRegularExpression &imagePath()
{
    static const QRegularExpression re(QStringLiteral("^/v1/images/([^/]*)$"));
    return re;
}

} // namespace

// One request on its way through: filled on the HTTP threads, handled on the owner's thread.
struct HubServer::Exchange
{
    enum class Phase { Receiving, Waiting, Ready };
    Request request;
    qint64 limit = 0; // body bytes allowed on this route
    bool tooLarge = false; // the body is being dropped; reply holds the 413
    qint64 dropped = 0;
    Phase phase = Phase::Receiving;
    Reply reply; // Ready
};

// libmicrohttpd's C callbacks.
struct HubServerCallbacks
{
    static MHD_Result access(void *cls, MHD_Connection *connection, const char *url, const char *method,
                             const char * /*version*/, const char *uploadData, size_t *uploadSize, void **state)
    {
        return static_cast<HubServer *>(cls)->access(connection, url, method, uploadData, uploadSize, state) ? MHD_YES
                                                                                                             : MHD_NO;
    }

    static MHD_Result accept(void *cls, const sockaddr *address, socklen_t /*length*/)
    {
        return static_cast<HubServer *>(cls)->acceptConnection(address) ? MHD_YES : MHD_NO;
    }

    static void completed(void * /*cls*/, MHD_Connection * /*connection*/, void **state,
                          MHD_RequestTerminationCode /*why*/)
    {
        delete static_cast<HubServer::Exchange *>(*state);
        *state = nullptr;
    }

    static void log(void * /*cls*/, const char *format, va_list args)
    {
        char text[512];
        std::vsnprintf(text, sizeof text, format, args);
        qCInfo(lcHub).noquote() << "http:" << QString::fromLocal8Bit(text).trimmed();
    }
};

HubServer::HubServer(HubStore &store, const SigningKey &hubKey, AccessLog &log, HubServerOptions options,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hubKey(hubKey)
    , m_log(log)
    , m_options(options)
    , m_stationLimiter(options.ratePerSecond, options.burst)
    , m_addressLimiter(options.addressRatePerSecond, options.addressBurst)
    , m_connectLimiter(options.connectRatePerSecond, options.connectRatePerSecond * 3)
    , m_drainLimiter(options.drainMegabytesPerSecond, options.drainMegabytesPerSecond * 6)
{
    m_clock.start();
}

HubServer::~HubServer()
{
    if (!m_daemon)
        return;
    m_stopping = true;
    {
        // A suspended connection must be resumed before the daemon stops; it is answered 503.
        QMutexLocker lock(&m_suspendedMutex);
        for (auto it = m_suspended.cbegin(); it != m_suspended.cend(); ++it) {
            it.value()->reply = error(503, tr("The hub is stopping; send the request again later."));
            it.value()->phase = Exchange::Phase::Ready;
            MHD_resume_connection(it.key());
        }
        m_suspended.clear();
    }
    MHD_stop_daemon(m_daemon);
    m_daemon = nullptr;
    sodium_memzero(m_keyPem.data(), size_t(m_keyPem.size()));
}

Result<quint16> HubServer::listen(const QHostAddress &address, quint16 port, const QSslConfiguration &tls)
{
    if (m_daemon)
        return fail(ErrorCode::InvalidState, tr("The hub already listens."));
    m_certPem = tls.localCertificate().toPem();
    for (const QSslCertificate &c : tls.localCertificateChain().mid(1))
        m_certPem += c.toPem();
    m_keyPem = tls.privateKey().toPem();
    if (m_certPem.isEmpty() || m_keyPem.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The hub needs a TLS certificate and its private key to listen."));
    m_certPem.append('\0');
    m_keyPem.append('\0');

    sockaddr_in v4 {};
    sockaddr_in6 v6 {};
    const sockaddr *where = nullptr;
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_TLS | MHD_ALLOW_SUSPEND_RESUME | MHD_USE_ERROR_LOG;
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        memcpy(&v6.sin6_addr, bytes.c, sizeof bytes.c);
        where = reinterpret_cast<const sockaddr *>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(port);
        v4.sin_addr.s_addr = htonl(address.toIPv4Address());
        where = reinterpret_cast<const sockaddr *>(&v4);
    }
    m_daemon = MHD_start_daemon(
        flags, port, &HubServerCallbacks::accept, this, &HubServerCallbacks::access, this, MHD_OPTION_SOCK_ADDR, where,
        MHD_OPTION_HTTPS_MEM_CERT, m_certPem.constData(), MHD_OPTION_HTTPS_MEM_KEY, m_keyPem.constData(),
        MHD_OPTION_HTTPS_PRIORITIES, "NORMAL:%NO_TICKETS" /* no resumption: stations keep their connection */,
        MHD_OPTION_CONNECTION_LIMIT, unsigned(m_options.maxConnections), MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        unsigned(m_options.maxConnectionsPerAddress), MHD_OPTION_CONNECTION_TIMEOUT,
        unsigned(m_options.idleTimeoutSeconds), MHD_OPTION_CONNECTION_MEMORY_LIMIT, HeaderMemory,
        MHD_OPTION_THREAD_POOL_SIZE, unsigned(qMax(1u, m_options.threads)), MHD_OPTION_NOTIFY_COMPLETED,
        &HubServerCallbacks::completed, this, MHD_OPTION_EXTERNAL_LOGGER, &HubServerCallbacks::log, this,
        MHD_OPTION_END);
    if (!m_daemon)
        return fail(ErrorCode::Unavailable,
                    tr("Cannot listen on %1:%2: %3")
                        .arg(address.toString())
                        .arg(port)
                        .arg(QString::fromLocal8Bit(strerror(errno))));
    const MHD_DaemonInfo *info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    const quint16 actual = info ? info->port : port;
    qCInfo(lcHub).noquote() << QStringLiteral("listening on https://%1:%2").arg(address.toString()).arg(actual)
                            << (m_options.simulation ? "(simulation hub)" : "(production hub)");
    return actual;
}

bool HubServer::access(MHD_Connection *connection, const char *url, const char *method, const char *uploadData,
                       size_t *uploadSize, void **state)
{
    lowerThisThreadsPriority();
    auto *x = static_cast<Exchange *>(*state);
    if (!x) {
        // The headers are in: decide what this request may send before any of its body is read.
        x = new Exchange;
        *state = x;
        x->request.timer.start();
        x->request.method = QByteArray(method).left(16);
        x->request.path = QString::fromUtf8(QByteArray(url).left(1024));
        x->request.peer = peerOf(connection);
        if (m_stopping)
            return send(connection, *x, error(503, tr("The hub is stopping; send the request again later.")));
        if (const std::optional<int> wait = m_addressLimiter.take(x->request.peer, m_clock.elapsed())) {
            Reply r = error(429,
                            tr("Too many requests from %1 (at most %2 a second); retry in %3 s.")
                                .arg(x->request.peer)
                                .arg(m_options.addressRatePerSecond)
                                .arg(*wait));
            r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*wait)});
            return send(connection, *x, r);
        }
        const QByteArray &m = x->request.method;
        const QString &path = x->request.path;
        if (m == "POST" && path == QLatin1String("/v1/records"))
            x->limit = qMin<qint64>(m_options.maxBodyBytes, SignedRecord::MaxEnvelopeSize);
        else if (m == "PUT" && imagePath().match(path).hasMatch())
            x->limit = m_options.maxBodyBytes;
        else if (m == "GET" && (path == QLatin1String("/v1/hub") || path == QLatin1String("/v1/conflicts")))
            x->limit = 0;
        else
            return send(
                connection, *x,
                error(
                    404,
                    tr("There is no %1 %2 in this API.").arg(QString::fromLatin1(m), path.left(AccessLog::MaxField))));
        if (const char *length
            = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH)) {
            bool ok = false;
            const qint64 announced = QByteArray(length).trimmed().toLongLong(&ok);
            if (!ok || announced < 0 || announced > x->limit) {
                x->reply = error(413,
                                 tr("The request body of %1 bytes is over this request's limit of %2 bytes.")
                                     .arg(QString::fromLatin1(QByteArray(length).left(24)))
                                     .arg(x->limit));
                // Read and dropped, then answered, within the address's budget; otherwise at once.
                if (!ok || announced > DrainLimit
                    || m_drainLimiter.take(x->request.peer, m_clock.elapsed(), double(announced) / (1024 * 1024)))
                    return send(connection, *x, x->reply);
                x->tooLarge = true;
            }
        }
        return true;
    }

    switch (x->phase) {
    case Exchange::Phase::Receiving:
        if (*uploadSize > 0) {
            // Counted as it streams in, whatever Content-Length or chunking said.
            const qint64 chunk = qint64(*uploadSize);
            *uploadSize = 0;
            if (!x->tooLarge && x->request.body.size() + chunk > x->limit) {
                x->tooLarge = true;
                x->request.body.clear();
                x->reply = error(413, tr("The request body is over this request's limit of %1 bytes.").arg(x->limit));
                // Its size was not announced: draining it costs the address its whole budget.
                if (m_drainLimiter.take(x->request.peer, m_clock.elapsed(), double(DrainLimit) / (1024 * 1024)))
                    return send(connection, *x, x->reply);
            }
            if (x->tooLarge) {
                x->dropped += chunk;
                return x->dropped <= DrainLimit || send(connection, *x, x->reply);
            }
            x->request.body.append(uploadData, qsizetype(chunk));
            return true;
        }
        if (x->tooLarge)
            return send(connection, *x, x->reply);
        if (std::optional<Reply> early = screen(x->request))
            return send(connection, *x, *early);
        x->phase = Exchange::Phase::Waiting;
        dispatch(connection, x);
        if (x->phase == Exchange::Phase::Ready)
            return send(connection, *x, x->reply);
        return true;
    case Exchange::Phase::Waiting:
        return true;
    case Exchange::Phase::Ready:
        return send(connection, *x, x->reply);
    }
    return false;
}

void HubServer::lowerThisThreadsPriority()
{
    // The HTTP threads do the TLS and parsing work of every client, a flood's included; the store's
    // thread does the storing of records, which is what a flood must not starve. On a machine with
    // few cores the scheduler is asked to prefer it (Linux: a nice value per thread).
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
    if (setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), HttpThreadNice) != 0)
        qCDebug(lcHub) << "could not lower the HTTP thread's priority:" << strerror(errno);
}

bool HubServer::acceptConnection(const sockaddr *address)
{
    lowerThisThreadsPriority();
    if (m_stopping)
        return false;
    const QString peer = addressText(address);
    if (!m_connectLimiter.take(peer, m_clock.elapsed()))
        return true;
    // Refused before any TLS: logged once in a while, not per connection.
    static std::atomic<qint64> lastLogged {-10000};
    const qint64 now = m_clock.elapsed();
    if (now - lastLogged.load() >= 10000) {
        lastLogged = now;
        qCWarning(lcHub).noquote() << "refusing new connections from" << peer.left(AccessLog::MaxField) << "(over"
                                   << m_options.connectRatePerSecond << "a second)";
    }
    return false;
}

void HubServer::dispatch(MHD_Connection *connection, Exchange *x)
{
    {
        QMutexLocker lock(&m_suspendedMutex);
        if (m_stopping) {
            x->reply = error(503, tr("The hub is stopping; send the request again later."));
            x->phase = Exchange::Phase::Ready;
            return;
        }
        m_suspended.insert(connection, x);
    }
    // Suspended before the work is posted, so that the answer can never come first.
    MHD_suspend_connection(connection);
    QMetaObject::invokeMethod(
        this,
        [this, connection, x] {
            Reply reply = handle(x->request);
            QMutexLocker lock(&m_suspendedMutex);
            if (!m_suspended.remove(connection))
                return; // answered by the destructor already
            x->reply = std::move(reply);
            x->phase = Exchange::Phase::Ready;
            MHD_resume_connection(connection);
        },
        Qt::QueuedConnection);
}

bool HubServer::send(MHD_Connection *connection, Exchange &x, const Reply &reply)
{
    MHD_Response *response = MHD_create_response_from_buffer(
        size_t(reply.body.size()), const_cast<char *>(reply.body.constData()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return false;
    MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "application/json");
    for (const auto &[name, value] : reply.headers)
        MHD_add_response_header(response, name.constData(), value.constData());
    const MHD_Result queued = MHD_queue_response(connection, unsigned(reply.status), response);
    MHD_destroy_response(response);
    if (reply.status >= 500)
        qCWarning(lcHub).noquote() << "internal error:" << reply.reason;
    m_log.write({x.request.peer, reply.station, QString::fromLatin1(x.request.method), x.request.path, reply.status,
                 x.request.timer.elapsed(), reply.reason});
    return queued == MHD_YES;
}

HubServer::Reply HubServer::json(int status, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

HubServer::Reply HubServer::error(int status, const QString &reason)
{
    Reply r = json(status,
                   QJsonDocument(QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("error"), reason}})
                       .toJson(QJsonDocument::Compact));
    r.reason = reason;
    return r;
}

std::optional<HubServer::Reply> HubServer::rateLimited(const QString &station)
{
    const std::optional<int> retryAfter = m_stationLimiter.take(station, m_clock.elapsed());
    if (!retryAfter)
        return std::nullopt;
    Reply r = error(429,
                    tr("Station %1 sends too fast (at most %2 requests a second); retry in %3 s.")
                        .arg(station)
                        .arg(m_options.ratePerSecond)
                        .arg(*retryAfter));
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(*retryAfter)});
    r.station = station;
    return r;
}

HubServer::Reply HubServer::handle(const Request &request)
{
    if (request.method == "POST")
        return handleRecord(request);
    if (request.method == "PUT")
        return handleImage(request, imagePath().match(request.path).captured(1));
    if (request.path == QLatin1String("/v1/hub"))
        return handleInfo();
    return handleConflicts();
}

std::optional<HubServer::Reply> HubServer::screen(Request &request)
{
    if (request.method != "POST")
        return std::nullopt;
    Result<SignedRecord> envelope = SignedRecord::fromEnvelope(request.body);
    if (!envelope)
        return error(400, envelope.error());
    QByteArray key;
    {
        QReadLocker lock(&m_keysLock);
        key = m_knownKeys.value(envelope->keyFingerprint());
    }
    if (!key.isEmpty())
        if (Status verified = envelope->verify(key); !verified)
            return error(403, tr("The signature does not hold: %1").arg(verified.error()));
    request.envelope = std::move(envelope).value();
    return std::nullopt;
}

HubServer::Reply HubServer::handleRecord(const Request &request)
{
    Result<SignedRecord> envelope
        = request.envelope ? Result<SignedRecord>(*request.envelope) : SignedRecord::fromEnvelope(request.body);
    if (!envelope)
        return error(400, envelope.error());
    const SyncRecord &record = envelope->record();

    // Nothing a request says about its station counts before the signature is checked: a forged
    // envelope neither spends that station's tokens nor appears under its name in the log.
    Result<std::optional<HubStation>> station = m_store.station(record.stationId);
    if (!station)
        return error(500, station.error());
    if (!*station)
        return error(403, tr("Station %1 is not enrolled at this hub.").arg(record.stationId));
    if ((*station)->revokedAt)
        return error(403,
                     tr("The key of station %1 was revoked at this hub; the station must make a new key and be "
                        "enrolled again.")
                         .arg(record.stationId));
    if ((*station)->fingerprint != envelope->keyFingerprint())
        return error(403,
                     tr("Station %1 is enrolled with key %2, not %3.")
                         .arg(record.stationId, (*station)->fingerprint, envelope->keyFingerprint()));
    Status verified = envelope->verify((*station)->publicKey);
    if (!verified)
        return error(403, tr("The signature does not hold: %1").arg(verified.error()));
    {
        QWriteLocker lock(&m_keysLock);
        if (m_knownKeys.size() >= MaxKnownKeys)
            m_knownKeys.clear();
        m_knownKeys.insert((*station)->fingerprint, (*station)->publicKey);
    }
    if (auto limited = rateLimited(record.stationId))
        return std::move(*limited);
    const auto verifiedReply = [&record](Reply r) {
        r.station = record.stationId;
        return r;
    };
    // What the station says about who did what is checked as far as the record shows it: two
    // different people typed the figures, and the first of them did not also make them final.
    if (const QString problem = separationProblem(record); !problem.isEmpty())
        return verifiedReply(error(422, problem));
    if (m_options.election)
        if (const QString problem = electionProblem(*m_options.election, record); !problem.isEmpty())
            return verifiedReply(error(422, problem));
    if (m_options.catalog)
        if (const QString problem = districtProblem(*m_options.catalog, **station, record); !problem.isEmpty())
            return verifiedReply(error(403, problem));
    if (m_options.election && m_options.catalog)
        if (const QString problem = ballotProblem(*m_options.election, *m_options.catalog, record); !problem.isEmpty())
            return verifiedReply(error(422, problem));
    if (record.simulated && !m_options.simulation)
        return verifiedReply(error(403, tr("A simulation (drill) record is refused by this production hub.")));
    if (!record.simulated && m_options.simulation)
        return verifiedReply(error(403, tr("A production record is refused by this simulation (drill) hub.")));

    Result<StoreOutcome> outcome = m_store.storeRecord(*envelope, m_hubKey, QDateTime::currentDateTimeUtc());
    if (!outcome)
        return verifiedReply(error(500, outcome.error()));
    switch (outcome->kind) {
    case StoreOutcome::Kind::KeyRefused:
    case StoreOutcome::Kind::ModeRefused:
        return verifiedReply(error(403, outcome->refusal));
    case StoreOutcome::Kind::SequenceTaken:
        return verifiedReply(error(409,
                                   tr("Sequence %1 of station %2 was already used for another record.")
                                       .arg(record.seq)
                                       .arg(record.stationId)));
    case StoreOutcome::Kind::VersionTaken:
        return verifiedReply(error(409,
                                   tr("Station %1 already sent another record as version %2 of acta %3.")
                                       .arg(record.stationId)
                                       .arg(record.version)
                                       .arg(record.clave)));
    case StoreOutcome::Kind::VersionOutOfOrder:
        return verifiedReply(error(409,
                                   tr("Station %1 sent version %2 of acta %3; the next version it may send is %4.")
                                       .arg(record.stationId)
                                       .arg(record.version)
                                       .arg(record.clave)
                                       .arg(outcome->expectedVersion)));
    case StoreOutcome::Kind::Duplicate: {
        Reply r = verifiedReply(json(200, outcome->receipt));
        r.reason = tr("already stored: same receipt");
        return r;
    }
    case StoreOutcome::Kind::Restated: {
        Reply r = verifiedReply(json(200, outcome->receipt));
        r.reason = tr("already stored under another sequence number: receipt for this one");
        return r;
    }
    case StoreOutcome::Kind::Stored:
        break;
    }
    Reply r = verifiedReply(json(200, outcome->receipt));
    r.reason = outcome->conflict ? tr("stored; conflicts with another station's figures") : tr("stored");
    if (outcome->conflict)
        r.headers.append({QByteArrayLiteral("Acta-Conflict"), QByteArrayLiteral("true")});
    return r;
}

QString HubServer::electionProblem(const ElectionTemplate &e, const SyncRecord &record)
{
    // A record of another template or acta type, or with figures for fields the form does not
    // have, could only skew the counters or force disputes.
    if (record.templateId != e.id())
        return tr("Record of template %1; this hub publishes template %2.").arg(record.templateId, e.id());
    const Result<ActaKey> key = ActaKey::parse(record.clave);
    if (!key || !e.actaTypesFor(key->casilla().type()).contains(key->actaType()))
        return tr("Acta %1 is not of acta type %2, the one of template %3.")
            .arg(record.clave)
            .arg(e.actaType())
            .arg(e.id());
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it)
        if (!e.field(it.key()))
            return tr("Acta %1 carries a figure for %2, which template %3 does not have.")
                .arg(record.clave, it.key().left(64), e.id());
    return {};
}

QString HubServer::districtProblem(const Catalog &catalog, const HubStation &station, const SyncRecord &record)
{
    if (station.districts.isEmpty())
        return {};
    const Result<ActaKey> key = ActaKey::parse(record.clave);
    const CasillaInfo *casilla = key ? catalog.find(key->casilla()) : nullptr;
    QStringList served;
    for (int d : station.districts)
        served << QString::number(d);
    // An acta outside the catalog has no district to be checked against: a bound station
    // does not report those.
    if (!casilla)
        return tr("Station %1 serves districts %2; acta %3 is not in the catalog.")
            .arg(station.stationId, served.join(QStringLiteral(", ")), record.clave);
    if (!station.districts.contains(casilla->district))
        return tr("Station %1 serves districts %2; acta %3 is of district %4.")
            .arg(station.stationId, served.join(QStringLiteral(", ")), record.clave)
            .arg(casilla->district);
    return {};
}

QString HubServer::ballotProblem(const ElectionTemplate &election, const Catalog &catalog, const SyncRecord &record)
{
    const Result<ActaKey> key = ActaKey::parse(record.clave);
    const CasillaInfo *casilla = key ? catalog.find(key->casilla()) : nullptr;
    if (!casilla)
        return {}; // outside the catalog the district is unknown
    ActaFacts facts;
    facts.casilla = casilla;
    facts.actaType = key->actaType();
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
        const TemplateField *f = election.field(it.key());
        if (f && isVoteKind(f->kind) && !PrepRules::onBallot(election, *f, facts))
            return tr("Acta %1 carries a figure for %2, which is not on the ballot of district %3-%4.")
                .arg(record.clave, f->id)
                .arg(casilla->key.state())
                .arg(casilla->district);
    }
    return {};
}

QString HubServer::separationProblem(const SyncRecord &record)
{
    const auto same = [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive) == 0;
    };
    const QStringList &by = record.enteredBy;
    if (!record.values.isEmpty() && !record.sinActaReason && by.size() != 2)
        return tr("Acta %1 carries figures typed by %n person(s); double entry needs two.", nullptr, int(by.size()))
            .arg(record.clave);
    if (by.size() > 2)
        return tr("Acta %1 names more than two entries.").arg(record.clave);
    if (by.size() == 2 && same(by.at(0), by.at(1)))
        return tr("Both entries of acta %1 were typed by %2: double entry needs two people.")
            .arg(record.clave, by.at(0).left(64));
    if (by.size() == 2 && record.verifiedBy && same(*record.verifiedBy, by.at(0)))
        return tr("Acta %1 was made final by %2, who typed its first entry.").arg(record.clave, by.at(0).left(64));
    return {};
}

HubServer::Reply HubServer::handleImage(const Request &request, const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch())
        return error(400, tr("The image name must be its SHA-256 in 64 lowercase hex digits."));
    const QString actual = sha256Hex(request.body);
    if (actual != sha256)
        return error(422, tr("The image's SHA-256 is %1, not the %2 it was sent as.").arg(actual, sha256));
    Result<std::optional<QString>> owner = m_store.imageOwner(sha256);
    if (!owner)
        return error(500, owner.error());
    if (!*owner)
        return error(404, tr("No stored record names image %1: send the record first.").arg(sha256));
    if (auto limited = rateLimited(**owner))
        return std::move(*limited);
    Result<bool> stored = m_store.putImage(sha256, request.body, QDateTime::currentDateTimeUtc());
    if (!stored)
        return error(500, stored.error());
    Reply r = json(*stored ? 201 : 200,
                   QJsonDocument(QJsonObject {{QStringLiteral("sha256"), sha256},
                                              {QStringLiteral("size"), qint64(request.body.size())}})
                       .toJson(QJsonDocument::Compact));
    r.reason = *stored ? tr("image stored") : tr("image already stored");
    r.station = **owner;
    return r;
}

HubServer::Reply HubServer::handleInfo()
{
    const QJsonObject info {{QStringLiteral("format"), QStringLiteral("actahub.info/1")},
                            {QStringLiteral("hub_key"), m_hubKey.fingerprint()},
                            {QStringLiteral("public_key"), QString::fromLatin1(m_hubKey.publicKey().toHex())},
                            {QStringLiteral("simulation"), m_options.simulation},
                            {QStringLiteral("max_body_bytes"), m_options.maxBodyBytes},
                            {QStringLiteral("max_record_bytes"), SignedRecord::MaxEnvelopeSize}};
    return json(200, QJsonDocument(info).toJson(QJsonDocument::Compact));
}

HubServer::Reply HubServer::handleConflicts()
{
    // Public: which actas and since when, not which stations (that would name targets).
    Result<QList<HubConflict>> conflicts = m_store.conflicts();
    if (!conflicts)
        return error(500, conflicts.error());
    QJsonArray list;
    for (const HubConflict &c : *conflicts)
        list.append(QJsonObject {{QStringLiteral("clave_acta"), c.clave},
                                 {QStringLiteral("detected_at"), toStoredUtc(c.detectedAt)}});
    return json(200, QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace acta
