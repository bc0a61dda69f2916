#include "DrillReportWriter.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

namespace {

// A drill as a trainer would score it: three clerks (one never measured), four series of about a
// hundred points, five disputes (one undecided) and two hundred contingencies, so that tables run
// over several pages.
DrillReport sampleReport(int contingencyRows = 200)
{
    DrillReport r;
    r.drillId = QStringLiteral("SIM-2024-06-02-A");
    // A comma and a double quote: the CSV must quote this field.
    r.stationName = QStringLiteral("CATD \"Centro\", mesa 2");
    r.startedAt = QDateTime(QDate(2024, 6, 2), QTime(14, 0), Qt::UTC);
    r.scoredAt = QDateTime(QDate(2024, 6, 2), QTime(16, 5, 30), Qt::UTC);
    r.utcOffsetMinutes = -360;
    r.pagesInKey = 112;
    r.actasInKey = 104;

    const QStringList names {QStringLiteral("Digitized"), QStringLiteral("Captured"), QStringLiteral("Verified"),
                             QStringLiteral("Synced")};
    for (int s = 0; s < names.size(); ++s) {
        DrillReport::Series series;
        series.name = names[s];
        const int points = 104 - 3 * s;
        for (int i = 0; i < points; ++i)
            series.points.append({2.0 + s * 4 + i * 1.05 + (i % 7) * 0.1, i + 1});
        r.progress.append(series);
    }

    r.intakeToCapture = DrillReport::Durations::of({30, 45, 60, 65, 600});
    r.captureToVerification = DrillReport::Durations::of({120, 95, 300, 181});

    DrillReport::ClerkScore ana;
    ana.username = QStringLiteral("ana");
    ana.fullName = QStringLiteral("Ana López");
    ana.actas = 42;
    ana.entries = 44;
    ana.keystrokes = 5321;
    ana.secondsPerEntry = 18.5;
    ana.fieldsChecked = 1320;
    ana.fieldsWrong = 7;
    ana.disagreementsCaused = 2;
    ana.disputesRight = 3;
    DrillReport::ClerkScore beto; // typed on a station that measured nothing of theirs
    beto.username = QStringLiteral("beto");
    beto.fullName = QStringLiteral("Roberto Díaz");
    beto.actas = 30;
    beto.entries = 31;
    beto.fieldsChecked = 930;
    beto.fieldsWrong = 12;
    beto.disagreementsCaused = 3;
    beto.disputesRight = 1;
    DrillReport::ClerkScore carla;
    carla.username = QStringLiteral("carla");
    carla.fullName = QStringLiteral("Carla Ñuñez Villaseñor");
    carla.actas = 35;
    carla.entries = 38;
    carla.keystrokes = 4410;
    carla.secondsPerEntry = 24.25;
    carla.fieldsChecked = 1140;
    carla.fieldsWrong = 3;
    carla.disagreementsCaused = 0;
    carla.disputesRight = 4;
    r.clerks = {ana, beto, carla};

    using Right = DrillReport::Dispute::Right;
    const QList<Right> rights {Right::Entry1, Right::Entry2, Right::Neither, Right::Both, Right::Entry2};
    for (int i = 0; i < 5; ++i) {
        DrillReport::Dispute d;
        d.clave = QStringLiteral("010338B0100%1").arg(i + 10);
        d.entry1User = r.clerks[i % 3].username;
        d.entry2User = r.clerks[(i + 1) % 3].username;
        d.right = rights[i];
        if (i != 4) { // the last one is still undecided
            d.decisionRight = i != 2;
            d.decidedBy = QStringLiteral("sup.marta");
        }
        r.disputes.append(d);
    }

    struct Kind
    {
        const char *id;
        const char *label;
        const char *expected;
    };
    const Kind kinds[] = {
        {"over_lista_nominal", "Votes over the lista nominal", "Sent to the supervisor as over the lista nominal"},
        {"illegible", "Illegible figure", "Marked illegible, not guessed"},
        {"duplicate", "Duplicate scan", "Refused as a duplicate of an acta already received"},
        {"rescan", "Rescan of a received acta", "Kept the first image and logged the rescan"},
        {"sin_acta", "Casilla without acta", "Recorded as sin acta with its reason"},
    };
    for (int i = 0; i < contingencyRows; ++i) {
        const Kind &k = kinds[i % 5];
        DrillReport::ContingencyOutcome c;
        c.kind = QString::fromLatin1(k.id);
        c.kindLabel = QString::fromLatin1(k.label);
        c.clave = i == 7 ? QString() : QStringLiteral("01%1B010002").arg(300 + i, 4, 10, QLatin1Char('0'));
        c.file = QStringLiteral("scan_%1.tif").arg(i + 1, 4, 10, QLatin1Char('0'));
        c.expected = QString::fromLatin1(k.expected);
        c.right = i % 9 != 4;
        c.actual = c.right ? c.expected : QStringLiteral("Captured it as a normal acta, \"no remark\"");
        r.contingencies.append(c);
    }
    for (int k = 0; k < 5; ++k) {
        DrillReport::ContingencySummary s;
        s.kind = QString::fromLatin1(kinds[k].id);
        s.kindLabel = QString::fromLatin1(kinds[k].label);
        for (int i = k; i < contingencyRows; i += 5) {
            ++s.total;
            s.right += r.contingencies[i].right;
        }
        r.contingencySummary.append(s);
    }

    r.recognition = {120, 2400, 2210, 40, 150, 88};
    for (int i = 0; i < 9; ++i)
        r.unfinished.append(QStringLiteral("0104%1B010001").arg(i + 20));
    return r;
}

int pdfPages(const QByteArray &pdf)
{
    // Page objects only, not the /Pages tree node.
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int n = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++n;
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool ownerOnly(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    return (p & QFile::ReadOwner) && (p & QFile::WriteOwner) && !(p & others);
}

// Dark pixels (ink) in a band of rows given as fractions of the page's height.
int inkIn(const QImage &image, double fromY, double toY)
{
    int n = 0;
    for (int y = int(image.height() * fromY); y < int(image.height() * toY); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qGray(image.pixel(x, y)) < 110)
                ++n;
        }
    }
    return n;
}

