#include "Catalog.h"
#include "Election.h"
#include "ElectionTemplate.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <functional>
#include <utility>

using namespace acta;

namespace {

QString templatesDir()
{
    return QStringLiteral(ACTA_TEST_DATA "/templates");
}

QString fixture(const QString &name)
{
    return templatesDir() + u'/' + name;
}

QString sampleTemplatePath()
{
    return QStringLiteral(ACTA_SOURCE_DIR "/resources/sample/election.template.json");
}

QString sampleCatalogPath()
{
    return QStringLiteral(ACTA_SOURCE_DIR "/resources/sample/catalog.csv");
}

QStringList ids(const QList<TemplateField> &fields)
{
    QStringList out;
    for (const TemplateField &f : fields)
        out.append(f.id);
    return out;
}

// QVERIFY2 evaluates its message even when the check passes, and error() is only valid on failure.
template<typename T> QByteArray why(const Result<T> &r)
{
    return r.isOk() ? QByteArray() : r.error().toUtf8();
}

int countKind(const QList<TemplateField> &fields, FieldKind kind)
{
    return int(
        std::count_if(fields.cbegin(), fields.cend(), [kind](const TemplateField &f) { return f.kind == kind; }));
}

} // namespace

class TestElectionTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindSpellings();
    void forLocale_data();
    void forLocale();
    void boxGeometry();
    void minimalTemplate();
    void brokenFixtures_data();
    void brokenFixtures();
    void missingFile();
    void fromJsonWithoutFile();
    void sampleTemplate();
    void contestsAreChecked_data();
    void contestsAreChecked();
    void templateAndCatalogFitTogether();
    void sampleLayout();
    void roundTrip_data();
    void roundTrip();
    void toJsonShape();
    void allFieldsOrder();
    void fieldLookup();
    void sampleCatalog();
};

void TestElectionTemplate::kindSpellings()
{
    const QList<std::pair<FieldKind, QString>> kinds = {
        {FieldKind::Party, QStringLiteral("party")},
        {FieldKind::Coalition, QStringLiteral("coalition")},
        {FieldKind::Independent, QStringLiteral("independent")},
        {FieldKind::NoRegistrados, QStringLiteral("no_registrados")},
        {FieldKind::Nulos, QStringLiteral("nulos")},
        {FieldKind::BoletasSobrantes, QStringLiteral("boletas_sobrantes")},
        {FieldKind::PersonasVotaron, QStringLiteral("personas_votaron")},
        {FieldKind::RepresentantesVotaron, QStringLiteral("representantes_votaron")},
        {FieldKind::VotosSacados, QStringLiteral("votos_sacados")},
        {FieldKind::TotalAsentado, QStringLiteral("total_asentado")},
    };
    int votes = 0;
    for (const auto &[kind, id] : kinds) {
        QCOMPARE(fieldKindId(kind), id);
        FieldKind parsed = FieldKind::TotalAsentado;
        QVERIFY(fieldKindFromId(id, &parsed));
        QCOMPARE(parsed, kind);
        votes += isVoteKind(kind) ? 1 : 0;
    }
    QCOMPARE(votes, 5);
    QVERIFY(isVoteKind(FieldKind::Coalition));
    QVERIFY(isVoteKind(FieldKind::Nulos));
    QVERIFY(!isVoteKind(FieldKind::TotalAsentado));

    // Spellings are exact: no case folding, no spaces, no display names.
    FieldKind untouched = FieldKind::Nulos;
    QVERIFY(!fieldKindFromId(QStringLiteral("Party"), &untouched));
    QVERIFY(!fieldKindFromId(QStringLiteral(" party"), &untouched));
    QVERIFY(!fieldKindFromId(QStringLiteral("no registrados"), &untouched));
    QVERIFY(!fieldKindFromId(QString(), &untouched));
    QCOMPARE(untouched, FieldKind::Nulos);
    QVERIFY(fieldKindFromId(QStringLiteral("nulos"), nullptr));
}

void TestElectionTemplate::forLocale_data()
{
    QTest::addColumn<QString>("es");
    QTest::addColumn<QString>("en");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    const QString es = QStringLiteral("Votos nulos");
    const QString en = QStringLiteral("Null votes");
    QTest::newRow("es_MX") << es << en << QLocale(QLocale::Spanish, QLocale::Mexico) << es;
    QTest::newRow("en_US") << es << en << QLocale(QLocale::English, QLocale::UnitedStates) << en;
    QTest::newRow("en_GB") << es << en << QLocale(QLocale::English, QLocale::UnitedKingdom) << en;
    QTest::newRow("fr_FR is Spanish") << es << en << QLocale(QLocale::French, QLocale::France) << es;
    QTest::newRow("C is Spanish") << es << en << QLocale::c() << es;
    QTest::newRow("no English text") << es << QString() << QLocale(QLocale::English) << es;
    QTest::newRow("no Spanish text") << QString() << en << QLocale(QLocale::Spanish) << en;
}

void TestElectionTemplate::forLocale()
{
    QFETCH(QString, es);
    QFETCH(QString, en);
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    const LocalizedText text {es, en};
    QCOMPARE(text.forLocale(locale), expected);
}

