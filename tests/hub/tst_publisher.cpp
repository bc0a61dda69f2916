#include "Election.h"
#include "HubStore.h"
#include "HubTestSupport.h"
#include "Publisher.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;
using namespace acta::test;

class TestPublisher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void truncatedPercentages_data();
    void truncatedPercentages();
    void knownCut();
    void countersFollowTheDictionary();
    void publishWritesBothFiles();
    void drillAndRealCutsNeverShareAFolder();
    void disputedActaIsNotCounted();
    void spreadsheetSafeCells_data();
    void spreadsheetSafeCells();

private:
    QList<HubRecord> records() const;
    // The CSV line of one CLAVE_ACTA (the second cell), or an empty one.
    static QByteArray rowOf(const QList<QByteArray> &lines, const QByteArray &clave)
    {
        for (const QByteArray &line : lines)
            if (line.split('|').value(1) == clave)
                return line;
        return {};
    }
    std::optional<Election> m_sample;
    const SigningKey m_hubKey = SigningKey::fromSeed(seed(1)).value();
};

void TestPublisher::initTestCase()
{
    Result<Election> sample = Election::sample();
    QVERIFY_OK(sample);
    m_sample.emplace(std::move(sample).value());
}

void TestPublisher::truncatedPercentages_data()
{
    QTest::addColumn<qint64>("num");
    QTest::addColumn<qint64>("den");
    QTest::addColumn<QString>("text");
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << QStringLiteral("66.6666"); // not 66.6667
    QTest::newRow("all") << qint64(5) << qint64(5) << QStringLiteral("100.0000");
    QTest::newRow("none") << qint64(0) << qint64(5) << QStringLiteral("0.0000");
    QTest::newRow("no denominator") << qint64(3) << qint64(0) << QStringLiteral("0.0000");
    QTest::newRow("tiny") << qint64(1) << qint64(2292) << QStringLiteral("0.0436");
    QTest::newRow("almost") << qint64(99999) << qint64(100000) << QStringLiteral("99.9990");
}

void TestPublisher::truncatedPercentages()
{
    QFETCH(qint64, num);
    QFETCH(qint64, den);
    QFETCH(QString, text);
    QCOMPARE(Publisher::truncatedPercent(num, den), text);
}

// A counted acta, a sin acta one and one outside the catalog.
QList<HubRecord> TestPublisher::records() const
{
    HubRecord counted;
    counted.record = sampleRecord(QStringLiteral("EST-A"), 1, QStringLiteral("210101B010002"), 1, 100);
    // Photographed at the casilla, accepted after a correction: published as the station says.
    counted.record.origen = QStringLiteral("CASILLA");
    counted.record.digitalizacion = QStringLiteral("MOVIL");
    counted.record.tipoDocumento = QStringLiteral("Acta PREP");
    counted.record.cotejada = 2;
    HubRecord sinActa;
    sinActa.record = sampleRecord(QStringLiteral("EST-A"), 2, QStringLiteral("210101C010002"), 1, 0);
    sinActa.record.values.clear();
    sinActa.record.imageSha256.reset();
    sinActa.record.capturedAt.reset();
    sinActa.record.verifiedAt.reset();
    sinActa.record.sinActaReason = SinActaReason::PaqueteNoEntregado;
    HubRecord outside;
    outside.record = sampleRecord(QStringLiteral("EST-A"), 3, QStringLiteral("320001B010002"), 1, 7);
    return {counted, sinActa, outside};
}

