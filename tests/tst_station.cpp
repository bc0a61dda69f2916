#include "AuditLog.h"
#include "Query.h"
#include "Statement.h"
#include "Station.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

class TestStation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initialiseCreatesAPrivateStation();
    void initialiseChecksBeforeWriting_data();
    void initialiseChecksBeforeWriting();
    void initialiseRefusesAnExistingStation();
    void openChecksThePassphrase();
    void openNamesAMissingStation();
    void backupWhileOpenAndRestore();
    void backupNeverOverwrites();
    void backupHidesItsContents();
    void restoreRefusesBadBackupsAndChangesNothing_data();
    void restoreRefusesBadBackupsAndChangesNothing();
    void clerksCannotBackUp();
    void signingKeyIsMadeAtInitialisation();
    void drillAndProductionNeverShareAStore();

private:
    static SecureBytes s(const char *t) { return SecureBytes::fromUtf8(QString::fromUtf8(t)); }
    static Station::Options cheap() { return {Argon2Params {1, 8192}, PasswordCost::minimum()}; }
    std::unique_ptr<Station> make(const QString &dir);
    static QByteArray fingerprint(const QString &dir);
    ManualClock m_clock;
};

void TestStation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<Station> TestStation::make(const QString &dir)
{
    Result<std::unique_ptr<Station>> st
        = Station::initialise(dir, QStringLiteral("CATD 01"), s("station passphrase"), QStringLiteral("admin"),
                              s("admin-password"), m_clock, cheap());
    if (!st)
        qFatal("%s", qPrintable(st.error()));
    return std::move(st).value();
}

// Names and bytes of every file in a folder: equal fingerprints mean nothing changed.
QByteArray TestStation::fingerprint(const QString &dir)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QFileInfo &fi : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        h.addData(fi.fileName().toUtf8());
        QFile f(fi.filePath());
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result().toHex();
}

void TestStation::initialiseCreatesAPrivateStation()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    std::unique_ptr<Station> st = make(dir);
    QVERIFY(st->stationId().startsWith(QStringLiteral("EST-")));
    QCOMPARE(st->name(), QStringLiteral("CATD 01"));
    QCOMPARE(QFile::permissions(dir) & (QFile::ReadOther | QFile::ReadGroup | QFile::WriteOther), QFile::Permissions());
    QCOMPARE(QFile::permissions(KeyingFile::pathFor(Station::databasePath(dir)))
                 & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    Result<User> admin = st->users().find(QStringLiteral("admin"));
    QVERIFY(admin.isOk());
    QCOMPARE(admin->role, Role::Administrator);
    const Result<AuditLog::Verification> v = AuditLog::verify(st->database());
    QVERIFY(v.isOk() && v->intact());
    QCOMPARE(v->entriesChecked, 2); // station_initialised, user_added
}

void TestStation::initialiseChecksBeforeWriting_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("admin");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("short passphrase") << "short"
                                      << "admin"
                                      << "admin-password"
                                      << "passphrase is too short";
    QTest::newRow("bad admin name") << "station passphrase"
                                    << "Admin"
                                    << "admin-password"
                                    << "user name";
    QTest::newRow("short admin password") << "station passphrase"
                                          << "admin"
                                          << "short"
                                          << "password is too short";
}

void TestStation::initialiseChecksBeforeWriting()
{
    QFETCH(QString, passphrase);
    QFETCH(QString, admin);
    QFETCH(QString, password);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    const auto st = Station::initialise(dir, QStringLiteral("CATD"), SecureBytes::fromUtf8(passphrase), admin,
                                        SecureBytes::fromUtf8(password), m_clock, cheap());
    QVERIFY(!st.isOk());
    QFETCH(QString, messagePart);
    QVERIFY_MESSAGE_NAMES(st, messagePart);
    QVERIFY(!QFileInfo::exists(dir));
}

void TestStation::initialiseRefusesAnExistingStation()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    make(dir).reset();
    const QByteArray before = fingerprint(dir);
    const auto again = Station::initialise(dir, QStringLiteral("CATD"), s("station passphrase"),
                                           QStringLiteral("admin"), s("admin-password"), m_clock, cheap());
    QVERIFY(!again.isOk());
    QCOMPARE(fingerprint(dir), before);
}

