#include "ActaRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "OutboxPayload.h"
#include "Schema.h"
#include "Statement.h"
#include "TestSupport.h"
#include "UserRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using State = ActaWorkflow::State;
using Trigger = ActaWorkflow::Trigger;

class TestActaRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void equalEntriesVerifyAndQueue();
    void differentEntriesGoToDisputeThenAdjudication();
    void sameClerkCannotEnterTwice();
    void entryUsersCannotAdjudicate();
    void refusedTransitionsChangeNothing();
    void administratorsDoNotCapture();
    void disabledUsersCannotAct();
    void sinActaIsQueuedWithItsReason();
    void sinActaIntakeIsOneCall();
    void sendBackClearsEntryUsers();
    void reopenQueuesAReviewThenTheCorrection();
    void reopenedSinActaQueuesNoReview();
    void intakeKeepsHowThePageCameIn();
    void cotejadaOfWhatIsQueued();
    void storeOfSchemaFourMigrates();
    void duplicateIntakeRefused();
    void intakeIsOneTransaction();
    void missingFieldEqualsSinDato();
    void imageHashIsTheSha256OfTheFile();
    void trainersCaptureOnlyInDrills();
    void auditChainCoversEverything();
    void entriesKeepTheirEffort();
    void refusedPagesLeaveATrace();
    void entriesKeepEveryHandAndTime();
    void recentListsTheNewestChangesFirst();

private:
    static SecureBytes pw(const char *t) { return SecureBytes::fromUtf8(QString::fromUtf8(t)); }
    User makeUser(const char *name, Role role);
    Tally tally(std::initializer_list<std::pair<const char *, FieldValue>> values);
    QString receiveDigitized(const char *clave, bool simulated = false);
    qint64 count(const QString &sql);
    QJsonObject payload(const QString &clave, qint64 version);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ActaRepository> m_actas;
    ManualClock m_clock;
    User m_admin, m_ana, m_beto, m_carla, m_trainer;
};

void TestActaRepository::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

User TestActaRepository::makeUser(const char *name, Role role)
{
    Result<User> u = m_users->add(m_admin, QLatin1String(name), QLatin1String(name), role, pw("a-long-password"));
    if (!u)
        qFatal("%s", qPrintable(u.error()));
    return *u;
}

void TestActaRepository::init()
{
    m_clock = ManualClock();
    m_dir = std::make_unique<QTemporaryDir>();
    Result<Database> db = Database::create(m_dir->filePath(QStringLiteral("station.db")),
                                           SecureBytes::fromUtf8(u"station passphrase"), Argon2Params {1, 8192});
    QVERIFY(db.isOk());
    m_db.emplace(std::move(db).value());
    QVERIFY(Schema::migrate(*m_db).isOk());
    m_users = std::make_unique<UserRepository>(*m_db, m_clock, PasswordCost::minimum());
    m_admin = *m_users->addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), pw("admin-password"));
    m_ana = makeUser("ana", Role::Clerk);
    m_beto = makeUser("beto", Role::Clerk);
    m_carla = makeUser("carla", Role::Supervisor);
    m_trainer = makeUser("tere", Role::Trainer);
    m_actas = std::make_unique<ActaRepository>(*m_db, m_clock);
}

void TestActaRepository::cleanup()
{
    m_actas.reset();
    m_users.reset();
    m_db.reset();
    m_dir.reset();
}

Tally TestActaRepository::tally(std::initializer_list<std::pair<const char *, FieldValue>> values)
{
    Tally t;
    for (const auto &[k, v] : values)
        t.set(QLatin1String(k), v);
    return t;
}

QString TestActaRepository::receiveDigitized(const char *clave, bool simulated)
{
    const User &who = simulated ? m_trainer : m_ana;
    Result<ActaRecord> r
        = m_actas->receive(who, *ActaKey::parse(QString::fromLatin1(clave)), QStringLiteral("t1"), simulated);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    Result<ActaRecord> d = m_actas->fire(who, QLatin1String(clave), Trigger::AcceptImage);
    if (!d)
        qFatal("%s", qPrintable(d.error()));
    return QLatin1String(clave);
}

qint64 TestActaRepository::count(const QString &sql)
{
    Result<Statement> st = m_db->prepare(sql);
    if (!st || !st->step().isOk())
        return -1;
    return st->columnInt64(0);
}

QJsonObject TestActaRepository::payload(const QString &clave, qint64 version)
{
    Result<Statement> st = m_db->prepare(QStringLiteral("SELECT o.payload FROM sync_outbox o JOIN actas a ON a.id = "
                                                        "o.acta_id WHERE a.clave_acta = ? AND o.version = ?"));
    if (!st || !st->bindText(1, clave) || !st->bindInt64(2, version))
        return {};
    const Result<bool> row = st->step();
    if (!row || !*row)
        return {};
    return QJsonDocument::fromJson(st->columnBlob(0)).object();
}

