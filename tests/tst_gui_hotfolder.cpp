#include "AuditLog.h"
#include "HotFolder.h"
#include "Language.h"
#include "MessageLabel.h"
#include "Sha256.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTableWidget>

#include <opencv2/imgcodecs.hpp>

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
    void growingFileIsNeverTaken();
    void truncatedFileIsTakenOnceQuiet();
    void hundredFilesAreEachTakenExactlyOnce();
    void leftoversOfACrashAreOffered();
    void plantedReasonLinkIsNeverWrittenThrough();
    void linksInTheFolderAreNeverTaken();
    void linkedSubfolderIsRefused();
    void intakeFromTheHotFolder();
    void truncatedScansAreRefusedKeptAndNamed();
    void listBelongsToWhoeverIsLoggedIn();
    void intakeRetranslatesWhatIsShown();
    void intakeUsableOnSmallScreens_data();
    void intakeUsableOnSmallScreens();

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
    hot.setQuietMs(1000);
    hot.setIncompleteMs(1000);
    QSignalSpy taken(&hot, &HotFolder::filesTaken);
    const QByteArray bytes = png(1);
    const QString path = hot.folder() + QStringLiteral("/scan.png");
    const qsizetype chunk = bytes.size() / 4 + 1;
    for (qsizetype at = 0; at < bytes.size(); at += chunk) {
        append(path, bytes.mid(at, chunk));
        // Written moments ago: several scans see it, none takes it.
        QVERIFY(hot.scan().isEmpty());
        QVERIFY(hot.scan().isEmpty());
    }
    QVERIFY(taken.isEmpty());
    QTest::qWait(1100); // quiet now
    const QStringList got = hot.scan();
    QCOMPARE(got.size(), 1);
    QCOMPARE(QFileInfo(got.first()).fileName(), QStringLiteral("scan.png"));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(contents(got.first()), bytes);
    for (int i = 0; i < 3; ++i)
        QVERIFY(hot.scan().isEmpty());
    QCOMPARE(taken.size(), 1);
}

// A writer that keeps adding to the file: it changes between every two scans, and is never taken,
// complete-looking or not, whatever the quiet time.
void TestGuiHotFolder::growingFileIsNeverTaken()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    hot.setIncompleteMs(0);
    const QByteArray bytes = png(2);
    const QString path = hot.folder() + QStringLiteral("/growing.png");
    for (int i = 0; i < 12; ++i) {
        append(path, i % 2 ? bytes.right(12) : bytes.left(40)); // every other time it ends with IEND
        QVERIFY2(hot.scan().isEmpty(), qPrintable(QString::number(i)));
    }
    QVERIFY(QFile::exists(path));
    QVERIFY(hot.leftovers().isEmpty());
}

// Cut short and never finished: once quiet for the quiet time it is taken all the same (intake
// refuses it with the reason, and it is kept in rejected/); before that it waits.
void TestGuiHotFolder::truncatedFileIsTakenOnceQuiet()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(100);
    hot.setIncompleteMs(300); // a scanner pausing mid-page gets the longer wait
    QImage image(40, 40, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    const QByteArray cut = jpeg.left(jpeg.size() / 2);
    append(hot.folder() + QStringLiteral("/cut.jpg"), cut);
    QVERIFY(hot.scan().isEmpty());
    QVERIFY(hot.scan().isEmpty()); // written moments ago
    QTest::qWait(150);
    QVERIFY(hot.scan().isEmpty()); // quiet long enough for a complete file, not for a cut one
    QTest::qWait(200);
    const QStringList taken = hot.scan();
    QCOMPARE(taken, QStringList {hot.processingFolder() + QStringLiteral("/cut.jpg")});
    QCOMPARE(contents(taken.first()), cut); // byte for byte, nothing lost
    const Result<QString> moved = hot.finish(taken.first(), false, QStringLiteral("the JPEG file is incomplete"));
    QVERIFY_OK(moved);
    QCOMPARE(*moved, hot.rejectedFolder() + QStringLiteral("/cut.jpg"));
    QCOMPARE(contents(*moved), cut);
    QCOMPARE(contents(*moved + QStringLiteral(".reason.txt")), QByteArray("the JPEG file is incomplete\n"));
}

