#include "FormAligner.h"

#include "ImagingLog.h"

#include <opencv2/calib3d.hpp>
#include <opencv2/features2d.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace acta {

namespace {

constexpr double BorderInsetMm = 0.125; // the middle of the printed 0.25 mm box border
constexpr double SampleOffsetMm = 1.0; // paper reference points inside and outside a box
constexpr double FeatureLongSide = 900;

cv::Point2d apply(const cv::Matx33d &h, const cv::Point2d &p)
{
    const cv::Vec3d v = h * cv::Vec3d(p.x, p.y, 1.0);
    return {v[0] / v[2], v[1] / v[2]};
}

cv::Mat reduced(const cv::Mat &gray, double longSide, double *scale)
{
    const double s = std::min(1.0, longSide / std::max(gray.cols, gray.rows));
    *scale = s;
    if (s >= 1.0)
        return gray;
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), s, s, cv::INTER_AREA);
    return small;
}

int oddAtLeast(double v, int minimum)
{
    int n = std::max(minimum, int(std::lround(v)));
    return n % 2 == 0 ? n + 1 : n;
}

} // namespace

FormAligner::FormAligner(const ElectionTemplate &election, const cv::Mat &reference)
    : m_election(election)
{
    const FormLayout &layout = election.layout();
    for (const Marker &m : layout.markers)
        m_markerMm.emplace_back(m.xMm, m.yMm);

    // Five points on each side of every digit box, away from the corners.
    for (const TemplateField &field : election.allFields()) {
        for (int i = 0; i < field.digits; ++i) {
            const QRectF r = election.boxRectMm(field, i);
            const double l = r.left() + BorderInsetMm, t = r.top() + BorderInsetMm;
            const double rt = r.right() - BorderInsetMm, b = r.bottom() - BorderInsetMm;
            for (int k = 1; k <= 5; ++k) {
                const double fx = l + (rt - l) * (0.1 + 0.8 * k / 6.0);
                const double fy = t + (b - t) * (0.1 + 0.8 * k / 6.0);
                const auto add = [this](cv::Point2d on, cv::Point2d inward) {
                    m_borderSamplesMm.push_back(on);
                    m_insideSamplesMm.push_back(on + inward * SampleOffsetMm);
                    m_outsideSamplesMm.push_back(on - inward * SampleOffsetMm);
                };
                add({fx, t}, {0, 1});
                add({fx, b}, {0, -1});
                add({l, fy}, {1, 0});
                add({rt, fy}, {-1, 0});
            }
        }
    }

    if (!reference.empty()) {
        double s = 1;
        const cv::Mat small = reduced(reference, FeatureLongSide, &s);
        const double refPxPerMm = reference.cols / layout.pageWidthMm * s;
        // The QR code and the header differ from acta to acta: no features from there.
        cv::Mat mask(small.size(), CV_8UC1, cv::Scalar(255));
        for (const QRectF &r : {layout.qrMm, layout.headerMm})
            cv::rectangle(mask,
                          cv::Rect(int(r.x() * refPxPerMm), int(r.y() * refPxPerMm), int(r.width() * refPxPerMm) + 1,
                                   int(r.height() * refPxPerMm) + 1),
                          cv::Scalar(0), cv::FILLED);
        try {
            cv::Ptr<cv::ORB> orb = cv::ORB::create(2500);
            std::vector<cv::KeyPoint> keypoints;
            orb->detectAndCompute(small, mask, keypoints, m_refDescriptors);
            for (const cv::KeyPoint &k : keypoints)
                m_refPointsMm.emplace_back(k.pt.x / refPxPerMm, k.pt.y / refPxPerMm);
        } catch (const cv::Exception &e) {
            qCWarning(lcImaging) << "No reference features:" << e.what();
            m_refDescriptors.release();
            m_refPointsMm.clear();
        }
    }
}

