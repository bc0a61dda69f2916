#include "Election.h"
#include "FormRenderer.h"
#include "QrCode.h"
#include "QrPayload.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/wechat_qrcode.hpp>

#include <optional>

using namespace acta;

namespace {

const QString SampleActa = QStringLiteral("210101B010002");

QString fixturePath()
{
    return QStringLiteral(ACTA_TEST_DATA "/forms/sample-210101B010002-100dpi.png");
}

// QVERIFY2 evaluates its message even when the check passes, and error() is only valid on failure.
template<typename T> QByteArray why(const Result<T> &r)
{
    return r.isOk() ? QByteArray() : r.error().toUtf8();
}

ActaKey key(const QString &text)
{
    Result<ActaKey> k = ActaKey::parse(text);
    if (!k)
        qFatal("bad test key %s: %s", qPrintable(text), qPrintable(k.error()));
    return *k;
}

// Straight from the rendered pixels to OpenCV, as the scan pipeline will see them.
std::vector<std::string> decodeWithWeChat(const QImage &image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat mat = cv::Mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                                std::size_t(gray.bytesPerLine()))
                            .clone();
    cv::wechat_qrcode::WeChatQRCode reader;
    return reader.detectAndDecode(mat);
}

// Share of the rectangle's pixels darker than mid-gray.
double darkShare(const QImage &gray, const QRect &rect)
{
    const QRect r = rect.intersected(gray.rect());
    if (r.isEmpty())
        return 0;
    qint64 dark = 0;
    for (int y = r.top(); y <= r.bottom(); ++y) {
        const uchar *row = gray.constScanLine(y);
        for (int x = r.left(); x <= r.right(); ++x)
            dark += row[x] < 128 ? 1 : 0;
    }
    return double(dark) / (qint64(r.width()) * r.height());
}

// Dark share of the ring between rect grown by `outer` and grown by `inner` pixels.
double ringDarkShare(const QImage &gray, const QRect &rect, int inner, int outer)
{
    const QRect big = rect.adjusted(-outer, -outer, outer, outer);
    const QRect small = rect.adjusted(-inner, -inner, inner, inner);
    qint64 dark = 0, total = 0;
    for (int y = big.top(); y <= big.bottom(); ++y)
        for (int x = big.left(); x <= big.right(); ++x)
            if (gray.rect().contains(x, y) && !small.contains(x, y)) {
                ++total;
                dark += qGray(gray.pixel(x, y)) < 128 ? 1 : 0;
            }
    return total ? double(dark) / total : 1.0;
}

} // namespace

class TestFormRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pageSize_data();
    void pageSize();
    void qrDecodes_data();
    void qrDecodes();
    void markers();
    void digitBoxes();
    void headerText();
    void labelsPrinted();
    void withoutCatalog();
    void parsePayload_data();
    void parsePayload();
    void payloadRoundTrip();
    void foreignTemplate();
    void refusesMismatches();
    void writesFiles();
    void unwritablePath();
    void fixtureStillReads();

private:
    std::optional<Election> m_sample;
    const CasillaInfo *m_casilla = nullptr;
    QImage m_page200; // gray, with catalog, 200 dpi
};

void TestFormRenderer::initTestCase()
{
    Result<Election> sample = Election::sample();
    QVERIFY2(sample, why(sample));
    m_sample = std::move(sample).value();
    m_casilla = m_sample->catalog.find(key(SampleActa).casilla());
    QVERIFY(m_casilla);
    Result<QImage> page = FormRenderer(m_sample->election, key(SampleActa), m_casilla).renderImage(200);
    QVERIFY2(page, why(page));
    m_page200 = page->convertToFormat(QImage::Format_Grayscale8);
}

void TestFormRenderer::pageSize_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("expected");
    // US letter, 215.9 x 279.4 mm = 8.5 x 11 in.
    QTest::newRow("150") << 150 << QSize(1275, 1650);
    QTest::newRow("200") << 200 << QSize(1700, 2200);
    QTest::newRow("300") << 300 << QSize(2550, 3300);
}