void TestPublisher::knownCut()
{
    Publisher publisher(m_sample->election, m_sample->catalog);
    const QDateTime cut = fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z"));
    const PublicationCut c = publisher.make(records(), {}, cut, -360, false);
    QCOMPARE(c.actas, 3);
    const QList<QByteArray> lines = c.csv.split('\n');
    // Header block (title, cut time, counter names, counters, blank line, column names), then a row
    // for every expected acta (2292 casillas, 7 of them special with an RP acta too: 2299) and one for
    // the acta outside the catalog, then the final newline.
    QCOMPARE(lines.size(), 6 + 2299 + 1 + 1);
    QCOMPARE(lines.at(0), QByteArray("Diputaciones federales 2027 (elección ficticia de ejemplo)"));
    QCOMPARE(lines.at(1), QByteArray("05/06/2027 22:00 (UTC-6)"));
    QCOMPARE(lines.at(2), Publisher::counterColumns().join(QLatin1Char('|')).toUtf8());
    // 2299 expected; 3 registered = 2 captured (the counted one and the sin acta one; 2/2299 =
    // 0.08699% -> 0.0869) + 1 outside the catalog; 1 counted (0.0434), with Ilegible and Sin dato
    // fields, so 1 inconsistency (0.0434); 2 not counted (sin acta, fuera de catálogo); lista
    // nominal 713; 142 votes; 142/713 = 19.91584%.
    QCOMPARE(lines.at(3), QByteArray("2299|3|1|2|0.0869|1|0.0434|0.0434|2|713|142|142|19.9158"));
    QCOMPARE(lines.at(4), QByteArray());
    QCOMPARE(lines.at(5), publisher.actaColumns().join(QLatin1Char('|')).toUtf8());
    const QByteArray sha = sampleRecord({}, 1, QStringLiteral("210101B010002"), 1, 100).imageSha256->toLatin1();
    // The catalog's first casilla comes first; its times are in the cut's zone, whatever the
    // station's offset was. District 1: the independent does not run there ("-").
    QCOMPARE(lines.at(6),
             QByteArray("210101B0100|210101B010002|21|Estado de Ejemplo|1|Valle de Azahares|101|1|B|0|"
                        "1|2|Sin dato|Sin dato|"
                        "Sin dato|Sin dato|100|40|Ilegible|Sin dato|Sin dato|Sin dato|Sin dato|Sin dato|"
                        "Sin dato|Sin dato|Sin dato|Sin dato|-|Sin dato|2|Sin dato|142|713|18|Ilegible, Sin dato|1||")
                 + sha + "|05/06/2027 20:15:30|05/06/2027 20:20:01|05/06/2027 20:31:45|CASILLA|MOVIL|Acta PREP|2");
    const QByteArray sinActa = rowOf(lines, "210101C010002");
    QVERIFY2(sinActa.startsWith("210101C0100|210101C010002|21|"), sinActa.constData());
    QVERIFY2(sinActa.contains("|-|-|-|-|-|-|"), sinActa.constData()); // no figures for sin acta
    QVERIFY2(sinActa.contains("|Sin Acta (Paquete no Entregado)|0||-|05/06/2027 20:15:30|-|-|"), sinActa.constData());
    // Outside the catalog: CLAVE_CASILLA and TIPO_ACTA are "-"; last, after every expected acta.
    QVERIFY2(lines.at(6 + 2299).startsWith("-|320001B010002|32|-|-|-|1|1|B|0|-|-|"), lines.at(6 + 2299).constData());
    QVERIFY2(lines.at(6 + 2299).contains("|Fuera de catálogo"), lines.at(6 + 2299).constData());
    // A special casilla's two actas, MR then RP, both expected.
    const qsizetype mr = lines.indexOf(rowOf(lines, "210275S010002"));
    QVERIFY(mr > 6);
    QVERIFY2(lines.at(mr + 1).startsWith("210275S0100|210275S010003|"), lines.at(mr + 1).constData());
    // An expected acta not received yet: its identity and the catalog's figures, "-" elsewhere.
    const QByteArray waiting = lines.at(8); // the catalog's third casilla
    QVERIFY2(!waiting.isEmpty() && waiting.count('|') == publisher.actaColumns().size() - 1, waiting.constData());
    // ... OBSERVACIONES "-", CONTABILIZADA 0, MECANISMOS_TRASLADO from the catalog, then SHA, the three
    // times, ORIGEN, DIGITALIZACION, TIPO_DOCUMENTO and COTEJADA unknown.
    QVERIFY2(waiting.contains("|-|-|-|-|") && waiting.contains("|-|0|") && waiting.endsWith("|-|-|-|-|-|-|-|-"),
             waiting.constData());

    const QJsonObject json = QJsonDocument::fromJson(c.json).object();
    QCOMPARE(json[QStringLiteral("cut_at")].toString(), QStringLiteral("2027-06-05T22:00:00-06:00"));
    QCOMPARE(json[QStringLiteral("counters")][QStringLiteral("ACTAS_ESPERADAS")].toInt(), 2299);
    QCOMPARE(json[QStringLiteral("counters")][QStringLiteral("PORCENTAJE_PARTICIPACION_CIUDADANA")].toString(),
             QStringLiteral("19.9158"));
    QCOMPARE(json[QStringLiteral("corte")].toString(), QStringLiteral("05/06/2027 22:00 (UTC-6)"));
    const QJsonArray actas = json[QStringLiteral("actas")].toArray();
    QCOMPARE(actas.size(), 2299 + 1);
    QCOMPARE(actas.at(0)[QStringLiteral("PLU")].toString(), QStringLiteral("100"));
    QCOMPARE(actas.at(0)[QStringLiteral("SHA")].toString(), QString::fromLatin1(sha));
}

