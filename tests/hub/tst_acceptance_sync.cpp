#include "Election.h"
#include "HubTestSupport.h"
#include "Station.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

// The acceptance, with the programs as a person runs them: `actahub` with no arguments
// (its data in the user's data folder, made on first start), a station holding the six demo
// actas verified by two clerks, pointed at it with `actacapture upstream add` and `actacapture
// sync`; then `actahub publish` writes a CSV whose rows are those actas, figure for figure.
class TestAcceptanceSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sampleActasGoUpstreamAndArePublished();

private:
    QProcessEnvironment environment() const;
    QString run(const QString &program, const QStringList &args, int *rc);

    QTemporaryDir m_dir;
    QProcess m_hub;
    QString m_stationDir;
    QMap<QString, QJsonObject> m_truth; // clave -> generator ground truth (what the clerks typed)
    QMap<QString, QString> m_sha; // clave -> SHA-256 of the scan
};

QProcessEnvironment TestAcceptanceSync::environment() const
{
    // A fresh user: the default data folders live in the test's temporary directory.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), QStringLiteral("station passphrase"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password"));
    return env;
}

QString TestAcceptanceSync::run(const QString &program, const QStringList &args, int *rc)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    p.waitForFinished(120000);
    *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

void TestAcceptanceSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Election sample = Election::sample().value();
    Station::Options cheap;
    cheap.keyCost = Argon2Params {1, 8192};
    cheap.passwordCost = PasswordCost::minimum();
    m_stationDir = m_dir.filePath(QStringLiteral("station"));
    Result<std::unique_ptr<Station>> st = Station::initialise(
        m_stationDir, QStringLiteral("CATD 21-01"), SecureBytes::fromUtf8(u"station passphrase"),
        QStringLiteral("admin"), SecureBytes::fromUtf8(u"admin-password"), Clock::system(), cheap);
    QVERIFY_OK(st);
    Station &station = **st;
    const User admin = *station.users().find(QStringLiteral("admin"));
    const User c1 = *station.users().add(admin, QStringLiteral("capturista1"), QStringLiteral("Capturista 1"),
                                         Role::Clerk, SecureBytes::fromUtf8(u"a-long-password"));
    const User c2 = *station.users().add(admin, QStringLiteral("capturista2"), QStringLiteral("Capturista 2"),
                                         Role::Clerk, SecureBytes::fromUtf8(u"a-long-password"));
    for (int n = 1; n <= 6; ++n) {
        QFile truthFile(QStringLiteral(ACTA_SOURCE_DIR "/resources/demo/acta-demo-%1.truth.json").arg(n));
        QFile scanFile(QStringLiteral(ACTA_SOURCE_DIR "/resources/demo/acta-demo-%1.jpg").arg(n));
        QVERIFY(truthFile.open(QIODevice::ReadOnly) && scanFile.open(QIODevice::ReadOnly));
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
        const QByteArray scan = scanFile.readAll();
        const QString clave = truth.value(QStringLiteral("clave_acta")).toString();
        Tally typed; // what is written on the sheet, typed the same by both clerks
        const QJsonObject fields = truth.value(QStringLiteral("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const QString v = it->toString();
            typed.set(it.key(),
                      v == QLatin1String("SIN_DATO")       ? FieldValue::sinDato()
                          : v == QLatin1String("ILEGIBLE") ? FieldValue::ilegible()
                                                           : FieldValue::number(v.toInt()));
        }
        ActaRepository &actas = station.actas();
        QVERIFY_OK(actas.receive(c1, *ActaKey::parse(clave), sample.election.id(), false));
        Result<QString> sha = actas.storeImage(c1, clave, scan);
        QVERIFY_OK(sha);
        QVERIFY_OK(actas.fire(c1, clave, ActaWorkflow::Trigger::AcceptImage));
        QVERIFY_OK(actas.submitEntry1(c1, clave, typed));
        Result<ActaRecord> verified = actas.submitEntry2(c2, clave, typed);
        QVERIFY_OK(verified);
        QCOMPARE(verified->state, ActaWorkflow::State::QueuedForSync);
        m_truth.insert(clave, truth);
        m_sha.insert(clave, *sha);
    }
}

void TestAcceptanceSync::cleanupTestCase()
{
    if (m_hub.state() != QProcess::NotRunning) {
        m_hub.terminate();
        m_hub.waitForFinished(10000);
    }
}