void TestElectionTemplate::boxGeometry()
{
    const FieldBoxes boxes {20.0, 50.0};
    QCOMPARE(boxes.boxRectMm(0, 9, 12, 2), QRectF(20, 50, 9, 12));
    QCOMPARE(boxes.boxRectMm(1, 9, 12, 2), QRectF(31, 50, 9, 12));
    QCOMPARE(boxes.boxRectMm(2, 9, 12, 2), QRectF(42, 50, 9, 12));
    QCOMPARE(boxes.boxRectMm(2, 9, 12, 0), QRectF(38, 50, 9, 12));

    const Marker marker {15, 264.4, 10};
    QCOMPARE(marker.rectMm(), QRectF(10, 259.4, 10, 10));

    // The template applies its own box size and gap (fixture: 8 x 10 mm, gap 1.5 mm).
    Result<ElectionTemplate> t = ElectionTemplate::fromFile(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY2(t.isOk(), why(t).constData());
    const TemplateField *total = t->field(QStringLiteral("TOTAL_VOTOS_ASENTADO"));
    QVERIFY(total);
    QCOMPARE(total->digits, 4);
    QCOMPARE(t->boxRectMm(*total, 0), QRectF(100, 110, 8, 10));
    QCOMPARE(t->boxRectMm(*total, 3), QRectF(100 + 3 * 9.5, 110, 8, 10));
    QCOMPARE(t->boxRectMm(*total, 3).right(), 136.5);
}

void TestElectionTemplate::minimalTemplate()
{
    Result<ElectionTemplate> r = ElectionTemplate::fromFile(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY2(r.isOk(), why(r).constData());
    const ElectionTemplate &t = *r;
    QCOMPARE(t.id(), QStringLiteral("test-minimal"));
    QCOMPARE(t.version(), 3);
    QCOMPARE(t.electionId(), QStringLiteral("GOB"));
    QCOMPARE(t.actaType(), 1);
    QCOMPARE(t.electionName().es, QStringLiteral("Gubernatura de prueba"));
    QCOMPARE(t.electionName().en, QStringLiteral("Test governorship"));
    QCOMPARE(t.voteFields().size(), 6);
    QCOMPARE(t.otherFields().size(), 2);

    const TemplateField &coalition = t.voteFields().at(2);
    QCOMPARE(coalition.id, QStringLiteral("AAA_BBB"));
    QCOMPARE(coalition.kind, FieldKind::Coalition);
    QCOMPARE(coalition.parties, QStringList({QStringLiteral("AAA"), QStringLiteral("BBB")}));
    QCOMPARE(coalition.label.en, QStringLiteral("Coalition A and B"));
    QVERIFY(t.voteFields().at(0).parties.isEmpty());
    QCOMPARE(t.voteFields().at(4).digits, 2);
    QCOMPARE(t.voteFields().at(4).boxes, (FieldBoxes {100, 50}));

    const FormLayout &l = t.layout();
    QCOMPARE(l.pageWidthMm, 200.0);
    QCOMPARE(l.pageHeightMm, 150.0);
    QCOMPARE(l.boxWidthMm, 8.0);
    QCOMPARE(l.boxHeightMm, 10.0);
    QCOMPARE(l.boxGapMm, 1.5);
    QCOMPARE(l.markers.size(), 4);
    QCOMPARE(l.markers.at(2), (Marker {190, 140, 8}));
    QCOMPARE(l.qrMm, QRectF(150, 20, 25, 25));
    QCOMPARE(l.headerMm, QRectF(20, 5, 120, 20));

    // The id travels in every record: one a hub would refuse is refused here, before any acta.
    QFile file(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    for (const QString &bad : {QStringLiteral("PEF 2027"), QString(65, QLatin1Char('x')), QStringLiteral("a|b"),
                               QStringLiteral("=1+1"), QStringLiteral("elección")}) {
        json[QStringLiteral("id")] = bad;
        const Result<ElectionTemplate> refused = ElectionTemplate::fromJson(QJsonDocument(json).toJson());
        QVERIFY_FAILS_WITH(refused, ErrorCode::InvalidInput);
        QVERIFY_MESSAGE_NAMES(refused, QStringLiteral("$.id"));
    }
}

void TestElectionTemplate::brokenFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("fragments"); // all must appear in the error

    auto row = [](const char *file, QStringList fragments) {
        QTest::newRow(file) << QString::fromLatin1(file) << fragments;
    };
    auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };

    // Not a template at all
    row("bad-not-json.json", QStringList {s("not valid JSON"), s("at line 3, column"), s("byte offset")});
    row("bad-empty.json", QStringList {s("not valid JSON"), s("at line 1, column 1 (byte offset 0)")});
    row("bad-array.json", QStringList {s("$: expected a JSON object, got an array")});
    row("bad-schema-missing.json",
        QStringList {s("$.schema: expected \"actacapture.template/1\", got nothing (the key is missing)")});
    row("bad-schema-wrong.json",
        QStringList {s("$.schema: expected \"actacapture.template/1\", got the string \"actacapture.template/2\"")});
    // Identity
    row("bad-id-missing.json", QStringList {s("$.id: expected a non-empty string, got nothing")});
    row("bad-version-zero.json", QStringList {s("$.version: expected a whole number of at least 1, got the number 0")});
    row("bad-version-fraction.json",
        QStringList {s("$.version: expected a whole number of at least 1, got the number 1.5")});
    row("bad-tipo-acta-zero.json",
        QStringList {s("$.election.tipo_acta: expected a whole number from 1 to 99, got the number 0")});
    row("bad-tipo-acta-100.json",
        QStringList {s("$.election.tipo_acta: expected a whole number from 1 to 99, got the number 100")});
    row("bad-publication-offset.json",
        QStringList {s("$.election.publication_utc_offset_min: expected a whole number from -720 to 840, got the "
                       "number 900")});
    row("bad-election-name-en-missing.json",
        QStringList {s("$.election.name.en: expected a non-empty string, got nothing")});
    // Fields
    row("bad-label-es-missing.json",
        QStringList {s("$.vote_fields[1].label.es: expected a non-empty string, got nothing")});
    row("bad-label-en-empty.json",
        QStringList {s("$.other_fields[0].label.en: expected a non-empty string, got an empty string")});
    row("bad-unknown-key.json", QStringList {s("$.vote_fields[0]: unknown key \"lable\"")});
    row("bad-kind-unknown.json",
        QStringList {s("$.vote_fields[2].kind: unknown field kind \"alliance\""), s("no_registrados")});
    row("bad-duplicate-id.json",
        QStringList {s("$.other_fields[1].id: duplicate field id \"AAA\" (already used by $.vote_fields[0])")});
    row("bad-id-lowercase.json", QStringList {s("$.vote_fields[0].id: field id \"aaa\" must be upper-case letters")});
    row("bad-id-leading-digit.json",
        QStringList {s("$.other_fields[0].id: field id \"1PERSONAS\""), s("starting with a letter")});
    row("bad-id-hyphen.json", QStringList {s("$.vote_fields[3].id: field id \"IND-1\"")});
    row("bad-vote-kind-in-other.json",
        QStringList {s("$.other_fields[0].kind: \"party\" is a vote kind; the field belongs in vote_fields")});
    row("bad-other-kind-in-vote.json",
        QStringList {
            s("$.vote_fields[3].kind: \"personas_votaron\" is not a vote kind; the field belongs in other_fields")});
    row("bad-digits-zero.json",
        QStringList {s("$.vote_fields[0].digits: expected a whole number from 1 to 4, got the number 0")});
    row("bad-digits-five.json",
        QStringList {s("$.other_fields[1].digits: expected a whole number from 1 to 4, got the number 5")});
    // Coalitions and required kinds
    row("bad-coalition-one-party.json",
        QStringList {s("$.vote_fields[2].parties: a coalition needs at least 2 parties, got 1")});
    row("bad-coalition-unknown-party.json",
        QStringList {s("$.vote_fields[2].parties[1]: \"ZZZ\" is not a party field of this template")});
    row("bad-coalition-not-party.json",
        QStringList {s("$.vote_fields[2].parties[1]: \"IND_1\" is not a party field of this template")});
    row("bad-coalition-no-parties.json",
        QStringList {s("$.vote_fields[2].parties: a coalition lists its member parties"), s("got nothing")});
    row("bad-coalition-same-parties.json",
        QStringList {s("$.vote_fields[3].parties: the same parties as $.vote_fields[2] (AAA_BBB)")});
    row("bad-parties-on-party.json", QStringList {s("$.vote_fields[0].parties: only coalition fields list parties")});
    row("bad-no-registrados-missing.json",
        QStringList {s("$.vote_fields: expected exactly one field of kind \"no_registrados\", found 0")});
    row("bad-nulos-twice.json",
        QStringList {s("$.vote_fields: expected exactly one field of kind \"nulos\", found 2")});
    row("bad-other-kind-twice.json",
        QStringList {
            s("$.other_fields[1].kind: a field of kind \"personas_votaron\" already exists at $.other_fields[0]")});
    // Layout
    row("bad-page-width-zero.json",
        QStringList {s("$.layout.page.width_mm: expected a size in millimetres greater than 0, got 0")});
    row("bad-box-height-negative.json",
        QStringList {s("$.layout.box.height_mm: expected a size in millimetres greater than 0, got -10")});
    row("bad-box-gap-negative.json", QStringList {s("$.layout.box.gap_mm: expected millimetres, 0 or more, got -1")});
    row("bad-markers-three.json",
        QStringList {
            s("$.layout.markers: expected exactly 4 markers (top-left, top-right, bottom-right, bottom-left), got 3")});
    row("bad-markers-five.json", QStringList {s("$.layout.markers: expected exactly 4 markers"), s("got 5")});
    row("bad-marker-size-zero.json",
        QStringList {s("$.layout.markers[0].size_mm: expected a size in millimetres greater than 0, got 0")});
    row("bad-marker-wrong-corner.json", QStringList {s("$.layout.markers[1]: this marker must be the top-right one")});
    row("bad-marker-outside-page.json",
        QStringList {s(
            "$.layout.markers[2]: the marker (x 194 to 202 mm, y 136 to 144 mm) lies outside the 200 x 150 mm page")});
    row("bad-qr-not-square.json", QStringList {s("$.layout.qr: the QR area must be square, got 25 x 20 mm")});
    row("bad-qr-overlaps-marker.json", QStringList {s("$.layout.qr: the area"), s("overlaps $.layout.markers[1]")});
    row("bad-box-outside-page.json",
        QStringList {
            s("$.vote_fields[1].boxes: digit box 3 of 3 (x 199 to 207 mm, y 65 to 75 mm) lies outside the 200 x 150 "
              "mm page")});
    row("bad-box-negative-y.json", QStringList {s("$.other_fields[0].boxes: digit box 1 of 3"), s("lies outside the")});
    row("bad-boxes-overlap.json",
        QStringList {
            s("$.vote_fields[1].boxes: digit box 1 of 3 (x 45 to 53 mm, y 55 to 65 mm) overlaps digit box 2 of "
              "field AAA ($.vote_fields[0])")});
    row("bad-box-overlaps-marker.json",
        QStringList {s("$.other_fields[1].boxes: digit box 3 of 4"), s("overlaps $.layout.markers[2]")});
    row("bad-box-overlaps-qr.json",
        QStringList {s("$.vote_fields[4].boxes: digit box 1 of 2"), s("overlaps $.layout.qr")});
    row("bad-box-overlaps-header.json",
        QStringList {s("$.vote_fields[0].boxes: digit box 1 of 3"), s("overlaps $.layout.header")});
}

void TestElectionTemplate::brokenFixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, fragments);
    const QString path = fixture(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));

    Result<ElectionTemplate> r = ElectionTemplate::fromFile(path);
    QVERIFY2(!r.isOk(), "a broken template was accepted");
    // fromFile names the file, so an operator knows which template to fix.
    QVERIFY_FAILS_WITH(r, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(r, QDir::toNativeSeparators(path));
    for (const QString &fragment : fragments)
        QVERIFY_MESSAGE_NAMES(r, fragment);
}