void TestStation::openChecksThePassphrase()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    const QString id = make(dir)->stationId();
    const QByteArray before = fingerprint(dir);
    const auto wrong = Station::open(dir, s("wrong passphrase!"), m_clock, PasswordCost::minimum());
    QVERIFY(!wrong.isOk());
    QCOMPARE(fingerprint(dir), before);
    const auto right = Station::open(dir, s("station passphrase"), m_clock, PasswordCost::minimum());
    QVERIFY2(right.isOk(), qPrintable(right.isOk() ? QString() : right.error()));
    QCOMPARE((*right)->stationId(), id);
}

void TestStation::openNamesAMissingStation()
{
    QTemporaryDir tmp;
    const auto st = Station::open(tmp.path(), s("station passphrase"), m_clock);
    QVERIFY(!st.isOk());
    QVERIFY_FAILS_WITH(st, ErrorCode::NotFound);
    QVERIFY_MESSAGE_NAMES(st, tmp.path());
    QVERIFY_MESSAGE_NAMES(st, QStringLiteral("init-station"));
}

void TestStation::backupWhileOpenAndRestore()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    std::unique_ptr<Station> st = make(dir);
    User admin = *st->users().find(QStringLiteral("admin"));
    User ana = *st->users().add(admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, s("ana-password"));
    QVERIFY(st->actas().receive(ana, *ActaKey::parse(u"210101B010002"), QStringLiteral("t"), false).isOk());
    const QString file = tmp.filePath(QStringLiteral("copy.actabak"));
    const Status b = st->backup(admin, file);
    QVERIFY2(b.isOk(), qPrintable(b.isOk() ? QString() : b.error()));
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(QFileInfo::exists(KeyingFile::pathFor(file)));
    // The station keeps working after the backup; this acta is not in the copy.
    QVERIFY(st->actas().receive(ana, *ActaKey::parse(u"210102B010002"), QStringLiteral("t"), false).isOk());
    st.reset();

    const QString other = tmp.filePath(QStringLiteral("restored"));
    Result<QString> kept
        = Station::restore(file, other, s("station passphrase"), QStringLiteral("admin"), s("admin-password"), m_clock);
    QVERIFY2(kept.isOk(), qPrintable(kept.isOk() ? QString() : kept.error()));
    QVERIFY(kept->isEmpty()); // nothing was there to keep
    auto restored = Station::open(other, s("station passphrase"), m_clock, PasswordCost::minimum());
    QVERIFY2(restored.isOk(), qPrintable(restored.isOk() ? QString() : restored.error()));
    // Record numbers start past anything sent before (the restore time, in ms), and the restore
    // is in the restored store's own history, by the administrator who did it.
    QCOMPARE((*restored)->seqBase(), m_clock.nowUtc().toMSecsSinceEpoch());
    QCOMPARE(*sql::scalar<qint64>((*restored)->database(),
                                  QStringLiteral("SELECT count(*) FROM audit_log a JOIN users u ON u.id = a.user_id "
                                                 "WHERE a.action = 'station_restored' AND u.username = 'admin'")),
             1);
    QVERIFY((*restored)->actas().find(QStringLiteral("210101B010002")).isOk());
    QVERIFY(!(*restored)->actas().find(QStringLiteral("210102B010002")).isOk());
    const Result<AuditLog::Verification> v = AuditLog::verify((*restored)->database());
    QVERIFY(v.isOk() && v->intact());
    restored->reset();

    // Restoring over an existing station keeps the old one aside.
    Result<QString> again
        = Station::restore(file, dir, s("station passphrase"), QStringLiteral("admin"), s("admin-password"), m_clock);
    QVERIFY2(again.isOk(), qPrintable(again.isOk() ? QString() : again.error()));
    QVERIFY(again->contains(QStringLiteral("before-restore")));
    QVERIFY(QFileInfo::exists(*again));
    QVERIFY(QFileInfo::exists(KeyingFile::pathFor(*again)));
}

void TestStation::backupNeverOverwrites()
{
    QTemporaryDir tmp;
    std::unique_ptr<Station> st = make(tmp.filePath(QStringLiteral("st")));
    const User admin = *st->users().find(QStringLiteral("admin"));
    const QString file = tmp.filePath(QStringLiteral("copy.actabak"));
    QVERIFY(st->backup(admin, file).isOk());
    const Status again = st->backup(admin, file);
    QVERIFY(!again.isOk());
    QVERIFY_FAILS_WITH(again, ErrorCode::AlreadyExists);
}

