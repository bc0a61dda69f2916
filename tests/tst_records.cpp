#include "CanonicalJson.h"
#include "Clock.h"
#include "Digitization.h"
#include "EnrollmentRequest.h"
#include "SignedRecord.h"
#include "SigningKey.h"
#include "SyncRecord.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>
#include <optional>

using namespace acta;

// A Result that must be ok; its message is read only when it is not.
#define ACTA_VERIFY_OK(result) QVERIFY2((result).isOk(), qPrintable((result).isOk() ? QString() : (result).error()))

class TestRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rfc8032Vector1();
    void knownAnswerVector();
    void knownAnswerVectorWithOrigin();
    void recordsWithoutOriginKeepTheirBytes();
    void canonicalSerialization_data();
    void canonicalSerialization();
    void canonicalRefusesWhatHasNoCanonicalForm_data();
    void canonicalRefusesWhatHasNoCanonicalForm();
    void parseRequiresCanonicalBytes_data();
    void parseRequiresCanonicalBytes();
    void roundTrip_data();
    void roundTrip();
    void recordValidationNamesThePath_data();
    void recordValidationNamesThePath();
    void recordsThatCannotBeSignedAreRefused();
    void tamperDetection_data();
    void tamperDetection();
    void enrollmentRoundTrip();
    void enrollmentRefusesBadFiles_data();
    void enrollmentRefusesBadFiles();
    void secretKeySaveAndLoad();
    void fingerprintFormat();

private:
    static SecureBytes hex(const char *text) { return SecureBytes::copyOf(QByteArray::fromHex(text)); }
    static QByteArray canonical(const QJsonValue &v) { return CanonicalJson::serialize(v).value(); }
    static SyncRecord katRecord();
    static SyncRecord katOriginRecord();
    static SyncRecord sinActaRecord();
    std::optional<SigningKey> m_key;
    std::optional<SigningKey> m_otherKey;
};

void TestRecords::initTestCase()
{
    m_key.emplace(SigningKey::generate());
    m_otherKey.emplace(SigningKey::generate());
}

// The record of tests/data/protocol/record-kat.json (make_record_kat.py writes the same one).
SyncRecord TestRecords::katRecord()
{
    SyncRecord r;
    r.stationId = QStringLiteral("EST-0A1B2C3D4E5F");
    r.seq = 7;
    r.clave = QStringLiteral("010338B010002");
    r.templateId = QStringLiteral("diputaciones-federales-2027");
    r.version = 2;
    r.values.insert(QStringLiteral("PAN"), FieldValue::number(85));
    r.values.insert(QStringLiteral("PRI"), FieldValue::ilegible());
    r.values.insert(QStringLiteral("MORENA"), FieldValue::number(120));
    r.values.insert(QStringLiteral("NO_REGISTRADOS"), FieldValue::sinDato());
    r.values.insert(QStringLiteral("NULOS"), FieldValue::number(3));
    r.totalCalculado = 208;
    r.contabilizada = true;
    r.observaciones = QStringLiteral("Ilegible, Sin dato");
    r.imageSha256
        = QString::fromLatin1(QCryptographicHash::hash("acta 010338B010002", QCryptographicHash::Sha256).toHex());
    r.receivedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:15:30.125Z"));
    r.capturedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:20:01.000Z"));
    r.verifiedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:31:45.500Z"));
    r.utcOffsetMinutes = -360;
    r.enteredBy = QStringList {QStringLiteral("maría.peña"), QStringLiteral("capturista2")};
    r.verifiedBy = QStringLiteral("capturista2");
    r.simulated = true;
    return r;
}

// The record of tests/data/protocol/record-kat-origin.json: katRecord() with how it came in and
// how it was checked.
SyncRecord TestRecords::katOriginRecord()
{
    SyncRecord r = katRecord();
    r.origen = QStringLiteral("CASILLA");
    r.digitalizacion = QStringLiteral("MOVIL");
    r.tipoDocumento = QStringLiteral("Acta Prisión");
    r.cotejada = 2;
    r.identityTyped = true;
    return r;
}

// A casilla whose package never arrived: no image, no entries, no capture times.
SyncRecord TestRecords::sinActaRecord()
{
    SyncRecord r;
    r.stationId = QStringLiteral("EST-0A1B2C3D4E5F");
    r.seq = 1;
    r.clave = QStringLiteral("010339C020002");
    r.templateId = QStringLiteral("t");
    r.version = 1;
    r.observaciones = QStringLiteral("Sin acta (paquete no entregado)");
    r.receivedAt = fromStoredUtc(QStringLiteral("2027-06-06T05:00:00.000Z"));
    r.utcOffsetMinutes = -300;
    r.sinActaReason = SinActaReason::PaqueteNoEntregado;
    return r;
}

