#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace acta {

// PEM text of a loopback / development TLS set-up: a self-made CA and a server certificate it
// signed. Made with OpenSSL's C API (libcrypto, which Qt's own TLS backend uses too), so no
// `openssl` program is needed. The CA's private key is not returned: it is thrown away once the
// server certificate is signed, so nothing but a new `actahub init` can issue under that CA.
struct DevCertificates
{
    Q_DECLARE_TR_FUNCTIONS(DevCertificates)

public:
    QByteArray caCertificatePem; // pinned by stations
    QByteArray serverCertificatePem;
    QByteArray serverKeyPem; // PKCS#8, unencrypted: protected by the data dir's permissions

    // ECDSA P-256 keys, SHA-256 signatures. The server certificate names every host in
    // dnsNames and ipAddresses (subjectAltName) and is valid for validDays.
    static Result<DevCertificates> generate(const QString &commonName, const QStringList &dnsNames,
                                            const QStringList &ipAddresses, int validDays);
};

} // namespace acta
