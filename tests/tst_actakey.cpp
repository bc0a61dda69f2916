#include "ActaKey.h"
#include "TestSupport.h"

#include <QTest>

using namespace acta;

class TestActaKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidCasillaKeys_data();
    void parsesValidCasillaKeys();
    void rejectsMalformedCasillaKeys_data();
    void rejectsMalformedCasillaKeys();
    void parsesValidActaKeys_data();
    void parsesValidActaKeys();
    void rejectsMalformedActaKeys_data();
    void rejectsMalformedActaKeys();
    void makeValidatesComponents();
    void roundTripsEveryCasillaType();
    void equalityComparesAllParts();
};

void TestActaKey::parsesValidCasillaKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("section");
    QTest::addColumn<char>("type");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("ext");

    QTest::newRow("published example") << "010338B0100"
                                       << "010338B0100" << 1 << 338 << 'B' << 1 << 0;
    QTest::newRow("contigua") << "210012C0300"
                              << "210012C0300" << 21 << 12 << 'C' << 3 << 0;
    QTest::newRow("extraordinaria") << "099999E0100"
                                    << "099999E0100" << 9 << 9999 << 'E' << 1 << 0;
    QTest::newRow("extraordinaria contigua") << "150441E0201"
                                             << "150441E0201" << 15 << 441 << 'E' << 2 << 1;
    QTest::newRow("especial") << "320001S0100"
                              << "320001S0100" << 32 << 1 << 'S' << 1 << 0;
    QTest::newRow("prision preventiva") << "070100V0100"
                                        << "070100V0100" << 7 << 100 << 'V' << 1 << 0;
    QTest::newRow("lowercase type") << "010338c0200"
                                    << "010338C0200" << 1 << 338 << 'C' << 2 << 0;
    QTest::newRow("surrounding spaces") << "  010338B0100\n"
                                        << "010338B0100" << 1 << 338 << 'B' << 1 << 0;
}

void TestActaKey::parsesValidCasillaKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<CasillaKey> key = CasillaKey::parse(text);
    QVERIFY2(key.isOk(), qPrintable(key.isOk() ? QString() : key.error()));
    QCOMPARE(key->toString(), canonical);
    QTEST(key->state(), "state");
    QTEST(key->section(), "section");
    QTEST(char(key->type()), "type");
    QTEST(key->number(), "number");
    QTEST(key->extContigua(), "ext");
}

void TestActaKey::rejectsMalformedCasillaKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << ""
                           << "is empty";
    QTest::newRow("only spaces") << "   "
                                 << "is empty";
    QTest::newRow("too short") << "010338B010"
                               << "has 10 character";
    QTest::newRow("too long") << "010338B01000"
                              << "has 12 character";
    QTest::newRow("letter in state") << "O10338B0100"
                                     << "state";
    QTest::newRow("state zero") << "000338B0100"
                                << "State 00 is out of range";
    QTest::newRow("state 33") << "330338B0100"
                              << "State 33 is out of range";
    QTest::newRow("letter in section") << "0103I8B0100"
                                       << "section";
    QTest::newRow("section zero") << "010000B0100"
                                  << "Section 0000 is out of range";
    QTest::newRow("unknown type") << "010338X0100"
                                  << "must be B, C, E, S or V";
    QTest::newRow("digit as type") << "01033810100"
                                   << "must be B, C, E, S or V";
    QTest::newRow("casilla number zero") << "010338C0000"
                                         << "Casilla number 00 is out of range";
    QTest::newRow("letter in number") << "010338C0A00"
                                      << "casilla number";
    QTest::newRow("basic not 01") << "010338B0200"
                                  << "always number 01";
    QTest::newRow("ext on basic") << "010338B0101"
                                  << "Only an extraordinary casilla";
    QTest::newRow("ext on contigua") << "010338C0101"
                                     << "Only an extraordinary casilla";
    QTest::newRow("letter in ext") << "010338E01O1"
                                   << "contiguous extension";
    QTest::newRow("arabic-indic digits") << QString::fromUtf8("٠١0338B0100") << "state";
    QTest::newRow("fullwidth digit") << QString::fromUtf8("01033８B0100") << "section";
    QTest::newRow("negative sign") << "-10338B0100"
                                   << "state";
    QTest::newRow("inner space") << "01 338B0100"
                                 << "section";
}

void TestActaKey::rejectsMalformedCasillaKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<CasillaKey> key = CasillaKey::parse(text);
    QVERIFY(!key.isOk());
    QVERIFY_FAILS_WITH(key, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(key, messagePart);
}

void TestActaKey::parsesValidActaKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("casilla");
    QTest::addColumn<int>("actaType");

    QTest::newRow("published example") << "010338B010002"
                                       << "010338B0100" << 2;
    QTest::newRow("type 1") << "210012C030001"
                            << "210012C0300" << 1;
    QTest::newRow("type 99") << "150441E020199"
                             << "150441E0201" << 99;
}

void TestActaKey::parsesValidActaKeys()
{
    QFETCH(QString, text);
    const Result<ActaKey> key = ActaKey::parse(text);
    QVERIFY2(key.isOk(), qPrintable(key.isOk() ? QString() : key.error()));
    QTEST(key->casilla().toString(), "casilla");
    QTEST(key->actaType(), "actaType");
    QCOMPARE(key->toString(), text);
}

void TestActaKey::rejectsMalformedActaKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << ""
                           << "acta key is empty";
    QTest::newRow("casilla only") << "010338B0100"
                                  << "has 11 character";
    QTest::newRow("one digit too many") << "010338B0100020"
                                        << "has 14 character";
    QTest::newRow("acta type zero") << "010338B010000"
                                    << "Acta type 00 is out of range";
    QTest::newRow("letters as acta type") << "010338B0100AB"
                                          << "acta type";
    QTest::newRow("bad casilla inside") << "010338Z010002"
                                        << "must be B, C, E, S or V";
    QTest::newRow("bad state inside") << "990338B010002"
                                      << "State 99";
}

void TestActaKey::rejectsMalformedActaKeys()
{
    QFETCH(QString, text);
    QFETCH(QString, messagePart);
    const Result<ActaKey> key = ActaKey::parse(text);
    QVERIFY(!key.isOk());
    QVERIFY_FAILS_WITH(key, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(key, messagePart);
}

void TestActaKey::makeValidatesComponents()
{
    QVERIFY(CasillaKey::make(1, 338, CasillaType::Basica, 1, 0).isOk());
    QVERIFY(!CasillaKey::make(0, 338, CasillaType::Basica, 1, 0).isOk());
    QVERIFY(!CasillaKey::make(1, 10000, CasillaType::Basica, 1, 0).isOk());
    QVERIFY(!CasillaKey::make(1, 338, CasillaType::Contigua, 100, 0).isOk());
    QVERIFY(!CasillaKey::make(1, 338, CasillaType::Extraordinaria, 1, 100).isOk());
    const auto casilla = CasillaKey::make(1, 338, CasillaType::Basica, 1, 0);
    QVERIFY(casilla.isOk());
    QVERIFY(!ActaKey::make(*casilla, 0).isOk());
    QVERIFY(!ActaKey::make(*casilla, 100).isOk());
    const auto acta = ActaKey::make(*casilla, 2);
    QVERIFY(acta.isOk());
    QCOMPARE(acta->toString(), QStringLiteral("010338B010002"));
}

void TestActaKey::roundTripsEveryCasillaType()
{
    const CasillaType types[] = {CasillaType::Basica, CasillaType::Contigua, CasillaType::Extraordinaria,
                                 CasillaType::Especial, CasillaType::PrisionPreventiva};
    for (CasillaType type : types) {
        const auto key = CasillaKey::make(12, 4321, type, 1, 0);
        QVERIFY(key.isOk());
        const auto again = CasillaKey::parse(key->toString());
        QVERIFY(again.isOk());
        QCOMPARE(*again, *key);
        QVERIFY(!casillaTypeName(type).isEmpty());
    }
}

void TestActaKey::equalityComparesAllParts()
{
    const auto a = ActaKey::parse(u"010338B010002");
    const auto b = ActaKey::parse(u"010338B010001");
    const auto c = ActaKey::parse(u"010338B010002");
    QVERIFY(a.isOk() && b.isOk() && c.isOk());
    QVERIFY(!(*a == *b));
    QVERIFY(*a == *c);
}

QTEST_GUILESS_MAIN(TestActaKey)
#include "tst_actakey.moc"