// The drill colour (the SIMULACRO band) in the page's top strip.
int drillColourAtTop(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height() / 12; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.red() > 150 && c.green() > 60 && c.green() < 120 && c.blue() < 50)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestDrillReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsDurations();
    void pdfIsWrittenPrivatelyAndPaginated();
    void emptyReportStillPrints();
    void csvHasItsSectionsAndRows();
    void csvQuotesCommasAndQuotes();
    void missingFolderFailsAndLeavesNothing();
    void overwritingMakesTheFilePrivate();
    void pdfTextHasEveryRowAndTheMarkOnEveryPage();
    void pdfRendersToReadablePages();

private:
    QTemporaryDir m_dir;
};

void TestDrillReportWriter::formatsDurations()
{
    QCOMPARE(DrillReportWriter::formatDuration(42), QStringLiteral("42 s"));
    QCOMPARE(DrillReportWriter::formatDuration(65), QStringLiteral("1 min 05 s"));
    QCOMPARE(DrillReportWriter::formatDuration(59.6), QStringLiteral("1 min 00 s"));
    QCOMPARE(DrillReportWriter::formatDuration(3725), QStringLiteral("1 h 02 min"));
    QCOMPARE(DrillReportWriter::formatDuration(0), QStringLiteral("0 s"));
}

void TestDrillReportWriter::pdfIsWrittenPrivatelyAndPaginated()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QVERIFY_OK(DrillReportWriter::writePdf(sampleReport(), path));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(ownerOnly(path));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 2, qPrintable(QStringLiteral("%1 pages").arg(pages)));

    // The long contingency table goes on over more pages, rather than being cut at one.
    Result<QByteArray> shorter = DrillReportWriter::renderPdf(sampleReport(20));
    QVERIFY_OK(shorter);
    QVERIFY2(pages >= pdfPages(*shorter) + 3,
             qPrintable(QStringLiteral("200 rows: %1 pages, 20 rows: %2").arg(pages).arg(pdfPages(*shorter))));
}

void TestDrillReportWriter::emptyReportStillPrints()
{
    // Kept beside the full report, to look at: every section says it has nothing.
    QVERIFY(QDir().mkpath(QStringLiteral(ACTA_DRILL_REPORT_OUT)));
    const QString path = QDir(QStringLiteral(ACTA_DRILL_REPORT_OUT)).filePath(QStringLiteral("drill-report-empty.pdf"));
    QVERIFY_OK(DrillReportWriter::writePdf(DrillReport(), path));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QVERIFY(pdfPages(pdf) >= 1);
    const QString csv = QString::fromUtf8(DrillReportWriter::renderCsv(DrillReport()));
    QVERIFY(csv.contains(QStringLiteral("\r\nsection,clave\r\n")));
}

