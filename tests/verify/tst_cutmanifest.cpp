// The formats beside a signed cut (docs/verify.md): the manifest's canonical bytes and signature as
// known answers, what a reader refuses, and the station key list.
#include "../TestSupport.h"
#include "CanonicalJson.h"
#include "Clock.h"
#include "CutManifest.h"
#include "SigningKey.h"
#include "StationKeyList.h"

#include <QTest>

using namespace acta;

namespace {

SigningKey keyOf(char fill)
{
    return SigningKey::fromSeed(SecureBytes::copyOf(QByteArray(SigningKey::SeedSize, fill))).value();
}

CutManifest sample()
{
    CutManifest m;
    m.electionId = QStringLiteral("DIP_FED");
    m.templateId = QStringLiteral("sample-dip-fed-2027");
    m.cutAt = fromStoredUtc(QStringLiteral("2027-06-06T04:00:00.000Z"));
    m.archive = QStringLiteral("DIP_FED_20270605_2200.zip");
    m.hubPublicKey = keyOf(1).publicKey();
    m.addFile(QStringLiteral("resultados.csv"), "a|b\n");
    m.addFile(QStringLiteral("registros.jsonl"), QByteArray());
    return m;
}

} // namespace

class TestCutManifest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer();
    void refusals_data();
    void refusals();
    void signatureFile_data();
    void signatureFile();
    void stationKeys();
};

void TestCutManifest::knownAnswer()
{
    const CutManifest m = sample();
    Result<QByteArray> bytes = m.canonicalBytes();
    QVERIFY_OK(bytes);
    const QString fingerprint = keyOf(1).fingerprint();
    const QByteArray expected
        = "{\"archive\":\"DIP_FED_20270605_2200.zip\",\"cut_at\":\"2027-06-06T04:00:00.000Z\",\"election_id\":"
          "\"DIP_FED\",\"files\":{\"registros.jsonl\":{\"sha256\":"
          "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\",\"size\":0},\"resultados.csv\":{"
          "\"sha256\":\"a5b79aa8ca7913488b129ef0f6de4341dbbb3697f7125001ac7100c4991fcc70\",\"size\":4}},"
          "\"final_cut\":false,\"format\":\"actahub.manifest/1\",\"hub_key\":\""
        + fingerprint.toLatin1() + "\",\"hub_public_key\":\"" + keyOf(1).publicKey().toBase64()
        + "\",\"mode\":\"produccion\",\"template_id\":\"sample-dip-fed-2027\"}";
    // The SHA-256 of "a|b\n", by sha256sum.
    QCOMPARE(m.files.value(QStringLiteral("resultados.csv")).sha256,
             QStringLiteral("a5b79aa8ca7913488b129ef0f6de4341dbbb3697f7125001ac7100c4991fcc70"));
    QCOMPARE(*bytes, expected);
    // Ed25519 is deterministic: the same key and bytes always give this signature.
    const QByteArray signature = CutManifest::signatureFile(keyOf(1), *bytes);
    QCOMPARE(signature,
             QByteArray("YJF0SHCMzfCOUNcc6Mm1LOx/XTBZXW1Hyp82AwCJBYheJoq9grw3+DTeN5XhQ6U+ofagKMwbK4DZ1FVbN3jGAw==\n"));
    QVERIFY_OK(CutManifest::verify(*bytes, *CutManifest::signatureFromFile(signature), keyOf(1).publicKey()));
    QVERIFY(!CutManifest::verify(*bytes, *CutManifest::signatureFromFile(signature), keyOf(2).publicKey()));
    QVERIFY(!CutManifest::verify(QByteArray(*bytes).replace("produccion", "simulacro!"),
                                 *CutManifest::signatureFromFile(signature), keyOf(1).publicKey()));
    // Read back: the same manifest.
    Result<CutManifest> parsed = CutManifest::parse(*bytes);
    QVERIFY_OK(parsed);
    QCOMPARE(*parsed, m);
}

