#pragma once

#include "Certificate.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace acta {

// The certificate on paper: A4, the facts in tables, the software fingerprint, the JSON twin's
// SHA-256 and signing key, boxes for the notary's and witnesses' signatures, the installed files
// on the last pages, and on a drill's every page SIMULACRO across it. Needs a QGuiApplication.
class CertificatePdf
{
    Q_DECLARE_TR_FUNCTIONS(CertificatePdf)

public:
    static Result<QByteArray> render(const Certificate &certificate, const QString &jsonFileName,
                                     const QString &jsonSha256, const QString &keyFingerprint,
                                     const QString &publicKeyBase64);
};

// Writes both files of a certificate into dir (created if need be), each atomically and 0600:
// <base>.json, the signed twin, then <base>.pdf. Returns the two paths (json, pdf).
struct CertificateFiles
{
    QString json;
    QString pdf;
    QString jsonSha256;
};
Result<CertificateFiles> writeCertificate(const Certificate &certificate, const SigningKey &key, const QString &dir);

} // namespace acta
