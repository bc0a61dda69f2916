#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace acta {

// A token bucket per key (a station id): `rate` requests a second on average, bursts of `burst`.
// Held in the process, so with N hub processes behind a balancer a station may get up to N times
// the rate; everything else the hub knows lives in the database.
class RateLimiter
{
public:
    RateLimiter(double ratePerSecond, double burst);

    // Takes one token at time nowMs (a monotonic clock). When none is left, returns the whole
    // seconds (at least 1) after which one will be: the Retry-After value.
    std::optional<int> take(const QString &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    double m_burst;
    QHash<QString, Bucket> m_buckets;
};

} // namespace acta
