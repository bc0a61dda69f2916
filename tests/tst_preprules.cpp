#include "Election.h"
#include "Language.h"
#include "PrepRules.h"
#include "TestSupport.h"

#include <QTest>

using namespace acta;

// Rules are checked against the embedded sample election (14 vote fields). A tally is
// written as comma-separated tokens for the vote fields in form order: a number, I
// (ILEGIBLE) or S (SIN DATO); fields past the list are 0. "*I" / "*S" set every field.
class TestPrepRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classifies_data();
    void classifies();
    void sinActaReasons_data();
    void sinActaReasons();
    void sinActaReasonCodes();
    void warningsCompareOtherFigures_data();
    void warningsCompareOtherFigures();
    void warningsNeverChangeTheClassification();
    void warningsAreInTheUiLanguage();
    void noWarningsWhenFiguresAreNotNumbers();
    void checkTallyRejectsUnknownFieldsAndTooManyDigits();
    void publicationAndDisplayLabelsExistForEveryObservation();
    void ballotOfTheDistrictAndActa_data();
    void ballotOfTheDistrictAndActa();

private:
    Tally votes(const QString &spec) const;
    CasillaInfo casilla(CasillaType type, int lista, int reps, std::optional<int> ballots = std::nullopt) const;
    void setOther(Tally &t, FieldKind kind, qint64 n) const
    {
        t.set(m_election.fieldOfKind(kind)->id, FieldValue::number(n));
    }
    ElectionTemplate m_election;
};

void TestPrepRules::initTestCase()
{
    Result<Election> sample = Election::sample();
    QVERIFY2(sample.isOk(), qPrintable(sample.isOk() ? QString() : sample.error()));
    m_election = sample->election;
    QVERIFY(m_election.voteFields().size() >= 4);
    for (FieldKind k : {FieldKind::TotalAsentado, FieldKind::VotosSacados, FieldKind::PersonasVotaron,
                        FieldKind::RepresentantesVotaron, FieldKind::BoletasSobrantes})
        QVERIFY(m_election.fieldOfKind(k));
}

Tally TestPrepRules::votes(const QString &spec) const
{
    Tally t;
    const QList<TemplateField> &fields = m_election.voteFields();
    const QStringList tokens = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QString tok = i < tokens.size() ? tokens.at(i) : QStringLiteral("0");
        if (spec == QLatin1String("*I"))
            tok = QStringLiteral("I");
        else if (spec == QLatin1String("*IS"))
            tok = i % 2 == 0 ? QStringLiteral("I") : QStringLiteral("S");
        else if (spec == QLatin1String("*S"))
            tok = QStringLiteral("S");
        if (tok == QLatin1String("I"))
            t.set(fields.at(i).id, FieldValue::ilegible());
        else if (tok == QLatin1String("S"))
            t.set(fields.at(i).id, FieldValue::sinDato());
        else
            t.set(fields.at(i).id, FieldValue::number(tok.toLongLong()));
    }
    return t;
}

CasillaInfo TestPrepRules::casilla(CasillaType type, int lista, int reps, std::optional<int> ballots) const
{
    const auto key = CasillaKey::make(21, 101, type, 1, 0);
    return CasillaInfo {*key,
                        QStringLiteral("Estado"),
                        1,
                        QStringLiteral("Distrito"),
                        QStringLiteral("Escuela"),
                        lista,
                        reps,
                        ballots,
                        1,
                        QString()};
}

