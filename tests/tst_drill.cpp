// Drills: the answer key, its sealed file, the generator's plan and pages, the feeder, the
// drill station's store of keys.
#include "DrillFeeder.h"
#include "DrillGenerator.h"
#include "DrillKeyFile.h"
#include "PageProcessor.h"
#include "Station.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

namespace {

SecureBytes s(const char *t)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(t));
}

Station::Options cheap(StationMode mode)
{
    return {Argon2Params {1, 8192}, PasswordCost::minimum(), mode};
}

// Every file under a folder, by relative name, with its SHA-256.
QMap<QString, QByteArray> tree(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(root).relativeFilePath(path),
                       QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

DrillProportions only(std::initializer_list<std::pair<Contingency, double>> shares)
{
    DrillProportions p;
    for (const auto &[c, share] : shares)
        p.set(c, share);
    return p;
}

} // namespace

class TestDrill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planFollowsTheProportions();
    void planIsReproducibleAndKeepsItsPromises();
    void planRefusesImpossibleDrills_data();
    void planRefusesImpossibleDrills();
    void keyRoundTripsAndRefusesDamage();
    void keyFileSealsDeterministically();
    void keyFileRefusesWrongPassphraseAndTampering();
    void generateIsReproducibleByteForByte();
    void pipelineReadsWhatTheKeySays();
    void feederPlaysTheNightOnTime();
    void keysLiveOnlyInDrillStations();

private:
    Election m_election;
    std::optional<GlyphAtlas> m_atlas;
    ManualClock m_clock;
};

void TestDrill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Result<Election> e = Election::sample();
    QVERIFY_OK(e);
    m_election = *e;
    Result<GlyphAtlas> a = GlyphAtlas::embedded();
    QVERIFY_OK(a);
    m_atlas = *a;
}

void TestDrill::planFollowsTheProportions()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 200;
    o.seed = 7;
    Result<DrillPlan> plan = g.plan(o);
    QVERIFY_OK(plan);
    QMap<Contingency, int> counted;
    for (const DrillPage &p : plan->key.pages)
        if (p.role == DrillPage::Role::Original)
            ++counted[p.contingency];
    for (int k = 1; k < ContingencyCount; ++k) {
        const auto c = Contingency(k);
        const int want = int(std::lround(o.proportions.of(c) * o.actas));
        QCOMPARE(c == Contingency::SinActa ? int(plan->key.sinActa.size()) : counted.value(c), want);
    }
    qsizetype sinActaClaves = 0;
    for (const DrillSinActa &sin : plan->key.sinActa)
        sinActaClaves += sin.claves.size(); // a special casilla's package holds its RP acta too
    QCOMPARE(plan->key.expectedClaves().size(), 200 - plan->key.sinActa.size() + sinActaClaves);
    // Each blurred or cut-off page has a rescan, each duplicated sheet a second copy, both later.
    const int repeats = counted.value(Contingency::Blurred) + counted.value(Contingency::CutOff)
        + counted.value(Contingency::DuplicateSheet);
    QCOMPARE(plan->key.pages.size(), qsizetype(200 - plan->key.sinActa.size() + repeats));
}

