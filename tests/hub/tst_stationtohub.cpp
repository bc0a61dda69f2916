#include "Election.h"
#include "HubStoreProbe.h"
#include "HubTestSupport.h"
#include "OutboxRecords.h"
#include "Station.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

// From a station's verified actas to the hub's store, without the network: the outbox rows
// become signed records that a hub which enrolled the station accepts exactly once. The hub's
// store runs in hub_store_probe, a process of the hub's kind: this one holds the station's
// SQLCipher, and one process never mixes the two SQLite libraries.
class TestStationToHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verifiedActasReachTheHub();
    void aCorrectedActaIsANewVersion();
    void anAdjudicatedActaNamesItsSupervisor();

private:
    User user(const char *name, Role role);
    QString verify(const char *clave, const Tally &t);

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Station> m_station;
    User m_admin, m_ana, m_beto;
    std::optional<ElectionTemplate> m_election;
    std::optional<Catalog> m_catalog;
    QString m_enrollment; // the station's enrollment request, for the hub
};

User TestStationToHub::user(const char *name, Role role)
{
    Result<User> u = m_station->users().add(m_admin, QLatin1String(name), QLatin1String(name), role,
                                            SecureBytes::fromUtf8(u"a-long-password"));
    if (!u)
        qFatal("%s", qPrintable(u.error()));
    return *u;
}

#define QVERIFY_OK_OR(expression)                                                                                      \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        if (!result_)                                                                                                  \
            qFatal("%s", qPrintable(result_.error()));                                                                 \
    } while (false)

QString TestStationToHub::verify(const char *clave, const Tally &t)
{
    ActaRepository &actas = m_station->actas();
    const QString key = QLatin1String(clave);
    QVERIFY_OK_OR(actas.receive(m_ana, *ActaKey::parse(key), m_election->id(), false));
    QVERIFY_OK_OR(actas.storeImage(m_ana, key, "scan of " + key.toLatin1()));
    QVERIFY_OK_OR(actas.fire(m_ana, key, ActaWorkflow::Trigger::AcceptImage));
    QVERIFY_OK_OR(actas.submitEntry1(m_ana, key, t));
    QVERIFY_OK_OR(actas.submitEntry2(m_beto, key, t));
    return key;
}

void TestStationToHub::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Station::Options cheap;
    cheap.keyCost = Argon2Params {1, 8192};
    cheap.passwordCost = PasswordCost::minimum();
    Result<std::unique_ptr<Station>> st
        = Station::initialise(m_dir.filePath(QStringLiteral("station")), QStringLiteral("CATD 07"),
                              SecureBytes::fromUtf8(u"station passphrase"), QStringLiteral("admin"),
                              SecureBytes::fromUtf8(u"admin-password"), m_clock, cheap);
    QVERIFY_OK(st);
    m_station = std::move(*st);
    m_admin = *m_station->users().find(QStringLiteral("admin"));
    m_ana = user("ana", Role::Clerk);
    m_beto = user("beto", Role::Clerk);
    m_election = *ElectionTemplate::fromFile(Election::sampleTemplatePath());
    m_catalog = *Catalog::fromFile(Election::sampleCatalogPath());

    Result<SigningKey> stationKey = m_station->signingKey();
    QVERIFY_OK(stationKey);
    m_enrollment = m_dir.filePath(QStringLiteral("enrollment.json"));
    QVERIFY_OK(EnrollmentRequest::forKey(m_station->stationId(), m_station->name(), *stationKey, m_clock.nowUtc())
                   .write(m_enrollment));
}

