// The software fingerprint (SoftwareFingerprint): which files of an install tree it takes, its
// sha256sum-compatible format and combined digest, and what --verify reports: one changed byte in
// any file, a missing and an extra file; malformed references refused with the line.
#include "SoftwareFingerprint.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace acta;

class TestFingerprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void takesActaCapturesFilesOnly();
    void combinedIsTheDigestOfTheFileLines();
    void coreutilsChecksTheSameFile();
    void oneChangedByteNamesThatFile_data();
    void oneChangedByteNamesThatFile();
    void missingAndExtraAreNamed();
    void sameSoftwareElsewhereHasTheSameDigest();
    void malformedReferencesAreRefused_data();
    void malformedReferencesAreRefused();
    void namesItCannotHoldFail();
    void specialFilesFail();

private:
    QString makeTree(const QString &name);
    static void write(const QString &path, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestFingerprint::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

// An install tree with ActaCapture's files and some of other programs beside them.
QString TestFingerprint::makeTree(const QString &name)
{
    const QString root = m_dir.filePath(name);
    QDir(root).removeRecursively();
    write(root + QStringLiteral("/bin/actacapture"), QByteArray(5000, 'a'));
    write(root + QStringLiteral("/bin/actahub"), QByteArray(3000, 'h'));
    write(root + QStringLiteral("/bin/ls"), "not ours");
    write(root + QStringLiteral("/share/actacapture/models/digits.onnx"), "model");
    write(root + QStringLiteral("/share/actacapture/fingerprint.reference"), "# the build's own, left out\n");
    write(root + QStringLiteral("/share/applications/org.actacapture.ActaCapture.desktop"), "[Desktop Entry]\n");
    write(root + QStringLiteral("/share/applications/other.desktop"), "not ours");
    write(root + QStringLiteral("/share/metainfo/org.actacapture.ActaCapture.metainfo.xml"), "<component/>");
    write(root + QStringLiteral("/share/doc/actacapture/certification.md"), "# doc");
    write(root + QStringLiteral("/lib/actacapture/plugins/libx.so"), "plugin");
    write(root + QStringLiteral("/lib/libqt.so"), "not ours");
    return root;
}

void TestFingerprint::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestFingerprint::takesActaCapturesFilesOnly()
{
    Result<SoftwareFingerprint> f = SoftwareFingerprint::compute(makeTree(QStringLiteral("t1")));
    QVERIFY2(f, qPrintable(f.error()));
    QStringList paths;
    for (const SoftwareFingerprint::File &file : f->files())
        paths << file.path;
    QCOMPARE(paths,
             (QStringList {QStringLiteral("bin/actacapture"), QStringLiteral("bin/actahub"),
                           QStringLiteral("lib/actacapture/plugins/libx.so"),
                           QStringLiteral("share/actacapture/models/digits.onnx"),
                           QStringLiteral("share/applications/org.actacapture.ActaCapture.desktop"),
                           QStringLiteral("share/doc/actacapture/certification.md"),
                           QStringLiteral("share/metainfo/org.actacapture.ActaCapture.metainfo.xml")}));
    QCOMPARE(f->files().first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(QByteArray(5000, 'a'), QCryptographicHash::Sha256).toHex()));
}

void TestFingerprint::combinedIsTheDigestOfTheFileLines()
{
    Result<SoftwareFingerprint> f = SoftwareFingerprint::compute(makeTree(QStringLiteral("t2")));
    QVERIFY2(f, qPrintable(f.error()));
    const QByteArray text = f->text(QStringLiteral("/somewhere"));
    QByteArray lines;
    for (const QByteArray &line : text.split('\n'))
        if (!line.isEmpty() && !line.startsWith('#'))
            lines += line + '\n';
    QCOMPARE(f->combined(), QString::fromLatin1(QCryptographicHash::hash(lines, QCryptographicHash::Sha256).toHex()));
    QVERIFY(text.contains(QByteArray("# combined: " + f->combined().toLatin1() + '\n')));
    Result<SoftwareFingerprint> back = SoftwareFingerprint::parse(text, QStringLiteral("ref"));
    QVERIFY2(back, qPrintable(back.error()));
    QCOMPARE(back->files(), f->files());
    QVERIFY(back->compareTo(*f).isEmpty());
}

void TestFingerprint::coreutilsChecksTheSameFile()
{
    const QString root = makeTree(QStringLiteral("t3"));
    Result<SoftwareFingerprint> f = SoftwareFingerprint::compute(root);
    QVERIFY2(f, qPrintable(f.error()));
    const QString reference = m_dir.filePath(QStringLiteral("t3.ref"));
    write(reference, f->text(root));
    QProcess sh;
    sh.setWorkingDirectory(root);
    sh.start(QStringLiteral("sh"),
             {QStringLiteral("-c"),
              QStringLiteral("grep -v '^#' '%1' | sha256sum -c --strict "
                             "--quiet && grep -v '^#' '%1' | sha256sum")
                  .arg(reference)});
    QVERIFY(sh.waitForFinished());
    QCOMPARE(sh.exitCode(), 0);
    QCOMPARE(QString::fromLatin1(sh.readAllStandardOutput()).left(64), f->combined());
}

