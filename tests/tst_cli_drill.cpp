// `actacapture drill ...` as a trainer runs it: generate (reproducible byte for byte, the key
// sealed and kept out of the scans), load into a drill station only, start into a hot folder,
// intake, report as PDF and CSV; and the errors a trainer can meet.
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generateIsReproducibleByteForByte();
    void generateRefusesBadOptions_data();
    void generateRefusesBadOptions();
    void trainerLoadsStartsAndScores();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QHash<QString, QString> &env = {});
    static QMap<QString, QByteArray> tree(const QString &root);
    QTemporaryDir m_dir;
};

TestCliDrill::Run TestCliDrill::run(const QStringList &args, const QHash<QString, QString> &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"ACTACAPTURE_PASSPHRASE", "ACTACAPTURE_PASSWORD", "ACTACAPTURE_NEW_PASSWORD", "ACTACAPTURE_DRILL_PASSPHRASE"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompt can hang
    p.start(QStringLiteral(ACTA_BINARY), args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QMap<QString, QByteArray> TestCliDrill::tree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(root).relativeFilePath(path),
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

void TestCliDrill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCliDrill::generateIsReproducibleByteForByte()
{
    const QHash<QString, QString> key {
        {QStringLiteral("ACTACAPTURE_DRILL_PASSPHRASE"), QStringLiteral("capacitador 2027")}};
    for (const char *name : {"a", "b"}) {
        const Run r = run({QStringLiteral("drill"), QStringLiteral("generate"), QStringLiteral("--actas"),
                           QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("31"),
                           QStringLiteral("--share"), QStringLiteral("upside_down=0.2"), QStringLiteral("--share"),
                           QStringLiteral("blurred=0.2"), QStringLiteral("--out"), m_dir.filePath(QLatin1String(name))},
                          key);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("Drill SIM-31-6 (seed 31): 6 actas")), qPrintable(r.out));
    }
    const QMap<QString, QByteArray> a = tree(m_dir.filePath(QStringLiteral("a")));
    QCOMPARE(a, tree(m_dir.filePath(QStringLiteral("b"))));
    QVERIFY(a.contains(QStringLiteral("clave_simulacro.actakey")));
    QVERIFY(a.contains(QStringLiteral("paquetes_sin_acta.csv")));
    int scans = 0;
    for (const QString &name : a.keys())
        scans += name.startsWith(QLatin1String("escaneos/escaneo-")) ? 1 : 0;
    QVERIFY(scans >= 6);
    QVERIFY(QFile::permissions(m_dir.filePath(QStringLiteral("a/clave_simulacro.actakey")))
            == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
}

void TestCliDrill::generateRefusesBadOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("messagePart");
    const QString out = QStringLiteral("--out");
    QTest::newRow("no folder") << QStringList {} << 2 << "--out";
    QTest::newRow("zero actas") << QStringList {out, QStringLiteral("x"), QStringLiteral("--actas"),
                                                QStringLiteral("0")}
                                << 2 << "--actas";
    QTest::newRow("unknown share") << QStringList {out, QStringLiteral("x"), QStringLiteral("--share"),
                                                   QStringLiteral("coffee=0.1")}
                                   << 2 << "upside_down";
    QTest::newRow("key in the scans") << QStringList {out, QStringLiteral("x"), QStringLiteral("--key-file"),
                                                      QStringLiteral("x/escaneos/k.actakey")}
                                      << 2 << "scans folder";
    QTest::newRow("shares over the whole") << QStringList {out,
                                                           QStringLiteral("x"),
                                                           QStringLiteral("--actas"),
                                                           QStringLiteral("100"),
                                                           QStringLiteral("--share"),
                                                           QStringLiteral("cut_off=1")}
                                           << 1 << "add up to";
}

void TestCliDrill::generateRefusesBadOptions()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, messagePart);
    QDir::setCurrent(m_dir.path());
    const Run r = run(QStringList {QStringLiteral("drill"), QStringLiteral("generate")} + args,
                      {{QStringLiteral("ACTACAPTURE_DRILL_PASSPHRASE"), QStringLiteral("capacitador 2027")}});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(messagePart), qPrintable(r.err));
}

