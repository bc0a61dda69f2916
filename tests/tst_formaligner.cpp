#include "BoxCropper.h"
#include "FormAligner.h"
#include "FormRenderer.h"
#include "ImagingTestSupport.h"

#include <opencv2/imgproc.hpp>

using namespace acta;
using namespace imagingtest;

namespace {

cv::Mat renderedReference(const ElectionTemplate &election)
{
    Result<QImage> image = FormRenderer(election, actaKey(QStringLiteral("010001B010002"))).renderImage(100);
    const QImage gray = image->convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                   std::size_t(gray.bytesPerLine()))
        .clone();
}

// Where the template's point lands in the image.
cv::Point2d mapped(const Alignment &a, double xMm, double yMm)
{
    const cv::Vec3d v = a.mmToImage * cv::Vec3d(xMm, yMm, 1);
    return {v[0] / v[2], v[1] / v[2]};
}

} // namespace

class TestFormAligner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void generatedLevels_data();
    void generatedLevels();
    void hiddenMarkerFallsBackToFeatures();
    void cutOff();
    void otherForm();
    void blankPageHasNoMarkers();
    void levels_data();
    void levels();
    void edgeBlurGrowsWithBlur();
    void cropsAreTheClassifierInput();

private:
    ElectionTemplate m_election;
    cv::Mat m_reference;
};

void TestFormAligner::initTestCase()
{
    m_election = sampleTemplate();
    m_reference = renderedReference(m_election);
}

void TestFormAligner::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("upsideDown");
    QTest::newRow("160 dpi") << "acta-210463C010002-160dpi.jpg" << false;
    QTest::newRow("199 dpi") << "acta-210649B010002-199dpi.jpg" << false;
    QTest::newRow("upside down") << "acta-210593C030002-upside-down.jpg" << true;
}

void TestFormAligner::fixtures()
{
    QFETCH(QString, file);
    QFETCH(bool, upsideDown);
    const cv::Mat gray = decode(fixtureBytes(file));
    const FormAligner aligner(m_election, m_reference);
    const FormAligner::Outcome outcome = aligner.align(gray);
    QVERIFY(!outcome.problem);
    QVERIFY(outcome.alignment);
    const Alignment &a = *outcome.alignment;
    QCOMPARE(a.method, PageReading::RegistrationMethod::Markers);
    QCOMPARE(a.markersFound, 4);
    QCOMPARE(a.upsideDown, upsideDown);
    QVERIFY2(a.score > 0.95, qPrintable(QString::number(a.score)));
    const int dpi = fixtureTruth(file).value(QStringLiteral("defects")).toObject().value(QStringLiteral("dpi")).toInt();
    QVERIFY2(std::abs(a.pxPerMm * 25.4 - dpi) < 0.03 * dpi, qPrintable(QString::number(a.pxPerMm * 25.4)));
    // The top-left marker is at the top left of the page as the image shows it, or bottom right.
    const cv::Point2d tl = mapped(a, 15, 15);
    QCOMPARE(tl.x < gray.cols / 2.0, !upsideDown);
    QCOMPARE(tl.y < gray.rows / 2.0, !upsideDown);
}

void TestFormAligner::generatedLevels_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("clean") << int(DefectLevel::Clean);
    QTest::newRow("mild") << int(DefectLevel::Mild);
    QTest::newRow("moderate") << int(DefectLevel::Moderate);
    QTest::newRow("severe") << int(DefectLevel::Severe);
}

void TestFormAligner::generatedLevels()
{
    QFETCH(int, level);
    const FormAligner aligner(m_election, m_reference);
    for (quint64 seed = 300; seed < 306; ++seed) {
        PageDefects defects = PageGenerator::randomDefects(DefectLevel(level), seed);
        if (seed == 300)
            defects.upsideDown = true;
        const GeneratedPage page = generatePage(defects, seed);
        const FormAligner::Outcome outcome = aligner.align(decode(page.bytes));
        QVERIFY2(
            outcome.alignment && !outcome.problem,
            qPrintable(
                QStringLiteral("seed %1: %2").arg(seed).arg(outcome.problem ? outcome.problem->message : QString())));
        QCOMPARE(outcome.alignment->upsideDown, defects.upsideDown);
        QVERIFY(outcome.alignment->score >= FormAligner::MinScore);
    }
}

void TestFormAligner::hiddenMarkerFallsBackToFeatures()
{
    // A stain over one marker: the other three are not enough for a homography of their own,
    // the printed form's features are.
    const GeneratedPage page = generatePage(PageGenerator::randomDefects(DefectLevel::Mild, 40), 40);
    cv::Mat gray = decode(page.bytes);
    const FormAligner aligner(m_election, m_reference);
    const FormAligner::Outcome before = aligner.align(gray);
    QVERIFY(before.alignment);
    const cv::Point2d marker = mapped(*before.alignment, 200.9, 264.4);
    const double r = 9 * before.alignment->pxPerMm;
    cv::rectangle(gray, cv::Rect(int(marker.x - r), int(marker.y - r), int(2 * r), int(2 * r)), cv::Scalar(245),
                  cv::FILLED);
    const FormAligner::Outcome after = aligner.align(gray);
    QVERIFY2(after.alignment && !after.problem, after.problem ? qPrintable(after.problem->message) : "");
    QCOMPARE(after.alignment->method, PageReading::RegistrationMethod::Features);
    QCOMPARE(after.alignment->markersFound, 3);
    const cv::Point2d box = mapped(*after.alignment, 69, 50);
    const cv::Point2d expected = mapped(*before.alignment, 69, 50);
    QVERIFY2(cv::norm(box - expected) < 0.6 * before.alignment->pxPerMm, "feature registration off by > 0.6 mm");

    // Without the reference there is no fallback.
    const FormAligner markersOnly(m_election);
    const FormAligner::Outcome refused = markersOnly.align(gray);
    QVERIFY(refused.problem);
    QCOMPARE(refused.problem->issue, PageIssue::CutOff);
}