void TestActaRepository::equalEntriesVerifyAndQueue()
{
    const QString clave = receiveDigitized("210101B010002");
    const Tally t = tally({{"PLU", FieldValue::number(120)}, {"NULOS", FieldValue::ilegible()}});
    Result<ActaRecord> e1 = m_actas->submitEntry1(m_ana, clave, t);
    QVERIFY2(e1.isOk(), qPrintable(e1.isOk() ? QString() : e1.error()));
    QCOMPARE(e1->state, State::Entry1Done);
    QCOMPARE(e1->entry1User, QStringLiteral("ana"));
    QVERIFY(e1->capturedAt.isValid());
    m_clock.advanceSeconds(60);
    Result<ActaRecord> e2 = m_actas->submitEntry2(m_beto, clave, t);
    QVERIFY2(e2.isOk(), qPrintable(e2.isOk() ? QString() : e2.error()));
    QCOMPARE(e2->state, State::QueuedForSync);
    QCOMPARE(e2->entry2User, QStringLiteral("beto"));
    QCOMPARE(e2->capturedAt.secsTo(e2->verifiedAt), 60);
    QCOMPARE(*m_actas->outbox().pendingCount(), 1);
    Result<Statement> st = m_db->prepare(QStringLiteral("SELECT version, payload FROM sync_outbox"));
    QVERIFY(st.isOk() && *st->step());
    QCOMPARE(st->columnInt64(0), 1);
    const QJsonObject payload = QJsonDocument::fromJson(st->columnBlob(1)).object();
    QCOMPARE(payload.value(QStringLiteral("clave_acta")).toString(), clave);
    QCOMPARE(payload.value(QStringLiteral("values")).toObject().value(QStringLiteral("PLU")).toString(),
             QStringLiteral("120"));
    QCOMPARE(payload.value(QStringLiteral("values")).toObject().value(QStringLiteral("NULOS")).toString(),
             QStringLiteral("ILEGIBLE"));
}

void TestActaRepository::differentEntriesGoToDisputeThenAdjudication()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(120)}})).isOk());
    Result<ActaRecord> e2 = m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(128)}}));
    QVERIFY(e2.isOk());
    QCOMPARE(e2->state, State::InDispute);
    QCOMPARE(*m_actas->outbox().pendingCount(), 0);
    QVERIFY(!m_actas->adjudicate(m_carla, clave, tally({{"PLU", FieldValue::number(128)}}), QString()).isOk());
    Result<ActaRecord> adj
        = m_actas->adjudicate(m_carla, clave, tally({{"PLU", FieldValue::number(128)}}), QStringLiteral("8 legible"));
    QVERIFY2(adj.isOk(), qPrintable(adj.isOk() ? QString() : adj.error()));
    QCOMPARE(adj->state, State::QueuedForSync);
    QCOMPARE((*m_actas->entry(clave, EntryKind::Adjudication))->value(QStringLiteral("PLU")), FieldValue::number(128));
    QCOMPARE(*m_actas->outbox().pendingCount(), 1);
}

void TestActaRepository::sameClerkCannotEnterTwice()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    const Result<ActaRecord> again = m_actas->submitEntry2(m_ana, clave, tally({{"PLU", FieldValue::number(1)}}));
    QVERIFY(!again.isOk());
    QVERIFY_FAILS_WITH(again, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(again, clave);
    QCOMPARE(m_actas->find(clave)->state, State::Entry1Done);
}

void TestActaRepository::entryUsersCannotAdjudicate()
{
    const User sup = makeUser("sara", Role::Supervisor);
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(sup, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    QVERIFY(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(2)}})).isOk());
    QVERIFY(!m_actas->adjudicate(sup, clave, tally({{"PLU", FieldValue::number(2)}}), QStringLiteral("x")).isOk());
    QVERIFY(!m_actas->adjudicate(m_ana, clave, tally({{"PLU", FieldValue::number(2)}}), QStringLiteral("x")).isOk());
    QCOMPARE(m_actas->find(clave)->state, State::InDispute);
}

void TestActaRepository::refusedTransitionsChangeNothing()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    const qint64 entries = count(QStringLiteral("SELECT count(*) FROM entries"));
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(!m_actas->submitEntry1(m_beto, clave, tally({{"PLU", FieldValue::number(1)}})).isOk()); // wrong state
    QVERIFY(!m_actas->submitEntry2(m_ana, clave, tally({{"PLU", FieldValue::number(1)}})).isOk()); // same clerk
    QVERIFY(!m_actas->fire(m_beto, clave, Trigger::Reopen, QStringLiteral("x")).isOk()); // wrong state
    QVERIFY(!m_actas->fire(m_beto, clave, Trigger::QueueForSync).isOk()); // the station's own
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM entries")), entries);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(m_actas->find(clave)->state, State::Entry1Done);
}

void TestActaRepository::administratorsDoNotCapture()
{
    const Result<ActaRecord> r
        = m_actas->receive(m_admin, *ActaKey::parse(u"210101B010002"), QStringLiteral("t1"), false);
    QVERIFY(!r.isOk());
    const QString clave = receiveDigitized("210102B010002");
    QVERIFY(!m_actas->submitEntry1(m_admin, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
}

void TestActaRepository::disabledUsersCannotAct()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_users->disable(m_admin, QStringLiteral("ana")).isOk());
    const Result<ActaRecord> r = m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(1)}}));
    QVERIFY(!r.isOk());
    QVERIFY_FAILS_WITH(r, ErrorCode::AccountDisabled);
    QVERIFY(!m_actas->receive(m_ana, *ActaKey::parse(u"210102B010002"), QStringLiteral("t1"), false).isOk());
    QVERIFY(!m_actas->storeImage(m_ana, clave, QByteArray("scan")).isOk());
}

