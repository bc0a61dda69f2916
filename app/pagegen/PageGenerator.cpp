#include "PageGenerator.h"

#include "FormRenderer.h"

#include <QJsonArray>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace acta {

namespace {

// libstdc++'s distributions are not specified bit for bit; this keeps pages reproducible anywhere.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_engine(seed)
    { }
    double uniform(double lo, double hi) { return lo + (hi - lo) * double(m_engine() >> 11) * 0x1.0p-53; }
    int integer(int lo, int hi) { return lo + int((m_engine() >> 11) % quint64(hi - lo + 1)); }
    bool chance(double p) { return uniform(0, 1) < p; }
    quint64 next() { return m_engine(); }

private:
    std::mt19937_64 m_engine;
};

const cv::Scalar BlackInk(35, 25, 25); // BGR
const cv::Scalar BlueInk(150, 45, 25);

cv::Mat toMat(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar *>(rgb.constBits()),
                 std::size_t(rgb.bytesPerLine()));
    cv::Mat bgr;
    cv::cvtColor(view, bgr, cv::COLOR_RGB2BGR);
    return bgr;
}

// Lays ink over the page where alpha (0..1, CV_32F, roi-sized) says.
void blendInk(cv::Mat &page, const cv::Rect &roi, const cv::Mat &alpha, const cv::Scalar &ink)
{
    cv::Mat area = page(roi);
    for (int y = 0; y < area.rows; ++y) {
        cv::Vec3b *p = area.ptr<cv::Vec3b>(y);
        const float *a = alpha.ptr<float>(y);
        for (int x = 0; x < area.cols; ++x) {
            if (a[x] <= 0.003f)
                continue;
            for (int c = 0; c < 3; ++c)
                p[x][c] = cv::saturate_cast<uchar>(p[x][c] * (1.0f - a[x]) + float(ink[c]) * a[x]);
        }
    }
}

} // namespace

QJsonObject PageDefects::toJson() const
{
    static const char *const badNames[] = {"none",         "low_resolution", "blurred", "too_dark",  "too_bright",
                                           "low_contrast", "cut_off",        "blank",   "other_form"};
    return QJsonObject {
        {QStringLiteral("dpi"), dpi},
        {QStringLiteral("rotation_deg"), rotationDeg},
        {QStringLiteral("perspective"), perspective},
        {QStringLiteral("blur_sigma_px"), blurSigmaPx},
        {QStringLiteral("noise_sigma"), noiseSigma},
        {QStringLiteral("jpeg_quality"), jpegQuality},
        {QStringLiteral("lighting_drop"), lightingDrop},
        {QStringLiteral("ink"), blueInk ? QStringLiteral("blue") : QStringLiteral("black")},
        {QStringLiteral("ink_strength"), inkStrength},
        {QStringLiteral("stray_marks"), strayMarks},
        {QStringLiteral("fold_line"), foldLine},
        {QStringLiteral("upside_down"), upsideDown},
        {QStringLiteral("identity_obscured"), identityObscured},
        {QStringLiteral("crossed_out_rate"), crossedOutRate},
        {QStringLiteral("empty_rate"), emptyRate},
        {QStringLiteral("bad"), QString::fromLatin1(badNames[int(bad)])},
    };
}

QJsonObject GeneratedPage::groundTruth() const
{
    QJsonObject fields, boxes;
    for (auto it = boxLabels.cbegin(); it != boxLabels.cend(); ++it) {
        fields.insert(it.key(), truth.value(it.key()).toStorageString());
        QJsonArray labels;
        for (int l : it.value())
            labels.append(l);
        boxes.insert(it.key(), labels);
    }
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("actacapture.groundtruth/1")},
                        {QStringLiteral("clave_acta"), acta.toString()},
                        {QStringLiteral("template"), templateId},
                        {QStringLiteral("file_format"), format},
                        {QStringLiteral("fields"), fields},
                        {QStringLiteral("boxes"), boxes},
                        {QStringLiteral("defects"), defects.toJson()}};
}

PageGenerator::PageGenerator(const ElectionTemplate &election, const GlyphAtlas &atlas)
    : m_election(election)
    , m_atlas(atlas)
{ }