void TestFormAligner::cutOff()
{
    const FormAligner aligner(m_election, m_reference);
    for (quint64 seed = 50; seed < 54; ++seed) {
        const GeneratedPage page = generatePage(PageGenerator::badDefects(PageDefects::Bad::CutOff, seed), seed);
        const FormAligner::Outcome outcome = aligner.align(decode(page.bytes));
        QVERIFY(outcome.problem);
        QCOMPARE(outcome.problem->issue, PageIssue::CutOff);
    }
}

void TestFormAligner::otherForm()
{
    const ElectionTemplate other = imagingtest::otherForm();
    const FormAligner aligner(m_election, m_reference);
    const GeneratedPage page = generatePage(PageGenerator::badDefects(PageDefects::Bad::OtherForm, 3), 3, &other);
    const FormAligner::Outcome outcome = aligner.align(decode(page.bytes));
    QVERIFY(outcome.problem);
    QCOMPARE(outcome.problem->issue, PageIssue::WrongForm);
}

void TestFormAligner::blankPageHasNoMarkers()
{
    const FormAligner aligner(m_election, m_reference);
    const GeneratedPage page = generatePage(PageGenerator::badDefects(PageDefects::Bad::Blank, 4), 4);
    const cv::Mat gray = decode(page.bytes);
    QCOMPARE(aligner.countMarkers(gray), 0);
    QVERIFY(aligner.align(gray).problem);
}

void TestFormAligner::levels_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<int>("ink");
    QTest::addColumn<int>("expectPaperAtLeast");
    QTest::addColumn<int>("expectPaperAtMost");
    QTest::newRow("white, black ink") << 250 << 10 << 245 << 255;
    QTest::newRow("dark") << 70 << 5 << 60 << 80;
}

void TestFormAligner::levels()
{
    QFETCH(int, paper);
    QFETCH(int, ink);
    QFETCH(int, expectPaperAtLeast);
    QFETCH(int, expectPaperAtMost);
    cv::Mat page(1000, 800, CV_8UC1, cv::Scalar(paper));
    for (int y = 100; y < 900; y += 40)
        cv::line(page, cv::Point(100, y), cv::Point(700, y), cv::Scalar(ink), 2);
    const PageLevels levels = FormAligner::measureLevels(page);
    QVERIFY(levels.paper >= expectPaperAtLeast && levels.paper <= expectPaperAtMost);
    QVERIFY(levels.ink <= ink + 60);
    QVERIFY(levels.inkShare > 0.005);
    const PageLevels blank = FormAligner::measureLevels(cv::Mat(1000, 800, CV_8UC1, cv::Scalar(paper)));
    QCOMPARE(blank.inkShare, 0.0);
}

void TestFormAligner::edgeBlurGrowsWithBlur()
{
    const FormAligner aligner(m_election, m_reference);
    PageDefects defects;
    defects.dpi = 200;
    const cv::Mat sharp = decode(generatePage(defects, 8).bytes);
    const Alignment a = *aligner.align(sharp).alignment;
    double previous = aligner.edgeBlurMm(sharp, a);
    QVERIFY2(previous < 0.15, qPrintable(QString::number(previous)));
    for (double sigmaMm : {0.2, 0.4, 0.8}) {
        cv::Mat blurred;
        cv::GaussianBlur(sharp, blurred, cv::Size(0, 0), sigmaMm * 200 / 25.4);
        const double measured = aligner.edgeBlurMm(blurred, a);
        QVERIFY2(measured > previous, qPrintable(QString::number(measured)));
        QVERIFY2(std::abs(measured - sigmaMm) < 0.35 * sigmaMm + 0.05, qPrintable(QString::number(measured)));
        previous = measured;
    }
}

void TestFormAligner::cropsAreTheClassifierInput()
{
    PageDefects defects;
    const GeneratedPage page = generatePage(defects, 12);
    const cv::Mat gray = decode(page.bytes);
    const FormAligner aligner(m_election, m_reference);
    const Alignment a = *aligner.align(gray).alignment;
    const BoxCropper cropper(m_election);
    const std::vector<cv::Mat> crops = cropper.crops(gray, a.mmToImage);
    qsizetype boxes = 0;
    for (const TemplateField &f : m_election.allFields())
        boxes += f.digits;
    QCOMPARE(qsizetype(crops.size()), boxes);
    for (const cv::Mat &c : crops) {
        QCOMPARE(c.size(), cv::Size(BoxCropper::CropWidth, BoxCropper::CropHeight));
        QCOMPARE(c.type(), CV_8UC1);
        // The box border is inside the 1 mm margin: 3 px in from each edge, dark on every side.
        QVERIFY(cv::mean(c.row(3))[0] < 200 || cv::mean(c.row(2))[0] < 200);
        QVERIFY(cv::mean(c.col(3))[0] < 200 || cv::mean(c.col(2))[0] < 200);
        QVERIFY(cv::mean(c.row(0))[0] > 200);
    }
}

QTEST_MAIN(TestFormAligner)
#include "tst_formaligner.moc"
