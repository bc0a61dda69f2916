#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace acta {

// A token bucket per key (a verified station id, or a client address): `rate` requests a second
// on average, bursts of `burst`. At most maxKeys buckets are kept: idle ones (full again) go
// first, then the longest unused, so a flood of new keys costs bounded memory. Thread-safe (the
// address buckets are taken on the HTTP threads). Held in the process, so with N hub processes
// behind a balancer a station may get up to N times the rate.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst, qsizetype maxKeys = 10000);

    // Takes `cost` tokens (one request; or megabytes, for a byte budget) at time nowMs (a
    // monotonic clock); a cost over the burst is taken as the burst. When too few are left, takes
    // none and returns the whole seconds (1 to 3600) after which there will be: the Retry-After value.
    std::optional<int> take(const QString &key, qint64 nowMs, double cost = 1.0);
    qsizetype size() const;

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    void evict(qint64 nowMs);

    double m_rate;
    double m_burst;
    qsizetype m_maxKeys;
    mutable QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
};

} // namespace acta
