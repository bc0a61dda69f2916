// actaverify against cuts made by the real hub code (HubStore, Publisher::publish, and the actahub
// program for `publish` and `serve --publish-every`): an untouched cut verifies; every kind of
// tampering is caught with the message that names it, and a non-zero exit.
#include "../hub/HubProcess.h"
#include "../hub/HubTestSupport.h"
#include "CutManifest.h"
#include "Election.h"
#include "HubDataDir.h"
#include "HubStore.h"
#include "Publisher.h"
#include "StationKeyList.h"
#include "VerifyTestSupport.h"
#include "ZipWriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

class TestActaVerify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tampering_data();
    void tampering();
    void hubKeyForms_data();
    void hubKeyForms();
    void images_data();
    void images();
    void archives_data();
    void archives();
    void recordsGiven();
    void stationKeys_data();
    void stationKeys();
    void handCheck();
    void publishCommandSignsItsCut();
    void servePublishEverySignsItsCut();

private:
    struct Run
    {
        int code = -1;
        QString out;
    };
    static Run verify(const QStringList &args);
    // A fresh copy of the published folder (cut files, archives, MODO).
    QString copyOfCut(const QString &name) const;
    // The manifest made again over the files now in dir, signed with key (naming it when claim).
    static bool resign(const QString &dir, const SigningKey &key, bool claim = true);
    // A data directory made by `actahub init`, with two stations' records stored through the library.
    void prepareHubData(const QString &dir);

    QTemporaryDir m_dir;
    QString m_pub; // the published folder
    QString m_images; // one image per row with one, named CLAVE_ACTA.png
    QString m_zipName;
    QString m_disputed;
    QString m_fromRotatedKey;
    const SigningKey m_hub = SigningKey::fromSeed(seed(1)).value();
    const SigningKey m_a = SigningKey::fromSeed(seed(2)).value();
    const SigningKey m_b = SigningKey::fromSeed(seed(3)).value();
    const SigningKey m_c = SigningKey::fromSeed(seed(4)).value(); // EST-B's key after its rotation
    const SigningKey m_other = SigningKey::fromSeed(seed(9)).value(); // nobody's
    std::optional<Election> m_sample;
};

TestActaVerify::Run TestActaVerify::verify(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ACTAVERIFY_BINARY), QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

QString TestActaVerify::copyOfCut(const QString &name) const
{
    const QString to = m_dir.filePath(QStringLiteral("copies/") + name);
    QDir(to).removeRecursively();
    return copyFolder(m_pub, to) ? to : QString();
}

bool TestActaVerify::resign(const QString &dir, const SigningKey &key, bool claim)
{
    Result<CutManifest> manifest = CutManifest::parse(readAll(dir + QStringLiteral("/manifiesto.json")));
    if (!manifest)
        return false;
    for (const QString &name : manifest->files.keys())
        if (QFile::exists(dir + QLatin1Char('/') + name))
            manifest->addFile(name, readAll(dir + QLatin1Char('/') + name));
    if (claim)
        manifest->hubPublicKey = key.publicKey();
    Result<QByteArray> bytes = manifest->canonicalBytes();
    return bytes && writeAll(dir + QStringLiteral("/manifiesto.json"), *bytes)
        && writeAll(dir + QStringLiteral("/manifiesto.sig"), CutManifest::signatureFile(key, *bytes));
}

