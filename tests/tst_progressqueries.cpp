#include "ActaRepository.h"
#include "Database.h"
#include "Election.h"
#include "OutboxPayload.h"
#include "ProgressQueries.h"
#include "Schema.h"
#include "Statement.h"
#include "TestSupport.h"
#include "UserRepository.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using State = ActaWorkflow::State;
using Trigger = ActaWorkflow::Trigger;

// The dashboard's queries over a small station: nine actas in every kind of situation, typed
// by three clerks and decided by a supervisor on a manual clock, so that every figure is known.
//
// Catalog: district 1 "Norte" has 5 casillas, district 2 "Sur" 3 (lista nominal 100 + 5
// representatives: a ceiling of 105 votes). The sample election has 14 vote fields.
//
//   acta  casilla       what happened                                          final state
//   A     210101B0100   ana e1, beto e2 equal; acknowledged upstream             synced
//   B     210101C0100   ana e1, beto e2 differ; carla adjudicates (one ILEGIBLE) queued
//   C     210102B0100   beto e1 only                                             entry1_done
//   H     210103B0100   digitized only                                           digitized
//   G     210104B0100   in the catalog, but marked fuera de catálogo             queued
//   D     210201B0100   sin acta (paquete no entregado)                          queued
//   E     210202B0100   ana e1, dora e2 equal, 140 votes > 105                   queued
//   I     210203B0100   ana e1, beto e2 differ; sent back; beto e1, ana e2 equal queued
//   F     219901B0100   not in the catalog, marked fuera de catálogo             queued
class TestProgressQueries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countsByState();
    void districtsExpectedReceivedVerifiedCounted();
    void percentagesAreTruncated();
    void inconsistenciesListObservaciones();
    void typedIdentityIsAnObservation();
    void syncStatus();
    void clerksThroughputAndDisagreement();
    void discrepanciesWaitForTheDecision();
    void progressSeriesBuckets();
    void seriesEndsAtNow();
    void widerBucketsForLongerSpans();
    void reportAgreesWithTheSingleQueries();
    void emptyStation();

private:
    static SecureBytes pw(const char *t) { return SecureBytes::fromUtf8(QString::fromUtf8(t)); }
    User makeUser(const char *name, Role role);
    void at(int hour, int minute);
    QString receive(const char *casilla);
    Tally uniform(qint64 each) const;
    void buildStation();
    void exec(const QString &sql);

    std::optional<Election> m_sample;
    std::optional<Catalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ActaRepository> m_actas;
    ManualClock m_clock;
    User m_admin, m_ana, m_beto, m_dora, m_carla;
};

void TestProgressQueries::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample = std::move(sample).value();
    QCOMPARE(m_sample->election.voteFields().size(), 15);
    const QByteArray csv = "CLAVE_CASILLA,ID_ESTADO,ESTADO,ID_DISTRITO,DISTRITO,SECCION,TIPO_CASILLA,"
                           "DOMICILIO,UBICACION_CASILLA,MECANISMOS_TRASLADO,LISTA_NOMINAL,REPRESENTANTES_PP_CI,"
                           "BOLETAS_APROBADAS\r\n"
                           "210101B0100,21,Estado,1,Norte,101,B,Escuela,1,,500,10,\r\n"
                           "210101C0100,21,Estado,1,Norte,101,C,Escuela,1,,500,10,\r\n"
                           "210102B0100,21,Estado,1,Norte,102,B,Salón,1,,500,10,\r\n"
                           "210103B0100,21,Estado,1,Norte,103,B,Mercado,1,,500,10,\r\n"
                           "210104B0100,21,Estado,1,Norte,104,B,Kiosco,1,,500,10,\r\n"
                           "210201B0100,21,Estado,2,Sur,201,B,Parque,1,,100,5,\r\n"
                           "210202B0100,21,Estado,2,Sur,202,B,Plaza,1,,100,5,\r\n"
                           "210203B0100,21,Estado,2,Sur,203,B,Iglesia,1,,100,5,\r\n";
    Result<Catalog> catalog = Catalog::fromCsv(csv, QStringLiteral("test catalog"));
    QVERIFY_OK(catalog);
    m_catalog = std::move(catalog).value();
}

