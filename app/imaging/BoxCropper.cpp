#include "BoxCropper.h"

#include "FormAligner.h"

#include <opencv2/imgproc.hpp>

namespace acta {

BoxCropper::BoxCropper(const ElectionTemplate &election)
{
    for (const TemplateField &field : election.allFields())
        for (int i = 0; i < field.digits; ++i)
            m_boxesMm.push_back(election.boxRectMm(field, i).adjusted(-MarginMm, -MarginMm, MarginMm, MarginMm));
}

std::vector<cv::Mat> BoxCropper::crops(const cv::Mat &gray, const cv::Matx33d &mmToImage) const
{
    std::vector<cv::Mat> out;
    out.reserve(m_boxesMm.size());
    cv::Mat upright;
    for (const QRectF &box : m_boxesMm) {
        const cv::Size warped(int(std::lround(box.width() * WarpPxPerMm)),
                              int(std::lround(box.height() * WarpPxPerMm)));
        FormAligner::warpRegionInto(gray, mmToImage, box, upright, warped);
        cv::Mat crop;
        cv::resize(upright, crop, cv::Size(CropWidth, CropHeight), 0, 0, cv::INTER_AREA);
        out.push_back(crop);
    }
    return out;
}

} // namespace acta