void TestFormRenderer::pageSize()
{
    QFETCH(int, dpi);
    QFETCH(QSize, expected);
    const FormLayout &layout = m_sample->election.layout();
    QCOMPARE(FormRenderer::pageSizePx(layout, dpi), expected);
    Result<QImage> image = FormRenderer(m_sample->election, key(SampleActa), m_casilla).renderImage(dpi);
    QVERIFY2(image, why(image));
    QCOMPARE(image->size(), expected);
    QCOMPARE(qRound(image->dotsPerMeterX() * 0.0254), dpi);
    QCOMPARE(image->pixel(0, 0), qRgb(255, 255, 255)); // white page
}

void TestFormRenderer::qrDecodes_data()
{
    QTest::addColumn<int>("dpi");
    QTest::newRow("150") << 150;
    QTest::newRow("200") << 200;
    QTest::newRow("300") << 300;
}

void TestFormRenderer::qrDecodes()
{
    QFETCH(int, dpi);
    const QString payload = FormRenderer::qrPayload(m_sample->election, key(SampleActa));
    QCOMPARE(payload, QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|2"));
    Result<QImage> image = FormRenderer(m_sample->election, key(SampleActa), m_casilla).renderImage(dpi);
    QVERIFY2(image, why(image));

    const std::vector<std::string> found = decodeWithWeChat(*image);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found.front()), payload);

    // The library's own reader agrees, and the QR lies inside its rectangle: the rest of the
    // page blanked out, it still reads.
    QImage onlyQr(image->size(), QImage::Format_RGB32);
    onlyQr.fill(Qt::white);
    const QRect qrRect = FormRenderer::toPixels(m_sample->election.layout().qrMm, dpi);
    for (int y = qrRect.top(); y <= qrRect.bottom(); ++y)
        for (int x = qrRect.left(); x <= qrRect.right(); ++x)
            onlyQr.setPixel(x, y, image->pixel(x, y));
    Result<QStringList> own = QrCode::decode(onlyQr);
    QVERIFY2(own, why(own));
    QCOMPARE(*own, QStringList {payload});

    // Quiet zone: the outermost 3 mm of the QR rectangle are blank.
    const int margin = qRound(3 * dpi / 25.4);
    QCOMPARE(ringDarkShare(image->convertToFormat(QImage::Format_Grayscale8),
                           qrRect.adjusted(margin, margin, -margin, -margin), 1, margin - 1),
             0.0);
}

void TestFormRenderer::markers()
{
    const QList<Marker> &markers = m_sample->election.layout().markers;
    QCOMPARE(markers.size(), 4);
    const int twoMm = qRound(2 * 200 / 25.4);
    for (const Marker &m : markers) {
        const QRect r = FormRenderer::toPixels(m.rectMm(), 200);
        QVERIFY(!r.isEmpty());
        QVERIFY2(darkShare(m_page200, r) > 0.9, qPrintable(QStringLiteral("marker at %1,%2").arg(m.xMm).arg(m.yMm)));
        // A ring of 2 mm around the square (starting one pixel out) is white paper.
        QVERIFY2(ringDarkShare(m_page200, r, 1, twoMm) < 0.1,
                 qPrintable(QStringLiteral("around marker at %1,%2").arg(m.xMm).arg(m.yMm)));
    }
}

void TestFormRenderer::digitBoxes()
{
    const ElectionTemplate &election = m_sample->election;
    const int border = qRound(0.25 * 200 / 25.4);
    int boxes = 0;
    for (const TemplateField &field : election.allFields()) {
        for (int i = 0; i < field.digits; ++i) {
            const QRect r = FormRenderer::toPixels(election.boxRectMm(field, i), 200);
            const QByteArray where = QStringLiteral("%1 box %2").arg(field.id).arg(i).toUtf8();
            // Every pixel of the outermost ring is black.
            QVERIFY2(darkShare(m_page200, QRect(r.left(), r.top(), r.width(), 1)) == 1.0, where);
            QVERIFY2(darkShare(m_page200, QRect(r.left(), r.bottom(), r.width(), 1)) == 1.0, where);
            QVERIFY2(darkShare(m_page200, QRect(r.left(), r.top(), 1, r.height())) == 1.0, where);
            QVERIFY2(darkShare(m_page200, QRect(r.right(), r.top(), 1, r.height())) == 1.0, where);
            // Inside the border the box is blank, ready for handwriting.
            const QRect inside = r.adjusted(border, border, -border, -border);
            QVERIFY2(darkShare(m_page200, inside) == 0.0, where);
            // Just outside the box, paper again (the border is drawn inward).
            QVERIFY2(ringDarkShare(m_page200, r, 1, 2) < 0.5, where);
            ++boxes;
        }
    }
    QCOMPARE(boxes, 20 * 3);
}