User TestProgressQueries::makeUser(const char *name, Role role)
{
    Result<User> u = m_users->add(m_admin, QLatin1String(name), QStringLiteral("Full %1").arg(QLatin1String(name)),
                                  role, pw("a-long-password"));
    if (!u)
        qFatal("%s", qPrintable(u.error()));
    return *u;
}

void TestProgressQueries::at(int hour, int minute)
{
    m_clock.set(QDateTime(QDate(2027, 6, 6), QTime(hour, minute), Qt::UTC));
}

void TestProgressQueries::exec(const QString &sql)
{
    Status s = m_db->exec(sql);
    if (!s)
        qFatal("%s", qPrintable(s.error()));
}

void TestProgressQueries::init()
{
    m_clock = ManualClock(); // 2027-06-06 18:00 UTC, station at UTC-6
    m_dir = std::make_unique<QTemporaryDir>();
    Result<Database> db = Database::create(m_dir->filePath(QStringLiteral("station.db")),
                                           SecureBytes::fromUtf8(u"station passphrase"), Argon2Params {1, 8192});
    QVERIFY_OK(db);
    m_db.emplace(std::move(db).value());
    QVERIFY_OK(Schema::migrate(*m_db));
    m_users = std::make_unique<UserRepository>(*m_db, m_clock, PasswordCost::minimum());
    m_admin = *m_users->addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), pw("admin-password"));
    m_ana = makeUser("ana", Role::Clerk);
    m_beto = makeUser("beto", Role::Clerk);
    m_dora = makeUser("dora", Role::Clerk);
    m_carla = makeUser("carla", Role::Supervisor);
    m_actas = std::make_unique<ActaRepository>(*m_db, m_clock);
}

