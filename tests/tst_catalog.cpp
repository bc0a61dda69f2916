#include "Catalog.h"
#include "TestSupport.h"

#include <QTest>

using namespace acta;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsGoodFile();
    void parsesQuotedValuesAndSpecialCasillas();
    void voteCeilingUsesBallotsForSpecialCasillas();
    void rejectsBrokenFiles_data();
    void rejectsBrokenFiles();
    void missingFileNamesThePath();
    void lookupIsByExactKey();
    void districtsAreDistinctAndCounted();

private:
    static QString fixture(const QString &name) { return QStringLiteral(ACTA_TEST_DATA "/catalog/") + name; }
};

void TestCatalog::loadsGoodFile()
{
    const Result<Catalog> catalog = Catalog::fromFile(fixture(QStringLiteral("good.csv")));
    QVERIFY2(catalog.isOk(), qPrintable(catalog.isOk() ? QString() : catalog.error()));
    QCOMPARE(catalog->size(), 4);
    const CasillaInfo *b = catalog->find(QStringLiteral("210101B0100"));
    QVERIFY(b);
    QCOMPARE(b->district, 1);
    QCOMPARE(b->districtName, QStringLiteral("Distrito Norte"));
    QCOMPARE(b->stateName, QStringLiteral("Estado de Ejemplo"));
    QCOMPARE(b->listaNominal, 612);
    QCOMPARE(b->representantes, 18);
    QVERIFY(!b->approvedBallots.has_value());
}

void TestCatalog::parsesQuotedValuesAndSpecialCasillas()
{
    const Result<Catalog> catalog = Catalog::fromFile(fixture(QStringLiteral("good.csv")));
    QVERIFY(catalog.isOk());
    QCOMPARE(catalog->find(QStringLiteral("210101B0100"))->location,
             QStringLiteral("Escuela Primaria \"Benito\", aula 2"));
    const CasillaInfo *s = catalog->find(QStringLiteral("210102S0100"));
    QVERIFY(s);
    QCOMPARE(s->location, QStringLiteral("Terminal de autobuses\nandén 3"));
    QCOMPARE(s->approvedBallots.value_or(-1), 750);
    QCOMPARE(s->listaNominal, 0);
    // The kind of place and the transfer mechanism, as PREP publishes them.
    QCOMPARE(s->ubicacion, 1);
    QCOMPARE(s->mecanismosTraslado, QString());
    const CasillaInfo *e = catalog->find(QStringLiteral("210103E0201"));
    QVERIFY(e);
    QCOMPARE(e->ubicacion, 2);
    QCOMPARE(e->mecanismosTraslado, QStringLiteral("I"));
}

void TestCatalog::voteCeilingUsesBallotsForSpecialCasillas()
{
    const Result<Catalog> catalog = Catalog::fromFile(fixture(QStringLiteral("good.csv")));
    QVERIFY(catalog.isOk());
    QCOMPARE(catalog->find(QStringLiteral("210101B0100"))->voteCeiling(), 612 + 18);
    QCOMPARE(catalog->find(QStringLiteral("210102S0100"))->voteCeiling(), 750 + 18);
}

void TestCatalog::rejectsBrokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << "empty.csv"
                           << "is empty";
    QTest::newRow("header only") << "header_only.csv"
                                 << "no casillas";
    QTest::newRow("bad header") << "bad_header.csv"
                                << "line 1: the header must be exactly";
    QTest::newRow("wrong column count") << "wrong_column_count.csv"
                                        << "line 3: expected 13 columns, found 12";
    QTest::newRow("duplicate key")
        << "duplicate_key.csv"
        << "line 4, column CLAVE_CASILLA: the casilla 210101B0100 is listed twice (first on line 2)";
    QTest::newRow("bad number") << "bad_number.csv"
                                << "line 2, column LISTA_NOMINAL: \"6l2\" is not a whole number";
    QTest::newRow("negative lista") << "negative_lista.csv"
                                    << "line 2, column LISTA_NOMINAL: -5 is out of range";
    QTest::newRow("bad key") << "bad_key.csv"
                             << "line 2, column CLAVE_CASILLA";
    QTest::newRow("state mismatch") << "state_mismatch.csv"
                                    << "line 2, column ID_ESTADO: 22 does not match";
    QTest::newRow("section mismatch") << "section_mismatch.csv"
                                      << "line 2, column SECCION: 102 does not match";
    QTest::newRow("type mismatch") << "type_mismatch.csv"
                                   << "line 2, column TIPO_CASILLA";
    QTest::newRow("S without ballots") << "special_without_ballots.csv"
                                       << "line 2, column BOLETAS_APROBADAS";
    QTest::newRow("ballots on B") << "ballots_on_basic.csv"
                                  << "only special casillas (S) have approved ballots";
    QTest::newRow("unterminated quote") << "unterminated_quote.csv"
                                        << "line 3: a quoted value is never closed";
    QTest::newRow("district zero") << "district_zero.csv"
                                   << "line 2, column ID_DISTRITO: 0 is out of range";
    QTest::newRow("not utf-8") << "not_utf8.csv"
                               << "not valid UTF-8";
    QTest::newRow("ubicacion not 1 or 2") << "bad_ubicacion.csv"
                                          << "line 2, column UBICACION_CASILLA: 3 is out of range (1 to 2)";
    QTest::newRow("unknown transfer mechanism")
        << "bad_mechanism.csv"
        << "line 2, column MECANISMOS_TRASLADO: \"X\" is not a transfer mechanism";
}

void TestCatalog::rejectsBrokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, messagePart);
    const Result<Catalog> catalog = Catalog::fromFile(fixture(file));
    QVERIFY(!catalog.isOk());
    QVERIFY_MESSAGE_NAMES(catalog, messagePart);
    QVERIFY2(catalog.error().startsWith(file), qPrintable(catalog.error())); // names the file
}

void TestCatalog::missingFileNamesThePath()
{
    const Result<Catalog> catalog = Catalog::fromFile(fixture(QStringLiteral("does-not-exist.csv")));
    QVERIFY(!catalog.isOk());
    QVERIFY_FAILS_WITH(catalog, ErrorCode::Io);
    QVERIFY_MESSAGE_NAMES(catalog, QStringLiteral("does-not-exist.csv"));
}

void TestCatalog::lookupIsByExactKey()
{
    const Result<Catalog> catalog = Catalog::fromFile(fixture(QStringLiteral("good.csv")));
    QVERIFY(catalog.isOk());
    QVERIFY(catalog->contains(QStringLiteral("210103E0201")));
    QVERIFY(!catalog->contains(QStringLiteral("210103E0200")));
    QVERIFY(!catalog->find(QStringLiteral("")));
    const auto key = CasillaKey::parse(u"210101C0100");
    QVERIFY(key.isOk());
    QVERIFY(catalog->find(*key));
}

void TestCatalog::districtsAreDistinctAndCounted()
{
    const Result<Catalog> catalog = Catalog::fromFile(fixture(QStringLiteral("good.csv")));
    QVERIFY(catalog.isOk());
    QCOMPARE(catalog->districts(), (QList<int> {1, 2, 3}));
    QCOMPARE(catalog->countInDistrict(1), 2);
    QCOMPARE(catalog->countInDistrict(2), 1);
    QCOMPARE(catalog->countInDistrict(9), 0);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
