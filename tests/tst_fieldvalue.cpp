#include "FieldValue.h"
#include "TestSupport.h"

#include <QTest>

using namespace acta;

class TestFieldValue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultIsSinDato();
    void countedValueTreatsIlegibleAndSinDatoAsZero();
    void parsesValidText_data();
    void parsesValidText();
    void rejectsInvalidText_data();
    void rejectsInvalidText();
    void storageStringsRoundTrip();
    void publicationStrings();
    void tallyReadsMissingFieldsAsSinDato();
    void tallyJsonRoundTrip();
};

void TestFieldValue::defaultIsSinDato()
{
    QCOMPARE(FieldValue().kind(), FieldValue::Kind::SinDato);
    QCOMPARE(FieldValue(), FieldValue::sinDato());
}

void TestFieldValue::countedValueTreatsIlegibleAndSinDatoAsZero()
{
    QCOMPARE(FieldValue::number(123).countedValue(), 123);
    QCOMPARE(FieldValue::number(0).countedValue(), 0);
    QCOMPARE(FieldValue::ilegible().countedValue(), 0);
    QCOMPARE(FieldValue::sinDato().countedValue(), 0);
    QVERIFY(!(FieldValue::number(0) == FieldValue::sinDato()));
    QVERIFY(!(FieldValue::ilegible() == FieldValue::sinDato()));
}

void TestFieldValue::parsesValidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("number");
    QTest::newRow("zero") << "0" << int(FieldValue::Kind::Number) << qint64(0);
    QTest::newRow("leading zeros") << "007" << int(FieldValue::Kind::Number) << qint64(7);
    QTest::newRow("three digits") << "512" << int(FieldValue::Kind::Number) << qint64(512);
    QTest::newRow("spaces") << " 42 " << int(FieldValue::Kind::Number) << qint64(42);
    QTest::newRow("ILEGIBLE") << "ILEGIBLE" << int(FieldValue::Kind::Ilegible) << qint64(0);
    QTest::newRow("Ilegible") << "Ilegible" << int(FieldValue::Kind::Ilegible) << qint64(0);
    QTest::newRow("SIN_DATO") << "SIN_DATO" << int(FieldValue::Kind::SinDato) << qint64(0);
    QTest::newRow("Sin dato") << "Sin dato" << int(FieldValue::Kind::SinDato) << qint64(0);
}

void TestFieldValue::parsesValidText()
{
    QFETCH(QString, text);
    const Result<FieldValue> v = FieldValue::parse(text);
    QVERIFY2(v.isOk(), qPrintable(v.isOk() ? QString() : v.error()));
    QTEST(int(v->kind()), "kind");
    QTEST(v->number(), "number");
}

void TestFieldValue::rejectsInvalidText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("negative") << "-1";
    QTest::newRow("plus") << "+1";
    QTest::newRow("decimal") << "1.5";
    QTest::newRow("letters") << "12a";
    QTest::newRow("arabic-indic") << QString::fromUtf8("١٢");
    QTest::newRow("too long") << "1234567890";
    QTest::newRow("other word") << "NULO";
}

void TestFieldValue::rejectsInvalidText()
{
    QFETCH(QString, text);
    const Result<FieldValue> v = FieldValue::parse(text);
    QVERIFY(!v.isOk());
    QVERIFY(!v.error().isEmpty());
}

void TestFieldValue::storageStringsRoundTrip()
{
    for (const FieldValue &v :
         {FieldValue::number(0), FieldValue::number(999), FieldValue::ilegible(), FieldValue::sinDato()}) {
        const Result<FieldValue> back = FieldValue::parse(v.toStorageString());
        QVERIFY(back.isOk());
        QCOMPARE(*back, v);
    }
}

void TestFieldValue::publicationStrings()
{
    QCOMPARE(FieldValue::number(17).toPublicationString(), QStringLiteral("17"));
    QCOMPARE(FieldValue::ilegible().toPublicationString(), QStringLiteral("Ilegible"));
    QCOMPARE(FieldValue::sinDato().toPublicationString(), QStringLiteral("Sin dato"));
    QVERIFY(!FieldValue::ilegible().toDisplayString().isEmpty());
}

void TestFieldValue::tallyReadsMissingFieldsAsSinDato()
{
    Tally t;
    t.set(QStringLiteral("A"), FieldValue::number(5));
    QCOMPARE(t.value(QStringLiteral("A")), FieldValue::number(5));
    QCOMPARE(t.value(QStringLiteral("B")), FieldValue::sinDato());
    QVERIFY(t.has(QStringLiteral("A")));
    QVERIFY(!t.has(QStringLiteral("B")));
}

QTEST_GUILESS_MAIN(TestFieldValue)
void TestFieldValue::tallyJsonRoundTrip()
{
    Tally t;
    t.set(QStringLiteral("PLU"), FieldValue::number(120));
    t.set(QStringLiteral("MRA"), FieldValue::ilegible());
    t.set(QStringLiteral("NULOS"), FieldValue::sinDato());
    // Sorted keys, storage spellings: the same tally is always the same text.
    QCOMPARE(t.toJsonText(), QStringLiteral("{\"MRA\":\"ILEGIBLE\",\"NULOS\":\"SIN_DATO\",\"PLU\":\"120\"}"));
    QCOMPARE(*Tally::fromJsonText(t.toJsonText()), t);
    QVERIFY(!Tally::fromJsonText(QStringLiteral("[1]")));
    const Result<Tally> bad = Tally::fromJsonText(QStringLiteral("{\"PLU\":\"-3\"}"));
    QVERIFY(!bad);
    QVERIFY_MESSAGE_NAMES(bad, QStringLiteral("PLU"));

    // The double-blind comparison: a field left out is SIN DATO; == compares what was captured.
    Tally without = t;
    without = Tally();
    without.set(QStringLiteral("PLU"), FieldValue::number(120));
    without.set(QStringLiteral("MRA"), FieldValue::ilegible());
    QVERIFY(without.sameFigures(t));
    QVERIFY(t.sameFigures(without));
    QVERIFY(!(without == t));
    without.set(QStringLiteral("PLU"), FieldValue::number(121));
    QVERIFY(!without.sameFigures(t));
}

#include "tst_fieldvalue.moc"