void TestProgressQueries::cleanup()
{
    m_actas.reset();
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestProgressQueries::receive(const char *casilla)
{
    const QString clave = QLatin1String(casilla) + QStringLiteral("02");
    Result<ActaRecord> r = m_actas->receive(m_ana, *ActaKey::parse(clave), m_sample->election.id(), false);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return clave;
}

Tally TestProgressQueries::uniform(qint64 each) const
{
    Tally t;
    for (const TemplateField &f : m_sample->election.voteFields())
        t.set(f.id, FieldValue::number(each));
    return t;
}

void TestProgressQueries::buildStation()
{
#define OK(expr)                                                                                                       \
    do {                                                                                                               \
        const auto &r_ = (expr);                                                                                       \
        if (!r_.isOk())                                                                                                \
            qFatal("%s: %s", #expr, qPrintable(r_.error()));                                                           \
    } while (false)

    const Tally clean = uniform(5); // 70 votes
    Tally other = clean;
    other.set(QStringLiteral("PLU"), FieldValue::number(6));
    Tally illegible = clean;
    illegible.set(QStringLiteral("PLU"), FieldValue::ilegible());
    const Tally tooMany = uniform(10); // 140 votes

    at(18, 0);
    const QString a = receive("210101B0100");
    const QString b = receive("210101C0100");
    const QString c = receive("210102B0100");
    const QString h = receive("210103B0100");
    const QString g = receive("210104B0100");
    const QString d = receive("210201B0100");
    const QString e = receive("210202B0100");
    const QString i = receive("210203B0100");
    const QString f = receive("219901B0100");
    for (const QString &k : {a, b, c, h, e, i})
        OK(m_actas->fire(m_ana, k, Trigger::AcceptImage));
    OK(m_actas->fire(m_ana, g, Trigger::MarkFueraDeCatalogo));
    OK(m_actas->fire(m_ana, f, Trigger::MarkFueraDeCatalogo));
    OK(m_actas->recordSinActa(m_ana, d, SinActaReason::PaqueteNoEntregado));

    at(18, 5);
    OK(m_actas->submitEntry1(m_ana, a, clean));
    at(18, 10);
    OK(m_actas->submitEntry1(m_ana, b, clean));
    at(18, 15);
    OK(m_actas->submitEntry1(m_beto, c, clean));
    at(18, 20);
    OK(m_actas->submitEntry1(m_ana, e, tooMany));
    at(18, 25);
    OK(m_actas->submitEntry1(m_ana, i, clean));
    at(18, 30);
    OK(m_actas->submitEntry2(m_beto, a, clean));
    at(18, 35);
    OK(m_actas->submitEntry2(m_beto, b, other));
    at(18, 40);
    OK(m_actas->submitEntry2(m_dora, e, tooMany));
    at(18, 45);
    OK(m_actas->submitEntry2(m_beto, i, other));
    at(18, 50);
    OK(m_actas->adjudicate(m_carla, b, illegible, QStringLiteral("PLU box torn")));
    at(18, 55);
    OK(m_actas->fire(m_carla, i, Trigger::SendBackForRecapture, QStringLiteral("both wrong")));
    at(19, 0);
    OK(m_actas->submitEntry1(m_beto, i, clean));
    at(19, 10);
    OK(m_actas->submitEntry2(m_ana, i, clean));
    // The upstream center acknowledged A's record at 18:31.
    exec(QStringLiteral("UPDATE sync_outbox SET acked_at = '2027-06-06T18:31:00.000Z' WHERE acta_id = "
                        "(SELECT id FROM actas WHERE clave_acta = '210101B010002')"));
    exec(QStringLiteral("UPDATE actas SET state = 'synced' WHERE clave_acta = '210101B010002'"));
    at(19, 20);
#undef OK
}

void TestProgressQueries::countsByState()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<QList<StateCount>> states = q.countsByState();
    QVERIFY_OK(states);
    QCOMPARE(states->size(), ActaWorkflow::allStates().size());
    QMap<State, qint64> expected {
        {State::Digitized, 1}, {State::Entry1Done, 1}, {State::QueuedForSync, 6}, {State::Synced, 1}};
    for (int i = 0; i < states->size(); ++i) {
        QCOMPARE(states->at(i).state, ActaWorkflow::allStates().at(i));
        QCOMPARE(states->at(i).actas, expected.value(states->at(i).state, 0));
    }
}

void TestProgressQueries::districtsExpectedReceivedVerifiedCounted()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<QList<DistrictProgress>> districts = q.byDistrict(*m_catalog, m_sample->election);
    QVERIFY_OK(districts);
    QCOMPARE(districts->size(), 3);
    const DistrictProgress &norte = districts->at(0);
    QCOMPARE(norte.district, 1);
    QCOMPARE(norte.name, QStringLiteral("Norte"));
    QCOMPARE(norte.expected, 5);
    QCOMPARE(norte.received, 4); // A B C H; G was marked fuera de catálogo
    QCOMPARE(norte.verified, 2); // A B
    QCOMPARE(norte.counted, 2);
    const DistrictProgress &sur = districts->at(1);
    QCOMPARE(sur.district, 2);
    QCOMPARE(sur.name, QStringLiteral("Sur"));
    QCOMPARE(sur.expected, 3);
    QCOMPARE(sur.received, 3); // D (sin acta) E I
    QCOMPARE(sur.verified, 2); // E I
    QCOMPARE(sur.counted, 1); // I: E exceeds the lista nominal
    const DistrictProgress &outside = districts->at(2);
    QCOMPARE(outside.district, 0);
    QCOMPARE(outside.expected, 0);
    QCOMPARE(outside.received, 2); // F G
    QCOMPARE(outside.verified, 0);
    QCOMPARE(outside.counted, 0);

    ProgressReport report;
    report.districts = *districts;
    const DistrictProgress total = report.total();
    QCOMPARE(total.expected, 8);
    QCOMPARE(total.received, 7);
    QCOMPARE(total.verified, 4);
    QCOMPARE(total.counted, 3);
}