void TestStation::backupHidesItsContents()
{
    QTemporaryDir tmp;
    std::unique_ptr<Station> st = make(tmp.filePath(QStringLiteral("st")));
    const User admin = *st->users().find(QStringLiteral("admin"));
    QVERIFY(st->users()
                .add(admin, QStringLiteral("marcador"), QStringLiteral("MARKER-FULLNAME-7731"), Role::Clerk,
                     s("MARKER-PASSWORD-7731"))
                .isOk());
    const QString file = tmp.filePath(QStringLiteral("copy.actabak"));
    QVERIFY(st->backup(admin, file).isOk());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.size() > 4096);
    QVERIFY(!bytes.contains("MARKER-"));
    QVERIFY(!bytes.contains("marcador"));
    QVERIFY(!bytes.startsWith("SQLite format 3"));
}

void TestStation::restoreRefusesBadBackupsAndChangesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("wrong passphrase") << "passphrase"
                                      << "cannot be used";
    QTest::newRow("no keying file") << "keying"
                                    << "no keying file";
    QTest::newRow("truncated") << "truncate"
                               << "";
    QTest::newRow("missing file") << "missing"
                                  << "does not exist";
    QTest::newRow("wrong administrator password") << "adminpassword"
                                                  << "password";
    QTest::newRow("not an administrator") << "clerk"
                                          << "ana";
}

void TestStation::restoreRefusesBadBackupsAndChangesNothing()
{
    QFETCH(QString, damage);
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    std::unique_ptr<Station> st = make(dir);
    const User admin = *st->users().find(QStringLiteral("admin"));
    QVERIFY_OK(st->users().add(admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, s("ana-password")));
    const QString file = tmp.filePath(QStringLiteral("copy.actabak"));
    QVERIFY(st->backup(admin, file).isOk());
    st.reset();
    SecureBytes pass = s("station passphrase");
    QString who = QStringLiteral("admin");
    SecureBytes password = s("admin-password");
    if (damage == QLatin1String("adminpassword"))
        password = s("not-the-password");
    else if (damage == QLatin1String("clerk")) {
        who = QStringLiteral("ana");
        password = s("ana-password");
    }
    if (damage == QLatin1String("passphrase"))
        pass = s("not the passphrase");
    else if (damage == QLatin1String("keying"))
        QVERIFY(QFile::remove(KeyingFile::pathFor(file)));
    else if (damage == QLatin1String("truncate"))
        QVERIFY(QFile::resize(file, 3000));
    else if (damage == QLatin1String("missing"))
        QVERIFY(QFile::remove(file));
    const QByteArray before = fingerprint(dir);
    const Result<QString> r = Station::restore(file, dir, pass, who, password, m_clock);
    if (damage == QLatin1String("adminpassword"))
        QVERIFY_FAILS_WITH(r, ErrorCode::WrongSecret);
    else if (damage == QLatin1String("clerk"))
        QVERIFY_FAILS_WITH(r, ErrorCode::PermissionDenied);
    QVERIFY(!r.isOk());
    QFETCH(QString, messagePart);
    QVERIFY_MESSAGE_NAMES(r, messagePart);
    QCOMPARE(fingerprint(dir), before);
    QVERIFY(Station::open(dir, s("station passphrase"), m_clock, PasswordCost::minimum()).isOk());
}

void TestStation::clerksCannotBackUp()
{
    QTemporaryDir tmp;
    std::unique_ptr<Station> st = make(tmp.filePath(QStringLiteral("st")));
    const User admin = *st->users().find(QStringLiteral("admin"));
    const User ana
        = *st->users().add(admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, s("ana-password"));
    QVERIFY(!st->backup(ana, tmp.filePath(QStringLiteral("x.actabak"))).isOk());
}

