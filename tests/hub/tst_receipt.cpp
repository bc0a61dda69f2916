#include "../TestSupport.h"
#include "Clock.h"
#include "Receipt.h"
#include "SigningKey.h"

#include <QTest>

using namespace acta;

class TestReceipt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownAnswer();
    void tamperIsDetected();
    void nonCanonicalRefused();
    void echoesTheAuditHead();

private:
    static SigningKey hubKey()
    {
        QByteArray seed;
        for (int i = 0; i < 32; ++i)
            seed.append(char(i));
        return SigningKey::fromSeed(SecureBytes::copyOf(seed)).value();
    }
    static Receipt receipt(const SigningKey &key)
    {
        Receipt r;
        r.hubKey = key.fingerprint();
        r.stationId = QStringLiteral("EST-0A1B2C3D4E5F");
        r.seq = 7;
        r.clave = QStringLiteral("010338B010002");
        r.version = 2;
        r.recordSha256 = QString(64, QLatin1Char('a'));
        r.receivedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:40:00.250Z"));
        return r;
    }
};

void TestReceipt::knownAnswer()
{
    const SigningKey key = hubKey();
    // Seed 00..1f: the key of tests/data/protocol/record-kat.json.
    QCOMPARE(key.fingerprint(), QStringLiteral("9d24-e2ee-af27-c2a0-88a5-64a3-2fc0-3a88"));
    Result<QByteArray> bytes = receipt(key).canonicalBytes();
    QVERIFY_OK(bytes);
    QCOMPARE(*bytes,
             QByteArray("{\"clave_acta\":\"010338B010002\",\"format\":\"actahub.receipt/1\","
                        "\"hub_key\":\"9d24-e2ee-af27-c2a0-88a5-64a3-2fc0-3a88\","
                        "\"received_at\":\"2027-06-06T02:40:00.250Z\",\"record_sha256\":\""
                        + QByteArray(64, 'a') + "\",\"seq\":7,\"station_id\":\"EST-0A1B2C3D4E5F\",\"version\":2}"));
    Result<SignedReceipt> signedReceipt = SignedReceipt::sign(receipt(key), key);
    QVERIFY_OK(signedReceipt);
    const QByteArray json = signedReceipt->toJson();
    QVERIFY(json.startsWith("{\"receipt\":{\"clave_acta\""));
    // Ed25519 is deterministic: the same receipt always has the same bytes.
    QCOMPARE(SignedReceipt::sign(receipt(key), key)->toJson(), json);
    Result<SignedReceipt> back = SignedReceipt::fromJson(json);
    QVERIFY_OK(back);
    QCOMPARE(back->receipt(), receipt(key));
    QVERIFY_OK(back->verify(key.publicKey()));
}

void TestReceipt::tamperIsDetected()
{
    const SigningKey key = hubKey();
    const SigningKey other = SigningKey::generate();
    QByteArray json = SignedReceipt::sign(receipt(key), key)->toJson();
    QVERIFY(!SignedReceipt::fromJson(json)->verify(other.publicKey()));
    json.replace("\"seq\":7", "\"seq\":8");
    Result<SignedReceipt> changed = SignedReceipt::fromJson(json);
    QVERIFY_OK(changed);
    QVERIFY(!changed->verify(key.publicKey()));
    QVERIFY(!SignedReceipt::sign(receipt(key), other)); // names another key
}

void TestReceipt::nonCanonicalRefused()
{
    const SigningKey key = hubKey();
    const QByteArray json = SignedReceipt::sign(receipt(key), key)->toJson();
    QVERIFY(!SignedReceipt::fromJson(QByteArray(json + ' ')));
    QVERIFY(!SignedReceipt::fromJson(QByteArray(json).replace("\"seq\":7", "\"seq\":7,\"x\":1")));
    QVERIFY(!SignedReceipt::fromJson(QByteArray(json).replace(".250Z", ".25Z")));
}

void TestReceipt::echoesTheAuditHead()
{
    const SigningKey key = hubKey();
    // Without a head the key is left out: receipts signed before heads existed still verify.
    const QByteArray plain = SignedReceipt::sign(receipt(key), key)->toJson();
    QVERIFY(!plain.contains("audit_head"));
    Receipt witnessed = receipt(key);
    witnessed.auditHead = AuditHead {12, QString(64, QLatin1Char('b'))};
    Result<SignedReceipt> s = SignedReceipt::sign(witnessed, key);
    QVERIFY_OK(s);
    const QByteArray json = s->toJson();
    QVERIFY(json.contains(QByteArray("\"audit_head\":{\"hash\":\"" + QByteArray(64, 'b') + "\",\"seq\":12}")));
    Result<SignedReceipt> back = SignedReceipt::fromJson(json);
    QVERIFY_OK(back);
    QCOMPARE(back->receipt().auditHead, witnessed.auditHead);
    QVERIFY_OK(back->verify(key.publicKey()));
    // The head is signed: another one does not verify.
    Result<SignedReceipt> moved = SignedReceipt::fromJson(QByteArray(json).replace("\"seq\":12", "\"seq\":11"));
    QVERIFY_OK(moved);
    QVERIFY(!moved->verify(key.publicKey()));
    QVERIFY(!SignedReceipt::fromJson(QByteArray(json).replace(QByteArray(64, 'b'), QByteArray(64, 'B'))));
}

QTEST_GUILESS_MAIN(TestReceipt)
#include "tst_receipt.moc"
