#include "Certificate.h"
#include "Election.h"
#include "HubTestSupport.h"
#include "Station.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

// The README's "Before and after election day", with the installed programs as a notary's
// technician runs them: fingerprint -> certify start (station and hub) -> capture, sync,
// publish -> actaverify on the cut -> certify close (station and hub) -> certify check. The
// programs run from an install tree of their own (bin/ with the three executables), so the
// fingerprint is of exactly what runs. The PDFs are rendered to PNG in
// <build>/tests/hub/certificates-election-day.
class TestElectionDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void beforeDuringAndAfter();

private:
    QProcessEnvironment environment() const;
    QString run(const QString &program, const QStringList &args, int *rc);
    QString bin(const char *program) const
    {
        return m_dir.filePath(QStringLiteral("inst/bin/%1").arg(QLatin1String(program)));
    }
    QString hubData() const { return m_dir.filePath(QStringLiteral("xdg-data/ActaCapture/actahub/hub")); }
    static QString newest(const QString &dir, const QString &pattern);
    void captureDemoActas();
    void renderPng(const QString &pdf, const QString &name);

    QTemporaryDir m_dir;
    QProcess m_hub;
    QString m_stationDir;
};

QProcessEnvironment TestElectionDay::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), QStringLiteral("station passphrase"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

QString TestElectionDay::run(const QString &program, const QStringList &args, int *rc)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    p.waitForFinished(180000);
    *rc = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return QString::fromUtf8(p.readAll());
}

QString TestElectionDay::newest(const QString &dir, const QString &pattern)
{
    const QStringList files = QDir(dir).entryList({pattern}, QDir::Files, QDir::Time);
    return files.isEmpty() ? QString() : QDir(dir).filePath(files.first());
}

void TestElectionDay::renderPng(const QString &pdf, const QString &name)
{
    const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/certificates-election-day");
    QDir().mkpath(dir);
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, dir + QLatin1Char('/') + name});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
}

void TestElectionDay::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("inst/bin"))));
    QVERIFY(QFile::copy(QStringLiteral(ACTA_BINARY), bin("actacapture")));
    QVERIFY(QFile::copy(QStringLiteral(ACTAHUB_BINARY), bin("actahub")));
    QVERIFY(QFile::copy(QStringLiteral(ACTAVERIFY_BINARY), bin("actaverify")));

    Station::Options cheap;
    cheap.keyCost = Argon2Params {1, 8192};
    cheap.passwordCost = PasswordCost::minimum();
    m_stationDir = m_dir.filePath(QStringLiteral("station"));
    Result<std::unique_ptr<Station>> st = Station::initialise(
        m_stationDir, QStringLiteral("CATD 21-01"), SecureBytes::fromUtf8(u"station passphrase"),
        QStringLiteral("admin"), SecureBytes::fromUtf8(u"admin-password"), Clock::system(), cheap);
    QVERIFY_OK(st);
    const User admin = *(*st)->users().find(QStringLiteral("admin"));
    for (const char *clerk : {"capturista1", "capturista2"})
        QVERIFY_OK((*st)->users().add(admin, QLatin1String(clerk), QLatin1String(clerk), Role::Clerk,
                                      SecureBytes::fromUtf8(u"a-long-password")));
}

void TestElectionDay::cleanupTestCase()
{
    if (m_hub.state() != QProcess::NotRunning) {
        m_hub.terminate();
        m_hub.waitForFinished(10000);
    }
}

// The six demo actas, verified by two clerks who type what the sheet says.
void TestElectionDay::captureDemoActas()
{
    const Election sample = Election::sample().value();
    Result<std::unique_ptr<Station>> st = Station::open(m_stationDir, SecureBytes::fromUtf8(u"station passphrase"),
                                                        Clock::system(), PasswordCost::minimum());
    QVERIFY_OK(st);
    Station &station = **st;
    const User c1 = *station.users().find(QStringLiteral("capturista1"));
    const User c2 = *station.users().find(QStringLiteral("capturista2"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("imagenes"))));
    for (int n = 1; n <= 6; ++n) {
        QFile truthFile(QStringLiteral(ACTA_SOURCE_DIR "/resources/demo/acta-demo-%1.truth.json").arg(n));
        const QString scanPath = QStringLiteral(ACTA_SOURCE_DIR "/resources/demo/acta-demo-%1.jpg").arg(n);
        QFile scanFile(scanPath);
        QVERIFY(truthFile.open(QIODevice::ReadOnly) && scanFile.open(QIODevice::ReadOnly));
        QVERIFY(QFile::copy(scanPath, m_dir.filePath(QStringLiteral("imagenes/acta-demo-%1.jpg").arg(n))));
        const QJsonObject truth = QJsonDocument::fromJson(truthFile.readAll()).object();
        const QString clave = truth.value(QStringLiteral("clave_acta")).toString();
        Tally typed;
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
        QVERIFY_OK(actas.storeImage(c1, clave, scanFile.readAll()));
        QVERIFY_OK(actas.fire(c1, clave, ActaWorkflow::Trigger::AcceptImage));
        QVERIFY_OK(actas.submitEntry1(c1, clave, typed));
        QVERIFY_OK(actas.submitEntry2(c2, clave, typed));
    }
}

