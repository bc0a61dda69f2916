#include "AuditLog.h"
#include "HotFolder.h"
#include "Sha256.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>

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
    void plantedReasonLinkIsNeverWrittenThrough();
    void linksInTheFolderAreNeverTaken();
    void linkedSubfolderIsRefused();
    void intakeFromTheHotFolder();

private:
    static QByteArray png(int seed);
    static void append(const QString &path, const QByteArray &bytes);
    static QByteArray contents(const QString &path);
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

QByteArray TestGuiHotFolder::contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read>");
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
    const Result<QString> moved = again.finish(again.leftovers().first(), false, QStringLiteral("why"));
    QVERIFY_OK(moved);
    QCOMPARE(*moved, again.rejectedFolder() + QStringLiteral("/a.png"));
    QVERIFY(again.leftovers().isEmpty());
    QCOMPARE(contents(again.rejectedFolder() + QStringLiteral("/a.png.reason.txt")), QByteArray("why\n"));
}

void TestGuiHotFolder::plantedReasonLinkIsNeverWrittenThrough()
{
    // Someone who can write to the hot folder plants links where the station will write: at the
    // reason file of the page about to be rejected, and (dangling) at the next free page name.
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    const QString outside = dir.filePath(QStringLiteral("outside.txt"));
    append(outside, "precious\n");
    const QString wouldBeCreated = dir.filePath(QStringLiteral("created-through-link"));
    const QString reasonLink = hot.rejectedFolder() + QStringLiteral("/a.png.reason.txt");
    QVERIFY(QFile::link(outside, reasonLink));
    QVERIFY(QFile::link(wouldBeCreated, hot.rejectedFolder() + QStringLiteral("/a-1.png")));

    const QByteArray bytes = png(5);
    append(hot.folder() + QStringLiteral("/a.png"), bytes);
    QVERIFY(hot.scan().isEmpty());
    const QStringList taken = hot.scan();
    QCOMPARE(taken.size(), 1);
    const Result<QString> moved = hot.finish(taken.first(), false, QStringLiteral("ilegible"));
    QVERIFY_OK(moved);

    // Nothing written through either link, and both left as they were.
    QCOMPARE(contents(outside), QByteArray("precious\n"));
    QVERIFY(!QFileInfo::exists(wouldBeCreated));
    QCOMPARE(QFileInfo(reasonLink).symLinkTarget(), QFileInfo(outside).absoluteFilePath());
    QVERIFY(QFileInfo(hot.rejectedFolder() + QStringLiteral("/a-1.png")).isSymLink());
    // Nothing lost, nothing silent: the page is kept under the next free name, its reason beside it.
    QCOMPARE(*moved, hot.rejectedFolder() + QStringLiteral("/a-2.png"));
    QCOMPARE(contents(*moved), bytes);
    QCOMPARE(contents(*moved + QStringLiteral(".reason.txt")), QByteArray("ilegible\n"));
    QVERIFY(hot.leftovers().isEmpty());

    // An ordinary file already there is not overwritten either (a page of the same name rejected
    // before): the next one gets a counter, so every rejected page keeps its own reason.
    append(hot.folder() + QStringLiteral("/b.png"), png(6));
    append(hot.rejectedFolder() + QStringLiteral("/b.png.reason.txt"), "earlier\n");
    hot.scan();
    const QStringList second = hot.scan();
    QCOMPARE(second.size(), 1);
    const Result<QString> again = hot.finish(second.first(), false, QStringLiteral("later"));
    QVERIFY_OK(again);
    QCOMPARE(*again, hot.rejectedFolder() + QStringLiteral("/b-1.png"));
    QCOMPARE(contents(hot.rejectedFolder() + QStringLiteral("/b.png.reason.txt")), QByteArray("earlier\n"));
    QCOMPARE(contents(*again + QStringLiteral(".reason.txt")), QByteArray("later\n"));
}

void TestGuiHotFolder::linksInTheFolderAreNeverTaken()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    const QString outside = dir.filePath(QStringLiteral("secret.png"));
    append(outside, png(7));
    QVERIFY(QFile::link(outside, hot.folder() + QStringLiteral("/link.png")));
    for (int i = 0; i < 4; ++i)
        QVERIFY(hot.scan().isEmpty());
    QVERIFY(QFileInfo(hot.folder() + QStringLiteral("/link.png")).isSymLink());
    QCOMPARE(contents(outside), png(7));
    // Nor is a link someone put straight into processing/ offered as a leftover.
    QVERIFY(QFile::link(outside, hot.processingFolder() + QStringLiteral("/left.png")));
    QVERIFY(hot.leftovers().isEmpty());
}

