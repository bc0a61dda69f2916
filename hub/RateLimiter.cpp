#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace acta {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(std::max(ratePerSecond, 0.001))
    , m_burst(std::max(burst, 1.0))
{ }

std::optional<int> RateLimiter::take(const QString &key, qint64 nowMs)
{
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    Bucket &b = it.value();
    b.tokens = std::min(m_burst, b.tokens + double(nowMs - b.lastMs) / 1000.0 * m_rate);
    b.lastMs = nowMs;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return std::nullopt;
    }
    return std::max(1, int(std::ceil((1.0 - b.tokens) / m_rate)));
}

} // namespace acta