void TestGuiHotFolder::hundredFilesAreEachTakenExactlyOnce()
{
    QTemporaryDir dir;
    HotFolder hot(dir.filePath(QStringLiteral("hot")));
    hot.setQuietMs(0);
    hot.setIncompleteMs(0);
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
        hot.setIncompleteMs(0);
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
    hot.setIncompleteMs(0);
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
    hot.setIncompleteMs(0);
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
    hot.setIncompleteMs(0);
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

// The test first asked what happens to a scan cut short in the hot folder: a PNG or JPEG without
// its trailer was never taken and waited there, unseen. Now: once quiet it is taken, intake
// refuses it naming the file and why, counts it, traces it, the hot folder keeps it in rejected/
// with the reason, and the other files go on.
void TestGuiHotFolder::truncatedScansAreRefusedKeptAndNamed()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capturista1"));
    HotFolder *hot = w.hotFolder();
    auto [generated, page] = f.writeActa(58);
    const QString good = QFileInfo(generated).fileName();
    QVERIFY(QFile::rename(generated, hot->folder() + QLatin1Char('/') + good));
    // Real scans, cut at half their bytes.
    const cv::Mat gray
        = cv::imdecode(cv::Mat(1, int(page.bytes.size()), CV_8UC1, page.bytes.data()), cv::IMREAD_GRAYSCALE);
    QVERIFY(!gray.empty());
    QHash<QString, QByteArray> cut;
    for (const char *ext : {".png", ".jpg", ".tif"}) {
        std::vector<uchar> bytes;
        QVERIFY(cv::imencode(ext, gray, bytes));
        const QByteArray whole(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
        const QString name = QStringLiteral("cut") + QLatin1String(ext);
        cut.insert(name, whole.left(whole.size() / 2));
        append(hot->folder() + QLatin1Char('/') + name, cut.value(name));
    }
    QSignalSpy done(w.intakeView(), &IntakeView::batchFinished);
    QVERIFY(hot->scan().isEmpty()); // first seen
    QCOMPARE(hot->scan().size(), 4); // quiet (the fixture's quiet time is 0)
    QVERIFY(done.wait(180000));
    QTRY_VERIFY_WITH_TIMEOUT(!w.intakeView()->busy(), 180000);

    // Nothing left waiting, nothing lost: the good page stored, each cut one kept with its reason.
    QCOMPARE(w.session()->actas().find(page.acta.toString())->state, ActaWorkflow::State::Digitized);
    QVERIFY(QDir(hot->folder()).entryList(QDir::Files).isEmpty());
    QVERIFY(QDir(hot->processingFolder()).entryList(QDir::Files).isEmpty());
    QCOMPARE(QDir(hot->processedFolder()).entryList(QDir::Files), QStringList {good});
    for (auto it = cut.cbegin(); it != cut.cend(); ++it) {
        const QString kept = hot->rejectedFolder() + QLatin1Char('/') + it.key();
        QCOMPARE(contents(kept), it.value());
        const QByteArray reason = contents(kept + QStringLiteral(".reason.txt"));
        QVERIFY2(!reason.trimmed().isEmpty() && reason != "<cannot read>", qPrintable(it.key()));
        if (!it.key().endsWith(QLatin1String(".tif")))
            QVERIFY2(reason.contains("incomplete"), reason.constData());
    }

    // The operator sees each one, named, with why and where it is kept; counted as not stored.
    auto *table = w.intakeView()->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    QCOMPARE(table->rowCount(), 4);
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString file = table->item(r, IntakeView::FileColumn)->text();
        const QString why = table->item(r, IntakeView::ReasonColumn)->text();
        if (file == good) {
            QCOMPARE(table->item(r, IntakeView::VerdictColumn)->text(), QStringLiteral("Accepted"));
            continue;
        }
        QVERIFY(cut.contains(file));
        QCOMPARE(table->item(r, IntakeView::VerdictColumn)->text(), QStringLiteral("Rejected"));
        // PNG and JPEG end with a trailer; a TIFF cut at half has lost its directory (at its end).
        QVERIFY2(why.contains(file)
                     && why.contains(file.endsWith(QLatin1String(".tif")) ? QLatin1String("TIFF")
                                                                          : QLatin1String("incomplete")),
                 qPrintable(why));
        QVERIFY2(why.contains(QDir::toNativeSeparators(hot->rejectedFolder())), qPrintable(why));
    }
    const QString summary = w.intakeView()->summary();
    QCOMPARE(w.intakeView()->summaryKind(), MessageLabel::Kind::Error);
    QVERIFY2(summary.startsWith(QLatin1String("1 page(s) accepted, 3 not.")), qPrintable(summary));
    for (const QString &name : cut.keys())
        QVERIFY2(summary.contains(name), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("incomplete")), qPrintable(summary));

    Result<QList<AuditLog::Entry>> audit = AuditLog::entries(w.session()->station().database());
    QVERIFY_OK(audit);
    QSet<QString> traced;
    for (const AuditLog::Entry &e : *audit)
        if (e.action == QLatin1String(AuditAction::PageRefused))
            traced << QJsonDocument::fromJson(e.details.toUtf8()).object().value(QStringLiteral("file")).toString();
    QCOMPARE(traced, QSet<QString>(cut.keyBegin(), cut.keyEnd()));
}