void TestActaVerify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample.emplace(std::move(sample).value());
    QStringList ordinary; // basic casillas' actas
    for (const CasillaInfo &c : m_sample->catalog.casillas())
        if (c.key.type() == CasillaType::Basica && ordinary.size() < 4)
            ordinary << ActaKey::make(c.key, m_sample->election.actaType())->toString();
    m_disputed = ordinary.at(1);
    m_fromRotatedKey = ordinary.at(3);

    Result<std::unique_ptr<HubStore>> store = HubStore::open(m_dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY_OK(store);
    HubStore &s = **store;
    const QDateTime t0 = fromStoredUtc(QStringLiteral("2027-06-06T03:00:00.000Z"));
    QVERIFY_OK(s.enroll(enrollmentFor(QStringLiteral("EST-A"), m_a), t0));
    QVERIFY_OK(s.enroll(enrollmentFor(QStringLiteral("EST-B"), m_b), t0));
    SyncRecord sinActa = sampleRecord(QStringLiteral("EST-A"), 4, QStringLiteral("210101C010002"), 1, 0);
    sinActa.values.clear();
    sinActa.imageSha256.reset();
    sinActa.capturedAt.reset();
    sinActa.verifiedAt.reset();
    sinActa.sinActaReason = SinActaReason::PaqueteNoEntregado;
    SyncRecord described = sampleRecord(QStringLiteral("EST-B"), 2, ordinary.at(2), 1, 30);
    described.origen = QStringLiteral("CASILLA");
    described.digitalizacion = QStringLiteral("MOVIL");
    described.tipoDocumento = QStringLiteral("Acta PREP");
    described.cotejada = 2;
    const QList<std::pair<SyncRecord, const SigningKey *>> records {
        {sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 100), &m_a},
        {sampleRecord(QStringLiteral("EST-A"), 2, QStringLiteral("210101B010002"), 2, 120), &m_a}, // corrected
        {sampleRecord(QStringLiteral("EST-A"), 3, QStringLiteral("320001B010002"), 1, 7), &m_a}, // outside the catalog
        {sinActa, &m_a},
        {sampleRecord(QStringLiteral("EST-A"), 5, m_disputed, 1, 50), &m_a},
        {sampleRecord(QStringLiteral("EST-B"), 1, m_disputed, 1, 60), &m_b}, // disagrees: in dispute
        {described, &m_b},
    };
    for (const auto &[record, key] : records) {
        Result<StoreOutcome> stored = s.storeRecord(signRecord(classified(record, *m_sample), *key), m_hub, t0);
        QVERIFY_OK(stored);
        QCOMPARE(int(stored->kind), int(StoreOutcome::Kind::Stored));
    }
    // EST-B rotates its key: its earlier records stay published, and checkable with its old key.
    QVERIFY_OK(s.revoke(QStringLiteral("EST-B"), QStringLiteral("rotated"), QStringLiteral("ops"), t0));
    QVERIFY_OK(s.enroll(enrollmentFor(QStringLiteral("EST-B"), m_c), t0.addSecs(60), QStringLiteral("ops")));
    QCOMPARE(int(s.storeRecord(signRecord(classified(sampleRecord(QStringLiteral("EST-B"), 3, m_fromRotatedKey, 1, 10),
                                                     *m_sample),
                                          m_c),
                               m_hub, t0.addSecs(120))
                     ->kind),
             int(StoreOutcome::Kind::Stored));

    Publisher publisher(m_sample->election, m_sample->catalog);
    m_pub = m_dir.filePath(QStringLiteral("pub"));
    Result<PublicationCut> cut
        = publisher.publish(s, m_hub, m_pub, fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z")), -360, false);
    QVERIFY_OK(cut);
    m_zipName = cut->zipName;
    // Every file of the cut, the archives, MODO; no temporary file left behind.
    QStringList expected {QStringLiteral("LEEME.txt"),
                          QStringLiteral("MODO"),
                          QStringLiteral("estaciones.json"),
                          QStringLiteral("llave_publica_concentrador.txt"),
                          QStringLiteral("manifiesto.json"),
                          QStringLiteral("manifiesto.sig"),
                          QStringLiteral("plantilla_eleccion.json"),
                          QStringLiteral("registros.jsonl"),
                          QStringLiteral("resultados.csv"),
                          QStringLiteral("resultados.json"),
                          QStringLiteral("resultados.zip"),
                          QStringLiteral("resultados_candidatura.csv"),
                          m_zipName};
    expected.sort();
    QCOMPARE(QDir(m_pub).entryList(QDir::Files, QDir::Name), expected);
    // The rows' records (the dispute's two sides) and every key EST-B ever had.
    QCOMPARE(readAll(m_pub + QStringLiteral("/registros.jsonl")).count('\n'), 7);
    QCOMPARE(readAll(m_pub + QStringLiteral("/estaciones.json")).count("\"station_id\":\"EST-B\""), 2);
    QVERIFY(
        readAll(m_pub + QStringLiteral("/llave_publica_concentrador.txt")).contains(m_hub.fingerprint().toLatin1()));

    // The rows' images, as a journalist might have downloaded them: CLAVE_ACTA.png.
    m_images = m_dir.filePath(QStringLiteral("images"));
    QVERIFY(QDir().mkpath(m_images));
    Result<QList<HubRecord>> latest = s.latestRecords(m_sample->election.id());
    QVERIFY_OK(latest);
    for (const HubRecord &h : *latest)
        if (h.record.imageSha256)
            QVERIFY(writeAll(m_images + QLatin1Char('/') + h.record.clave + QStringLiteral(".png"),
                             "image of " + h.record.clave.toLatin1() + ' ' + QByteArray::number(h.record.version)));
    QCOMPARE(QDir(m_images).entryList(QDir::Files).size(), 5);
}