void TestFormRenderer::headerText()
{
    const QRect header = FormRenderer::toPixels(m_sample->election.layout().headerMm, 200);
    const double ink = darkShare(m_page200, header);
    QVERIFY2(ink > 0.02, qPrintable(QString::number(ink)));
    QVERIFY2(ink < 0.5, qPrintable(QString::number(ink)));
    // Six lines of text: ink in the top and in the bottom half of the rectangle.
    QVERIFY(darkShare(m_page200, header.adjusted(0, 0, 0, -header.height() / 2)) > 0.01);
    QVERIFY(darkShare(m_page200, header.adjusted(0, header.height() / 2, 0, 0)) > 0.01);
}

void TestFormRenderer::labelsPrinted()
{
    // Each field's row, left of its first box, carries its label.
    const ElectionTemplate &election = m_sample->election;
    for (const TemplateField &field : election.allFields()) {
        const QRectF first = election.boxRectMm(field, 0);
        const QRect label = FormRenderer::toPixels(QRectF(first.left() - 30, first.top(), 28, first.height()), 200);
        QVERIFY2(darkShare(m_page200, label) > 0.01, qPrintable(field.id));
    }
}

void TestFormRenderer::withoutCatalog()
{
    // Without the catalog the header still names the acta, from the key alone (no district line).
    Result<QImage> bare = FormRenderer(m_sample->election, key(SampleActa)).renderImage(200);
    QVERIFY2(bare, why(bare));
    const QImage gray = bare->convertToFormat(QImage::Format_Grayscale8);
    const QRect header = FormRenderer::toPixels(m_sample->election.layout().headerMm, 200);
    const double ink = darkShare(gray, header);
    QVERIFY(ink > 0.01);
    QVERIFY(ink < darkShare(m_page200, header)); // fewer words: no state or district names
    const std::vector<std::string> found = decodeWithWeChat(*bare);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found.front()), QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|2"));
}

void TestFormRenderer::parsePayload_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("clave");
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("good") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|2") << true
                          << QStringLiteral("210101B010002") << QStringLiteral("sample-dip-fed-2027") << 2 << QString();
    QTest::newRow("good, version 12") << QStringLiteral("ACTA1|010338E030102|gob-2027|12") << true
                                      << QStringLiteral("010338E030102") << QStringLiteral("gob-2027") << 12
                                      << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString() << 0 << QStringLiteral("empty");
    QTest::newRow("url") << QStringLiteral("https://example.org/acta?id=1") << false << QString() << QString() << 0
                         << QStringLiteral("not an ActaCapture acta label");
    QTest::newRow("wrong prefix") << QStringLiteral("ACTX|210101B010002|sample-dip-fed-2027|1") << false << QString()
                                  << QString() << 0 << QStringLiteral("not an ActaCapture acta label");
    QTest::newRow("lowercase prefix") << QStringLiteral("acta1|210101B010002|sample-dip-fed-2027|1") << false
                                      << QString() << QString() << 0 << QStringLiteral("not an ActaCapture acta label");
    QTest::newRow("newer format") << QStringLiteral("ACTA2|210101B010002|sample-dip-fed-2027|1") << false << QString()
                                  << QString() << 0 << QStringLiteral("label format ACTA2");
    QTest::newRow("missing version") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027") << false << QString()
                                     << QString() << 0 << QStringLiteral("has 3 parts");
    QTest::newRow("only tag") << QStringLiteral("ACTA1") << false << QString() << QString() << 0
                              << QStringLiteral("has 1 parts");
    QTest::newRow("extra part") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|1|x") << false << QString()
                                << QString() << 0 << QStringLiteral("has 5 parts");
    QTest::newRow("bad key") << QStringLiteral("ACTA1|210101X010002|sample-dip-fed-2027|1") << false << QString()
                             << QString() << 0 << QStringLiteral("invalid CLAVE_ACTA");
    QTest::newRow("key with space") << QStringLiteral("ACTA1| 210101B010002|sample-dip-fed-2027|1") << false
                                    << QString() << QString() << 0 << QStringLiteral("invalid CLAVE_ACTA");
    QTest::newRow("short key") << QStringLiteral("ACTA1|210101B0100|sample-dip-fed-2027|1") << false << QString()
                               << QString() << 0 << QStringLiteral("invalid CLAVE_ACTA");
    QTest::newRow("no template") << QStringLiteral("ACTA1|210101B010002||1") << false << QString() << QString() << 0
                                 << QStringLiteral("names no template");
    QTest::newRow("version zero") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|0") << false << QString()
                                  << QString() << 0 << QStringLiteral("version \"0\"");
    QTest::newRow("version text") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|v1") << false << QString()
                                  << QString() << 0 << QStringLiteral("version \"v1\"");
    QTest::newRow("version signed") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|+1") << false
                                    << QString() << QString() << 0 << QStringLiteral("version \"+1\"");
    QTest::newRow("version leading zero") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|01") << false
                                          << QString() << QString() << 0 << QStringLiteral("version \"01\"");
    QTest::newRow("version empty") << QStringLiteral("ACTA1|210101B010002|sample-dip-fed-2027|") << false << QString()
                                   << QString() << 0 << QStringLiteral("version \"\"");
}

