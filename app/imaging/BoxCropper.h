#pragma once

#include "ElectionTemplate.h"

#include <opencv2/core.hpp>

#include <vector>

namespace acta {

// Cuts every digit box of a registered page into the classifier's input: the box grown by
// 1 mm on each side, warped upright at 12 px/mm (132 x 168) and reduced by pixel-area
// averaging to 33 x 42, 8-bit grey. tools/digits/train_digits.py synthesises the same crops.
class BoxCropper
{
public:
    static constexpr int CropWidth = 33;
    static constexpr int CropHeight = 42;
    static constexpr double MarginMm = 1.0;
    static constexpr double WarpPxPerMm = 12.0;

    explicit BoxCropper(const ElectionTemplate &election);

    // One crop per box, fields in template order, boxes left to right.
    std::vector<cv::Mat> crops(const cv::Mat &gray, const cv::Matx33d &mmToImage) const;
    const std::vector<QRectF> &boxesMm() const { return m_boxesMm; }

private:
    std::vector<QRectF> m_boxesMm;
};

} // namespace acta
