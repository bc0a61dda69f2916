#include "Bundle.h"
#include "HubDataDir.h"
#include "HubProcess.h"
#include "HubStore.h"
#include "HubTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

// The hub's mode as an operator meets it, through the real `actahub`: fixed when the store is
// made (init, or serve on a new data directory), and every command given for the other mode
// refused with the store and both modes named.
class TestHubMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aProductionStoreRefusesDrillCommands();
    void aDrillStoreRefusesProductionCommands();
    void cutsNeverGoIntoTheOtherModesFolder();
    void importBundleRefusesTheOtherMode();
    void storesFromBeforeModesTakeTheirRecordsMode();

private:
    // `actahub ARGS --data DIR`: its output (stdout and stderr), and its exit code in *rc.
    static QString hub(const QString &dataDir, const QStringList &args, int *rc)
    {
        return HubProcess::run(args + QStringList {QStringLiteral("--data"), dataDir}, rc);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    }
    QString writeBundle(const QString &name, bool simulated);
    static qint64 records(const QString &dataDir)
    {
        Result<std::unique_ptr<HubStore>> store = HubStore::open(HubDataDir(dataDir).storePath());
        return store ? (*store)->count(QStringLiteral("records")).value() : -1;
    }

    QTemporaryDir m_dir;
    QString m_production, m_drill;
    SigningKey m_station = SigningKey::fromSeed(seed(7)).value();
};

void TestHubMode::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_production = m_dir.filePath(QStringLiteral("production"));
    m_drill = m_dir.filePath(QStringLiteral("drill"));
}

