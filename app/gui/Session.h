#pragma once

#include "ActaPage.h"
#include "ActaRepository.h"
#include "Catalog.h"
#include "ElectionTemplate.h"
#include "PageReading.h"
#include "Roles.h"
#include "Station.h"
#include "UserRepository.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace acta {
class SyncWorker;
}

namespace acta::gui {

// The open station, the election it captures and who is logged in. Views share one.
//
// Recognition readings are kept in the station (table readings) and cached here: entry 1 is
// pre-filled from the reading of the page accepted at intake, after a restart too.
// The upstream sync worker runs here while the station is open, when hubs are configured.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(std::unique_ptr<Station> station, const ElectionTemplate &election, const Catalog &catalog,
            const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    Station &station() { return *m_station; }
    ActaRepository &actas() { return m_station->actas(); }
    UserRepository &users() { return m_station->users(); }
    StationSettings &settings() { return m_station->settings(); }
    const ElectionTemplate &election() const { return m_election; }
    const Catalog &catalog() const { return m_catalog; }
    const Clock &clock() const { return m_clock; }

    const std::optional<User> &user() const { return m_user; }
    void setUser(std::optional<User> user);
    bool can(Permission permission) const { return m_user && hasPermission(m_user->role, permission); }
    // Usernames compare without regard to case, as the workflow compares them.
    bool isCurrentUser(const QString &username) const;

    // What recognition read on an acta's page, kept at hand for entry 1 (ActaRepository::intake
    // stores it in the station as well).
    void cacheReading(const QString &clave, const PageReading &reading);
    const PageReading *reading(const QString &clave) const;

    // Starts sending the outbox to the configured hubs (nothing when none is configured).
    void startSync();
    // Stops sending (before a hub is removed: no answer of it may arrive after).
    void stopSync();
    // The hubs changed: stops sending and starts again with the configured ones.
    void restartSync();
    SyncWorker *sync() const { return m_sync; }
    QString syncText() const; // one short translated line for the status bar

    // Views call this after they changed actas, so queues and counters refresh.
    void notifyActasChanged() { Q_EMIT actasChanged(); }
    // The administrator changed the station's settings (idle lock time, hot folder): who applies
    // them reads settings() again.
    void notifySettingsChanged() { Q_EMIT settingsChanged(); }

Q_SIGNALS:
    void userChanged();
    void actasChanged();
    void syncChanged();
    void settingsChanged();

private:
    std::unique_ptr<Station> m_station;
    const ElectionTemplate &m_election;
    const Catalog &m_catalog;
    const Clock &m_clock;
    std::optional<User> m_user;
    mutable QHash<QString, PageReading> m_readings;
    SyncWorker *m_sync = nullptr;
    QString m_syncError;
};

} // namespace acta::gui