void TestDrill::planIsReproducibleAndKeepsItsPromises()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 120;
    o.seed = 99;
    o.proportions = only({{Contingency::OverListaNominal, 0.1},
                          {Contingency::TotalMismatch, 0.1},
                          {Contingency::OutsideCatalog, 0.05},
                          {Contingency::Illegible, 0.05},
                          {Contingency::DuplicateSheet, 0.05},
                          {Contingency::SinActa, 0.05}});
    Result<DrillPlan> a = g.plan(o);
    Result<DrillPlan> b = g.plan(o);
    QVERIFY_OK(a);
    QVERIFY_OK(b);
    QCOMPARE(a->key.toBytes(), b->key.toBytes());
    o.seed = 100;
    QVERIFY(g.plan(o)->key.toBytes() != a->key.toBytes());

    const ElectionTemplate &t = m_election.election;
    QSet<QString> files;
    int previous = -1;
    for (qsizetype i = 0; i < a->key.pages.size(); ++i) {
        const DrillPage &p = a->key.pages[i];
        QVERIFY(!files.contains(p.file));
        files.insert(p.file);
        QVERIFY(p.arrivalSecond >= previous); // arrival order
        previous = p.arrivalSecond;
        QVERIFY_OK(PrepRules::checkTally(t, p.truth)); // every figure fits its boxes
        const ActaKey key = ActaKey::parse(p.clave).value();
        const CasillaInfo *casilla = m_election.catalog.find(key.casilla());
        if (p.role != DrillPage::Role::Original) {
            QVERIFY(p.repeats >= 0 && p.repeats < i);
            QCOMPARE(a->key.pages[p.repeats].clave, p.clave);
            QCOMPARE(a->key.pages[p.repeats].truth, p.truth);
            continue;
        }
        qint64 votes = 0, total = -1;
        for (const TemplateField &f : t.voteFields())
            votes += p.truth.value(f.id).countedValue();
        for (const TemplateField &f : t.otherFields())
            if (f.kind == FieldKind::TotalAsentado)
                total = p.truth.value(f.id).countedValue();
        switch (p.contingency) {
        case Contingency::OutsideCatalog:
            QVERIFY2(!casilla, qPrintable(p.clave));
            break;
        case Contingency::OverListaNominal: {
            QVERIFY(casilla);
            const Classification c = PrepRules::classify(t, ActaFacts {casilla, std::nullopt, p.truth, key.actaType()});
            QVERIFY2(c.has(Observation::ExcedeListaNominal) && !c.contabilizada, qPrintable(p.clave));
            break;
        }
        case Contingency::TotalMismatch:
            QVERIFY(total != votes);
            break;
        case Contingency::Illegible: {
            int illegible = 0;
            for (const FieldValue &v : p.truth.values())
                illegible += v.kind() == FieldValue::Kind::Ilegible ? 1 : 0;
            QVERIFY(illegible >= 1);
            break;
        }
        default:
            QVERIFY(casilla);
            QCOMPARE(total, votes); // an ordinary sheet adds up
            const Classification c = PrepRules::classify(t, ActaFacts {casilla, std::nullopt, p.truth, key.actaType()});
            QVERIFY2(c.contabilizada, qPrintable(p.clave + QLatin1Char(' ') + c.observaciones()));
        }
    }
    for (const DrillSinActa &sin : a->key.sinActa) {
        QVERIFY(!sin.claves.isEmpty());
        QVERIFY(m_election.catalog.find(CasillaKey::parse(sin.casilla).value()));
    }
}

void TestDrill::planRefusesImpossibleDrills_data()
{
    QTest::addColumn<int>("actas");
    QTest::addColumn<double>("blurred");
    QTest::addColumn<int>("night");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("none") << 0 << 0.0 << 480 << "from 1 to";
    QTest::newRow("more than the catalog") << 5000 << 0.0 << 480 << "casillas";
    QTest::newRow("shares over the whole") << 100 << 0.95 << 480 << "add up to";
    QTest::newRow("night too short") << 10 << 0.0 << 5 << "10 to 1440";
}

void TestDrill::planRefusesImpossibleDrills()
{
    QFETCH(int, actas);
    QFETCH(double, blurred);
    QFETCH(int, night);
    QFETCH(QString, messagePart);
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = actas;
    o.nightMinutes = night;
    o.proportions.set(Contingency::Blurred, blurred);
    Result<DrillPlan> plan = g.plan(o);
    QVERIFY_FAILS_WITH(plan, ErrorCode::InvalidInput);
    QVERIFY2(plan.error().contains(messagePart), qPrintable(plan.error()));
}

