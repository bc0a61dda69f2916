#pragma once

#include "ElectionTemplate.h"
#include "PageReading.h"

#include <QCoreApplication>
#include <QRectF>

#include <opencv2/core.hpp>

#include <optional>

namespace acta {

// How a scanned page maps onto its template.
struct Alignment
{
    cv::Matx33d mmToImage = cv::Matx33d::eye(); // template millimetres -> image pixels
    PageReading::RegistrationMethod method = PageReading::RegistrationMethod::None;
    double score = 0; // share of the template's box borders found dark where expected, 0..1
    bool upsideDown = false;
    double pxPerMm = 0; // mean scale of the page in the image
    int markersFound = 0;
};

// Grey levels of the page, measured on a reduced copy before anything else.
struct PageLevels
{
    double paper = 255; // 95th percentile
    double ink = 0; // 1st percentile
    double median = 255;
    double inkShare = 0; // share of pixels clearly darker than their surroundings
};

// Registers a page to its template: the four printed markers give a homography; when they are
// not all found (or do not fit) ORB features matched against the rendered blank form are tried.
// A page upside down is turned by choosing the correspondence whose box borders line up.
class FormAligner
{
    Q_DECLARE_TR_FUNCTIONS(FormAligner)

public:
    static constexpr double MinScore = 0.6; // box borders found where expected
    static constexpr int WorkingLongSide = 700; // pixels of the reduced copy markers are searched in

    // reference: the blank form rendered in gray (any acta of the template) for the feature
    // fallback, at any resolution; without it only markers are used.
    explicit FormAligner(const ElectionTemplate &election, const cv::Mat &reference = cv::Mat());

    // With a problem, alignment may still hold the best (refused) attempt.
    struct Outcome
    {
        std::optional<Alignment> alignment;
        std::optional<PageProblem> problem;
    };
    Outcome align(const cv::Mat &gray) const;

    static PageLevels measureLevels(const cv::Mat &gray);
    // Registration markers visible in the image (0..4): printed structure even on a pale page.
    int countMarkers(const cv::Mat &gray) const;

    // The template rectangle (mm, grown by marginMm) as an upright image at pxPerMm.
    static cv::Mat warpRegion(const cv::Mat &gray, const cv::Matx33d &mmToImage, const QRectF &mm, double pxPerMm,
                              int interpolation = 1 /* cv::INTER_LINEAR */);
    // Same, into a caller's buffer of exactly size (no allocation when it fits).
    static void warpRegionInto(const cv::Mat &gray, const cv::Matx33d &mmToImage, const QRectF &mm, cv::Mat &out,
                               cv::Size size);

    double borderScore(const cv::Mat &gray, const cv::Matx33d &mmToImage) const;
    // Estimated blur of the printed marker edges: the standard deviation of the edge, in mm.
    double edgeBlurMm(const cv::Mat &gray, const Alignment &alignment) const;
    // Whether every digit box and the QR area lie inside the image.
    bool formInside(const cv::Mat &gray, const cv::Matx33d &mmToImage) const;

private:
    struct MarkerSearch
    {
        std::vector<cv::Point2d> centres; // image px, one per corner TL TR BR BL, or empty
        int found = 0;
    };
    MarkerSearch findMarkers(const cv::Mat &gray) const;
    std::optional<cv::Matx33d> matchFeatures(const cv::Mat &gray) const;
    static double scaleOf(const cv::Matx33d &h, const cv::Point2d &mm);

    ElectionTemplate m_election;
    std::vector<cv::Point2d> m_markerMm;
    std::vector<cv::Point2d> m_borderSamplesMm; // points on the box borders
    std::vector<cv::Point2d> m_insideSamplesMm; // the matching points 1 mm inside the box
    std::vector<cv::Point2d> m_outsideSamplesMm; // and 1 mm outside
    // Feature fallback.
    cv::Mat m_refDescriptors;
    std::vector<cv::Point2d> m_refPointsMm;
};

} // namespace acta