void TestActaRepository::sinActaIsQueuedWithItsReason()
{
    QVERIFY(m_actas->receive(m_ana, *ActaKey::parse(u"210101B010002"), QStringLiteral("t1"), false).isOk());
    Result<ActaRecord> r = m_actas->recordSinActa(m_ana, QStringLiteral("210101B010002"), SinActaReason::SinSobre);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error()));
    QCOMPARE(r->state, State::QueuedForSync);
    QCOMPARE(int(r->sinActaReason.value_or(SinActaReason::PaqueteNoEntregado)), 3);
    QCOMPARE(*m_actas->outbox().pendingCount(), 1);
}

void TestActaRepository::sinActaIntakeIsOneCall()
{
    const ActaKey key = *ActaKey::parse(u"210101B010002");
    Result<ActaRecord> r = m_actas->intakeSinActa(m_ana, key, QStringLiteral("t1"), false, SinActaReason::SinSobre);
    QVERIFY_OK(r);
    QCOMPARE(r->state, State::QueuedForSync);
    QCOMPARE(*m_actas->outbox().pendingCount(), 1);
    // Refused as a whole: the acta is there already, and a trainer may not record a real one.
    QVERIFY(!m_actas->intakeSinActa(m_ana, key, QStringLiteral("t1"), false, SinActaReason::SinSobre));
    const qint64 audits = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(!m_actas->intakeSinActa(m_trainer, *ActaKey::parse(u"210102B010002"), QStringLiteral("t1"), false,
                                    SinActaReason::SinSobre));
    QVERIFY(!m_actas->find(QStringLiteral("210102B010002")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audits);
    QCOMPARE(*m_actas->outbox().pendingCount(), 1);
}

void TestActaRepository::sendBackClearsEntryUsers()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    QVERIFY(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(7)}})).isOk());
    Result<ActaRecord> back = m_actas->fire(m_carla, clave, Trigger::SendBackForRecapture, QStringLiteral("smudged"));
    QVERIFY2(back.isOk(), qPrintable(back.isOk() ? QString() : back.error()));
    QCOMPARE(back->state, State::Digitized);
    QVERIFY(back->entry1User.isEmpty() && back->entry2User.isEmpty());
    QVERIFY(!back->capturedAt.isValid());
    QVERIFY(m_actas->submitEntry1(m_beto, clave, tally({{"PLU", FieldValue::number(7)}})).isOk());
    QCOMPARE(m_actas->submitEntry2(m_ana, clave, tally({{"PLU", FieldValue::number(7)}}))->state, State::QueuedForSync);
}