void TestRecords::rfc8032Vector1()
{
    // RFC 8032 section 7.1, TEST 1: proves the primitive before anything is built on it.
    Result<SigningKey> key
        = SigningKey::fromSeed(hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
    ACTA_VERIFY_OK(key);
    QCOMPARE(key->publicKey().toHex(), QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const QByteArray signature = key->sign(QByteArrayView());
    QCOMPARE(signature.toHex(),
             QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a"
                        "33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    QVERIFY(SigningKey::verify(key->publicKey(), QByteArrayView(), signature));
    QVERIFY(!SigningKey::verify(key->publicKey(), "x", signature));
    QCOMPARE(key->fingerprint(), QStringLiteral("7849-ac30-4968-0be1-ef76-2efe-0d36-e017"));
}

void TestRecords::knownAnswerVector()
{
    QFile file(QStringLiteral(ACTA_TEST_DATA "/protocol/record-kat.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject kat = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!kat.isEmpty());

    Result<SigningKey> key = SigningKey::fromSeed(hex(kat.value(QStringLiteral("seed_hex")).toString().toLatin1()));
    ACTA_VERIFY_OK(key);
    QCOMPARE(QString::fromLatin1(key->publicKey().toHex()), kat.value(QStringLiteral("public_key_hex")).toString());
    QCOMPARE(key->fingerprint(), kat.value(QStringLiteral("fingerprint")).toString());

    const QByteArray expected = kat.value(QStringLiteral("canonical_record")).toString().toUtf8();
    Result<QByteArray> bytes = SyncRecordJson::canonicalBytes(katRecord());
    ACTA_VERIFY_OK(bytes);
    QCOMPARE(*bytes, expected);
    QCOMPARE(QString::fromLatin1(key->sign(*bytes).toBase64()),
             kat.value(QStringLiteral("signature_base64")).toString());

    Result<SignedRecord> signedRecord = SignedRecord::sign(katRecord(), *key);
    ACTA_VERIFY_OK(signedRecord);
    const QByteArray envelope = kat.value(QStringLiteral("envelope")).toString().toUtf8();
    QCOMPARE(signedRecord->envelope(), envelope);

    // And the other way: the committed envelope reads back as the record and verifies.
    Result<SignedRecord> read = SignedRecord::fromEnvelope(envelope);
    ACTA_VERIFY_OK(read);
    QVERIFY(read->record() == katRecord());
    Status ok = read->verify(key->publicKey());
    ACTA_VERIFY_OK(ok);
}

void TestRecords::canonicalSerialization_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("keys sorted") << QJsonValue(QJsonObject {{QStringLiteral("b"), 1},
                                                            {QStringLiteral("a"), 2},
                                                            {QStringLiteral("B"), 3},
                                                            {QStringLiteral("aa"), 4},
                                                            {QStringLiteral("_"), 5}})
                                 << QByteArray(R"({"B":3,"_":5,"a":2,"aa":4,"b":1})");
    // U+FF21 sorts before U+1F600 by code point, after it by UTF-16 unit (which is how
    // QJsonDocument's Compact output orders them in Qt 6.4: one reason it is not used).
    QTest::newRow("keys by code point, not UTF-16")
        << QJsonValue(QJsonObject {{QString::fromUtf8("\xf0\x9f\x98\x80"), 2}, {QString::fromUtf8("\xef\xbc\xa1"), 1}})
        << QByteArray("{\"\xef\xbc\xa1\":1,\"\xf0\x9f\x98\x80\":2}");
    QTest::newRow("nested objects sorted") << QJsonValue(QJsonObject {
        {QStringLiteral("z"), QJsonObject {{QStringLiteral("y"), true}, {QStringLiteral("x"), false}}},
        {QStringLiteral("a"), QJsonArray {QJsonObject {{QStringLiteral("d"), 1}, {QStringLiteral("c"), 2}}}}})
                                           << QByteArray(R"({"a":[{"c":2,"d":1}],"z":{"x":false,"y":true}})");
    QTest::newRow("array order kept") << QJsonValue(QJsonArray {3, 1, 2}) << QByteArray("[3,1,2]");
    QTest::newRow("quote and backslash") << QJsonValue(QStringLiteral("a\"b\\c")) << QByteArray(R"("a\"b\\c")");
    QTest::newRow("slash not escaped") << QJsonValue(QStringLiteral("a/b")) << QByteArray(R"("a/b")");
    QTest::newRow("short escapes") << QJsonValue(QStringLiteral("\b\f\n\r\t")) << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls as \\u00xx")
        << QJsonValue(QString::fromLatin1("\x01\x1f", 2) + QChar(0)) << QByteArray(R"("\u0001\u001f\u0000")");
    QTest::newRow("DEL as is") << QJsonValue(QStringLiteral("\x7f")) << QByteArray("\"\x7f\"");
    QTest::newRow("unicode as UTF-8") << QJsonValue(QStringLiteral("Sección Ñ"))
                                      << QByteArray("\"Secci\xc3\xb3n \xc3\x91\"");
    QTest::newRow("beyond the BMP as UTF-8")
        << QJsonValue(QString::fromUtf8("\xf0\x9f\x97\xb3")) << QByteArray("\"\xf0\x9f\x97\xb3\"");
    QTest::newRow("unicode key") << QJsonValue(QJsonObject {{QStringLiteral("Ñ"), 1}, {QStringLiteral("N"), 2}})
                                 << QByteArray("{\"N\":2,\"\xc3\x91\":1}");
    QTest::newRow("zero") << QJsonValue(0) << QByteArray("0");
    QTest::newRow("negative zero") << QJsonValue(-0.0) << QByteArray("0");
    QTest::newRow("negative") << QJsonValue(-360) << QByteArray("-360");
    QTest::newRow("integral double") << QJsonValue(1e15) << QByteArray("1000000000000000");
    QTest::newRow("largest integer") << QJsonValue(9007199254740991.0) << QByteArray("9007199254740991");
    QTest::newRow("smallest integer") << QJsonValue(-9007199254740991.0) << QByteArray("-9007199254740991");
    QTest::newRow("booleans and null") << QJsonValue(QJsonArray {true, false, QJsonValue(QJsonValue::Null)})
                                       << QByteArray("[true,false,null]");
    QTest::newRow("empty object") << QJsonValue(QJsonObject()) << QByteArray("{}");
    QTest::newRow("empty array") << QJsonValue(QJsonArray()) << QByteArray("[]");
    QTest::newRow("empty string") << QJsonValue(QString()) << QByteArray(R"("")");
    QTest::newRow("empty values in a record-like object")
        << QJsonValue(QJsonObject {{QStringLiteral("values"), QJsonObject()},
                                   {QStringLiteral("entered_by"), QJsonArray()},
                                   {QStringLiteral("observaciones"), QString()}})
        << QByteArray(R"({"entered_by":[],"observaciones":"","values":{}})");
}

void TestRecords::canonicalSerialization()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    Result<QByteArray> bytes = CanonicalJson::serialize(value);
    ACTA_VERIFY_OK(bytes);
    QCOMPARE(*bytes, expected);
    // Stable: what is read back spells the same bytes again.
    if (value.isObject()) {
        Result<QJsonObject> back = CanonicalJson::parseObject(*bytes, true);
        ACTA_VERIFY_OK(back);
        QCOMPARE(canonical(*back), expected);
    }
}

void TestRecords::canonicalRefusesWhatHasNoCanonicalForm_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("fraction") << QJsonValue(QJsonObject {{QStringLiteral("n"), 1.5}})
                              << QStringLiteral("$.n: expected an integer");
    QTest::newRow("beyond 2^53") << QJsonValue(QJsonArray {9007199254740992.0})
                                 << QStringLiteral("$[0]: expected an integer");
    QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity())
                              << QStringLiteral("expected an integer");
    QTest::newRow("unpaired surrogate") << QJsonValue(QString(QChar(0xD800)))
                                        << QStringLiteral("$: the text holds an unpaired surrogate");
    QTest::newRow("unpaired surrogate in a key")
        << QJsonValue(QJsonObject {{QString(QChar(0xDC00)), 1}}) << QStringLiteral("a key holds an unpaired surrogate");
}

void TestRecords::canonicalRefusesWhatHasNoCanonicalForm()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    Result<QByteArray> bytes = CanonicalJson::serialize(value);
    QVERIFY(!bytes);
    QVERIFY_FAILS_WITH(bytes, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(bytes, error);
}

void TestRecords::parseRequiresCanonicalBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("canonical");
    QTest::newRow("canonical") << QByteArray(R"({"a":1,"b":"x/é"})") << true;
    QTest::newRow("whitespace") << QByteArray(R"({"a": 1,"b":"x/é"})") << false;
    QTest::newRow("trailing newline") << QByteArray("{\"a\":1}\n") << false;
    QTest::newRow("key order") << QByteArray(R"({"b":"x","a":1})") << false;
    QTest::newRow("duplicate key") << QByteArray(R"({"a":1,"a":1})") << false;
    QTest::newRow("escaped slash") << QByteArray(R"({"b":"x\/y"})") << false;
    QTest::newRow("escaped letter") << QByteArray(R"({"b":"\u00e9"})") << false;
    QTest::newRow("uppercase hex escape") << QByteArray(R"({"b":"\u001F"})") << false;
    QTest::newRow("long form of a short escape") << QByteArray(R"({"b":"\u000a"})") << false;
    QTest::newRow("fraction spelling of an integer") << QByteArray(R"({"a":1.0})") << false;
    QTest::newRow("exponent") << QByteArray(R"({"a":1e2})") << false;
    QTest::newRow("negative zero") << QByteArray(R"({"a":-0})") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"a\":\"\xff\"}") << false;
    QTest::newRow("not JSON") << QByteArray("{\"a\":") << false;
    QTest::newRow("not an object") << QByteArray("[1]") << false;
}

