#include <QProcess>
#include <QTest>

// Runs the real actacapture binary: exit status 0 success, 1 failure, 2 usage error.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodesAndMessages_data();
    void exitCodesAndMessages();
    void spanishIsTheDefaultLanguage();
    void versionPrintsTheVersion();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QString &lang = QString());
};

TestCli::Run TestCli::run(const QStringList &args, const QString &lang)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ACTACAPTURE_LANG"));
    if (!lang.isEmpty())
        env.insert(QStringLiteral("ACTACAPTURE_LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTA_BINARY), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCli::exitCodesAndMessages_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutPart");
    QTest::addColumn<QString>("stderrPart");
    const QString data = QStringLiteral(ACTA_TEST_DATA);

    QTest::newRow("sample is valid") << QStringList {QStringLiteral("validate-election")} << 0
                                     << "2292 casillas in 3 districts: valid"
                                     << "";
    QTest::newRow("broken template") << QStringList {QStringLiteral("validate-election"), QStringLiteral("--template"),
                                                     data + QStringLiteral("/templates/bad-not-json.json")}
                                     << 1 << "casillas in 3 districts: valid"
                                     << "bad-not-json.json";
    QTest::newRow("broken catalog") << QStringList {QStringLiteral("validate-election"), QStringLiteral("--catalog"),
                                                    data + QStringLiteral("/catalog/duplicate_key.csv")}
                                    << 1 << ""
                                    << "duplicate_key.csv, line 4, column CLAVE_CASILLA";
    QTest::newRow("missing catalog") << QStringList {QStringLiteral("validate-election"), QStringLiteral("--catalog"),
                                                     QStringLiteral("/nonexistent/catalog.csv")}
                                     << 1 << ""
                                     << "/nonexistent/catalog.csv";
    QTest::newRow("unknown command") << QStringList {QStringLiteral("no-such-command")} << 2 << ""
                                     << "Unknown command: no-such-command";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("validate-election"), QStringLiteral("--bogus")} << 2
                                    << ""
                                    << "bogus";
    QTest::newRow("option without value")
        << QStringList {QStringLiteral("validate-election"), QStringLiteral("--template")} << 2 << ""
        << "template";
    QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0 << "validate-election"
                          << "";
}

void TestCli::exitCodesAndMessages()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stdoutPart);
    QFETCH(QString, stderrPart);
    const Run r = run(args, QStringLiteral("en"));
    QTEST(r.exitCode, "exitCode");
    QVERIFY2(r.out.contains(stdoutPart), qPrintable(r.out));
    QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
}

void TestCli::spanishIsTheDefaultLanguage()
{
    const Run r = run({QStringLiteral("no-such-command")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Comando desconocido")), qPrintable(r.err));
    const Run en = run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("no-such-command")});
    QVERIFY2(en.err.contains(QStringLiteral("Unknown command")), qPrintable(en.err));
}

void TestCli::versionPrintsTheVersion()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("actacapture 0.")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
