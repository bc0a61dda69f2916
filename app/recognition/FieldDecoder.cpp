#include "FieldDecoder.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace acta {

std::vector<FieldCandidate> FieldDecoder::decode(const std::vector<BoxProbabilities> &boxes, std::size_t keep)
{
    const std::size_t n = boxes.size();
    std::map<qint64, double> numbers;
    double numberMass = 0;
    double sinDato = 1;
    for (const BoxProbabilities &b : boxes)
        sinDato *= double(b[BoxEmpty]);

    // k leading empty boxes, then n - k digits (k < n).
    for (std::size_t k = 0; k < n; ++k) {
        double prefix = 1;
        for (std::size_t i = 0; i < k; ++i)
            prefix *= double(boxes[i][BoxEmpty]);
        // Exact mass of "all remaining boxes are digits".
        double digitsMass = prefix;
        for (std::size_t i = k; i < n; ++i) {
            double s = 0;
            for (int d = 0; d < 10; ++d)
                s += double(boxes[i][std::size_t(d)]);
            digitsMass *= s;
        }
        numberMass += digitsMass;
        if (digitsMass < 1e-9)
            continue;
        // Enumerate the digit strings, pruning what cannot matter.
        struct Partial
        {
            qint64 value;
            double p;
        };
        std::vector<Partial> partial {{0, prefix}};
        for (std::size_t i = k; i < n; ++i) {
            std::vector<Partial> next;
            for (const Partial &q : partial)
                for (int d = 0; d < 10; ++d) {
                    const double p = q.p * double(boxes[i][std::size_t(d)]);
                    if (p > 1e-7)
                        next.push_back({q.value * 10 + d, p});
                }
            partial.swap(next);
        }
        for (const Partial &q : partial)
            numbers[q.value] += q.p;
    }

    std::vector<FieldCandidate> out;
    for (const auto &[value, p] : numbers)
        out.push_back({FieldValue::number(value), p});
    out.push_back({FieldValue::sinDato(), sinDato});
    out.push_back({FieldValue::ilegible(), std::max(0.0, 1.0 - numberMass - sinDato)});
    std::sort(out.begin(), out.end(),
              [](const FieldCandidate &a, const FieldCandidate &b) { return a.probability > b.probability; });
    if (out.size() > keep)
        out.resize(keep);
    return out;
}

std::optional<FieldDecoder::Joint> FieldDecoder::constrain(const std::vector<std::vector<FieldCandidate>> &votes,
                                                           const std::vector<FieldCandidate> &total, double minRatio)
{
    if (votes.empty() || total.empty() || !total.front().value.isNumber())
        return std::nullopt;
    const double never = -std::numeric_limits<double>::infinity();
    double unconstrained = std::log(std::max(total.front().probability, 1e-300));
    for (const std::vector<FieldCandidate> &c : votes) {
        if (c.empty() || !c.front().value.isNumber())
            return std::nullopt; // an illegible or empty vote field: the sum says nothing
        unconstrained += std::log(std::max(c.front().probability, 1e-300));
    }
    qint64 maxSum = 0;
    for (const FieldCandidate &t : total)
        if (t.value.isNumber())
            maxSum = std::max(maxSum, t.value.number());

    // best[s]: the most probable choice over the fields so far whose numbers add up to s.
    const std::size_t width = std::size_t(maxSum) + 1;
    std::vector<double> best(width, never);
    best[0] = 0;
    std::vector<std::vector<int>> from(votes.size(), std::vector<int>(width, -1));
    for (std::size_t f = 0; f < votes.size(); ++f) {
        std::vector<double> next(width, never);
        for (std::size_t s = 0; s < width; ++s) {
            if (best[s] == never)
                continue;
            for (std::size_t j = 0; j < votes[f].size(); ++j) {
                const FieldCandidate &c = votes[f][j];
                if (!c.value.isNumber() || c.probability <= 0)
                    continue;
                const std::size_t t = s + std::size_t(c.value.number());
                if (t >= width)
                    continue;
                const double p = best[s] + std::log(c.probability);
                if (p > next[t]) {
                    next[t] = p;
                    from[f][t] = int(j);
                }
            }
        }
        best.swap(next);
    }
    double bestScore = never;
    std::size_t bestTotal = 0;
    for (std::size_t i = 0; i < total.size(); ++i) {
        if (!total[i].value.isNumber() || total[i].probability <= 0)
            continue;
        const std::size_t s = std::size_t(total[i].value.number());
        if (best[s] == never)
            continue;
        const double score = best[s] + std::log(total[i].probability);
        if (score > bestScore) {
            bestScore = score;
            bestTotal = i;
        }
    }
    if (bestScore == never || bestScore < unconstrained + std::log(minRatio))
        return std::nullopt;
    Joint joint;
    joint.total = bestTotal;
    joint.votes.resize(votes.size());
    // Walk the choices back from the chosen sum.
    std::size_t s = std::size_t(total[bestTotal].value.number());
    for (std::size_t f = votes.size(); f-- > 0;) {
        const int j = from[f][s];
        joint.votes[f] = std::size_t(j);
        s -= std::size_t(votes[f][std::size_t(j)].value.number());
    }
    return joint;
}

} // namespace acta