void TestActaRepository::reopenQueuesAReviewThenTheCorrection()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(3)}})).isOk());
    QVERIFY(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(3)}})).isOk());
    QCOMPARE(payload(clave, 1).value(QStringLiteral("cotejada")).toInt(), 1);
    QVERIFY(!m_actas->fire(m_carla, clave, Trigger::Reopen).isOk()); // needs a reason
    m_clock.advanceSeconds(30);
    Result<ActaRecord> reopened = m_actas->fire(m_carla, clave, Trigger::Reopen, QStringLiteral("was 8"));
    QVERIFY2(reopened.isOk(), qPrintable(reopened.isOk() ? QString() : reopened.error()));
    QCOMPARE(reopened->state, State::InDispute);
    QCOMPARE(reopened->reopenedBy, QStringLiteral("carla")); // kept in the store
    // What went upstream is under review: version 2 restates version 1 with COTEJADA 3.
    QCOMPARE(count(QStringLiteral("SELECT max(version) FROM sync_outbox")), 2);
    QJsonObject review = payload(clave, 2);
    QCOMPARE(review.value(QStringLiteral("cotejada")).toInt(), 3);
    review.insert(QStringLiteral("cotejada"), 1);
    QCOMPARE(review, payload(clave, 1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync_review_queued'")), 1);
    // The one who reopened does not decide too; another supervisor does.
    QVERIFY_FAILS_WITH(
        m_actas->adjudicate(m_carla, clave, tally({{"PLU", FieldValue::number(8)}}), QStringLiteral("8")),
        ErrorCode::PermissionDenied);
    const User dora = makeUser("dora", Role::Supervisor);
    QVERIFY(m_actas->adjudicate(dora, clave, tally({{"PLU", FieldValue::number(8)}}), QStringLiteral("8")).isOk());
    QVERIFY(m_actas->find(clave)->reopenedBy.isEmpty());
    // The correction follows as version 3, checked after a correction.
    QCOMPARE(count(QStringLiteral("SELECT max(version) FROM sync_outbox")), 3);
    const QJsonObject corrected = payload(clave, 3);
    QCOMPARE(corrected.value(QStringLiteral("cotejada")).toInt(), 2);
    QCOMPARE(corrected.value(QStringLiteral("values")).toObject().value(QStringLiteral("PLU")).toString(),
             QStringLiteral("8"));
    QCOMPARE(corrected.value(QStringLiteral("verified_by")).toString(), QStringLiteral("dora"));

    // Reopened before the correction went out: under review again, restating version 3.
    const User eva = makeUser("eva", Role::Supervisor);
    QVERIFY_OK(m_actas->fire(eva, clave, Trigger::Reopen, QStringLiteral("again")));
    QCOMPARE(payload(clave, 4).value(QStringLiteral("cotejada")).toInt(), 3);
    QCOMPARE(payload(clave, 4).value(QStringLiteral("values")), corrected.value(QStringLiteral("values")));
    QVERIFY_OK(AuditLog::verify(*m_db));
}

void TestActaRepository::reopenedSinActaQueuesNoReview()
{
    // A sin acta record was never checked against figures: reopening it queues nothing new.
    const ActaKey key = *ActaKey::parse(u"210101B010002");
    QVERIFY_OK(m_actas->intakeSinActa(m_ana, key, QStringLiteral("t1"), false, SinActaReason::SinSobre));
    const QJsonObject sent = payload(key.toString(), 1);
    for (const char *k : {"origen", "digitalizacion", "tipo_documento", "cotejada", "identity_typed"})
        QVERIFY2(!sent.contains(QLatin1String(k)), k);
    QVERIFY_OK(m_actas->fire(m_carla, key.toString(), Trigger::Reopen, QStringLiteral("the sheet turned up")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox")), 1);
}

void TestActaRepository::intakeKeepsHowThePageCameIn()
{
    const ActaKey key = *ActaKey::parse(u"210101B010002");
    const Digitization how = Digitization::of(Digitization::Kind::CasillaPhoto, QStringLiteral("Copia PE"), true);
    QVERIFY_OK(m_actas->intake(m_ana, key, IntakePage {QStringLiteral("t1"), false, QByteArray("photo"), {}, {}}, how));
    Result<std::optional<StoredImage>> image = m_actas->images().latest(key.toString());
    QVERIFY_OK(image);
    QCOMPARE((*image)->digitization, std::optional<Digitization>(how));
    QCOMPARE(how.origen, QStringLiteral("CASILLA"));
    QCOMPARE(how.digitalizacion, QStringLiteral("MOVIL"));
    // Its history says so too.
    const QJsonObject stored
        = QJsonDocument::fromJson(
              AuditLog::entriesForActa(*m_db, m_actas->find(key.toString())->id)->at(1).details.toUtf8())
              .object();
    QCOMPARE(stored.value(QStringLiteral("origen")).toString(), QStringLiteral("CASILLA"));
    QCOMPARE(stored.value(QStringLiteral("tipo_documento")).toString(), QStringLiteral("Copia PE"));
    QVERIFY(stored.value(QStringLiteral("identity_typed")).toBool());

    // The record queued when it is verified carries it, with COTEJADA 1.
    QVERIFY_OK(m_actas->submitEntry1(m_ana, key.toString(), tally({{"PLU", FieldValue::number(5)}})));
    QVERIFY_OK(m_actas->submitEntry2(m_beto, key.toString(), tally({{"PLU", FieldValue::number(5)}})));
    const QJsonObject sent = payload(key.toString(), 1);
    QCOMPARE(sent.value(QStringLiteral("origen")).toString(), QStringLiteral("CASILLA"));
    QCOMPARE(sent.value(QStringLiteral("digitalizacion")).toString(), QStringLiteral("MOVIL"));
    QCOMPARE(sent.value(QStringLiteral("tipo_documento")).toString(), QStringLiteral("Copia PE"));
    QCOMPARE(sent.value(QStringLiteral("identity_typed")).toBool(), true);
    QCOMPARE(sent.value(QStringLiteral("cotejada")).toInt(), 1);
    Result<OutboxPayload> back = OutboxPayload::fromJson(QJsonDocument(sent).toJson());
    QVERIFY_OK(back);
    QCOMPARE(back->digitization, std::optional<Digitization>(how));
    QCOMPARE(back->cotejada, std::optional<int>(1));

    // The default: scanned at the CATD, Acta PREP, identity read; a value outside the published
    // ones is refused, in code and in the store itself.
    QVERIFY_OK(m_actas->intake(m_ana, *ActaKey::parse(u"210102B010002"),
                               IntakePage {QStringLiteral("t1"), false, QByteArray("scan"), {}, {}}));
    QCOMPARE(m_actas->images().latest(QStringLiteral("210102B010002"))->value().digitization,
             std::optional<Digitization>(Digitization {}));
    QCOMPARE(Digitization {}, Digitization::of(Digitization::Kind::CatdScanner));
    Digitization bad;
    bad.tipoDocumento = QStringLiteral("Acta Prision");
    QVERIFY_FAILS_WITH(m_actas->intake(m_ana, *ActaKey::parse(u"210103B010002"),
                                       IntakePage {QStringLiteral("t1"), false, QByteArray("x"), {}, {}}, bad),
                       ErrorCode::InvalidInput);
    QVERIFY(!m_actas->find(QStringLiteral("210103B010002")));
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE images SET digitalizacion = 'FAX'")));
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE images SET tipo_documento = 'Acta Prision'")));
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE images SET origen = NULL")));
}

void TestActaRepository::cotejadaOfWhatIsQueued()
{
    // Adjudicated: checked after a correction.
    const QString adjudicated = receiveDigitized("210101B010002");
    QVERIFY_OK(m_actas->submitEntry1(m_ana, adjudicated, tally({{"PLU", FieldValue::number(1)}})));
    QVERIFY_OK(m_actas->submitEntry2(m_beto, adjudicated, tally({{"PLU", FieldValue::number(7)}})));
    QVERIFY_OK(m_actas->adjudicate(m_carla, adjudicated, tally({{"PLU", FieldValue::number(7)}}), QStringLiteral("7")));
    QCOMPARE(payload(adjudicated, 1).value(QStringLiteral("cotejada")).toInt(), 2);
    QCOMPARE(*m_actas->cotejada(m_actas->find(adjudicated)->id), std::optional<int>(2));
    // Sent back for recapture, then matched: still after a correction.
    const QString recaptured = receiveDigitized("210102B010002");
    QVERIFY_OK(m_actas->submitEntry1(m_ana, recaptured, tally({{"PLU", FieldValue::number(1)}})));
    QVERIFY_OK(m_actas->submitEntry2(m_beto, recaptured, tally({{"PLU", FieldValue::number(7)}})));
    QVERIFY_OK(m_actas->fire(m_carla, recaptured, Trigger::SendBackForRecapture, QStringLiteral("smudged")));
    QCOMPARE(*m_actas->cotejada(m_actas->find(recaptured)->id), std::nullopt);
    QVERIFY_OK(m_actas->submitEntry1(m_beto, recaptured, tally({{"PLU", FieldValue::number(7)}})));
    QVERIFY_OK(m_actas->submitEntry2(m_ana, recaptured, tally({{"PLU", FieldValue::number(7)}})));
    QCOMPARE(payload(recaptured, 1).value(QStringLiteral("cotejada")).toInt(), 2);
    // No image stored (receiveDigitized): no origin to state, but checked all the same.
    QVERIFY(!payload(recaptured, 1).contains(QStringLiteral("origen")));
    // Synced, then reopened: under review.
    const qint64 outboxId = m_actas->outbox().pending(10)->last().id;
    QVERIFY_OK(m_actas->acknowledgeOutbox(outboxId, QStringLiteral("primary")));
    QCOMPARE(m_actas->find(recaptured)->state, State::Synced);
    QCOMPARE(*m_actas->cotejada(m_actas->find(recaptured)->id), std::optional<int>(2));
    QVERIFY_OK(m_actas->fire(m_carla, recaptured, Trigger::Reopen, QStringLiteral("check PLU")));
    QCOMPARE(*m_actas->cotejada(m_actas->find(recaptured)->id), std::optional<int>(3));
    QCOMPARE(payload(recaptured, 2).value(QStringLiteral("cotejada")).toInt(), 3);
    // The review version acknowledged while the acta is still in dispute leaves it there.
    QVERIFY_OK(m_actas->acknowledgeOutbox(m_actas->outbox().pending(10)->last().id, QStringLiteral("primary")));
    QCOMPARE(m_actas->find(recaptured)->state, State::InDispute);
}

void TestActaRepository::storeOfSchemaFourMigrates()
{
    // A station store at schema 4 holding an acta with its image and a queued record.
    QTemporaryDir dir;
    Result<Database> created = Database::create(dir.filePath(QStringLiteral("v4.db")),
                                                SecureBytes::fromUtf8(u"station passphrase"), Argon2Params {1, 8192});
    QVERIFY_OK(created);
    Database &db = created.value();
    QVERIFY_OK(Schema::migrate(db, Schema::migrations().mid(0, 4)));
    QCOMPARE(db.userVersion().value(), 4);
    UserRepository users(db, m_clock, PasswordCost::minimum());
    const User admin = *users.addFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Admin"), pw("admin-pass"));
    const User ana
        = *users.add(admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, pw("a-long-password"));
    const User beto
        = *users.add(admin, QStringLiteral("beto"), QStringLiteral("Beto"), Role::Clerk, pw("a-long-password"));
    ActaRepository actas(db, m_clock);
    QVERIFY_OK(actas.receive(ana, *ActaKey::parse(u"210101B010002"), QStringLiteral("t1"), false));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO images (acta_id, original, sha256, created_at) VALUES (1, x'00', "
                                      "'%1', '2027-06-06T02:00:00Z')")
                           .arg(QString(64, QLatin1Char('a')))));
    QVERIFY_OK(db.exec(QStringLiteral("INSERT INTO sync_outbox (acta_id, version, payload, created_at) VALUES (1, 1, "
                                      "'{\"clave_acta\":\"210101B010002\"}', '2027-06-06T02:00:00Z')")));

    // Brought to schema 5 and on: the old rows say nothing about how they came in, and the rest works.
    Result<int> version = Schema::migrate(db);
    QVERIFY_OK(version);
    QCOMPARE(*version, Schema::latestVersion());
    Result<std::optional<StoredImage>> old = actas.images().latest(QStringLiteral("210101B010002"));
    QVERIFY_OK(old);
    QVERIFY(old->has_value());
    QVERIFY(!(*old)->digitization);
    Result<OutboxPayload> queued = OutboxPayload::fromJson(actas.outbox().newest(1)->value().payload);
    QVERIFY_OK(queued);
    QVERIFY(!queued->digitization && !queued->cotejada);
    QVERIFY_OK(actas.fire(ana, QStringLiteral("210101B010002"), Trigger::AcceptImage));
    QVERIFY_OK(actas.submitEntry1(ana, QStringLiteral("210101B010002"), tally({{"PLU", FieldValue::number(2)}})));
    QVERIFY_OK(actas.submitEntry2(beto, QStringLiteral("210101B010002"), tally({{"PLU", FieldValue::number(2)}})));
    Result<OutboxPayload> verified = OutboxPayload::fromJson(actas.outbox().newest(1)->value().payload);
    QVERIFY_OK(verified);
    QVERIFY(!verified->digitization); // the image came before schema 5
    QCOMPARE(verified->cotejada, std::optional<int>(1));
    QVERIFY_OK(actas.intake(ana, *ActaKey::parse(u"210102B010002"),
                            IntakePage {QStringLiteral("t1"), false, QByteArray("new"), {}, {}},
                            Digitization::of(Digitization::Kind::CatdPhoto)));
    QCOMPARE(actas.images().latest(QStringLiteral("210102B010002"))->value().digitization->digitalizacion,
             QStringLiteral("MOVIL"));
    QVERIFY_OK(AuditLog::verify(db));
}

void TestActaRepository::duplicateIntakeRefused()
{
    receiveDigitized("210101B010002");
    const Result<ActaRecord> again
        = m_actas->receive(m_beto, *ActaKey::parse(u"210101B010002"), QStringLiteral("t1"), false);
    QVERIFY(!again.isOk());
    QVERIFY_FAILS_WITH(again, ErrorCode::AlreadyExists);
}

void TestActaRepository::intakeIsOneTransaction()
{
    const auto key = [](const char16_t *text) {
        return *ActaKey::parse(QStringView(text));
    };
    PageReading reading;
    reading.perceptualHash = 0x0f0f0f0f0f0f0f0fULL;
    const IntakePage page {QStringLiteral("t1"), false, QByteArray("scan one"), QByteArray("normalized"), reading};
    const auto rows = [this](const char *table) {
        return count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    };

    // One call: received, image, reading, digitized; the reading names the stored file.
    Result<IntakeResult> first = m_actas->intake(m_ana, key(u"210101B010002"), page);
    QVERIFY_OK(first);
    QCOMPARE(first->record.state, State::Digitized);
    QCOMPARE(first->imageSha256,
             QString::fromLatin1(QCryptographicHash::hash("scan one", QCryptographicHash::Sha256).toHex()));
    QVERIFY(first->duplicates.isEmpty());
    QCOMPARE(rows("actas"), 1);
    QCOMPARE(rows("images"), 1);
    QCOMPARE(rows("readings"), 1);
    Result<std::optional<QByteArray>> kept = m_actas->readings().latest(QStringLiteral("210101B010002"));
    QVERIFY_OK(kept);
    QVERIFY(kept->has_value());
    QCOMPARE(PageReading::fromJson(QJsonDocument::fromJson(**kept).object())->sha256, first->imageSha256);

    // The same file under another clave, and a look-alike page: both said, computed in storage.
    PageReading alike = reading;
    alike.perceptualHash = 0x0f0f0f0f0f0f0f0eULL; // one bit apart
    Result<IntakeResult> second = m_actas->intake(
        m_beto, key(u"210101C010002"), IntakePage {QStringLiteral("t1"), false, QByteArray("scan one"), {}, alike});
    QVERIFY_OK(second);
    QCOMPARE(second->duplicates,
             (QList<DuplicateWarning> {{DuplicateWarning::Kind::SameFile, QStringLiteral("210101B010002"), 0},
                                       {DuplicateWarning::Kind::SameSheet, QStringLiteral("210101B010002"), 1}}));

    // A failure after the acta was received (an empty image) leaves nothing of it behind.
    const qint64 audits = rows("audit_log");
    const Result<IntakeResult> empty = m_actas->intake(
        m_ana, key(u"210102B010002"), IntakePage {QStringLiteral("t1"), false, QByteArray(), {}, reading});
    QVERIFY(!empty);
    QVERIFY(!m_actas->find(QStringLiteral("210102B010002")));
    QCOMPARE(rows("actas"), 2);
    QCOMPARE(rows("images"), 2);
    QCOMPARE(rows("readings"), 2);
    QCOMPARE(rows("audit_log"), audits);
    QVERIFY_OK(AuditLog::verify(*m_db));

    // Someone who may not record intake changes nothing either.
    QVERIFY(!m_actas->intake(m_admin, key(u"210102B010002"), page));
    QCOMPARE(rows("actas"), 2);

    // An acta already past intake is not taken again; one waiting in Received is.
    QVERIFY(!m_actas->intake(m_ana, key(u"210101B010002"), page));
    QCOMPARE(rows("images"), 2);
    QVERIFY_OK(m_actas->receive(m_ana, key(u"210103B010002"), QStringLiteral("t1"), false));
    Result<IntakeResult> waiting = m_actas->intake(
        m_ana, key(u"210103B010002"), IntakePage {QStringLiteral("t1"), false, QByteArray("scan three"), {}, {}});
    QVERIFY_OK(waiting);
    QCOMPARE(waiting->record.state, State::Digitized);
    QCOMPARE(rows("actas"), 3);
}

void TestActaRepository::missingFieldEqualsSinDato()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    const Tally withSinDato = tally({{"PLU", FieldValue::number(1)}, {"MRA", FieldValue::sinDato()}});
    QCOMPARE(m_actas->submitEntry2(m_beto, clave, withSinDato)->state, State::QueuedForSync);
}