PageDefects PageGenerator::randomDefects(DefectLevel level, quint64 seed)
{
    Rng r(seed);
    PageDefects d;
    if (level == DefectLevel::Clean)
        return d;
    const int step = level == DefectLevel::Mild ? 0 : level == DefectLevel::Moderate ? 1 : 2;
    const double rot[] = {2, 5, 7}, persp[] = {0, 0.01, 0.03}, blur[] = {0.6, 1.0, 1.2}, noise[] = {3, 6, 8},
                 light[] = {0.1, 0.25, 0.4}, jpegP[] = {0.7, 0.8, 1.0}, faint[] = {0.05, 0.1, 0.2},
                 fold[] = {0.1, 0.25, 0.5}, upside[] = {0.05, 0.1, 0.15}, crossed[] = {0.03, 0.05, 0.08},
                 empty[] = {0.05, 0.08, 0.1};
    const int stray[] = {2, 4, 6}, jpegLow[] = {75, 50, 40}, jpegHigh[] = {95, 95, 70};
    d.dpi = r.integer(150, 300);
    d.rotationDeg = r.uniform(-rot[step], rot[step]);
    d.perspective = r.uniform(0, persp[step]);
    d.blurSigmaPx = r.uniform(step == 2 ? 0.3 : 0.0, blur[step]);
    d.noiseSigma = r.uniform(step == 2 ? 3 : 0, noise[step]);
    d.jpegQuality = r.chance(jpegP[step]) ? r.integer(jpegLow[step], jpegHigh[step]) : 0;
    d.lightingDrop = r.uniform(step == 2 ? 0.1 : 0.0, light[step]);
    d.blueInk = r.chance(0.5);
    d.inkStrength = r.chance(faint[step]) ? r.uniform(0.35, 0.6) : r.uniform(0.75, 1.0);
    d.strayMarks = r.integer(0, stray[step]);
    d.foldLine = r.chance(fold[step]);
    d.upsideDown = r.chance(upside[step]);
    d.crossedOutRate = crossed[step];
    d.emptyRate = empty[step];
    return d;
}

PageDefects PageGenerator::badDefects(PageDefects::Bad bad, quint64 seed)
{
    PageDefects d = randomDefects(DefectLevel::Mild, seed);
    d.bad = bad;
    Rng r(seed ^ 0x5bd1e995ULL);
    if (bad == PageDefects::Bad::LowResolution)
        d.dpi = r.integer(72, 100);
    if (bad == PageDefects::Bad::Blurred)
        d.blurSigmaPx = r.uniform(0.45, 0.9) * d.dpi / 25.4; // half a millimetre and more
    return d;
}

Tally PageGenerator::randomTally(quint64 seed, double crossedOutRate, double emptyRate) const
{
    return randomTally(seed, crossedOutRate, emptyRate, m_election.actaType(), nullptr);
}

Tally PageGenerator::randomTally(quint64 seed, double crossedOutRate, double emptyRate, int actaType,
                                 const CasillaInfo *casilla) const
{
    Rng r(seed);
    // Without a casilla every field is on the ballot.
    const auto onBallot = [&](const TemplateField &f) {
        return !casilla || !isVoteKind(f.kind)
            || m_election.runsIn(f, DistrictRef {casilla->key.state(), casilla->district}, actaType);
    };
    QList<TemplateField> votes;
    for (const TemplateField &f : m_election.voteFields())
        if (onBallot(f))
            votes << f;
    const int total = r.integer(60, 650);
    std::vector<double> weights;
    for (const TemplateField &f : votes) {
        double w = 0;
        switch (f.kind) {
        case FieldKind::Party:
            w = std::pow(r.uniform(0.1, 2.0), 2);
            break;
        case FieldKind::Coalition:
            w = r.uniform(0, 0.3);
            break;
        case FieldKind::Independent:
            w = r.uniform(0, 1.0);
            break;
        case FieldKind::NoRegistrados:
            w = r.uniform(0, 0.03);
            break;
        default:
            w = r.uniform(0.02, 0.2);
        }
        weights.push_back(w);
    }
    double sum = 0;
    for (double w : weights)
        sum += w;
    std::vector<int> values;
    int assigned = 0;
    for (double w : weights) {
        values.push_back(int(std::floor(total * w / sum)));
        assigned += values.back();
    }
    values[0] += total - assigned; // the first party takes the rounding
    Tally tally;
    for (qsizetype i = 0; i < votes.size(); ++i)
        tally.set(votes[i].id, FieldValue::number(std::min(values[std::size_t(i)], 999)));
    for (const TemplateField &f : m_election.otherFields()) {
        int v = 0;
        switch (f.kind) {
        case FieldKind::BoletasSobrantes:
            v = r.integer(0, 400);
            break;
        case FieldKind::PersonasVotaron:
            v = std::max(0, total - r.integer(0, 3));
            break;
        case FieldKind::RepresentantesVotaron:
            v = r.integer(0, 6);
            break;
        default:
            v = total;
        }
        tally.set(f.id, FieldValue::number(std::min(v, 999)));
    }
    for (const TemplateField &f : m_election.allFields()) {
        if (!onBallot(f))
            continue;
        if (r.chance(crossedOutRate))
            tally.set(f.id, FieldValue::ilegible());
        else if (r.chance(emptyRate))
            tally.set(f.id, FieldValue::sinDato());
    }
    return tally;
}