void TestProgressQueries::percentagesAreTruncated()
{
    DistrictProgress d;
    d.expected = 3;
    QCOMPARE(*d.percentOfExpected(2), 66.6); // not 66.7
    QCOMPARE(*d.percentOfExpected(1, 4), 33.3333);
    QCOMPARE(*d.percentOfExpected(3), 100.0);
    d.expected = 100;
    QCOMPARE(*d.percentOfExpected(29), 29.0);
    d.expected = 1000;
    QCOMPARE(*d.percentOfExpected(3), 0.3);
    QCOMPARE(*d.percentOfExpected(999), 99.9); // 99.9 and not 100.0 while one is missing
    d.expected = 0;
    QVERIFY(!d.percentOfExpected(0));
}

void TestProgressQueries::inconsistenciesListObservaciones()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<QList<Inconsistency>> list = q.inconsistencies(*m_catalog, m_sample->election);
    QVERIFY_OK(list);
    QCOMPARE(list->size(), 5);
    struct Row
    {
        const char *clave;
        int district;
        State state;
        QString observaciones;
        bool contabilizada;
    };
    const QList<Row> expected {
        {"210101C010002", 1, State::QueuedForSync, QStringLiteral("Ilegible"), true},
        // No figures were captured: all SIN DATO, as the outbox record and the publication say.
        {"210104B010002", 0, State::QueuedForSync, QStringLiteral("Fuera de catálogo, Todos los campos vacíos"), false},
        {"210201B010002", 2, State::QueuedForSync, QStringLiteral("Sin Acta (Paquete no Entregado)"), false},
        {"210202B010002", 2, State::QueuedForSync, QStringLiteral("Excede lista nominal"), false},
        {"219901B010002", 0, State::QueuedForSync, QStringLiteral("Fuera de catálogo, Todos los campos vacíos"), false},
    };
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(list->at(i).clave, QLatin1String(expected.at(i).clave));
        QCOMPARE(list->at(i).district, expected.at(i).district);
        QCOMPARE(list->at(i).state, expected.at(i).state);
        QCOMPARE(list->at(i).observaciones, expected.at(i).observaciones);
        QCOMPARE(list->at(i).contabilizada, expected.at(i).contabilizada);
    }
    // The reason an acta is not counted, translated (the source language here).
    QCOMPARE(list->at(0).notCountedReason(), QString());
    QCOMPARE(list->at(1).notCountedReason(), QStringLiteral("Not in the catalog; All fields without data"));
    QCOMPARE(list->at(2).notCountedReason(), QStringLiteral("No acta: package not delivered"));
    QCOMPARE(list->at(3).notCountedReason(), QStringLiteral("Exceeds the voter list"));
}