void TestPrepRules::classifies_data()
{
    QTest::addColumn<bool>("inCatalog");
    QTest::addColumn<char>("type");
    QTest::addColumn<int>("lista");
    QTest::addColumn<int>("ballots"); // for S casillas
    QTest::addColumn<QString>("spec");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("contabilizada");
    QTest::addColumn<QString>("observaciones");

    // B casilla, lista nominal 612 + 18 representatives: the ceiling is 630.
    QTest::newRow("ordinary counted") << true << 'B' << 612 << 0 << "100,200,50" << qint64(350) << true << "";
    QTest::newRow("all zeros is counted") << true << 'B' << 612 << 0 << "0" << qint64(0) << true << "";
    QTest::newRow("exactly at ceiling") << true << 'B' << 612 << 0 << "630" << qint64(630) << true << "";
    QTest::newRow("at ceiling spread") << true << 'B' << 612 << 0 << "600,20,10" << qint64(630) << true << "";
    QTest::newRow("one over ceiling") << true << 'B' << 612 << 0 << "631" << qint64(631) << false
                                      << "Excede lista nominal";
    QTest::newRow("one over spread") << true << 'B' << 612 << 0 << "600,20,11" << qint64(631) << false
                                     << "Excede lista nominal";
    QTest::newRow("lista alone is not the ceiling") << true << 'C' << 612 << 0 << "620" << qint64(620) << true << "";
    // S casilla: no voter list; 750 approved ballots + 18 representatives = 768.
    QTest::newRow("special at ceiling") << true << 'S' << 0 << 750 << "768" << qint64(768) << true << "";
    QTest::newRow("special one over") << true << 'S' << 0 << 750 << "769" << qint64(769) << false
                                      << "Excede lista nominal";
    QTest::newRow("special ignores lista 0") << true << 'S' << 0 << 750 << "100" << qint64(100) << true << "";
    QTest::newRow("all illegible") << true << 'B' << 612 << 0 << "*I" << qint64(0) << false
                                   << "Todos los campos ilegibles";
    QTest::newRow("all without data") << true << 'B' << 612 << 0 << "*S" << qint64(0) << false
                                      << "Todos los campos vacíos";
    // PREP counts an acta only when at least one vote figure is legible: a mix with no number is not.
    QTest::newRow("illegible and empty, no number")
        << true << 'B' << 612 << 0 << "*IS" << qint64(0) << false << "Ilegible, Sin dato";
    QTest::newRow("one zero among illegible and empty")
        << true << 'B' << 612 << 0 << "0,I,S,I" << qint64(0) << true << "Ilegible, Sin dato";
    QTest::newRow("some illegible") << true << 'B' << 612 << 0 << "I,100" << qint64(100) << true << "Ilegible";
    QTest::newRow("some without data") << true << 'B' << 612 << 0 << "S,100" << qint64(100) << true << "Sin dato";
    QTest::newRow("both labels") << true << 'B' << 612 << 0 << "I,S,100" << qint64(100) << true << "Ilegible, Sin dato";
    QTest::newRow("illegible counts as zero at ceiling")
        << true << 'B' << 612 << 0 << "I,630" << qint64(630) << true << "Ilegible";
    QTest::newRow("over ceiling with illegible")
        << true << 'B' << 612 << 0 << "631,I" << qint64(631) << false << "Excede lista nominal, Ilegible";
    QTest::newRow("fuera de catalogo") << false << 'B' << 0 << 0 << "100" << qint64(100) << false
                                       << "Fuera de catálogo";
    QTest::newRow("fuera de catalogo, illegible")
        << false << 'B' << 0 << 0 << "I,5" << qint64(5) << false << "Fuera de catálogo, Ilegible";
    QTest::newRow("fuera de catalogo never exceeds")
        << false << 'B' << 0 << 0 << "999" << qint64(999) << false << "Fuera de catálogo";
}

void TestPrepRules::classifies()
{
    QFETCH(bool, inCatalog);
    QFETCH(char, type);
    QFETCH(int, lista);
    QFETCH(int, ballots);
    QFETCH(QString, spec);
    CasillaType t;
    QVERIFY(casillaTypeFromLetter(QLatin1Char(type), &t));
    const CasillaInfo info
        = casilla(t, lista, 18, t == CasillaType::Especial ? std::optional<int>(ballots) : std::nullopt);
    ActaFacts facts;
    facts.casilla = inCatalog ? &info : nullptr;
    facts.tally = votes(spec);
    QVERIFY(PrepRules::checkTally(m_election, facts.tally).isOk());
    const Classification c = PrepRules::classify(m_election, facts);
    QTEST(c.totalCalculado, "total");
    QTEST(c.contabilizada, "contabilizada");
    QTEST(c.observaciones(), "observaciones");
}

void TestPrepRules::sinActaReasons_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("1") << 1 << "Sin Acta (Paquete no Entregado)";
    QTest::newRow("2") << 2 << "Sin Acta (Casilla no Instalada)";
    QTest::newRow("3") << 3 << "Sin Acta (Sin Sobre)";
    QTest::newRow("4") << 4 << "Sin Acta (Sin AR por contingencia en UR)";
}