void TestActaVerify::tampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<bool>("resigned"); // the manifest made again with the hub's own key afterwards
    QTest::addColumn<int>("exit");
    QTest::addColumn<QStringList>("says");

    QTest::newRow("untouched") << QString() << false << 0
                               << QStringList {QStringLiteral("[ OK ] Manifest: signed by hub key"),
                                               QStringLiteral("[ OK ] Files: all 8 files are as the hub signed them"),
                                               QStringLiteral("[ OK ] Counters"),
                                               QStringLiteral("[ OK ] Published totals"),
                                               QStringLiteral("[ OK ] Station signatures: 7 records"),
                                               QStringLiteral("[ OK ] Rows against the records: 5 rows agree"),
                                               QStringLiteral("2 records signed with a key the hub revoked later"),
                                               QStringLiteral("Result: VERIFIED")};
    QTest::newRow("a figure changed") << QStringLiteral("figure") << false << 1
                                      << QStringList {
                                             QStringLiteral("resultados.csv: SHA-256"),
                                             QStringLiteral("the file was changed after the hub signed the cut"),
                                             QStringLiteral("resultados.csv is not as the hub signed it (see Files "
                                                            "above): not read."),
                                             QStringLiteral("Result: NOT VERIFIED")};
    QTest::newRow("a figure the station did not sign, signed by the hub")
        << QStringLiteral("figure") << true << 1
        << QStringList {QStringLiteral("[ OK ] Files"),
                        QStringLiteral("PLU: the row says \"121\", station EST-A signed \"120\""),
                        QStringLiteral("the vote columns add up to 163, TOTAL_VOTOS_CALCULADO says 162")};
    QTest::newRow("a counter changed") << QStringLiteral("counter") << false << 1
                                       << QStringList {QStringLiteral("resultados.csv: SHA-256"),
                                                       QStringLiteral("resultados.csv is not as the hub signed it")};
    QTest::newRow("a counter changed, signed by the hub")
        << QStringLiteral("counter") << true << 1
        << QStringList {QStringLiteral("[ OK ] Files"), QStringLiteral("[FAIL] Counters"),
                        QStringLiteral("ACTAS_REGISTRADAS: the header says 7, the rows give 6.")};
    QTest::newRow("an acta not counted, signed by the hub")
        << QStringLiteral("contabilizada") << true << 1
        << QStringList {QStringLiteral("(acta 210101B010002), CONTABILIZADA: the row says \"0\", station EST-A "
                                       "signed \"1\"")};
    QTest::newRow("a lista nominal changed to make an acta not counted, signed by the hub")
        << QStringLiteral("lista nominal") << true << 1
        << QStringList {QStringLiteral("(acta 210101B010002), CONTABILIZADA: the row says \"0\", station EST-A "
                                       "signed \"1\""),
                        QStringLiteral("(acta 210101B010002), OBSERVACIONES: the row says \"Excede lista nominal, "
                                       "Ilegible\", station EST-A signed \"")};
    QTest::newRow("JSON headline total changed, signed by the hub")
        << QStringLiteral("json total") << true << 1
        << QStringList {QStringLiteral("[FAIL] Published totals"),
                        QStringLiteral("resultados.json, totales.total_votos: it says 1000")};
    QTest::newRow("JSON row changed, signed by the hub")
        << QStringLiteral("json row") << true << 1 << QStringList {QStringLiteral("resultados.json, actas[")};
    QTest::newRow("a candidate renamed, signed by the hub")
        << QStringLiteral("candidate") << true << 1
        << QStringList {QStringLiteral("resultados_candidatura.csv, line 2: ")};
    QTest::newRow("a second key in service for a station, signed by the hub")
        << QStringLiteral("second key") << true << 1
        << QStringList {QStringLiteral("estaciones.json gives station EST-A 2 keys in service at once")};
    QTest::newRow("a row twice, signed by the hub")
        << QStringLiteral("duplicate row") << true << 1
        << QStringList {QStringLiteral("acta 210101B010002 has a row already (line ")};
    QTest::newRow("a station's record changed")
        << QStringLiteral("envelope") << true << 1
        << QStringList {QStringLiteral("(acta 210101B010002, station EST-A, version 2): the station's signature "
                                       "does not hold")};
    QTest::newRow("a station's record left out")
        << QStringLiteral("drop record") << true << 1
        << QStringList {QStringLiteral("no signed record of it is published in registros.jsonl")};
    QTest::newRow("a record of an acta the cut says never came")
        << QStringLiteral("hide acta") << true << 1
        << QStringList {QStringLiteral("the row says the acta was not received, but station EST-B signed a record")};
    QTest::newRow("manifest edited, not signed again")
        << QStringLiteral("edit manifest") << false << 1
        << QStringList {QStringLiteral("manifiesto.sig: the signature does not hold with hub key"),
                        QStringLiteral("the other checks were not run")};
    QTest::newRow("manifest signed by another key that it names")
        << QStringLiteral("other key claimed") << false << 1
        << QStringList {QStringLiteral("manifiesto.json names hub key %1, not the hub key you gave")
                            .arg(SigningKey::fromSeed(seed(9))->fingerprint())};
    QTest::newRow("manifest signed by another key, naming the hub's")
        << QStringLiteral("other key quiet") << false << 1
        << QStringList {QStringLiteral("manifiesto.sig: the signature does not hold with hub key")};
    QTest::newRow("a file missing") << QStringLiteral("missing file") << false << 1
                                    << QStringList {QStringLiteral("LEEME.txt is listed in the manifest but missing.")};
    QTest::newRow("a file added") << QStringLiteral("extra file") << false << 1
                                  << QStringList {QStringLiteral("notas.txt is in the cut but not in the manifest")};
    QTest::newRow("no manifest") << QStringLiteral("no manifest") << false << 1
                                 << QStringList {
                                        QStringLiteral("has no manifiesto.json: the hub is writing the next cut")};
    QTest::newRow("manifest not JSON") << QStringLiteral("garbage manifest") << false << 1
                                       << QStringList {
                                              QStringLiteral("manifiesto.json cannot be read: $: not valid JSON")};
    QTest::newRow("resultados.csv not a cut")
        << QStringLiteral("garbage csv") << true << 1
        << QStringList {QStringLiteral("resultados.csv cannot be read: resultados.csv has 1 lines")};
    QTest::newRow("registros.jsonl with a line that is no record")
        << QStringLiteral("garbage record") << true << 1
        << QStringList {QStringLiteral("registros.jsonl, line 8: The signed record is refused")};
}

