#include "Session.h"

#include "GuiLog.h"
#include "OutboxRecords.h"
#include "SyncWorker.h"

#include <QJsonDocument>

namespace acta::gui {

Session::Session(std::unique_ptr<Station> station, const ElectionTemplate &election, const Catalog &catalog,
                 const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_station(std::move(station))
    , m_election(election)
    , m_catalog(catalog)
    , m_clock(clock)
{ }

Session::~Session() = default;

void Session::setUser(std::optional<User> user)
{
    m_user = std::move(user);
    Q_EMIT userChanged();
}

bool Session::isCurrentUser(const QString &username) const
{
    return m_user && !username.isEmpty() && m_user->username.compare(username, Qt::CaseInsensitive) == 0;
}

void Session::cacheReading(const QString &clave, const PageReading &reading)
{
    // The station keeps it too (stored at intake), so entry 1 is pre-filled after a restart.
    m_readings.insert(clave, reading);
}

const PageReading *Session::reading(const QString &clave) const
{
    auto it = m_readings.constFind(clave);
    if (it != m_readings.constEnd())
        return &*it;
    Result<std::optional<QByteArray>> stored = m_station->actas().readings().latest(clave);
    if (!stored || !*stored)
        return nullptr;
    Result<PageReading> parsed = PageReading::fromJson(QJsonDocument::fromJson(**stored).object());
    if (!parsed) {
        qCWarning(lcGui) << "stored reading of" << clave << "unreadable:" << parsed.error();
        return nullptr;
    }
    return &*m_readings.insert(clave, std::move(parsed).value());
}

void Session::startSync()
{
    Result<QList<UpstreamEndpoint>> endpoints = m_station->upstream().endpoints();
    if (!endpoints) {
        m_syncError = endpoints.error();
        Q_EMIT syncChanged();
        return;
    }
    if (endpoints->isEmpty())
        return; // no hub configured: the outbox waits (and can go by bundle)
    Result<SigningKey> key = m_station->signingKey();
    if (!key) {
        m_syncError = key.error();
        Q_EMIT syncChanged();
        return;
    }
    m_sync = new SyncWorker(*m_station,
                            OutboxRecords(m_station->stationId(), m_station->seqBase(), m_election, &m_catalog),
                            std::move(key).value(), SyncWorker::Options(), this);
    connect(m_sync, &SyncWorker::statusChanged, this, &Session::syncChanged);
    connect(m_sync, &SyncWorker::acknowledged, this, [this] { Q_EMIT actasChanged(); });
    connect(m_sync, &SyncWorker::failed, this, [this](const QString &message) {
        m_syncError = message;
        Q_EMIT syncChanged();
    });
    connect(this, &Session::actasChanged, m_sync, &SyncWorker::wake);
    if (Status s = m_sync->start(); !s)
        m_syncError = s.error();
    Q_EMIT syncChanged();
}

void Session::stopSync()
{
    if (!m_sync)
        return;
    m_sync->stop();
    delete m_sync;
    m_sync = nullptr;
}

void Session::restartSync()
{
    stopSync();
    m_syncError.clear();
    startSync();
    Q_EMIT syncChanged(); // "No hub configured" when the last one went
}

QString Session::syncText() const
{
    if (!m_syncError.isEmpty())
        return tr("Sync stopped: %1").arg(m_syncError);
    if (!m_sync)
        return tr("No hub configured");
    int waiting = 0, sending = 0;
    for (const SyncWorker::LaneStatus &l : m_sync->status()) {
        waiting += l.state == SyncWorker::LaneState::Waiting ? 1 : 0;
        sending += l.state == SyncWorker::LaneState::Sending ? 1 : 0;
    }
    const qsizetype lanes = m_sync->status().size();
    if (waiting == lanes)
        return tr("Offline: retrying");
    if (waiting > 0)
        return tr("Sync: %1 of %2 hubs unreachable").arg(waiting).arg(lanes);
    return sending > 0 ? tr("Sync: sending") : tr("Sync: up to date");
}

} // namespace acta::gui