void TestElectionDay::beforeDuringAndAfter()
{
    int rc = -1;
    const QString reference = m_dir.filePath(QStringLiteral("referencia.txt"));
    const QString stationCerts = m_dir.filePath(QStringLiteral("station/certificados"));
    const QString hubCerts = hubData() + QStringLiteral("/certificados");

    // The day before: the auditors' reference. On the day: both programs find the same tree equal.
    QString out = run(bin("actacapture"), {QStringLiteral("fingerprint"), QStringLiteral("--output"), reference}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("3 files")), qPrintable(out));
    for (const char *program : {"actacapture", "actahub"}) {
        out = run(bin(program), {QStringLiteral("fingerprint"), QStringLiteral("--verify"), reference}, &rc);
        QVERIFY2(rc == 0 && out.contains(QStringLiteral("all equal")), qPrintable(out));
    }

    // Before operations: the hub made and certified blank, the station certified blank.
    out = run(bin("actahub"), {QStringLiteral("init")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    static const QRegularExpression fpr(QStringLiteral("hub key fingerprint: (\\S+)"));
    const QString hubFingerprint = fpr.match(out).captured(1);
    QVERIFY2(SigningKey::isFingerprint(hubFingerprint), qPrintable(out));
    out = run(bin("actahub"),
              {QStringLiteral("certify"), QStringLiteral("start"), QStringLiteral("--reference"), reference}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(bin("actacapture"),
              {QStringLiteral("certify"), QStringLiteral("start"), QStringLiteral("--reference"), reference,
               QStringLiteral("--station"), m_stationDir, QStringLiteral("--as"), QStringLiteral("admin")},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));

    // The night: capture, enroll, sync, publish.
    captureDemoActas();
    m_hub.setProcessEnvironment(environment());
    m_hub.setProcessChannelMode(QProcess::MergedChannels);
    m_hub.start(bin("actahub"),
                {QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:8454")});
    QVERIFY(m_hub.waitForStarted(10000));
    static const QRegularExpression pin(QStringLiteral("stations pin: --ca (\\S+) --hub-key ([0-9a-f]{64})"));
    QString hubOutput;
    QRegularExpressionMatch m;
    QTRY_VERIFY2_WITH_TIMEOUT((hubOutput += QString::fromUtf8(m_hub.readAll()), m = pin.match(hubOutput), m.hasMatch()),
                              qPrintable(hubOutput), 30000);
    QCOMPARE(SigningKey::fingerprintOf(QByteArray::fromHex(m.captured(2).toLatin1())), hubFingerprint);
    const QString request = m_dir.filePath(QStringLiteral("enrollment.json"));
    out = run(bin("actacapture"),
              {QStringLiteral("enrollment-request"), QStringLiteral("--station"), m_stationDir, request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    static const QRegularExpression stationFpr(QStringLiteral("Fingerprint: (\\S+)"));
    const QString stationFingerprint = stationFpr.match(out).captured(1);
    QVERIFY2(SigningKey::isFingerprint(stationFingerprint), qPrintable(out));
    out = run(bin("actahub"), {QStringLiteral("enroll"), request}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(bin("actacapture"),
              {QStringLiteral("upstream"), QStringLiteral("add"), QStringLiteral("--station"), m_stationDir,
               QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--ca"), m.captured(1),
               QStringLiteral("--hub-key"), m.captured(2), QStringLiteral("primary"),
               QStringLiteral("https://127.0.0.1:8454/")},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(bin("actacapture"),
              {QStringLiteral("sync"), QStringLiteral("--station"), m_stationDir, QStringLiteral("--timeout"),
               QStringLiteral("90")},
              &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("6 acknowledged")), qPrintable(out));
    out = run(bin("actahub"), {QStringLiteral("publish")}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));

    // Anyone: the cut checked against the hub key the notary recorded, with the images.
    const QString publication = hubData() + QStringLiteral("/publication");
    out = run(bin("actaverify"),
              {publication, QStringLiteral("--hub-key"), hubFingerprint, QStringLiteral("--images"),
               m_dir.filePath(QStringLiteral("imagenes"))},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    // A party representative holding the station's own records: each row is their latest version.
    const QString records = m_dir.filePath(QStringLiteral("registros-estacion.jsonl"));
    out = run(bin("actacapture"),
              {QStringLiteral("export-records"), QStringLiteral("--station"), m_stationDir, records}, &rc);
    QVERIFY2(rc == 0 && out.contains(QStringLiteral("6 signed record")), qPrintable(out));
    out = run(bin("actaverify"),
              {publication, QStringLiteral("--hub-key"), hubFingerprint, QStringLiteral("--records"), records}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(bin("actaverify"), {publication, QStringLiteral("--hub-key"), stationFingerprint}, &rc);
    QVERIFY2(rc != 0, qPrintable(out)); // signed by the hub, not by that key

    // A store in use is never certified blank.
    out = run(bin("actahub"),
              {QStringLiteral("certify"), QStringLiteral("start"), QStringLiteral("--reference"), reference}, &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("Records received: 6")), qPrintable(out));
    out = run(bin("actahub"),
              {QStringLiteral("--lang"), QStringLiteral("es_MX"), QStringLiteral("certify"), QStringLiteral("start"),
               QStringLiteral("--reference"), reference},
              &rc);
    QVERIFY2(rc == 1 && out.contains(QStringLiteral("Registros recibidos: 6")), qPrintable(out));

    // After operations: the close, both sides, and each certificate checked against its key.
    m_hub.terminate();
    QVERIFY(m_hub.waitForFinished(10000));
    out = run(bin("actacapture"),
              {QStringLiteral("certify"), QStringLiteral("close"), QStringLiteral("--reference"), reference,
               QStringLiteral("--station"), m_stationDir, QStringLiteral("--as"), QStringLiteral("admin")},
              &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    out = run(bin("actahub"),
              {QStringLiteral("certify"), QStringLiteral("close"), QStringLiteral("--reference"), reference}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));

    const QString stationClose = newest(stationCerts, QStringLiteral("certificado-cierre-*.json"));
    const QString hubClose = newest(hubCerts, QStringLiteral("certificado-cierre-*.json"));
    for (const auto &[file, key] :
         {std::pair {newest(stationCerts, QStringLiteral("certificado-inicio-*.json")), stationFingerprint},
          std::pair {stationClose, stationFingerprint},
          std::pair {newest(hubCerts, QStringLiteral("certificado-inicio-*.json")), hubFingerprint},
          std::pair {hubClose, hubFingerprint}}) {
        QVERIFY2(!file.isEmpty(), "a certificate is missing");
        out = run(bin("actacapture"),
                  {QStringLiteral("certify"), QStringLiteral("check"), file, QStringLiteral("--key"), key}, &rc);
        QVERIFY2(rc == 0, qPrintable(out));
    }

    // What the close certifies: six actas synced, the hub's last receipt and the head it witnessed.
    QFile f(stationClose);
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<SignedCertificate::Checked> checked = SignedCertificate::verify(f.readAll(), stationFingerprint);
    QVERIFY_OK(checked);
    const QJsonObject facts = checked->certificate.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("hubs")).toObject().value(QStringLiteral("acknowledged")).toInteger(), 6);
    const QJsonArray receipts
        = facts.value(QStringLiteral("hubs")).toObject().value(QStringLiteral("last_receipts")).toArray();
    QCOMPARE(receipts.size(), 1);
    QVERIFY2(receipts.first().toString().contains(QStringLiteral("audit head witnessed")),
             qPrintable(receipts.first().toString()));
    QCOMPARE(facts.value(QStringLiteral("actas_by_state")).toObject().value(QStringLiteral("total")).toInteger(), 6);

    QFile h(hubClose);
    QVERIFY(h.open(QIODevice::ReadOnly));
    Result<SignedCertificate::Checked> hubChecked = SignedCertificate::verify(h.readAll(), hubFingerprint);
    QVERIFY_OK(hubChecked);
    const QJsonObject hubFacts = hubChecked->certificate.value(QStringLiteral("facts")).toObject();
    QCOMPARE(hubFacts.value(QStringLiteral("store")).toObject().value(QStringLiteral("records")).toInteger(), 6);
    QVERIFY(!hubChecked->certificate.value(QStringLiteral("issued_by")).toString().isEmpty()); // the operator's account

    QString pdf = stationClose;
    renderPng(pdf.replace(QStringLiteral(".json"), QStringLiteral(".pdf")), QStringLiteral("estacion-cierre"));
    pdf = hubClose;
    renderPng(pdf.replace(QStringLiteral(".json"), QStringLiteral(".pdf")), QStringLiteral("concentrador-cierre"));
}

QTEST_GUILESS_MAIN(TestElectionDay)
#include "tst_election_day.moc"
