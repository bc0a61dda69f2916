// DrillReportWriter's CSV: the report's figures for scripts. Column names and codes are stable
// ASCII and never translated; only the first line's sentence and the data (names, labels) are.
#include "Csv.h"
#include "DrillReportWriter.h"

namespace acta {

namespace {

// Plain decimals, never exponents or a locale's comma: 18.5, 65, 0.25.
QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString number(int value)
{
    return QString::number(value);
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString rightCode(DrillReport::Dispute::Right right)
{
    switch (right) {
    case DrillReport::Dispute::Right::Entry1:
        return QStringLiteral("entry1");
    case DrillReport::Dispute::Right::Entry2:
        return QStringLiteral("entry2");
    case DrillReport::Dispute::Right::Both:
        return QStringLiteral("both");
    case DrillReport::Dispute::Right::Neither:
        break;
    }
    return QStringLiteral("neither");
}

// One section: its header row, its rows, each led by the section's name, then an empty line.
class Sections
{
public:
    explicit Sections(CsvWriter &csv)
        : m_csv(csv)
    { }

    void begin(const QString &name, const QStringList &columns)
    {
        if (m_started)
            m_csv.addRecord({});
        m_started = true;
        m_name = name;
        m_csv.addRecord(QStringList {QStringLiteral("section")} + columns);
    }
    void row(const QStringList &fields) { m_csv.addRecord(QStringList {m_name} + fields); }

private:
    CsvWriter &m_csv;
    QString m_name;
    bool m_started = false;
};

} // namespace

QByteArray DrillReportWriter::renderCsv(const DrillReport &r)
{
    CsvWriter csv;
    Sections out(csv);

    out.begin(QStringLiteral("summary"), {QStringLiteral("key"), QStringLiteral("value")});
    out.row({QStringLiteral("drill_id"), r.drillId});
    out.row({QStringLiteral("station"), r.stationName});
    out.row({QStringLiteral("started_at_utc"), utc(r.startedAt)});
    out.row({QStringLiteral("scored_at_utc"), utc(r.scoredAt)});
    out.row({QStringLiteral("utc_offset_minutes"), number(r.utcOffsetMinutes)});
    out.row({QStringLiteral("pages_in_key"), number(r.pagesInKey)});
    out.row({QStringLiteral("actas_in_key"), number(r.actasInKey)});
    // Series totals by position: the names are translated, the order is fixed (DrillReport::progress).
    for (qsizetype i = 0; i < r.progress.size(); ++i)
        out.row({QStringLiteral("series_%1_total").arg(i), number(r.progress[i].total())});
    out.row({QStringLiteral("clerks"), number(r.clerks.size())});
    out.row({QStringLiteral("disputes"), number(r.disputes.size())});
    int contingenciesRight = 0;
    for (const DrillReport::ContingencyOutcome &c : r.contingencies)
        contingenciesRight += c.right;
    out.row({QStringLiteral("contingencies"), number(r.contingencies.size())});
    out.row({QStringLiteral("contingencies_right"), number(contingenciesRight)});
    out.row({QStringLiteral("unfinished"), number(r.unfinished.size())});

    out.begin(
        QStringLiteral("progress"),
        {QStringLiteral("series_index"), QStringLiteral("series"), QStringLiteral("minute"), QStringLiteral("count")});
    for (qsizetype i = 0; i < r.progress.size(); ++i) {
        for (const DrillReport::Point &p : r.progress[i].points)
            out.row({number(i), r.progress[i].name, number(p.minute), number(p.count)});
    }

    out.begin(QStringLiteral("durations"),
              {QStringLiteral("stage"), QStringLiteral("count"), QStringLiteral("median_seconds"),
               QStringLiteral("p95_seconds")});
    const auto durations = [&](const QString &stage, const DrillReport::Durations &d) {
        out.row({stage, number(d.count), d.count ? number(d.medianSeconds) : QString(),
                 d.count ? number(d.p95Seconds) : QString()});
    };
    durations(QStringLiteral("intake_to_capture"), r.intakeToCapture);
    durations(QStringLiteral("capture_to_verification"), r.captureToVerification);

    out.begin(QStringLiteral("clerks"),
              {QStringLiteral("username"), QStringLiteral("full_name"), QStringLiteral("actas"),
               QStringLiteral("entries"), QStringLiteral("keystrokes"), QStringLiteral("seconds_per_entry"),
               QStringLiteral("fields_checked"), QStringLiteral("fields_wrong"), QStringLiteral("disagreements_caused"),
               QStringLiteral("disputes_right")});
    for (const DrillReport::ClerkScore &c : r.clerks) {
        // Not measured is an empty field, never 0: a script must not average it in.
        out.row({c.username, c.fullName, number(c.actas), number(c.entries),
                 c.keystrokes ? number(*c.keystrokes) : QString(),
                 c.secondsPerEntry ? number(*c.secondsPerEntry) : QString(), number(c.fieldsChecked),
                 number(c.fieldsWrong), number(c.disagreementsCaused), number(c.disputesRight)});
    }

    out.begin(QStringLiteral("disputes"),
              {QStringLiteral("clave"), QStringLiteral("entry1_user"), QStringLiteral("entry2_user"),
               QStringLiteral("right"), QStringLiteral("decision_right"), QStringLiteral("decided_by")});
    for (const DrillReport::Dispute &d : r.disputes)
        out.row({d.clave, d.entry1User, d.entry2User, rightCode(d.right),
                 d.decisionRight ? boolean(*d.decisionRight) : QString(), d.decidedBy});

    out.begin(QStringLiteral("contingencies"),
              {QStringLiteral("kind"), QStringLiteral("kind_label"), QStringLiteral("clave"), QStringLiteral("file"),
               QStringLiteral("expected"), QStringLiteral("actual"), QStringLiteral("right")});
    for (const DrillReport::ContingencyOutcome &c : r.contingencies)
        out.row({c.kind, c.kindLabel, c.clave, c.file, c.expected, c.actual, boolean(c.right)});

    out.begin(QStringLiteral("contingency_summary"),
              {QStringLiteral("kind"), QStringLiteral("kind_label"), QStringLiteral("total"), QStringLiteral("right")});
    for (const DrillReport::ContingencySummary &s : r.contingencySummary)
        out.row({s.kind, s.kindLabel, number(s.total), number(s.right)});

    const DrillReport::RecognitionScore &rec = r.recognition;
    out.begin(QStringLiteral("recognition"),
              {QStringLiteral("pages"), QStringLiteral("fields"), QStringLiteral("correct"), QStringLiteral("wrong"),
               QStringLiteral("abstained"), QStringLiteral("pages_all_correct")});
    out.row({number(rec.pages), number(rec.fields), number(rec.correct), number(rec.wrong), number(rec.abstained),
             number(rec.pagesAllCorrect)});

    out.begin(QStringLiteral("unfinished"), {QStringLiteral("clave")});
    for (const QString &clave : r.unfinished)
        out.row({clave});

    // A comment line readers skip (pandas comment="#"), as on the dashboard's drill exports: the
    // file says it is a drill before any figure.
    return "# SIMULACRO: " + tr("drill report, not election results").toUtf8() + "\r\n" + csv.toUtf8();
}

} // namespace acta