void TestDrill::keyRoundTripsAndRefusesDamage()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 60;
    Result<DrillPlan> plan = g.plan(o);
    QVERIFY_OK(plan);
    DrillKey key = plan->key;
    for (qsizetype i = 0; i < key.pages.size(); ++i)
        key.pages[i].sha256 = QString::number(i).rightJustified(64, QLatin1Char('0'));
    Result<DrillKey> back = DrillKey::fromBytes(key.toBytes());
    QVERIFY_OK(back);
    QCOMPARE(back->toBytes(), key.toBytes());
    QCOMPARE(back->seed, key.seed);

    QVERIFY_FAILS_WITH(DrillKey::fromBytes("{nope"), ErrorCode::InvalidInput);
    QByteArray wrongFormat = key.toBytes();
    wrongFormat.replace("actacapture-drill-key/1", "actacapture-drill-key/9");
    QVERIFY_FAILS_WITH(DrillKey::fromBytes(wrongFormat), ErrorCode::InvalidInput);
    QByteArray badRepeat = key.toBytes();
    badRepeat.replace("\"repeats\":-1", "\"repeats\":100000");
    QVERIFY_FAILS_WITH(DrillKey::fromBytes(badRepeat), ErrorCode::InvalidInput);
}

void TestDrill::keyFileSealsDeterministically()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 20;
    DrillKey key = g.plan(o)->key;
    for (qsizetype i = 0; i < key.pages.size(); ++i)
        key.pages[i].sha256 = QString::number(i).rightJustified(64, QLatin1Char('0'));
    const Argon2Params cheapKey {1, 8192};
    const DrillSecret secret
        = DrillSecret::derive(s("trainer passphrase"), DrillSecret::saltFor(key.seed), cheapKey).value();
    Result<QByteArray> a = DrillKeyFile::seal(key, secret, cheapKey);
    Result<QByteArray> b = DrillKeyFile::seal(key, secret, cheapKey);
    QVERIFY_OK(a);
    QCOMPARE(*a, *b);
    QVERIFY(!a->contains(key.drillId.toUtf8())); // nothing of the key in the clear
    QVERIFY(!a->contains(key.pages.first().clave.toUtf8()));
    const DrillSecret other
        = DrillSecret::derive(s("other passphrase"), DrillSecret::saltFor(key.seed), cheapKey).value();
    QVERIFY(*DrillKeyFile::seal(key, other, cheapKey) != *a);
    // The seed alone does not give the pages: another passphrase draws another drill.
    QVERIFY(secret.contentSeed(key.seed) != other.contentSeed(key.seed));
    QVERIFY(secret.contentSeed(key.seed) != key.seed);
    QVERIFY_FAILS_WITH(DrillSecret::derive(s("short"), DrillSecret::saltFor(1), cheapKey), ErrorCode::InvalidInput);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("k.actakey"));
    QVERIFY_OK(DrillKeyFile::write(path, *a));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    Result<QByteArray> bytes = DrillKeyFile::readBytes(path);
    QVERIFY_OK(bytes);
    Result<DrillKey> read = DrillKeyFile::open(*bytes, s("trainer passphrase"), path);
    QVERIFY_OK(read);
    QCOMPARE(read->toBytes(), key.toBytes());
}

void TestDrill::keyFileRefusesWrongPassphraseAndTampering()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 10;
    DrillKey key = g.plan(o)->key;
    for (qsizetype i = 0; i < key.pages.size(); ++i)
        key.pages[i].sha256 = QString::number(i).rightJustified(64, QLatin1Char('0'));
    const Argon2Params cheapKey {1, 8192};
    const DrillSecret secret
        = DrillSecret::derive(s("trainer passphrase"), DrillSecret::saltFor(key.seed), cheapKey).value();
    const QByteArray sealed = *DrillKeyFile::seal(key, secret, cheapKey);
    const QString name = QStringLiteral("/media/usb/clave.actakey");
    Result<DrillKey> wrong = DrillKeyFile::open(sealed, s("clerk guess"), name);
    QVERIFY_FAILS_WITH(wrong, ErrorCode::WrongSecret);
    QVERIFY_MESSAGE_NAMES(wrong, name);
    QVERIFY_FAILS_WITH(DrillKeyFile::open(sealed, s("short"), name), ErrorCode::WrongSecret);
    QByteArray flipped = sealed;
    flipped[flipped.size() - 5] = char(flipped.at(flipped.size() - 5) ^ 1);
    QVERIFY_FAILS_WITH(DrillKeyFile::open(flipped, s("trainer passphrase"), name), ErrorCode::WrongSecret);
    QVERIFY_FAILS_WITH(DrillKeyFile::open(sealed.left(60), s("trainer passphrase"), name), ErrorCode::InvalidInput);
    QVERIFY_FAILS_WITH(DrillKeyFile::open("PNG....", s("trainer passphrase"), name), ErrorCode::InvalidInput);
    QByteArray greedy = sealed; // a forged cost must not make the reader allocate terabytes
    for (int i = 29; i < 37; ++i)
        greedy[i] = char(0xff);
    QVERIFY_FAILS_WITH(DrillKeyFile::open(greedy, s("trainer passphrase"), name), ErrorCode::Integrity);
    QByteArray costly = sealed; // within libsodium's bounds, far past what ActaCapture makes
    costly[21 + 7] = char(64);
    QVERIFY_FAILS_WITH(DrillKeyFile::open(costly, s("trainer passphrase"), name), ErrorCode::Integrity);
    QVERIFY_FAILS_WITH(DrillKeyFile::readBytes(QStringLiteral("/nonexistent/k.actakey")), ErrorCode::NotFound);
    QVERIFY_FAILS_WITH(DrillKeyFile::readBytes(QStringLiteral("/dev/zero")), ErrorCode::NotFound); // not a file
}