// After another person logs in, the list and the batch summary of the previous one are gone; the
// same person back after a lock finds them; a page waiting for its typed identity stays listed.
void TestGuiHotFolder::listBelongsToWhoeverIsLoggedIn()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capturista1"));
    IntakeView *intake = w.intakeView();
    auto *table = intake->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    auto *progress = intake->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    const auto [path, page] = f.writeActa(61);
    const QString junk = f.dir.filePath(QStringLiteral("junk.png"));
    append(junk, "not an image");
    // A page whose QR and header cannot be read: it waits for someone to type its identity.
    QImage image = QImage::fromData(page.bytes);
    const double pxPerMm = page.defects.dpi / 25.4;
    const FormLayout &layout = m_sample->election.layout();
    QPainter painter(&image);
    for (const QRectF &mm : {layout.qrMm, layout.headerMm}) {
        const QRectF grown = mm.adjusted(-1, -1, 1, 1);
        painter.fillRect(QRectF(grown.topLeft() * pxPerMm, grown.size() * pxPerMm), Qt::white);
    }
    painter.end();
    const QString blotted = f.dir.filePath(QStringLiteral("blotted-61.png"));
    QVERIFY(image.save(blotted));
    QVERIFY(guitest::importAndWait(w, {path, junk, blotted}));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(intake->unidentifiedCount(), 1);
    QVERIFY(intake->summary().contains(QLatin1String("1 page(s) accepted, 1 not.")));
    QCOMPARE(progress->value(), 3);

    // Locked and back: the same person's list as it was.
    w.lock();
    QVERIFY(guitest::login(w, "capturista1"));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!intake->summary().isEmpty());

    // Someone else: only the page waiting for its identity, no summary, no progress.
    w.logout();
    QVERIFY(guitest::login(w, "capturista2"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, IntakeView::FileColumn)->text(), QStringLiteral("blotted-61.png"));
    QCOMPARE(table->item(0, IntakeView::VerdictColumn)->text(), QStringLiteral("Identity needed"));
    QVERIFY(intake->summary().isEmpty());
    QCOMPARE(progress->value(), 0);
    QCOMPARE(intake->unidentifiedCount(), 1);

    // Their own batch counts from zero.
    const auto [other, otherPage] = f.writeActa(62);
    QVERIFY(guitest::importAndWait(w, {other}));
    QCOMPARE(table->rowCount(), 2);
    QVERIFY2(intake->summary().startsWith(QLatin1String("1 page(s) accepted, 0 not.")), qPrintable(intake->summary()));
    QCOMPARE(intake->summaryKind(), MessageLabel::Kind::Success);
}

// A change of language redoes what is shown: the list's verdicts and notes, and the last message.
void TestGuiHotFolder::intakeRetranslatesWhatIsShown()
{
    guitest::Fixture f;
    StationWindow w(*m_sample, f.env);
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capturista1"));
    auto restore = qScopeGuard([] { Language::install(QCoreApplication::instance(), QStringLiteral("en")); });
    IntakeView *intake = w.intakeView();
    const QString junk = f.dir.filePath(QStringLiteral("junk.png"));
    append(junk, "not an image");
    QVERIFY(guitest::importAndWait(w, {junk}));
    auto *table = intake->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    QCOMPARE(table->item(0, IntakeView::VerdictColumn)->text(), QStringLiteral("Rejected"));
    const QString reasonBefore = table->item(0, IntakeView::ReasonColumn)->text();
    QVERIFY(intake->summary().startsWith(QLatin1String("0 page(s) accepted, 1 not.")));

    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    QApplication::processEvents();
    const char *context = "acta::gui::IntakeView";
    QCOMPARE(table->item(0, IntakeView::VerdictColumn)->text(), QCoreApplication::translate(context, "Rejected"));
    QVERIFY(QCoreApplication::translate(context, "Rejected") != QLatin1String("Rejected"));
    const QString spanishHead = QCoreApplication::translate(context, "%1 page(s) accepted, %2 not.").arg(0).arg(1);
    QVERIFY2(intake->summary().startsWith(spanishHead), qPrintable(intake->summary()));
    // The reason's name follows too (the loader's detail stays as it was said).
    const QString problem = QCoreApplication::translate("PageProblem", "Not a readable image");
    QVERIFY(problem != QLatin1String("Not a readable image"));
    QVERIFY2(table->item(0, IntakeView::ReasonColumn)->text().startsWith(problem),
             qPrintable(table->item(0, IntakeView::ReasonColumn)->text()));
    QCOMPARE(table->horizontalHeaderItem(IntakeView::FileColumn)->text(), QCoreApplication::translate(context, "File"));

    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
    QApplication::processEvents();
    QCOMPARE(table->item(0, IntakeView::VerdictColumn)->text(), QStringLiteral("Rejected"));
    QCOMPARE(table->item(0, IntakeView::ReasonColumn)->text(), reasonBefore);
    QVERIFY(intake->summary().startsWith(QLatin1String("0 page(s) accepted, 1 not.")));
}