void TestGuiHotFolder::linkedSubfolderIsRefused()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    append(hot.folder() + QStringLiteral("/c.png"), png(8));
    hot.scan();
    const QStringList taken = hot.scan();
    QCOMPARE(taken.size(), 1);
    // rejected/ replaced by a link to a folder elsewhere: refused, with the reason; the page stays
    // in processing/ and is offered again.
    const QString elsewhere = dir.filePath(QStringLiteral("elsewhere"));
    QVERIFY(QDir().mkpath(elsewhere));
    QVERIFY(QDir(hot.rejectedFolder()).removeRecursively());
    QVERIFY(QFile::link(elsewhere, hot.rejectedFolder()));
    const Result<QString> moved = hot.finish(taken.first(), false, QStringLiteral("why"));
    QVERIFY_FAILS_WITH(moved, ErrorCode::Integrity);
    QVERIFY_MESSAGE_NAMES(moved, QStringLiteral("rejected"));
    QVERIFY(QDir(elsewhere).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    QCOMPARE(hot.leftovers(), taken);
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
    // A link planted where the junk page's reason will go: written around, never through.
    const QString outside = f.dir.filePath(QStringLiteral("outside.txt"));
    append(outside, "precious\n");
    QVERIFY(QFile::link(outside, hot->rejectedFolder() + QStringLiteral("/junk.png.reason.txt")));
    auto [generated, page] = f.writeActa(57);
    QVERIFY(QFile::rename(generated, hot->folder() + QStringLiteral("/") + QFileInfo(generated).fileName()));
    // Complete by its trailer, but no image: rejected, and kept with the reason.
    QByteArray junk = png(9).left(8) + QByteArray("not really a png at all");
    junk += png(9).right(12);
    append(hot->folder() + QStringLiteral("/junk.png"), junk);
    // The hot folder's pages are stored as chosen at the intake view: here, photographs at the CATD
    // of the council's copy.
    auto *kind = w.intakeView()->findChild<QComboBox *>(QStringLiteral("intakeKind"));
    auto *document = w.intakeView()->findChild<QComboBox *>(QStringLiteral("documentType"));
    QVERIFY(kind && document);
    kind->setCurrentIndex(kind->findData(int(Digitization::Kind::CatdPhoto)));
    document->setCurrentIndex(document->findData(QStringLiteral("Acta Consejo")));
    QSignalSpy done(w.intakeView(), &IntakeView::batchFinished);
    QVERIFY(hot->scan().isEmpty());
    QCOMPARE(hot->scan().size(), 2);
    QVERIFY(done.wait(180000));
    QTRY_VERIFY_WITH_TIMEOUT(!w.intakeView()->busy(), 180000);
    QCOMPARE(w.session()->actas().find(page.acta.toString())->state, ActaWorkflow::State::Digitized);
    QCOMPARE(
        w.session()->actas().images().latest(page.acta.toString())->value().digitization,
        std::optional<Digitization>(Digitization::of(Digitization::Kind::CatdPhoto, QStringLiteral("Acta Consejo"))));
    QCOMPARE(QDir(hot->processedFolder()).entryList(QDir::Files), QStringList {QFileInfo(generated).fileName()});
    QCOMPARE(contents(outside), QByteArray("precious\n"));
    QVERIFY(QFile::exists(hot->rejectedFolder() + QStringLiteral("/junk-1.png")));
    QFile reason(hot->rejectedFolder() + QStringLiteral("/junk-1.png.reason.txt"));
    QVERIFY(reason.open(QIODevice::ReadOnly));
    QVERIFY(!reason.readAll().trimmed().isEmpty());
    // And the operator saw it rejected, with its reason.
    auto *table = w.intakeView()->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    QVERIFY(table);
    bool reported = false;
    for (int r = 0; r < table->rowCount(); ++r)
        reported = reported
            || (table->item(r, IntakeView::FileColumn)->text().contains(QLatin1String("junk"))
                && !table->item(r, IntakeView::ReasonColumn)->text().isEmpty());
    QVERIFY(reported);
    // The rejected page left its trace in the audit log, the stored one none.
    Result<QList<AuditLog::Entry>> audit = AuditLog::entries(w.session()->station().database());
    QVERIFY_OK(audit);
    QList<QJsonObject> refused;
    for (const AuditLog::Entry &e : *audit)
        if (e.action == QLatin1String(AuditAction::PageRefused)) {
            refused << QJsonDocument::fromJson(e.details.toUtf8()).object();
            QVERIFY(!e.actaId);
            QCOMPARE(e.userId, std::optional<qint64>(w.session()->user()->id));
        }
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.first().value(QStringLiteral("file")).toString().startsWith(QLatin1String("junk")));
    QCOMPARE(refused.first().value(QStringLiteral("reason")).toString(), QStringLiteral("quality"));
    QCOMPARE(refused.first().value(QStringLiteral("sha256")).toString(), sha256Hex(junk));
    QVERIFY(!refused.first().value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(QDir(hot->processingFolder()).entryList(QDir::Files).isEmpty());
    QVERIFY(hot->scan().isEmpty());
}

QTEST_MAIN(TestGuiHotFolder)
#include "tst_gui_hotfolder.moc"