void TestStationToHub::verifiedActasReachTheHub()
{
    Tally t;
    t.set(QStringLiteral("PLU"), FieldValue::number(120));
    t.set(QStringLiteral("MRA"), FieldValue::number(80));
    t.set(QStringLiteral("NULOS"), FieldValue::number(4));
    t.set(QStringLiteral("TOTAL_VOTOS_ASENTADO"), FieldValue::number(204));
    verify("210101B010002", t);
    verify("210101C010002", t);
    QVERIFY_OK(
        m_station->actas().receive(m_ana, *ActaKey::parse(QStringLiteral("210102B010002")), m_election->id(), false));
    QVERIFY_OK(m_station->actas().recordSinActa(m_ana, QStringLiteral("210102B010002"), SinActaReason(1)));

    Result<QList<OutboxItem>> pending = m_station->actas().outbox().pending(100);
    QVERIFY_OK(pending);
    QCOMPARE(pending->size(), 3);
    const OutboxRecords records(m_station->stationId(), m_station->seqBase(), *m_election, &*m_catalog);
    const SigningKey stationKey = m_station->signingKey().value();
    qint64 previousSeq = 0;
    QStringList envelopes; // counted actas first, the sin acta record last
    QString sinActaEnvelope;
    for (const OutboxItem &item : *pending) {
        Result<SyncRecord> r = records.build(item);
        QVERIFY_OK(r);
        QCOMPARE(r->stationId, m_station->stationId());
        QVERIFY(r->seq > previousSeq); // per station, increasing
        previousSeq = r->seq;
        QCOMPARE(r->version, 1);
        QCOMPARE(r->templateId, m_election->id());
        Result<SignedRecord> signedRecord = records.sign(item, stationKey);
        QVERIFY_OK(signedRecord);
        const QString path = m_dir.filePath(QStringLiteral("record-%1.json").arg(r->seq));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(signedRecord->envelope());
        file.close();
        if (item.clave == QLatin1String("210102B010002")) { // sin acta: reason, no figures, not counted
            QCOMPARE(r->sinActaReason, std::optional<SinActaReason>(SinActaReason(1)));
            QVERIFY(r->values.isEmpty());
            QVERIFY(!r->contabilizada);
            QVERIFY(!r->imageSha256);
            QVERIFY(!r->origen && !r->digitalizacion && !r->tipoDocumento && !r->cotejada && !r->identityTyped);
            sinActaEnvelope = path;
            continue;
        }
        QCOMPARE(r->values.value(QStringLiteral("PLU")), FieldValue::number(120));
        QCOMPARE(r->totalCalculado, 204);
        QVERIFY(r->contabilizada);
        QCOMPARE(r->enteredBy, (QStringList {QStringLiteral("ana"), QStringLiteral("beto")}));
        QCOMPARE(r->verifiedBy.value_or(QString()), QStringLiteral("beto"));
        QCOMPARE(r->imageSha256.value_or(QString()), sha256Hex("scan of " + item.clave.toLatin1()));
        // Scanned at the CATD (the default), the PREP copy, identity read, entries matched.
        QCOMPARE(r->origen, std::optional<QString>(QStringLiteral("CATD")));
        QCOMPARE(r->digitalizacion, std::optional<QString>(QStringLiteral("ESCANER")));
        QCOMPARE(r->tipoDocumento, std::optional<QString>(QStringLiteral("Acta PREP")));
        QCOMPARE(r->cotejada, std::optional<int>(1));
        QVERIFY(!r->identityTyped);

        // What travels is what the hub reads back.
        Result<SignedRecord> parsed = SignedRecord::fromEnvelope(signedRecord->envelope());
        QVERIFY_OK(parsed);
        QVERIFY_OK(parsed->verify(m_station->signingPublicKey()));
        QCOMPARE(parsed->record().clave, item.clave);
        envelopes << path;
    }
    QVERIFY(!sinActaEnvelope.isEmpty());

    // The hub enrolls the station and stores each record twice: stored, then the same receipt
    // again. The sin acta record is valid and signed too.
    const QString hubSeed = QString::fromLatin1(QByteArray(SigningKey::SeedSize, 'h').toHex());
    int rc = -1;
    const QStringList lines
        = runHubStoreProbe(
              QStringList {QStringLiteral("store"), m_dir.filePath(QStringLiteral("hub.db")), hubSeed, m_enrollment}
                  + envelopes + QStringList {sinActaEnvelope},
              &rc)
              .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rc, 0);
    QCOMPARE(lines.size(), 2 * 3 + 1);
    for (int i = 0; i < 3; ++i) {
        const QJsonObject stored = QJsonDocument::fromJson(lines.at(2 * i).toUtf8()).object();
        const QJsonObject again = QJsonDocument::fromJson(lines.at(2 * i + 1).toUtf8()).object();
        QCOMPARE(stored.value(QStringLiteral("kind")).toString(), QStringLiteral("stored"));
        QCOMPARE(again.value(QStringLiteral("kind")).toString(), QStringLiteral("duplicate"));
        QVERIFY(!stored.value(QStringLiteral("receipt")).toString().isEmpty());
        QCOMPARE(again.value(QStringLiteral("receipt")), stored.value(QStringLiteral("receipt")));
    }
    QCOMPARE(QJsonDocument::fromJson(lines.last().toUtf8()).object().value(QStringLiteral("records")).toInt(), 3);
}

