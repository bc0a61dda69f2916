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

// One directory entry of a hand-built TIFF: SHORT for the tags that are SHORT in the
// specification, LONG for the rest, always a single value.
struct TiffTag
{
    quint16 tag;
    quint32 value;
};

struct TiffPage
{
    QList<TiffTag> tags;
    QByteArray pixels; // uncompressed 8-bit samples: one strip or one tile
};

bool isShortTag(quint16 tag)
{
    return tag == 258 || tag == 259 || tag == 262 || tag == 274 || tag == 277 || tag == 284;
}

// A TIFF laid out as the header, every page's pixels, then every page's directory, chained in
// order (the last one back to the first if loop). Tags are written as given, duplicates and all;
// StripOffsets and TileOffsets get the page's pixel offset, StripByteCounts and TileByteCounts
// its size.
QByteArray tiffFile(const QList<TiffPage> &pages, bool bigEndian = false, bool loop = false)
{
    QByteArray out;
    const auto byteOf = [bigEndian](quint32 v, int i, int width) {
        return char((v >> (bigEndian ? 8 * (width - 1 - i) : 8 * i)) & 0xFF);
    };
    const auto put16 = [&](quint32 v) {
        out.append(byteOf(v, 0, 2)).append(byteOf(v, 1, 2));
    };
    const auto put32 = [&](quint32 v) {
        for (int i = 0; i < 4; ++i)
            out.append(byteOf(v, i, 4));
    };
    const auto patch32 = [&](qsizetype at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            out[at + i] = byteOf(v, i, 4);
    };
    out.append(bigEndian ? QByteArray("MM\0*", 4) : QByteArray("II*\0", 4));
    qsizetype link = out.size(); // where the offset of the next directory goes
    put32(0);
    QList<quint32> pixelsAt;
    for (const TiffPage &page : pages) {
        pixelsAt.append(quint32(out.size()));
        out.append(page.pixels);
        if (out.size() % 2)
            out.append('\0');
    }
    quint32 firstDirectory = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const quint32 at = quint32(out.size());
        if (p == 0)
            firstDirectory = at;
        patch32(link, at);
        put16(quint32(pages[p].tags.size()));
        for (const TiffTag &t : pages[p].tags) {
            quint32 value = t.value;
            if (t.tag == 273 || t.tag == 324)
                value = pixelsAt[p];
            else if (t.tag == 279 || t.tag == 325)
                value = quint32(pages[p].pixels.size());
            put16(t.tag);
            put16(isShortTag(t.tag) ? 3 : 4);
            put32(1);
            if (isShortTag(t.tag)) {
                put16(value);
                put16(0);
            } else {
                put32(value);
            }
        }
        link = out.size();
        put32(0);
    }
    if (loop)
        patch32(link, firstDirectory);
    return out;
}

// An 8-bit greyscale page in one strip of rowsPerStrip rows (the whole image when 0).
QList<TiffTag> stripTags(quint32 width, quint32 height, quint32 rowsPerStrip = 0)
{
    return {{256, width}, {257, height}, {258, 8}, {259, 1},
            {262, 1},     {273, 0},      {277, 1}, {278, rowsPerStrip ? rowsPerStrip : height},
            {279, 0}};
}

QList<TiffTag> tileTags(quint32 width, quint32 height, quint32 tileSide)
{
    return {{256, width}, {257, height},   {258, 8},        {259, 1}, {262, 1},
            {277, 1},     {322, tileSide}, {323, tileSide}, {324, 0}, {325, 0}};
}

// The forged directory of the finding: ImageWidth and ImageLength each twice. libtiff (and so
// OpenCV) keeps the first of each, a reader that keeps the last sees the other size.
TiffPage twiceDeclared(quint32 first, quint32 last)
{
    QList<TiffTag> tags = {{256, first}, {256, last}, {257, first}, {257, last}};
    tags += stripTags(first, first).mid(2);
    return {tags, QByteArray(qsizetype(first) * first, char(90))};
}

