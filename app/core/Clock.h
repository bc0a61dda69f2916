#pragma once

#include <QDateTime>

namespace acta {

// "Now", behind a seam so tests can drive lockouts, idle timeouts and timestamps.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // The station's offset from UTC in minutes (published timestamps carry it).
    virtual int utcOffsetMinutes() const = 0;

    static const Clock &system();
};

// A clock that only moves when told to.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC),
                         int utcOffsetMinutes = -360)
        : m_now(start.toUTC())
        , m_offset(utcOffsetMinutes)
    { }
    QDateTime nowUtc() const override { return m_now; }
    int utcOffsetMinutes() const override { return m_offset; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void set(const QDateTime &t) { m_now = t.toUTC(); }

private:
    QDateTime m_now;
    int m_offset;
};

// ISO-8601 with milliseconds in UTC ("2027-06-06T18:00:00.000Z"): the one spelling stored.
QString toStoredUtc(const QDateTime &t);
QDateTime fromStoredUtc(const QString &text); // invalid QDateTime when malformed

} // namespace acta