void TestFormRenderer::parsePayload()
{
    QFETCH(QString, payload);
    QFETCH(bool, ok);
    QFETCH(QString, clave);
    QFETCH(QString, templateId);
    QFETCH(int, version);
    QFETCH(QString, errorPart);

    Result<QrIdentity> parsed = parseQrPayload(payload);
    QCOMPARE(parsed.isOk(), ok);
    if (ok) {
        QCOMPARE(parsed->acta.toString(), clave);
        QCOMPARE(parsed->templateId, templateId);
        QCOMPARE(parsed->templateVersion, version);
    } else {
        QVERIFY_MESSAGE_NAMES(parsed, errorPart);
    }
}

void TestFormRenderer::payloadRoundTrip()
{
    for (const QString &text :
         {QStringLiteral("210101B010002"), QStringLiteral("320001V990002"), QStringLiteral("010338E030102")}) {
        const ActaKey acta = key(text);
        Result<QrIdentity> parsed = parseQrPayload(FormRenderer::qrPayload(m_sample->election, acta));
        QVERIFY2(parsed, why(parsed));
        QVERIFY(parsed->acta == acta);
        QCOMPARE(parsed->templateId, m_sample->election.id());
        QCOMPARE(parsed->templateVersion, m_sample->election.version());
    }
}

void TestFormRenderer::foreignTemplate()
{
    QJsonObject json = QJsonDocument::fromJson(m_sample->election.toJson()).object();
    json[QStringLiteral("id")] = QStringLiteral("otra-eleccion-2030");
    json[QStringLiteral("version")] = 3;
    Result<ElectionTemplate> other = ElectionTemplate::fromJson(QJsonDocument(json).toJson());
    QVERIFY2(other, why(other));

    const QString mine = FormRenderer::qrPayload(m_sample->election, key(SampleActa));
    const QString theirs = FormRenderer::qrPayload(*other, key(SampleActa));
    QVERIFY(mine != theirs);
    QCOMPARE(theirs, QStringLiteral("ACTA1|210101B010002|otra-eleccion-2030|3"));

    Result<QImage> image = FormRenderer(*other, key(SampleActa), m_casilla).renderImage(200);
    QVERIFY2(image, why(image));
    const std::vector<std::string> found = decodeWithWeChat(*image);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found.front()), theirs);

    // A template id the payload cannot carry is refused rather than printed ambiguously.
    json[QStringLiteral("id")] = QStringLiteral("a|b");
    Result<ElectionTemplate> piped = ElectionTemplate::fromJson(QJsonDocument(json).toJson());
    if (piped) {
        Result<QImage> refused = FormRenderer(*piped, key(SampleActa)).renderImage(200);
        QVERIFY(!refused);
        QVERIFY_FAILS_WITH(refused, ErrorCode::InvalidInput);
        QVERIFY_MESSAGE_NAMES(refused, QStringLiteral("a|b"));
    }
}

