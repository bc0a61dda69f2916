#include "ActaRepository.h"
#include "AuditLog.h"
#include "EnrollmentRequest.h"
#include "Secrets.h"
#include "Station.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

// The station commands of the real binary, with secrets from the environment as scripts give them.
class TestCliStation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secretsLeaveTheEnvironment();
    void initTestCase();
    void initStationThenUsers();
    void changesNeedAnActingUser();
    void wrongSecretsFailClearly();
    void secretsNeverComeFromArguments();
    void verifyAuditNamesTheBrokenEntry();
    void historyAsCsvAndJson();
    void backupAndRestore();
    void changePassphraseIsAudited();
    void enrollmentRequestCarriesTheStationKey();
    void intakeRecordsHowTheScansCameIn();
    void drillStationsAreOpenedAsDrills();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QHash<QString, QString> &secrets = {}, const QString &stationDir = {});
    QString station() const { return m_dir.filePath(QStringLiteral("st")); }
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("una frase de estación larga");
};

TestCliStation::Run TestCliStation::run(const QStringList &args, const QHash<QString, QString> &secrets,
                                        const QString &stationDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"ACTACAPTURE_PASSPHRASE", "ACTACAPTURE_PASSWORD", "ACTACAPTURE_NEW_PASSWORD", "ACTACAPTURE_NEW_PASSPHRASE"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), m_passphrase);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompt can hang
    QStringList all = args;
    all << QStringLiteral("--station") << (stationDir.isEmpty() ? station() : stationDir);
    p.start(QStringLiteral(ACTA_BINARY), all);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestCliStation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const Run r = run({QStringLiteral("init-station"), QStringLiteral("--admin"), QStringLiteral("admin"),
                       QStringLiteral("--name"), QStringLiteral("CATD 05")},
                      {{QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("admin-password-1")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("CATD 05")));
    QVERIFY(r.err.isEmpty()); // no log noise on a person's terminal
    QVERIFY(QFileInfo::exists(Station::databasePath(station())));
}

void TestCliStation::initStationThenUsers()
{
    const QHash<QString, QString> asAdmin {
        {QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1")},
        {QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("ana-password-1")}};
    Run r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--role"),
                 QStringLiteral("clerk"), QStringLiteral("--full-name"), QStringLiteral("Ana Pérez"),
                 QStringLiteral("--as"), QStringLiteral("admin")},
                asAdmin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--role"),
             QStringLiteral("clerk"), QStringLiteral("--as"), QStringLiteral("admin")},
            asAdmin);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eva"), QStringLiteral("--role"),
             QStringLiteral("boss"), QStringLiteral("--as"), QStringLiteral("admin")},
            asAdmin);
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ana"), QStringLiteral("--as"),
             QStringLiteral("admin")},
            asAdmin);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray users = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(users.size(), 2);
    QCOMPARE(users.at(1).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("ana"));
    QVERIFY(users.at(1).toObject().value(QStringLiteral("disabled")).toBool());
    QCOMPARE(users.at(1).toObject().value(QStringLiteral("full_name")).toString(), QStringLiteral("Ana Pérez"));
}

void TestCliStation::changesNeedAnActingUser()
{
    const Run r = run({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("admin")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("--as USER")));
}

void TestCliStation::wrongSecretsFailClearly()
{
    Run r = run({QStringLiteral("verify-audit")},
                {{QStringLiteral("ACTACAPTURE_PASSPHRASE"), QStringLiteral("not the passphrase")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("passphrase")) && r.err.contains(QStringLiteral("wrong")),
             qPrintable(r.err));
    r = run({QStringLiteral("backup"), m_dir.filePath(QStringLiteral("x.bak")), QStringLiteral("--as"),
             QStringLiteral("admin")},
            {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("not-the-password")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("wrong password")));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.bak"))));
}

void TestCliStation::secretsNeverComeFromArguments()
{
    const Run r = run({QStringLiteral("verify-audit"), QStringLiteral("--passphrase"), m_passphrase});
    QCOMPARE(r.exitCode, 2);
    // And with no variable and no terminal, the command says what is missing instead of waiting.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ACTACAPTURE_PASSPHRASE"));
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(QStringLiteral(ACTA_BINARY), {QStringLiteral("verify-audit"), QStringLiteral("--station"), station()});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("ACTACAPTURE_PASSPHRASE is not set")));
}