void TestPrepRules::sinActaReasons()
{
    QFETCH(int, code);
    const CasillaInfo info = casilla(CasillaType::Basica, 612, 18);
    ActaFacts facts;
    facts.casilla = &info;
    facts.sinActa = *sinActaReasonFromCode(code);
    facts.tally = votes(QStringLiteral("100")); // a sin-acta record's figures are never counted
    const Classification c = PrepRules::classify(m_election, facts);
    QCOMPARE(c.totalCalculado, 0);
    QVERIFY(!c.contabilizada);
    QVERIFY(c.has(Observation::SinActa));
    QTEST(c.observaciones(), "label");
    QVERIFY(c.warnings.isEmpty());
}

void TestPrepRules::sinActaReasonCodes()
{
    QVERIFY(!sinActaReasonFromCode(0).isOk());
    QVERIFY(!sinActaReasonFromCode(5).isOk());
    QVERIFY(sinActaReasonFromCode(4).isOk());
    ActaFacts facts; // not in catalog and no acta
    facts.sinActa = SinActaReason::CasillaNoInstalada;
    QCOMPARE(PrepRules::classify(m_election, facts).observaciones(),
             QStringLiteral("Fuera de catálogo, Sin Acta (Casilla no Instalada)"));
}

void TestPrepRules::warningsCompareOtherFigures_data()
{
    QTest::addColumn<qint64>("asentado");
    QTest::addColumn<qint64>("sacados");
    QTest::addColumn<qint64>("personas");
    QTest::addColumn<qint64>("reps");
    QTest::addColumn<qint64>("sobrantes");
    QTest::addColumn<QList<int>>("codes");
    using C = ConsistencyWarning::Code;
    // Votes total 300 in every row; lista 612 + 18 representatives.
    QTest::newRow("consistent") << qint64(300) << qint64(300) << qint64(290) << qint64(10) << qint64(300)
                                << QList<int> {};
    QTest::newRow("asentado differs") << qint64(301) << qint64(300) << qint64(290) << qint64(10) << qint64(300)
                                      << QList<int> {int(C::TotalAsentadoDiffers)};
    QTest::newRow("sacados differ") << qint64(300) << qint64(299) << qint64(289) << qint64(10) << qint64(300)
                                    << QList<int> {int(C::VotosSacadosDiffer)};
    QTest::newRow("voters differ from sacados") << qint64(300) << qint64(300) << qint64(280) << qint64(10)
                                                << qint64(300) << QList<int> {int(C::VotersDifferFromVotosSacados)};
    QTest::newRow("personas exceed lista")
        << qint64(300) << qint64(300) << qint64(613) << qint64(10) << qint64(0)
        << QList<int> {int(C::VotersDifferFromVotosSacados), int(C::PersonasExceedListaNominal)};
    QTest::newRow("ballots exceed supply") << qint64(300) << qint64(300) << qint64(290) << qint64(10) << qint64(331)
                                           << QList<int> {int(C::BallotsExceedSupply)};
    QTest::newRow("ballots at supply") << qint64(300) << qint64(300) << qint64(290) << qint64(10) << qint64(330)
                                       << QList<int> {};
}

void TestPrepRules::warningsCompareOtherFigures()
{
    QFETCH(qint64, asentado);
    QFETCH(qint64, sacados);
    QFETCH(qint64, personas);
    QFETCH(qint64, reps);
    QFETCH(qint64, sobrantes);
    QFETCH(QList<int>, codes);
    const CasillaInfo info = casilla(CasillaType::Basica, 612, 18);
    ActaFacts facts;
    facts.casilla = &info;
    facts.tally = votes(QStringLiteral("100,100,100"));
    setOther(facts.tally, FieldKind::TotalAsentado, asentado);
    setOther(facts.tally, FieldKind::VotosSacados, sacados);
    setOther(facts.tally, FieldKind::PersonasVotaron, personas);
    setOther(facts.tally, FieldKind::RepresentantesVotaron, reps);
    setOther(facts.tally, FieldKind::BoletasSobrantes, sobrantes);
    const Classification c = PrepRules::classify(m_election, facts);
    QList<int> got;
    for (const ConsistencyWarning &w : c.warnings) {
        got << int(w.code);
        QVERIFY(!w.message.isEmpty());
    }
    QCOMPARE(got, codes);
}