void TestDrillReportWriter::csvHasItsSectionsAndRows()
{
    const QString path = m_dir.filePath(QStringLiteral("report.csv"));
    QVERIFY_OK(DrillReportWriter::writeCsv(sampleReport(), path));
    QVERIFY(ownerOnly(path));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("# SIMULACRO: "));
    const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));

    // Each section's header row, in order.
    const QStringList headers {
        QStringLiteral("section,key,value"),
        QStringLiteral("section,series_index,series,minute,count"),
        QStringLiteral("section,stage,count,median_seconds,p95_seconds"),
        QStringLiteral("section,username,full_name,actas,entries,keystrokes,seconds_per_entry,fields_checked,"
                       "fields_wrong,disagreements_caused,disputes_right"),
        QStringLiteral("section,clave,entry1_user,entry2_user,right,decision_right,decided_by"),
        QStringLiteral("section,kind,kind_label,clave,file,expected,actual,right"),
        QStringLiteral("section,kind,kind_label,total,right"),
        QStringLiteral("section,pages,fields,correct,wrong,abstained,pages_all_correct"),
        QStringLiteral("section,clave"),
    };
    qsizetype at = 0;
    for (const QString &header : headers) {
        const qsizetype found = lines.indexOf(header, at + 1);
        QVERIFY2(found > at, qPrintable(header));
        // The first follows the SIMULACRO line, every other an empty line.
        QVERIFY2(at == 0 ? found == 1 : lines[found - 1].isEmpty(), qPrintable(header));
        at = found;
    }

    // Known rows, exactly; what was not measured is an empty field, not 0.
    for (const QString &row : {
             QStringLiteral("summary,drill_id,SIM-2024-06-02-A"),
             QStringLiteral("summary,started_at_utc,2024-06-02T14:00:00Z"),
             QStringLiteral("summary,utc_offset_minutes,-360"),
             QStringLiteral("summary,series_0_total,104"),
             QStringLiteral("progress,0,Digitized,2,1"),
             QStringLiteral("durations,intake_to_capture,5,60,600"),
             QStringLiteral("durations,capture_to_verification,4,150.5,300"),
             QStringLiteral("clerks,ana,Ana López,42,44,5321,18.5,1320,7,2,3"),
             QStringLiteral("clerks,beto,Roberto Díaz,30,31,,,930,12,3,1"),
             QStringLiteral("clerks,carla,Carla Ñuñez Villaseñor,35,38,4410,24.25,1140,3,0,4"),
             QStringLiteral("disputes,010338B010010,ana,beto,entry1,true,sup.marta"),
             QStringLiteral("disputes,010338B010012,carla,ana,neither,false,sup.marta"),
             QStringLiteral("disputes,010338B010014,beto,carla,entry2,,"),
             QStringLiteral("contingencies,duplicate,Duplicate scan,,scan_0008.tif,Refused as a duplicate of an acta "
                            "already received,Refused as a duplicate of an acta already received,true"),
             QStringLiteral("contingency_summary,over_lista_nominal,Votes over the lista nominal,40,36"),
             QStringLiteral("recognition,120,2400,2210,40,150,88"),
             QStringLiteral("unfinished,010420B010001"),
         })
        QVERIFY2(lines.contains(row), qPrintable(row));

    const auto count = [&](const QString &prefix) {
        return std::count_if(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(prefix); });
    };
    QCOMPARE(count(QStringLiteral("contingencies,")), 200);
    QCOMPARE(count(QStringLiteral("progress,")), 104 + 101 + 98 + 95);
    QCOMPARE(count(QStringLiteral("clerks,")), 3);
    QCOMPARE(count(QStringLiteral("disputes,")), 5);
    QCOMPARE(count(QStringLiteral("unfinished,")), 9);
}

void TestDrillReportWriter::csvQuotesCommasAndQuotes()
{
    const QStringList lines
        = QString::fromUtf8(DrillReportWriter::renderCsv(sampleReport())).split(QStringLiteral("\r\n"));
    QVERIFY(lines.contains(QStringLiteral("summary,station,\"CATD \"\"Centro\"\", mesa 2\"")));
    QVERIFY(lines.contains(QStringLiteral(
        "contingencies,illegible,Illegible figure,010331B010002,scan_0032.tif,\"Marked illegible, not guessed\","
        "\"Captured it as a normal acta, \"\"no remark\"\"\",false")));
}

void TestDrillReportWriter::missingFolderFailsAndLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
    const Status pdf = DrillReportWriter::writePdf(sampleReport(20), path);
    QVERIFY_FAILS_WITH(pdf, ErrorCode::NotFound);
    QVERIFY_MESSAGE_NAMES(pdf, QDir::toNativeSeparators(path));
    const QString csvPath = dir.filePath(QStringLiteral("no-such-folder/report.csv"));
    const Status csv = DrillReportWriter::writeCsv(sampleReport(20), csvPath);
    QVERIFY_FAILS_WITH(csv, ErrorCode::NotFound);
    QVERIFY_MESSAGE_NAMES(csv, QDir::toNativeSeparators(csvPath));
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

