#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

// What a drill's trainer reads afterwards: the station's work scored against the drill's answer
// key (DrillScorer fills it, DrillReportWriter prints it as PDF and CSV). Plain data; every
// text in it is already translated or is data (usernames, CLAVE_ACTA).
struct DrillReport
{
    QString drillId;
    QString stationName;
    QDateTime startedAt; // UTC; the drill's minute 0 (when the trainer started it)
    QDateTime scoredAt; // UTC
    int utcOffsetMinutes = 0; // the station's zone, for printed times
    int pagesInKey = 0; // scan files the drill made (rescans and duplicates included)
    int actasInKey = 0; // actas of the count the drill expects (sin acta ones included, outside-catalog ones not)

    // Cumulative counts against minutes since startedAt, one point per change.
    struct Point
    {
        double minute = 0;
        int count = 0;
    };
    struct Series
    {
        QString name; // translated: "Digitized", "Captured", "Verified", "Synced"
        QList<Point> points;
        int total() const { return points.isEmpty() ? 0 : points.last().count; }
    };
    QList<Series> progress; // digitized, captured, verified, synced, in that order

    // A duration over the actas that have both ends.
    struct Durations
    {
        int count = 0;
        double medianSeconds = 0;
        double p95Seconds = 0; // nearest-rank 95th percentile
        // Median (mean of the middle two for an even count) and nearest-rank 95th percentile.
        static Durations of(QList<double> seconds);
    };
    Durations intakeToCapture; // image accepted -> entry 1 saved
    Durations captureToVerification; // entry 1 saved -> verified or adjudicated

    struct ClerkScore
    {
        QString username;
        QString fullName;
        int actas = 0; // distinct actas the clerk typed (entry 1 or entry 2)
        int entries = 0; // entries typed
        std::optional<qint64> keystrokes; // nullopt: no entry of theirs was measured
        std::optional<double> secondsPerEntry; // mean active time per measured entry
        int fieldsChecked = 0; // fields compared with the answer key
        int fieldsWrong = 0;
        int disagreementsCaused = 0; // disputes where this clerk's entry was the wrong one
        int disputesRight = 0; // disputes where this clerk's entry matched the key
    };
    QList<ClerkScore> clerks; // by username

    // One acta that went to a supervisor.
    struct Dispute
    {
        QString clave;
        QString entry1User;
        QString entry2User;
        enum class Right { Entry1, Entry2, Neither, Both } right = Right::Neither;
        std::optional<bool> decisionRight; // the supervisor's decision against the key; nullopt: undecided
        QString decidedBy;
    };
    QList<Dispute> disputes;

    // How one injected contingency ended.
    struct ContingencyOutcome
    {
        QString kind; // stable id, e.g. "over_lista_nominal" (DrillKey::contingencyId)
        QString kindLabel; // translated
        QString clave; // the acta it concerns (may be empty for a page with no readable identity)
        QString file; // the scan file name, when it is about a page
        QString expected; // translated: what a capture center should have done
        QString actual; // translated: what the station did
        bool right = false;
    };
    QList<ContingencyOutcome> contingencies;

    struct ContingencySummary
    {
        QString kind;
        QString kindLabel;
        int total = 0;
        int right = 0;
    };
    QList<ContingencySummary> contingencySummary; // one row per kind injected, in DrillKey order

    // Recognition's pre-fill against the key, over the fields of the pages it read.
    struct RecognitionScore
    {
        int pages = 0; // pages with a stored reading whose acta is in the key
        int fields = 0;
        int correct = 0; // read the value on the sheet
        int wrong = 0; // proposed a value that is not on the sheet
        int abstained = 0; // proposed nothing (left it to the clerk)
        int pagesAllCorrect = 0;
    };
    RecognitionScore recognition;

    // Actas of the key the station never finished (not verified, adjudicated or sin acta), for the trainer.
    QStringList unfinished;
};

} // namespace acta
