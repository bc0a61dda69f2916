#include "RateLimiter.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace acta {

RateLimiter::RateLimiter(double ratePerSecond, double burst, qsizetype maxKeys)
    : m_rate(std::clamp(ratePerSecond, 0.001, 1e6))
    , m_burst(std::clamp(burst, 1.0, 1e6))
    , m_maxKeys(std::max<qsizetype>(maxKeys, 16))
{ }

std::optional<int> RateLimiter::take(const QString &key, qint64 nowMs, double cost)
{
    cost = std::clamp(cost, 0.0, m_burst);
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            evict(nowMs);
        it = m_buckets.insert(key, Bucket {m_burst, nowMs});
    }
    Bucket &b = it.value();
    const double elapsedS = double(std::max<qint64>(0, nowMs - b.lastMs)) / 1000.0;
    b.tokens = std::min(m_burst, b.tokens + elapsedS * m_rate);
    b.lastMs = nowMs;
    if (b.tokens >= cost) {
        b.tokens -= cost;
        return std::nullopt;
    }
    // Clamped before it becomes an int: a tiny rate must not overflow the header's value.
    const double wait = std::ceil((cost - b.tokens) / m_rate);
    return int(std::clamp(wait, 1.0, 3600.0));
}

qsizetype RateLimiter::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_buckets.size();
}

void RateLimiter::evict(qint64 nowMs)
{
    // Buckets that have filled up again say nothing a new bucket would not: drop them.
    const qint64 refillMs = qint64(std::ceil(m_burst / m_rate * 1000.0));
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (nowMs - it->lastMs >= refillMs)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() < m_maxKeys)
        return;
    // Still full (a flood of fresh keys): keep the most recently used half.
    std::vector<qint64> times;
    times.reserve(size_t(m_buckets.size()));
    for (const Bucket &b : std::as_const(m_buckets))
        times.push_back(b.lastMs);
    auto middle = times.begin() + qsizetype(times.size() / 2);
    std::nth_element(times.begin(), middle, times.end());
    const qint64 cut = *middle;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->lastMs <= cut)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace acta
