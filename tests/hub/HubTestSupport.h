#pragma once

#include "../TestSupport.h"
#include "Clock.h"
#include "EnrollmentRequest.h"
#include "Receipt.h"
#include "SignedRecord.h"
#include "SigningKey.h"
#include "SyncRecord.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace acta::test {

inline SecureBytes seed(char fill)
{
    return SecureBytes::copyOf(QByteArray(SigningKey::SeedSize, fill));
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A counted acta of the sample election (casilla 210101B0100, lista nominal 713 + 18).
inline SyncRecord sampleRecord(const QString &stationId, qint64 seq, const QString &clave, qint64 version, qint64 plu,
                               bool simulated = false)
{
    SyncRecord r;
    r.stationId = stationId;
    r.seq = seq;
    r.clave = clave;
    r.templateId = QStringLiteral("sample-dip-fed-2027");
    r.version = version;
    r.values.insert(QStringLiteral("PLU"), FieldValue::number(plu));
    r.values.insert(QStringLiteral("MRA"), FieldValue::number(40));
    r.values.insert(QStringLiteral("UNV"), FieldValue::ilegible());
    r.values.insert(QStringLiteral("NULOS"), FieldValue::number(2));
    r.totalCalculado = plu + 42;
    r.contabilizada = true;
    r.observaciones = QStringLiteral("Ilegible, Sin dato");
    r.imageSha256 = sha256Hex("image of " + clave.toLatin1() + ' ' + QByteArray::number(version));
    r.receivedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:15:30.125Z"));
    r.capturedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:20:01.000Z"));
    r.verifiedAt = fromStoredUtc(QStringLiteral("2027-06-06T02:31:45.500Z"));
    r.utcOffsetMinutes = -360;
    r.enteredBy = QStringList {QStringLiteral("capturista1"), QStringLiteral("capturista2")};
    r.verifiedBy = QStringLiteral("capturista2");
    r.simulated = simulated;
    return r;
}

inline SignedRecord signRecord(const SyncRecord &r, const SigningKey &key)
{
    Result<SignedRecord> s = SignedRecord::sign(r, key);
    Q_ASSERT(s.isOk());
    return std::move(s).value();
}

inline EnrollmentRequest enrollmentFor(const QString &stationId, const SigningKey &key)
{
    return EnrollmentRequest::forKey(stationId, QStringLiteral("Estación ") + stationId, key,
                                     fromStoredUtc(QStringLiteral("2027-06-01T12:00:00.000Z")));
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorText;
};

// One HTTPS request with QNetworkAccessManager, trusting only the given CA; waits for the answer.
inline HttpAnswer httpsRequest(QNetworkAccessManager &nam, const QList<QSslCertificate> &ca, const QByteArray &verb,
                               const QUrl &url, const QByteArray &body = {}, int timeoutMs = 30000)
{
    QNetworkRequest request(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(ca);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpAnswer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.body = reply->readAll();
    a.retryAfter = reply->rawHeader("Retry-After");
    a.error = reply->error();
    a.errorText = reply->errorString();
    reply->deleteLater();
    return a;
}

} // namespace acta::test
