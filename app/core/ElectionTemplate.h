#pragma once

#include "ActaKey.h"
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

// A federal district of one state: where a party, coalition or independent runs.
struct DistrictRef
{
    int state = 0; // ID_ESTADO
    int district = 0; // ID_DISTRITO
    friend bool operator==(const DistrictRef &, const DistrictRef &) = default;
};
inline size_t qHash(const DistrictRef &d, size_t seed = 0)
{
    return ::qHash(d.state * 10000 + d.district, seed);
}

struct TemplateField
{
    QString id; // publication column, e.g. "PAN", "PAN_PRI", "NO_REGISTRADOS"
    FieldKind kind = FieldKind::Party;
    LocalizedText label;
    int digits = 3; // number of digit boxes on the form
    QStringList parties; // coalition members (party field ids), empty for other kinds
    FieldBoxes boxes;
    // Parties and independents: the districts they run in; empty: every district. A coalition
    // field runs where its coalition does (Coalition::runsIn).
    QList<DistrictRef> runsIn;
    // The label a view shows. Parties, coalitions and independent candidacies are proper nouns:
    // as printed on the sheet (Spanish) in every UI language, so the clerk finds them there.
    // The other fields (nulos, no registrados, totals) in the UI language.
    QString displayLabel(const QLocale &locale) const;
    friend bool operator==(const TemplateField &, const TemplateField &) = default;
};

// A coalition: parties that share candidates. Its ballot shows every party on its own and the
// acta has a vote field for every combination of two or more of them.
struct Coalition
{
    QString id; // e.g. "HORIZONTE" (the candidates catalog names the coalition by it)
    LocalizedText name;
    QStringList parties; // member party field ids, in the template's order
    QList<DistrictRef> runsIn; // empty: every district
    friend bool operator==(const Coalition &, const Coalition &) = default;
};

// One candidacy: who a party, coalition or independent puts forward in one district.
struct Candidacy
{
    QString contender; // party or independent field id, or coalition id
    DistrictRef district;
    QString propietario; // the candidate
    QString suplente; // the substitute
    friend bool operator==(const Candidacy &, const Candidacy &) = default;
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
    // Special (S) casillas of some elections also fill an acta for representación proporcional,
    // on the same form; this is its TIPO_ACTA. Independents do not run on it.
    std::optional<int> rpActaType() const { return m_rpActaType; }
    // The actas a casilla of this type fills for this election, main acta first.
    QList<int> actaTypesFor(CasillaType type) const;
    bool isRpActaType(int actaType) const { return m_rpActaType && *m_rpActaType == actaType; }
    // The one zone the published cut shows every time in (a federal election: central Mexico,
    // -360); none when the template does not say.
    std::optional<int> publicationUtcOffsetMinutes() const { return m_publicationUtcOffset; }

    const QList<TemplateField> &voteFields() const { return m_voteFields; } // in form order
    const QList<TemplateField> &otherFields() const { return m_otherFields; }
    QList<TemplateField> allFields() const; // vote fields then other fields
    const TemplateField *field(const QString &id) const; // nullptr when unknown
    const TemplateField *fieldOfKind(FieldKind kind) const; // first one, or nullptr
    const FormLayout &layout() const { return m_layout; }

    const QList<Coalition> &coalitions() const { return m_coalitions; }
    const Coalition *coalitionOf(const TemplateField &field) const; // a coalition field's, or nullptr
    const QList<Candidacy> &candidacies() const { return m_candidacies; }
    // Whether the field's party, coalition or independent is on the ballot of this district and
    // acta type (other fields always are). A field that does not run is "-" in the publication,
    // not captured, and not part of the counting rules.
    bool runsIn(const TemplateField &field, const DistrictRef &district, int actaType) const;

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
    std::optional<int> m_rpActaType;
    std::optional<int> m_publicationUtcOffset;
    QList<TemplateField> m_voteFields;
    QList<TemplateField> m_otherFields;
    QHash<QString, int> m_index; // field id -> position in allFields()
    FormLayout m_layout;
    QList<Coalition> m_coalitions;
    QList<Candidacy> m_candidacies;

    friend class TemplateParser;
};

} // namespace acta
