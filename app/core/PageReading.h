#pragma once

#include "ActaKey.h"
#include "FieldValue.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace acta {

// The registered page the clerks see (PageProcessor::normalizedPng): the whole form warped upright
// at this scale.
inline constexpr double NormalizedPxPerMm = 5.0;

// Why a scanned page was refused (or, for the last two, what the clerk must look at).
// The ids are stable: they go to the CLI's JSON, the audit log and the reports.
enum class PageIssue {
    Unreadable, // not a PNG/JPEG/TIFF image, truncated or corrupt
    TooLarge, // more pixels than the limit (decompression bomb)
    LowResolution,
    Blurred,
    TooDark,
    TooBright,
    LowContrast,
    BlankPage,
    CutOff, // registration markers or part of the fields outside the image
    WrongForm, // markers, layout or QR of another template
    NotRegistered, // the form could not be aligned with its template
};

QString pageIssueId(PageIssue issue); // e.g. "low_resolution"

// One refusal reason with a translated explanation for the operator.
struct PageProblem
{
    Q_DECLARE_TR_FUNCTIONS(PageProblem)

public:
    PageIssue issue = PageIssue::Unreadable;
    QString message;

    static PageProblem make(PageIssue issue, const QString &detail);
    static QString describe(PageIssue issue); // the short translated name of the reason
};

struct FieldAlternative
{
    FieldValue value;
    double probability = 0;
};

// What recognition proposes for one field; the clerk always confirms or corrects it.
struct FieldReading
{
    QString fieldId;
    FieldValue value;
    double confidence = 0; // calibrated probability that value is what is written
    bool highConfidence = false; // confidence at or above the model's threshold
    bool changedByTotal = false; // constrained decoding chose another than the top reading
    QList<FieldAlternative> alternatives; // the next most probable readings, best first
    QList<int> boxClasses; // most probable class of each box: 0-9, 10 empty, 11 crossed out
};

struct StageTiming
{
    QString stage; // "load", "quality", "registration", "identity", "hash", "recognition", "decoding"
    double ms = 0;
};

// Everything one call of the page pipeline found out about one scanned page.
struct PageReading
{
    Q_DECLARE_TR_FUNCTIONS(PageReading)

public:
    enum class IdentitySource { None, QrCode, PrintedHeader };
    enum class RegistrationMethod { None, Markers, Features };

    QString source; // file name or caller's label
    QString sha256; // hex of the original file bytes: the published integrity code
    QString format; // "png", "jpeg", "tiff"
    QSize imageSize;
    double dpi = 0; // estimated from the registration (or the image size)

    bool accepted = false;
    QList<PageProblem> problems; // empty when accepted

    IdentitySource identitySource = IdentitySource::None;
    std::optional<ActaKey> acta;
    QString templateId; // as printed in the QR
    int templateVersion = 0;
    bool inCatalog = false; // false with an identity means fuera de catálogo
    QString identityNote; // translated, when the identity is missing or suspicious
    bool drillSheet = false; // its QR code says SIMULACRO: a drill's sheet, never a real acta

    RegistrationMethod registration = RegistrationMethod::None;
    double registrationScore = 0; // share of box borders found where the template puts them
    bool turnedUpsideDown = false;

    std::optional<quint64> perceptualHash; // of the registered field area; compare with hammingDistance()
    QList<FieldReading> fields; // template order
    bool totalRead = false; // the written total was read with a number
    bool totalConsistent = false; // vote fields sum to the written total (after decoding)
    QList<StageTiming> timings;

    double totalMs() const;
    const FieldReading *field(const QString &id) const;
    QJsonObject toJson() const;
    // Reads back what toJson() wrote (the station keeps readings across restarts). Timings are
    // not read back; problems keep their stored message.
    static Result<PageReading> fromJson(const QJsonObject &o);
    static int hammingDistance(quint64 a, quint64 b);
    // Perceptual hashes at most this far apart are the same sheet.
    static constexpr int SameSheetDistance = 10;
};

} // namespace acta
