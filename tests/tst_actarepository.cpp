#include "ActaRepository.h"
#include "AuditLog.h"
#include "Database.h"
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
    void reopenAndAdjudicateMakesVersionTwo();
    void duplicateIntakeRefused();
    void intakeIsOneTransaction();
    void missingFieldEqualsSinDato();
    void imageHashIsTheSha256OfTheFile();
    void trainersCaptureOnlyInDrills();
    void auditChainCoversEverything();

private:
    static SecureBytes pw(const char *t) { return SecureBytes::fromUtf8(QString::fromUtf8(t)); }
    User makeUser(const char *name, Role role);
    Tally tally(std::initializer_list<std::pair<const char *, FieldValue>> values);
    QString receiveDigitized(const char *clave, bool simulated = false);
    qint64 count(const QString &sql);
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

void TestActaRepository::reopenAndAdjudicateMakesVersionTwo()
{
    const QString clave = receiveDigitized("210101B010002");
    QVERIFY(m_actas->submitEntry1(m_ana, clave, tally({{"PLU", FieldValue::number(3)}})).isOk());
    QVERIFY(m_actas->submitEntry2(m_beto, clave, tally({{"PLU", FieldValue::number(3)}})).isOk());
    QVERIFY(!m_actas->fire(m_carla, clave, Trigger::Reopen).isOk()); // needs a reason
    Result<ActaRecord> reopened = m_actas->fire(m_carla, clave, Trigger::Reopen, QStringLiteral("was 8"));
    QVERIFY2(reopened.isOk(), qPrintable(reopened.isOk() ? QString() : reopened.error()));
    QCOMPARE(reopened->state, State::InDispute);
    QCOMPARE(reopened->reopenedBy, QStringLiteral("carla")); // kept in the store
    // The one who reopened does not decide too; another supervisor does.
    QVERIFY_FAILS_WITH(
        m_actas->adjudicate(m_carla, clave, tally({{"PLU", FieldValue::number(8)}}), QStringLiteral("8")),
        ErrorCode::PermissionDenied);
    const User dora = makeUser("dora", Role::Supervisor);
    QVERIFY(m_actas->adjudicate(dora, clave, tally({{"PLU", FieldValue::number(8)}}), QStringLiteral("8")).isOk());
    QVERIFY(m_actas->find(clave)->reopenedBy.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT max(version) FROM sync_outbox")), 2);
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

QTEST_GUILESS_MAIN(TestActaRepository)
#include "tst_actarepository.moc"
