// The real dependency stack, exercised once each so a broken install fails here with a
// clear name rather than deep inside a later feature.
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/wechat_qrcode.hpp>
#include <sodium.h>
#include <tesseract/baseapi.h>

#include <memory>
#include <sqlite3.h>

class TestDependencies : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openCvEncodesAndDecodesPng();
    void openCvQrRoundTrip();
    void tesseractHasSpanishAndEnglish_data();
    void tesseractHasSpanishAndEnglish();
    void tesseractReadsPrintedText();
    void sqlcipherEncryptsAtRest();
    void sqlcipherRefusesWrongKey();
    void sodiumKnownAnswers();
};

void TestDependencies::openCvEncodesAndDecodesPng()
{
    QCOMPARE(CV_VERSION_MAJOR, 4);
    cv::Mat img(40, 60, CV_8UC1, cv::Scalar(255));
    cv::rectangle(img, {10, 10}, {30, 30}, cv::Scalar(0), cv::FILLED);
    std::vector<uchar> png;
    QVERIFY(cv::imencode(".png", img, png));
    const cv::Mat back = cv::imdecode(png, cv::IMREAD_GRAYSCALE);
    QCOMPARE(back.cols, 60);
    QCOMPARE(cv::norm(img, back, cv::NORM_L1), 0.0);
}

void TestDependencies::openCvQrRoundTrip()
{
    const std::string payload = "ACTA|010338B010002|sample-dip-fed-2027|1";
    cv::Ptr<cv::QRCodeEncoder> encoder = cv::QRCodeEncoder::create();
    cv::Mat qr;
    encoder->encode(payload, qr);
    QVERIFY(!qr.empty());
    cv::Mat big;
    cv::resize(qr, big, {}, 8, 8, cv::INTER_NEAREST);
    cv::copyMakeBorder(big, big, 40, 40, 40, 40, cv::BORDER_CONSTANT, cv::Scalar(255));
    // Debian builds OpenCV without QUIRC, so cv::QRCodeDetector finds codes but cannot decode
    // them; contrib's WeChat decoder (no model files needed) is the one that reads.
    cv::wechat_qrcode::WeChatQRCode reader;
    const std::vector<std::string> decoded = reader.detectAndDecode(big);
    QCOMPARE(decoded.size(), size_t(1));
    QCOMPARE(QString::fromStdString(decoded.front()), QString::fromStdString(payload));
}

void TestDependencies::tesseractHasSpanishAndEnglish_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("spa") << "spa";
    QTest::newRow("eng") << "eng";
}

void TestDependencies::tesseractHasSpanishAndEnglish()
{
    QFETCH(QString, language);
    tesseract::TessBaseAPI api;
    QCOMPARE(api.Init(nullptr, language.toUtf8().constData()), 0);
    api.End();
}

void TestDependencies::tesseractReadsPrintedText()
{
    cv::Mat img(120, 900, CV_8UC1, cv::Scalar(255));
    cv::putText(img, "SECCION 0338 CASILLA B01", {20, 80}, cv::FONT_HERSHEY_SIMPLEX, 1.6, cv::Scalar(0), 3,
                cv::LINE_AA);
    tesseract::TessBaseAPI api;
    QCOMPARE(api.Init(nullptr, "spa"), 0);
    api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    api.SetImage(img.data, img.cols, img.rows, 1, int(img.step));
    std::unique_ptr<char[]> text(api.GetUTF8Text());
    const QString read = QString::fromUtf8(text.get()).simplified();
    api.End();
    QVERIFY2(read.contains(QStringLiteral("0338")), qPrintable(read));
    QVERIFY2(read.contains(QStringLiteral("CASILLA")), qPrintable(read));
}

namespace {
int exec(sqlite3 *db, const char *sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
}
} // namespace

void TestDependencies::sqlcipherEncryptsAtRest()
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("t.db")).toUtf8();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
    QCOMPARE(exec(db, "PRAGMA key = \"x'2DD29CA851E7B56E4697B0E1F08507293D761A05CE4D1B628663F411A8086D99'\";"),
             SQLITE_OK);
    QCOMPARE(exec(db, "CREATE TABLE t(v TEXT); INSERT INTO t VALUES('MARKER-ACTA-010338B010002');"), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "PRAGMA cipher_version;", -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QVERIFY(QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))).startsWith("3."));
    sqlite3_finalize(st);
    sqlite3_close(db);

    QFile f(QString::fromUtf8(path));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains("MARKER-ACTA"));
    QVERIFY(!bytes.startsWith("SQLite format 3"));
}

void TestDependencies::sqlcipherRefusesWrongKey()
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("t.db")).toUtf8();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
    QCOMPARE(exec(db, "PRAGMA key = 'right';"), SQLITE_OK);
    QCOMPARE(exec(db, "CREATE TABLE t(v);"), SQLITE_OK);
    sqlite3_close(db);

    QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
    QCOMPARE(exec(db, "PRAGMA key = 'wrong';"), SQLITE_OK); // keying is lazy: the first read fails
    QCOMPARE(exec(db, "SELECT count(*) FROM sqlite_master;"), SQLITE_NOTADB);
    sqlite3_close(db);
}

void TestDependencies::sodiumKnownAnswers()
{
    QVERIFY(sodium_init() >= 0);
    // BLAKE2b-512 of the empty string (RFC 7693 test vectors).
    unsigned char hash[64];
    QCOMPARE(crypto_generichash(hash, sizeof hash, nullptr, 0, nullptr, 0), 0);
    QCOMPARE(QByteArray(reinterpret_cast<char *>(hash), 8).toHex(), QByteArray("786a02f742015903"));
    // SHA-256("abc") (FIPS 180-2).
    unsigned char sha[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(sha, reinterpret_cast<const unsigned char *>("abc"), 3);
    QCOMPARE(QByteArray(reinterpret_cast<char *>(sha), 32).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    // Ed25519 sign / verify, and a flipped bit is refused.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
    crypto_sign_keypair(pk, sk);
    const unsigned char msg[] = "acta";
    crypto_sign_detached(sig, nullptr, msg, 4, sk);
    QCOMPARE(crypto_sign_verify_detached(sig, msg, 4, pk), 0);
    sig[0] ^= 1;
    QCOMPARE(crypto_sign_verify_detached(sig, msg, 4, pk), -1);
    sodium_memzero(sk, sizeof sk);
}

QTEST_GUILESS_MAIN(TestDependencies)
#include "tst_dependencies.moc"