TiffPage grayPage(quint32 width, quint32 height, char value = char(100))
{
    return {stripTags(width, height), QByteArray(qsizetype(width) * height, value)};
}

// A JPEG whose EXIF says "rotate 90 degrees clockwise" (orientation 6): decoders turn it.
QByteArray jpegTurnedByExif(const cv::Mat &image)
{
    const QByteArray jpeg = encoded(image, ".jpg");
    QByteArray exif("Exif\0\0", 6);
    exif.append(QByteArray("II*\0\x08\0\0\0", 8)); // little-endian TIFF, directory at 8
    exif.append(QByteArray("\x01\0", 2)); // one entry
    exif.append(QByteArray("\x12\x01\x03\0\x01\0\0\0\x06\0\0\0", 12)); // Orientation, SHORT, 1, 6
    exif.append(QByteArray(4, '\0')); // no next directory
    const qsizetype length = exif.size() + 2;
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char(length >> 8)).append(char(length & 0xFF)).append(exif);
    return jpeg.left(2) + app1 + jpeg.mid(2);
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
    void duplicateTagsShowTheDecoderAnotherSize();
    void tiffRefused_data();
    void tiffRefused();
    void loadsAtTheDeclaredSize_data();
    void loadsAtTheDeclaredSize();
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
    QTest::newRow("tiled tiff") << tiffFile({{tileTags(20, 20, 32), QByteArray(32 * 32, char(80))}}) << "tiff"
                                << QSize(20, 20);
    QTest::newRow("two-page tiff, the first decoded")
        << tiffFile({grayPage(16, 12), grayPage(40, 30)}) << "tiff" << QSize(16, 12);
    QTest::newRow("big-endian tiff") << tiffFile({grayPage(30, 20)}, true) << "tiff" << QSize(30, 20);
    QTest::newRow("fixture") << readFixture(QStringLiteral("acta-210649B010002-199dpi.jpg")) << "jpeg"
                             << QSize(1813, 2297);
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
    QCOMPARE(outcome.sha256, QStringLiteral("2642970cc4020623cb787f146b142fff8a3ad449596158bd9d48b608b6305841"));
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

