#include "Backoff.h"

#include <QTest>

using namespace acta;

// The retry schedule of the sync worker, by known answers: 1 s to 5 min, equal jitter, the
// hub's Retry-After first.
class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delayFor_data();
    void delayFor();
    void retryAfterWins();
    void successStartsOver();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void TestBackoff::delayFor_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expected");
    // ceiling = 1 s * 2^(n-1), at most 300 s; delay in [ceiling/2, ceiling], never below 1 s.
    QTest::newRow("1st, low draw: floor 1 s") << 1 << 0.0 << qint64(1000);
    QTest::newRow("1st, high draw") << 1 << 0.999 << qint64(1000);
    QTest::newRow("2nd, low") << 2 << 0.0 << qint64(1000);
    QTest::newRow("2nd, high") << 2 << 0.5 << qint64(1500);
    QTest::newRow("3rd, middle") << 3 << 0.5 << qint64(3000);
    QTest::newRow("5th, low") << 5 << 0.0 << qint64(8000);
    QTest::newRow("5th, top") << 5 << 1.0 << qint64(16000);
    QTest::newRow("9th: 256 s ceiling") << 9 << 1.0 << qint64(256000);
    QTest::newRow("10th: capped at 5 min") << 10 << 1.0 << qint64(300000);
    QTest::newRow("10th, low: half the cap") << 10 << 0.0 << qint64(150000);
    QTest::newRow("1000th: no overflow") << 1000 << 0.25 << qint64(187500);
}

void TestBackoff::delayFor()
{
    QFETCH(int, failures);
    QFETCH(double, random);
    QFETCH(qint64, expected);
    QCOMPARE(Backoff::delayFor(failures, random, 1000, 300000), expected);
}

void TestBackoff::retryAfterWins()
{
    Backoff b([] { return 0.0; });
    QCOMPARE(b.failure(), 1000);
    QCOMPARE(b.failure(std::optional<qint64>(7000)), 7000); // the hub's word, not the 1 s schedule
    QCOMPARE(b.failure(std::optional<qint64>(0)), 1000); // never hammer: at least 1 s
    QCOMPARE(b.failure(std::optional<qint64>(3600 * 1000)), 300000); // never sleep past 5 min
    // The parsed header feeds failure(): even an absurd one stays within [min, max].
    const QDateTime now(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC);
    QCOMPARE(b.failure(Backoff::parseRetryAfter("99999999999999999999", now)), 300000);
    QCOMPARE(b.failure(Backoff::parseRetryAfter("-5", now)), 16000); // malformed: the schedule (6th failure)
    QCOMPARE(b.failures(), 6);
}

void TestBackoff::successStartsOver()
{
    Backoff b([] { return 1.0; });
    for (int i = 0; i < 6; ++i)
        (void)b.failure();
    QCOMPARE(b.failure(), 64000);
    b.success();
    QCOMPARE(b.failures(), 0);
    QCOMPARE(b.failure(), 1000);
}

void TestBackoff::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expected"); // -1: none
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("spaces") << QByteArray(" 12 ") << qint64(12000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("date, 90 s ahead") << QByteArray("Sun, 06 Jun 2027 18:01:30 GMT") << qint64(90000);
    QTest::newRow("date in the past") << QByteArray("Sun, 06 Jun 2027 17:00:00 GMT") << qint64(0);
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    // Clamped to 1 h before any arithmetic: no value a hub sends overflows.
    QTest::newRow("one hour") << QByteArray("3600") << qint64(3600000);
    QTest::newRow("just below the cap") << QByteArray("3599") << qint64(3599000);
    QTest::newRow("over the cap") << QByteArray("86400") << qint64(3600000);
    QTest::newRow("overflows qint64 * 1000") << QByteArray("9223372036854775") << qint64(3600000);
    QTest::newRow("overflows qint64") << QByteArray("99999999999999999999") << qint64(3600000);
    QTest::newRow("a thousand digits") << QByteArray(1000, '9') << qint64(3600000);
    QTest::newRow("leading zeros") << QByteArray("0000000000000000000000007") << qint64(7000);
    QTest::newRow("exponent") << QByteArray("1e9") << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
    QTest::newRow("huge negative") << QByteArray("-99999999999999999999") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("hex") << QByteArray("0x10") << qint64(-1);
    QTest::newRow("two numbers") << QByteArray("5 5") << qint64(-1);
    QTest::newRow("only spaces") << QByteArray("   ") << qint64(-1);
    QTest::newRow("date, 2 h ahead: capped") << QByteArray("Sun, 06 Jun 2027 20:00:00 GMT") << qint64(3600000);
    QTest::newRow("date in year 9999: capped") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(3600000);
    QTest::newRow("date in year 1: zero") << QByteArray("Mon, 01 Jan 0001 00:00:00 GMT") << qint64(0);
    QTest::newRow("date, impossible day") << QByteArray("Sun, 31 Jun 2027 18:01:30 GMT") << qint64(-1);
}

void TestBackoff::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expected);
    const QDateTime now(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC);
    const std::optional<qint64> got = Backoff::parseRetryAfter(header, now);
    QCOMPARE(got.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
