#include "DigitClassifier.h"
#include "FieldDecoder.h"

#include <QTest>

using namespace acta;

namespace {

// A box certain of one class, or split between two.
BoxProbabilities sure(int cls)
{
    BoxProbabilities p {};
    p[std::size_t(cls)] = 1.0f;
    return p;
}

BoxProbabilities split(int a, float pa, int b)
{
    BoxProbabilities p {};
    p[std::size_t(a)] = pa;
    p[std::size_t(b)] = 1.0f - pa;
    return p;
}

constexpr int E = BoxEmpty;
constexpr int X = BoxCrossedOut;

std::vector<FieldCandidate> numbers(std::initializer_list<std::pair<qint64, double>> list)
{
    std::vector<FieldCandidate> out;
    for (const auto &[v, p] : list)
        out.push_back({FieldValue::number(v), p});
    return out;
}

} // namespace

Q_DECLARE_METATYPE(std::vector<BoxProbabilities>)

class TestFieldDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void massAddsUpToOne();
    void waysOfWritingTheSameNumberAdd();
    void constrainFixesAMisread();
    void constrainKeepsRealDisagreement();
    void constrainSkipsIllegibleVotes();
    void constrainMayCorrectTheTotal();
};

void TestFieldDecoder::decode_data()
{
    QTest::addColumn<std::vector<BoxProbabilities>>("boxes");
    QTest::addColumn<QString>("top");
    QTest::addColumn<double>("probability");
    QTest::newRow("123") << std::vector {sure(1), sure(2), sure(3)} << "123" << 1.0;
    QTest::newRow("right-aligned 7") << std::vector {sure(E), sure(E), sure(7)} << "7" << 1.0;
    QTest::newRow("zero") << std::vector {sure(E), sure(E), sure(0)} << "0" << 1.0;
    QTest::newRow("leading zeros") << std::vector {sure(0), sure(0), sure(7)} << "7" << 1.0;
    QTest::newRow("all empty") << std::vector {sure(E), sure(E), sure(E)} << "SIN_DATO" << 1.0;
    QTest::newRow("crossed out") << std::vector {sure(E), sure(X), sure(4)} << "ILEGIBLE" << 1.0;
    QTest::newRow("gap between digits") << std::vector {sure(1), sure(E), sure(4)} << "ILEGIBLE" << 1.0;
    QTest::newRow("trailing empty") << std::vector {sure(5), sure(E), sure(E)} << "ILEGIBLE" << 1.0;
    QTest::newRow("3 or 8") << std::vector {sure(E), split(3, 0.7f, 8), sure(1)} << "31" << 0.7;
    QTest::newRow("one digit") << std::vector {split(9, 0.9f, 4)} << "9" << 0.9;
}

void TestFieldDecoder::decode()
{
    QFETCH(std::vector<BoxProbabilities>, boxes);
    QFETCH(QString, top);
    QFETCH(double, probability);
    const std::vector<FieldCandidate> c = FieldDecoder::decode(boxes);
    QVERIFY(!c.empty());
    QCOMPARE(c.front().value.toStorageString(), top);
    QVERIFY(std::abs(c.front().probability - probability) < 1e-6);
    for (std::size_t i = 1; i < c.size(); ++i)
        QVERIFY(c[i - 1].probability >= c[i].probability);
}

void TestFieldDecoder::massAddsUpToOne()
{
    // Uncertain everywhere: numbers, SIN DATO and ILEGIBLE still share exactly 1.
    BoxProbabilities vague;
    vague.fill(1.0f / 12);
    const std::vector<FieldCandidate> all = FieldDecoder::decode({vague, vague}, 1000);
    double sum = 0;
    for (const FieldCandidate &c : all)
        sum += c.probability;
    QVERIFY(std::abs(sum - 1.0) < 1e-6);
}

void TestFieldDecoder::waysOfWritingTheSameNumberAdd()
{
    // "_7" (p .5 * 1) and "07" (p .5 * 1) are both 7.
    const std::vector<FieldCandidate> c = FieldDecoder::decode({split(E, 0.5f, 0), sure(7)});
    QCOMPARE(c.front().value, FieldValue::number(7));
    QVERIFY(std::abs(c.front().probability - 1.0) < 1e-6);
}

void TestFieldDecoder::constrainFixesAMisread()
{
    // 58 read as 38 (p .6) but the total 120 = 58 + 62 says otherwise.
    const std::vector<std::vector<FieldCandidate>> votes {numbers({{38, 0.6}, {58, 0.35}}), numbers({{62, 0.99}})};
    const std::vector<FieldCandidate> total = numbers({{120, 0.98}});
    const std::optional<FieldDecoder::Joint> joint = FieldDecoder::constrain(votes, total);
    QVERIFY(joint);
    QCOMPARE(joint->votes, (std::vector<std::size_t> {1, 0}));
    QCOMPARE(joint->total, std::size_t(0));
}

void TestFieldDecoder::constrainKeepsRealDisagreement()
{
    // No candidate sum is near the total, or only an improbable one: nothing is forced.
    const std::vector<std::vector<FieldCandidate>> votes {numbers({{38, 0.99}, {58, 0.0001}}), numbers({{62, 0.999}})};
    QVERIFY(!FieldDecoder::constrain(votes, numbers({{120, 0.99}})));
    QVERIFY(!FieldDecoder::constrain(votes, numbers({{500, 0.99}})));
    // Already consistent: the top choices stay.
    const std::optional<FieldDecoder::Joint> same = FieldDecoder::constrain(votes, numbers({{100, 0.9}}));
    QVERIFY(same);
    QCOMPARE(same->votes, (std::vector<std::size_t> {0, 0}));
}

void TestFieldDecoder::constrainSkipsIllegibleVotes()
{
    std::vector<FieldCandidate> illegible {{FieldValue::ilegible(), 0.9}, {FieldValue::number(5), 0.1}};
    const std::vector<std::vector<FieldCandidate>> votes {illegible, numbers({{62, 0.99}})};
    QVERIFY(!FieldDecoder::constrain(votes, numbers({{67, 0.99}})));
}

void TestFieldDecoder::constrainMayCorrectTheTotal()
{
    // The fields are sure; the total's first reading (170) is the misread one.
    const std::vector<std::vector<FieldCandidate>> votes {numbers({{58, 0.999}}), numbers({{62, 0.999}})};
    const std::optional<FieldDecoder::Joint> joint
        = FieldDecoder::constrain(votes, numbers({{170, 0.55}, {120, 0.44}}));
    QVERIFY(joint);
    QCOMPARE(joint->total, std::size_t(1));
}

QTEST_GUILESS_MAIN(TestFieldDecoder)
#include "tst_fielddecoder.moc"
