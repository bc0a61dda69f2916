#include "DrillReportWriter.h"

#include "DrillCharts.h"
#include "DrillReportLayout.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace acta {

using drillreport::Bar;
using drillreport::PageFlow;
using drillreport::TableColumn;

namespace {

constexpr int PdfDpi = 150; // sharp enough for print, small enough to render fast in tests

QString dash()
{
    return QStringLiteral("—");
}

QString num(qint64 n)
{
    return QString::number(n);
}

QString localTime(const QDateTime &utc, int offsetMinutes)
{
    if (!utc.isValid())
        return dash();
    const QDateTime local = utc.toOffsetFromUtc(offsetMinutes * 60);
    // The offset beside the time: a trainer in another zone reads the station's clock unambiguously.
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (") + local.timeZoneAbbreviation()
        + QLatin1Char(')');
}

QString percent(int part, int whole)
{
    if (whole <= 0)
        return dash();
    return DrillReportWriter::tr("%1 %").arg(QString::number(100.0 * part / whole, 'f', 1));
}

QString rightOf(DrillReport::Dispute::Right right)
{
    switch (right) {
    case DrillReport::Dispute::Right::Entry1:
        return DrillReportWriter::tr("Entry 1");
    case DrillReport::Dispute::Right::Entry2:
        return DrillReportWriter::tr("Entry 2");
    case DrillReport::Dispute::Right::Both:
        return DrillReportWriter::tr("Both");
    case DrillReport::Dispute::Right::Neither:
        break;
    }
    return DrillReportWriter::tr("Neither");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash() : text;
}

QString secondsText(std::optional<double> seconds)
{
    return seconds ? DrillReportWriter::tr("%1 s").arg(QString::number(*seconds, 'f', 1)) : dash();
}

} // namespace

QString DrillReportWriter::formatDuration(double seconds)
{
    const qint64 total = qMax<qint64>(0, qRound64(seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    const auto two = [](qint64 n) {
        return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
    };
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(two(m));
    if (m > 0)
        return tr("%1 min %2 s").arg(m).arg(two(s));
    return tr("%1 s").arg(s);
}

void DrillReportWriter::paintReport(const DrillReport &r, PageFlow &flow, QPainter &painter)
{
    // Title and identity of the drill.
    flow.paragraph(QStringLiteral("SIMULACRO — ") + tr("Drill report"), flow.font(18, true));
    flow.space(4);
    flow.keyValues({{tr("Drill"), orDash(r.drillId)},
                    {tr("Station"), orDash(r.stationName)},
                    {tr("Started"), localTime(r.startedAt, r.utcOffsetMinutes)},
                    {tr("Scored"), localTime(r.scoredAt, r.utcOffsetMinutes)}},
                   2);

    // Summary figures.
    flow.heading(tr("Summary"));
    QList<QPair<QString, QString>> summary {{tr("Pages in the answer key"), num(r.pagesInKey)},
                                            {tr("Actas in the answer key"), num(r.actasInKey)}};
    for (const DrillReport::Series &s : r.progress)
        summary.append({s.name, num(s.total())});
    int decided = 0;
    int decidedRight = 0;
    for (const DrillReport::Dispute &d : r.disputes) {
        decided += d.decisionRight.has_value();
        decidedRight += d.decisionRight.value_or(false);
    }
    int contingenciesRight = 0;
    for (const DrillReport::ContingencyOutcome &c : r.contingencies)
        contingenciesRight += c.right;
    summary.append({tr("Actas unfinished"), num(r.unfinished.size())});
    summary.append({tr("Clerks"), num(r.clerks.size())});
    summary.append({tr("Disputes"), num(r.disputes.size())});
    summary.append({tr("Supervisor decisions right"), tr("%1 of %2 decided").arg(decidedRight).arg(decided)});
    summary.append({tr("Contingencies handled right"),
                    tr("%1 of %2 (%3)")
                        .arg(contingenciesRight)
                        .arg(r.contingencies.size())
                        .arg(percent(contingenciesRight, int(r.contingencies.size())))});
    summary.append({tr("Recognition fields correct"), percent(r.recognition.correct, r.recognition.fields)});
    flow.keyValues(summary, 2);

    // Progress over time.
    flow.heading(tr("Progress"));
    const QRectF chart = flow.take(std::min(560.0, flow.pageHeight() * 0.4));
    drillreport::paintProgressChart(
        painter, chart, r.progress,
        {tr("Minutes since the drill started"), tr("Cumulative count"), tr("Nothing happened during the drill.")},
        flow.font(8));

    // Durations.
    flow.heading(tr("Durations"));
    const auto durationRow = [](const QString &stage, const DrillReport::Durations &d) {
        return QStringList {stage, num(d.count), d.count ? formatDuration(d.medianSeconds) : dash(),
                            d.count ? formatDuration(d.p95Seconds) : dash()};
    };
    flow.table({{tr("Stage"), 4},
                {tr("Actas"), 1, Qt::AlignRight},
                {tr("Median"), 1.3, Qt::AlignRight},
                {tr("95th percentile"), 1.3, Qt::AlignRight}},
               {durationRow(tr("Intake to capture (image accepted to entry 1 saved)"), r.intakeToCapture),
                durationRow(tr("Capture to verification (entry 1 saved to verified or adjudicated)"),
                            r.captureToVerification)},
               tr("No durations."));

    // Clerks: two bar charts side by side, then the table.
    const QFont chartFont = flow.font(8);
    flow.heading(tr("Clerks"));
    if (!r.clerks.isEmpty()) {
        QList<Bar> speed;
        QList<Bar> wrong;
        for (const DrillReport::ClerkScore &c : r.clerks) {
            speed.append({c.username, c.secondsPerEntry, secondsText(c.secondsPerEntry)});
            wrong.append({c.username, double(c.fieldsWrong), tr("%1 of %2").arg(c.fieldsWrong).arg(c.fieldsChecked)});
        }
        const QRectF bars = flow.take(drillreport::barChartHeight(painter, r.clerks.size(), chartFont));
        const qreal half = bars.width() / 2;
        drillreport::paintBarChart(painter, QRectF(bars.left(), bars.top(), half - 20, bars.height()),
                                   tr("Seconds per entry"), speed, QColor(31, 119, 180), chartFont);
        drillreport::paintBarChart(painter, QRectF(bars.left() + half + 20, bars.top(), half - 20, bars.height()),
                                   tr("Fields wrong, of fields checked"), wrong, QColor(214, 39, 40), chartFont);
        flow.space(8);
    }
    QList<QStringList> clerkRows;
    for (const DrillReport::ClerkScore &c : r.clerks)
        clerkRows.append({c.username, orDash(c.fullName), num(c.actas), num(c.entries),
                          c.keystrokes ? num(*c.keystrokes) : dash(), secondsText(c.secondsPerEntry),
                          num(c.fieldsChecked), num(c.fieldsWrong), num(c.disagreementsCaused), num(c.disputesRight)});
    flow.table({{tr("User"), 1.2},
                {tr("Name"), 1.9},
                {tr("Actas"), 0.8, Qt::AlignRight},
                {tr("Entries"), 0.9, Qt::AlignRight},
                {tr("Keystrokes"), 1.2, Qt::AlignRight},
                {tr("Per entry"), 1, Qt::AlignRight},
                {tr("Fields checked"), 1, Qt::AlignRight},
                {tr("Fields wrong"), 1, Qt::AlignRight},
                {tr("Disagreements caused"), 1.3, Qt::AlignRight},
                {tr("Disputes right"), 1, Qt::AlignRight}},
               clerkRows, tr("No clerk typed an entry."));

    // Disputes.
    flow.heading(tr("Disputes"));
    QList<QStringList> disputeRows;
    for (const DrillReport::Dispute &d : r.disputes) {
        const QString decision = !d.decisionRight ? tr("— undecided")
            : *d.decisionRight                    ? tr("✓ right")
                                                  : tr("✗ wrong");
        disputeRows.append(
            {d.clave, orDash(d.entry1User), orDash(d.entry2User), rightOf(d.right), decision, orDash(d.decidedBy)});
    }
    flow.table({{tr("Acta"), 1.6},
                {tr("Entry 1 by"), 1.2},
                {tr("Entry 2 by"), 1.2},
                {tr("Matched the key"), 1.2},
                {tr("Supervisor's decision"), 1.4},
                {tr("Decided by"), 1.2}},
               disputeRows, tr("No acta went to a supervisor."));

    // Contingencies: by kind, then one row each.
    flow.heading(tr("Contingencies by kind"));
    QList<QStringList> kindRows;
    int injected = 0;
    int handled = 0;
    for (const DrillReport::ContingencySummary &s : r.contingencySummary) {
        kindRows.append({orDash(s.kindLabel), num(s.total), num(s.right), percent(s.right, s.total)});
        injected += s.total;
        handled += s.right;
    }
    if (!kindRows.isEmpty())
        kindRows.append({tr("All contingencies"), num(injected), num(handled), percent(handled, injected)});
    flow.table({{tr("Contingency"), 3},
                {tr("Injected"), 1, Qt::AlignRight},
                {tr("Handled right"), 1, Qt::AlignRight},
                {tr("Right"), 1, Qt::AlignRight}},
               kindRows, tr("The drill injected no contingency."));

    flow.heading(tr("Contingencies, one by one"));
    QList<QStringList> outcomeRows;
    for (const DrillReport::ContingencyOutcome &c : r.contingencies)
        outcomeRows.append({orDash(c.kindLabel), orDash(c.clave), orDash(c.file), orDash(c.expected), orDash(c.actual),
                            c.right ? QStringLiteral("✓") : QStringLiteral("✗")});
    // Acta and file are single words, as wide as they need; the sentences get the rest.
    flow.table({{tr("Contingency"), 1.6},
                {tr("Acta"), 0.5},
                {tr("File"), 0.5},
                {tr("Expected"), 2.5},
                {tr("What the station did"), 2.5},
                {tr("Right"), 0.6, Qt::AlignHCenter}},
               outcomeRows, tr("The drill injected no contingency."));

    // Recognition.
    const DrillReport::RecognitionScore &rec = r.recognition;
    flow.heading(tr("Recognition"));
    if (rec.pages == 0) {
        flow.paragraph(tr("Recognition read no page of the answer key."), flow.font(9));
    } else {
        flow.keyValues({{tr("Pages read"), num(rec.pages)},
                        {tr("Fields"), num(rec.fields)},
                        {tr("Correct"), num(rec.correct)},
                        {tr("Wrong"), num(rec.wrong)},
                        {tr("Abstained (left to the clerk)"), num(rec.abstained)},
                        {tr("Correct, of all fields"), percent(rec.correct, rec.fields)},
                        {tr("Pages with every field correct"), num(rec.pagesAllCorrect)}},
                       2);
    }

    // Unfinished actas, four to a row.
    flow.heading(tr("Unfinished actas"));
    constexpr int PerRow = 4;
    QList<QStringList> unfinishedRows;
    for (qsizetype i = 0; i < r.unfinished.size(); i += PerRow)
        unfinishedRows.append(r.unfinished.mid(i, PerRow));
    QList<TableColumn> unfinishedColumns;
    for (int i = 0; i < PerRow; ++i)
        unfinishedColumns.append({i == 0 ? tr("Acta") : QString(), 1});
    flow.table(unfinishedColumns, unfinishedRows, tr("The station finished every acta of the answer key."));
}

Result<int> DrillReportWriter::renderPass(const DrillReport &report, QIODevice *device, int totalPages)
{
    QPdfWriter writer(device);
    writer.setResolution(PdfDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    // The page's furniture is drawn inside its own margins (PageFlow); the writer adds none.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("SIMULACRO — ") + tr("Drill report %1").arg(report.drillId));
    writer.setCreator(QStringLiteral("ActaCapture"));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(ErrorCode::Internal, tr("The PDF writer could not start."));
    PageFlow flow(painter, writer,
                  {QStringList {tr("Drill report"), report.drillId, report.stationName}
                       .filter(QRegularExpression(QStringLiteral("\\S")))
                       .join(QStringLiteral(" · ")),
                   tr("drill document, not an election result"), tr("Page %1 of %2"), tr("%1 (continued)")},
                  totalPages);
    paintReport(report, flow, painter);
    flow.finish();
    painter.end();
    return flow.pageCount();
}

Result<QByteArray> DrillReportWriter::renderPdf(const DrillReport &report)
{
    // Twice: the first pass counts the pages, so that the second can print "page 2 of 5".
    QByteArray scratch;
    QBuffer first(&scratch);
    first.open(QIODevice::WriteOnly);
    Result<int> pages = renderPass(report, &first, 0);
    if (!pages)
        return pages.takeError();
    QByteArray bytes;
    QBuffer second(&bytes);
    second.open(QIODevice::WriteOnly);
    Result<int> again = renderPass(report, &second, *pages);
    if (!again)
        return again.takeError();
    return bytes;
}

Status DrillReportWriter::writePdf(const DrillReport &report, const QString &path)
{
    Result<QByteArray> bytes = renderPdf(report);
    if (!bytes)
        return fail(bytes.code(),
                    tr("Could not write the drill report %1: %2").arg(QDir::toNativeSeparators(path), bytes.error()));
    return save(*bytes, path);
}

Status DrillReportWriter::writeCsv(const DrillReport &report, const QString &path)
{
    return save(renderCsv(report), path);
}

Status DrillReportWriter::save(const QByteArray &bytes, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).absoluteDir().exists())
        return fail(ErrorCode::NotFound,
                    tr("Could not write the drill report %1: the folder %2 does not exist.")
                        .arg(shown, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Could not write the drill report %1: %2").arg(shown, file.errorString()));
    // Owner only, set before a byte is written: the report names clerks and scores them.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(ErrorCode::Io,
                    tr("Could not make the drill report %1 private to its owner: %2").arg(shown, file.errorString()));
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, tr("Could not write the drill report %1: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace acta