void TestDrillReportWriter::overwritingMakesTheFilePrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY_OK(DrillReportWriter::writeCsv(sampleReport(20), path));
    QVERIFY(ownerOnly(path));
    QVERIFY(readAll(path).startsWith("# SIMULACRO: "));
}

void TestDrillReportWriter::pdfTextHasEveryRowAndTheMarkOnEveryPage()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed: the PDF's text is not read back");
    const QString path = m_dir.filePath(QStringLiteral("text.pdf"));
    QVERIFY_OK(DrillReportWriter::writePdf(sampleReport(), path));
    QProcess p;
    p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    // NFKC undoes the "fi" ligature the PDF's text shaping makes.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QStringList pages = text.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QCOMPARE(pages.size(), pdfPages(readAll(path)));

    // Every page says what it is, and where it stands.
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QVERIFY2(pages[i].contains(QStringLiteral("SIMULACRO · drill document, not an election result")),
                 qPrintable(QStringLiteral("page %1").arg(i + 1)));
        QVERIFY(pages[i].contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    }

    // The sections in order, the local start time, and every row of the long tables: none clipped.
    qsizetype at = 0;
    for (const QString &heading :
         {QStringLiteral("SIMULACRO — Drill report"), QStringLiteral("2024-06-02 08:00:00"), QStringLiteral("Summary"),
          QStringLiteral("Progress"), QStringLiteral("Minutes since the drill started"), QStringLiteral("Durations"),
          QStringLiteral("1 min 00 s"), QStringLiteral("Seconds per entry"), QStringLiteral("Keystrokes"),
          QStringLiteral("Disputes"), QStringLiteral("Contingencies by kind"),
          QStringLiteral("Contingencies, one by one"), QStringLiteral("Contingencies, one by one (continued)"),
          QStringLiteral("Recognition"), QStringLiteral("92.1 %"), QStringLiteral("Unfinished actas")}) {
        const qsizetype found = text.indexOf(heading, at);
        QVERIFY2(found >= at, qPrintable(heading));
        at = found;
    }
    // A short table moves to a page whole rather than continuing.
    QVERIFY(!text.contains(QStringLiteral("Contingencies by kind (continued)")));
    for (int i = 1; i <= 200; ++i)
        QVERIFY2(text.contains(QStringLiteral("scan_%1.tif").arg(i, 4, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
    for (int i = 0; i < 9; ++i)
        QVERIFY(text.contains(QStringLiteral("0104%1B010001").arg(i + 20)));
    QVERIFY(text.contains(QStringLiteral("Carla Ñuñez")));
}

void TestDrillReportWriter::pdfRendersToReadablePages()
{
    // Written where people can look at it: <build>/tests/drill-report/.
    const QString out = QStringLiteral(ACTA_DRILL_REPORT_OUT);
    QVERIFY(QDir().mkpath(out));
    const QString pdf = QDir(out).filePath(QStringLiteral("drill-report.pdf"));
    QFile::remove(pdf);
    QVERIFY_OK(DrillReportWriter::writePdf(sampleReport(), pdf));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed: the PDF is not rendered to PNG");

    QList<QImage> pages;
    for (int page : {1, 2}) {
        const QString base = QDir(out).filePath(QStringLiteral("drill-report-page%1").arg(page));
        QFile::remove(base + QStringLiteral(".png"));
        QProcess p;
        p.start(pdftoppm,
                {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-f"),
                 QString::number(page), QStringLiteral("-l"), QString::number(page), QStringLiteral("-singlefile"), pdf,
                 base});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(base + QStringLiteral(".png"));
        QVERIFY2(!image.isNull(), qPrintable(base));
        // A4 at 60 dpi: 496 x 702.
        QVERIFY(qAbs(image.width() - 496) <= 2 && qAbs(image.height() - 702) <= 2);
        pages.append(image);
    }

    // Page 1 holds the progress chart in its middle: axes, grid labels and lines are ink.
    const int chartInk = inkIn(pages[0], 0.40, 0.70);
    QVERIFY2(chartInk > 1500, qPrintable(QStringLiteral("%1 dark pixels in the chart area").arg(chartInk)));
    QVERIFY(inkIn(pages[1], 0.1, 0.9) > 1500);
    // Both carry the SIMULACRO band.
    for (const QImage &page : pages)
        QVERIFY2(drillColourAtTop(page) > 3000, qPrintable(QString::number(drillColourAtTop(page))));
}

QTEST_MAIN(TestDrillReportWriter)
#include "tst_drillreportwriter.moc"