void TestActaVerify::tampering()
{
    QFETCH(QString, tamper);
    QFETCH(bool, resigned);
    QFETCH(int, exit);
    QFETCH(QStringList, says);
    const QString dir = copyOfCut(QStringLiteral("tampering"));
    QVERIFY(!dir.isEmpty());
    const QString csv = dir + QStringLiteral("/resultados.csv");
    const QString records = dir + QStringLiteral("/registros.jsonl");
    if (tamper == QLatin1String("figure")) {
        QVERIFY(editCell(csv, "210101B010002", "PLU", "121"));
    } else if (tamper == QLatin1String("counter")) {
        QList<QByteArray> lines = readAll(csv).split('\n');
        QList<QByteArray> counters = lines.at(3).split('|');
        QCOMPARE(counters.at(1), QByteArray("6"));
        counters[1] = "7";
        lines[3] = counters.join('|');
        QVERIFY(writeAll(csv, lines.join('\n')));
    } else if (tamper == QLatin1String("duplicate row")) {
        QByteArray bytes = readAll(csv);
        const qsizetype at = bytes.indexOf("\n210101B0100|210101B010002|") + 1;
        const QByteArray line = bytes.mid(at, bytes.indexOf('\n', at) - at + 1);
        QVERIFY(writeAll(csv, bytes + line));
    } else if (tamper == QLatin1String("contabilizada")) {
        QVERIFY(editCell(csv, "210101B010002", "CONTABILIZADA", "0"));
    } else if (tamper == QLatin1String("lista nominal")) {
        QVERIFY(editCell(csv, "210101B010002", "LISTA_NOMINAL", "10"));
        QVERIFY(editCell(csv, "210101B010002", "OBSERVACIONES", "Excede lista nominal, Ilegible"));
        QVERIFY(editCell(csv, "210101B010002", "CONTABILIZADA", "0"));
    } else if (tamper == QLatin1String("json total") || tamper == QLatin1String("json row")
               || tamper == QLatin1String("candidate")) {
        QVERIFY(tamperTotals(dir, tamper));
    } else if (tamper == QLatin1String("second key")) {
        const QString path = dir + QStringLiteral("/estaciones.json");
        Result<StationKeyList> keys = StationKeyList::parse(readAll(path));
        QVERIFY_OK(keys);
        keys->keys.append({QStringLiteral("EST-A"), m_other.publicKey(), keys->keys.first().enrolledAt, std::nullopt});
        Result<QByteArray> bytes = keys->toJson();
        QVERIFY_OK(bytes);
        QVERIFY(writeAll(path, *bytes));
    } else if (tamper == QLatin1String("envelope")) {
        QByteArray bytes = readAll(records);
        QVERIFY(bytes.contains("\"PLU\":\"120\""));
        QVERIFY(writeAll(records, bytes.replace("\"PLU\":\"120\"", "\"PLU\":\"121\"")));
    } else if (tamper == QLatin1String("drop record") || tamper == QLatin1String("hide acta")) {
        // EST-B's own acta: its record taken out of registros.jsonl, or its row made "not received".
        QList<QByteArray> lines = readAll(records).split('\n');
        const auto isEstB = [](const QByteArray &l) {
            return l.contains("\"station_id\":\"EST-B\"") && l.contains("\"origen\":\"CASILLA\"");
        };
        if (tamper == QLatin1String("drop record")) {
            const qsizetype before = lines.size();
            lines.removeIf(isEstB);
            QCOMPARE(lines.size(), before - 1);
            QVERIFY(writeAll(records, lines.join('\n')));
        } else {
            const QByteArray line = *std::find_if(lines.cbegin(), lines.cend(), isEstB);
            const qsizetype at = line.indexOf("\"clave_acta\":\"") + 14;
            const QByteArray clave = line.mid(at, 13);
            for (const char *column : {"FECHA_HORA_ACOPIO", "FECHA_HORA_CAPTURA", "FECHA_HORA_VERIFICACION", "SHA",
                                       "ORIGEN", "DIGITALIZACION", "TIPO_DOCUMENTO", "COTEJADA"})
                QVERIFY(editCell(csv, clave, column, "-"));
        }
    } else if (tamper == QLatin1String("edit manifest")) {
        QByteArray bytes = readAll(dir + QStringLiteral("/manifiesto.json"));
        const qsizetype at = bytes.indexOf("\"LEEME.txt\":{\"sha256\":\"") + 23;
        bytes[at] = bytes.at(at) == '0' ? '1' : '0';
        QVERIFY(writeAll(dir + QStringLiteral("/manifiesto.json"), bytes));
    } else if (tamper == QLatin1String("other key claimed")) {
        QVERIFY(resign(dir, m_other, true));
    } else if (tamper == QLatin1String("other key quiet")) {
        QVERIFY(resign(dir, m_other, false));
    } else if (tamper == QLatin1String("missing file")) {
        QVERIFY(QFile::remove(dir + QStringLiteral("/LEEME.txt")));
    } else if (tamper == QLatin1String("extra file")) {
        QVERIFY(writeAll(dir + QStringLiteral("/notas.txt"), "cifras corregidas a mano\n"));
    } else if (tamper == QLatin1String("no manifest")) {
        QVERIFY(QFile::remove(dir + QStringLiteral("/manifiesto.json")));
    } else if (tamper == QLatin1String("garbage manifest")) {
        QVERIFY(writeAll(dir + QStringLiteral("/manifiesto.json"), "{"));
    } else if (tamper == QLatin1String("garbage csv")) {
        QVERIFY(writeAll(csv, "hola\n"));
    } else if (tamper == QLatin1String("garbage record")) {
        QVERIFY(writeAll(records, readAll(records) + "{\"key\":1}\n"));
    } else {
        QVERIFY(tamper.isEmpty());
    }
    if (resigned)
        QVERIFY(resign(dir, m_hub));
    const Run run = verify({dir, QStringLiteral("--hub-key"), m_hub.fingerprint()});
    QVERIFY2(run.code == exit, qPrintable(run.out));
    for (const QString &part : says)
        QVERIFY2(run.out.contains(part), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(part, run.out)));
}