void TestAcceptanceSync::sampleActasGoUpstreamAndArePublished()
{
    // 1. `actahub`, no arguments.
    m_hub.setProcessEnvironment(environment());
    m_hub.setProcessChannelMode(QProcess::MergedChannels);
    m_hub.start(QStringLiteral(ACTAHUB_BINARY), {});
    QVERIFY(m_hub.waitForStarted(10000));
    static const QRegularExpression pin(QStringLiteral("stations pin: --ca (\\S+) --hub-key ([0-9a-f]{64})"));
    QString hubOutput;
    QRegularExpressionMatch m;
    QTRY_VERIFY2_WITH_TIMEOUT((hubOutput += QString::fromUtf8(m_hub.readAll()), m = pin.match(hubOutput), m.hasMatch()),
                              qPrintable(hubOutput), 30000);
    QVERIFY2(hubOutput.contains(QStringLiteral("listening on https://127.0.0.1:8443/")), qPrintable(hubOutput));
    const QString ca = m.captured(1);
    const QString hubKey = m.captured(2);
    QVERIFY2(ca.startsWith(m_dir.path()), qPrintable(ca)); // the user's data folder, not a system one

    // 2. The station: enrolled at the hub, the hub pinned, then sync.
    int rc = -1;
    const QString request = m_dir.filePath(QStringLiteral("enrollment.json"));
    QString out = run(QStringLiteral(ACTA_BINARY),
                      {QStringLiteral("enrollment-request"), QStringLiteral("--station"), m_stationDir, request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(QStringLiteral(ACTAHUB_BINARY), {QStringLiteral("enroll"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(QStringLiteral(ACTA_BINARY),
              {QStringLiteral("upstream"), QStringLiteral("add"), QStringLiteral("--station"), m_stationDir,
               QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--ca"), ca, QStringLiteral("--hub-key"),
               hubKey, QStringLiteral("primary"), QStringLiteral("https://127.0.0.1:8443/")},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(QStringLiteral(ACTA_BINARY),
              {QStringLiteral("sync"), QStringLiteral("--station"), m_stationDir, QStringLiteral("--timeout"),
               QStringLiteral("90")},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Outbox: 6 records, 6 acknowledged, 0 pending, 0 refused.")), qPrintable(out));
    out = run(QStringLiteral(ACTA_BINARY),
              {QStringLiteral("upstream"), QStringLiteral("list"), QStringLiteral("--station"), m_stationDir}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("primary")), qPrintable(out));

    // 3. `actahub publish`: one CSV row per acta, with the figures the clerks verified.
    out = run(QStringLiteral(ACTAHUB_BINARY), {QStringLiteral("publish")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("published a cut of 6 registered actas (of 2299 expected)")), qPrintable(out));
    const QString csvPath = QDir(m_dir.filePath(QStringLiteral("xdg-data")))
                                .filePath(QStringLiteral("ActaCapture/actahub/hub/publication/resultados.csv"));
    QFile csv(csvPath);
    QVERIFY2(csv.open(QIODevice::ReadOnly), qPrintable(csvPath));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Title, cut time, counter names, counters, a blank line, column names, then the rows (the
    // blank line is skipped by the split).
    QVERIFY(lines.size() > 5);
    const QStringList header = lines.at(4).split(QLatin1Char('|'));
    const QStringList counterNames = lines.at(2).split(QLatin1Char('|'));
    const QStringList counterValues = lines.at(3).split(QLatin1Char('|'));
    QCOMPARE(counterValues.at(counterNames.indexOf(QStringLiteral("ACTAS_REGISTRADAS"))), QStringLiteral("6"));
    const qsizetype claveAt = header.indexOf(QStringLiteral("CLAVE_ACTA"));
    const qsizetype shaAt = header.indexOf(QStringLiteral("SHA"));
    QVERIFY(claveAt >= 0 && shaAt >= 0);
    const Result<Election> sample = Election::sample();
    QVERIFY(sample);
    int matched = 0;
    for (qsizetype i = 5; i < lines.size(); ++i) {
        const QStringList row = lines.at(i).split(QLatin1Char('|'));
        QCOMPARE(row.size(), header.size());
        const QString clave = row.at(claveAt);
        if (!m_truth.contains(clave))
            continue;
        ++matched;
        QCOMPARE(row.at(shaAt), m_sha.value(clave));
        const QJsonObject fields = m_truth.value(clave).value(QStringLiteral("fields")).toObject();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const qsizetype col = header.indexOf(it.key());
            if (col < 0)
                continue; // a field the publication names otherwise (TOTAL_* columns below)
            const QString v = it->toString();
            const FieldValue expected = v == QLatin1String("SIN_DATO") ? FieldValue::sinDato()
                : v == QLatin1String("ILEGIBLE")                       ? FieldValue::ilegible()
                                                                       : FieldValue::number(v.toInt());
            QCOMPARE(row.at(col), expected.toPublicationString());
        }
        // A contender not on the acta's ballot (its district) is "-", not a figure.
        for (const TemplateField &f : sample->election.voteFields())
            if (!fields.contains(f.id))
                QCOMPARE(row.at(header.indexOf(f.id)), QStringLiteral("-"));
        const QString personas = fields.value(QStringLiteral("PERSONAS_VOTARON")).toString();
        if (personas != QLatin1String("SIN_DATO") && personas != QLatin1String("ILEGIBLE"))
            QCOMPARE(row.at(header.indexOf(QStringLiteral("TOTAL_PERSONAS_VOTARON"))), personas);
    }
    QCOMPARE(matched, 6);

    // 4. The cut as analysts' scripts read INE's files (fixed header lines, pipe separator,
    // column names), every counter recomputed from the rows by an independent reader.
    // It reads the cut's zip: the CSV, the candidates catalog, the LEEME and the JSON totals.
    const QString zipPath = QFileInfo(csvPath).dir().filePath(QStringLiteral("resultados.zip"));
    QVERIFY2(QFileInfo::exists(zipPath), qPrintable(zipPath));
    qsizetype expectedActas = 0; // special casillas fill an RP acta too
    for (const CasillaInfo &c : sample->catalog.casillas())
        expectedActas += sample->election.actaTypesFor(c.key.type()).size();
    QCOMPARE(expectedActas, sample->catalog.size() + 7);
    QProcess reader;
    reader.setProcessChannelMode(QProcess::MergedChannels);
    reader.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(ACTA_SOURCE_DIR "/tests/hub/read_prep_cut.py"), zipPath,
                  QStringLiteral("--expect-rows"), QString::number(expectedActas)});
    QVERIFY(reader.waitForFinished(60000));
    const QString readerOut = QString::fromUtf8(reader.readAll());
    QVERIFY2(reader.exitCode() == 0, qPrintable(readerOut));
}

QTEST_GUILESS_MAIN(TestAcceptanceSync)
#include "tst_acceptance_sync.moc"