void TestStation::signingKeyIsMadeAtInitialisation()
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("st"));
    QByteArray publicKey;
    {
        std::unique_ptr<Station> st = make(dir);
        publicKey = st->signingPublicKey();
        QCOMPARE(publicKey.size(), 32);
        Result<SecureBytes> secret = st->signingSecretKey();
        QVERIFY(secret.isOk());
        QCOMPARE(secret->size(), 64);
        // libsodium's secret key is the seed followed by the public key.
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(secret->data()) + 32, 32), publicKey);
    }
    // Kept across opening, and the store file never shows it in the clear.
    Result<std::unique_ptr<Station>> again
        = Station::open(dir, s("station passphrase"), m_clock, PasswordCost::minimum());
    QVERIFY(again.isOk());
    QCOMPARE((*again)->signingPublicKey(), publicKey);
    QFile db(Station::databasePath(dir));
    QVERIFY(db.open(QIODevice::ReadOnly));
    QVERIFY(!db.readAll().contains(publicKey));
    // Another station, another key.
    QTemporaryDir other;
    QVERIFY(make(other.filePath(QStringLiteral("st")))->signingPublicKey() != publicKey);
}

void TestStation::drillAndProductionNeverShareAStore()
{
    QTemporaryDir tmp;
    const QString production = tmp.filePath(QStringLiteral("production"));
    const QString drill = tmp.filePath(QStringLiteral("drill"));
    make(production);
    Station::Options drillOptions = cheap();
    drillOptions.mode = StationMode::Drill;
    {
        auto st = Station::initialise(drill, QStringLiteral("Simulacro 1"), s("station passphrase"),
                                      QStringLiteral("admin"), s("admin-password"), m_clock, drillOptions);
        QVERIFY_OK(st);
        QVERIFY((*st)->isDrill());
        // Every acta of a drill station is a drill acta; a production one is refused.
        User admin = *(*st)->users().find(QStringLiteral("admin"));
        User ana
            = *(*st)->users().add(admin, QStringLiteral("ana"), QStringLiteral("Ana"), Role::Clerk, s("ana-password"));
        QVERIFY((*st)->actas().receive(ana, *ActaKey::parse(u"210101B010002"), QStringLiteral("t"), true).isOk());
        QVERIFY_FAILS_WITH((*st)->actas().receive(ana, *ActaKey::parse(u"210102B010002"), QStringLiteral("t"), false),
                           ErrorCode::InvalidState);
        QVERIFY((*st)->actas().find(QStringLiteral("210101B010002"))->simulated);
        QVERIFY_OK((*st)->backup(admin, tmp.filePath(QStringLiteral("drill.actabak"))));
    }
    // The mode is the store's: opening it for the other mode is refused, naming both.
    const auto asProduction = Station::open(drill, s("station passphrase"), m_clock, PasswordCost::minimum());
    QVERIFY_FAILS_WITH(asProduction, ErrorCode::Incompatible);
    QVERIFY2(asProduction.error().contains(drill), qPrintable(asProduction.error()));
    const auto asDrill
        = Station::open(production, s("station passphrase"), m_clock, PasswordCost::minimum(), StationMode::Drill);
    QVERIFY_FAILS_WITH(asDrill, ErrorCode::Incompatible);
    auto ok = Station::open(drill, s("station passphrase"), m_clock, PasswordCost::minimum(), StationMode::Drill);
    QVERIFY_OK(ok);
    QCOMPARE((*ok)->mode(), StationMode::Drill);
    auto productionOpen = Station::open(production, s("station passphrase"), m_clock, PasswordCost::minimum());
    QVERIFY_OK(productionOpen);
    QCOMPARE((*productionOpen)->mode(), StationMode::Production);
    QVERIFY(!(*productionOpen)
                 ->actas()
                 .receive(*(*productionOpen)->users().find(QStringLiteral("admin")), *ActaKey::parse(u"210103B010002"),
                          QStringLiteral("t"), true)
                 .isOk());
    // A drill's backup never becomes an operational station.
    const Result<QString> restored
        = Station::restore(tmp.filePath(QStringLiteral("drill.actabak")), tmp.filePath(QStringLiteral("restored")),
                           s("station passphrase"), QStringLiteral("admin"), s("admin-password"), m_clock);
    QVERIFY_FAILS_WITH(restored, ErrorCode::Incompatible);
    QVERIFY(!QFileInfo::exists(Station::databasePath(tmp.filePath(QStringLiteral("restored")))));
    QVERIFY(Station::defaultDirectory(StationMode::Drill) != Station::defaultDirectory(StationMode::Production));
}

QTEST_GUILESS_MAIN(TestStation)
#include "tst_station.moc"
