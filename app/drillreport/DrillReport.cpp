#include "DrillReport.h"

#include <algorithm>
#include <cmath>

namespace acta {

DrillReport::Durations DrillReport::Durations::of(QList<double> seconds)
{
    Durations d;
    d.count = int(seconds.size());
    if (seconds.isEmpty())
        return d;
    std::sort(seconds.begin(), seconds.end());
    const qsizetype n = seconds.size();
    d.medianSeconds = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
    const auto rank = qsizetype(std::ceil(0.95 * double(n)));
    d.p95Seconds = seconds[std::clamp<qsizetype>(rank, 1, n) - 1];
    return d;
}

} // namespace acta
