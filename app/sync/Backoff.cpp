#include "Backoff.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace acta {

Backoff::Backoff(Random random, qint64 minMs, qint64 maxMs)
    : m_random(random ? std::move(random) : Random([] { return QRandomGenerator::global()->generateDouble(); }))
    , m_minMs(minMs)
    , m_maxMs(maxMs)
{ }

qint64 Backoff::failure(std::optional<qint64> retryAfterMs)
{
    ++m_failures;
    if (retryAfterMs)
        return std::clamp(*retryAfterMs, m_minMs, m_maxMs);
    return delayFor(m_failures, m_random(), m_minMs, m_maxMs);
}

qint64 Backoff::delayFor(int n, double r, qint64 minMs, qint64 maxMs)
{
    qint64 ceiling = minMs;
    for (int i = 1; i < n && ceiling < maxMs; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, maxMs);
    const double half = double(ceiling) / 2.0;
    const qint64 delay = qint64(half + std::clamp(r, 0.0, 1.0) * half);
    return std::clamp(delay, minMs, maxMs);
}

std::optional<qint64> Backoff::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    if (std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        // delta-seconds = 1*DIGIT, of any length: clamp while reading, never after multiplying.
        qint64 seconds = 0;
        for (const char c : v) {
            seconds = seconds * 10 + (c - '0');
            if (seconds >= maxRetryAfterSeconds)
                return maxRetryAfterSeconds * 1000;
        }
        return seconds * 1000;
    }
    // IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid() || !nowUtc.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::clamp<qint64>(nowUtc.msecsTo(at), 0, maxRetryAfterSeconds * 1000);
}

} // namespace acta