// A page whose CLAVE_ACTA a person typed (its QR unreadable) is published with "Identificación por
// proceso técnico operativo": the list shows it like every other observation, also when the acta
// is counted and has nothing else to say; a mix of illegible and empty fields without any number
// is not counted, and says why.
void TestProgressQueries::typedIdentityIsAnObservation()
{
    buildStation();
    const QString h = QStringLiteral("210103B010002");
    Digitization typed;
    typed.identityTyped = true;
    QVERIFY_OK(m_actas->storeImage(m_ana, h, QByteArray("a scanned page"), QByteArray(), typed));
    QVERIFY_OK(m_actas->submitEntry1(m_dora, h, uniform(5)));
    QVERIFY_OK(m_actas->submitEntry2(m_ana, h, uniform(5)));
    // C: decided with no number anywhere (illegible and empty mixed).
    const QString c = QStringLiteral("210102B010002");
    Tally none;
    for (const TemplateField &f : m_sample->election.voteFields())
        none.set(f.id, f.id == QLatin1String("PLU") ? FieldValue::ilegible() : FieldValue::sinDato());
    QVERIFY_OK(m_actas->submitEntry2(m_dora, c, none));
    QVERIFY_OK(m_actas->adjudicate(m_carla, c, none, QStringLiteral("nothing legible")));

    ProgressQueries q(*m_db, m_clock);
    Result<QList<Inconsistency>> list = q.inconsistencies(*m_catalog, m_sample->election);
    QVERIFY_OK(list);
    QCOMPARE(list->size(), 7);
    QCOMPARE(list->at(1).clave, c);
    QCOMPARE(list->at(1).observaciones, QStringLiteral("Ilegible, Sin dato"));
    QVERIFY(!list->at(1).contabilizada);
    QCOMPARE(list->at(1).notCountedReason(), QStringLiteral("No vote field holds a number"));
    QCOMPARE(list->at(2).clave, h);
    QCOMPARE(list->at(2).district, 1);
    QCOMPARE(list->at(2).observaciones, QStringLiteral("Identificación por proceso técnico operativo"));
    QVERIFY(list->at(2).contabilizada);
    QCOMPARE(list->at(2).observations, QList<Observation> {Observation::IdentificacionProcesoTecnico});

    // Exactly what the record queued for upstream says of it.
    Result<Statement> payload = m_db->prepare(
        QStringLiteral("SELECT o.payload FROM sync_outbox o JOIN actas a ON a.id = o.acta_id WHERE a.clave_acta = ? "
                       "ORDER BY o.id DESC LIMIT 1"));
    QVERIFY_OK(payload);
    QVERIFY_OK(payload->bindText(1, h));
    QVERIFY(payload->step().isOk());
    Result<OutboxPayload> sent = OutboxPayload::fromJson(payload->columnBlob(0));
    QVERIFY_OK(sent);
    QVERIFY(sent->digitization && sent->digitization->identityTyped);
}

void TestProgressQueries::syncStatus()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<SyncStatus> s = q.syncStatus();
    QVERIFY_OK(s);
    QCOMPARE(s->pending, 6); // G F D at intake, E B I when final
    QCOMPARE(s->acknowledged, 1);
    QCOMPARE(s->oldestPending, QDateTime(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC));
    QCOMPARE(s->lastAcknowledged, QDateTime(QDate(2027, 6, 6), QTime(18, 31), Qt::UTC));
}

void TestProgressQueries::clerksThroughputAndDisagreement()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<QList<ClerkProgress>> clerks = q.byClerk();
    QVERIFY_OK(clerks);
    QCOMPARE(clerks->size(), 4); // admin typed nothing
    const ClerkProgress &ana = clerks->at(0);
    const ClerkProgress &beto = clerks->at(1);
    const ClerkProgress &carla = clerks->at(2);
    const ClerkProgress &dora = clerks->at(3);
    QCOMPARE(ana.username, QStringLiteral("ana"));
    QCOMPARE(beto.username, QStringLiteral("beto"));
    QCOMPARE(carla.username, QStringLiteral("carla"));
    QCOMPARE(dora.username, QStringLiteral("dora"));
    QCOMPARE(ana.fullName, QStringLiteral("Full ana"));
    QCOMPARE(carla.role, Role::Supervisor);

    // ana: entries 1 of A B E I (18:05 18:10 18:20 18:25), entry 2 of I (19:10).
    QCOMPARE(ana.entry1, 4);
    QCOMPARE(ana.entry2, 1);
    QCOMPARE(ana.adjudications, 0);
    QCOMPARE(ana.firstEntry, QDateTime(QDate(2027, 6, 6), QTime(18, 5), Qt::UTC));
    QCOMPARE(ana.lastEntry, QDateTime(QDate(2027, 6, 6), QTime(19, 10), Qt::UTC));
    QCOMPARE(ana.lastHour, 3); // from 18:20 on, 18:20 included
    QVERIFY(ana.perHour);
    QCOMPARE(*ana.perHour, 4 * 60.0 / 65.0); // five entries over 65 minutes
    // Per acta, against the decided figures: A and E matched; B was decided ILEGIBLE in PLU, which
    // neither entry had; I's first round differed, and the matching entries after the send-back
    // are ana's figures, so only beto's entry was wrong there.
    QCOMPARE(ana.compared, 4);
    QCOMPARE(ana.disagreements, 1); // B
    QCOMPARE(ana.pending, 0);
    QCOMPARE(*ana.disagreementRate(), 0.25);

    // beto: entry 1 of C (18:15) and of I (19:00); entries 2 of A B I (18:30 18:35 18:45).
    QCOMPARE(beto.entry1, 2);
    QCOMPARE(beto.entry2, 3);
    QCOMPARE(beto.lastHour, 4);
    QCOMPARE(*beto.perHour, 4 * 60.0 / 45.0);
    QCOMPARE(beto.compared, 3); // A B I; C has no entry 2 yet
    QCOMPARE(beto.disagreements, 2); // B I
    QCOMPARE(beto.pending, 0);
    QCOMPARE(*beto.disagreementRate(), 2.0 / 3.0);

    // carla decided B and typed nothing.
    QCOMPARE(carla.entry1, 0);
    QCOMPARE(carla.entry2, 0);
    QCOMPARE(carla.adjudications, 1);
    QCOMPARE(carla.lastHour, 0);
    QVERIFY(!carla.firstEntry.isValid());
    QVERIFY(!carla.perHour);
    QCOMPARE(carla.compared, 0);
    QVERIFY(!carla.disagreementRate());

    // dora: one entry 2 (E, 18:40), equal to ana's entry 1.
    QCOMPARE(dora.entry2, 1);
    QCOMPARE(dora.lastHour, 1);
    QVERIFY(!dora.perHour); // one entry has no pace
    QCOMPARE(dora.compared, 1);
    QCOMPARE(dora.disagreements, 0);
    QCOMPARE(*dora.disagreementRate(), 0.0);
}