void TestDrill::generateIsReproducibleByteForByte()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 5;
    o.seed = 2027;
    o.proportions = only({{Contingency::Blurred, 0.2}, {Contingency::UnreadableQr, 0.2}, {Contingency::SinActa, 0.2}});
    const Argon2Params cheapKey {1, 8192};
    QTemporaryDir one, two, three;
    for (const auto &[dir, pass] : {std::pair {&one, "trainer passphrase"}, std::pair {&two, "trainer passphrase"},
                                    std::pair {&three, "another trainer"}}) {
        const DrillSecret secret = DrillSecret::derive(s(pass), DrillSecret::saltFor(o.seed), cheapKey).value();
        o.contentSeed = secret.contentSeed(o.seed);
        Result<DrillPlan> plan = g.plan(o);
        QVERIFY_OK(plan);
        Result<DrillKey> key = g.write(*plan, dir->path());
        QVERIFY_OK(key);
        QVERIFY_OK(DrillKeyFile::write(QDir(dir->path()).filePath(DrillKeyFile::defaultFileName()),
                                       *DrillKeyFile::seal(*key, secret, cheapKey)));
    }
    const QMap<QString, QByteArray> a = tree(one.path()), b = tree(two.path()), c = tree(three.path());
    QCOMPARE(a.size(), 1 + 1 + 5); // key, sin acta list, 4 scans + 1 rescan
    QCOMPARE(a, b);
    // The same public seed under another passphrase: other pages, so the seed alone tells nothing.
    QVERIFY(a.value(QStringLiteral("escaneos/escaneo-0001.jpg"))
            != c.value(QStringLiteral("escaneos/escaneo-0001.jpg")));
    QVERIFY(!QDir(one.filePath(DrillGenerator::scansFolderName())).exists(DrillKeyFile::defaultFileName()));
    QFile sin(one.filePath(DrillGenerator::sinActaFileName()));
    QVERIFY(sin.open(QIODevice::ReadOnly));
    QVERIFY(sin.readAll().startsWith("CLAVE_CASILLA,MOTIVO,DESCRIPCION,MINUTO_LLEGADA\r\n"));
}