void TestActaRepository::imageHashIsTheSha256OfTheFile()
{
    QVERIFY(m_actas->receive(m_ana, *ActaKey::parse(u"210101B010002"), QStringLiteral("t1"), false).isOk());
    const Result<QString> sha = m_actas->storeImage(m_ana, QStringLiteral("210101B010002"), QByteArray("abc"));
    QVERIFY(sha.isOk());
    QCOMPARE(*sha, QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QVERIFY(!m_actas->storeImage(m_ana, QStringLiteral("210101B010002"), QByteArray()).isOk());
    QVERIFY(!m_actas->storeImage(m_ana, QStringLiteral("210199B010002"), QByteArray("x")).isOk());
    // Once entry has begun, no other image may slip in.
    QVERIFY(m_actas->fire(m_ana, QStringLiteral("210101B010002"), Trigger::AcceptImage).isOk());
    QVERIFY(
        m_actas->submitEntry1(m_ana, QStringLiteral("210101B010002"), tally({{"PLU", FieldValue::number(1)}})).isOk());
    const Result<QString> late = m_actas->storeImage(m_beto, QStringLiteral("210101B010002"), QByteArray("other"));
    QVERIFY(!late.isOk());
    QVERIFY_FAILS_WITH(late, ErrorCode::InvalidState);
}

void TestActaRepository::trainersCaptureOnlyInDrills()
{
    QVERIFY(!m_actas->receive(m_trainer, *ActaKey::parse(u"210101B010002"), QStringLiteral("t1"), false).isOk());
    const QString clave = receiveDigitized("210101B010002", true);
    QVERIFY(m_actas->submitEntry1(m_trainer, clave, tally({{"PLU", FieldValue::number(4)}})).isOk());
    QCOMPARE(m_actas->submitEntry2(m_ana, clave, tally({{"PLU", FieldValue::number(4)}}))->state, State::QueuedForSync);
    QVERIFY(m_actas->find(clave)->simulated);
}

void TestActaRepository::auditChainCoversEverything()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->storeImage(m_ana, clave, QByteArray("scan")).isOk());
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    QVERIFY(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(1)}})).isOk());
    const Result<QList<AuditLog::Entry>> history = AuditLog::entriesForActa(*m_db, m_actas->find(clave)->id);
    QVERIFY(history.isOk());
    QStringList actions;
    for (const AuditLog::Entry &e : *history)
        actions << e.action;
    QCOMPARE(actions,
             (QStringList {QStringLiteral("acta_created"), QStringLiteral("transition"), QStringLiteral("image_stored"),
                           QStringLiteral("transition"), QStringLiteral("entry"), QStringLiteral("transition"),
                           QStringLiteral("entry"), QStringLiteral("transition")}));
    QVERIFY(!history->last().userId.has_value()); // queued by the station itself
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk() && v->intact());
}