// Only the person whose entry differed from the supervisor's decision is charged, once per acta;
// before the decision the dispute is pending for both and charges nobody; reopening an acta whose
// entries matched charges neither clerk.
void TestProgressQueries::discrepanciesWaitForTheDecision()
{
    const User eva = makeUser("eva", Role::Supervisor);
    const Tally clean = uniform(5);
    Tally other = clean;
    other.set(QStringLiteral("PLU"), FieldValue::number(8));
    Tally third = clean;
    third.set(QStringLiteral("NULOS"), FieldValue::number(9));
    at(18, 0);
    const QString x = receive("210101B0100");
    const QString y = receive("210101C0100");
    const QString z = receive("210102B0100");
    for (const QString &k : {x, y, z})
        QVERIFY_OK(m_actas->fire(m_ana, k, Trigger::AcceptImage));
    at(18, 5);
    QVERIFY_OK(m_actas->submitEntry1(m_ana, x, clean));
    QVERIFY_OK(m_actas->submitEntry2(m_beto, x, other)); // differ: in dispute
    QVERIFY_OK(m_actas->submitEntry1(m_ana, z, clean));
    QVERIFY_OK(m_actas->submitEntry2(m_dora, z, clean)); // matched

    ProgressQueries q(*m_db, m_clock);
    auto byName = [&](const char *name) {
        Result<QList<ClerkProgress>> clerks = q.byClerk();
        if (!clerks)
            qFatal("%s", qPrintable(clerks.error()));
        for (const ClerkProgress &c : *clerks)
            if (c.username == QLatin1String(name))
                return c;
        return ClerkProgress();
    };
    // Undecided: pending for both, nobody charged.
    QCOMPARE(byName("ana").pending, 1);
    QCOMPARE(byName("ana").compared, 1); // z
    QCOMPARE(byName("ana").disagreements, 0);
    QCOMPARE(byName("beto").pending, 1);
    QCOMPARE(byName("beto").compared, 0);
    QCOMPARE(byName("beto").disagreements, 0);
    QVERIFY(!byName("beto").disagreementRate());

    // Decided as ana typed it: beto alone is charged.
    at(18, 10);
    QVERIFY_OK(m_actas->adjudicate(m_carla, x, clean, QStringLiteral("PLU reads 5")));
    QCOMPARE(byName("ana").pending, 0);
    QCOMPARE(byName("ana").compared, 2);
    QCOMPARE(byName("ana").disagreements, 0);
    QCOMPARE(*byName("ana").disagreementRate(), 0.0);
    QCOMPARE(byName("beto").pending, 0);
    QCOMPARE(byName("beto").compared, 1);
    QCOMPARE(byName("beto").disagreements, 1);
    QCOMPARE(*byName("beto").disagreementRate(), 1.0);

    // Two rounds on one acta: charged once. y: beto and dora differ, sent back; dora and beto differ
    // again; decided as dora typed the second time (neither of the first round).
    QVERIFY_OK(m_actas->submitEntry1(m_beto, y, other));
    QVERIFY_OK(m_actas->submitEntry2(m_dora, y, third));
    QVERIFY_OK(m_actas->fire(m_carla, y, Trigger::SendBackForRecapture, QStringLiteral("retype")));
    QVERIFY_OK(m_actas->submitEntry1(m_dora, y, clean));
    QVERIFY_OK(m_actas->submitEntry2(m_beto, y, other));
    QCOMPARE(byName("dora").pending, 1);
    QVERIFY_OK(m_actas->adjudicate(m_carla, y, clean, QStringLiteral("as printed")));
    QCOMPARE(byName("beto").compared, 2); // x y
    QCOMPARE(byName("beto").disagreements, 2); // once for y, both rounds wrong
    QCOMPARE(byName("dora").compared, 2); // z y
    QCOMPARE(byName("dora").disagreements, 1); // y: her first entry differed from the decision
    QCOMPARE(byName("dora").pending, 0);

    // z matched; a supervisor reopens it and another decides other figures: no clerk is charged.
    QVERIFY_OK(m_actas->fire(m_carla, z, Trigger::Reopen, QStringLiteral("check PLU")));
    QVERIFY_OK(m_actas->adjudicate(eva, z, other, QStringLiteral("PLU reads 8")));
    QCOMPARE(byName("ana").compared, 2);
    QCOMPARE(byName("ana").disagreements, 0);
    QCOMPARE(byName("dora").disagreements, 1);
    QCOMPARE(byName("carla").compared, 0);
    QCOMPARE(byName("eva").compared, 0);
}

