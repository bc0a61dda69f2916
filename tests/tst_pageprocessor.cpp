#include "ImagingTestSupport.h"
#include "PageProcessor.h"
#include "TestSupport.h"

#include <QJsonArray>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace acta;
using namespace imagingtest;

namespace {

struct Score
{
    int fields = 0;
    int fieldsRight = 0;
};

// Compares a reading with what was written. Fields changed to agree with the total count as read.
Score compare(const PageReading &reading, const Tally &truth)
{
    Score s;
    for (const FieldReading &f : reading.fields) {
        ++s.fields;
        if (f.value == truth.value(f.fieldId))
            ++s.fieldsRight;
        else
            qInfo("  %s read %s, written %s (confidence %.3f)", qPrintable(f.fieldId),
                  qPrintable(f.value.toStorageString()), qPrintable(truth.value(f.fieldId).toStorageString()),
                  f.confidence);
    }
    return s;
}

Tally truthOf(const QJsonObject &groundTruth)
{
    Tally t;
    const QJsonObject fields = groundTruth.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        t.set(it.key(), *FieldValue::parse(it.value().toString()));
    return t;
}

QByteArray reencoded(const cv::Mat &gray, int quality)
{
    std::vector<uchar> bytes;
    cv::imencode(".jpg", gray, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

class TestPageProcessor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtures_data();
    void fixtures();
    void roundTrip_data();
    void roundTrip();
    void tiffAndPngScans_data();
    void tiffAndPngScans();
    void badPages_data();
    void badPages();
    void badFiles_data();
    void badFiles();
    void headerFallback();
    void fueraDeCatalogo();
    void qrOfAnotherTemplate();
    void sameSheetTwice();
    void jsonAndTimings();

private:
    ElectionTemplate m_election;
    Catalog m_catalog;
    std::unique_ptr<PageProcessor> m_processor;
};

void TestPageProcessor::initTestCase()
{
    m_election = sampleTemplate();
    m_catalog = sampleCatalog();
    Result<std::unique_ptr<PageProcessor>> p = PageProcessor::create(m_election, &m_catalog);
    QVERIFY_OK(p);
    m_processor = std::move(*p);
}

void TestPageProcessor::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("acta");
    QTest::addColumn<bool>("upsideDown");
    QTest::newRow("160 dpi") << "acta-210463C010002-160dpi.jpg"
                             << "210463C010002" << false;
    QTest::newRow("199 dpi") << "acta-210649B010002-199dpi.jpg"
                             << "210649B010002" << false;
    QTest::newRow("upside down") << "acta-210593C030002-upside-down.jpg"
                                 << "210593C030002" << true;
}

void TestPageProcessor::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, acta);
    QFETCH(bool, upsideDown);
    const PageReading r = m_processor->processFile(QStringLiteral(ACTA_TEST_DATA "/pages/") + file);
    QVERIFY2(r.accepted, r.problems.isEmpty() ? "" : qPrintable(r.problems.first().message));
    QCOMPARE(r.identitySource, PageReading::IdentitySource::QrCode);
    QCOMPARE(r.acta->toString(), acta);
    QVERIFY(r.inCatalog);
    QCOMPARE(r.templateId, m_election.id());
    QCOMPARE(r.turnedUpsideDown, upsideDown);
    QCOMPARE(r.registration, PageReading::RegistrationMethod::Markers);
    QVERIFY(r.perceptualHash);
    // Every field on the acta's ballot is read (its district may not have every contender).
    const Tally truth = truthOf(fixtureTruth(file));
    QCOMPARE(r.fields.size(), truth.values().size());
    for (const FieldReading &f : r.fields)
        QVERIFY2(truth.values().contains(f.fieldId), qPrintable(f.fieldId));
    const Score s = compare(r, truth);
    QVERIFY2(s.fieldsRight >= s.fields - 1, qPrintable(QStringLiteral("%1 of %2").arg(s.fieldsRight).arg(s.fields)));
}