void TestPublisher::countersFollowTheDictionary()
{
    // One acta of each kind the counters tell apart.
    QStringList ordinary; // B casillas of the sample catalog
    for (const CasillaInfo &c : m_sample->catalog.casillas())
        if (c.key.type() == CasillaType::Basica)
            ordinary << ActaKey::make(c.key, m_sample->election.actaType())->toString();
    QVERIFY(ordinary.size() >= 3);
    QList<HubRecord> all = records(); // counted B (Ilegible and Sin dato fields), sin acta, fuera
    HubRecord special;
    special.record = sampleRecord(QStringLiteral("EST-A"), 4, QStringLiteral("210275S010002"), 1, 100);
    HubRecord illegible;
    illegible.record = sampleRecord(QStringLiteral("EST-A"), 5, ordinary.at(1), 1, 0);
    HubRecord mixed;
    mixed.record = sampleRecord(QStringLiteral("EST-A"), 6, ordinary.at(2), 1, 0);
    int i = 0;
    for (const TemplateField &f : m_sample->election.voteFields()) {
        illegible.record.values.insert(f.id, FieldValue::ilegible());
        mixed.record.values.insert(f.id, i++ % 2 ? FieldValue::sinDato() : FieldValue::ilegible());
    }
    // The special casilla's RP acta: counted, but its voters are already in its MR acta.
    HubRecord rp;
    rp.record = sampleRecord(QStringLiteral("EST-A"), 7, QStringLiteral("210275S010003"), 1, 120);
    // A district-3 acta (the coalition does not run there): a figure sent for a combination is
    // not on its ballot, so it is neither published nor added.
    QString district3;
    for (const CasillaInfo &c : m_sample->catalog.casillas())
        if (c.district == 3 && c.key.type() == CasillaType::Basica) {
            district3 = ActaKey::make(c.key, m_sample->election.actaType())->toString();
            break;
        }
    HubRecord offBallot;
    offBallot.record = sampleRecord(QStringLiteral("EST-A"), 8, district3, 1, 10);
    offBallot.record.values.insert(QStringLiteral("PLU_MRA_UNV"), FieldValue::number(500));
    offBallot.record.identityTyped = true; // its QR was unreadable: the clerk typed the key
    all << special << illegible << mixed << rp << offBallot;

    Publisher publisher(m_sample->election, m_sample->catalog);
    const QDateTime cut = fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z"));
    const auto counters = [&](bool finalCut) {
        publisher.setFinalCut(finalCut);
        const QJsonObject json = QJsonDocument::fromJson(publisher.make(all, {}, cut, -360, false).json).object();
        return json[QStringLiteral("counters")].toObject();
    };
    const QJsonObject c = counters(false);
    const auto n = [&c](const char *name) {
        return c[QString::fromLatin1(name)].toInteger();
    };
    QCOMPARE(n("ACTAS_ESPERADAS"), 2299); // 2292 casillas, 7 special ones with an RP acta too
    QCOMPARE(n("ACTAS_REGISTRADAS"), 8);
    QCOMPARE(n("ACTAS_FUERA_DE_CATALOGO"), 1);
    QCOMPARE(n("ACTAS_CAPTURADAS"), 7); // the sin acta one included
    // The B, the S (MR and RP) and the district-3 one; not all-illegible, not the mix.
    QCOMPARE(n("ACTAS_CONTABILIZADAS"), 4);
    QCOMPARE(n("ACTAS_NO_CONTABILIZADAS"), 4); // sin acta, fuera de catálogo, all-illegible, the mix
    // The dictionary's identities.
    QCOMPARE(n("ACTAS_REGISTRADAS"), n("ACTAS_CAPTURADAS") + n("ACTAS_FUERA_DE_CATALOGO"));
    QCOMPARE(n("ACTAS_REGISTRADAS"), n("ACTAS_CONTABILIZADAS") + n("ACTAS_NO_CONTABILIZADAS"));
    // Inconsistencies: the four counted ones (Ilegible, Sin dato fields), all-illegible, the mix.
    QCOMPARE(c[QStringLiteral("PORCENTAJE_ACTAS_CON_INCONSISTENCIAS")].toString(),
             Publisher::truncatedPercent(6, 2299));
    const qint64 lista3 = m_sample->catalog.find(district3.left(11))->listaNominal;
    QCOMPARE(n("LISTA_NOMINAL_ACTAS_CONTABILIZADAS"), 713 + lista3); // the S casilla has no voter list
    // 142 (B) + 142 (S, MR) + 52 (district 3, without the 500 off its ballot); the RP acta's 162
    // are not added again.
    QCOMPARE(n("TOTAL_VOTOS_C_CS"), 142 + 142 + 52);
    QCOMPARE(n("TOTAL_VOTOS_S_CS"), 142 + 52);
    QCOMPARE(c[QStringLiteral("PORCENTAJE_PARTICIPACION_CIUDADANA")].toString(),
             Publisher::truncatedPercent(142 + 52, 713 + lista3));
    // The last cut takes the special casillas' votes in.
    QCOMPARE(counters(true)[QStringLiteral("PORCENTAJE_PARTICIPACION_CIUDADANA")].toString(),
             Publisher::truncatedPercent(142 + 142 + 52, 713 + lista3));
    const QList<QByteArray> rows = publisher.make(all, {}, cut, -360, false).csv.split('\n');
    const QStringList columns = publisher.actaColumns();
    const QStringList d3 = QString::fromUtf8(rowOf(rows, district3.toLatin1())).split(QLatin1Char('|'));
    for (const char *combination : {"PLU_MRA_UNV", "PLU_MRA", "PLU_UNV", "MRA_UNV", "CAND_IND_1"})
        QCOMPARE(d3.at(columns.indexOf(QLatin1String(combination))), QStringLiteral("-"));
    QCOMPARE(d3.at(columns.indexOf(QLatin1String("TOTAL_VOTOS_CALCULADO"))), QStringLiteral("52"));
    QCOMPARE(d3.at(columns.indexOf(QLatin1String("OBSERVACIONES"))),
             QStringLiteral("Ilegible, Sin dato, Identificación por proceso técnico operativo"));
    QCOMPARE(d3.at(columns.indexOf(QLatin1String("CONTABILIZADA"))), QStringLiteral("1"));
    // The acceptance's acta: ILEGIBLE and SIN DATO mixed, no number anywhere, is not counted.
    const QStringList mixedRow = QString::fromUtf8(rowOf(rows, ordinary.at(2).toLatin1())).split(QLatin1Char('|'));
    QCOMPARE(mixedRow.at(columns.indexOf(QLatin1String("CONTABILIZADA"))), QStringLiteral("0"));
    QCOMPARE(mixedRow.at(columns.indexOf(QLatin1String("OBSERVACIONES"))), QStringLiteral("Ilegible, Sin dato"));
    const QStringList rpRow = QString::fromUtf8(rowOf(rows, "210275S010003")).split(QLatin1Char('|'));
    QCOMPARE(rpRow.at(columns.indexOf(QLatin1String("TIPO_ACTA"))), QStringLiteral("3"));
    QCOMPARE(rpRow.at(columns.indexOf(QLatin1String("CONTABILIZADA"))), QStringLiteral("1"));

    // An independent reader (Python, the way analysts read INE's files) recomputes every counter
    // from the rows of both cuts.
    QTemporaryDir dir;
    for (const bool finalCut : {false, true}) {
        publisher.setFinalCut(finalCut);
        // The zip: the reader also checks the JSON's totals against the rows.
        const QString path = dir.filePath(finalCut ? QStringLiteral("final.zip") : QStringLiteral("cut.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const PublicationCut made = publisher.make(all, {}, cut, -360, false);
        Result<QByteArray> zip = Publisher::archive(made);
        QVERIFY_OK(zip);
        file.write(*zip);
        file.close();
        QCOMPARE(QJsonDocument::fromJson(made.json).object().value(QStringLiteral("corte_final")).toBool(), finalCut);
        QVERIFY(made.leeme.contains(finalCut ? "corte final" : "Corte durante la operación"));
        QStringList args {QStringLiteral(ACTA_SOURCE_DIR "/tests/hub/read_prep_cut.py"), path,
                          QStringLiteral("--expect-rows"), QString::number(2299 + 1)};
        if (finalCut)
            args << QStringLiteral("--final");
        QProcess reader;
        reader.setProcessChannelMode(QProcess::MergedChannels);
        reader.start(QStringLiteral("/usr/bin/python3"), args);
        QVERIFY(reader.waitForFinished(60000));
        const QByteArray out = reader.readAll();
        QVERIFY2(reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0, out.constData());
    }
}

void TestPublisher::publishWritesBothFiles()
{
    QTemporaryDir dir;
    Result<std::unique_ptr<HubStore>> store = HubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY_OK(store);
    const SigningKey hub = SigningKey::fromSeed(seed(1)).value();
    const SigningKey a = SigningKey::fromSeed(seed(2)).value();
    QVERIFY_OK((*store)->enroll(enrollmentFor(QStringLiteral("EST-A"), a), QDateTime::currentDateTimeUtc()));
    for (const HubRecord &h : records())
        QVERIFY_OK((*store)->storeRecord(signRecord(h.record, a), hub, QDateTime::currentDateTimeUtc()));
    Publisher publisher(m_sample->election, m_sample->catalog);
    const QDateTime cut = fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z"));
    Result<PublicationCut> c
        = publisher.publish(**store, m_hubKey, dir.filePath(QStringLiteral("pub")), cut, -360, false);
    QVERIFY_OK(c);
    QFile csv(dir.filePath(QStringLiteral("pub/resultados.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), publisher.make(records(), {}, cut, -360, false).csv);
    for (const char *name :
         {"resultados.json", "resultados_candidatura.csv", "LEEME.txt", "resultados.zip", "DIP_FED_20270605_2200.zip"})
        QVERIFY2(QFile::exists(dir.filePath(QStringLiteral("pub/") + QLatin1String(name))), name);
    QCOMPARE(c->zipName, QStringLiteral("DIP_FED_20270605_2200.zip"));

    // The zip as an analyst gets it: every file there, the JSON's totals equal to the rows' sums.
    QProcess reader;
    reader.setProcessChannelMode(QProcess::MergedChannels);
    reader.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(ACTA_SOURCE_DIR "/tests/hub/read_prep_cut.py"),
                  dir.filePath(QStringLiteral("pub/resultados.zip")), QStringLiteral("--expect-rows"),
                  QString::number(2299 + 1)});
    QVERIFY(reader.waitForFinished(60000));
    const QByteArray out = reader.readAll();
    QVERIFY2(reader.exitStatus() == QProcess::NormalExit && reader.exitCode() == 0, out.constData());

    // The candidates catalog: one row per candidacy of the template, names of the catalog's districts.
    QFile candidates(dir.filePath(QStringLiteral("pub/resultados_candidatura.csv")));
    QVERIFY(candidates.open(QIODevice::ReadOnly));
    const QList<QByteArray> candidacyLines = candidates.readAll().split('\n');
    QCOMPARE(candidacyLines.first(),
             QByteArray("ID_ESTADO|ESTADO|ID_DISTRITO_FEDERAL|DISTRITO_FEDERAL|PARTIDO_CI|"
                        "CANDIDATURA_PROPIETARIA|CANDIDATURA_SUPLENTE"));
    QCOMPARE(candidacyLines.size(), 1 + m_sample->election.candidacies().size() + 1);
    QVERIFY(candidacyLines.at(1).startsWith("21|Estado de Ejemplo|1|Valle de Azahares|"));
    QVERIFY(candidates.fileName().size() > 0);

    // Totals per candidacy: in district 1 the coalition's candidate takes its parties and combinations.
    const QJsonObject totals = QJsonDocument::fromJson(c->json).object().value(QStringLiteral("totales")).toObject();
    const QJsonObject d1 = totals.value(QStringLiteral("distritos")).toArray().at(0).toObject();
    QCOMPARE(d1.value(QStringLiteral("total_votos")).toInteger(), 142);
    QCOMPARE(d1.value(QStringLiteral("coaliciones"))[QStringLiteral("HORIZONTE")][QStringLiteral("votos")].toInteger(),
             140); // PLU 100 + MRA 40 (+ UNV illegible)
    QCOMPARE(
        d1.value(QStringLiteral("coaliciones"))[QStringLiteral("HORIZONTE")][QStringLiteral("porcentaje")].toString(),
        QStringLiteral("98.5915"));
    QVERIFY(!d1.value(QStringLiteral("columnas")).toObject().contains(QStringLiteral("CAND_IND_1")));
    bool coalitionCandidate = false;
    for (const QJsonValue &v : d1.value(QStringLiteral("candidaturas")).toArray())
        if (v[QStringLiteral("contendiente")].toString() == QLatin1String("HORIZONTE"))
            coalitionCandidate = v[QStringLiteral("votos")].toInteger() == 140;
    QVERIFY(coalitionCandidate);
    QCOMPARE(Publisher::formatNamed(QStringLiteral("prep2024")).code(), ErrorCode::InvalidInput);
    QVERIFY(Publisher::formatNamed(QStringLiteral("prep2021")));
}

QTEST_GUILESS_MAIN(TestPublisher)
void TestPublisher::drillAndRealCutsNeverShareAFolder()
{
    QTemporaryDir dir;
    // A store without a mode (made by the library, not by actahub): either kind of cut is made of it.
    Result<std::unique_ptr<HubStore>> store = HubStore::open(dir.filePath(QStringLiteral("hub.sqlite")));
    QVERIFY_OK(store);
    Publisher publisher(m_sample->election, m_sample->catalog);
    const QDateTime cut = fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z"));
    const auto read = [&](const QString &path) {
        QFile f(dir.filePath(path));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    };
    const QString real = dir.filePath(QStringLiteral("real"));
    const QString drill = dir.filePath(QStringLiteral("drill"));

    // The first cut marks the folder with its mode.
    QVERIFY_OK(publisher.publish(**store, m_hubKey, real, cut, -360, false));
    QCOMPARE(read(QStringLiteral("real/MODO")), QByteArray("produccion\n"));
    Result<PublicationCut> refused = publisher.publish(**store, m_hubKey, real, cut.addSecs(900), -360, true);
    QVERIFY_FAILS_WITH(refused, ErrorCode::InvalidState);
    QVERIFY_MESSAGE_NAMES(refused, real);
    QVERIFY_MESSAGE_NAMES(refused, QStringLiteral("holds production cuts"));
    QVERIFY(!read(QStringLiteral("real/resultados.csv")).contains("SIMULACRO")); // nothing of it written

    QVERIFY_OK(publisher.publish(**store, m_hubKey, drill, cut, -360, true));
    QCOMPARE(read(QStringLiteral("drill/MODO")), QByteArray("simulacro\n"));
    QVERIFY(read(QStringLiteral("drill/resultados.csv")).split('\n').first().endsWith("(SIMULACRO)"));
    refused = publisher.publish(**store, m_hubKey, drill, cut.addSecs(900), -360, false);
    QVERIFY_FAILS_WITH(refused, ErrorCode::InvalidState);
    QVERIFY_MESSAGE_NAMES(refused, QStringLiteral("holds drill (simulation) cuts"));

    // Cuts from before the MODO file: their resultados.json says which mode made them.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("drill/MODO"))));
    QVERIFY_FAILS_WITH(publisher.publish(**store, m_hubKey, drill, cut, -360, false), ErrorCode::InvalidState);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("drill/MODO"))));
    QVERIFY_OK(publisher.publish(**store, m_hubKey, drill, cut, -360, true));
    QCOMPARE(read(QStringLiteral("drill/MODO")), QByteArray("simulacro\n"));

    // Earlier results nobody can place: nothing is published there.
    const QString unknown = dir.filePath(QStringLiteral("unknown"));
    QVERIFY(QDir().mkpath(unknown));
    QFile old(unknown + QStringLiteral("/resultados.csv"));
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("someone's results\n") > 0);
    old.close();
    refused = publisher.publish(**store, m_hubKey, unknown, cut, -360, false);
    QVERIFY_FAILS_WITH(refused, ErrorCode::InvalidState);
    QVERIFY_MESSAGE_NAMES(refused, QStringLiteral("resultados.csv"));
    QCOMPARE(read(QStringLiteral("unknown/resultados.csv")), QByteArray("someone's results\n"));
    // Other files (the web edge's page) are no cut: such a folder is taken.
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(site));
    QFile page(site + QStringLiteral("/index.html"));
    QVERIFY(page.open(QIODevice::WriteOnly) && page.write("<html></html>") > 0);
    page.close();
    QVERIFY_OK(publisher.publish(**store, m_hubKey, site, cut, -360, false));
    QCOMPARE(read(QStringLiteral("site/MODO")), QByteArray("produccion\n"));
    // A MODO file that says something else.
    QFile marker(dir.filePath(QStringLiteral("real/MODO")));
    QVERIFY(marker.open(QIODevice::WriteOnly) && marker.write("tal vez\n") > 0);
    marker.close();
    QVERIFY_FAILS_WITH(publisher.publish(**store, m_hubKey, real, cut, -360, false), ErrorCode::Integrity);

    // A store that recorded its mode makes only cuts of that mode, whatever the folder.
    QVERIFY_OK((*store)->settleMode(HubMode::Simulation, QStringLiteral("ops"), cut));
    refused = publisher.publish(**store, m_hubKey, dir.filePath(QStringLiteral("fresh")), cut, -360, false);
    QVERIFY_FAILS_WITH(refused, ErrorCode::InvalidState);
    QVERIFY_MESSAGE_NAMES(refused, (*store)->displayName());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("fresh"))));
    QVERIFY_OK(publisher.publish(**store, m_hubKey, dir.filePath(QStringLiteral("fresh")), cut, -360, true));
}