void TestProgressQueries::progressSeriesBuckets()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<ProgressSeries> s = q.progressOverTime();
    QVERIFY_OK(s);
    // 18:00 to now (19:20): eight buckets of ten minutes, the last ending at now.
    QCOMPARE(s->bucketMinutes, 10);
    QCOMPARE(s->start, QDateTime(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC));
    const QList<std::pair<qint64, qint64>> expected {{9, 0}, {9, 0}, {9, 0}, {9, 1}, {9, 2}, {9, 3}, {9, 3}, {9, 4}};
    QCOMPARE(s->points.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(s->points.at(i).at, s->start.addSecs((i + 1) * 600));
        QCOMPARE(s->points.at(i).received, expected.at(i).first);
        QCOMPARE(s->points.at(i).verified, expected.at(i).second);
    }
}

// Nothing is drawn after now: the last point is now itself, also inside a bucket, and actas
// stamped after now (a clock set back) count there.
void TestProgressQueries::seriesEndsAtNow()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    const QDateTime now(QDate(2027, 6, 6), QTime(19, 23, 30), Qt::UTC);
    m_clock.set(now);
    Result<ProgressSeries> s = q.progressOverTime();
    QVERIFY_OK(s);
    QCOMPARE(s->points.size(), 9);
    QCOMPARE(s->points.at(7).at, QDateTime(QDate(2027, 6, 6), QTime(19, 20), Qt::UTC));
    QCOMPARE(s->points.last().at, now);
    for (const ProgressPoint &p : s->points)
        QVERIFY2(p.at <= now, qPrintable(p.at.toString(Qt::ISODate)));
    QCOMPARE(s->points.last().received, 9);
    QCOMPARE(s->points.last().verified, 4);

    // Now exactly on a bucket's end: that bucket is the last.
    m_clock.set(QDateTime(QDate(2027, 6, 6), QTime(19, 30), Qt::UTC));
    s = q.progressOverTime();
    QVERIFY_OK(s);
    QCOMPARE(s->points.size(), 9);
    QCOMPARE(s->points.last().at, m_clock.nowUtc());

    // The clock set back to 18:55: the series stops there, and what came later counts at its end.
    m_clock.set(QDateTime(QDate(2027, 6, 6), QTime(18, 55), Qt::UTC));
    s = q.progressOverTime();
    QVERIFY_OK(s);
    QCOMPARE(s->points.last().at, m_clock.nowUtc());
    QCOMPARE(s->points.size(), 6);
    QCOMPARE(s->points.last().received, 9);
    QCOMPARE(s->points.last().verified, 4);
    QCOMPARE(s->points.at(4).verified, 2); // 18:50: A and E
}