void TestPageProcessor::roundTrip_data()
{
    QTest::addColumn<int>("level");
    QTest::newRow("clean") << int(DefectLevel::Clean);
    QTest::newRow("mild") << int(DefectLevel::Mild);
    QTest::newRow("moderate") << int(DefectLevel::Moderate);
    QTest::newRow("severe") << int(DefectLevel::Severe);
}

void TestPageProcessor::roundTrip()
{
    QFETCH(int, level);
    Score total;
    int highConfidence = 0, highConfidenceRight = 0;
    for (quint64 seed = 500; seed < 508; ++seed) {
        const GeneratedPage page = generatePage(PageGenerator::randomDefects(DefectLevel(level), seed), seed);
        const PageReading r = m_processor->processBytes(page.bytes, QStringLiteral("seed %1").arg(seed));
        QVERIFY2(r.accepted, qPrintable(QStringLiteral("seed %1: %2").arg(seed).arg(r.problems.value(0).message)));
        QCOMPARE(r.acta->toString(), page.acta.toString());
        const Score s = compare(r, page.truth);
        total.fields += s.fields;
        total.fieldsRight += s.fieldsRight;
        for (const FieldReading &f : r.fields)
            if (f.highConfidence) {
                ++highConfidence;
                highConfidenceRight += f.value == page.truth.value(f.fieldId) ? 1 : 0;
            }
    }
    const double accuracy = double(total.fieldsRight) / total.fields;
    qInfo("fields right: %d of %d (%.1f%%); high confidence: %d, right %d", total.fieldsRight, total.fields,
          100 * accuracy, highConfidence, highConfidenceRight);
    QVERIFY2(accuracy >= 0.975, qPrintable(QString::number(accuracy)));
    QVERIFY(highConfidence >= 0.8 * total.fields);
    QVERIFY(highConfidenceRight >= highConfidence - 1);
}

void TestPageProcessor::tiffAndPngScans_data()
{
    QTest::addColumn<QString>("extension");
    QTest::addColumn<QString>("format");
    QTest::newRow("tiff") << ".tiff"
                          << "tiff";
    QTest::newRow("png") << ".png"
                         << "png";
}

void TestPageProcessor::tiffAndPngScans()
{
    QFETCH(QString, extension);
    QFETCH(QString, format);
    const QString file = QStringLiteral("acta-210649B010002-199dpi.jpg");
    const cv::Mat gray = decode(fixtureBytes(file));
    std::vector<uchar> bytes;
    QVERIFY(cv::imencode(extension.toStdString(), gray, bytes));
    const PageReading r
        = m_processor->processBytes(QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())),
                                    QStringLiteral("scan") + extension);
    QVERIFY2(r.accepted, qPrintable(r.problems.value(0).message));
    QCOMPARE(r.format, format);
    QCOMPARE(r.acta->toString(), QStringLiteral("210649B010002"));
    const Score s = compare(r, truthOf(fixtureTruth(file)));
    QVERIFY(s.fieldsRight >= s.fields - 1);
}

void TestPageProcessor::badPages_data()
{
    QTest::addColumn<int>("bad");
    QTest::addColumn<int>("issue");
    QTest::newRow("low resolution") << int(PageDefects::Bad::LowResolution) << int(PageIssue::LowResolution);
    QTest::newRow("blurred") << int(PageDefects::Bad::Blurred) << int(PageIssue::Blurred);
    QTest::newRow("too dark") << int(PageDefects::Bad::TooDark) << int(PageIssue::TooDark);
    QTest::newRow("too bright") << int(PageDefects::Bad::TooBright) << int(PageIssue::TooBright);
    QTest::newRow("low contrast") << int(PageDefects::Bad::LowContrast) << int(PageIssue::LowContrast);
    QTest::newRow("cut off") << int(PageDefects::Bad::CutOff) << int(PageIssue::CutOff);
    QTest::newRow("blank") << int(PageDefects::Bad::Blank) << int(PageIssue::BlankPage);
    QTest::newRow("other form") << int(PageDefects::Bad::OtherForm) << int(PageIssue::WrongForm);
}

