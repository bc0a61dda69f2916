#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace acta {

// What a field of the acta holds. Vote kinds add up to TOTAL_VOTOS_CALCULADO;
// the others are figures captured for consistency checks only.
enum class FieldKind {
    // vote fields
    Party,
    Coalition,
    Independent,
    NoRegistrados,
    Nulos,
    // other captured figures
    BoletasSobrantes,
    PersonasVotaron,
    RepresentantesVotaron,
    VotosSacados,
    TotalAsentado,
};

bool isVoteKind(FieldKind kind);
QString fieldKindId(FieldKind kind); // the JSON spelling, e.g. "no_registrados"
bool fieldKindFromId(const QString &id, FieldKind *out);

struct LocalizedText
{
    QString es;
    QString en;
    // The label in the UI language: English when the locale is English, Spanish otherwise.
    QString forLocale(const QLocale &locale) const;
    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

// Where a field's digit boxes are printed, in millimetres from the page's top-left corner.
struct FieldBoxes
{
    double xMm = 0; // left edge of the first box
    double yMm = 0; // top edge of the boxes
    // Rectangle of digit box i (0 = most significant), given the layout's box size and gap.
    QRectF boxRectMm(int i, double boxWidthMm, double boxHeightMm, double gapMm) const;
    friend bool operator==(const FieldBoxes &, const FieldBoxes &) = default;
};

struct TemplateField
{
    QString id; // publication column, e.g. "PAN", "PAN_PRI", "NO_REGISTRADOS"
    FieldKind kind = FieldKind::Party;
    LocalizedText label;
    int digits = 3; // number of digit boxes on the form
    QStringList parties; // coalition members (party field ids), empty for other kinds
    FieldBoxes boxes;
    friend bool operator==(const TemplateField &, const TemplateField &) = default;
};

struct Marker
{
    double xMm = 0; // centre
    double yMm = 0;
    double sizeMm = 0; // side of the square marker
    QRectF rectMm() const { return QRectF(xMm - sizeMm / 2, yMm - sizeMm / 2, sizeMm, sizeMm); }
    friend bool operator==(const Marker &, const Marker &) = default;
};

struct FormLayout
{
    double pageWidthMm = 0;
    double pageHeightMm = 0;
    double boxWidthMm = 0;
    double boxHeightMm = 0;
    double boxGapMm = 0;
    QList<Marker> markers; // exactly four, order: top-left, top-right, bottom-right, bottom-left
    QRectF qrMm; // square area of the identity QR code
    QRectF headerMm; // printed header (state, district, section, casilla, election)
    friend bool operator==(const FormLayout &, const FormLayout &) = default;
};

// One election's acta: identity, ordered fields and the physical form.
// The JSON format is documented in resources/templates/README.md.
class ElectionTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ElectionTemplate)

public:
    static constexpr int SchemaVersion = 1;

    // Errors name the JSON path of the problem, e.g. "$.vote_fields[3].label.es".
    static Result<ElectionTemplate> fromJson(const QByteArray &json);
    static Result<ElectionTemplate> fromFile(const QString &path);
    QByteArray toJson() const;

    QString id() const { return m_id; } // template id, e.g. "sample-dip-fed-2027"
    int version() const { return m_version; } // template revision, printed in the QR
    QString electionId() const { return m_electionId; }
    LocalizedText electionName() const { return m_electionName; }
    int actaType() const { return m_actaType; } // TIPO_ACTA
    // The one zone the published cut shows every time in (a federal election: central Mexico,
    // -360); none when the template does not say.
    std::optional<int> publicationUtcOffsetMinutes() const { return m_publicationUtcOffset; }

    const QList<TemplateField> &voteFields() const { return m_voteFields; } // in form order
    const QList<TemplateField> &otherFields() const { return m_otherFields; }
    QList<TemplateField> allFields() const; // vote fields then other fields
    const TemplateField *field(const QString &id) const; // nullptr when unknown
    const TemplateField *fieldOfKind(FieldKind kind) const; // first one, or nullptr
    const FormLayout &layout() const { return m_layout; }

    // Rectangle of digit box i of a field, with this template's box size and gap.
    QRectF boxRectMm(const TemplateField &field, int i) const
    {
        return field.boxes.boxRectMm(i, m_layout.boxWidthMm, m_layout.boxHeightMm, m_layout.boxGapMm);
    }

    friend bool operator==(const ElectionTemplate &, const ElectionTemplate &) = default;

private:
    QString m_id;
    int m_version = 0;
    QString m_electionId;
    LocalizedText m_electionName;
    int m_actaType = 0;
    std::optional<int> m_publicationUtcOffset;
    QList<TemplateField> m_voteFields;
    QList<TemplateField> m_otherFields;
    QHash<QString, int> m_index; // field id -> position in allFields()
    FormLayout m_layout;

    friend class TemplateParser;
};

} // namespace acta