void TestActaVerify::hubKeyForms_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    QTest::newRow("fingerprint") << m_hub.fingerprint() << 0 << QStringLiteral("Result: VERIFIED");
    QTest::newRow("hex") << QString::fromLatin1(m_hub.publicKey().toHex()) << 0 << QStringLiteral("Result: VERIFIED");
    QTest::newRow("base64") << QString::fromLatin1(m_hub.publicKey().toBase64()) << 0
                            << QStringLiteral("Result: VERIFIED");
    QTest::newRow("another hub's key") << QString::fromLatin1(m_other.publicKey().toHex()) << 1
                                       << QStringLiteral("not the hub key you gave (%1)").arg(m_other.fingerprint());
    QTest::newRow("not a key") << QStringLiteral("a1b2") << 2 << QStringLiteral("--hub-key wants");
}

void TestActaVerify::hubKeyForms()
{
    QFETCH(QString, key);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const Run run = verify({m_pub, QStringLiteral("--hub-key"), key});
    QVERIFY2(run.code == exit, qPrintable(run.out));
    QVERIFY2(run.out.contains(says), qPrintable(run.out));
}

void TestActaVerify::images_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    QTest::newRow("every image") << QString() << 0 << QStringLiteral("[ OK ] Acta images: 5 of 5 rows");
    QTest::newRow("two swapped") << QStringLiteral("swap") << 1
                                 << QStringLiteral("210101B010002.png is named after acta 210101B010002, but it is "
                                                   "the image of acta 320001B010002");
    QTest::newRow("one replaced") << QStringLiteral("replace") << 1
                                  << QStringLiteral("210101B010002.png: SHA-256 %1, but the row of acta 210101B010002 "
                                                    "says")
                                         .arg(sha256Hex("another sheet"));
    QTest::newRow("one more") << QStringLiteral("foreign") << 1
                              << QStringLiteral("otra.jpg (SHA-256 %1) is the image of no row of the cut.")
                                     .arg(sha256Hex("a photo from somewhere"));
    QTest::newRow("one missing") << QStringLiteral("remove") << 0
                                 << QStringLiteral("1 row with an image SHA-256 have no image");
}

