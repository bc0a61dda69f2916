#include "Clock.h"

#include <QTest>

using namespace acta;

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualClockMovesOnlyWhenTold();
    void storedUtcRoundTrips_data();
    void storedUtcRoundTrips();
    void malformedStoredTimeIsInvalid();
    void systemClockIsUtc();
};

void TestClock::manualClockMovesOnlyWhenTold()
{
    ManualClock clock;
    const QDateTime start = clock.nowUtc();
    QCOMPARE(clock.nowUtc(), start);
    clock.advanceSeconds(301);
    QCOMPARE(start.secsTo(clock.nowUtc()), 301);
    QCOMPARE(clock.utcOffsetMinutes(), -360);
}

void TestClock::storedUtcRoundTrips_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("stored");
    QTest::newRow("utc") << QDateTime(QDate(2027, 6, 6), QTime(18, 0, 0, 5), Qt::UTC) << "2027-06-06T18:00:00.005Z";
    QTest::newRow("offset -6h") << QDateTime(QDate(2027, 6, 6), QTime(20, 30), Qt::OffsetFromUTC, -6 * 3600)
                                << "2027-06-07T02:30:00.000Z";
}

void TestClock::storedUtcRoundTrips()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, stored);
    QCOMPARE(toStoredUtc(time), stored);
    QCOMPARE(fromStoredUtc(stored), time.toUTC());
}

void TestClock::malformedStoredTimeIsInvalid()
{
    QVERIFY(!fromStoredUtc(QStringLiteral("yesterday")).isValid());
    QVERIFY(!fromStoredUtc(QString()).isValid());
}

void TestClock::systemClockIsUtc()
{
    const QDateTime now = Clock::system().nowUtc();
    QCOMPARE(now.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