// The pages are what the key says: the pipeline reads their identity and figures, refuses the
// blurred and cut-off ones, cannot read the smudged identity, turns the upside-down one.
void TestDrill::pipelineReadsWhatTheKeySays()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 8;
    o.seed = 5;
    o.proportions = only({{Contingency::Blurred, 0.125},
                          {Contingency::CutOff, 0.125},
                          {Contingency::UnreadableQr, 0.125},
                          {Contingency::UpsideDown, 0.125}});
    Result<DrillPlan> plan = g.plan(o);
    QVERIFY_OK(plan);
    QTemporaryDir dir;
    Result<DrillKey> key = g.write(*plan, dir.path());
    QVERIFY_OK(key);
    Result<std::unique_ptr<PageProcessor>> processor = PageProcessor::create(m_election.election, &m_election.catalog);
    QVERIFY_OK(processor);
    int fields = 0, confidentRight = 0, confidentWrong = 0;
    for (const DrillPage &p : key->pages) {
        const PageReading r
            = (*processor)->processFile(QDir(dir.filePath(DrillGenerator::scansFolderName())).filePath(p.file));
        QCOMPARE(r.sha256, p.sha256);
        switch (p.role == DrillPage::Role::Original ? p.contingency : Contingency::None) {
        case Contingency::Blurred:
        case Contingency::CutOff:
            QVERIFY2(!r.accepted, qPrintable(p.file));
            continue;
        case Contingency::UnreadableQr:
            QVERIFY2(r.accepted && !r.acta, qPrintable(p.file + QLatin1Char(' ') + r.identityNote));
            break;
        case Contingency::UpsideDown:
            QVERIFY(r.turnedUpsideDown);
            [[fallthrough]];
        default:
            QVERIFY2(r.accepted, qPrintable(p.file));
            QVERIFY(r.acta);
            QCOMPARE(r.acta->toString(), p.clave);
            QVERIFY(r.drillSheet); // its QR code says SIMULACRO
        }
        for (const FieldReading &f : r.fields) {
            if (!p.truth.has(f.fieldId))
                continue;
            ++fields;
            if (f.highConfidence)
                (f.value == p.truth.value(f.fieldId) ? confidentRight : confidentWrong) += 1;
        }
    }
    qInfo("drill pages: %d fields, %d read with confidence and right, %d with confidence and wrong", fields,
          confidentRight, confidentWrong);
    QVERIFY(confidentRight >= fields * 7 / 10);
    QVERIFY(confidentWrong <= fields / 20);
}

void TestDrill::feederPlaysTheNightOnTime()
{
    const DrillGenerator g(m_election, *m_atlas);
    DrillOptions o;
    o.actas = 30;
    o.nightMinutes = 600;
    o.proportions = DrillProportions();
    DrillPlan plan = *g.plan(o);
    DrillGenerator stub(m_election, *m_atlas);
    stub.setRenderer([](const PlannedPage &p) -> Result<QByteArray> { return p.page.file.toUtf8(); });
    QTemporaryDir dir;
    const DrillKey key = *stub.write(plan, dir.path());
    const QString hot = dir.filePath(QStringLiteral("hot"));
    ManualClock clock;
    DrillFeeder feeder(key, dir.filePath(DrillGenerator::scansFolderName()), hot, clock);
    QStringList copied;
    connect(&feeder, &DrillFeeder::pageCopied, this, [&](const QString &file) { copied << file; });
    bool done = false;
    connect(&feeder, &DrillFeeder::finished, this, [&] { done = true; });
    QVERIFY_OK(feeder.start(60, 0)); // ten hours in one: each page ten times sooner
    const int half = int(std::count_if(key.pages.cbegin(), key.pages.cend(),
                                       [](const DrillPage &p) { return p.arrivalSecond <= 5 * 3600; }));
    clock.advanceSeconds(30 * 60);
    feeder.tick();
    QCOMPARE(copied.size(), half);
    QVERIFY(!done);
    QCOMPARE(QDir(hot).entryList(QDir::Files).size(), half);
    clock.advanceSeconds(31 * 60);
    feeder.tick();
    QVERIFY(done);
    QCOMPARE(copied.size(), key.pages.size());
    QCOMPARE(QDir(hot).entryList({QStringLiteral("*.part")}, QDir::Files).size(), 0);

    // A missing scan is named before anything is copied.
    QVERIFY(QFile::remove(QDir(dir.filePath(DrillGenerator::scansFolderName())).filePath(key.pages.last().file)));
    DrillFeeder again(key, dir.filePath(DrillGenerator::scansFolderName()), dir.filePath(QStringLiteral("hot2")),
                      clock);
    Status s = again.start(60, 0);
    QVERIFY_FAILS_WITH(s, ErrorCode::NotFound);
    QVERIFY_MESSAGE_NAMES(s, key.pages.last().file);
}