void TestCliStation::verifyAuditNamesTheBrokenEntry()
{
    Run r = run({QStringLiteral("verify-audit")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("intact")));

    // A tampered copy, edited with the right key as an insider could.
    const QString copy = m_dir.filePath(QStringLiteral("tampered"));
    QVERIFY(QDir().mkpath(copy));
    for (const QString &f : {QStringLiteral("station.db"), QStringLiteral("station.db.keying")})
        QVERIFY(QFile::copy(QDir(station()).filePath(f), QDir(copy).filePath(f)));
    {
        auto st = Station::open(copy, SecureBytes::fromUtf8(m_passphrase), Clock::system(), PasswordCost::minimum());
        QVERIFY2(st.isOk(), qPrintable(st.isOk() ? QString() : st.error()));
        QVERIFY((*st)->database().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")).isOk());
        QVERIFY((*st)->database().exec(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 2")).isOk());
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), m_passphrase);
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTA_BINARY), {QStringLiteral("verify-audit"), QStringLiteral("--station"), copy});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("broken at entry 2")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("user_added")), qPrintable(err));
}

void TestCliStation::historyAsCsvAndJson()
{
    {
        auto st
            = Station::open(station(), SecureBytes::fromUtf8(m_passphrase), Clock::system(), PasswordCost::minimum());
        QVERIFY(st.isOk());
        Station &s = **st;
        const User admin = *s.users().find(QStringLiteral("admin"));
        const User c1 = *s.users().add(admin, QStringLiteral("clerk1"), QStringLiteral("Uno"), Role::Clerk,
                                       SecureBytes::fromUtf8(u"clerk1-password"));
        const User c2 = *s.users().add(admin, QStringLiteral("clerk2"), QStringLiteral("Dos"), Role::Clerk,
                                       SecureBytes::fromUtf8(u"clerk2-password"));
        QVERIFY(s.actas().receive(c1, *ActaKey::parse(u"210101B010002"), QStringLiteral("t"), false).isOk());
        QVERIFY(s.actas().fire(c1, QStringLiteral("210101B010002"), ActaWorkflow::Trigger::AcceptImage).isOk());
        Tally t;
        t.set(QStringLiteral("PLU"), FieldValue::number(42));
        QVERIFY(s.actas().submitEntry1(c1, QStringLiteral("210101B010002"), t).isOk());
        QVERIFY(s.actas().submitEntry2(c2, QStringLiteral("210101B010002"), t).isOk());
    }
    Run r = run({QStringLiteral("history"), QStringLiteral("210101B010002")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("seq,at_utc,user,action,details"));
    QCOMPARE(lines.size(), 1 + 7);
    QVERIFY(lines.at(1).contains(QStringLiteral(",clerk1,acta_created,")));
    QVERIFY(lines.last().contains(QStringLiteral(",station,transition,")));
    r = run({QStringLiteral("history"), QStringLiteral("210101B010002"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("queued_for_sync"));
    const QJsonArray events = o.value(QStringLiteral("events")).toArray();
    QCOMPARE(events.size(), 7);
    QCOMPARE(events.at(3)
                 .toObject()
                 .value(QStringLiteral("details"))
                 .toObject()
                 .value(QStringLiteral("values"))
                 .toObject()
                 .value(QStringLiteral("PLU"))
                 .toString(),
             QStringLiteral("42"));
    r = run({QStringLiteral("history"), QStringLiteral("210199B010002")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QStringLiteral("no acta 210199B010002")));
    r = run({QStringLiteral("history"), QStringLiteral("21")});
    QCOMPARE(r.exitCode, 2);
}

void TestCliStation::backupAndRestore()
{
    const QString file = m_dir.filePath(QStringLiteral("copy.actabak"));
    Run r = run({QStringLiteral("backup"), file, QStringLiteral("--as"), QStringLiteral("admin")},
                {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(file));
    const QString other = m_dir.filePath(QStringLiteral("other"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), m_passphrase);
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    // Without an administrator of the backup, nothing is restored.
    p.start(QStringLiteral(ACTA_BINARY), {QStringLiteral("restore"), file, QStringLiteral("--station"), other});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(!QFileInfo::exists(Station::databasePath(other)));
    env.insert(QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ACTA_BINARY),
            {QStringLiteral("restore"), file, QStringLiteral("--station"), other, QStringLiteral("--as"),
             QStringLiteral("admin")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    auto restored = Station::open(other, SecureBytes::fromUtf8(m_passphrase), Clock::system());
    QVERIFY2(restored.isOk(), qPrintable(restored.isOk() ? QString() : restored.error()));
}

void TestCliStation::changePassphraseIsAudited()
{
    const QString fresh = QStringLiteral("otra frase de acceso larga");
    Run r = run({QStringLiteral("change-passphrase"), QStringLiteral("--as"), QStringLiteral("admin")},
                {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1")},
                 {QStringLiteral("ACTACAPTURE_NEW_PASSPHRASE"), fresh}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("verify-audit")}); // the old passphrase no longer opens it
    QCOMPARE(r.exitCode, 1);
    r = run({QStringLiteral("verify-audit")}, {{QStringLiteral("ACTACAPTURE_PASSPHRASE"), fresh}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    auto st = Station::open(station(), SecureBytes::fromUtf8(fresh), Clock::system(), PasswordCost::minimum());
    QVERIFY(st.isOk());
    const Result<QList<AuditLog::Entry>> all = AuditLog::entries((*st)->database());
    QVERIFY(all.isOk());
    bool found = false;
    for (const AuditLog::Entry &e : *all)
        found = found || e.action == QLatin1String(AuditAction::PassphraseChanged);
    QVERIFY(found);
    // Put the old one back for the other tests.
    st->reset();
    r = run({QStringLiteral("change-passphrase"), QStringLiteral("--as"), QStringLiteral("admin")},
            {{QStringLiteral("ACTACAPTURE_PASSPHRASE"), fresh},
             {QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1")},
             {QStringLiteral("ACTACAPTURE_NEW_PASSPHRASE"), m_passphrase}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliStation::enrollmentRequestCarriesTheStationKey()
{
    const QString file = m_dir.filePath(QStringLiteral("enrol.json"));
    const Run r = run({QStringLiteral("enrollment-request"), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const Result<EnrollmentRequest> request = EnrollmentRequest::read(file);
    QVERIFY(request.isOk());
    auto st = Station::open(station(), SecureBytes::fromUtf8(m_passphrase), Clock::system(), PasswordCost::minimum());
    QVERIFY(st.isOk());
    QCOMPARE(request->stationId, (*st)->stationId());
    QCOMPARE(request->stationName, QStringLiteral("CATD 05"));
    QCOMPARE(request->publicKey, (*st)->signingPublicKey());
    QVERIFY(r.out.contains(request->fingerprint()));
    QCOMPARE(run({QStringLiteral("enrollment-request")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("enrollment-request"), QStringLiteral("/nonexistent/dir/enrol.json")}).exitCode, 1);
}

void TestCliStation::secretsLeaveTheEnvironment()
{
    // A passphrase given in the environment is taken out of it once read (nothing this process
    // starts inherits it), and the command can still use it.
    qputenv("ACTACAPTURE_TEST_SECRET", "una frase secreta");
    Result<SecureBytes> first = cli::SecretSource::standard().read("ACTACAPTURE_TEST_SECRET", QString(), false);
    QVERIFY_OK(first);
    QCOMPARE(QByteArray(first->constChars(), first->size()), QByteArray("una frase secreta"));
    QVERIFY(!qEnvironmentVariableIsSet("ACTACAPTURE_TEST_SECRET"));
    Result<SecureBytes> again = cli::SecretSource::standard().read("ACTACAPTURE_TEST_SECRET", QString(), false);
    QVERIFY_OK(again);
    QCOMPARE(QByteArray(again->constChars(), again->size()), QByteArray("una frase secreta"));
}

void TestCliStation::intakeRecordsHowTheScansCameIn()
{
    Run r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("rosa"), QStringLiteral("--role"),
                 QStringLiteral("clerk"), QStringLiteral("--as"), QStringLiteral("admin")},
                {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1")},
                 {QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("rosa-password-1")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QHash<QString, QString> asRosa {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("rosa-password-1")}};
    const QString photographed = QStringLiteral(ACTA_TEST_DATA "/pages/acta-210463C010002-160dpi.jpg");
    const QString scanned = QStringLiteral(ACTA_TEST_DATA "/pages/acta-210649B010002-199dpi.jpg");
    const QString intake = QStringLiteral("intake");
    const QString as = QStringLiteral("--as");
    const QString rosa = QStringLiteral("rosa");

    // Usage errors name what is expected.
    r = run({intake, as, rosa, QStringLiteral("--source"), QStringLiteral("fax"), photographed}, asRosa);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("catd-escaner, catd-movil, casilla-movil")), qPrintable(r.err));
    r = run({intake, as, rosa, QStringLiteral("--document"), QStringLiteral("Acta Prision"), photographed}, asRosa);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("Acta Prisión")), qPrintable(r.err));
    QCOMPARE(run({intake, as, rosa}, asRosa).exitCode, 2);
    QCOMPARE(run({intake, photographed}, asRosa).exitCode, 2); // a change needs --as

    // A photograph sent from the casilla, of the prison casilla's acta; a missing file is reported.
    r = run({intake, as, rosa, QStringLiteral("--source"), QStringLiteral("casilla-movil"),
             QStringLiteral("--document"), QStringLiteral("Acta Prisión"), photographed,
             m_dir.filePath(QStringLiteral("missing.jpg"))},
            asRosa);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("acta 210463C010002 stored (CASILLA/MOVIL, Acta Prisión)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("missing.jpg: rejected, not stored")), qPrintable(r.out));
    // By default: the CATD's scanner, Acta PREP. The same page again is refused, as is a file that
    // is no image.
    r = run({intake, as, rosa, scanned}, asRosa);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("acta 210649B010002 stored (CATD/ESCANER, Acta PREP)")), qPrintable(r.out));
    const QString junk = m_dir.filePath(QStringLiteral("junk.png"));
    QFile junkFile(junk);
    QVERIFY(junkFile.open(QIODevice::WriteOnly));
    junkFile.write("not an image at all");
    junkFile.close();
    r = run({intake, as, rosa, scanned, junk}, asRosa);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.out.contains(QStringLiteral("audit log")), qPrintable(r.out)); // every trace was written
    // The acta's history shows the refused duplicate.
    r = run({QStringLiteral("history"), QStringLiteral("210649B010002"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray events
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    QCOMPARE(events.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("page_refused"));
    QCOMPARE(events.last().toObject().value(QStringLiteral("user")).toString(), rosa);

    auto st = Station::open(station(), SecureBytes::fromUtf8(m_passphrase), Clock::system(), PasswordCost::minimum());
    QVERIFY_OK(st);
    Result<std::optional<StoredImage>> photo = (*st)->actas().images().latest(QStringLiteral("210463C010002"));
    QVERIFY_OK(photo);
    QCOMPARE((*photo)->digitization,
             std::optional<Digitization>(
                 Digitization::of(Digitization::Kind::CasillaPhoto, QStringLiteral("Acta Prisión"))));
    QVERIFY(!(*photo)->normalized.isEmpty()); // the registered page the clerks see, as the intake view keeps it
    QCOMPARE((*st)->actas().find(QStringLiteral("210463C010002"))->state, ActaWorkflow::State::Digitized);
    QCOMPARE((*st)->actas().images().latest(QStringLiteral("210649B010002"))->value().digitization,
             std::optional<Digitization>(Digitization::of(Digitization::Kind::CatdScanner)));

    // Each page not stored left one page_refused row with the code of its reason.
    Result<QList<AuditLog::Entry>> audit = AuditLog::entries((*st)->database());
    QVERIFY_OK(audit);
    QHash<QString, std::pair<QJsonObject, std::optional<qint64>>> refused;
    for (const AuditLog::Entry &e : *audit)
        if (e.action == QLatin1String(AuditAction::PageRefused)) {
            const QJsonObject d = QJsonDocument::fromJson(e.details.toUtf8()).object();
            QVERIFY2(!refused.contains(d.value(QStringLiteral("file")).toString()), qPrintable(e.details));
            refused.insert(d.value(QStringLiteral("file")).toString(), {d, e.actaId});
        }
    QCOMPARE(refused.size(), 3);
    const auto reason = [&](const char *file) {
        return refused.value(QLatin1String(file)).first.value(QStringLiteral("reason")).toString();
    };
    QCOMPARE(reason("missing.jpg"), QStringLiteral("quality"));
    QVERIFY(refused.value(QStringLiteral("missing.jpg")).first.value(QStringLiteral("sha256")).toString().isEmpty());
    QCOMPARE(reason("junk.png"), QStringLiteral("quality"));
    QCOMPARE(refused.value(QStringLiteral("junk.png")).first.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash("not an image at all", QCryptographicHash::Sha256).toHex()));
    QVERIFY(!refused.value(QStringLiteral("junk.png")).second);
    QCOMPARE(reason("acta-210649B010002-199dpi.jpg"), QStringLiteral("already_received"));
    QCOMPARE(refused.value(QStringLiteral("acta-210649B010002-199dpi.jpg")).second,
             std::optional<qint64>((*st)->actas().find(QStringLiteral("210649B010002"))->id));
    QVERIFY(AuditLog::verify((*st)->database())->intact());
}

void TestCliStation::drillStationsAreOpenedAsDrills()
{
    const QString drill = m_dir.filePath(QStringLiteral("simulacro"));
    const QHash<QString, QString> admin {
        {QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("admin-password-1")}};
    Run r = run({QStringLiteral("init-station"), QStringLiteral("--simulation"), QStringLiteral("--admin"),
                 QStringLiteral("admin")},
                admin, drill);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("drill (simulacro)")), qPrintable(r.out));
    // Without --simulation the drill store is refused, and the operational one with it.
    r = run({QStringLiteral("user"), QStringLiteral("list")}, {}, drill);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("drill (simulacro) station")) && r.err.contains(drill), qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--simulation")}, {}, drill);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--simulation")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("production station")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliStation)
#include "tst_cli_station.moc"