PageLevels FormAligner::measureLevels(const cv::Mat &gray)
{
    double s = 1;
    const cv::Mat small = reduced(gray, WorkingLongSide, &s);
    int histSize = 256;
    float range[] = {0, 256};
    const float *ranges[] = {range};
    cv::Mat hist;
    cv::calcHist(&small, 1, nullptr, cv::Mat(), hist, 1, &histSize, ranges);
    const double total = double(small.total());
    const auto percentile = [&](double p) {
        double acc = 0;
        for (int i = 0; i < 256; ++i) {
            acc += hist.at<float>(i);
            if (acc >= p * total)
                return double(i);
        }
        return 255.0;
    };
    PageLevels levels;
    levels.ink = percentile(0.01);
    levels.median = percentile(0.5);
    levels.paper = percentile(0.95);
    // Ink: clearly darker than the neighbourhood, so uneven lighting is not ink and noise is smoothed.
    cv::Mat smooth, local;
    cv::GaussianBlur(small, smooth, cv::Size(3, 3), 0);
    cv::blur(smooth, local, cv::Size(25, 25));
    cv::Mat diff;
    cv::subtract(local, smooth, diff, cv::noArray(), CV_16S);
    const double threshold = std::max(12.0, 0.12 * levels.paper);
    levels.inkShare = double(cv::countNonZero(diff > threshold)) / total;
    return levels;
}

double FormAligner::scaleOf(const cv::Matx33d &h, const cv::Point2d &mm)
{
    const cv::Point2d p = apply(h, mm);
    const double dx = cv::norm(apply(h, mm + cv::Point2d(1, 0)) - p);
    const double dy = cv::norm(apply(h, mm + cv::Point2d(0, 1)) - p);
    return std::sqrt(dx * dy);
}

int FormAligner::countMarkers(const cv::Mat &gray) const
{
    try {
        return findMarkers(gray).found;
    } catch (const cv::Exception &) {
        return 0;
    }
}