void TestPageProcessor::badPages()
{
    QFETCH(int, bad);
    QFETCH(int, issue);
    const ElectionTemplate other = otherForm();
    for (quint64 seed = 20; seed < 23; ++seed) {
        const GeneratedPage page = generatePage(PageGenerator::badDefects(PageDefects::Bad(bad), seed), seed, &other);
        const PageReading r = m_processor->processBytes(page.bytes, QStringLiteral("bad.jpg"));
        QVERIFY(!r.accepted);
        QVERIFY(!r.problems.isEmpty());
        QCOMPARE(int(r.problems.first().issue), issue);
        QVERIFY(!r.problems.first().message.isEmpty());
        QVERIFY(r.fields.isEmpty());
        QCOMPARE(r.sha256.size(), 64);
    }
}

void TestPageProcessor::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("issue");
    const QByteArray jpeg = fixtureBytes(QStringLiteral("acta-210649B010002-199dpi.jpg"));
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << int(PageIssue::Unreadable);
    QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() * 2 / 3) << int(PageIssue::Unreadable);
    QTest::newRow("empty") << QByteArray() << int(PageIssue::Unreadable);
}

void TestPageProcessor::badFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, issue);
    const PageReading r = m_processor->processBytes(bytes, QStringLiteral("x.png"));
    QVERIFY(!r.accepted);
    QCOMPARE(int(r.problems.value(0).issue), issue);
}

void TestPageProcessor::headerFallback()
{
    const GeneratedPage page = generatePage(PageGenerator::randomDefects(DefectLevel::Mild, 61), 61);
    cv::Mat gray = decode(page.bytes);
    Alignment alignment;
    QVERIFY(m_processor->boxCrops(gray, &alignment));
    // A coffee stain over the QR code.
    std::vector<cv::Point2d> qr {{160, 8}, {195, 42}}, px;
    cv::perspectiveTransform(qr, px, cv::Mat(alignment.mmToImage));
    cv::rectangle(gray, cv::Rect(cv::Point(px[0]), cv::Point(px[1])), cv::Scalar(140), cv::FILLED);
    const PageReading r = m_processor->processBytes(reencoded(gray, 90), QStringLiteral("stained.jpg"));
    QVERIFY2(r.accepted, qPrintable(r.problems.value(0).message));
    QCOMPARE(r.identitySource, PageReading::IdentitySource::PrintedHeader);
    QVERIFY(r.acta);
    QCOMPARE(r.acta->toString(), page.acta.toString());
    QVERIFY(!r.identityNote.isEmpty());
}

void TestPageProcessor::fueraDeCatalogo()
{
    const ElectionTemplate election = sampleTemplate();
    const PageGenerator generator(election, atlas());
    const ActaKey key = actaKey(QStringLiteral("219999B010002")); // section 9999 is not in the sample
    QVERIFY(!m_catalog.contains(key.casilla().toString()));
    Result<GeneratedPage> page = generator.generate(key, nullptr, generator.randomTally(3), PageDefects(), 3);
    QVERIFY_OK(page);
    const PageReading r = m_processor->processBytes(page->bytes, QStringLiteral("fuera.png"));
    QVERIFY(r.accepted); // captured and flagged, never dropped: PREP counts it as fuera de catálogo
    QCOMPARE(r.acta->toString(), key.toString());
    QVERIFY(!r.inCatalog);
    QVERIFY(r.identityNote.contains(QLatin1String("219999B0100")));
}

void TestPageProcessor::qrOfAnotherTemplate()
{
    const ElectionTemplate renamed = renamedSample(QStringLiteral("sample-dip-loc-2027"));
    const GeneratedPage page = generatePage(PageDefects(), 14, nullptr, &renamed);
    const PageReading r = m_processor->processBytes(page.bytes, QStringLiteral("other.png"));
    QVERIFY(!r.accepted);
    QCOMPARE(r.problems.value(0).issue, PageIssue::WrongForm);
    QVERIFY(r.problems.value(0).message.contains(QLatin1String("sample-dip-loc-2027")));
}

