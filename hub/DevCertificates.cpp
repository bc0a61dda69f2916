#include "DevCertificates.h"

#include <memory>
#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace acta {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(ASN1_INTEGER *p) const { ASN1_INTEGER_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
};
template<typename T> using Owned = std::unique_ptr<T, Deleter>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

Owned<EVP_PKEY> makeKey()
{
    return Owned<EVP_PKEY>(EVP_EC_gen("P-256"));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// A certificate with a random 127-bit serial, valid from an hour ago (clock skew) for validDays.
Owned<X509> makeCertificate(EVP_PKEY *key, const QString &commonName, int validDays)
{
    Owned<X509> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return {};
    unsigned char serialBytes[16];
    if (RAND_bytes(serialBytes, sizeof serialBytes) != 1)
        return {};
    serialBytes[0] &= 0x7f;
    Owned<BIGNUM> serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get())))
        return {};
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(cert.get()), long(validDays) * 24 * 3600))
        return {};
    if (X509_set_pubkey(cert.get(), key) != 1)
        return {};
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   -1, -1, 0)
        != 1)
        return {};
    return cert;
}

QByteArray certificatePem(X509 *cert)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

QByteArray keyPem(EVP_PKEY *key)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, size);
}

} // namespace

Result<DevCertificates> DevCertificates::generate(const QString &commonName, const QStringList &dnsNames,
                                                  const QStringList &ipAddresses, int validDays)
{
    auto failed = [](const QString &step) {
        return fail(ErrorCode::Io, tr("Cannot make the TLS certificates (%1): %2").arg(step, opensslError()));
    };
    Owned<EVP_PKEY> caKey = makeKey();
    Owned<EVP_PKEY> serverKey = makeKey();
    if (!caKey || !serverKey)
        return failed(QStringLiteral("EC P-256 key"));

    Owned<X509> ca = makeCertificate(caKey.get(), commonName + QStringLiteral(" CA"), validDays);
    if (!ca || X509_set_issuer_name(ca.get(), X509_get_subject_name(ca.get())) != 1)
        return failed(QStringLiteral("CA certificate"));
    if (!addExtension(ca.get(), ca.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
        || !addExtension(ca.get(), ca.get(), NID_key_usage, "critical,keyCertSign,cRLSign")
        || !addExtension(ca.get(), ca.get(), NID_subject_key_identifier, "hash"))
        return failed(QStringLiteral("CA extensions"));
    if (X509_sign(ca.get(), caKey.get(), EVP_sha256()) <= 0)
        return failed(QStringLiteral("CA signature"));

    Owned<X509> server = makeCertificate(serverKey.get(), commonName, validDays);
    if (!server || X509_set_issuer_name(server.get(), X509_get_subject_name(ca.get())) != 1)
        return failed(QStringLiteral("server certificate"));
    QStringList alt;
    for (const QString &dns : dnsNames)
        alt << QStringLiteral("DNS:") + dns;
    for (const QString &ip : ipAddresses)
        alt << QStringLiteral("IP:") + ip;
    if (!addExtension(server.get(), ca.get(), NID_basic_constraints, "critical,CA:FALSE")
        || !addExtension(server.get(), ca.get(), NID_key_usage, "critical,digitalSignature")
        || !addExtension(server.get(), ca.get(), NID_ext_key_usage, "serverAuth")
        || !addExtension(server.get(), ca.get(), NID_authority_key_identifier, "keyid:always")
        || (!alt.isEmpty()
            && !addExtension(server.get(), ca.get(), NID_subject_alt_name, alt.join(QLatin1Char(',')).toLatin1())))
        return failed(QStringLiteral("server extensions"));
    if (X509_sign(server.get(), caKey.get(), EVP_sha256()) <= 0)
        return failed(QStringLiteral("server signature"));

    DevCertificates out;
    out.caCertificatePem = certificatePem(ca.get());
    out.serverCertificatePem = certificatePem(server.get());
    out.serverKeyPem = keyPem(serverKey.get());
    if (out.caCertificatePem.isEmpty() || out.serverCertificatePem.isEmpty() || out.serverKeyPem.isEmpty())
        return failed(QStringLiteral("PEM"));
    return out;
}

} // namespace acta
