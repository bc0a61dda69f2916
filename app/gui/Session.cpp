#include "Session.h"

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

void Session::rememberReading(const QString &clave, const PageReading &reading)
{
    m_readings.insert(clave, reading);
}

const PageReading *Session::reading(const QString &clave) const
{
    auto it = m_readings.constFind(clave);
    return it == m_readings.constEnd() ? nullptr : &*it;
}

} // namespace acta::gui