void TestFingerprint::oneChangedByteNamesThatFile_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path :
         {"bin/actacapture", "bin/actahub", "lib/actacapture/plugins/libx.so", "share/actacapture/models/digits.onnx",
          "share/applications/org.actacapture.ActaCapture.desktop", "share/doc/actacapture/certification.md",
          "share/metainfo/org.actacapture.ActaCapture.metainfo.xml"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestFingerprint::oneChangedByteNamesThatFile()
{
    QFETCH(QString, path);
    const QString root = makeTree(QStringLiteral("t4"));
    Result<SoftwareFingerprint> before = SoftwareFingerprint::compute(root);
    QVERIFY2(before, qPrintable(before.error()));
    QFile f(QDir(root).filePath(path));
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    Result<SoftwareFingerprint> after = SoftwareFingerprint::compute(root);
    QVERIFY2(after, qPrintable(after.error()));
    QVERIFY(after->combined() != before->combined());
    const QList<SoftwareFingerprint::Difference> d = after->compareTo(*before);
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().change, SoftwareFingerprint::Change::Differs);
    QCOMPARE(d.first().path, path);
    QVERIFY(SoftwareFingerprint::describe(d.first()).contains(path));
}

void TestFingerprint::missingAndExtraAreNamed()
{
    const QString root = makeTree(QStringLiteral("t5"));
    Result<SoftwareFingerprint> before = SoftwareFingerprint::compute(root);
    QVERIFY2(before, qPrintable(before.error()));
    QVERIFY(QFile::remove(root + QStringLiteral("/share/actacapture/models/digits.onnx")));
    write(root + QStringLiteral("/share/actacapture/models/trojan.onnx"), "other model");
    write(root + QStringLiteral("/bin/actacapture.orig"), "an extra program");
    Result<SoftwareFingerprint> after = SoftwareFingerprint::compute(root);
    QVERIFY2(after, qPrintable(after.error()));
    const QList<SoftwareFingerprint::Difference> d = after->compareTo(*before);
    QCOMPARE(d.size(), 3);
    QCOMPARE(d[0].path, QStringLiteral("bin/actacapture.orig"));
    QCOMPARE(d[0].change, SoftwareFingerprint::Change::Extra);
    QCOMPARE(d[1].path, QStringLiteral("share/actacapture/models/digits.onnx"));
    QCOMPARE(d[1].change, SoftwareFingerprint::Change::Missing);
    QCOMPARE(d[2].path, QStringLiteral("share/actacapture/models/trojan.onnx"));
    QCOMPARE(d[2].change, SoftwareFingerprint::Change::Extra);
}

void TestFingerprint::sameSoftwareElsewhereHasTheSameDigest()
{
    Result<SoftwareFingerprint> a = SoftwareFingerprint::compute(makeTree(QStringLiteral("here")));
    Result<SoftwareFingerprint> b = SoftwareFingerprint::compute(makeTree(QStringLiteral("there")));
    QVERIFY(a && b);
    QCOMPARE(a->combined(), b->combined());
}

void TestFingerprint::malformedReferencesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("messagePart");
    const QByteArray hex(64, 'a');
    QTest::newRow("empty") << QByteArray() << "lists no file";
    QTest::newRow("comments only") << QByteArray("# nothing\n") << "lists no file";
    QTest::newRow("short digest") << QByteArray("abc  bin/actacapture\n") << "line 1";
    QTest::newRow("uppercase digest") << QByteArray(QByteArray(64, 'A') + "  bin/actacapture\n") << "line 1";
    QTest::newRow("binary marker") << QByteArray(hex + " *bin/actacapture\n") << "line 1";
    QTest::newRow("one space") << QByteArray(hex + " bin/actacapture\n") << "line 1";
    QTest::newRow("not hex") << QByteArray(QByteArray(64, 'g') + "  bin/x\n") << "line 1";
    QTest::newRow("no name") << QByteArray(hex + "  \n") << "line 1";
    QTest::newRow("absolute") << QByteArray("# c\n" + hex + "  /usr/bin/actacapture\n") << "line 2";
    QTest::newRow("leaves the tree") << QByteArray(hex + "  share/../../etc/passwd\n") << "stay in it";
    QTest::newRow("twice") << QByteArray(hex + "  bin/a\n" + hex + "  bin/a\n") << "listed twice";
    QTest::newRow("cut off") << QByteArray(hex + "  bin/a") << "line feed";
    QTest::newRow("edited combined") << QByteArray("# combined: " + QByteArray(64, '0') + "\n" + hex + "  bin/a\n")
                                     << "was edited";
    QTest::newRow("too large") << QByteArray(SoftwareFingerprint::MaxReferenceSize + 1, '#') << "larger";
}

void TestFingerprint::malformedReferencesAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, messagePart);
    Result<SoftwareFingerprint> f = SoftwareFingerprint::parse(text, QStringLiteral("referencia.txt"));
    QVERIFY(!f);
    QVERIFY2(f.error().contains(messagePart), qPrintable(f.error()));
}

void TestFingerprint::namesItCannotHoldFail()
{
    const QString root = makeTree(QStringLiteral("t6"));
    write(root + QStringLiteral("/share/actacapture/evil\nname"), "x");
    Result<SoftwareFingerprint> f = SoftwareFingerprint::compute(root);
    QVERIFY(!f);
    QVERIFY2(f.error().contains(QStringLiteral("line break")), qPrintable(f.error()));
}

void TestFingerprint::specialFilesFail()
{
    const QString root = makeTree(QStringLiteral("t7"));
    QVERIFY(QFile::link(QStringLiteral("/etc"), root + QStringLiteral("/share/actacapture/etc")));
    Result<SoftwareFingerprint> f = SoftwareFingerprint::compute(root);
    QVERIFY(!f);
    QVERIFY2(f.error().contains(QStringLiteral("share/actacapture/etc")), qPrintable(f.error()));
    QVERIFY(QFile::remove(root + QStringLiteral("/share/actacapture/etc")));
    const QByteArray fifo = QFile::encodeName(root + QStringLiteral("/share/actacapture/pipe"));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    f = SoftwareFingerprint::compute(root);
    QVERIFY(!f);
    QVERIFY2(f.error().contains(QStringLiteral("share/actacapture/pipe")), qPrintable(f.error()));
}

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
