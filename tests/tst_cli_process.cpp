#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `actacapture process` and `generate-pages`, end to end on the real binary: the acceptance
// folder of good pages, a PDF renamed .png, a truncated JPEG, a 40,000 x 40,000 PNG and a
// page of another form. Every file gets a result and the batch finishes.
class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void acceptanceFolder();
    void acceptanceFolderAsJson();
    void allGoodExitsZero();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_folder;
};

TestCliProcess::Run TestCliProcess::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTA_BINARY), args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCliProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(QStringLiteral("scans"));
    QVERIFY(QDir().mkpath(m_folder));
    const QString pages = QStringLiteral(ACTA_TEST_DATA "/pages/");
    QVERIFY(QFile::copy(pages + QStringLiteral("acta-210463C010002-160dpi.jpg"),
                        m_folder + QStringLiteral("/01-good.jpg")));
    QVERIFY(QFile::copy(pages + QStringLiteral("acta-210593C030002-upside-down.jpg"),
                        m_folder + QStringLiteral("/02-good-upside-down.jpg")));
    // A PDF someone renamed to .png.
    const Run pdf = run({QStringLiteral("render-form"), QStringLiteral("--acta"), QStringLiteral("210101B010002"),
                         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("form.pdf"))});
    QCOMPARE(pdf.exitCode, 0);
    QVERIFY(
        QFile::rename(m_dir.filePath(QStringLiteral("form.pdf")), m_folder + QStringLiteral("/03-pdf-renamed.png")));
    // A JPEG cut short in transfer.
    QFile good(pages + QStringLiteral("acta-210649B010002-199dpi.jpg"));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    QFile truncated(m_folder + QStringLiteral("/04-truncated.jpg"));
    QVERIFY(truncated.open(QIODevice::WriteOnly));
    truncated.write(bytes.left(bytes.size() * 3 / 5));
    truncated.close();
    QVERIFY(QFile::copy(pages + QStringLiteral("bomb-40000x40000.png"), m_folder + QStringLiteral("/05-huge.png")));
    // A page of another form, from the generator.
    const Run other
        = run({QStringLiteral("generate-pages"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("other")),
               QStringLiteral("--count"), QStringLiteral("1"), QStringLiteral("--bad"), QStringLiteral("other_form"),
               QStringLiteral("--other-template"), QStringLiteral(ACTA_TEST_DATA "/templates/valid-minimal.json")});
    QCOMPARE(other.exitCode, 0);
    const QStringList made = QDir(m_dir.filePath(QStringLiteral("other"))).entryList({QStringLiteral("page-0001.*g")});
    QCOMPARE(made.size(), 1);
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("other/")) + made.first(),
                        m_folder + QStringLiteral("/06-other-form.") + QFileInfo(made.first()).suffix()));
}

void TestCliProcess::acceptanceFolder()
{
    const Run r = run({QStringLiteral("process"), m_folder});
    QCOMPARE(r.exitCode, 1); // some pages rejected
    const QString &o = r.out;
    QVERIFY2(o.contains(QLatin1String("01-good.jpg: accepted")), qPrintable(o));
    QVERIFY(o.contains(QLatin1String("Acta: 210463C010002 (QR code)")));
    QVERIFY(o.contains(QLatin1String("02-good-upside-down.jpg: accepted")));
    QVERIFY(o.contains(QLatin1String("page was upside down")));
    QVERIFY(o.contains(QLatin1String("03-pdf-renamed.png: REJECTED")));
    QVERIFY(o.contains(QLatin1String("it is a PDF document, not a PNG, JPEG or TIFF image")));
    QVERIFY(o.contains(QLatin1String("04-truncated.jpg: REJECTED")));
    QVERIFY(o.contains(QLatin1String("the JPEG file is incomplete")));
    QVERIFY(o.contains(QLatin1String("05-huge.png: REJECTED")));
    QVERIFY(o.contains(QLatin1String("40000 x 40000 pixels")));
    QVERIFY(o.contains(QLatin1String("06-other-form.")));
    QVERIFY(o.contains(QLatin1String("[wrong_form]")));
    QVERIFY2(r.err.contains(QLatin1String("6 pages processed, 4 rejected.")), qPrintable(r.err));
}

void TestCliProcess::acceptanceFolderAsJson()
{
    const Run r = run({QStringLiteral("process"), QStringLiteral("--json"), m_folder});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    const QStringList expected {QString(),
                                QString(),
                                QStringLiteral("unreadable"),
                                QStringLiteral("unreadable"),
                                QStringLiteral("too_large"),
                                QStringLiteral("wrong_form")};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("accepted")).toBool(), expected[i].isEmpty());
        QCOMPARE(o.value(QStringLiteral("sha256")).toString().size(), 64);
        if (!expected[i].isEmpty())
            QCOMPARE(o.value(QStringLiteral("problems"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("code"))
                         .toString(),
                     expected[i]);
        else
            // The fields on the acta's ballot: 15 to 20 of the sample's, by district.
            QVERIFY(o.value(QStringLiteral("fields")).toArray().size() >= 15
                    && o.value(QStringLiteral("fields")).toArray().size() <= 20);
    }
}

void TestCliProcess::allGoodExitsZero()
{
    const Run r = run({QStringLiteral("process"), m_folder + QStringLiteral("/01-good.jpg")});
    QCOMPARE(r.exitCode, 0);
}

void TestCliProcess::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("no files") << QStringList {QStringLiteral("process")} << "Name at least one scanned page";
    QTest::newRow("unknown option") << QStringList {QStringLiteral("process"), QStringLiteral("--jsn"),
                                                    QStringLiteral("x")}
                                    << "jsn";
    QTest::newRow("generate without out") << QStringList {QStringLiteral("generate-pages")} << "--out";
    QTest::newRow("bad level") << QStringList {QStringLiteral("generate-pages"), QStringLiteral("--out"),
                                               QStringLiteral("/tmp/x"), QStringLiteral("--level"),
                                               QStringLiteral("awful")}
                               << "awful";
}

void TestCliProcess::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(says), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cli_process.moc"