void TestHubMode::aProductionStoreRefusesDrillCommands()
{
    int rc = -1;
    QString out = hub(m_production, {QStringLiteral("init")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("hub mode: production")), qPrintable(out));
    // Its publication folder is taken at once, before any cut.
    QCOMPARE(read(HubDataDir(m_production).publicationPath() + QStringLiteral("/MODO")), QByteArray("produccion\n"));

    // The operator means a drill, on the production store: refused before anything is served.
    const QString store = HubDataDir(m_production).storePath();
    out = hub(m_production,
              {QStringLiteral("serve"), QStringLiteral("--simulation"), QStringLiteral("--listen"),
               QStringLiteral("127.0.0.1:0"), QStringLiteral("--publish-every"), QStringLiteral("0")},
              &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(!out.contains(QLatin1String("listening")), qPrintable(out));
    for (const QString &part : {store, QStringLiteral("is a production store"), QStringLiteral("for a drill")})
        QVERIFY2(out.contains(part), qPrintable(out));
    for (const QStringList &command : {QStringList {QStringLiteral("init")}, QStringList {QStringLiteral("publish")},
                                       QStringList {QStringLiteral("audit"), QStringLiteral("list")}}) {
        out = hub(m_production, command + QStringList {QStringLiteral("--simulation")}, &rc);
        QCOMPARE(rc, 1);
        QVERIFY2(out.contains(store) && out.contains(QLatin1String("is a production store")), qPrintable(out));
    }

    // As meant: served, published, and the creation is in the hub's audit log.
    HubProcess served(m_production);
    QVERIFY(served.start());
    served.stop();
    out = hub(m_production, {QStringLiteral("publish")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QCOMPARE(read(HubDataDir(m_production).publicationPath() + QStringLiteral("/MODO")), QByteArray("produccion\n"));
    out = hub(m_production, {QStringLiteral("audit"), QStringLiteral("list")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QLatin1String("hub_created {\"mode\":\"production\"}")), qPrintable(out));
}

void TestHubMode::aDrillStoreRefusesProductionCommands()
{
    // `serve --simulation` on a new data directory makes a drill store.
    {
        HubProcess served(m_drill, {QStringLiteral("--simulation")});
        QVERIFY(served.start());
    }
    QCOMPARE(read(HubDataDir(m_drill).publicationPath() + QStringLiteral("/MODO")), QByteArray("simulacro\n"));
    int rc = -1;
    QString out = hub(m_drill, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--simulation")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QLatin1String("hub_created {\"mode\":\"simulation\"}")), qPrintable(out));

    // Without --simulation, every command is refused: the operator is not where they think.
    const QString store = HubDataDir(m_drill).storePath();
    for (const QStringList &command :
         {QStringList {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
          QStringList {QStringLiteral("init")}, QStringList {QStringLiteral("publish")},
          QStringList {QStringLiteral("conflicts"), QStringLiteral("list")}}) {
        out = hub(m_drill, command, &rc);
        QVERIFY2(rc == 1, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + out));
        for (const QString &part :
             {store, QStringLiteral("is a drill (simulation) store"), QStringLiteral("for production")})
            QVERIFY2(out.contains(part), qPrintable(out));
        QVERIFY2(!out.contains(QLatin1String("listening")), qPrintable(out));
    }
    QVERIFY(!QFile::exists(HubDataDir(m_drill).publicationPath() + QStringLiteral("/resultados.csv")));

    out = hub(m_drill, {QStringLiteral("publish"), QStringLiteral("--simulation")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const QString publication = HubDataDir(m_drill).publicationPath();
    QCOMPARE(read(publication + QStringLiteral("/MODO")), QByteArray("simulacro\n"));
    QVERIFY(read(publication + QStringLiteral("/resultados.csv")).split('\n').first().endsWith("(SIMULACRO)"));
    QVERIFY(read(publication + QStringLiteral("/LEEME.txt")).contains("SIMULACRO"));
}

void TestHubMode::cutsNeverGoIntoTheOtherModesFolder()
{
    const QString productionFolder = HubDataDir(m_production).publicationPath();
    const QString drillFolder = HubDataDir(m_drill).publicationPath();
    QCOMPARE(read(productionFolder + QStringLiteral("/MODO")), QByteArray("produccion\n"));
    QCOMPARE(read(drillFolder + QStringLiteral("/MODO")), QByteArray("simulacro\n"));
    const QByteArray realCut = read(productionFolder + QStringLiteral("/resultados.csv"));
    int rc = -1;
    QString out = hub(
        m_drill, {QStringLiteral("publish"), QStringLiteral("--simulation"), QStringLiteral("--out"), productionFolder},
        &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(productionFolder) && out.contains(QLatin1String("holds production cuts")), qPrintable(out));
    QCOMPARE(read(productionFolder + QStringLiteral("/resultados.csv")), realCut);
    out = hub(m_production, {QStringLiteral("publish"), QStringLiteral("--out"), drillFolder}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(drillFolder) && out.contains(QLatin1String("holds drill (simulation) cuts")),
             qPrintable(out));
    // Nor into a new production hub's folder before its first cut, nor is a hub served on one.
    const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
    out = hub(fresh, {QStringLiteral("init")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub(m_drill,
              {QStringLiteral("publish"), QStringLiteral("--simulation"), QStringLiteral("--out"),
               HubDataDir(fresh).publicationPath()},
              &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("holds production cuts")), qPrintable(out));
    out = hub(m_drill,
              {QStringLiteral("serve"), QStringLiteral("--simulation"), QStringLiteral("--listen"),
               QStringLiteral("127.0.0.1:0"), QStringLiteral("--out"), HubDataDir(fresh).publicationPath()},
              &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("holds production cuts")) && !out.contains(QLatin1String("listening")),
             qPrintable(out));
}

QString TestHubMode::writeBundle(const QString &name, bool simulated)
{
    SyncRecord r
        = sampleRecord(QStringLiteral("EST-M"), simulated ? 2 : 1, QStringLiteral("210101B010002"), 1, 100, simulated);
    r.imageSha256.reset();
    const QByteArray bytes = Bundle::write(QStringLiteral("EST-M"), QDateTime::currentDateTimeUtc(),
                                           {signRecord(r, m_station)}, {}, m_station)
                                 .value();
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestHubMode::importBundleRefusesTheOtherMode()
{
    const QString request = m_dir.filePath(QStringLiteral("EST-M.json"));
    QVERIFY_OK(enrollmentFor(QStringLiteral("EST-M"), m_station).write(request));
    int rc = -1;
    QString out = hub(m_production, {QStringLiteral("enroll"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub(m_drill, {QStringLiteral("enroll"), QStringLiteral("--simulation"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const QString real = writeBundle(QStringLiteral("real.bundle"), false);
    const QString drill = writeBundle(QStringLiteral("drill.bundle"), true);
    const QString apply = QStringLiteral("--apply");

    // Given for the other mode than the store's: refused as a whole, before any record is looked at.
    out = hub(m_production, {QStringLiteral("import-bundle"), apply, QStringLiteral("--simulation"), drill}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("is a production store")), qPrintable(out));
    out = hub(m_drill, {QStringLiteral("import-bundle"), apply, real}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("is a drill (simulation) store")), qPrintable(out));
    // The other mode's records in a bundle: refused, nothing imported.
    out = hub(m_production, {QStringLiteral("import-bundle"), apply, drill}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("REFUSE")) && out.contains(QLatin1String("a simulation (drill) record"))
                 && out.contains(QLatin1String("nothing was imported")),
             qPrintable(out));
    out = hub(m_drill, {QStringLiteral("import-bundle"), apply, QStringLiteral("--simulation"), real}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("a production record")), qPrintable(out));
    QCOMPARE(records(m_production), 0);
    QCOMPARE(records(m_drill), 0);
    // Each where it belongs.
    out = hub(m_production, {QStringLiteral("import-bundle"), apply, real}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = hub(m_drill, {QStringLiteral("import-bundle"), apply, QStringLiteral("--simulation"), drill}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QCOMPARE(records(m_production), 1);
    QCOMPARE(records(m_drill), 1);
}

void TestHubMode::storesFromBeforeModesTakeTheirRecordsMode()
{
    // Stores as an earlier actahub left them: records, but no mode recorded.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SigningKey hubKey = SigningKey::fromSeed(seed(1)).value();
    const auto legacy = [&](const QString &name, const QList<bool> &simulated) {
        const QString dir = m_dir.filePath(name);
        HubDataDir data(dir);
        QVERIFY_OK(data.init());
        Result<std::unique_ptr<HubStore>> store = HubStore::open(data.storePath());
        QVERIFY_OK(store);
        QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-M"), m_station), now));
        qint64 seq = 0;
        for (bool s : simulated) {
            ++seq;
            SyncRecord r = sampleRecord(QStringLiteral("EST-M"), seq,
                                        QStringLiteral("21%1B010002").arg(seq, 4, 10, QLatin1Char('0')), 1, 5, s);
            QCOMPARE(int((*store)->storeRecord(signRecord(r, m_station), hubKey, now)->kind),
                     int(StoreOutcome::Kind::Stored));
        }
    };
    legacy(QStringLiteral("legacy-real"), {false, false});
    legacy(QStringLiteral("legacy-mixed"), {false, true});
    legacy(QStringLiteral("legacy-empty"), {});
    const QString real = m_dir.filePath(QStringLiteral("legacy-real"));
    const QString mixed = m_dir.filePath(QStringLiteral("legacy-mixed"));
    const QString empty = m_dir.filePath(QStringLiteral("legacy-empty"));

    // Only production records: a production store from now on, whatever the first command says.
    int rc = -1;
    QString out = hub(real, {QStringLiteral("publish"), QStringLiteral("--simulation")}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("is a production store")), qPrintable(out));
    out = hub(real, {QStringLiteral("audit"), QStringLiteral("list")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QLatin1String("hub_mode_inferred {\"mode\":\"production\",\"records\":2}")),
             qPrintable(out));

    // Both kinds: refused for anything that serves, publishes or imports, with the counts; still readable.
    for (const QStringList &command :
         {QStringList {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")},
          QStringList {QStringLiteral("publish")},
          QStringList {QStringLiteral("publish"), QStringLiteral("--simulation")}}) {
        out = hub(mixed, command, &rc);
        QCOMPARE(rc, 1);
        QVERIFY2(out.contains(QLatin1String("production records (1) and drill records (1)")), qPrintable(out));
    }
    out = hub(mixed, {QStringLiteral("audit"), QStringLiteral("verify")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));

    // Nothing in it yet: only a command that creates gives it its mode.
    out = hub(empty, {QStringLiteral("publish"), QStringLiteral("--simulation")}, &rc);
    QCOMPARE(rc, 1);
    QVERIFY2(out.contains(QLatin1String("has no mode yet")), qPrintable(out));
    out = hub(empty, {QStringLiteral("init"), QStringLiteral("--simulation")}, &rc);
    QVERIFY2(rc == 0 && out.contains(QLatin1String("hub mode: drill (simulation)")), qPrintable(out));
    out = hub(empty, {QStringLiteral("publish"), QStringLiteral("--simulation")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
}

QTEST_GUILESS_MAIN(TestHubMode)
#include "tst_hubmode.moc"
