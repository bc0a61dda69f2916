#pragma once

#include "Result.h"
#include "SigningKey.h"
#include "SoftwareFingerprint.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace acta {

// One certified fact: its key in the JSON twin, its label on the PDF, and its value (a string,
// an integer, a boolean or a list of strings).
struct CertificateFact
{
    QString key;
    QString label; // translated
    QJsonValue value;
};

struct CertificateSection
{
    QString key;
    QString title; // translated
    QList<CertificateFact> facts;
};

// A certificate of the start or close of operations (docs/certification.md): who issues it
// (a station or a hub), the software fingerprint, and the facts certified, in sections. It is
// written twice: a PDF for the notary's and the witnesses' signatures, and a JSON twin signed
// with the issuer's Ed25519 key (the station's key, or the hub's), whose SHA-256 the PDF prints.
struct Certificate
{
    Q_DECLARE_TR_FUNCTIONS(Certificate)

public:
    enum class Kind { Start, Close };
    enum class Issuer { Station, Hub };

    static inline const QString Format = QStringLiteral("actacapture.certificate/1");
    static constexpr qsizetype MaxSize = 4 * 1024 * 1024;

    Kind kind = Kind::Start;
    Issuer issuer = Issuer::Station;
    QString issuerId; // station id, or the hub's name
    QString issuerName;
    bool drill = false;
    QDateTime issuedUtc;
    QString issuedBy; // the administrator's user name (station), the operator's (hub)
    QString softwareVersion;
    QString fingerprint; // combined digest of the installed files
    QString referenceFingerprint; // combined digest of the reference they were checked against
    QString referenceFile;
    QString installRoot; // the folder fingerprinted: the running program's own
    QList<SoftwareFingerprint::File> files;
    QList<CertificateSection> sections;

    static QString kindName(Kind kind); // "inicio", "cierre": the JSON's spelling
    static QString issuerKindName(Issuer issuer); // "estacion", "concentrador"
    QString title() const; // translated: "Certificate of the start of operations"
    // certificado-inicio-<id>-<yyyyMMddTHHmmssZ>: the PDF and the JSON take .pdf and .json.
    QString baseFileName() const;

    QJsonObject toJson() const;
};

// The JSON twin: {"certificate": {...}, "key": <fingerprint>, "public_key": <base64>,
// "signature": <base64>} in canonical form, the signature over the canonical bytes of
// "certificate". The public key travels with it for convenience; whoever checks it compares its
// fingerprint with the one they got from elsewhere (the enrollment, the notary's record).
class SignedCertificate
{
    Q_DECLARE_TR_FUNCTIONS(SignedCertificate)

public:
    static Result<QByteArray> sign(const Certificate &certificate, const SigningKey &key);

    struct Checked
    {
        QJsonObject certificate;
        QString keyFingerprint;
    };
    // Canonical bytes, known fields, the key matching its fingerprint, the signature holding.
    // With expectedFingerprint, the signing key must be that one.
    static Result<Checked> verify(QByteArrayView envelope, const QString &expectedFingerprint = QString());
};

} // namespace acta