void TestDrill::keysLiveOnlyInDrillStations()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Station>> production
        = Station::initialise(dir.filePath(QStringLiteral("prod")), QStringLiteral("CATD"), s("station passphrase"),
                              QStringLiteral("admin"), s("admin-password"), m_clock, cheap(StationMode::Production));
    Result<std::unique_ptr<Station>> drill
        = Station::initialise(dir.filePath(QStringLiteral("drill")), QStringLiteral("CATD"), s("station passphrase"),
                              QStringLiteral("admin"), s("admin-password"), m_clock, cheap(StationMode::Drill));
    QVERIFY_OK(production);
    QVERIFY_OK(drill);
    for (Station *st : {production->get(), drill->get()}) {
        const User admin = st->users().find(QStringLiteral("admin")).value();
        QVERIFY_OK(st->users().add(admin, QStringLiteral("trainer"), QStringLiteral("Trainer"), Role::Trainer,
                                   s("trainer-password")));
        QVERIFY_OK(
            st->users().add(admin, QStringLiteral("clerk"), QStringLiteral("Clerk"), Role::Clerk, s("clerk-password")));
    }
    const auto user = [](Station &st, const char *name) {
        return st.users().find(QLatin1String(name)).value();
    };
    Status refused = (*production)->drills().load(user(**production, "trainer"), QStringLiteral("SIM-1"), "{}");
    QVERIFY_FAILS_WITH(refused, ErrorCode::Incompatible);
    QVERIFY_FAILS_WITH((*production)->drills().find(), ErrorCode::NotFound);

    DrillRepository &drills = (*drill)->drills();
    QVERIFY_FAILS_WITH(drills.load(user(**drill, "clerk"), QStringLiteral("SIM-1"), "{}"), ErrorCode::PermissionDenied);
    QVERIFY_OK(drills.load(user(**drill, "trainer"), QStringLiteral("SIM-1"), "{\"a\":1}"));
    QVERIFY_FAILS_WITH(drills.load(user(**drill, "trainer"), QStringLiteral("SIM-1"), "{}"), ErrorCode::AlreadyExists);
    QVERIFY_OK(drills.load(user(**drill, "trainer"), QStringLiteral("SIM-2"), "{\"b\":2}"));
    QCOMPARE(drills.find()->drillId, QStringLiteral("SIM-2")); // the newest
    QCOMPARE(drills.find(QStringLiteral("SIM-1"))->answerKey, QByteArray("{\"a\":1}"));
    QVERIFY(!drills.find(QStringLiteral("SIM-1"))->startedAt.isValid());
    m_clock.advanceSeconds(60);
    QVERIFY_OK(drills.markStarted(user(**drill, "trainer"), QStringLiteral("SIM-1")));
    QCOMPARE(drills.find(QStringLiteral("SIM-1"))->startedAt, m_clock.nowUtc());
    QVERIFY_FAILS_WITH(drills.markStarted(user(**drill, "trainer"), QStringLiteral("SIM-9")), ErrorCode::NotFound);
    QVERIFY_FAILS_WITH(drills.facts(user(**drill, "clerk")), ErrorCode::PermissionDenied);
    QVERIFY_OK(drills.facts(user(**drill, "trainer")));
    QVERIFY_OK(AuditLog::verify((*drill)->database()));

    // A drill's sheet never enters the operational count; a drill station takes it.
    PageReading reading;
    reading.accepted = true;
    reading.acta = ActaKey::parse(QStringLiteral("210101B010002")).value();
    reading.inCatalog = true;
    reading.drillSheet = true;
    for (Station *st : {production->get(), drill->get()}) {
        const User clerk = user(*st, "clerk");
        Result<IntakeResult> taken = st->actas().intake(
            clerk, *reading.acta, IntakePage {m_election.election.id(), st->isDrill(), "scan", QByteArray(), reading});
        if (st->isDrill()) {
            QVERIFY_OK(taken);
        } else {
            QVERIFY_FAILS_WITH(taken, ErrorCode::Incompatible);
            QCOMPARE(QLatin1String(RefusedPage::reasonFor(taken.code())), QLatin1String(RefusalReason::DrillSheet));
            QVERIFY_FAILS_WITH(st->actas().find(reading.acta->toString()), ErrorCode::NotFound);
        }
    }
    // The mode a station was created with is fixed.
    QVERIFY(!(*drill)->database().exec(QStringLiteral("UPDATE station SET simulation = 0")).isOk());
}

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // the rendered form and the pipeline's reference need fonts
    TestDrill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drill.moc"
