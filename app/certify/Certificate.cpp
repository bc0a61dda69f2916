#include "Certificate.h"

#include "CanonicalJson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace acta {

QString Certificate::kindName(Kind kind)
{
    return kind == Kind::Start ? QStringLiteral("inicio") : QStringLiteral("cierre");
}

QString Certificate::issuerKindName(Issuer issuer)
{
    return issuer == Issuer::Station ? QStringLiteral("estacion") : QStringLiteral("concentrador");
}

QString Certificate::title() const
{
    return kind == Kind::Start ? tr("Certificate of the start of operations")
                               : tr("Certificate of the close of operations");
}

QString Certificate::baseFileName() const
{
    QString id = issuerId;
    id.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("certificado-%1-%2-%3")
        .arg(kindName(kind), id, issuedUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

QJsonObject Certificate::toJson() const
{
    QJsonArray fileList;
    for (const SoftwareFingerprint::File &file : files)
        fileList.append(QJsonObject {{QStringLiteral("path"), file.path}, {QStringLiteral("sha256"), file.sha256}});
    QJsonObject facts;
    for (const CertificateSection &section : sections) {
        QJsonObject values;
        for (const CertificateFact &fact : section.facts)
            values.insert(fact.key, fact.value);
        facts.insert(section.key, values);
    }
    return QJsonObject {
        {QStringLiteral("format"), Format},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("issuer"), issuerKindName(issuer)},
        {QStringLiteral("issuer_id"), issuerId},
        {QStringLiteral("issuer_name"), issuerName},
        {QStringLiteral("mode"), drill ? QStringLiteral("simulacro") : QStringLiteral("produccion")},
        {QStringLiteral("issued_at"), issuedUtc.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("issued_by"), issuedBy},
        {QStringLiteral("software_version"), softwareVersion},
        {QStringLiteral("software"),
         QJsonObject {{QStringLiteral("fingerprint"), fingerprint},
                      {QStringLiteral("reference"), referenceFingerprint},
                      {QStringLiteral("reference_file"), referenceFile},
                      {QStringLiteral("root"), installRoot},
                      {QStringLiteral("files"), fileList}}},
        {QStringLiteral("facts"), facts},
    };
}

Result<QByteArray> SignedCertificate::sign(const Certificate &certificate, const SigningKey &key)
{
    const QJsonObject body = certificate.toJson();
    Result<QByteArray> bytes = CanonicalJson::serialize(body);
    if (!bytes)
        return bytes.takeError();
    const QByteArray signature = key.sign(*bytes);
    return CanonicalJson::serialize(QJsonObject {
        {QStringLiteral("certificate"), body},
        {QStringLiteral("key"), key.fingerprint()},
        {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().toBase64())},
        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())},
    });
}

Result<SignedCertificate::Checked> SignedCertificate::verify(QByteArrayView envelope,
                                                             const QString &expectedFingerprint)
{
    if (envelope.size() > Certificate::MaxSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The certificate is larger than any certificate (%1 bytes at most).").arg(Certificate::MaxSize));
    Result<QJsonObject> object = CanonicalJson::parseObject(envelope, true);
    if (!object)
        return fail(ErrorCode::InvalidInput, tr("The certificate is not canonical JSON: %1").arg(object.error()));
    const QStringList keys = object->keys();
    if (keys
            != QStringList {QStringLiteral("certificate"), QStringLiteral("key"), QStringLiteral("public_key"),
                            QStringLiteral("signature")}
        || !object->value(QStringLiteral("certificate")).isObject())
        return fail(ErrorCode::InvalidInput,
                    tr("The certificate must hold exactly certificate, key, public_key and signature."));
    const QJsonObject body = object->value(QStringLiteral("certificate")).toObject();
    if (body.value(QStringLiteral("format")).toString() != Certificate::Format)
        return fail(ErrorCode::Incompatible, tr("Not a certificate of format %1.").arg(Certificate::Format));
    const QString fingerprint = object->value(QStringLiteral("key")).toString();
    const QByteArray publicKey = QByteArray::fromBase64(
        object->value(QStringLiteral("public_key")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray signature = QByteArray::fromBase64(
        object->value(QStringLiteral("signature")).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (publicKey.size() != SigningKey::PublicKeySize || SigningKey::fingerprintOf(publicKey) != fingerprint)
        return fail(
            ErrorCode::Integrity,
            tr("The certificate's public key does not match its fingerprint %1.").arg(fingerprint.toHtmlEscaped()));
    if (!expectedFingerprint.isEmpty() && fingerprint != expectedFingerprint)
        return fail(ErrorCode::Integrity,
                    tr("The certificate was signed with key %1, not with %2.").arg(fingerprint, expectedFingerprint));
    Result<QByteArray> bytes = CanonicalJson::serialize(body);
    if (!bytes)
        return bytes.takeError();
    if (Status s = SigningKey::verify(publicKey, *bytes, signature); !s)
        return fail(ErrorCode::Integrity, tr("The certificate's signature does not hold: %1").arg(s.error()));
    return Checked {body, fingerprint};
}

} // namespace acta