void TestActaRepository::entriesKeepTheirEffort()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY_OK(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(120)}}), EntryEffort {42, 9876}));
    // Not measured (a script): unknown, not zero.
    QVERIFY_OK(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(128)}})));
    QVERIFY_OK(m_actas->adjudicate(m_carla, clave, tally({{"PLU", FieldValue::number(128)}}),
                                   QStringLiteral("8 legible"), EntryEffort {7, std::nullopt}));
    const auto effort = [this](const char *kind) -> QString {
        Result<Statement> st = m_db->prepare(
            QStringLiteral("SELECT keystrokes, active_ms FROM entries WHERE kind = '%1'").arg(QLatin1String(kind)));
        if (!st || !st->step().isOk())
            return QStringLiteral("<none>");
        const auto text = [&](int c) -> QString {
            return st->isNull(c) ? QStringLiteral("NULL") : QString::number(st->columnInt64(c));
        };
        return text(0) + QLatin1Char('/') + text(1);
    };
    QCOMPARE(effort("entry1"), QStringLiteral("42/9876"));
    QCOMPARE(effort("entry2"), QStringLiteral("NULL/NULL"));
    QCOMPARE(effort("adjudication"), QStringLiteral("7/NULL"));
    // A negative count is no measurement: the store refuses it and the entry with it.
    const QString other = receiveDigitized("210102B010002");
    QVERIFY(!m_actas->submitEntry1(m_ana, other, tally({{"PLU", FieldValue::number(1)}}), EntryEffort {-1, 5}).isOk());
    QCOMPARE(m_actas->find(other)->state, State::Digitized);
}