void TestFormRenderer::refusesMismatches()
{
    // TIPO_ACTA 01 is not this template's election (02).
    Result<QImage> wrongType = FormRenderer(m_sample->election, key(QStringLiteral("210101B010001"))).renderImage(200);
    QVERIFY(!wrongType);
    QVERIFY_FAILS_WITH(wrongType, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(wrongType, QStringLiteral("210101B010001"));

    // The catalog entry of another casilla.
    const CasillaInfo *other = m_sample->catalog.find(QStringLiteral("210101C0100"));
    QVERIFY(other);
    Result<QImage> wrongCasilla = FormRenderer(m_sample->election, key(SampleActa), other).renderImage(200);
    QVERIFY(!wrongCasilla);
    QVERIFY_FAILS_WITH(wrongCasilla, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(wrongCasilla, QStringLiteral("210101C0100"));

    for (int dpi : {0, 71, 601}) {
        Result<QImage> bad = FormRenderer(m_sample->election, key(SampleActa)).renderImage(dpi);
        QVERIFY(!bad);
        QVERIFY_FAILS_WITH(bad, ErrorCode::InvalidInput);
        QVERIFY_MESSAGE_NAMES(bad, QString::number(dpi));
    }
}

void TestFormRenderer::writesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const FormRenderer renderer(m_sample->election, key(SampleActa), m_casilla);

    const QString png = dir.filePath(QStringLiteral("acta.png"));
    Status wrotePng = renderer.renderPng(png, 150);
    QVERIFY2(wrotePng, why(wrotePng));
    QImage back(png);
    QVERIFY(!back.isNull());
    QCOMPARE(back.size(), QSize(1275, 1650));
    const std::vector<std::string> found = decodeWithWeChat(back);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found.front()), FormRenderer::qrPayload(m_sample->election, key(SampleActa)));

    const QString pdf = dir.filePath(QStringLiteral("acta.pdf"));
    Status wrotePdf = renderer.renderPdf(pdf);
    QVERIFY2(wrotePdf, why(wrotePdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.contains("%%EOF"));
    // Vector output: the page is a few dozen KB of drawing commands and fonts, not a bitmap.
    QVERIFY2(bytes.size() < 500 * 1024, QByteArray::number(bytes.size()));
    // Letter size in points (612 x 792), not snapped to A4.
    QVERIFY2(bytes.contains("612") && bytes.contains("792"), "MediaBox is not US letter");

    // Atomic writes: nothing but the two files was left in the folder.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);

    // A refused render leaves no file behind.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    Status refused = FormRenderer(m_sample->election, key(QStringLiteral("210101B010001"))).renderPdf(none);
    QVERIFY(!refused);
    QVERIFY(!QFileInfo::exists(none));
}

void TestFormRenderer::unwritablePath()
{
    const FormRenderer renderer(m_sample->election, key(SampleActa), m_casilla);
    const QString path = QStringLiteral("/nonexistent-dir-for-acta-tests/acta.png");
    Status png = renderer.renderPng(path, 100);
    QVERIFY(!png);
    QVERIFY_FAILS_WITH(png, ErrorCode::Io);
    QVERIFY_MESSAGE_NAMES(png, path);
    Status pdf = renderer.renderPdf(QStringLiteral("/nonexistent-dir-for-acta-tests/acta.pdf"), 100);
    QVERIFY(!pdf);
}

void TestFormRenderer::fixtureStillReads()
{
    // The committed 100 dpi page used by later pipeline stages must stay a valid acta image.
    if (!QFileInfo::exists(fixturePath()))
        QSKIP("no 100 dpi fixture committed");
    QImage fixture(fixturePath());
    QVERIFY(!fixture.isNull());
    QCOMPARE(fixture.size(), FormRenderer::pageSizePx(m_sample->election.layout(), 100));
    const std::vector<std::string> found = decodeWithWeChat(fixture);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(found.front()), FormRenderer::qrPayload(m_sample->election, key(SampleActa)));
}

QTEST_MAIN(TestFormRenderer)
#include "tst_formrenderer.moc"