void TestPublisher::disputedActaIsNotCounted()
{
    Publisher publisher(m_sample->election, m_sample->catalog);
    const QDateTime cut = fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z"));
    const QString clave = QStringLiteral("210101B010002");
    HubDisagreement d;
    d.clave = clave;
    d.sides = {{QStringLiteral("EST-A"), 1, 1, QString(64, QLatin1Char('a'))},
               {QStringLiteral("EST-B"), 1, 1, QString(64, QLatin1Char('b'))}};
    const PublicationCut c = publisher.make(records(), {d}, cut, -360, false);
    const QList<QByteArray> lines = c.csv.split('\n');
    // The same three actas as knownCut, but the counted one is disputed: nothing counted, no votes,
    // and its figures make no inconsistency; all three registered ones are not counted.
    QCOMPARE(lines.at(3), QByteArray("2299|3|1|2|0.0869|0|0.0000|0.0000|3|0|0|0|0.0000"));
    const QStringList cells = QString::fromUtf8(rowOf(lines, clave.toLatin1())).split(QLatin1Char('|'));
    const QStringList columns = publisher.actaColumns();
    QCOMPARE(cells.size(), columns.size());
    const auto cell = [&](const char *name) {
        return cells.at(columns.indexOf(QLatin1String(name)));
    };
    QCOMPARE(cell("CLAVE_ACTA"), clave);
    QCOMPARE(cell("CONTABILIZADA"), QStringLiteral("0"));
    QCOMPARE(cell("TOTAL_VOTOS_CALCULADO"), QStringLiteral("-"));
    for (const TemplateField &f : m_sample->election.voteFields())
        QCOMPARE(cells.at(columns.indexOf(f.id)), QStringLiteral("-")); // neither side's figures
    QCOMPARE(cell("OBSERVACIONES"), QStringLiteral("EN CONFLICTO ENTRE ESTACIONES"));
    for (const char *other : {"TOTAL_BOLETAS_SOBRANTES", "TOTAL_PERSONAS_VOTARON", "TOTAL_REP_PARTIDO_CI_VOTARON",
                              "TOTAL_VOTOS_SACADOS", "TOTAL_VOTOS_ASENTADO"})
        QCOMPARE(cell(other), QStringLiteral("-"));

    const QJsonObject json = QJsonDocument::fromJson(c.json).object();
    QCOMPARE(json.value(QStringLiteral("actas_en_conflicto")).toArray(), QJsonArray {clave});
    const QJsonArray detail = json.value(QStringLiteral("conflictos")).toArray();
    QCOMPARE(detail.size(), 1);
    const QJsonArray sides = detail.at(0).toObject().value(QStringLiteral("lados")).toArray();
    QCOMPARE(sides.size(), 2);
    QCOMPARE(sides.at(1).toObject().value(QStringLiteral("image_sha256")).toString(), QString(64, QLatin1Char('b')));
    QVERIFY(!c.json.contains("EST-A")); // station ids stay with the operators
    QVERIFY(
        json.value(QStringLiteral("actas")).toArray().at(0).toObject().value(QStringLiteral("EN_CONFLICTO")).toBool());
}

void TestPublisher::spreadsheetSafeCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("published");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QStringLiteral("'=HYPERLINK(\"x\")");
    QTest::newRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("minus and more") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("lone dash stays") << QStringLiteral("-") << QStringLiteral("-");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("number") << QStringLiteral("142") << QStringLiteral("142");
    QTest::newRow("text") << QStringLiteral("Sin dato") << QStringLiteral("Sin dato");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestPublisher::spreadsheetSafeCells()
{
    QFETCH(QString, cell);
    QFETCH(QString, published);
    QCOMPARE(Publisher::spreadsheetSafe({cell}), QStringList {published});
}

#include "tst_publisher.moc"