void TestActaRepository::refusedPagesLeaveATrace()
{
    const QString clave = receiveDigitized("210101B010002");
    const qint64 actaId = m_actas->find(clave)->id;
    const QString sha = QString(64, QLatin1Char('a'));
    QVERIFY_OK(m_actas->recordRefusedPage(m_ana,
                                          {QStringLiteral("dup.jpg"), sha, clave,
                                           QLatin1String(RefusalReason::AlreadyReceived),
                                           QStringLiteral("Acta already received")}));
    // A clave of no acta here, and none at all: the row names no acta.
    QVERIFY_OK(m_actas->recordRefusedPage(m_ana,
                                          {QStringLiteral("fuera.jpg"), sha, QStringLiteral("990101B010002"),
                                           QLatin1String(RefusalReason::NotInCatalog), QStringLiteral("no")}));
    QVERIFY_OK(m_actas->recordRefusedPage(m_beto,
                                          {QStringLiteral("blur.png"), QString(), QString(),
                                           QLatin1String(RefusalReason::Quality), QStringLiteral("blurred")}));
    // Someone to attribute it to, and a reason, are required.
    QVERIFY_FAILS_WITH(
        m_actas->recordRefusedPage(
            User(), {QStringLiteral("x.png"), sha, QString(), QLatin1String(RefusalReason::Quality), QString()}),
        ErrorCode::InvalidInput);
    QVERIFY_FAILS_WITH(m_actas->recordRefusedPage(m_ana, {QStringLiteral("x.png"), sha, QString(), QString(), {}}),
                       ErrorCode::InvalidInput);

    Result<QList<AuditLog::Entry>> all = AuditLog::entries(*m_db);
    QVERIFY_OK(all);
    QList<AuditLog::Entry> refused;
    for (const AuditLog::Entry &e : *all)
        if (e.action == QLatin1String(AuditAction::PageRefused))
            refused << e;
    QCOMPARE(refused.size(), 3);
    QCOMPARE(refused.at(0).actaId, std::optional<qint64>(actaId));
    QCOMPARE(refused.at(0).userId, std::optional<qint64>(m_ana.id));
    const QJsonObject d = QJsonDocument::fromJson(refused.at(0).details.toUtf8()).object();
    QCOMPARE(d.value(QStringLiteral("file")).toString(), QStringLiteral("dup.jpg"));
    QCOMPARE(d.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(d.value(QStringLiteral("clave")).toString(), clave);
    QCOMPARE(d.value(QStringLiteral("reason")).toString(), QStringLiteral("already_received"));
    QCOMPARE(d.value(QStringLiteral("message")).toString(), QStringLiteral("Acta already received"));
    QVERIFY(!refused.at(1).actaId.has_value());
    QVERIFY(!refused.at(2).actaId.has_value());
    QCOMPARE(refused.at(2).userId, std::optional<qint64>(m_beto.id));
    // The acta's history shows its refused page.
    Result<QList<AuditLog::Entry>> history = AuditLog::entriesForActa(*m_db, actaId);
    QVERIFY_OK(history);
    QCOMPARE(history->last().action, QStringLiteral("page_refused"));
    const Result<AuditLog::Verification> v = AuditLog::verify(*m_db);
    QVERIFY(v.isOk() && v->intact());
}

void TestActaRepository::entriesKeepEveryHandAndTime()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY_OK(m_actas->entries(clave));
    QVERIFY(m_actas->entries(clave)->isEmpty());
    QVERIFY_OK(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(120)}})));
    m_clock.advanceSeconds(60);
    QVERIFY_OK(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(128)}})));
    m_clock.advanceSeconds(60);
    QVERIFY_OK(
        m_actas->adjudicate(m_carla, clave, tally({{"PLU", FieldValue::ilegible()}}), QStringLiteral("borroso")));
    const Result<QList<StoredEntry>> all = m_actas->entries(clave);
    QVERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).kind, EntryKind::Entry1);
    QCOMPARE(all->at(0).username, QStringLiteral("ana"));
    QCOMPARE(all->at(0).values.value(QStringLiteral("PLU")), FieldValue::number(120));
    QCOMPARE(all->at(0).createdAt, QDateTime(QDate(2027, 6, 6), QTime(18, 0), Qt::UTC));
    QVERIFY(all->at(0).reason.isEmpty());
    QCOMPARE(all->at(1).kind, EntryKind::Entry2);
    QCOMPARE(all->at(1).username, QStringLiteral("beto"));
    QCOMPARE(all->at(1).createdAt, QDateTime(QDate(2027, 6, 6), QTime(18, 1), Qt::UTC));
    QCOMPARE(all->at(2).kind, EntryKind::Adjudication);
    QCOMPARE(all->at(2).username, QStringLiteral("carla"));
    QCOMPARE(all->at(2).values.value(QStringLiteral("PLU")), FieldValue::ilegible());
    QCOMPARE(all->at(2).reason, QStringLiteral("borroso"));
    QVERIFY(all->at(0).id < all->at(1).id && all->at(1).id < all->at(2).id);
    QVERIFY_FAILS_WITH(m_actas->entries(QStringLiteral("210101B019999")), ErrorCode::NotFound);
}