void TestRecords::parseRequiresCanonicalBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, canonical);
    Result<QJsonObject> o = CanonicalJson::parseObject(bytes, true);
    QCOMPARE(o.isOk(), canonical);
    if (!o)
        QVERIFY2(o.error().startsWith(QStringLiteral("$")), qPrintable(o.error()));
}

void TestRecords::knownAnswerVectorWithOrigin()
{
    QFile file(QStringLiteral(ACTA_TEST_DATA "/protocol/record-kat-origin.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject kat = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!kat.isEmpty());
    Result<SigningKey> key = SigningKey::fromSeed(hex(kat.value(QStringLiteral("seed_hex")).toString().toLatin1()));
    ACTA_VERIFY_OK(key);

    const QByteArray expected = kat.value(QStringLiteral("canonical_record")).toString().toUtf8();
    Result<QByteArray> bytes = SyncRecordJson::canonicalBytes(katOriginRecord());
    ACTA_VERIFY_OK(bytes);
    QCOMPARE(*bytes, expected);
    QVERIFY(bytes->contains("\"tipo_documento\":\"Acta Prisi\xc3\xb3n\"")); // UTF-8, not escaped
    QVERIFY(bytes->contains("\"cotejada\":2,\"digitalizacion\":\"MOVIL\""));
    QVERIFY(bytes->contains("\"identity_typed\":true"));
    QCOMPARE(QString::fromLatin1(key->sign(*bytes).toBase64()),
             kat.value(QStringLiteral("signature_base64")).toString());
    Result<SignedRecord> signedRecord = SignedRecord::sign(katOriginRecord(), *key);
    ACTA_VERIFY_OK(signedRecord);
    const QByteArray envelope = kat.value(QStringLiteral("envelope")).toString().toUtf8();
    QCOMPARE(signedRecord->envelope(), envelope);
    Result<SignedRecord> read = SignedRecord::fromEnvelope(envelope);
    ACTA_VERIFY_OK(read);
    QVERIFY(read->record() == katOriginRecord());
    ACTA_VERIFY_OK(read->verify(key->publicKey()));
}

void TestRecords::recordsWithoutOriginKeepTheirBytes()
{
    // A record signed before stations sent how actas came in: it reads with none of the new
    // members, writes back byte for byte, and its signature still holds.
    QFile file(QStringLiteral(ACTA_TEST_DATA "/protocol/record-kat.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject kat = QJsonDocument::fromJson(file.readAll()).object();
    const QByteArray envelope = kat.value(QStringLiteral("envelope")).toString().toUtf8();
    const QByteArray canonical = kat.value(QStringLiteral("canonical_record")).toString().toUtf8();
    Result<SignedRecord> read = SignedRecord::fromEnvelope(envelope);
    ACTA_VERIFY_OK(read);
    const SyncRecord &r = read->record();
    QVERIFY(!r.origen && !r.digitalizacion && !r.tipoDocumento && !r.cotejada && !r.identityTyped);
    QCOMPARE(SyncRecordJson::canonicalBytes(r).value(), canonical);
    Result<SigningKey> key = SigningKey::fromSeed(hex(kat.value(QStringLiteral("seed_hex")).toString().toLatin1()));
    ACTA_VERIFY_OK(key);
    ACTA_VERIFY_OK(read->verify(key->publicKey()));
    Result<SignedRecord> again = SignedRecord::sign(r, *key);
    ACTA_VERIFY_OK(again);
    QCOMPARE(again->envelope(), envelope);
    // And none of the optional keys is ever written as null or false.
    const QJsonObject o = SyncRecordJson::toJson(r).value();
    for (const char *k : {"origen", "digitalizacion", "tipo_documento", "cotejada", "identity_typed"})
        QVERIFY2(!o.contains(QLatin1String(k)), k);
}

void TestRecords::roundTrip_data()
{
    QTest::addColumn<SyncRecord>("record");
    QTest::newRow("verified acta") << katRecord();
    QTest::newRow("sin acta") << sinActaRecord();
    SyncRecord unicode = katRecord();
    unicode.observaciones = QStringLiteral("Sección Ñ, \"comillas\" \\ / fin");
    unicode.values.insert(QStringLiteral("CAND_IND_1"), FieldValue::number(0));
    unicode.values.insert(QStringLiteral("PT-MORENA"), FieldValue::number(999999999999999));
    unicode.seq = CanonicalJson::MaxInteger;
    unicode.utcOffsetMinutes = 330;
    unicode.sinActaReason = SinActaReason::UrnaElectronica;
    QTest::newRow("unicode and limits") << unicode;
    SyncRecord local = katRecord();
    local.receivedAt = local.receivedAt.toOffsetFromUtc(-6 * 3600); // same instant, other zone
    QTest::newRow("time given in another zone") << local;
    SyncRecord witnessed = katRecord();
    witnessed.auditHead = AuditHead {42, QString(64, QLatin1Char('c'))};
    QTest::newRow("with the station's audit head") << witnessed;
    QTest::newRow("with how it came in and was checked") << katOriginRecord();
    for (const QString &tipo : Digitization::tiposDocumento()) {
        SyncRecord each = katRecord();
        each.tipoDocumento = tipo;
        QTest::newRow(qPrintable(QStringLiteral("tipo_documento %1").arg(tipo))) << each;
    }
    for (int c : {1, 3}) {
        SyncRecord each = katRecord();
        each.cotejada = c;
        QTest::newRow(qPrintable(QStringLiteral("cotejada %1 alone").arg(c))) << each;
    }
    SyncRecord scanner = katRecord();
    scanner.origen = QStringLiteral("CATD");
    scanner.digitalizacion = QStringLiteral("ESCANER");
    QTest::newRow("scanned at the CATD") << scanner;
    SyncRecord urna = katRecord();
    urna.digitalizacion = QStringLiteral("URNA");
    QTest::newRow("electronic ballot box") << urna;
}

void TestRecords::roundTrip()
{
    QFETCH(SyncRecord, record);
    Result<QByteArray> bytes = SyncRecordJson::canonicalBytes(record);
    ACTA_VERIFY_OK(bytes);
    Result<SyncRecord> back = SyncRecordJson::fromCanonicalBytes(*bytes);
    ACTA_VERIFY_OK(back);
    QVERIFY(*back == record);
    QCOMPARE(SyncRecordJson::canonicalBytes(*back).value(), *bytes);

    Result<SignedRecord> s = SignedRecord::sign(record, *m_key);
    ACTA_VERIFY_OK(s);
    Result<SignedRecord> read = SignedRecord::fromEnvelope(s->envelope());
    ACTA_VERIFY_OK(read);
    QVERIFY(read->record() == record);
    QCOMPARE(read->envelope(), s->envelope());
    QVERIFY(read->verify(m_key->publicKey()));
}

using Edit = std::function<void(QJsonObject &)>;

void TestRecords::recordValidationNamesThePath_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("error");
    auto value = [](const char *field, QJsonValue v) {
        return Edit([field, v](QJsonObject &o) {
            QJsonObject values = o.value(QStringLiteral("values")).toObject();
            values.insert(QString::fromLatin1(field), v);
            o.insert(QStringLiteral("values"), values);
        });
    };
    auto set = [](const char *key, QJsonValue v) {
        return Edit([key, v](QJsonObject &o) { o.insert(QString::fromLatin1(key), v); });
    };
    auto drop = [](const char *key) {
        return Edit([key](QJsonObject &o) { o.remove(QString::fromLatin1(key)); });
    };

    QTest::newRow("value not a string") << value("PLU", 5) << QStringLiteral("$.values.PLU: expected a string");
    QTest::newRow("value leading zero") << value("PAN", QStringLiteral("085"))
                                        << QStringLiteral("$.values.PAN: expected digits");
    QTest::newRow("value negative") << value("PAN", QStringLiteral("-1"))
                                    << QStringLiteral("$.values.PAN: expected digits");
    QTest::newRow("value trailing newline")
        << value("PAN", QStringLiteral("85\n")) << QStringLiteral("$.values.PAN: expected digits");
    QTest::newRow("value publication spelling")
        << value("PAN", QStringLiteral("Ilegible")) << QStringLiteral("$.values.PAN: expected digits");
    QTest::newRow("values not an object")
        << set("values", QJsonArray()) << QStringLiteral("$.values: expected an object");
    QTest::newRow("missing seq") << drop("seq") << QStringLiteral("$.seq: missing");
    QTest::newRow("missing nullable") << drop("sin_acta_reason") << QStringLiteral("$.sin_acta_reason: missing");
    QTest::newRow("unknown field") << set("extra", 1) << QStringLiteral("$.extra: unknown field");
    QTest::newRow("seq zero") << set("seq", 0) << QStringLiteral("$.seq: 0 is outside 1..");
    QTest::newRow("seq fraction") << set("seq", 1.5) << QStringLiteral("$.seq: expected an integer");
    QTest::newRow("seq as text") << set("seq", QStringLiteral("7")) << QStringLiteral("$.seq: expected an integer");
    QTest::newRow("version zero") << set("version", 0) << QStringLiteral("$.version: 0 is outside");
    QTest::newRow("negative total") << set("total_calculado", -1) << QStringLiteral("$.total_calculado:");
    QTest::newRow("offset out of range") << set("utc_offset_min", 1441) << QStringLiteral("$.utc_offset_min:");
    QTest::newRow("wrong format") << set("format", QStringLiteral("actacapture.record/2"))
                                  << QStringLiteral("$.format: expected \"actacapture.record/1\"");
    QTest::newRow("empty station") << set("station_id", QString()) << QStringLiteral("$.station_id: must not be empty");
    QTest::newRow("time without ms") << set("received_at", QStringLiteral("2027-06-06T02:15:30Z"))
                                     << QStringLiteral("$.received_at: expected a UTC time");
    QTest::newRow("time with offset") << set("captured_at", QStringLiteral("2027-06-05T20:20:01.000-06:00"))
                                      << QStringLiteral("$.captured_at: expected a UTC time");
    QTest::newRow("impossible time") << set("verified_at", QStringLiteral("2027-02-30T02:15:30.000Z"))
                                     << QStringLiteral("$.verified_at: expected a UTC time");
    QTest::newRow("received_at null") << set("received_at", QJsonValue(QJsonValue::Null))
                                      << QStringLiteral("$.received_at: expected a string");
    QTest::newRow("contabilizada as number")
        << set("contabilizada", 1) << QStringLiteral("$.contabilizada: expected true or false");
    QTest::newRow("entered_by item") << set("entered_by", QJsonArray {QStringLiteral("a"), 2})
                                     << QStringLiteral("$.entered_by[1]: expected a user id");
    QTest::newRow("sin acta reason 5") << set("sin_acta_reason", 5) << QStringLiteral("$.sin_acta_reason:");
    // What a hub would store and publish is bounded here: a formula or a line break in a clave
    // once reached the published CSV.
    QTest::newRow("clave as formula") << set("clave_acta", QStringLiteral("=HYPERLINK(\"http://x\",\"a\")"))
                                      << QStringLiteral("$.clave_acta: \"=HYPERLINK");
    QTest::newRow("clave with newline") << set("clave_acta", QStringLiteral("210101B01\n0002"))
                                        << QStringLiteral("$.clave_acta:");
    QTest::newRow("clave lower case") << set("clave_acta", QStringLiteral("210101b010002"))
                                      << QStringLiteral("$.clave_acta:");
    QTest::newRow("clave not canonical") << set("clave_acta", QStringLiteral("210101B011002"))
                                         << QStringLiteral("$.clave_acta:");
    QTest::newRow("huge station id") << set("station_id", QString(100000, QLatin1Char('E')))
                                     << QStringLiteral("$.station_id: expected 1 to 64");
    QTest::newRow("station id with pipe")
        << set("station_id", QStringLiteral("EST|A")) << QStringLiteral("$.station_id: expected 1 to 64");
    QTest::newRow("template id as formula")
        << set("template_id", QStringLiteral("=1+1")) << QStringLiteral("$.template_id: expected 1 to 64");
    QTest::newRow("user id with newline") << set("entered_by", QJsonArray {QStringLiteral("ana\nadmin")})
                                          << QStringLiteral("$.entered_by[0]: expected a user id");
    QTest::newRow("verifier as formula") << set("verified_by", QStringLiteral("@SUM(A1)"))
                                         << QStringLiteral("$.verified_by: expected 1 to 64");
    QTest::newRow("observaciones with newline")
        << set("observaciones", QStringLiteral("a\nb")) << QStringLiteral("$.observaciones: expected at most 1000");
    QTest::newRow("observaciones too long") << set("observaciones", QString(1001, QLatin1Char('x')))
                                            << QStringLiteral("$.observaciones: expected at most 1000");
    QTest::newRow("uppercase sha") << set("image_sha256", QString(64, QLatin1Char('A')))
                                   << QStringLiteral("$.image_sha256: expected 64 lowercase");
    QTest::newRow("sha trailing newline")
        << set("image_sha256", QString(QString(64, QLatin1Char('a')) + QLatin1Char('\n')))
        << QStringLiteral("$.image_sha256: expected 64 lowercase");
    QTest::newRow("verified_by number") << set("verified_by", 3)
                                        << QStringLiteral("$.verified_by: expected a string or null");
    const QString hash(64, QLatin1Char('c'));
    QTest::newRow("audit head null") << set("audit_head", QJsonValue(QJsonValue::Null))
                                     << QStringLiteral("$.audit_head: expected an object");
    QTest::newRow("audit head seq 0") << set("audit_head",
                                             QJsonObject {{QStringLiteral("seq"), 0}, {QStringLiteral("hash"), hash}})
                                      << QStringLiteral("$.audit_head.seq: expected an integer of at least 1");
    QTest::newRow("audit head short hash")
        << set("audit_head", QJsonObject {{QStringLiteral("seq"), 3}, {QStringLiteral("hash"), QStringLiteral("ab")}})
        << QStringLiteral("$.audit_head.hash: expected 64 lowercase");
    QTest::newRow("origen unknown") << set("origen", QStringLiteral("ESCANER"))
                                    << QStringLiteral("$.origen: expected one of \"CASILLA\", \"CATD\"");
    QTest::newRow("origen lower case") << set("origen", QStringLiteral("catd")) << QStringLiteral("$.origen: expected");
    QTest::newRow("origen null") << set("origen", QJsonValue(QJsonValue::Null))
                                 << QStringLiteral("$.origen: expected a string");
    QTest::newRow("digitalizacion unknown")
        << set("digitalizacion", QStringLiteral("FAX"))
        << QStringLiteral("$.digitalizacion: expected one of \"MOVIL\", \"ESCANER\", \"URNA\"");
    QTest::newRow("digitalizacion empty")
        << set("digitalizacion", QString()) << QStringLiteral("$.digitalizacion: must not be empty");
    QTest::newRow("tipo_documento without accent")
        << set("tipo_documento", QStringLiteral("Acta Prision")) << QStringLiteral("$.tipo_documento: expected one of");
    QTest::newRow("tipo_documento other case")
        << set("tipo_documento", QStringLiteral("ACTA PREP")) << QStringLiteral("$.tipo_documento: expected one of");
    QTest::newRow("tipo_documento as formula")
        << set("tipo_documento", QStringLiteral("=1+1")) << QStringLiteral("$.tipo_documento: expected one of");
    QTest::newRow("tipo_documento number")
        << set("tipo_documento", 1) << QStringLiteral("$.tipo_documento: expected a string");
    QTest::newRow("cotejada 0") << set("cotejada", 0) << QStringLiteral("$.cotejada: 0 is outside 1..3");
    QTest::newRow("cotejada 4") << set("cotejada", 4) << QStringLiteral("$.cotejada: 4 is outside 1..3");
    QTest::newRow("cotejada as text") << set("cotejada", QStringLiteral("1"))
                                      << QStringLiteral("$.cotejada: expected an integer");
    QTest::newRow("cotejada null") << set("cotejada", QJsonValue(QJsonValue::Null))
                                   << QStringLiteral("$.cotejada: expected an integer");
    QTest::newRow("identity_typed false")
        << set("identity_typed", false) << QStringLiteral("$.identity_typed: expected true (left out when false)");
    QTest::newRow("identity_typed as number")
        << set("identity_typed", 1) << QStringLiteral("$.identity_typed: expected true or false");
    auto sinActaWith = [](const char *key, QJsonValue v) {
        return Edit([key, v](QJsonObject &o) {
            o.insert(QStringLiteral("sin_acta_reason"), 1);
            o.insert(QString::fromLatin1(key), v);
        });
    };
    QTest::newRow("sin acta with origen")
        << sinActaWith("origen", QStringLiteral("CATD")) << QStringLiteral("$.origen: not in a sin acta record");
    QTest::newRow("sin acta with cotejada")
        << sinActaWith("cotejada", 1) << QStringLiteral("$.cotejada: not in a sin acta record");
    QTest::newRow("sin acta with identity typed")
        << sinActaWith("identity_typed", true) << QStringLiteral("$.identity_typed: not in a sin acta record");
    QTest::newRow("audit head extra field")
        << set("audit_head",
               QJsonObject {{QStringLiteral("seq"), 3}, {QStringLiteral("hash"), hash}, {QStringLiteral("at"), 1}})
        << QStringLiteral("$.audit_head.at: unknown field");
}

void TestRecords::recordValidationNamesThePath()
{
    QFETCH(Edit, edit);
    QFETCH(QString, error);
    QJsonObject o = SyncRecordJson::toJson(katRecord()).value();
    edit(o);
    Result<SyncRecord> r = SyncRecordJson::fromJson(o);
    QVERIFY(!r);
    QVERIFY2(r.error().startsWith(error), qPrintable(r.error()));
}

void TestRecords::recordsThatCannotBeSignedAreRefused()
{
    SyncRecord r = katRecord();
    r.seq = 0;
    Result<SignedRecord> s = SignedRecord::sign(r, *m_key);
    QVERIFY(!s);
    QVERIFY_FAILS_WITH(s, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(s, QStringLiteral("$.seq"));
    r = katRecord();
    r.clave.clear();
    QVERIFY(!SignedRecord::sign(r, *m_key));
    r = katRecord();
    r.receivedAt = QDateTime();
    QVERIFY(!SignedRecord::sign(r, *m_key));
}

// How a forged or damaged envelope is caught: at reading (form) or at verification (signature).
void TestRecords::tamperDetection_data()
{
    QTest::addColumn<QByteArray>("envelope");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QString>("error");

    const SignedRecord good = SignedRecord::sign(katRecord(), *m_key).value();
    const QByteArray pk = m_key->publicKey();
    const QJsonObject envelope = CanonicalJson::parseObject(good.envelope(), true).value();
    auto withRecord = [&](const std::function<void(QJsonObject &)> &edit) {
        QJsonObject e = envelope;
        QJsonObject r = e.value(QStringLiteral("record")).toObject();
        edit(r);
        e.insert(QStringLiteral("record"), r);
        return canonical(e); // a well-formed envelope: only the signature can catch it
    };
    const QString badSignature = QStringLiteral("The signature does not match");

    QTest::newRow("untouched") << good.envelope() << pk << QString();
    const QList<std::pair<const char *, QJsonValue>> changes {
        {"station_id", QStringLiteral("EST-000000000000")},
        {"seq", 8},
        {"clave_acta", QStringLiteral("010338B010001")},
        {"template_id", QStringLiteral("other")},
        {"version", 3},
        {"total_calculado", 209},
        {"contabilizada", false},
        {"observaciones", QString()},
        {"image_sha256", QString(64, QLatin1Char('0'))},
        {"received_at", QStringLiteral("2027-06-06T02:15:30.126Z")},
        {"captured_at", QJsonValue(QJsonValue::Null)},
        {"verified_at", QStringLiteral("2027-06-06T02:31:45.501Z")},
        {"utc_offset_min", -300},
        {"entered_by", QJsonArray {QStringLiteral("capturista2"), QStringLiteral("maría.peña")}},
        {"verified_by", QJsonValue(QJsonValue::Null)},
        {"sin_acta_reason", 1},
        {"simulated", false},
    };
    for (const auto &[key, v] : changes) {
        const QString k = QString::fromLatin1(key);
        const QJsonValue changed = v;
        QTest::addRow("changed %s", key) << withRecord([&](QJsonObject &r) { r.insert(k, changed); }) << pk
                                         << badSignature;
    }
    QTest::newRow("changed value") << withRecord([](QJsonObject &r) {
        QJsonObject values = r.value(QStringLiteral("values")).toObject();
        values.insert(QStringLiteral("PAN"), QStringLiteral("86"));
        r.insert(QStringLiteral("values"), values);
    }) << pk << badSignature;
    QTest::newRow("added value") << withRecord([](QJsonObject &r) {
        QJsonObject values = r.value(QStringLiteral("values")).toObject();
        values.insert(QStringLiteral("PVEM"), QStringLiteral("0"));
        r.insert(QStringLiteral("values"), values);
    }) << pk << badSignature;
    QTest::newRow("removed value") << withRecord([](QJsonObject &r) {
        QJsonObject values = r.value(QStringLiteral("values")).toObject();
        values.remove(QStringLiteral("NULOS"));
        r.insert(QStringLiteral("values"), values);
    }) << pk << badSignature;

    QByteArray flipped = good.signature();
    flipped[10] = char(flipped[10] ^ 0x01);
    QJsonObject e = envelope;
    e.insert(QStringLiteral("signature"), QString::fromLatin1(flipped.toBase64()));
    QTest::newRow("signature bit flip") << canonical(e) << pk << badSignature;

    QTest::newRow("wrong key") << good.envelope() << m_otherKey->publicKey() << QStringLiteral("names key");
    e = envelope;
    e.insert(QStringLiteral("key"), m_otherKey->fingerprint());
    QTest::newRow("claims the other key") << canonical(e) << m_otherKey->publicKey() << badSignature;
    const SignedRecord byOther = SignedRecord::sign(katRecord(), *m_otherKey).value();
    e = envelope;
    e.insert(QStringLiteral("signature"), QString::fromLatin1(byOther.signature().toBase64()));
    QTest::newRow("signature by another key") << canonical(e) << pk << badSignature;

    QByteArray reordered = good.envelope();
    const qsizetype recordAt = reordered.indexOf("\"record\":");
    const QByteArray keyPart = reordered.mid(1, recordAt - 1); // "key":"...",
    reordered.remove(1, keyPart.size());
    reordered.insert(reordered.size() - 1, ',' + keyPart.chopped(1));
    QTest::newRow("envelope keys reordered") << reordered << pk << QStringLiteral("not in canonical form");
    QByteArray recordReordered = good.envelope();
    recordReordered.replace("\"captured_at\":\"2027-06-06T02:20:01.000Z\",\"clave_acta\":\"010338B010002\"",
                            "\"clave_acta\":\"010338B010002\",\"captured_at\":\"2027-06-06T02:20:01.000Z\"");
    QVERIFY(recordReordered != good.envelope());
    QTest::newRow("record keys reordered") << recordReordered << pk << QStringLiteral("not in canonical form");
    QByteArray spaced = good.envelope();
    spaced.replace("\"seq\":7", "\"seq\": 7");
    QTest::newRow("whitespace") << spaced << pk << QStringLiteral("not in canonical form");

    e = envelope;
    e.insert(QStringLiteral("note"), QStringLiteral("hi"));
    QTest::newRow("extra envelope field") << canonical(e) << pk << QStringLiteral("$.note: unknown field");
    QTest::newRow("extra record field") << withRecord([](QJsonObject &r) { r.insert(QStringLiteral("x"), 1); }) << pk
                                        << QStringLiteral("$.record.x: unknown field");
    QTest::newRow("missing record field") << withRecord([](QJsonObject &r) { r.remove(QStringLiteral("verified_by")); })
                                          << pk << QStringLiteral("$.record.verified_by: missing");
    e = envelope;
    e.remove(QStringLiteral("signature"));
    QTest::newRow("missing signature") << canonical(e) << pk << QStringLiteral("$.signature: expected 64 bytes");
    e = envelope;
    e.insert(QStringLiteral("signature"), QString::fromLatin1(good.signature().left(63).toBase64()));
    QTest::newRow("short signature") << canonical(e) << pk << QStringLiteral("$.signature: expected 64 bytes");
    e = envelope;
    e.insert(QStringLiteral("signature"),
             QString::fromLatin1(good.signature().toBase64(QByteArray::OmitTrailingEquals)));
    QTest::newRow("unpadded signature") << canonical(e) << pk << QStringLiteral("$.signature: expected 64 bytes");
    QTest::newRow("oversized") << QByteArray(SignedRecord::MaxEnvelopeSize + 1, ' ') << pk
                               << QStringLiteral("more than the");
    e = envelope;
    e.remove(QStringLiteral("key"));
    QTest::newRow("missing key") << canonical(e) << pk << QStringLiteral("$.key: expected a key fingerprint");
    e = envelope;
    e.remove(QStringLiteral("record"));
    QTest::newRow("missing record") << canonical(e) << pk << QStringLiteral("$.record: expected an object");
}

void TestRecords::tamperDetection()
{
    QFETCH(QByteArray, envelope);
    QFETCH(QByteArray, publicKey);
    QFETCH(QString, error);
    Result<SignedRecord> read = SignedRecord::fromEnvelope(envelope);
    Status verified = read ? read->verify(publicKey) : Status(read.takeError());
    if (error.isEmpty()) {
        ACTA_VERIFY_OK(verified);
        return;
    }
    QVERIFY(!verified);
    QVERIFY_MESSAGE_NAMES(verified, error);
}

void TestRecords::enrollmentRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("enrollment.json"));
    const EnrollmentRequest request
        = EnrollmentRequest::forKey(QStringLiteral("EST-0A1B2C3D4E5F"), QStringLiteral("CATD 01 Sección Ñ"), *m_key,
                                    fromStoredUtc(QStringLiteral("2027-06-01T12:00:00.000Z")));
    QCOMPARE(request.fingerprint(), m_key->fingerprint());
    Status written = request.write(path);
    ACTA_VERIFY_OK(written);
    Result<EnrollmentRequest> read = EnrollmentRequest::read(path);
    ACTA_VERIFY_OK(read);
    QVERIFY(*read == request);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QCOMPARE(text, request.toJson().value());
    QVERIFY(text.endsWith("}\n"));
    QVERIFY(text.contains("\"format\":\"actacapture.enrollment/1\""));
    QVERIFY(text.contains(QByteArray("\"fingerprint\":\"" + m_key->fingerprint().toLatin1() + '"')));
    QVERIFY(text.contains(QByteArray("\"public_key\":\"" + m_key->publicKey().toHex() + '"')));

    // Any JSON spelling of the same content reads (the file is not signed).
    const QByteArray pretty = QJsonDocument::fromJson(text).toJson(QJsonDocument::Indented);
    Result<EnrollmentRequest> fromPretty = EnrollmentRequest::fromJson(pretty);
    ACTA_VERIFY_OK(fromPretty);
    QVERIFY(*fromPretty == request);

    EnrollmentRequest incomplete = request;
    incomplete.publicKey.chop(1);
    QVERIFY(!incomplete.write(dir.filePath(QStringLiteral("bad.json"))));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bad.json"))));
    QVERIFY(!request.write(dir.filePath(QStringLiteral("missing/folder/enrollment.json"))));
}

void TestRecords::enrollmentRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    const EnrollmentRequest request
        = EnrollmentRequest::forKey(QStringLiteral("EST-1"), QStringLiteral("CATD 01"), SigningKey::generate(),
                                    fromStoredUtc(QStringLiteral("2027-06-01T12:00:00.000Z")));
    const QJsonObject good = QJsonDocument::fromJson(request.toJson().value()).object();
    auto edited = [&](const char *key, const QJsonValue &v) {
        QJsonObject o = good;
        if (v.isUndefined())
            o.remove(QString::fromLatin1(key));
        else
            o.insert(QString::fromLatin1(key), v);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("good") << request.toJson().value() << QString();
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("not JSON") << QByteArray("station=EST-1") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("$: expected a JSON object");
    QTest::newRow("wrong format") << edited("format", QStringLiteral("actacapture.enrollment/2"))
                                  << QStringLiteral("$.format: expected");
    QTest::newRow("missing station") << edited("station_id", QJsonValue(QJsonValue::Undefined))
                                     << QStringLiteral("$.station_id: missing");
    QTest::newRow("blank name") << edited("station_name", QStringLiteral("  "))
                                << QStringLiteral("$.station_name: expected a non-empty string");
    QTest::newRow("key as number") << edited("public_key", 5) << QStringLiteral("$.public_key: expected a non-empty");
    QTest::newRow("short key") << edited("public_key", QStringLiteral("abcd"))
                               << QStringLiteral("$.public_key: expected 64 lowercase");
    QTest::newRow("key with newline") << edited(
        "public_key", QString(good.value(QStringLiteral("public_key")).toString() + QLatin1Char('\n')))
                                      << QStringLiteral("$.public_key: expected 64 lowercase");
    QTest::newRow("uppercase key") << edited("public_key",
                                             good.value(QStringLiteral("public_key")).toString().toUpper())
                                   << QStringLiteral("$.public_key: expected 64 lowercase");
    QTest::newRow("fingerprint of another key")
        << edited("fingerprint", SigningKey::generate().fingerprint()) << QStringLiteral("$.fingerprint:");
    QTest::newRow("bad time") << edited("created_at", QStringLiteral("yesterday")) << QStringLiteral("$.created_at:");
    QTest::newRow("unknown field") << edited("signature", QStringLiteral("x"))
                                   << QStringLiteral("$.signature: unknown");
    QTest::newRow("too large") << QByteArray(EnrollmentRequest::MaxFileSize + 1, ' ') << QStringLiteral("too large");
}

void TestRecords::enrollmentRefusesBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("enrollment.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    Result<EnrollmentRequest> r = EnrollmentRequest::read(path);
    if (error.isEmpty()) {
        ACTA_VERIFY_OK(r);
        return;
    }
    QVERIFY(!r);
    QVERIFY_MESSAGE_NAMES(r, error);
    QVERIFY_MESSAGE_NAMES(r, path);
    QVERIFY(!EnrollmentRequest::read(dir.filePath(QStringLiteral("absent.json"))));
}

void TestRecords::secretKeySaveAndLoad()
{
    const SigningKey key = SigningKey::generate();
    const SecureBytes stored = key.secretKey();
    QCOMPARE(stored.size(), SigningKey::SecretKeySize);
    Result<SigningKey> loaded = SigningKey::fromSecretKey(stored);
    ACTA_VERIFY_OK(loaded);
    QCOMPARE(loaded->publicKey(), key.publicKey());
    QCOMPARE(loaded->fingerprint(), key.fingerprint());
    QCOMPARE(loaded->sign("acta"), key.sign("acta")); // Ed25519 signatures are deterministic
    QVERIFY(loaded->secretKey().equals(stored));

    QVERIFY(!SigningKey::fromSecretKey(SecureBytes(SigningKey::SecretKeySize - 1)));
    QVERIFY(!SigningKey::fromSecretKey(SecureBytes()));
    SecureBytes damaged = stored.clone();
    damaged.data()[SigningKey::SecretKeySize - 1] ^= 0x01;
    Result<SigningKey> refused = SigningKey::fromSecretKey(damaged);
    QVERIFY(!refused);
    QVERIFY_FAILS_WITH(refused, ErrorCode::Integrity);
    QVERIFY(!SigningKey::fromSeed(SecureBytes(31)));

    QVERIFY(SigningKey::generate().publicKey() != key.publicKey());
}

void TestRecords::fingerprintFormat()
{
    const QString f = m_key->fingerprint();
    QCOMPARE(f.size(), 39);
    QVERIFY(SigningKey::isFingerprint(f));
    QCOMPARE(f.count(QLatin1Char('-')), 7);
    QCOMPARE(SigningKey::fingerprintOf(m_key->publicKey()), f);
    QVERIFY(m_otherKey->fingerprint() != f);
    QVERIFY(!SigningKey::isFingerprint(f.toUpper()));
    QVERIFY(!SigningKey::isFingerprint(f.left(38)));
    QVERIFY(!SigningKey::isFingerprint(QString(f).remove(QLatin1Char('-'))));
    QVERIFY(!SigningKey::isFingerprint(f + QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
