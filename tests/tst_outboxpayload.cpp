#include "Clock.h"
#include "OutboxPayload.h"
#include "TestSupport.h"

#include <QTest>

using namespace acta;

// The outbox row's JSON: what storage queues and sync signs, written and read in one place.
class TestOutboxPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void sinActaCarriesNoFigures();
    void howItCameInAndWasChecked();
    void badPayloadsAreErrors();
};

void TestOutboxPayload::roundTrip()
{
    OutboxPayload p;
    p.clave = QStringLiteral("210101B010002");
    p.templateId = QStringLiteral("sample-dip-fed-2027");
    p.receivedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:15:30.125Z"));
    p.capturedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:20:01.000Z"));
    p.verifiedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:31:45.500Z"));
    p.utcOffsetMinutes = -360;
    Tally t;
    t.set(QStringLiteral("PLU"), FieldValue::number(120));
    t.set(QStringLiteral("NULOS"), FieldValue::ilegible());
    p.values = t;
    p.enteredBy = {QStringLiteral("ana"), QStringLiteral("beto")};
    p.verifiedBy = QStringLiteral("carla");
    p.imageSha256 = QString(64, QLatin1Char('a'));
    const Result<OutboxPayload> back = OutboxPayload::fromJson(p.toJson());
    QVERIFY_OK(back);
    QCOMPARE(*back, p);
    // The keys rows have always been written with (rows queued by earlier versions still read).
    const QByteArray json = p.toJson();
    for (const char *key : {"clave_acta", "template_id", "simulated", "received_at", "captured_at", "verified_at",
                            "utc_offset_min", "values", "entered_by", "verified_by", "image_sha256"})
        QVERIFY2(json.contains(QByteArray(QByteArray("\"") + key + "\"")), key);
    // Nothing about how it came in unless known: rows queued before keep their bytes.
    for (const char *key : {"origen", "digitalizacion", "tipo_documento", "identity_typed", "cotejada"})
        QVERIFY2(!json.contains(QByteArray(QByteArray("\"") + key + "\"")), key);
}

void TestOutboxPayload::howItCameInAndWasChecked()
{
    OutboxPayload p;
    p.clave = QStringLiteral("210101B010002");
    p.templateId = QStringLiteral("t");
    p.values = Tally();
    p.digitization = Digitization::of(Digitization::Kind::CatdPhoto, QStringLiteral("Acta Consejo S"));
    p.cotejada = 2;
    Result<OutboxPayload> back = OutboxPayload::fromJson(p.toJson());
    QVERIFY_OK(back);
    QCOMPARE(*back, p);
    QVERIFY(!p.toJson().contains("identity_typed")); // written only when true
    p.digitization->identityTyped = true;
    back = OutboxPayload::fromJson(p.toJson());
    QVERIFY_OK(back);
    QCOMPARE(*back, p);
    // A sin acta row carries none of it.
    p.sinActaReason = SinActaReason::SinSobre;
    back = OutboxPayload::fromJson(p.toJson());
    QVERIFY_OK(back);
    QVERIFY(!back->digitization && !back->cotejada);
}

void TestOutboxPayload::sinActaCarriesNoFigures()
{
    OutboxPayload p;
    p.clave = QStringLiteral("210102B010002");
    p.templateId = QStringLiteral("t");
    p.simulated = true;
    p.sinActaReason = SinActaReason(3);
    const Result<OutboxPayload> back = OutboxPayload::fromJson(p.toJson());
    QVERIFY_OK(back);
    QCOMPARE(back->sinActaReason, std::optional<SinActaReason>(SinActaReason(3)));
    QVERIFY(!back->values);
    QVERIFY(back->simulated);
    QVERIFY(!back->receivedAt.isValid());
}

void TestOutboxPayload::badPayloadsAreErrors()
{
    QVERIFY(!OutboxPayload::fromJson("{not json"));
    QVERIFY(!OutboxPayload::fromJson("[1, 2]"));
    QVERIFY(!OutboxPayload::fromJson(R"({"sin_acta_reason": 9})"));
    const Result<OutboxPayload> field = OutboxPayload::fromJson(R"({"values": {"PLU": "doce"}})");
    QVERIFY(!field);
    QVERIFY_MESSAGE_NAMES(field, QStringLiteral("PLU"));
    QVERIFY(!OutboxPayload::fromJson(R"({"origen": "CATD", "digitalizacion": "FAX", "tipo_documento": "Acta PREP"})"));
    QVERIFY(!OutboxPayload::fromJson(R"({"cotejada": 4})"));
}

QTEST_GUILESS_MAIN(TestOutboxPayload)
#include "tst_outboxpayload.moc"
