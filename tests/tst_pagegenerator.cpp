#include "ImagingTestSupport.h"

#include <QJsonArray>

using namespace acta;
using namespace imagingtest;

class TestPageGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atlasIsTheHeldOutSplit();
    void sameSeedSamePage();
    void truthMatchesBoxes();
    void talliesAddUp();
    void defectLevelsWidenRanges();
    void badPagesAreMade_data();
    void badPagesAreMade();
    void otherFormNeedsItsTemplate();
};

void TestPageGenerator::atlasIsTheHeldOutSplit()
{
    QFile f(QStringLiteral(":/digits/heldout.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject meta = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(meta.value(QStringLiteral("split")).toString(), QStringLiteral("index % 10 == 9"));
    const GlyphAtlas glyphs = atlas();
    for (int d = 0; d < 10; ++d) {
        QVERIFY(glyphs.count(d) >= 80);
        const cv::Mat g = glyphs.glyph(d, 0);
        QCOMPARE(g.size(), cv::Size(28, 28));
        QVERIFY(cv::countNonZero(g > 128) > 20); // ink, white on black
    }
}

void TestPageGenerator::sameSeedSamePage()
{
    const PageDefects defects = PageGenerator::randomDefects(DefectLevel::Moderate, 5);
    const GeneratedPage a = generatePage(defects, 5);
    const GeneratedPage b = generatePage(defects, 5);
    QCOMPARE(a.bytes, b.bytes);
    QVERIFY(generatePage(defects, 6).bytes != a.bytes);
}

void TestPageGenerator::truthMatchesBoxes()
{
    PageDefects defects;
    defects.crossedOutRate = 0.2;
    defects.emptyRate = 0.2;
    const GeneratedPage page = generatePage(defects, 77);
    const ElectionTemplate election = sampleTemplate();
    int crossed = 0, empty = 0;
    for (const TemplateField &f : election.allFields()) {
        // A field not on this district's ballot is left blank and is not part of the truth.
        if (!page.boxLabels.contains(f.id)) {
            QVERIFY(isVoteKind(f.kind));
            QVERIFY(!page.truth.values().contains(f.id));
            continue;
        }
        const QList<int> labels = page.boxLabels.value(f.id);
        QCOMPARE(labels.size(), f.digits);
        const FieldValue v = page.truth.value(f.id);
        if (v.kind() == FieldValue::Kind::SinDato) {
            QVERIFY(std::all_of(labels.cbegin(), labels.cend(), [](int l) { return l == BoxEmpty; }));
            ++empty;
        } else if (v.kind() == FieldValue::Kind::Ilegible) {
            QVERIFY(labels.contains(BoxCrossedOut));
            ++crossed;
        } else {
            // Right-aligned digits after leading empty boxes.
            QString digits;
            for (int l : labels)
                if (l != BoxEmpty)
                    digits += QString::number(l);
                else
                    QVERIFY2(digits.isEmpty(), "an empty box after a digit");
            QCOMPARE(digits.toLongLong(), v.number());
        }
    }
    QVERIFY(crossed > 0 && empty > 0);
    const QJsonObject truth = page.groundTruth();
    QCOMPARE(truth.value(QStringLiteral("clave_acta")).toString(), page.acta.toString());
    QCOMPARE(truth.value(QStringLiteral("fields")).toObject().size(), page.truth.values().size());
    QCOMPARE(page.truth.values().size(), page.boxLabels.size());
}

void TestPageGenerator::talliesAddUp()
{
    const ElectionTemplate election = sampleTemplate();
    const PageGenerator generator(election, atlas());
    for (quint64 seed = 1; seed <= 50; ++seed) {
        const Tally t = generator.randomTally(seed);
        qint64 sum = 0;
        for (const TemplateField &f : election.voteFields())
            sum += t.value(f.id).number();
        QCOMPARE(sum, t.value(QStringLiteral("TOTAL_VOTOS_ASENTADO")).number());
        QVERIFY(sum <= 999);
    }
    // For one acta: only what is on its district's ballot, still adding up to the written total.
    const Catalog catalog = sampleCatalog();
    for (const CasillaInfo &c : catalog.casillas()) {
        if (c.district != 3 || c.key.type() != CasillaType::Basica)
            continue;
        const Tally t = generator.randomTally(9, 0, 0, election.actaType(), &c);
        QVERIFY(!t.values().contains(QStringLiteral("CAND_IND_1"))); // runs in district 2 only
        QVERIFY(!t.values().contains(QStringLiteral("PLU_MRA_UNV"))); // the coalition: districts 1, 2
        QVERIFY(t.values().contains(QStringLiteral("PLU")));
        qint64 sum = 0;
        for (const TemplateField &f : election.voteFields())
            sum += t.value(f.id).countedValue();
        QCOMPARE(sum, t.value(QStringLiteral("TOTAL_VOTOS_ASENTADO")).number());
        break;
    }
}

void TestPageGenerator::defectLevelsWidenRanges()
{
    double maxRotation[4] = {0, 0, 0, 0};
    int upsideDown = 0;
    for (int level = 0; level < 4; ++level)
        for (quint64 seed = 0; seed < 200; ++seed) {
            const PageDefects d = PageGenerator::randomDefects(DefectLevel(level), seed);
            QVERIFY((d.dpi >= 150 && d.dpi <= 300) || level == 0);
            QVERIFY(d.jpegQuality == 0 || (d.jpegQuality >= 40 && d.jpegQuality <= 95));
            maxRotation[level] = std::max(maxRotation[level], std::abs(d.rotationDeg));
            upsideDown += d.upsideDown ? 1 : 0;
        }
    QCOMPARE(maxRotation[0], 0.0);
    QVERIFY(maxRotation[1] <= 2 && maxRotation[2] <= 5 && maxRotation[3] <= 7);
    QVERIFY(maxRotation[3] > 6);
    QVERIFY(upsideDown > 0);
}

void TestPageGenerator::badPagesAreMade_data()
{
    QTest::addColumn<int>("bad");
    QTest::newRow("low resolution") << int(PageDefects::Bad::LowResolution);
    QTest::newRow("blurred") << int(PageDefects::Bad::Blurred);
    QTest::newRow("too dark") << int(PageDefects::Bad::TooDark);
    QTest::newRow("too bright") << int(PageDefects::Bad::TooBright);
    QTest::newRow("low contrast") << int(PageDefects::Bad::LowContrast);
    QTest::newRow("cut off") << int(PageDefects::Bad::CutOff);
    QTest::newRow("blank") << int(PageDefects::Bad::Blank);
    QTest::newRow("other form") << int(PageDefects::Bad::OtherForm);
}

void TestPageGenerator::badPagesAreMade()
{
    QFETCH(int, bad);
    const ElectionTemplate other = otherForm();
    const PageDefects defects = PageGenerator::badDefects(PageDefects::Bad(bad), 9);
    const GeneratedPage page = generatePage(defects, 9, &other);
    const cv::Mat gray = decode(page.bytes);
    QVERIFY(!gray.empty());
    if (PageDefects::Bad(bad) == PageDefects::Bad::OtherForm)
        QCOMPARE(page.templateId, other.id());
    if (PageDefects::Bad(bad) == PageDefects::Bad::LowResolution)
        QVERIFY(defects.dpi <= 100);
}

void TestPageGenerator::otherFormNeedsItsTemplate()
{
    const ElectionTemplate election = sampleTemplate();
    const PageGenerator generator(election, atlas());
    const Result<GeneratedPage> page = generator.generate(actaKey(QStringLiteral("210101B010002")), nullptr, Tally(),
                                                          PageGenerator::badDefects(PageDefects::Bad::OtherForm, 1), 1);
    QVERIFY(!page);
}

QTEST_MAIN(TestPageGenerator)
#include "tst_pagegenerator.moc"
