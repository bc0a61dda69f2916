#pragma once

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace acta {

// How long to wait before trying a hub again: exponential from 1 s to 5 min, with jitter so
// that a thousand stations coming back at once do not knock the hub over together.
// After the n-th failure in a row the ceiling is min(max, min * 2^(n-1)) and the delay is
// uniform in [ceiling / 2, ceiling], never below min ("equal jitter"). A Retry-After the hub
// sent wins over the computed delay (bounded to [min, max]).
class Backoff
{
public:
    using Random = std::function<double()>; // uniform in [0, 1)

    explicit Backoff(Random random = {}, qint64 minMs = 1000, qint64 maxMs = 5 * 60 * 1000);

    // The delay after one more failure; retryAfterMs from the hub when it sent one.
    qint64 failure(std::optional<qint64> retryAfterMs = std::nullopt);
    void success() { m_failures = 0; }
    int failures() const { return m_failures; }

    // Pure: the delay for the n-th failure in a row (n >= 1) and a random draw r in [0, 1).
    static qint64 delayFor(int n, double r, qint64 minMs, qint64 maxMs);
    // The longest Retry-After taken from a hub, in seconds: a larger (or absurd) value is read as
    // this, before any arithmetic, so no value a hub sends can overflow.
    static constexpr qint64 maxRetryAfterSeconds = 3600;
    // Retry-After: delta seconds (digits only) or an IMF-fixdate HTTP date (RFC 9110 §10.2.3), in
    // milliseconds within [0, maxRetryAfterSeconds * 1000]; nullopt when absent or malformed
    // ("-5", "1e9", "+3", "soon").
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

private:
    Random m_random;
    qint64 m_minMs;
    qint64 m_maxMs;
    int m_failures = 0;
};

} // namespace acta