void TestGuiHotFolder::intakeUsableOnSmallScreens_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("fontScale");
    QTest::addColumn<QString>("language");
    // Spanish first: the station's language, and the longer words.
    for (const QString &language : {QStringLiteral("es_MX"), QStringLiteral("en")}) {
        const QByteArray l = language.toLatin1();
        QTest::newRow(QByteArray(l + " 1280x720").constData()) << QSize(1280, 720) << 1.0 << language;
        QTest::newRow(QByteArray(l + " 1366x768").constData()) << QSize(1366, 768) << 1.0 << language;
        QTest::newRow(QByteArray(l + " 1280x720 at 150%").constData()) << QSize(1280, 720) << 1.5 << language;
        QTest::newRow(QByteArray(l + " 1366x768 at 150%").constData()) << QSize(1366, 768) << 1.5 << language;
    }
}

// Every label wraps or is shown whole, buttons whole, the list scrolls with room for rows, and
// the window keeps the size it was given.
static void checkNothingCutOff(QWidget *window, QWidget *view, const QSize &size)
{
    QVERIFY2(window->width() <= size.width() && window->height() <= size.height(),
             qPrintable(QStringLiteral("grew to %1x%2").arg(window->width()).arg(window->height())));
    for (QLabel *l : view->findChildren<QLabel *>()) {
        if (!l->isVisible() || l->text().isEmpty())
            continue;
        if (l->wordWrap())
            QVERIFY2(l->height() >= l->heightForWidth(l->width()) - 2, qPrintable(l->objectName()));
        else
            QVERIFY2(l->width() >= l->sizeHint().width() - 1, qPrintable(l->objectName()));
    }
    for (QAbstractButton *b : view->findChildren<QAbstractButton *>())
        if (b->isVisible())
            QVERIFY2(b->width() >= b->minimumSizeHint().width(), qPrintable(b->objectName()));
    for (QWidget *c : view->findChildren<QComboBox *>())
        if (c->isVisible())
            QVERIFY2(c->width() >= c->minimumSizeHint().width(), qPrintable(c->objectName()));
    auto *table = view->findChild<QTableWidget *>(QStringLiteral("intakeTable"));
    QVERIFY(table->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
    QVERIFY(table->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff);
    QVERIFY(table->viewport()->height() > 3 * table->fontMetrics().height());
}

// With a long file name and reason in the list, the hot folder's note, a message, and the
// identity box shown (a page waiting for its CLAVE_ACTA).
void TestGuiHotFolder::intakeUsableOnSmallScreens()
{
    QFETCH(QSize, size);
    QFETCH(double, fontScale);
    QFETCH(QString, language);
    QVERIFY(Language::install(QCoreApplication::instance(), language));
    auto english = qScopeGuard([] { Language::install(QCoreApplication::instance(), QStringLiteral("en")); });
    const QFont before = QApplication::font();
    QFont scaled = before;
    scaled.setPointSizeF(before.pointSizeF() * fontScale);
    QApplication::setFont(scaled);
    auto restore = qScopeGuard([&] { QApplication::setFont(before); });

    guitest::Fixture f;
    StationWindow w(*m_sample, f.env); // the session
    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(w, "capturista1"));
    const QString junk = f.dir.filePath(QStringLiteral("a-rather-long-file-name-from-the-scanner-0001.png"));
    append(junk, "not an image");
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    // The view alone, in what the station window leaves it (about 120 pixels go to its header,
    // tabs and status bar). (The station window's own header is not this view's: in Spanish it
    // alone asks for more than 1280 pixels.)
    IntakeView view(*w.session(), f.dialogs);
    view.setHotFolder(w.hotFolder()->folder());
    const QSize room(size.width(), size.height() - 120);
    view.resize(room);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy done(&view, &IntakeView::batchFinished);
    view.importFiles({junk});
    QVERIFY(done.wait(180000));
    // What the identity box shows of the page waiting: its file name, as long as a scanner makes it.
    view.findChild<QWidget *>(QStringLiteral("identityBox"))->show();
    view.findChild<QLabel *>(QStringLiteral("identityFileLabel"))
        ->setText(QStringLiteral("CATD-07_escaner-2_lote-0042_2027-06-06T18-35-12_pagina-0007_doble-cara_300dpi.png"));
    QApplication::processEvents();
    view.layout()->activate();
    checkNothingCutOff(&view, &view, room);
    view.grab().save(QStringLiteral("screenshots/intake-%1.png").arg(tag));
}

QTEST_MAIN(TestGuiHotFolder)
#include "tst_gui_hotfolder.moc"
