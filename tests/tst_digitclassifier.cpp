#include "DigitClassifier.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace acta;

// The committed model against crops and probabilities PyTorch computed when it was trained
// (tests/data/digits, written by tools/digits/train_digits.py).
class TestDigitClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswers();
    void batchEqualsSingles();
    void badModel();
    void normalise();
};

namespace {

struct Kat
{
    cv::Mat crop;
    int cls = -1;
    std::vector<double> probabilities;
};

std::vector<Kat> loadKat(double *tolerance)
{
    const cv::Mat sheet = cv::imread(ACTA_TEST_DATA "/digits/kat-crops.png", cv::IMREAD_GRAYSCALE);
    QFile f(QStringLiteral(ACTA_TEST_DATA "/digits/kat.json"));
    if (sheet.empty() || !f.open(QIODevice::ReadOnly))
        qFatal("missing tests/data/digits");
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    *tolerance = o.value(QStringLiteral("tolerance")).toDouble(1e-4);
    std::vector<Kat> out;
    for (const QJsonValue &v : o.value(QStringLiteral("crops")).toArray()) {
        const QJsonObject c = v.toObject();
        Kat k;
        k.crop = sheet(cv::Rect(c.value(QStringLiteral("x")).toInt(), c.value(QStringLiteral("y")).toInt(), 33, 42))
                     .clone();
        k.cls = c.value(QStringLiteral("class")).toInt();
        for (const QJsonValue &p : c.value(QStringLiteral("probabilities")).toArray())
            k.probabilities.push_back(p.toDouble());
        out.push_back(k);
    }
    return out;
}

} // namespace

void TestDigitClassifier::knownAnswers()
{
    double tolerance = 0;
    const std::vector<Kat> kat = loadKat(&tolerance);
    QCOMPARE(kat.size(), std::size_t(48));
    Result<DigitClassifier> classifier = DigitClassifier::load();
    QVERIFY_OK(classifier);
    std::vector<cv::Mat> crops;
    for (const Kat &k : kat)
        crops.push_back(k.crop);
    const Result<std::vector<BoxProbabilities>> p = classifier->classify(crops);
    QVERIFY_OK(p);
    for (std::size_t i = 0; i < kat.size(); ++i) {
        const BoxProbabilities &row = (*p)[i];
        const int top = int(std::max_element(row.begin(), row.end()) - row.begin());
        QCOMPARE(top, kat[i].cls);
        QVERIFY(row[std::size_t(top)] >= 0.9f);
        QCOMPARE(kat[i].probabilities.size(), std::size_t(12));
        for (std::size_t c = 0; c < 12; ++c)
            QVERIFY2(std::abs(double(row[c]) - kat[i].probabilities[c]) <= tolerance,
                     qPrintable(QStringLiteral("crop %1 class %2: %3 vs %4")
                                    .arg(i)
                                    .arg(c)
                                    .arg(double(row[c]))
                                    .arg(kat[i].probabilities[c])));
    }
}

void TestDigitClassifier::batchEqualsSingles()
{
    double tolerance = 0;
    const std::vector<Kat> kat = loadKat(&tolerance);
    Result<DigitClassifier> classifier = DigitClassifier::load();
    QVERIFY_OK(classifier);
    std::vector<cv::Mat> crops;
    for (std::size_t i = 0; i < 57; ++i)
        crops.push_back(kat[i % kat.size()].crop);
    const Result<std::vector<BoxProbabilities>> batch = classifier->classify(crops);
    QVERIFY_OK(batch);
    QCOMPARE(batch->size(), std::size_t(57));
    for (std::size_t i : {std::size_t(0), std::size_t(30), std::size_t(56)}) {
        const Result<std::vector<BoxProbabilities>> single = classifier->classify({crops[i]});
        QVERIFY_OK(single);
        for (std::size_t c = 0; c < 12; ++c)
            QVERIFY(std::abs((*single)[0][c] - (*batch)[i][c]) < 1e-5f);
    }
    QVERIFY(classifier->classify({}).isOk());
    QVERIFY(!classifier->classify({cv::Mat(10, 10, CV_8UC1)}).isOk());
}

void TestDigitClassifier::badModel()
{
    const Result<DigitClassifier> missing = DigitClassifier::load(QStringLiteral("/nonexistent/digits.onnx"));
    QVERIFY(!missing);
    QVERIFY_FAILS_WITH(missing, ErrorCode::Io);
    QVERIFY_MESSAGE_NAMES(missing, QLatin1String("/nonexistent/digits.onnx"));
    const Result<DigitClassifier> notOnnx
        = DigitClassifier::load(QStringLiteral(ACTA_TEST_DATA "/templates/valid-minimal.json"));
    QVERIFY(!notOnnx);
}

void TestDigitClassifier::normalise()
{
    cv::Mat crop(42, 33, CV_8UC1, cv::Scalar(200));
    crop(cv::Rect(10, 10, 5, 5)).setTo(100);
    const cv::Mat x = DigitClassifier::normalise(crop);
    double lo = 0, hi = 0;
    cv::minMaxLoc(x, &lo, &hi);
    QVERIFY(std::abs(lo) < 1e-6);
    QVERIFY(std::abs(hi - 1.0) < 1e-6);
    // A blank crop is not stretched into noise: contrast is at least 0.1.
    const cv::Mat flat = DigitClassifier::normalise(cv::Mat(42, 33, CV_8UC1, cv::Scalar(250)));
    cv::minMaxLoc(flat, &lo, &hi);
    QVERIFY(std::abs(hi) < 1e-6);
}

QTEST_GUILESS_MAIN(TestDigitClassifier)
#include "tst_digitclassifier.moc"