void TestProgressQueries::widerBucketsForLongerSpans()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    // 80 minutes in at most 4 buckets: 10 gives 8, 15 gives 6, 30 gives 3.
    Result<ProgressSeries> s = q.progressOverTime(4);
    QVERIFY_OK(s);
    QCOMPARE(s->bucketMinutes, 30);
    QCOMPARE(s->points.size(), 3);
    QCOMPARE(s->points.last().at, m_clock.nowUtc());
    QCOMPARE(s->points.at(0).verified, 0); // A was verified at 18:30, in the second bucket
    QCOMPARE(s->points.at(1).verified, 3);
    QCOMPARE(s->points.last().verified, 4);
    QCOMPARE(s->points.last().received, 9);

    // Two days later the buckets widen again, and they start at the station's midnight or hour.
    m_clock.advanceSeconds(2 * 24 * 3600);
    s = q.progressOverTime();
    QVERIFY_OK(s);
    QCOMPARE(s->bucketMinutes, 120);
    QVERIFY(s->points.size() <= 48);
    QCOMPARE(s->start, QDateTime(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC)); // 12:00 station time
    QCOMPARE(s->points.last().received, 9);
}

void TestProgressQueries::reportAgreesWithTheSingleQueries()
{
    buildStation();
    ProgressQueries q(*m_db, m_clock);
    Result<ProgressReport> r = q.report(*m_catalog, m_sample->election);
    QVERIFY_OK(r);
    QCOMPARE(r->at, m_clock.nowUtc());
    QCOMPARE(r->states.size(), ActaWorkflow::allStates().size());
    QCOMPARE(r->districts.size(), 3);
    QCOMPARE(r->total().received, 7);
    QCOMPARE(r->inconsistencies.size(), 5);
    QCOMPARE(r->sync.pending, 6);
    QCOMPARE(r->clerks.size(), 4);
    QCOMPARE(r->series.points.size(), 8);
    QVERIFY(!m_db->inTransaction()); // the read snapshot ended
    // Reading writes nothing: the audit chain's head is where it was.
    Result<Statement> head = m_db->prepare(QStringLiteral("SELECT seq FROM audit_head"));
    QVERIFY_OK(head);
    QVERIFY(head->step().isOk());
    const qint64 before = head->columnInt64(0);
    QVERIFY_OK(q.report(*m_catalog, m_sample->election));
    head->reset();
    QVERIFY(head->step().isOk());
    QCOMPARE(head->columnInt64(0), before);
}

void TestProgressQueries::emptyStation()
{
    ProgressQueries q(*m_db, m_clock);
    Result<ProgressReport> r = q.report(*m_catalog, m_sample->election);
    QVERIFY_OK(r);
    for (const StateCount &s : r->states)
        QCOMPARE(s.actas, 0);
    QCOMPARE(r->districts.size(), 2); // no row for outside the catalog
    QCOMPARE(r->total().expected, 8);
    QCOMPARE(r->total().received, 0);
    QVERIFY(r->inconsistencies.isEmpty());
    QCOMPARE(r->sync.pending, 0);
    QVERIFY(!r->sync.oldestPending.isValid());
    QVERIFY(r->clerks.isEmpty());
    QVERIFY(r->series.points.isEmpty());
}

QTEST_GUILESS_MAIN(TestProgressQueries)
#include "tst_progressqueries.moc"
