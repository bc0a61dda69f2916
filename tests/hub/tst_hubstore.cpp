#include "HubTestSupport.h"
#include "StoreScenario.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

class TestHubStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedStore();
    void talksToTheSqliteItWasWrittenFor();
    void survivesReopening();
    void remembersItsMode();
    void figuresDigestIgnoresEverythingButFigures();
};

void TestHubStore::embeddedStore()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<HubStore>> store = HubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY_OK(store);
    QVERIFY(!(*store)->isPostgres());
    storeScenario(**store);

    // Someone with the database rewrites the reason of the decision: the chain says so.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("hub.sqlite")));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE hub_audit SET details = replace(details, '99', '100') WHERE action = 'conflict_resolved'")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    Result<QString> problem = (*store)->auditProblem();
    QVERIFY_OK(problem);
    QVERIFY2(problem->contains(QLatin1String("entry 3 ")), qPrintable(*problem));
}

void TestHubStore::talksToTheSqliteItWasWrittenFor()
{
    // The hub's processes carry one SQLite: Qt's driver's (Debian's libsqlite3), never SQLCipher's
    // 3.15, whose lack of ON CONFLICT once made image uploads fail depending on link order.
    QTemporaryDir dir;
    Result<std::unique_ptr<HubStore>> store = HubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY_OK(store);
    Result<QString> version = (*store)->engineVersion();
    QVERIFY_OK(version);
    QVERIFY2(version->startsWith(QLatin1String("SQLite 3.")), qPrintable(*version));
    const QStringList parts = version->mid(7).split(QLatin1Char('.'));
    const int number = parts.value(0).toInt() * 1000000 + parts.value(1).toInt() * 1000 + parts.value(2).toInt();
    QVERIFY2(number >= HubStore::MinimumSqliteVersion, qPrintable(*version));
    QFile maps(QStringLiteral("/proc/self/maps"));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY2(!mapped.contains("libsqlcipher"), "SQLCipher is loaded in a hub process");
    QVERIFY(mapped.contains("libsqlite3"));
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

void TestHubStore::remembersItsMode()
{
    QTemporaryDir dir;
    modeScenario([&](const QString &name) { return HubStore::open(dir.filePath(name + QStringLiteral(".sqlite"))); });
    // Not even someone with the file changes it: the database refuses.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(dir.filePath(QStringLiteral("mode_drill.sqlite")));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(!q.exec(QStringLiteral("UPDATE hub_mode SET mode = 'production'")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("fixed")), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM hub_mode")));
        QVERIFY(q.exec(QStringLiteral("SELECT mode FROM hub_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("simulation"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
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