FormAligner::MarkerSearch FormAligner::findMarkers(const cv::Mat &gray) const
{
    MarkerSearch result;
    const FormLayout &layout = m_election.layout();
    double s = 1;
    const cv::Mat small = reduced(gray, WorkingLongSide, &s);
    // Assume the page fills most of the image; phone photos with margins still fall in range.
    const double pxPerMm = std::min(small.cols / layout.pageWidthMm, small.rows / layout.pageHeightMm);
    const double markerPx = layout.markers.at(0).sizeMm * pxPerMm;
    cv::Mat bin;
    cv::adaptiveThreshold(small, bin, 255, cv::ADAPTIVE_THRESH_MEAN_C, cv::THRESH_BINARY_INV,
                          oddAtLeast(markerPx * 2.5, 15), 20);
    std::vector<std::vector<cv::Point>> contours;
    // RETR_LIST: on a photo the table around the sheet is one dark frame holding everything else.
    cv::findContours(bin, contours, cv::RETR_LIST, cv::CHAIN_APPROX_SIMPLE);

    struct Candidate
    {
        cv::Point2d centre;
        double side;
    };
    std::vector<Candidate> candidates;
    for (const std::vector<cv::Point> &c : contours) {
        const cv::Rect r = cv::boundingRect(c);
        const double side = std::max(r.width, r.height);
        if (side < 0.4 * markerPx || side > 2.2 * markerPx)
            continue;
        const double aspect = double(r.width) / r.height;
        if (aspect < 0.6 || aspect > 1.65)
            continue;
        const cv::RotatedRect rr = cv::minAreaRect(c);
        const double rrArea = double(rr.size.width) * rr.size.height;
        if (rrArea <= 0 || cv::contourArea(c) / rrArea < 0.8)
            continue;
        const double ink = double(cv::countNonZero(bin(r))) / r.area();
        if (ink < 0.65)
            continue; // a box outline, a letter
        candidates.push_back({cv::Point2d(rr.center.x, rr.center.y), side});
    }
    qCDebug(lcImaging) << "Marker search:" << contours.size() << "contours," << candidates.size()
                       << "square candidates, expected side" << markerPx << "px";

    const cv::Point2d corners[4]
        = {{0, 0}, {double(small.cols), 0}, {double(small.cols), double(small.rows)}, {0, double(small.rows)}};
    const double diagonal = std::hypot(small.cols, small.rows);
    result.centres.assign(4, cv::Point2d(-1, -1));
    for (int k = 0; k < 4; ++k) {
        double best = 0.3 * diagonal;
        for (const Candidate &c : candidates) {
            const bool left = c.centre.x < small.cols / 2.0, top = c.centre.y < small.rows / 2.0;
            const bool inQuadrant = (k == 0 && left && top) || (k == 1 && !left && top) || (k == 2 && !left && !top)
                || (k == 3 && left && !top);
            const double d = cv::norm(c.centre - corners[k]);
            if (inQuadrant && d < best) {
                best = d;
                result.centres[k] = c.centre;
            }
        }
        if (result.centres[k].x < 0)
            continue;
        ++result.found;
        // Refine on the full image: the centroid of the dark square around the coarse centre.
        const cv::Point2d coarse = result.centres[k] / s;
        const double half = markerPx / s;
        const cv::Rect roi = cv::Rect(int(coarse.x - half), int(coarse.y - half), int(2 * half), int(2 * half))
            & cv::Rect(0, 0, gray.cols, gray.rows);
        result.centres[k] = coarse;
        if (roi.area() <= 0)
            continue;
        cv::Mat patch;
        cv::threshold(gray(roi), patch, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
        std::vector<std::vector<cv::Point>> blobs;
        cv::findContours(patch, blobs, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
        double bestArea = 0;
        for (const std::vector<cv::Point> &b : blobs) {
            const cv::Moments m = cv::moments(b);
            if (m.m00 > bestArea) {
                const cv::Point2d c(m.m10 / m.m00 + roi.x, m.m01 / m.m00 + roi.y);
                if (cv::norm(c - coarse) < 0.5 * half) {
                    bestArea = m.m00;
                    result.centres[k] = c;
                }
            }
        }
    }
    return result;
}

std::optional<cv::Matx33d> FormAligner::matchFeatures(const cv::Mat &gray) const
{
    if (m_refDescriptors.empty())
        return std::nullopt;
    try {
        double s = 1;
        const cv::Mat small = reduced(gray, FeatureLongSide, &s);
        cv::Ptr<cv::ORB> orb = cv::ORB::create(3000);
        std::vector<cv::KeyPoint> keypoints;
        cv::Mat descriptors;
        orb->detectAndCompute(small, cv::noArray(), keypoints, descriptors);
        if (descriptors.empty())
            return std::nullopt;
        cv::BFMatcher matcher(cv::NORM_HAMMING);
        std::vector<std::vector<cv::DMatch>> knn;
        matcher.knnMatch(descriptors, m_refDescriptors, knn, 2);
        std::vector<cv::Point2f> mm, px;
        for (const std::vector<cv::DMatch> &pair : knn) {
            if (pair.size() < 2 || pair[0].distance > 0.8f * pair[1].distance)
                continue;
            mm.emplace_back(m_refPointsMm[std::size_t(pair[0].trainIdx)]);
            px.push_back(keypoints[std::size_t(pair[0].queryIdx)].pt);
        }
        if (mm.size() < 15)
            return std::nullopt;
        cv::Mat inliers;
        const cv::Mat h = cv::findHomography(mm, px, cv::RANSAC, 3.0, inliers, 4000, 0.999);
        if (h.empty() || cv::countNonZero(inliers) < 15)
            return std::nullopt;
        const cv::Matx33d unscale(1.0 / s, 0, 0, 0, 1.0 / s, 0, 0, 0, 1);
        return unscale * cv::Matx33d(h);
    } catch (const cv::Exception &e) {
        qCWarning(lcImaging) << "Feature matching failed:" << e.what();
        return std::nullopt;
    }
}

double FormAligner::borderScore(const cv::Mat &gray, const cv::Matx33d &h) const
{
    if (m_borderSamplesMm.empty())
        return 0;
    std::vector<cv::Point2d> on, in, out;
    cv::perspectiveTransform(m_borderSamplesMm, on, cv::Mat(h));
    cv::perspectiveTransform(m_insideSamplesMm, in, cv::Mat(h));
    cv::perspectiveTransform(m_outsideSamplesMm, out, cv::Mat(h));
    const double pxPerMm
        = scaleOf(h, cv::Point2d(m_election.layout().pageWidthMm / 2, m_election.layout().pageHeightMm / 2));
    const int r = std::max(1, int(std::lround(0.2 * pxPerMm)));
    const cv::Rect bounds(0, 0, gray.cols, gray.rows);
    const auto at = [&](const cv::Point2d &p, int radius, bool minimum) {
        const cv::Rect box
            = cv::Rect(int(std::lround(p.x)) - radius, int(std::lround(p.y)) - radius, 2 * radius + 1, 2 * radius + 1)
            & bounds;
        if (box.area() <= 0)
            return -1.0;
        if (!minimum)
            return cv::mean(gray(box))[0];
        double lo = 0;
        cv::minMaxLoc(gray(box), &lo);
        return lo;
    };
    int dark = 0;
    for (std::size_t i = 0; i < on.size(); ++i) {
        const double line = at(on[i], r, true);
        const double ref = std::max(at(in[i], 1, false), at(out[i], 1, false));
        if (line >= 0 && ref >= 0 && line < 0.8 * ref && ref - line > 25)
            ++dark;
    }
    return double(dark) / double(on.size());
}

bool FormAligner::formInside(const cv::Mat &gray, const cv::Matx33d &h) const
{
    std::vector<cv::Point2d> mm;
    const auto addRect = [&mm](const QRectF &r) {
        mm.emplace_back(r.left(), r.top());
        mm.emplace_back(r.right(), r.top());
        mm.emplace_back(r.right(), r.bottom());
        mm.emplace_back(r.left(), r.bottom());
    };
    for (const TemplateField &field : m_election.allFields())
        for (int i = 0; i < field.digits; ++i)
            addRect(m_election.boxRectMm(field, i));
    addRect(m_election.layout().qrMm);
    std::vector<cv::Point2d> px;
    cv::perspectiveTransform(mm, px, cv::Mat(h));
    for (const cv::Point2d &p : px)
        if (p.x < 1 || p.y < 1 || p.x > gray.cols - 2 || p.y > gray.rows - 2)
            return false;
    return true;
}

FormAligner::Outcome FormAligner::align(const cv::Mat &gray) const
{
    Outcome outcome;
    const FormLayout &layout = m_election.layout();
    const cv::Point2d centreMm(layout.pageWidthMm / 2, layout.pageHeightMm / 2);
    MarkerSearch markers;
    try {
        markers = findMarkers(gray);
    } catch (const cv::Exception &e) {
        qCWarning(lcImaging) << "Marker search failed:" << e.what();
    }

    bool markerLayoutWrong = false;
    std::optional<Alignment> best;
    if (markers.found == 4) {
        // Two correspondences: upright, or turned half a turn (marker k is where k+2 should be).
        for (int shift : {0, 2}) {
            std::vector<cv::Point2f> src, dst;
            for (int k = 0; k < 4; ++k) {
                src.emplace_back(m_markerMm[std::size_t(k)]);
                dst.emplace_back(markers.centres[std::size_t((k + shift) % 4)]);
            }
            const cv::Matx33d h(cv::getPerspectiveTransform(src, dst));
            // Markers of another form sit at other proportions: the two page sides disagree on scale.
            const double across
                = cv::norm(apply(h, m_markerMm[1]) - apply(h, m_markerMm[0])) / cv::norm(m_markerMm[1] - m_markerMm[0]);
            const double down
                = cv::norm(apply(h, m_markerMm[3]) - apply(h, m_markerMm[0])) / cv::norm(m_markerMm[3] - m_markerMm[0]);
            if (across / down < 0.8 || across / down > 1.25) {
                markerLayoutWrong = true;
                continue;
            }
            Alignment a;
            a.mmToImage = h;
            a.method = PageReading::RegistrationMethod::Markers;
            a.upsideDown = shift == 2;
            a.markersFound = 4;
            a.score = borderScore(gray, h);
            if (!best || a.score > best->score)
                best = a;
        }
    }
    if (!best || best->score < MinScore) {
        if (std::optional<cv::Matx33d> h = matchFeatures(gray)) {
            Alignment a;
            a.mmToImage = *h;
            a.method = PageReading::RegistrationMethod::Features;
            a.markersFound = markers.found;
            a.score = borderScore(gray, *h);
            const cv::Point2d top = apply(*h, cv::Point2d(centreMm.x, 0));
            const cv::Point2d bottom = apply(*h, cv::Point2d(centreMm.x, layout.pageHeightMm));
            a.upsideDown = top.y > bottom.y;
            if (!best || a.score > best->score)
                best = a;
        }
    }

    if (best && best->score >= MinScore) {
        best->pxPerMm = scaleOf(best->mmToImage, centreMm);
        outcome.alignment = best;
        // Feature matching can align a sheet whose edge is missing: the markers must still be in
        // the image (the published scan is the whole acta), found or not (a stain can hide one).
        int markersInside = 0;
        for (const cv::Point2d &m : m_markerMm) {
            const cv::Point2d p = apply(best->mmToImage, m);
            if (p.x >= 0 && p.y >= 0 && p.x < gray.cols && p.y < gray.rows)
                ++markersInside;
        }
        if (markersInside < 4)
            outcome.problem = PageProblem::make(
                PageIssue::CutOff,
                tr("only %n of the 4 registration markers are in the image.", nullptr, markersInside));
        else if (!formInside(gray, best->mmToImage))
            outcome.problem = PageProblem::make(PageIssue::CutOff,
                                                tr("part of the digit boxes or of the QR code is "
                                                   "outside the image."));
        return outcome;
    }
    // Not aligned: the best attempt still tells the caller where the markers were (sharpness).
    if (best) {
        best->pxPerMm = scaleOf(best->mmToImage, centreMm);
        outcome.alignment = best;
    }
    if (markers.found == 4 && markerLayoutWrong)
        outcome.problem = PageProblem::make(
            PageIssue::WrongForm,
            tr("the registration markers are not where template %1 prints them.").arg(m_election.id()));
    else if (markers.found == 4)
        outcome.problem
            = PageProblem::make(PageIssue::WrongForm,
                                tr("the digit boxes are not where template %1 prints them (alignment score %2%).")
                                    .arg(m_election.id())
                                    .arg(int(std::lround((best ? best->score : 0) * 100))));
    else if (markers.found > 0)
        outcome.problem = PageProblem::make(
            PageIssue::CutOff, tr("only %n of the 4 registration markers are in the image.", nullptr, markers.found));
    else
        outcome.problem = PageProblem::make(
            PageIssue::WrongForm,
            tr("no registration marker and no part of template %1 was found.").arg(m_election.id()));
    return outcome;
}

cv::Mat FormAligner::warpRegion(const cv::Mat &gray, const cv::Matx33d &h, const QRectF &mm, double pxPerMm,
                                int interpolation)
{
    const cv::Size size(std::max(1, int(std::lround(mm.width() * pxPerMm))),
                        std::max(1, int(std::lround(mm.height() * pxPerMm))));
    const cv::Matx33d fromOut(1.0 / pxPerMm, 0, mm.x(), 0, 1.0 / pxPerMm, mm.y(), 0, 0, 1);
    cv::Mat out;
    cv::warpPerspective(gray, out, cv::Mat(h * fromOut), size, interpolation | cv::WARP_INVERSE_MAP,
                        cv::BORDER_CONSTANT, cv::Scalar(255));
    return out;
}

void FormAligner::warpRegionInto(const cv::Mat &gray, const cv::Matx33d &h, const QRectF &mm, cv::Mat &out,
                                 cv::Size size)
{
    const double kx = size.width / mm.width(), ky = size.height / mm.height();
    const cv::Matx33d fromOut(1.0 / kx, 0, mm.x(), 0, 1.0 / ky, mm.y(), 0, 0, 1);
    cv::warpPerspective(gray, out, cv::Mat(h * fromOut), size, cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                        cv::BORDER_CONSTANT, cv::Scalar(255));
}

double FormAligner::edgeBlurMm(const cv::Mat &gray, const Alignment &alignment) const
{
    constexpr double K = 10; // px per mm of the measuring grid
    std::vector<double> sigmas;
    for (const Marker &m : m_election.layout().markers) {
        const QRectF area = m.rectMm().adjusted(-3, -3, 3, 3);
        cv::Mat patch = warpRegion(gray, alignment.mmToImage, area, K);
        patch.convertTo(patch, CV_64F);
        const int n = patch.cols;
        const int inner0 = int(3 * K), inner1 = n - int(3 * K); // the marker's extent
        const int mid0 = inner0 + (inner1 - inner0) / 4, mid1 = inner1 - (inner1 - inner0) / 4;
        for (int transpose = 0; transpose < 2; ++transpose) {
            const cv::Mat p = transpose ? cv::Mat(patch.t()) : patch;
            for (int row = mid0; row < mid1; row += 2) {
                const double *v = p.ptr<double>(row);
                double paper = 0, ink = 0;
                for (int x = 0; x < int(1.5 * K); ++x)
                    paper += v[x] + v[n - 1 - x];
                paper /= 3 * K;
                for (int x = mid0; x < mid1; ++x)
                    ink += v[x];
                ink /= (mid1 - mid0);
                const double contrast = paper - ink;
                if (contrast < 30)
                    continue;
                double fall = 0, rise = 0;
                for (int x = int(1.5 * K); x < n / 2; ++x)
                    fall = std::max(fall, v[x] - v[x + 1]);
                for (int x = n / 2; x < n - int(1.5 * K); ++x)
                    rise = std::max(rise, v[x + 1] - v[x]);
                // A Gaussian-blurred step of height c has a steepest slope of c / (sigma * sqrt(2 pi)).
                for (double slope : {fall, rise})
                    if (slope > 0)
                        sigmas.push_back(contrast / (slope * 2.5066) / K);
            }
        }
    }
    if (sigmas.empty())
        return 99;
    std::nth_element(sigmas.begin(), sigmas.begin() + long(sigmas.size() / 2), sigmas.end());
    return sigmas[sigmas.size() / 2];
}

} // namespace acta