void TestElectionTemplate::missingFile()
{
    const QString path = fixture(QStringLiteral("does-not-exist.json"));
    Result<ElectionTemplate> r = ElectionTemplate::fromFile(path);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().startsWith(QStringLiteral("Cannot read the template file ")), why(r).constData());
    QVERIFY_FAILS_WITH(r, ErrorCode::Io);
    QVERIFY_MESSAGE_NAMES(r, QStringLiteral("does-not-exist.json"));
}

void TestElectionTemplate::fromJsonWithoutFile()
{
    QFile file(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    Result<ElectionTemplate> r = ElectionTemplate::fromJson(json);
    QVERIFY2(r.isOk(), why(r).constData());
    QCOMPARE(r->id(), QStringLiteral("test-minimal"));

    // Without a file, the message starts with the JSON path.
    Result<ElectionTemplate> bad = ElectionTemplate::fromJson(QByteArrayLiteral("{\"schema\": 1}"));
    QVERIFY(!bad.isOk());
    QVERIFY2(bad.error().startsWith(QStringLiteral("$.schema: ")), why(bad).constData());
    QVERIFY_FAILS_WITH(bad, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(bad, QStringLiteral("got the number 1"));

    Result<ElectionTemplate> scalar = ElectionTemplate::fromJson(QByteArrayLiteral("42"));
    QVERIFY(!scalar.isOk());
}

void TestElectionTemplate::sampleTemplate()
{
    Result<ElectionTemplate> r = ElectionTemplate::fromFile(sampleTemplatePath());
    QVERIFY2(r.isOk(), why(r).constData());
    const ElectionTemplate &t = *r;
    QCOMPARE(t.id(), QStringLiteral("sample-dip-fed-2027"));
    QCOMPARE(t.version(), 2);
    QCOMPARE(t.electionId(), QStringLiteral("DIP_FED"));
    QCOMPARE(t.actaType(), 2);
    QCOMPARE(t.rpActaType(), std::optional<int>(3));
    QCOMPARE(t.publicationUtcOffsetMinutes(), std::optional<int>(-360)); // central Mexico
    QVERIFY(t.electionName().es.startsWith(QStringLiteral("Diputaciones federales")));
    QVERIFY(!t.electionName().en.isEmpty());

    QCOMPARE(t.voteFields().size(), 15);
    QCOMPARE(t.otherFields().size(), 5);
    QCOMPARE(countKind(t.voteFields(), FieldKind::Party), 8);
    QCOMPARE(countKind(t.voteFields(), FieldKind::Coalition), 4);
    QCOMPARE(countKind(t.voteFields(), FieldKind::Independent), 1);
    QCOMPARE(countKind(t.voteFields(), FieldKind::NoRegistrados), 1);
    QCOMPARE(countKind(t.voteFields(), FieldKind::Nulos), 1);

    // Coalition combinations: every pair and the trio of the same three parties.
    QSet<QString> members;
    int pairs = 0, trios = 0;
    for (const TemplateField &f : t.voteFields()) {
        if (f.kind != FieldKind::Coalition)
            continue;
        pairs += f.parties.size() == 2 ? 1 : 0;
        trios += f.parties.size() == 3 ? 1 : 0;
        QCOMPARE(f.id, f.parties.join(u'_'));
        for (const QString &p : f.parties)
            members.insert(p);
        QVERIFY(t.coalitionOf(f));
    }
    QCOMPARE(members.size(), 3);
    QCOMPARE(pairs, 3);
    QCOMPARE(trios, 1);
    QCOMPARE(t.coalitions().size(), 1);
    QCOMPARE(t.coalitions().first().parties,
             QStringList({QStringLiteral("PLU"), QStringLiteral("MRA"), QStringLiteral("UNV")}));
    // The coalition runs in districts 1 and 2; the independent in district 2 only.
    const TemplateField &trio = *t.field(QStringLiteral("PLU_MRA_UNV"));
    const TemplateField &independent = *t.field(QStringLiteral("CAND_IND_1"));
    QVERIFY(t.runsIn(trio, {21, 1}, 2));
    QVERIFY(!t.runsIn(trio, {21, 3}, 2));
    QVERIFY(!t.runsIn(independent, {21, 1}, 2));
    QVERIFY(t.runsIn(independent, {21, 2}, 2));
    QVERIFY(!t.runsIn(independent, {21, 2}, 3)); // no independents on RP actas
    QVERIFY(t.runsIn(*t.field(QStringLiteral("PLU")), {21, 3}, 2));
    QCOMPARE(t.actaTypesFor(CasillaType::Especial), QList<int>({2, 3}));
    QCOMPARE(t.actaTypesFor(CasillaType::Basica), QList<int>({2}));
    // Every contender has its candidacy in each district: 5 parties + the coalition in 1 and 2
    // (plus the independent in 2), 8 parties in 3.
    QCOMPARE(t.candidacies().size(), 6 + 7 + 8);

    QVERIFY(t.field(QStringLiteral("CAND_IND_1")));
    QCOMPARE(t.field(QStringLiteral("CAND_IND_1"))->kind, FieldKind::Independent);
    QCOMPARE(ids(t.otherFields()),
             QStringList({QStringLiteral("BOLETAS_SOBRANTES"), QStringLiteral("PERSONAS_VOTARON"),
                          QStringLiteral("REP_PARTIDO_VOTARON"), QStringLiteral("VOTOS_SACADOS"),
                          QStringLiteral("TOTAL_VOTOS_ASENTADO")}));
    QCOMPARE(t.field(QStringLiteral("REP_PARTIDO_VOTARON"))->kind, FieldKind::RepresentantesVotaron);
    QCOMPARE(t.field(QStringLiteral("TOTAL_VOTOS_ASENTADO"))->kind, FieldKind::TotalAsentado);

    // Party acronyms are 2 to 4 letters; every field has both labels and 3 digit boxes.
    for (const TemplateField &f : t.allFields()) {
        if (f.kind == FieldKind::Party)
            QVERIFY2(f.id.size() >= 2 && f.id.size() <= 4, qPrintable(f.id));
        QVERIFY(!f.label.es.isEmpty());
        QVERIFY(!f.label.en.isEmpty());
        QCOMPARE(f.digits, 3);
    }
}

void TestElectionTemplate::sampleLayout()
{
    Result<ElectionTemplate> r = ElectionTemplate::fromFile(sampleTemplatePath());
    QVERIFY2(r.isOk(), why(r).constData());
    const FormLayout &l = r->layout();
    QCOMPARE(l.pageWidthMm, 215.9); // US letter
    QCOMPARE(l.pageHeightMm, 279.4);
    QCOMPARE(l.markers.size(), 4);
    QCOMPARE(l.qrMm.width(), l.qrMm.height());
    QVERIFY(l.qrMm.center().x() > l.pageWidthMm / 2 && l.qrMm.center().y() < l.pageHeightMm / 4);

    // Everything printed stays inside a 10 mm safe margin.
    const QRectF safe(10, 10, l.pageWidthMm - 20, l.pageHeightMm - 20);
    for (const Marker &m : l.markers)
        QVERIFY(safe.contains(m.rectMm()));
    QVERIFY(safe.contains(l.qrMm));
    QVERIFY(safe.contains(l.headerMm));
    QList<QRectF> boxes;
    for (const TemplateField &f : r->allFields()) {
        for (int i = 0; i < f.digits; ++i) {
            const QRectF box = r->boxRectMm(f, i);
            QVERIFY2(safe.contains(box), qPrintable(f.id));
            QVERIFY(!box.intersects(l.qrMm));
            QVERIFY(!box.intersects(l.headerMm));
            for (const QRectF &other : std::as_const(boxes))
                QVERIFY2(!box.intersects(other), qPrintable(f.id));
            boxes.append(box);
        }
    }
    QCOMPARE(boxes.size(), 20 * 3);
    // Rows flow in two columns, top to bottom.
    QCOMPARE(r->voteFields().first().boxes.yMm, r->field(QStringLiteral("MRA_UNV"))->boxes.yMm);
    QVERIFY(r->voteFields().first().boxes.xMm < r->field(QStringLiteral("MRA_UNV"))->boxes.xMm);
}

void TestElectionTemplate::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("minimal") << fixture(QStringLiteral("valid-minimal.json"));
    QTest::newRow("sample") << sampleTemplatePath();
}

void TestElectionTemplate::roundTrip()
{
    QFETCH(QString, path);
    Result<ElectionTemplate> original = ElectionTemplate::fromFile(path);
    QVERIFY2(original.isOk(), why(original).constData());

    const QByteArray json = original->toJson();
    Result<ElectionTemplate> again = ElectionTemplate::fromJson(json);
    QVERIFY2(again.isOk(), why(again).constData());
    QVERIFY(*again == *original);
    QCOMPARE(again->allFields(), original->allFields());
    QCOMPARE(again->layout(), original->layout());
    QCOMPARE(again->electionName(), original->electionName());
    // Serialising is deterministic: the same template gives the same bytes.
    QCOMPARE(again->toJson(), json);
}

void TestElectionTemplate::toJsonShape()
{
    Result<ElectionTemplate> t = ElectionTemplate::fromFile(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY2(t.isOk(), why(t).constData());
    const QJsonObject root = QJsonDocument::fromJson(t->toJson()).object();
    QCOMPARE(root.value(QStringLiteral("schema")).toString(), QStringLiteral("actacapture.template/1"));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 3);
    QCOMPARE(root.value(QStringLiteral("election")).toObject().value(QStringLiteral("tipo_acta")).toInt(), 1);

    const QJsonArray votes = root.value(QStringLiteral("vote_fields")).toArray();
    QCOMPARE(votes.size(), 6);
    // Only coalitions carry "parties".
    QVERIFY(!votes.at(0).toObject().contains(QStringLiteral("parties")));
    QCOMPARE(votes.at(2).toObject().value(QStringLiteral("parties")).toArray().size(), 2);
    QCOMPARE(votes.at(4).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("no_registrados"));
    const QJsonObject boxes = votes.at(4).toObject().value(QStringLiteral("boxes")).toObject();
    QCOMPARE(boxes.value(QStringLiteral("x_mm")).toDouble(), 100.0);

    const QJsonObject layout = root.value(QStringLiteral("layout")).toObject();
    QCOMPARE(layout.value(QStringLiteral("markers")).toArray().size(), 4);
    QCOMPARE(layout.value(QStringLiteral("box")).toObject().value(QStringLiteral("gap_mm")).toDouble(), 1.5);
    QCOMPARE(layout.value(QStringLiteral("qr")).toObject().value(QStringLiteral("width_mm")).toDouble(), 25.0);

    // A default-constructed template is not valid and must not pass as one after serialising.
    QVERIFY(!ElectionTemplate::fromJson(ElectionTemplate().toJson()).isOk());
}

void TestElectionTemplate::allFieldsOrder()
{
    Result<ElectionTemplate> t = ElectionTemplate::fromFile(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY2(t.isOk(), why(t).constData());
    const QStringList expected = {
        QStringLiteral("AAA"),
        QStringLiteral("BBB"),
        QStringLiteral("AAA_BBB"),
        QStringLiteral("IND_1"),
        QStringLiteral("NO_REGISTRADOS"),
        QStringLiteral("NULOS"),
        QStringLiteral("PERSONAS_VOTARON"),
        QStringLiteral("TOTAL_VOTOS_ASENTADO"),
    };
    QCOMPARE(ids(t->allFields()), expected);
    QCOMPARE(ids(t->voteFields()), expected.mid(0, 6));
    QCOMPARE(ids(t->otherFields()), expected.mid(6));

    Result<ElectionTemplate> sample = ElectionTemplate::fromFile(sampleTemplatePath());
    QVERIFY2(sample.isOk(), why(sample).constData());
    const QList<TemplateField> all = sample->allFields();
    QCOMPARE(all.size(), 20);
    QCOMPARE(all.mid(0, 15), sample->voteFields());
    QCOMPARE(all.mid(15), sample->otherFields());
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(isVoteKind(all.at(i).kind), i < 15);
    // Form order of the sample: parties, coalitions, independent, then the required vote kinds.
    QCOMPARE(all.at(0).id, QStringLiteral("PLU"));
    QCOMPARE(all.at(8).id, QStringLiteral("PLU_MRA_UNV"));
    QCOMPARE(all.at(12).id, QStringLiteral("CAND_IND_1"));
    QCOMPARE(all.at(13).id, QStringLiteral("NO_REGISTRADOS"));
    QCOMPARE(all.at(14).id, QStringLiteral("NULOS"));
}

void TestElectionTemplate::fieldLookup()
{
    Result<ElectionTemplate> r = ElectionTemplate::fromFile(fixture(QStringLiteral("valid-minimal.json")));
    QVERIFY2(r.isOk(), why(r).constData());
    const ElectionTemplate &t = *r;

    const TemplateField *nulos = t.field(QStringLiteral("NULOS"));
    QVERIFY(nulos);
    QCOMPARE(nulos, &t.voteFields().at(5)); // points into the template, not a copy
    const TemplateField *personas = t.field(QStringLiteral("PERSONAS_VOTARON"));
    QVERIFY(personas);
    QCOMPARE(personas, &t.otherFields().at(0));
    QCOMPARE(t.field(QStringLiteral("TOTAL_VOTOS_ASENTADO")), &t.otherFields().at(1));
    QVERIFY(!t.field(QStringLiteral("nulos"))); // ids are case-sensitive
    QVERIFY(!t.field(QStringLiteral("CCC")));
    QVERIFY(!t.field(QString()));

    QCOMPARE(t.fieldOfKind(FieldKind::Party), &t.voteFields().at(0)); // the first one
    QCOMPARE(t.fieldOfKind(FieldKind::Coalition), &t.voteFields().at(2));
    QCOMPARE(t.fieldOfKind(FieldKind::NoRegistrados)->id, QStringLiteral("NO_REGISTRADOS"));
    QCOMPARE(t.fieldOfKind(FieldKind::TotalAsentado)->id, QStringLiteral("TOTAL_VOTOS_ASENTADO"));
    QVERIFY(!t.fieldOfKind(FieldKind::BoletasSobrantes));
    QVERIFY(!t.fieldOfKind(FieldKind::VotosSacados));

    const ElectionTemplate empty;
    QVERIFY(!empty.field(QStringLiteral("NULOS")));
    QVERIFY(!empty.fieldOfKind(FieldKind::Nulos));
    QVERIFY(empty.allFields().isEmpty());
}

void TestElectionTemplate::sampleCatalog()
{
    Result<Catalog> r = Catalog::fromFile(sampleCatalogPath());
    QVERIFY2(r.isOk(), why(r).constData());
    const Catalog &c = *r;
    QVERIFY2(c.size() >= 2000, qPrintable(QString::number(c.size())));
    QCOMPARE(c.districts(), QList<int>({1, 2, 3}));

    QHash<QChar, int> byType;
    for (const CasillaInfo &info : c.casillas()) {
        QCOMPARE(info.key.state(), 21);
        QCOMPARE(info.stateName, QStringLiteral("Estado de Ejemplo"));
        QCOMPARE(info.representantes, 18); // two per party and two for the independent candidate
        ++byType[QLatin1Char(char(info.key.type()))];
        if (info.key.type() == CasillaType::Especial) {
            QCOMPARE(info.listaNominal, 0);
            QVERIFY(info.approvedBallots.has_value());
            QVERIFY(*info.approvedBallots >= 750 && *info.approvedBallots <= 980);
        } else {
            QVERIFY(!info.approvedBallots.has_value());
            QVERIFY2(info.listaNominal >= 100 && info.listaNominal <= 750, qPrintable(info.key.toString()));
        }
        // Three digit boxes per field hold any count the casilla can reach.
        QVERIFY(info.voteCeiling() <= 999);
    }
    for (QChar type : {u'B', u'C', u'E', u'S', u'V'})
        QVERIFY2(byType.value(type) > 0, qPrintable(QString(type)));
    // Each section has exactly one basic casilla.
    QSet<int> sections;
    for (const CasillaInfo &info : c.casillas())
        sections.insert(info.key.section());
    QCOMPARE(byType.value(u'B'), int(sections.size()));

    QVERIFY(c.find(QStringLiteral("210101B0100")));
    // Extraordinary contiguous casillas are numbered by extension (E01C01 -> 01 01).
    bool sawExtension = false;
    for (const CasillaInfo &info : c.casillas())
        sawExtension = sawExtension || (info.key.type() == CasillaType::Extraordinaria && info.key.extContigua() > 0);
    QVERIFY(sawExtension);
    // Locations with commas and quotes survive the CSV quoting.
    bool sawComma = false, sawQuote = false;
    for (const CasillaInfo &info : c.casillas()) {
        sawComma = sawComma || info.location.contains(u',');
        sawQuote = sawQuote || info.location.contains(u'"');
    }
    QVERIFY(sawComma);
    QVERIFY(sawQuote);
}

namespace {

// The sample template's JSON with one change made by `edit`.
QByteArray editedSample(const std::function<void(QJsonObject &)> &edit)
{
    QFile f(Election::sampleTemplatePath());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no sample template");
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonArray without(QJsonArray list, const QString &id)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list.at(i).toObject().value(QStringLiteral("id")).toString() == id) {
            list.removeAt(i);
            break;
        }
    return list;
}

} // namespace

void TestElectionTemplate::contestsAreChecked_data()
{
    using Edit = std::function<void(QJsonObject &)>;
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("errorPart"); // what the message names
    QTest::newRow("a combination missing") << Edit([](QJsonObject &r) {
        r[QStringLiteral("vote_fields")]
            = without(r[QStringLiteral("vote_fields")].toArray(), QStringLiteral("PLU_MRA_UNV"));
    }) << QStringLiteral("PLU_MRA_UNV");
    QTest::newRow("a combination outside the coalition") << Edit([](QJsonObject &r) {
        QJsonArray fields = r[QStringLiteral("vote_fields")].toArray();
        QJsonObject f = fields.at(9).toObject(); // PLU_MRA
        f[QStringLiteral("parties")] = QJsonArray {QStringLiteral("PLU"), QStringLiteral("CIMA")};
        f[QStringLiteral("id")] = QStringLiteral("PLU_CIMA");
        fields[9] = f;
        r[QStringLiteral("vote_fields")] = fields;
    }) << QStringLiteral("$.coalitions");
    QTest::newRow("a party in two coalitions") << Edit([](QJsonObject &r) {
        QJsonArray list = r[QStringLiteral("coalitions")].toArray();
        QJsonObject second = list.at(0).toObject();
        second[QStringLiteral("id")] = QStringLiteral("OTRA");
        second[QStringLiteral("parties")] = QJsonArray {QStringLiteral("PLU"), QStringLiteral("CIMA")};
        list.append(second);
        r[QStringLiteral("coalitions")] = list;
    }) << QStringLiteral("HORIZONTE");
    QTest::newRow("a candidacy missing") << Edit([](QJsonObject &r) {
        QJsonArray list = r[QStringLiteral("candidates")].toArray();
        list.removeAt(0);
        r[QStringLiteral("candidates")] = list;
    }) << QStringLiteral("no candidacy");
    QTest::newRow("a party's own candidacy where its coalition runs") << Edit([](QJsonObject &r) {
        QJsonArray list = r[QStringLiteral("candidates")].toArray();
        QJsonObject c = list.at(0).toObject();
        c[QStringLiteral("contender")] = QStringLiteral("PLU");
        list.append(c);
        r[QStringLiteral("candidates")] = list;
    }) << QStringLiteral("HORIZONTE");
    QTest::newRow("a line break in the election's name") << Edit([](QJsonObject &r) {
        QJsonObject e = r[QStringLiteral("election")].toObject();
        e[QStringLiteral("name")] = QJsonObject {{QStringLiteral("es"), QStringLiteral("Diputaciones\nfalso")},
                                                 {QStringLiteral("en"), QStringLiteral("Deputies")}};
        r[QStringLiteral("election")] = e;
    }) << QStringLiteral("$.election.name.es");
    QTest::newRow("a pipe in a candidate's name") << Edit([](QJsonObject &r) {
        QJsonArray list = r[QStringLiteral("candidates")].toArray();
        QJsonObject c = list.at(0).toObject();
        c[QStringLiteral("propietario")] = QStringLiteral("Ana|1|2");
        list[0] = c;
        r[QStringLiteral("candidates")] = list;
    }) << QStringLiteral("$.candidates[0].propietario");
    QTest::newRow("a name too long") << Edit([](QJsonObject &r) {
        QJsonArray list = r[QStringLiteral("candidates")].toArray();
        QJsonObject c = list.at(0).toObject();
        c[QStringLiteral("suplente")] = QString(201, QLatin1Char('a'));
        list[0] = c;
        r[QStringLiteral("candidates")] = list;
    }) << QStringLiteral("200");
    QTest::newRow("runs_in on a combination") << Edit([](QJsonObject &r) {
        QJsonArray fields = r[QStringLiteral("vote_fields")].toArray();
        QJsonObject f = fields.at(9).toObject();
        f[QStringLiteral("runs_in")]
            = QJsonArray {QJsonObject {{QStringLiteral("state"), 21}, {QStringLiteral("district"), 1}}};
        fields[9] = f;
        r[QStringLiteral("vote_fields")] = fields;
    }) << QStringLiteral("runs_in");
    QTest::newRow("RP acta type equal to the main one") << Edit([](QJsonObject &r) {
        QJsonObject e = r[QStringLiteral("election")].toObject();
        e[QStringLiteral("tipo_acta_rp_especiales")] = 2;
        r[QStringLiteral("election")] = e;
    }) << QStringLiteral("tipo_acta_rp_especiales");
}

void TestElectionTemplate::contestsAreChecked()
{
    QFETCH(std::function<void(QJsonObject &)>, edit);
    QFETCH(QString, errorPart);
    const Result<ElectionTemplate> t = ElectionTemplate::fromJson(editedSample(edit));
    QVERIFY(!t);
    QVERIFY2(t.error().contains(errorPart), qPrintable(t.error()));
}

void TestElectionTemplate::templateAndCatalogFitTogether()
{
    const Result<Election> sample = Election::sample();
    QVERIFY(sample);
    QVERIFY(Election::checkTogether(sample->election, sample->catalog));
    // A district the catalog does not have: refused, named.
    const QByteArray json = editedSample([](QJsonObject &r) {
        QJsonArray fields = r[QStringLiteral("vote_fields")].toArray();
        QJsonObject f = fields.at(12).toObject(); // CAND_IND_1
        f[QStringLiteral("runs_in")]
            = QJsonArray {QJsonObject {{QStringLiteral("state"), 21}, {QStringLiteral("district"), 9}}};
        fields[12] = f;
        r[QStringLiteral("vote_fields")] = fields;
        QJsonArray candidates;
        for (const QJsonValue &c : r[QStringLiteral("candidates")].toArray())
            if (c[QStringLiteral("contender")].toString() != QLatin1String("CAND_IND_1"))
                candidates.append(c);
        r[QStringLiteral("candidates")] = candidates;
    });
    const Result<ElectionTemplate> t = ElectionTemplate::fromJson(json);
    QVERIFY2(t, t ? "" : qPrintable(t.error()));
    const Status s = Election::checkTogether(*t, sample->catalog);
    QVERIFY(!s);
    QVERIFY2(s.error().contains(QStringLiteral("21-9")), qPrintable(s.error()));
}

QTEST_GUILESS_MAIN(TestElectionTemplate)
#include "tst_electiontemplate.moc"
