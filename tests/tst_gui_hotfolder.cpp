#include "HotFolder.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSet>
#include <QStandardPaths>

using namespace acta;
using namespace acta::gui;

// The scanner's hot folder: files are taken only once complete, never twice, moved to
// processed/ or kept in rejected/ with their reason.
class TestGuiHotFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void slowlyWrittenFileIsTakenOnceWhenComplete();
    void truncatedJpegIsNeverTaken();
    void hundredFilesAreEachTakenExactlyOnce();
    void leftoversOfACrashAreOffered();
    void intakeFromTheHotFolder();

private:
    static QByteArray png(int seed);
    static void append(const QString &path, const QByteArray &bytes);
    std::optional<Election> m_sample;
};

void TestGuiHotFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
}

QByteArray TestGuiHotFolder::png(int seed)
{
    QImage image(64, 48, QImage::Format_Grayscale8);
    image.fill(seed % 256);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

void TestGuiHotFolder::append(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::Append) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void TestGuiHotFolder::slowlyWrittenFileIsTakenOnceWhenComplete()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    QSignalSpy taken(&hot, &HotFolder::filesTaken);
    const QByteArray bytes = png(1);
    const QString path = hot.folder() + QStringLiteral("/scan.png");
    const qsizetype chunk = bytes.size() / 4 + 1;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        append(path, bytes.mid(at, chunk));
        // The writer pauses: several scans see the same, incomplete file.
        QVERIFY(hot.scan().isEmpty());
        QVERIFY(hot.scan().isEmpty() || at + chunk >= bytes.size());
    }
    QFile::remove(hot.processingFolder() + QStringLiteral("/scan.png"));
    taken.clear();

    // Again, checking precisely when it is taken.
    const QString second = hot.folder() + QStringLiteral("/scan2.png");
    append(second, bytes.left(bytes.size() - 20));
    QVERIFY(hot.scan().isEmpty());
    QVERIFY(hot.scan().isEmpty()); // stable but its PNG trailer is missing
    append(second, bytes.right(20));
    QVERIFY(hot.scan().isEmpty()); // just changed
    const QStringList got = hot.scan();
    QCOMPARE(got.size(), 1);
    QCOMPARE(QFileInfo(got.first()).fileName(), QStringLiteral("scan2.png"));
    QVERIFY(!QFile::exists(second));
    QFile f(got.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
    for (int i = 0; i < 3; ++i)
        QVERIFY(hot.scan().isEmpty());
    QCOMPARE(taken.size(), 1);
}

void TestGuiHotFolder::truncatedJpegIsNeverTaken()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    append(hot.folder() + QStringLiteral("/cut.jpg"), jpeg.left(jpeg.size() - 2));
    for (int i = 0; i < 4; ++i)
        QVERIFY(hot.scan().isEmpty());
    append(hot.folder() + QStringLiteral("/cut.jpg"), jpeg.right(2));
    QVERIFY(hot.scan().isEmpty());
    QCOMPARE(hot.scan().size(), 1);
}

void TestGuiHotFolder::hundredFilesAreEachTakenExactlyOnce()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    for (int i = 0; i < 100; ++i)
        append(hot.folder() + QStringLiteral("/page-%1.png").arg(i, 3, 10, QLatin1Char('0')), png(i));
    QStringList all;
    for (int i = 0; i < 5; ++i)
        all += hot.scan();
    QCOMPARE(all.size(), 100);
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 100);
    QCOMPARE(QDir(hot.processingFolder()).entryList(QDir::Files).size(), 100);
    QCOMPARE(QDir(hot.folder()).entryList(QDir::Files).size(), 0);
}

void TestGuiHotFolder::leftoversOfACrashAreOffered()
{
    QTemporaryDir dir;
    {
        HotFolder hot(dir.filePath(QStringLiteral("hot")));
        hot.setQuietMs(0);
        append(hot.folder() + QStringLiteral("/a.png"), png(3));
        hot.scan();
        QCOMPARE(hot.scan().size(), 1);
    } // the station stops before intake finished
    HotFolder again(dir.filePath(QStringLiteral("hot")));
    QCOMPARE(again.leftovers().size(), 1);
    again.finish(again.leftovers().first(), false, QStringLiteral("why"));
    QVERIFY(again.leftovers().isEmpty());
    QVERIFY(QFile::exists(again.rejectedFolder() + QStringLiteral("/a.png.reason.txt")));
}

void TestGuiHotFolder::intakeFromTheHotFolder()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capturista1"));
    HotFolder *hot = w.hotFolder();
    QVERIFY(hot);
    QCOMPARE(hot->folder(), f.env.hotFolder);
    auto [generated, page] = f.writeActa(57);
    QVERIFY(QFile::rename(generated, hot->folder() + QStringLiteral("/") + QFileInfo(generated).fileName()));
    // Complete by its trailer, but no image: rejected, and kept with the reason.
    QByteArray junk = png(9).left(8) + QByteArray("not really a png at all");
    junk += png(9).right(12);
    append(hot->folder() + QStringLiteral("/junk.png"), junk);
    QSignalSpy done(w.intakeView(), &IntakeView::batchFinished);
    QVERIFY(hot->scan().isEmpty());
    QCOMPARE(hot->scan().size(), 2);
    QVERIFY(done.wait(180000));
    QTRY_VERIFY_WITH_TIMEOUT(!w.intakeView()->busy(), 180000);
    QCOMPARE(w.session()->actas().find(page.acta.toString())->state, ActaWorkflow::State::Digitized);
    QCOMPARE(QDir(hot->processedFolder()).entryList(QDir::Files), QStringList {QFileInfo(generated).fileName()});
    QVERIFY(QFile::exists(hot->rejectedFolder() + QStringLiteral("/junk.png")));
    QFile reason(hot->rejectedFolder() + QStringLiteral("/junk.png.reason.txt"));
    QVERIFY(reason.open(QIODevice::ReadOnly));
    QVERIFY(!reason.readAll().trimmed().isEmpty());
    QVERIFY(QDir(hot->processingFolder()).entryList(QDir::Files).isEmpty());
    QVERIFY(hot->scan().isEmpty());
}

QTEST_MAIN(TestGuiHotFolder)
#include "tst_gui_hotfolder.moc"