void TestPageProcessor::sameSheetTwice()
{
    const GeneratedPage page = generatePage(PageGenerator::randomDefects(DefectLevel::Mild, 70), 70);
    const cv::Mat gray = decode(page.bytes);
    // The same sheet scanned again: turned a little, another JPEG quality.
    cv::Mat turned;
    cv::warpAffine(gray, turned, cv::getRotationMatrix2D(cv::Point2f(gray.cols / 2.f, gray.rows / 2.f), 1.5, 1.0),
                   gray.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(230));
    const PageReading a = m_processor->processBytes(page.bytes, QStringLiteral("a"));
    const PageReading b = m_processor->processBytes(reencoded(turned, 60), QStringLiteral("b"));
    const PageReading other = m_processor->processBytes(
        generatePage(PageGenerator::randomDefects(DefectLevel::Mild, 71), 71).bytes, QStringLiteral("c"));
    QVERIFY(a.perceptualHash && b.perceptualHash && other.perceptualHash);
    QVERIFY(a.sha256 != b.sha256);
    const int same = PageReading::hammingDistance(*a.perceptualHash, *b.perceptualHash);
    const int different = PageReading::hammingDistance(*a.perceptualHash, *other.perceptualHash);
    qInfo("Hamming distance: same sheet %d, another sheet %d", same, different);
    QVERIFY(same <= PageReading::SameSheetDistance);
    QVERIFY(different > PageReading::SameSheetDistance);
}

void TestPageProcessor::jsonAndTimings()
{
    const PageReading r
        = m_processor->processFile(QStringLiteral(ACTA_TEST_DATA "/pages/acta-210463C010002-160dpi.jpg"));
    const QJsonObject o = r.toJson();
    QCOMPARE(o.value(QStringLiteral("accepted")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(),
             QStringLiteral("2642970cc4020623cb787f146b142fff8a3ad449596158bd9d48b608b6305841"));
    QCOMPARE(o.value(QStringLiteral("identity")).toObject().value(QStringLiteral("clave_acta")).toString(),
             QStringLiteral("210463C010002"));
    QCOMPARE(o.value(QStringLiteral("fields")).toArray().size(), m_election.allFields().size());
    const QJsonObject timings = o.value(QStringLiteral("timings_ms")).toObject();
    for (const char *stage : {"load", "quality", "registration", "identity", "hash", "recognition", "total"})
        QVERIFY2(timings.contains(QLatin1String(stage)), stage);
    QVERIFY(timings.value(QStringLiteral("total")).toDouble() > 0);

    // What the station keeps reads back to the same reading (timings aside).
    Result<PageReading> back = PageReading::fromJson(o);
    QVERIFY_OK(back);
    QCOMPARE(back->acta->toString(), QStringLiteral("210463C010002"));
    QCOMPARE(back->perceptualHash, r.perceptualHash);
    QCOMPARE(back->fields.size(), r.fields.size());
    for (qsizetype i = 0; i < r.fields.size(); ++i) {
        QCOMPARE(back->fields.at(i).fieldId, r.fields.at(i).fieldId);
        QCOMPARE(back->fields.at(i).value, r.fields.at(i).value);
        QCOMPARE(back->fields.at(i).highConfidence, r.fields.at(i).highConfidence);
        QCOMPARE(back->fields.at(i).boxClasses, r.fields.at(i).boxClasses);
    }
    QJsonObject again = back->toJson();
    QJsonObject original = o;
    again.remove(QStringLiteral("timings_ms"));
    original.remove(QStringLiteral("timings_ms"));
    QCOMPARE(again, original);
}

QTEST_MAIN(TestPageProcessor)
#include "tst_pageprocessor.moc"