void TestActaVerify::images()
{
    QFETCH(QString, change);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const QString dir = m_dir.filePath(QStringLiteral("copies/images"));
    QDir(dir).removeRecursively();
    QVERIFY(copyFolder(m_images, dir));
    const QString a = dir + QStringLiteral("/210101B010002.png");
    const QString b = dir + QStringLiteral("/320001B010002.png");
    if (change == QLatin1String("swap")) {
        const QByteArray first = readAll(a);
        QVERIFY(writeAll(a, readAll(b)) && writeAll(b, first));
    } else if (change == QLatin1String("replace")) {
        QVERIFY(writeAll(a, "another sheet"));
    } else if (change == QLatin1String("foreign")) {
        QVERIFY(writeAll(dir + QStringLiteral("/otra.jpg"), "a photo from somewhere"));
    } else if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(b));
    }
    const Run run = verify({m_pub, QStringLiteral("--hub-key"), m_hub.fingerprint(), QStringLiteral("--images"), dir});
    QVERIFY2(run.code == exit, qPrintable(run.out));
    QVERIFY2(run.out.contains(says), qPrintable(run.out));
}

void TestActaVerify::archives_data()
{
    QTest::addColumn<QString>("archive");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    QTest::newRow("the cut's archive") << QStringLiteral("cut") << 0 << QStringLiteral("Result: VERIFIED");
    QTest::newRow("resultados.zip") << QStringLiteral("latest") << 0 << QStringLiteral("Result: VERIFIED");
    QTest::newRow("renamed") << QStringLiteral("renamed") << 0
                             << QStringLiteral("its manifest calls it %1").arg(m_zipName); // a note only
    QTest::newRow("an entry changed") << QStringLiteral("changed") << 1 << QStringLiteral("resultados.csv: SHA-256");
    QTest::newRow("an entry added") << QStringLiteral("added") << 1
                                    << QStringLiteral("notas.txt is in the cut but not in the manifest");
    QTest::newRow("cut short") << QStringLiteral("truncated") << 1 << QStringLiteral("is not a ZIP archive");
    QTest::newRow("not a zip") << QStringLiteral("garbage") << 1 << QStringLiteral("is not a ZIP archive");
    QTest::newRow("a gap between entries")
        << QStringLiteral("gap") << 1 << QStringLiteral("not right after the entry before it");
    QTest::newRow("bytes before the central directory")
        << QStringLiteral("gap before directory") << 1 << QStringLiteral("belong to no entry");
    QTest::newRow("a local header that differs")
        << QStringLiteral("local header") << 1 << QStringLiteral("does not say what the central directory says");
    QTest::newRow("a second archive before the end record (polyglot)")
        << QStringLiteral("polyglot") << 1 << QStringLiteral("its central directory does not end where its end record");
    QTest::newRow("a comment") << QStringLiteral("comment") << 1
                               << QStringLiteral("its last 22 bytes are not its end of central directory record");
    QTest::newRow("a damaged entry") << QStringLiteral("damaged") << 1
                                     << QStringLiteral("resultados.csv cannot be read");
}

void TestActaVerify::archives()
{
    QFETCH(QString, archive);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const QByteArray zip = readAll(m_pub + QLatin1Char('/') + m_zipName);
    QVERIFY(!zip.isEmpty());
    QCOMPARE(readAll(m_pub + QStringLiteral("/resultados.zip")), zip);
    QString path = m_dir.filePath(QStringLiteral("copies/") + archive + QStringLiteral(".zip"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("copies"))));
    if (archive == QLatin1String("cut")) {
        path = m_pub + QLatin1Char('/') + m_zipName;
    } else if (archive == QLatin1String("latest")) {
        path = m_pub + QStringLiteral("/resultados.zip");
    } else if (archive == QLatin1String("changed") || archive == QLatin1String("added")) {
        // The archive made again from the loose files, one of them changed (or one more).
        ZipWriter writer;
        const QDateTime stamp(QDate(2027, 6, 5), QTime(22, 0));
        for (const QString &name : QDir(m_pub).entryList(QDir::Files, QDir::Name)) {
            if (name.endsWith(QLatin1String(".zip")) || name == QLatin1String("MODO"))
                continue;
            QByteArray bytes = readAll(m_pub + QLatin1Char('/') + name);
            if (archive == QLatin1String("changed") && name == QLatin1String("resultados.csv")) {
                QVERIFY(bytes.contains("|120|40|"));
                bytes.replace("|120|40|", "|120|41|");
            }
            QVERIFY_OK(writer.addFile(name, bytes, stamp));
        }
        if (archive == QLatin1String("added"))
            QVERIFY_OK(writer.addFile(QStringLiteral("notas.txt"), "x", stamp));
        QVERIFY(writeAll(path, writer.finish()));
    } else if (const QByteArray altered = alteredArchive(zip, archive); !altered.isEmpty()) {
        QVERIFY(writeAll(path, altered));
    } else if (archive == QLatin1String("truncated")) {
        QVERIFY(writeAll(path, zip.left(zip.size() / 2)));
    } else if (archive == QLatin1String("garbage")) {
        QVERIFY(writeAll(path, QByteArray(4096, 'x')));
    } else if (archive == QLatin1String("damaged")) {
        // A byte of resultados.csv's deflated data changed: the entry no longer inflates to its size and CRC.
        QByteArray damaged = zip;
        const qsizetype at = damaged.indexOf("resultados.csv") + 14 + 200;
        damaged[at] = char(damaged.at(at) ^ 0x55);
        QVERIFY(writeAll(path, damaged));
    }
    const Run run = verify({path, QStringLiteral("--hub-key"), m_hub.fingerprint()});
    QVERIFY2(run.code == exit, qPrintable(run.out));
    QVERIFY2(run.out.contains(says), qPrintable(run.out));
}

