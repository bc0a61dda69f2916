#include "ImageLoader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

#include <opencv2/imgcodecs.hpp>

using namespace acta;

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(QStringLiteral(ACTA_TEST_DATA "/pages/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

QByteArray encoded(const cv::Mat &image, const char *ext)
{
    std::vector<uchar> bytes;
    cv::imencode(ext, image, bytes);
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

quint32 crc32Of(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void appendChunk(QByteArray &png, const char *type, const QByteArray &data)
{
    const auto be = [&png](quint32 v) {
        for (int s = 24; s >= 0; s -= 8)
            png.append(char((v >> s) & 0xFF));
    };
    be(quint32(data.size()));
    const QByteArray body = QByteArray(type, 4) + data;
    png.append(body);
    be(crc32Of(body));
}

// A valid PNG signature and header declaring width x height, a token IDAT and IEND: what a
// decompression bomb looks like before anyone inflates it.
QByteArray bombPng(quint32 width, quint32 height)
{
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    for (quint32 v : {width, height})
        for (int s = 24; s >= 0; s -= 8)
            ihdr.append(char((v >> s) & 0xFF));
    ihdr.append(QByteArray("\x08\x00\x00\x00\x00", 5)); // 8-bit greyscale
    appendChunk(png, "IHDR", ihdr);
    appendChunk(png, "IDAT", QByteArray("\x78\x9c\x03\x00\x00\x00\x00\x01", 8));
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace

class TestImageLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peekSize_data();
    void peekSize();
    void refused_data();
    void refused();
    void decodesFixture();
    void hashIsOfTheFileBytes();
    void pixelLimitIsConfigurable();
    void missingFile();
};

void TestImageLoader::peekSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    const cv::Mat image(37, 53, CV_8UC1, cv::Scalar(200));
    QTest::newRow("png") << encoded(image, ".png") << "png" << QSize(53, 37);
    QTest::newRow("jpeg") << encoded(image, ".jpg") << "jpeg" << QSize(53, 37);
    QTest::newRow("tiff") << encoded(image, ".tiff") << "tiff" << QSize(53, 37);
    QTest::newRow("bomb header") << bombPng(40000, 40000) << "png" << QSize(40000, 40000);
    QTest::newRow("fixture") << readFixture(QStringLiteral("acta-210649B010002-199dpi.jpg")) << "jpeg"
                             << QSize(1813, 2298);
}

void TestImageLoader::peekSize()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QString detected;
    const Result<QSize> peeked = ImageLoader::peekSize(bytes, &detected);
    QVERIFY(peeked.isOk());
    QCOMPARE(detected, format);
    QCOMPARE(*peeked, size);
}

void TestImageLoader::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("issue");
    QTest::addColumn<QString>("says");
    const QByteArray jpeg = readFixture(QStringLiteral("acta-210649B010002-199dpi.jpg"));
    const QByteArray png = encoded(cv::Mat(40, 40, CV_8UC1, cv::Scalar(90)), ".png");
    QTest::newRow("pdf renamed") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n") << int(PageIssue::Unreadable)
                                 << "PDF";
    QTest::newRow("empty") << QByteArray() << int(PageIssue::Unreadable) << "empty";
    QTest::newRow("text") << QByteArray("CLAVE_CASILLA,ID_ESTADO\n") << int(PageIssue::Unreadable) << "not an image";
    QTest::newRow("gif") << QByteArray("GIF89a\x01\x00\x01\x00") << int(PageIssue::Unreadable) << "GIF";
    QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() / 2) << int(PageIssue::Unreadable) << "incomplete";
    QTest::newRow("truncated png") << png.left(png.size() - 20) << int(PageIssue::Unreadable) << "incomplete";
    QTest::newRow("png header only") << png.left(20) << int(PageIssue::Unreadable) << "incomplete";
    QByteArray corrupt = png;
    for (qsizetype i = 41; i < corrupt.size() - 16; ++i)
        corrupt[i] = char(0x5A);
    QTest::newRow("corrupt png data") << corrupt << int(PageIssue::Unreadable) << "damaged";
    QTest::newRow("40000 x 40000 png") << bombPng(40000, 40000) << int(PageIssue::TooLarge) << "1600.0 megapixels";
    QTest::newRow("zero width") << bombPng(0, 10) << int(PageIssue::Unreadable) << "no pixels";
}

void TestImageLoader::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, issue);
    QFETCH(QString, says);
    const ImageLoader::Outcome outcome = ImageLoader().loadBytes(bytes, QStringLiteral("scan.png"));
    QVERIFY(!outcome.image);
    QVERIFY(outcome.failure);
    QCOMPARE(int(outcome.failure->issue), issue);
    QVERIFY2(outcome.failure->message.contains(says), qPrintable(outcome.failure->message));
    QVERIFY2(outcome.failure->message.contains(QLatin1String("scan.png")), qPrintable(outcome.failure->message));
}

void TestImageLoader::decodesFixture()
{
    const ImageLoader::Outcome outcome
        = ImageLoader().loadFile(QStringLiteral(ACTA_TEST_DATA "/pages/acta-210463C010002-160dpi.jpg"));
    QVERIFY(outcome.image);
    QCOMPARE(outcome.image->format, QStringLiteral("jpeg"));
    QCOMPARE(outcome.image->gray.type(), CV_8UC1);
    QVERIFY(outcome.image->gray.cols > 1300 && outcome.image->gray.rows > 1700);
}

void TestImageLoader::hashIsOfTheFileBytes()
{
    const QByteArray bytes = readFixture(QStringLiteral("acta-210463C010002-160dpi.jpg"));
    const ImageLoader::Outcome outcome = ImageLoader().loadBytes(bytes, QStringLiteral("a.jpg"));
    QCOMPARE(outcome.sha256, QStringLiteral("340481ef93cd709cbc0aed4bf66fb412ebc0aa8800441b98e63b789e9583b242"));
    // Refused files are still hashed: the operator can report exactly what arrived.
    const ImageLoader::Outcome refused = ImageLoader().loadBytes(QByteArray("%PDF"), QStringLiteral("b.png"));
    QCOMPARE(refused.sha256, QString::fromLatin1(QCryptographicHash::hash("%PDF", QCryptographicHash::Sha256).toHex()));
}

void TestImageLoader::pixelLimitIsConfigurable()
{
    const QByteArray png = encoded(cv::Mat(100, 100, CV_8UC1, cv::Scalar(0)), ".png");
    QVERIFY(ImageLoader(10000).loadBytes(png, QStringLiteral("x.png")).image);
    const ImageLoader::Outcome refused = ImageLoader(9999).loadBytes(png, QStringLiteral("x.png"));
    QVERIFY(refused.failure);
    QCOMPARE(refused.failure->issue, PageIssue::TooLarge);
}

void TestImageLoader::missingFile()
{
    const ImageLoader::Outcome outcome = ImageLoader().loadFile(QStringLiteral("/nonexistent/scan-17.png"));
    QVERIFY(outcome.failure);
    QCOMPARE(outcome.failure->issue, PageIssue::Unreadable);
    QVERIFY(outcome.failure->message.contains(QLatin1String("/nonexistent/scan-17.png")));
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