void TestCliDrill::trainerLoadsStartsAndScores()
{
    const QString drill = m_dir.filePath(QStringLiteral("night"));
    const QHash<QString, QString> trainerKey {
        {QStringLiteral("ACTACAPTURE_DRILL_PASSPHRASE"), QStringLiteral("capacitador 2027")}};
    Run r = run({QStringLiteral("drill"), QStringLiteral("generate"), QStringLiteral("--actas"), QStringLiteral("4"),
                 QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--share"),
                 QStringLiteral("cut_off=0.25"), QStringLiteral("--out"), drill},
                trainerKey);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString keyFile = QDir(drill).filePath(QStringLiteral("clave_simulacro.actakey"));

    // One drill station and one production station, each with a trainer and a clerk.
    QHash<QString, QString> env {{QStringLiteral("ACTACAPTURE_PASSPHRASE"), QStringLiteral("frase de la estación")},
                                 {QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("clave-1234")},
                                 {QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("clave-1234")}};
    for (const QString &mode : {QStringLiteral("--simulation"), QString()}) {
        const QString station = m_dir.filePath(mode.isEmpty() ? QStringLiteral("prod") : QStringLiteral("drill-st"));
        QStringList common {QStringLiteral("--station"), station};
        if (!mode.isEmpty())
            common << mode;
        r = run(QStringList {QStringLiteral("init-station"), QStringLiteral("--admin"), QStringLiteral("admin")}
                    + common,
                env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto &[who, role] : {std::pair {"tere", "trainer"}, std::pair {"ana", "clerk"}}) {
            r = run(QStringList {QStringLiteral("user"), QStringLiteral("add"), QLatin1String(who),
                                 QStringLiteral("--role"), QLatin1String(role), QStringLiteral("--as"),
                                 QStringLiteral("admin")}
                        + common,
                    env);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QHash<QString, QString> withKey = env;
        withKey.insert(trainerKey);
        r = run(QStringList {QStringLiteral("drill"), QStringLiteral("load"), keyFile, QStringLiteral("--as"),
                             QStringLiteral("tere")}
                    + common,
                withKey);
        if (mode.isEmpty()) { // a production station never takes an answer key
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QLatin1String("only be loaded into a drill station")), qPrintable(r.err));
        } else {
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QLatin1String("Drill SIM-8-4 loaded")), qPrintable(r.out));
        }
    }
    const QStringList drillSt {QStringLiteral("--station"), m_dir.filePath(QStringLiteral("drill-st")),
                               QStringLiteral("--simulation")};
    QHash<QString, QString> wrongKey = env;
    wrongKey.insert(QStringLiteral("ACTACAPTURE_DRILL_PASSPHRASE"), QStringLiteral("adivinanza"));
    r = run(QStringList {QStringLiteral("drill"), QStringLiteral("load"), keyFile, QStringLiteral("--as"),
                         QStringLiteral("tere")}
                + drillSt,
            wrongKey);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("does not open")) && r.err.contains(keyFile), qPrintable(r.err));
    r = run(QStringList {QStringLiteral("drill"), QStringLiteral("report"), QStringLiteral("--out"),
                         m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--as"), QStringLiteral("ana")}
                + drillSt,
            env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("may not score drills")), qPrintable(r.err));

    // The night in one minute into the hot folder, then the intake.
    const QString hot = m_dir.filePath(QStringLiteral("hot"));
    env.insert(trainerKey); // start and report open the sealed key with the trainer's passphrase
    r = run(QStringList {QStringLiteral("drill"), QStringLiteral("start"), QStringLiteral("--scans"),
                         QDir(drill).filePath(QStringLiteral("escaneos")), QStringLiteral("--hot-folder"), hot,
                         QStringLiteral("--minutes"), QStringLiteral("1"), QStringLiteral("--as"),
                         QStringLiteral("tere")}
                + drillSt,
            env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QDir(hot).entryList({QStringLiteral("escaneo-*.jpg")}, QDir::Files).size(), 5); // 4 + the rescan
    r = run(QStringList {QStringLiteral("intake"), hot, QStringLiteral("--as"), QStringLiteral("ana")} + drillSt, env);
    QCOMPARE(r.exitCode, 1); // the cut-off page is refused
    const QString pdf = m_dir.filePath(QStringLiteral("informe.pdf"));
    const QString csv = m_dir.filePath(QStringLiteral("informe.csv"));
    r = run(QStringList {QStringLiteral("drill"), QStringLiteral("report"), QStringLiteral("--out"), pdf,
                         QStringLiteral("--csv"), csv, QStringLiteral("--as"), QStringLiteral("tere")}
                + drillSt,
            env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("0 of 4 actas finished, 1 of 1 contingencies handled right")),
             qPrintable(r.out));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith("# SIMULACRO"));
    QVERIFY2(text.contains("cut_off"), text.constData());
}

QTEST_GUILESS_MAIN(TestCliDrill)
#include "tst_cli_drill.moc"