void TestPrepRules::warningsNeverChangeTheClassification()
{
    const CasillaInfo info = casilla(CasillaType::Basica, 612, 18);
    ActaFacts facts;
    facts.casilla = &info;
    facts.tally = votes(QStringLiteral("100,100,100"));
    const Tally before = facts.tally;
    setOther(facts.tally, FieldKind::TotalAsentado, 999);
    setOther(facts.tally, FieldKind::VotosSacados, 5);
    const Classification c = PrepRules::classify(m_election, facts);
    QCOMPARE(c.warnings.size(), 2);
    QVERIFY(c.contabilizada);
    QCOMPARE(c.totalCalculado, 300);
    QCOMPARE(c.observaciones(), QString());
    QCOMPARE(facts.tally.value(m_election.fieldOfKind(FieldKind::TotalAsentado)->id), FieldValue::number(999));
    QCOMPARE(facts.tally.value(m_election.voteFields().first().id), before.value(m_election.voteFields().first().id));
}

// Issue 16: the Spanish UI showed these warnings in English (looked up in one translation
// context, filed under another). Every warning must read differently in es_MX and en.
void TestPrepRules::warningsAreInTheUiLanguage()
{
    const CasillaInfo info = casilla(CasillaType::Basica, 612, 18);
    ActaFacts facts;
    facts.casilla = &info;
    facts.tally = votes(QStringLiteral("100,100,100"));
    setOther(facts.tally, FieldKind::TotalAsentado, 301);
    setOther(facts.tally, FieldKind::VotosSacados, 299);
    setOther(facts.tally, FieldKind::PersonasVotaron, 613);
    setOther(facts.tally, FieldKind::RepresentantesVotaron, 10);
    setOther(facts.tally, FieldKind::BoletasSobrantes, 331);
    QStringList english;
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
    for (const ConsistencyWarning &w : PrepRules::classify(m_election, facts).warnings)
        english << w.message;
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("es_MX")));
    QStringList spanish;
    for (const ConsistencyWarning &w : PrepRules::classify(m_election, facts).warnings)
        spanish << w.message;
    QVERIFY(Language::install(QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(english.size(), 5);
    QCOMPARE(spanish.size(), english.size());
    for (qsizetype i = 0; i < english.size(); ++i)
        QVERIFY2(spanish[i] != english[i], qPrintable(spanish[i]));
}

void TestPrepRules::noWarningsWhenFiguresAreNotNumbers()
{
    const CasillaInfo info = casilla(CasillaType::Basica, 612, 18);
    ActaFacts facts;
    facts.casilla = &info;
    facts.tally = votes(QStringLiteral("100"));
    facts.tally.set(m_election.fieldOfKind(FieldKind::TotalAsentado)->id, FieldValue::ilegible());
    // votos sacados, personas, representantes and sobrantes were never captured: SIN DATO.
    const Classification c = PrepRules::classify(m_election, facts);
    QVERIFY(c.warnings.isEmpty());
}

void TestPrepRules::checkTallyRejectsUnknownFieldsAndTooManyDigits()
{
    Tally t = votes(QStringLiteral("1"));
    QVERIFY(PrepRules::checkTally(m_election, t).isOk());
    t.set(QStringLiteral("NOT_A_FIELD"), FieldValue::number(1));
    const Status unknown = PrepRules::checkTally(m_election, t);
    QVERIFY(!unknown.isOk());
    QVERIFY_FAILS_WITH(unknown, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(unknown, QStringLiteral("NOT_A_FIELD"));

    Tally big = votes(QStringLiteral("1"));
    const TemplateField &first = m_election.voteFields().first();
    qint64 tooBig = 1;
    for (int i = 0; i < first.digits; ++i)
        tooBig *= 10;
    big.set(first.id, FieldValue::number(tooBig));
    const Status digits = PrepRules::checkTally(m_election, big);
    QVERIFY(!digits.isOk());
    QVERIFY_FAILS_WITH(digits, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(digits, first.id);
    big.set(first.id, FieldValue::number(tooBig - 1));
    QVERIFY(PrepRules::checkTally(m_election, big).isOk());
}

void TestPrepRules::publicationAndDisplayLabelsExistForEveryObservation()
{
    for (Observation o : {Observation::FueraDeCatalogo, Observation::SinActa, Observation::ExcedeListaNominal,
                          Observation::TodosIlegibles, Observation::TodosSinDato, Observation::Ilegible,
                          Observation::SinDato, Observation::IdentificacionProcesoTecnico}) {
        QVERIFY(!PrepRules::publicationLabel(o).isEmpty());
        QVERIFY(!PrepRules::displayLabel(o).isEmpty());
    }
}

void TestPrepRules::ballotOfTheDistrictAndActa_data()
{
    // The sample: coalition HORIZONTE (PLU, MRA, UNV and their 4 combinations) runs in districts 1
    // and 2; the independent CAND_IND_1 in district 2 only, and never on an RP acta (type 3, special
    // casillas). Fields not named are "all" (every on-ballot field gets that value) or absent.
    QTest::addColumn<int>("district");
    QTest::addColumn<char>("type");
    QTest::addColumn<int>("actaType");
    QTest::addColumn<QString>("spec"); // FIELD=value,... ; value a number, I or S; "*=I" fills the rest
    QTest::addColumn<bool>("identityTyped");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("contabilizada");
    QTest::addColumn<QString>("observaciones");

    QTest::newRow("independent off the ballot in 1")
        << 1 << 'B' << 2 << "PLU=100,CAND_IND_1=300,*=0" << false << qint64(100) << true << "";
    QTest::newRow("independent on the ballot in 2")
        << 2 << 'B' << 2 << "PLU=100,CAND_IND_1=300,*=0" << false << qint64(400) << true << "";
    QTest::newRow("coalition off the ballot in 3")
        << 3 << 'B' << 2 << "PLU=100,PLU_MRA_UNV=50,*=0" << false << qint64(100) << true << "";
    QTest::newRow("coalition on the ballot in 1")
        << 1 << 'B' << 2 << "PLU=100,PLU_MRA_UNV=50,*=0" << false << qint64(150) << true << "";
    QTest::newRow("no independent on an RP acta")
        << 2 << 'S' << 3 << "PLU=100,CAND_IND_1=300,*=0" << false << qint64(100) << true << "";
    QTest::newRow("independent on the special's MR acta")
        << 2 << 'S' << 2 << "PLU=100,CAND_IND_1=300,*=0" << false << qint64(400) << true << "";
    // What is off the ballot is not missing: absent, it is not "Sin dato".
    QTest::newRow("all on-ballot illegible in 3")
        << 3 << 'B' << 2 << "PLU=I,MRA=I,UNV=I,PCS=I,FRT=I,AMAR=I,VOZ=I,CIMA=I,NO_REGISTRADOS=I,NULOS=I" << false
        << qint64(0) << false << "Todos los campos ilegibles";
    QTest::newRow("typed identity, counted") << 1 << 'B' << 2 << "PLU=10,*=0" << true << qint64(10) << true
                                             << "Identificación por proceso técnico operativo";
    QTest::newRow("typed identity, illegible fields")
        << 1 << 'B' << 2 << "PLU=10,MRA=I,*=0" << true << qint64(10) << true
        << "Ilegible, Identificación por proceso técnico operativo";
}

void TestPrepRules::ballotOfTheDistrictAndActa()
{
    QFETCH(int, district);
    QFETCH(char, type);
    QFETCH(int, actaType);
    QFETCH(QString, spec);
    QFETCH(bool, identityTyped);
    CasillaType t;
    QVERIFY(casillaTypeFromLetter(QLatin1Char(type), &t));
    CasillaInfo info = casilla(t, 600, 18, t == CasillaType::Especial ? std::optional<int>(750) : std::nullopt);
    info.district = district;
    Tally tally;
    QString rest;
    for (const QString &part : spec.split(QLatin1Char(','))) {
        const QString name = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (name == QLatin1String("*")) {
            rest = value;
            continue;
        }
        tally.set(name,
                  value == QLatin1String("I")       ? FieldValue::ilegible()
                      : value == QLatin1String("S") ? FieldValue::sinDato()
                                                    : FieldValue::number(value.toLongLong()));
    }
    if (!rest.isEmpty())
        for (const TemplateField &f : m_election.voteFields())
            if (!tally.values().contains(f.id))
                tally.set(f.id, FieldValue::number(rest.toLongLong()));
    ActaFacts facts;
    facts.casilla = &info;
    facts.tally = tally;
    facts.actaType = actaType;
    facts.identityTyped = identityTyped;
    const Classification c = PrepRules::classify(m_election, facts);
    QTEST(c.totalCalculado, "total");
    QTEST(c.contabilizada, "contabilizada");
    QTEST(c.observaciones(), "observaciones");
}

QTEST_GUILESS_MAIN(TestPrepRules)
#include "tst_preprules.moc"