Result<GeneratedPage> PageGenerator::generate(const ActaKey &acta, const CasillaInfo *casilla, const Tally &values,
                                              const PageDefects &defects, quint64 seed,
                                              const ElectionTemplate *otherForm) const
{
    Rng r(seed);
    const bool other = defects.bad == PageDefects::Bad::OtherForm;
    if (other && !otherForm)
        return fail(ErrorCode::InvalidInput, tr("A page of another form needs that form's template."));
    const ElectionTemplate &form = other ? *otherForm : m_election;
    Result<ActaKey> key = ActaKey::make(acta.casilla(), form.actaType());
    if (!key)
        return key.takeError();
    GeneratedPage page {QByteArray(), QString(), *key, form.id(), Tally(), {}, defects};
    const double k = defects.dpi / 25.4;

    cv::Mat sheet;
    if (defects.bad == PageDefects::Bad::Blank) {
        const QSize size = FormRenderer::pageSizePx(form.layout(), defects.dpi);
        sheet = cv::Mat(size.height(), size.width(), CV_8UC3, cv::Scalar(250, 250, 250));
    } else {
        FormRenderer renderer(form, *key, other ? nullptr : casilla);
        renderer.setDrill(m_drill);
        Result<QImage> blank = renderer.renderImage(defects.dpi);
        if (!blank)
            return blank.takeError();
        sheet = toMat(*blank);
    }
    const cv::Scalar ink = defects.blueInk ? BlueInk : BlackInk;
    const cv::Rect pageRect(0, 0, sheet.cols, sheet.rows);
    const auto mm = [k](double v) {
        return v * k;
    };

    const auto drawStroke = [&](std::vector<cv::Point2d> points, double widthMm) {
        std::vector<cv::Point> pts;
        for (const cv::Point2d &p : points)
            pts.emplace_back(int(std::lround(p.x * 16)), int(std::lround(p.y * 16)));
        const int thickness = std::max(1, int(std::lround(mm(widthMm))));
        for (std::size_t i = 1; i < pts.size(); ++i)
            cv::line(sheet, pts[i - 1], pts[i], ink, thickness, cv::LINE_AA, 4);
    };

    const auto drawDigit = [&](int digit, const QRectF &boxMm) {
        cv::Mat cell = m_atlas.glyph(digit, r.integer(0, m_atlas.count(digit) - 1));
        cv::Mat big;
        cv::resize(cell, big, cv::Size(), 2, 2, cv::INTER_LINEAR);
        const double variant = r.uniform(0, 1);
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3));
        if (variant < 0.3)
            cv::dilate(big, big, kernel);
        else if (variant < 0.6)
            cv::erode(big, big, kernel);
        const double side = mm(r.uniform(0.85, 1.25) * 9.0);
        const double scale = side / big.cols;
        const double angle = r.uniform(-8, 8) * CV_PI / 180;
        const double shear = r.uniform(-0.15, 0.15);
        const cv::Point2d centre(mm(boxMm.center().x() + r.uniform(-1.0, 1.0)),
                                 mm(boxMm.center().y() + r.uniform(-1.2, 1.2)));
        // page = centre + R * Shear * S * (p - c0)
        const double c = std::cos(angle), s = std::sin(angle);
        const cv::Matx22d a = cv::Matx22d(c, -s, s, c) * cv::Matx22d(1, shear, 0, 1) * cv::Matx22d(scale, 0, 0, scale);
        const cv::Point2d c0(big.cols / 2.0, big.rows / 2.0);
        const cv::Vec2d t = cv::Vec2d(centre.x, centre.y) - a * cv::Vec2d(c0.x, c0.y);
        const double halfExtent = side * 0.95;
        const cv::Rect roi
            = cv::Rect(int(centre.x - halfExtent), int(centre.y - halfExtent), int(2 * halfExtent), int(2 * halfExtent))
            & pageRect;
        const cv::Matx23d m(a(0, 0), a(0, 1), t[0] - roi.x, a(1, 0), a(1, 1), t[1] - roi.y);
        cv::Mat alpha;
        cv::warpAffine(big, alpha, m, roi.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        alpha.convertTo(alpha, CV_32F, defects.inkStrength / 255.0);
        blendInk(sheet, roi, alpha, ink);
    };

    const auto crossOut = [&](const QRectF &b) {
        const double w = r.uniform(0.4, 0.8);
        const auto pt = [&](double fx, double fy) {
            return cv::Point2d(mm(b.left() + fx * b.width()), mm(b.top() + fy * b.height()));
        };
        switch (r.integer(0, 3)) {
        case 0: // an X
            drawStroke({pt(0.1, 0.1), pt(0.9, 0.9)}, w);
            drawStroke({pt(0.9, 0.1), pt(0.1, 0.9)}, w);
            break;
        case 1: // one diagonal
            drawStroke({pt(0.05, r.uniform(0.7, 0.95)), pt(0.95, r.uniform(0.05, 0.3))}, w);
            break;
        case 2: // struck through twice
            drawStroke({pt(0.05, 0.4), pt(0.95, 0.45)}, w);
            drawStroke({pt(0.05, 0.6), pt(0.95, 0.55)}, w);
            break;
        default: { // a scribble
            std::vector<cv::Point2d> zig;
            for (int i = 0; i <= 6; ++i)
                zig.push_back(pt(0.1 + 0.8 * i / 6.0, i % 2 ? 0.2 : 0.8));
            drawStroke(zig, w);
        }
        }
    };

    if (defects.bad != PageDefects::Bad::Blank) {
        const Tally formValues = other ? PageGenerator(form, m_atlas).randomTally(r.next()) : values;
        for (const TemplateField &field : form.allFields()) {
            // A field not on this district's ballot stays blank and is not part of the truth.
            if (!other && casilla && isVoteKind(field.kind)
                && !form.runsIn(field, DistrictRef {casilla->key.state(), casilla->district}, acta.actaType()))
                continue;
            const FieldValue value = formValues.value(field.id);
            QString digits;
            if (value.isNumber())
                digits = QString::number(value.number()).right(field.digits);
            else if (value.kind() == FieldValue::Kind::Ilegible)
                digits = QString::number(r.integer(1, 99)).right(field.digits);
            QList<int> labels;
            const int firstWritten = field.digits - int(digits.size());
            for (int i = 0; i < field.digits; ++i) {
                const QRectF box = form.boxRectMm(field, i);
                if (i < firstWritten) {
                    labels.append(BoxEmpty);
                    if (r.chance(0.05)) { // a stray dot or dash near the edge of an empty box
                        const cv::Point2d at(
                            mm(box.left() + r.uniform(1.2, box.width() - 1.2)),
                            mm(box.top() + (r.chance(0.5) ? r.uniform(1, 2.5) : box.height() - r.uniform(1, 2.5))));
                        drawStroke({at, at + cv::Point2d(mm(r.uniform(0.2, 1.5)), mm(r.uniform(-0.3, 0.3)))},
                                   r.uniform(0.3, 0.6));
                    }
                    continue;
                }
                drawDigit(digits.at(i - firstWritten).digitValue(), box);
                if (value.kind() == FieldValue::Kind::Ilegible) {
                    crossOut(box);
                    labels.append(BoxCrossedOut);
                } else {
                    labels.append(digits.at(i - firstWritten).digitValue());
                }
            }
            if (!other) {
                page.truth.set(field.id, value.isNumber() ? FieldValue::number(digits.toLongLong()) : value);
                page.boxLabels.insert(field.id, labels);
            }
        }
    }

    if (defects.identityObscured) {
        // Spilled ink over the QR code and the printed header: neither the decoder nor Tesseract
        // can read the identity, so a person must type it from what is left of the sheet.
        const auto blot = [&](const QRectF &areaMm, int strokes) {
            for (int i = 0; i < strokes; ++i) {
                const cv::Point2d a(mm(r.uniform(areaMm.left(), areaMm.right())),
                                    mm(r.uniform(areaMm.top(), areaMm.bottom())));
                const cv::Point2d b(mm(r.uniform(areaMm.left(), areaMm.right())),
                                    mm(r.uniform(areaMm.top(), areaMm.bottom())));
                drawStroke({a, b}, r.uniform(1.5, 3.0));
            }
            const QPointF c = areaMm.center();
            cv::ellipse(sheet, cv::Point(int(mm(c.x())), int(mm(c.y()))),
                        cv::Size(int(mm(areaMm.width() * r.uniform(0.3, 0.45))),
                                 int(mm(areaMm.height() * r.uniform(0.3, 0.45)))),
                        r.uniform(0, 180), 0, 360, ink, cv::FILLED, cv::LINE_AA);
        };
        blot(form.layout().qrMm, 40);
        blot(form.layout().headerMm, 60);
    }

    // Stray marks away from the boxes, the QR code and the markers.
    QList<QRectF> keepOut {form.layout().qrMm.adjusted(-3, -3, 3, 3)};
    for (const Marker &m : form.layout().markers)
        keepOut.append(m.rectMm().adjusted(-3, -3, 3, 3));
    for (const TemplateField &field : form.allFields())
        keepOut.append(QRectF(form.boxRectMm(field, 0).topLeft(), form.boxRectMm(field, field.digits - 1).bottomRight())
                           .adjusted(-3, -3, 3, 3));
    for (int i = 0, placed = 0; i < 50 && placed < defects.strayMarks; ++i) {
        const QPointF at(r.uniform(5, form.layout().pageWidthMm - 10), r.uniform(5, form.layout().pageHeightMm - 10));
        const QRectF extent(at, QSizeF(6, 6));
        if (std::any_of(keepOut.cbegin(), keepOut.cend(), [&](const QRectF &o) { return o.intersects(extent); }))
            continue;
        std::vector<cv::Point2d> scribble {{mm(at.x()), mm(at.y())}};
        for (int j = 0; j < 3; ++j)
            scribble.push_back({mm(at.x() + r.uniform(0, 6)), mm(at.y() + r.uniform(0, 6))});
        drawStroke(scribble, r.uniform(0.3, 0.6));
        ++placed;
    }
    if (defects.foldLine) {
        const double y = r.uniform(0.3, 0.7) * sheet.rows, slope = r.uniform(-0.01, 0.01) * sheet.rows;
        cv::Mat shade(sheet.size(), CV_8UC3, cv::Scalar(0, 0, 0));
        cv::line(shade, cv::Point(0, int(y)), cv::Point(sheet.cols, int(y + slope)), cv::Scalar::all(r.uniform(15, 35)),
                 std::max(1, int(mm(0.3))), cv::LINE_AA);
        cv::GaussianBlur(shade, shade, cv::Size(0, 0), std::max(0.5, mm(0.15)));
        cv::subtract(sheet, shade, sheet);
    }
    if (defects.lightingDrop > 0) {
        // Darker towards one side, as under a desk lamp or a curled page.
        const double theta = r.uniform(0, 2 * CV_PI), c = std::cos(theta), s = std::sin(theta);
        const double span = std::abs(c) * sheet.cols + std::abs(s) * sheet.rows;
        const double origin = std::min(0.0, c * sheet.cols) + std::min(0.0, s * sheet.rows);
        for (int y = 0; y < sheet.rows; ++y) {
            cv::Vec3b *p = sheet.ptr<cv::Vec3b>(y);
            for (int x = 0; x < sheet.cols; ++x) {
                const double t = (c * x + s * y - origin) / span;
                const double f = 1.0 - defects.lightingDrop * t;
                for (int ch = 0; ch < 3; ++ch)
                    p[x][ch] = cv::saturate_cast<uchar>(p[x][ch] * f);
            }
        }
    }

    // The sheet on the scanner glass (or the table): turned, in perspective, with a margin.
    const double angle = defects.rotationDeg * CV_PI / 180;
    const double w = sheet.cols, h = sheet.rows;
    std::vector<cv::Point2f> src {{0, 0}, {float(w), 0}, {float(w), float(h)}, {0, float(h)}};
    std::vector<cv::Point2f> dst;
    for (const cv::Point2f &p : src) {
        const double x = p.x - w / 2, y = p.y - h / 2;
        dst.emplace_back(float(x * std::cos(angle) - y * std::sin(angle) + r.uniform(-1, 1) * defects.perspective * w),
                         float(x * std::sin(angle) + y * std::cos(angle) + r.uniform(-1, 1) * defects.perspective * h));
    }
    const cv::Rect2f bounds = cv::boundingRect(dst);
    const float margin = float(0.02 * w);
    for (cv::Point2f &p : dst)
        p += cv::Point2f(margin - bounds.x, margin - bounds.y);
    const cv::Size canvasSize(int(bounds.width + 2 * margin), int(bounds.height + 2 * margin));
    const double background = defects.perspective > 0.005 ? r.uniform(60, 110) : r.uniform(215, 240);
    cv::Mat canvas;
    cv::warpPerspective(sheet, canvas, cv::getPerspectiveTransform(src, dst), canvasSize, cv::INTER_LINEAR,
                        cv::BORDER_CONSTANT, cv::Scalar::all(background));
    sheet.release();

    if (defects.upsideDown)
        cv::rotate(canvas, canvas, cv::ROTATE_180);
    if (defects.bad == PageDefects::Bad::CutOff) {
        const double share = r.uniform(0.12, 0.3);
        const int side = r.integer(0, 3);
        cv::Rect keep(0, 0, canvas.cols, canvas.rows);
        if (side == 0)
            keep.y = int(share * canvas.rows);
        else if (side == 1)
            keep.x = int(share * canvas.cols);
        if (side == 0 || side == 2)
            keep.height = canvas.rows - int(share * canvas.rows);
        else
            keep.width = canvas.cols - int(share * canvas.cols);
        canvas = canvas(keep).clone();
    }
    if (defects.blurSigmaPx > 0.05)
        cv::GaussianBlur(canvas, canvas, cv::Size(0, 0), defects.blurSigmaPx);
    switch (defects.bad) {
    case PageDefects::Bad::TooDark:
        canvas.convertTo(canvas, -1, r.uniform(0.2, 0.33), 0);
        break;
    case PageDefects::Bad::TooBright: // washed out: ink pale grey
    {
        cv::Mat inverse = cv::Scalar::all(255) - canvas;
        inverse.convertTo(inverse, -1, r.uniform(0.12, 0.25), 0);
        canvas = cv::Scalar::all(255) - inverse;
        break;
    }
    case PageDefects::Bad::LowContrast:
        canvas.convertTo(canvas, -1, r.uniform(0.15, 0.25), r.uniform(90, 120));
        break;
    default:
        break;
    }
    if (defects.noiseSigma > 0) {
        cv::Mat noise(canvas.size(), CV_16SC3);
        cv::RNG cvRng(r.next());
        cvRng.fill(noise, cv::RNG::NORMAL, 0, defects.noiseSigma);
        cv::Mat sum;
        canvas.convertTo(sum, CV_16SC3);
        sum += noise;
        sum.convertTo(canvas, CV_8UC3);
    }

    std::vector<uchar> encoded;
    const bool jpeg = defects.jpegQuality > 0;
    if (!jpeg && r.chance(0.5))
        cv::cvtColor(canvas, canvas, cv::COLOR_BGR2GRAY); // a grayscale scan
    const bool ok = jpeg ? cv::imencode(".jpg", canvas, encoded, {cv::IMWRITE_JPEG_QUALITY, defects.jpegQuality})
                         : cv::imencode(".png", canvas, encoded, {cv::IMWRITE_PNG_COMPRESSION, 1});
    if (!ok)
        return fail(ErrorCode::Internal, tr("The generated page could not be encoded."));
    page.bytes = QByteArray(reinterpret_cast<const char *>(encoded.data()), qsizetype(encoded.size()));
    page.format = jpeg ? QStringLiteral("jpeg") : QStringLiteral("png");
    return page;
}

} // namespace acta