void TestActaVerify::recordsGiven()
{
    // The cut's own records, given as a file: the same verdict.
    Run run = verify({m_pub, QStringLiteral("--hub-key"), m_hub.fingerprint(), QStringLiteral("--records"),
                      m_pub + QStringLiteral("/registros.jsonl")});
    QVERIFY2(run.code == 0, qPrintable(run.out));
    // A station's own copy of its first version of an acta it corrected later: the row shows the
    // correction, so it does not agree with what the person holds (who should ask for the latest).
    const QList<QByteArray> lines = readAll(m_pub + QStringLiteral("/registros.jsonl")).split('\n');
    const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QByteArray &l) { return l.contains("\"clave_acta\":\"210101B010002\""); });
    QVERIFY(first != lines.cend());
    Result<SignedRecord> v2 = SignedRecord::fromEnvelope(*first);
    QVERIFY_OK(v2);
    QCOMPARE(v2->record().version, 2);
    const QString mine = m_dir.filePath(QStringLiteral("copies/mine.jsonl"));
    QVERIFY(writeAll(
        mine,
        signRecord(sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 100), m_a).envelope()
            + '\n'));
    run = verify({m_pub, QStringLiteral("--hub-key"), m_hub.fingerprint(), QStringLiteral("--records"), mine});
    QVERIFY2(run.code == 1, qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("(acta 210101B010002), PLU: the row says \"120\", station EST-A signed "
                                             "\"100\" (%1, line 1)")
                                  .arg(mine)),
             qPrintable(run.out));
}

void TestActaVerify::stationKeys_data()
{
    QTest::addColumn<QString>("lines");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("says");
    const QString a = QStringLiteral("EST-A ") + m_a.fingerprint() + QLatin1Char('\n');
    const QString b = QStringLiteral("EST-B ") + m_b.fingerprint() + QLatin1Char('\n');
    const QString c = QStringLiteral("EST-B ") + m_c.fingerprint() + QLatin1Char('\n');
    QTest::newRow("every key") << QStringLiteral("# from the enrollment\n") + a + b + c << 0
                               << QStringLiteral("Result: VERIFIED");
    QTest::newRow("a key the stations do not know")
        << a + c << 1 << QStringLiteral("signed with key %1, which the station keys you gave").arg(m_b.fingerprint());
    QTest::newRow("a key given to another station") << QStringLiteral("EST-B ") + m_a.fingerprint() + QLatin1Char('\n')
            + b + c << 1 << QStringLiteral("do not give to station EST-A");
    QTest::newRow("not a key list") << QStringLiteral("EST-A\n") << 1
                                    << QStringLiteral("line 1: not \"STATION_ID FINGERPRINT\"");
}

void TestActaVerify::stationKeys()
{
    QFETCH(QString, lines);
    QFETCH(int, exit);
    QFETCH(QString, says);
    const QString file = m_dir.filePath(QStringLiteral("copies/estaciones.txt"));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("copies"))));
    QVERIFY(writeAll(file, lines.toUtf8()));
    const Run run
        = verify({m_pub, QStringLiteral("--hub-key"), m_hub.fingerprint(), QStringLiteral("--station-keys"), file});
    QVERIFY2(run.code == exit, qPrintable(run.out));
    QVERIFY2(run.out.contains(says), qPrintable(run.out));
}

