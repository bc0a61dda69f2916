#pragma once

#include "DigitClassifier.h"
#include "FieldValue.h"

#include <optional>
#include <vector>

namespace acta {

struct FieldCandidate
{
    FieldValue value;
    double probability = 0;
};

// Turns the box probabilities of one field into ranked readings. A number is written right-
// aligned: empty boxes may only precede the digits. Every assignment of classes to boxes is one
// of: a number (summed over the ways of writing it, "_07" and "007" are both 7), SIN DATO (all
// boxes empty) or ILEGIBLE (anything crossed out, or a gap between digits); the three add up to 1.
class FieldDecoder
{
public:
    static std::vector<FieldCandidate> decode(const std::vector<BoxProbabilities> &boxes, std::size_t keep = 6);

    // Constrained decoding. votes: candidates of each vote field; total: the written total's.
    // Returns the chosen candidate index for each vote field and for the total, the most
    // probable joint reading in which the vote numbers add up to the total, or nothing when no
    // such reading is at least minRatio as probable as the unconstrained one (an acta whose
    // figures really disagree must keep them: the clerk sees the disagreement).
    struct Joint
    {
        std::vector<std::size_t> votes;
        std::size_t total = 0;
    };
    static std::optional<Joint> constrain(const std::vector<std::vector<FieldCandidate>> &votes,
                                          const std::vector<FieldCandidate> &total, double minRatio = 0.01);
};

} // namespace acta