void TestCutManifest::refusals_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("says");
    QTest::newRow("another format") << QByteArray("actahub.manifest/1") << QByteArray("actahub.manifest/2")
                                    << QStringLiteral("$.format: expected \"actahub.manifest/1\"");
    QTest::newRow("unknown field") << QByteArray("{\"archive\"") << QByteArray("{\"a\":1,\"archive\"")
                                   << QStringLiteral("$.a: unknown field");
    QTest::newRow("not canonical") << QByteArray("{\"archive\"") << QByteArray("{ \"archive\"")
                                   << QStringLiteral("not in canonical form");
    QTest::newRow("a folder") << QByteArray("\"resultados.csv\":{") << QByteArray("\"x/resultados.csv\":{")
                              << QStringLiteral("$.files.x/resultados.csv: not a plain file name");
    QTest::newRow("a hidden file") << QByteArray("\"registros.jsonl\":{") << QByteArray("\".egistros.jsonl\":{")
                                   << QStringLiteral("not a plain file name");
    QTest::newRow("hash in capitals") << QByteArray("a5b79aa8") << QByteArray("A5B79AA8")
                                      << QStringLiteral("$.files.resultados.csv: expected {\"sha256\"");
    QTest::newRow("a negative size") << QByteArray("\"size\":4") << QByteArray("\"size\":-4")
                                     << QStringLiteral("$.files.resultados.csv: expected");
    QTest::newRow("a mode of its own") << QByteArray("\"produccion\"") << QByteArray("\"prueba\"")
                                       << QStringLiteral("$.mode: expected \"produccion\" or \"simulacro\"");
    QTest::newRow("another spelling of the time")
        << QByteArray("04:00:00.000Z") << QByteArray("04:00:00Z") << QStringLiteral("$.cut_at: expected a UTC time");
    QTest::newRow("an archive that is no zip") << QByteArray("2200.zip") << QByteArray("2200.tar")
                                               << QStringLiteral("$.archive: expected the name of a .zip file");
    QTest::newRow("fingerprint of another key")
        << keyOf(1).fingerprint().toLatin1() << keyOf(2).fingerprint().toLatin1()
        << QStringLiteral("$.hub_key: not the fingerprint of $.hub_public_key");
}

void TestCutManifest::refusals()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, says);
    QByteArray bytes = *sample().canonicalBytes();
    QVERIFY(bytes.contains(from));
    bytes.replace(from, to);
    Result<CutManifest> parsed = CutManifest::parse(bytes);
    QVERIFY(!parsed);
    QVERIFY_MESSAGE_NAMES(parsed, says);
    // Too large before anything is parsed.
    QCOMPARE(CutManifest::parse(QByteArray(CutManifest::MaxSize + 1, ' ')).code(), ErrorCode::InvalidInput);
}

void TestCutManifest::signatureFile_data()
{
    const QByteArray good = keyOf(1).sign("x").toBase64();
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("read");
    QTest::newRow("with its line feed") << good + '\n' << true;
    QTest::newRow("without") << good << true;
    QTest::newRow("two line feeds") << good + "\n\n" << false;
    QTest::newRow("a CR too") << good + "\r\n" << false;
    QTest::newRow("no padding") << QByteArray(good).replace('=', "") << false;
    QTest::newRow("one byte short") << keyOf(1).sign("x").left(63).toBase64() << false;
    QTest::newRow("line-wrapped") << good.left(40) + '\n' + good.mid(40) + '\n' << false;
    QTest::newRow("huge") << QByteArray(CutManifest::MaxSignatureFileSize + 1, 'A') << false;
}

void TestCutManifest::signatureFile()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, read);
    QCOMPARE(CutManifest::signatureFromFile(text).isOk(), read);
}

void TestCutManifest::stationKeys()
{
    StationKeyList list;
    const QDateTime t = fromStoredUtc(QStringLiteral("2027-06-01T12:00:00.000Z"));
    list.keys.append({QStringLiteral("EST-B"), keyOf(3).publicKey(), t, t.addDays(1)});
    list.keys.append({QStringLiteral("EST-B"), keyOf(4).publicKey(), t.addDays(1), std::nullopt});
    Result<QByteArray> json = list.toJson();
    QVERIFY_OK(json);
    QVERIFY(json->endsWith("}\n"));
    QVERIFY(json->contains("\"revoked_at\":null"));
    Result<StationKeyList> back = StationKeyList::parse(*json);
    QVERIFY_OK(back);
    QCOMPARE(back->keys, list.keys);
    const PublishedStationKey *rotated = back->byFingerprint(keyOf(4).fingerprint());
    QVERIFY(rotated);
    QCOMPARE(rotated->enrolledAt, t.addDays(1));
    QVERIFY(!back->byFingerprint(keyOf(5).fingerprint()));
    // A fingerprint that is not its key's, a station id the hub would never take.
    const Result<StationKeyList> forged = StationKeyList::parse(
        QByteArray(*json).replace(keyOf(3).fingerprint().toLatin1(), keyOf(5).fingerprint().toLatin1()));
    QVERIFY_MESSAGE_NAMES(forged, QStringLiteral("$.keys[0].fingerprint: not the fingerprint of its public key"));
    const Result<StationKeyList> badId = StationKeyList::parse(QByteArray(*json).replace("EST-B", "EST B"));
    QVERIFY_MESSAGE_NAMES(badId, QStringLiteral("$.keys[0]: expected a station id"));
    QVERIFY(!StationKeyList::parse(QByteArray("{\"format\":\"actahub.stations/1\",\"keys\":{}}")));
}

QTEST_GUILESS_MAIN(TestCutManifest)
#include "tst_cutmanifest.moc"