void TestActaRepository::recentListsTheNewestChangesFirst()
{
    QVERIFY(m_actas->recent(10)->isEmpty());
    const QString a = receiveDigitized("210101B010002");
    m_clock.advanceSeconds(10);
    const QString b = receiveDigitized("210101C010002");
    m_clock.advanceSeconds(10);
    const QString c = receiveDigitized("210102B010002");
    auto claves = [](const Result<QList<ActaActivity>> &r) {
        QStringList out;
        for (const ActaActivity &x : r.isOk() ? *r : QList<ActaActivity>())
            out << x.acta.clave;
        return out;
    };
    QCOMPARE(claves(m_actas->recent(10)), (QStringList {c, b, a}));
    // Working on the oldest brings it to the top, with its state and the time of the change.
    m_clock.advanceSeconds(10);
    QVERIFY_OK(m_actas->submitEntry1(m_ana, a, tally({{"PLU", FieldValue::number(1)}})));
    const Result<QList<ActaActivity>> now = m_actas->recent(10);
    QVERIFY_OK(now);
    QCOMPARE(claves(now), (QStringList {a, c, b}));
    QCOMPARE(now->first().acta.state, State::Entry1Done);
    QCOMPARE(now->first().lastEventAt, QDateTime(QDate(2027, 6, 6), QTime(18, 0, 30), Qt::UTC));
    QCOMPARE(now->last().lastEventAt, QDateTime(QDate(2027, 6, 6), QTime(18, 0, 10), Qt::UTC));
    // At most limit of them; by a part of the clave, in any case; LIKE's wildcards match themselves.
    QCOMPARE(claves(m_actas->recent(2)), (QStringList {a, c}));
    QCOMPARE(claves(m_actas->recent(10, QStringLiteral("0101"))), (QStringList {a, b}));
    QCOMPARE(claves(m_actas->recent(10, QStringLiteral("1c01"))), QStringList {b});
    QVERIFY(m_actas->recent(10, QStringLiteral("%"))->isEmpty());
    QVERIFY(m_actas->recent(10, QStringLiteral("2_01"))->isEmpty());
    QVERIFY(m_actas->recent(0)->isEmpty());
}

QTEST_GUILESS_MAIN(TestActaRepository)
#include "tst_actarepository.moc"
