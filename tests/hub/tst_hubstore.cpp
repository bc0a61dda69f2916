#include "HubTestSupport.h"
#include "StoreScenario.h"

#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

class TestHubStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedStore();
    void survivesReopening();
    void figuresDigestIgnoresEverythingButFigures();
};

void TestHubStore::embeddedStore()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<HubStore>> store = HubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY_OK(store);
    QVERIFY(!(*store)->isPostgres());
    storeScenario(**store);
}

void TestHubStore::survivesReopening()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hub.sqlite"));
    const SigningKey hub = SigningKey::fromSeed(seed(1)).value();
    const SigningKey a = SigningKey::fromSeed(seed(2)).value();
    QByteArray receipt;
    {
        Result<std::unique_ptr<HubStore>> store = HubStore::open(path);
        QVERIFY_OK(store);
        QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-A"), a), QDateTime::currentDateTimeUtc()));
        Result<StoreOutcome> o = (*store)->storeRecord(
            signRecord(sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 5), a), hub,
            QDateTime::currentDateTimeUtc());
        QVERIFY_OK(o);
        receipt = o->receipt;
    }
    Result<std::unique_ptr<HubStore>> store = HubStore::open(path);
    QVERIFY_OK(store);
    Result<StoreOutcome> o = (*store)->storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 5), a), hub,
        QDateTime::currentDateTimeUtc());
    QVERIFY_OK(o);
    QCOMPARE(o->kind, StoreOutcome::Kind::Duplicate);
    QCOMPARE(o->receipt, receipt);
}

void TestHubStore::figuresDigestIgnoresEverythingButFigures()
{
    SyncRecord r = sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 5);
    SyncRecord same = r;
    same.stationId = QStringLiteral("EST-B");
    same.seq = 9;
    same.enteredBy = {QStringLiteral("otra")};
    QCOMPARE(figuresDigest(same), figuresDigest(r));
    same.values.insert(QStringLiteral("PLU"), FieldValue::ilegible());
    QVERIFY(figuresDigest(same) != figuresDigest(r));
}

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