void TestActaVerify::handCheck()
{
    // docs/verify.md's commands for people who do not trust actaverify, run as written on a real cut.
    for (const char *tool : {"bash", "openssl", "python3", "sha256sum", "base64"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    const QString doc = QString::fromUtf8(readAll(QStringLiteral(ACTA_SOURCE_DIR "/docs/verify.md")));
    const auto block = [&doc](const QString &marker) {
        const qsizetype at = doc.indexOf(QStringLiteral("<!-- hand-check: %1 -->").arg(marker));
        const qsizetype start = doc.indexOf(QLatin1Char('\n'), doc.indexOf(QStringLiteral("```"), at)) + 1;
        return at < 0 ? QString() : doc.mid(start, doc.indexOf(QStringLiteral("\n```"), start) - start);
    };
    QString shell = block(QStringLiteral("sh"));
    const QString python = block(QStringLiteral("python"));
    QVERIFY(!shell.isEmpty() && !python.isEmpty());
    // The reader puts the notary's key where the example has one.
    shell.replace(QRegularExpression(QStringLiteral("^LLAVE='[^']*'"), QRegularExpression::MultilineOption),
                  QStringLiteral("LLAVE='%1'").arg(QString::fromLatin1(m_hub.publicKey().toBase64())));
    const auto run = [](const QString &dir, const QString &program, const QStringList &args) {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        p.waitForFinished(60000);
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    };
    const QString dir = copyOfCut(QStringLiteral("hand"));
    Run sh = run(dir, QStringLiteral("bash"), {QStringLiteral("-e"), QStringLiteral("-c"), shell});
    QVERIFY2(sh.code == 0, qPrintable(sh.out));
    for (const QString &part :
         {m_hub.fingerprint(), QStringLiteral("Signature Verified Successfully"), QStringLiteral("resultados.csv: OK"),
          QStringLiteral("registros.jsonl: OK"), QStringLiteral("\n[]\n")})
        QVERIFY2(sh.out.contains(part), qPrintable(QStringLiteral("no \"%1\" in:\n%2").arg(part, sh.out)));
    QVERIFY(writeAll(dir + QStringLiteral("/resultados.csv"), readAll(dir + QStringLiteral("/resultados.csv")) + "x"));
    sh = run(dir, QStringLiteral("bash"), {QStringLiteral("-e"), QStringLiteral("-c"), shell});
    QVERIFY2(sh.code != 0 && sh.out.contains(QStringLiteral("resultados.csv: FAILED")), qPrintable(sh.out));

    if (run(dir, QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import cryptography")}).code != 0)
        QSKIP("python3-cryptography is not installed: the records' part of the hand check was not run");
    Run py = run(dir, QStringLiteral("python3"), {QStringLiteral("-c"), python});
    QVERIFY2(py.code == 0 && py.out.contains(QStringLiteral("7 registros, 0 con problemas")), qPrintable(py.out));
    const QString records = dir + QStringLiteral("/registros.jsonl");
    QVERIFY(writeAll(records, readAll(records).replace("\"PLU\":\"120\"", "\"PLU\":\"121\"")));
    py = run(dir, QStringLiteral("python3"), {QStringLiteral("-c"), python});
    QVERIFY2(py.out.contains(QStringLiteral("7 registros, 1 con problemas"))
                 && py.out.contains(QStringLiteral("acta 210101B010002 estación EST-A")),
             qPrintable(py.out));
}

void TestActaVerify::prepareHubData(const QString &dir)
{
    int rc = -1;
    const QString out = HubProcess::run({QStringLiteral("init"), QStringLiteral("--data"), dir}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    Result<SigningKey> hubKey = HubDataDir(dir).hubKey();
    QVERIFY_OK(hubKey);
    Result<std::unique_ptr<HubStore>> store = HubStore::open(HubDataDir(dir).storePath());
    QVERIFY_OK(store);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-A"), m_a), now));
    for (const SyncRecord &r : {sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 100),
                                sampleRecord(QStringLiteral("EST-A"), 2, QStringLiteral("210101C010002"), 1, 80)})
        QCOMPARE(int((*store)->storeRecord(signRecord(r, m_a), *hubKey, now)->kind), int(StoreOutcome::Kind::Stored));
}

void TestActaVerify::publishCommandSignsItsCut()
{
    const QString data = m_dir.filePath(QStringLiteral("hub-publish"));
    prepareHubData(data);
    int rc = -1;
    const QString out = HubProcess::run({QStringLiteral("publish"), QStringLiteral("--data"), data}, &rc);
    QVERIFY2(rc == 0, qPrintable(out));
    const QString fingerprint = HubDataDir(data).hubKey()->fingerprint();
    QVERIFY2(out.contains(QStringLiteral("its manifest is signed with hub key %1").arg(fingerprint)), qPrintable(out));
    const Run run = verify({HubDataDir(data).publicationPath(), QStringLiteral("--hub-key"), fingerprint});
    QVERIFY2(run.code == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("2 rows agree")), qPrintable(run.out));
}

void TestActaVerify::servePublishEverySignsItsCut()
{
    // serve publishes on its timer (whole minutes), with the key it loaded at start.
    const QString data = m_dir.filePath(QStringLiteral("hub-serve"));
    prepareHubData(data);
    const QString manifest = HubDataDir(data).publicationPath() + QStringLiteral("/manifiesto.json");
    QVERIFY(!QFile::exists(manifest));
    HubProcess hub(data);
    QVERIFY(hub.start({QStringLiteral("--publish-every"), QStringLiteral("1")}));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(manifest), 100000);
    hub.stop();
    const Run run = verify({HubDataDir(data).publicationPath(), QStringLiteral("--hub-key"),
                            QString::fromLatin1(HubDataDir(data).hubKey()->publicKey().toHex())});
    QVERIFY2(run.code == 0, qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("2 rows agree")), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestActaVerify)
#include "tst_actaverify.moc"