void TestStationToHub::aCorrectedActaIsANewVersion()
{
    // The same acta queued again (a later adjudication) is version 2 with a new sequence number.
    Result<QList<OutboxItem>> pending = m_station->actas().outbox().pending(100);
    QVERIFY_OK(pending);
    const OutboxItem first = pending->first();
    OutboxItem second = first;
    second.id = first.id + 1000;
    second.version = 2;
    const OutboxRecords records(m_station->stationId(), m_station->seqBase(), *m_election, &*m_catalog);
    Result<SyncRecord> r = records.build(second);
    QVERIFY_OK(r);
    QCOMPARE(r->version, 2);
    QCOMPARE(r->seq, first.id + 1000);
    // A damaged outbox row is an error naming it, never a silently empty record.
    OutboxItem broken = first;
    broken.payload = "{not json";
    const Result<SyncRecord> bad = records.build(broken);
    QVERIFY(!bad);
    QVERIFY_MESSAGE_NAMES(bad, first.clave);
}

void TestStationToHub::anAdjudicatedActaNamesItsSupervisor()
{
    const User carla = user("carla", Role::Supervisor);
    ActaRepository &actas = m_station->actas();
    const QString key = QStringLiteral("210103B010002");
    Tally a, b;
    a.set(QStringLiteral("PLU"), FieldValue::number(38));
    b.set(QStringLiteral("PLU"), FieldValue::number(58));
    QVERIFY_OK(actas.receive(m_ana, *ActaKey::parse(key), m_election->id(), false));
    QVERIFY_OK(actas.storeImage(m_ana, key, "scan"));
    QVERIFY_OK(actas.fire(m_ana, key, ActaWorkflow::Trigger::AcceptImage));
    QVERIFY_OK(actas.submitEntry1(m_ana, key, a));
    QVERIFY_OK(actas.submitEntry2(m_beto, key, b));
    QVERIFY_OK(actas.adjudicate(carla, key, b, QStringLiteral("the sheet says 58")));
    Result<QList<OutboxItem>> pending = actas.outbox().pending(100);
    QVERIFY_OK(pending);
    const OutboxRecords records(m_station->stationId(), m_station->seqBase(), *m_election, &*m_catalog);
    Result<SyncRecord> r = records.build(pending->last());
    QVERIFY_OK(r);
    QCOMPARE(r->clave, key);
    QCOMPARE(r->values.value(QStringLiteral("PLU")), FieldValue::number(58));
    QCOMPARE(r->enteredBy, (QStringList {QStringLiteral("ana"), QStringLiteral("beto")}));
    QCOMPARE(r->verifiedBy.value_or(QString()), QStringLiteral("carla"));
    QCOMPARE(r->cotejada, std::optional<int>(2)); // checked after a correction
}

QTEST_GUILESS_MAIN(TestStationToHub)
#include "tst_stationtohub.moc"