// The attack of the finding, at a size the test can afford: what OpenCV decodes is the first of
// two ImageWidth tags, so a header check that keeps the last one lets a bomb through.
void TestImageLoader::duplicateTagsShowTheDecoderAnotherSize()
{
    const QByteArray forged = tiffFile({twiceDeclared(200, 64)});
    const cv::Mat decoded = cv::imdecode(
        cv::Mat(1, int(forged.size()), CV_8UC1, const_cast<char *>(forged.constData())), cv::IMREAD_GRAYSCALE);
    QCOMPARE(decoded.cols, 200);
    QCOMPARE(decoded.rows, 200);
    const ImageLoader::Outcome outcome = ImageLoader(10'000).loadBytes(forged, QStringLiteral("forged.tif"));
    QVERIFY(!outcome.image);
    QVERIFY(outcome.failure);
}

void TestImageLoader::tiffRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("maxPixels");
    QTest::addColumn<int>("peekCode"); // ErrorCode of peekSize; None when the header itself reads
    QTest::addColumn<int>("issue");
    QTest::addColumn<QString>("says");
    // The pixel limit is lowered to 10,000 so each bomb declares only 200 x 200 pixels: a check
    // that let one through would decode kilobytes, not the 576 megapixels of the finding.
    const qint64 limit = 10'000;
    const int invalid = int(ErrorCode::InvalidInput);
    const int none = int(ErrorCode::None);
    const int unreadable = int(PageIssue::Unreadable);
    const int tooLarge = int(PageIssue::TooLarge);
    QTest::newRow("width twice, huge first") << tiffFile({twiceDeclared(200, 64)}) << limit << invalid << unreadable
                                             << "page 1 of the TIFF file declares tag 256 (ImageWidth) more than once";
    QTest::newRow("width twice, huge last") << tiffFile({twiceDeclared(64, 200)}) << limit << invalid << unreadable
                                            << "tag 256 (ImageWidth) more than once";
    QTest::newRow("width twice, big-endian") << tiffFile({twiceDeclared(200, 64)}, true) << limit << invalid
                                             << unreadable << "tag 256 (ImageWidth) more than once";
    TiffPage heightTwice = grayPage(64, 64);
    heightTwice.tags.insert(2, {257, 200});
    QTest::newRow("height twice") << tiffFile({heightTwice}) << limit << invalid << unreadable
                                  << "tag 257 (ImageLength) more than once";
    TiffPage stripsTwice = grayPage(64, 64);
    stripsTwice.tags.append({279, 0});
    QTest::newRow("strip sizes twice") << tiffFile({stripsTwice}) << limit << invalid << unreadable
                                       << "tag 279 (StripByteCounts) more than once";
    QTest::newRow("duplicate on the second page")
        << tiffFile({grayPage(16, 16), twiceDeclared(64, 200)}) << limit << invalid << unreadable
        << "page 2 of the TIFF file declares tag 256 (ImageWidth)";
    QTest::newRow("second page over the limit") << tiffFile({grayPage(16, 16), grayPage(200, 200)}) << limit << none
                                                << tooLarge << "page 2 declares 200 x 200 pixels";
    QTest::newRow("tiles far larger than the image")
        << tiffFile({{tileTags(64, 64, 1024), QByteArray(4096, char(70))}}) << limit << none << tooLarge
        << "strips or tiles of 1024 x 1024 pixels (1.0 megapixels)";
    // A 64 x 64 header over the pixels of a 200 x 200 image, in one strip or in rows of 64 x 64:
    // libtiff reads no more than declared, but the header is forged.
    QTest::newRow("one strip holding a larger image")
        << tiffFile({{stripTags(64, 64), QByteArray(200 * 200, char(120))}}) << limit << invalid << unreadable
        << "page 1 of the TIFF file stores 40000 bytes of uncompressed pixels where its declared size needs 4096";
    QTest::newRow("strip of 100000 rows holding a larger image")
        << tiffFile({{stripTags(64, 64, 100'000), QByteArray(200 * 200, char(120))}}) << limit << invalid << unreadable
        << "stores 40000 bytes of uncompressed pixels where its declared size needs 4096";
    QTest::newRow("tile holding a larger image")
        << tiffFile({{tileTags(20, 20, 32), QByteArray(200 * 200, char(80))}}) << limit << invalid << unreadable
        << "stores 40000 bytes of uncompressed pixels where its declared size needs 1024";
    QTest::newRow("one page over the limit")
        << tiffFile({grayPage(200, 200)}) << limit << none << tooLarge << "declares 200 x 200 pixels";
    QTest::newRow("directories in a loop") << tiffFile({grayPage(16, 16), grayPage(16, 16)}, false, true) << limit
                                           << invalid << unreadable << "the TIFF directories form a loop";
    QList<TiffPage> many(ImageLoader::MaxTiffPages + 1, grayPage(2, 2));
    QTest::newRow("65 pages") << tiffFile(many) << limit << invalid << unreadable
                              << "the TIFF file has more than 64 pages";
    TiffPage fiveSamples = grayPage(16, 16);
    fiveSamples.tags[6].value = 5;
    QTest::newRow("five samples a pixel") << tiffFile({fiveSamples}) << limit << invalid << unreadable
                                          << "page 1 of the TIFF file has 5 samples of 8 bits per pixel";
    TiffPage noHeight = grayPage(16, 16);
    noHeight.tags.removeAt(1);
    QTest::newRow("no ImageLength") << tiffFile({noHeight}) << limit << invalid << unreadable
                                    << "the TIFF structure is damaged and cannot be read";
    QByteArray outside = tiffFile({grayPage(16, 16)});
    outside[4] = char(0xF0);
    outside[5] = char(0xFF);
    QTest::newRow("directory outside the file")
        << outside << limit << invalid << unreadable << "the TIFF directory lies outside the file";
}

void TestImageLoader::tiffRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, maxPixels);
    QFETCH(int, peekCode);
    QFETCH(int, issue);
    QFETCH(QString, says);
    QString format;
    const Result<QSize> peeked = ImageLoader::peekSize(bytes, &format);
    QCOMPARE(format, QStringLiteral("tiff"));
    QCOMPARE(int(peeked.code()), peekCode);
    const ImageLoader::Outcome outcome = ImageLoader(maxPixels).loadBytes(bytes, QStringLiteral("forged.tif"));
    QVERIFY(!outcome.image);
    QVERIFY(outcome.failure);
    QCOMPARE(int(outcome.failure->issue), issue);
    QVERIFY2(outcome.failure->message.contains(says), qPrintable(outcome.failure->message));
    QVERIFY2(outcome.failure->message.startsWith(QLatin1String("forged.tif")), qPrintable(outcome.failure->message));
    if (issue == int(PageIssue::TooLarge))
        QVERIFY2(outcome.failure->message.contains(QLatin1String("It was not decoded.")),
                 qPrintable(outcome.failure->message));
}

// Files whose headers are honest load, at the size they declare (or turned on their side by an
// orientation tag): the check after decoding refuses only a size nobody declared.
void TestImageLoader::loadsAtTheDeclaredSize_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("firstPixel");
    const cv::Mat image(37, 53, CV_8UC1, cv::Scalar(200));
    QTest::newRow("opencv tiff") << encoded(image, ".tiff") << "tiff" << QSize(53, 37) << 200;
    QTest::newRow("one strip") << tiffFile({grayPage(30, 20, char(100))}) << "tiff" << QSize(30, 20) << 100;
    QTest::newRow("big-endian") << tiffFile({grayPage(30, 20, char(100))}, true) << "tiff" << QSize(30, 20) << 100;
    // RowsPerStrip past the last row: only the declared rows are read.
    QTest::newRow("strip declared taller than the image")
        << tiffFile({{stripTags(64, 64, 100'000), QByteArray(64 * 64, char(120))}}) << "tiff" << QSize(64, 64) << 120;
    std::vector<uchar> plain;
    cv::imencode(".tiff", cv::Mat(301, 203, CV_8UC3, cv::Scalar(90, 90, 90)), plain, {cv::IMWRITE_TIFF_COMPRESSION, 1});
    QTest::newRow("uncompressed colour by opencv, in strips")
        << QByteArray(reinterpret_cast<const char *>(plain.data()), qsizetype(plain.size())) << "tiff"
        << QSize(203, 301) << 90;
    QTest::newRow("compressed by opencv, in strips")
        << encoded(cv::Mat(300, 200, CV_8UC1, cv::Scalar(60)), ".tiff") << "tiff" << QSize(200, 300) << 60;
    QTest::newRow("tile larger than the image")
        << tiffFile({{tileTags(20, 20, 32), QByteArray(32 * 32, char(80))}}) << "tiff" << QSize(20, 20) << 80;
    QTest::newRow("two pages, the first decoded")
        << tiffFile({grayPage(16, 12, char(100)), grayPage(16, 12, char(30))}) << "tiff" << QSize(16, 12) << 100;
    QTest::newRow("jpeg turned by its exif") << jpegTurnedByExif(image) << "jpeg" << QSize(37, 53) << 200;
}

void TestImageLoader::loadsAtTheDeclaredSize()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QFETCH(int, firstPixel);
    const ImageLoader::Outcome outcome = ImageLoader().loadBytes(bytes, QStringLiteral("scan.tif"));
    QVERIFY2(outcome.image, outcome.failure ? qPrintable(outcome.failure->message) : "");
    QCOMPARE(outcome.image->format, format);
    QCOMPARE(outcome.image->gray.type(), CV_8UC1);
    QCOMPARE(QSize(outcome.image->gray.cols, outcome.image->gray.rows), size);
    QVERIFY(qAbs(int(outcome.image->gray.at<uchar>(0, 0)) - firstPixel) <= 2); // JPEG rounds
}

QTEST_GUILESS_MAIN(TestImageLoader)
#include "tst_imageloader.moc"
