#include "HubDataDir.h"

#include "DevCertificates.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>

#include <tuple>

namespace acta {

namespace {

Status writePrivate(const QString &path, const QByteArray &bytes, bool secret = true)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, HubDataDir::tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Owner only, before any secret byte is written.
    file.setPermissions(secret ? QFileDevice::ReadOwner | QFileDevice::WriteOwner
                               : QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                | QFileDevice::ReadOther);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, HubDataDir::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

HubDataDir::HubDataDir(QString path)
    : m_path(std::move(path))
{ }

QString HubDataDir::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/hub");
}

QString HubDataDir::storePath() const
{
    return m_path + QStringLiteral("/hub.sqlite");
}
QString HubDataDir::keyPath() const
{
    return m_path + QStringLiteral("/hub-signing.key");
}
QString HubDataDir::caCertificatePath() const
{
    return m_path + QStringLiteral("/tls/ca.pem");
}
QString HubDataDir::serverCertificatePath() const
{
    return m_path + QStringLiteral("/tls/server.pem");
}
QString HubDataDir::serverKeyPath() const
{
    return m_path + QStringLiteral("/tls/server-key.pem");
}
QString HubDataDir::accessLogPath() const
{
    return m_path + QStringLiteral("/access.log");
}
QString HubDataDir::publicationPath() const
{
    return m_path + QStringLiteral("/publication");
}

Result<QStringList> HubDataDir::init()
{
    QStringList made;
    if (!QDir().mkpath(m_path + QStringLiteral("/tls")) || !QDir().mkpath(publicationPath()))
        return fail(ErrorCode::Io, tr("Cannot create the hub data directory %1.").arg(m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    if (!QFile::exists(keyPath())) {
        const SigningKey key = SigningKey::generate();
        const SecureBytes secret = key.secretKey();
        // Hex on disk; protected by the file's permissions (the hub has no passphrase to ask for).
        Status written
            = writePrivate(keyPath(), QByteArray(secret.constChars(), secret.size()).toHex() + QByteArrayLiteral("\n"));
        if (!written)
            return written.takeError();
        made << tr("hub signing key %1 (%2)").arg(keyPath(), key.fingerprint());
    }
    if (!QFile::exists(caCertificatePath()) || !QFile::exists(serverCertificatePath())
        || !QFile::exists(serverKeyPath())) {
        Result<DevCertificates> certs
            = DevCertificates::generate(QStringLiteral("actahub"), {QStringLiteral("localhost")},
                                        {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}, 825);
        if (!certs)
            return certs.takeError();
        for (const auto &[path, bytes, secret] :
             {std::tuple {caCertificatePath(), certs->caCertificatePem, false},
              std::tuple {serverCertificatePath(), certs->serverCertificatePem, false},
              std::tuple {serverKeyPath(), certs->serverKeyPem, true}}) {
            Status written = writePrivate(path, bytes, secret);
            if (!written)
                return written.takeError();
        }
        made << tr("TLS CA certificate %1 (pin it in the stations)").arg(caCertificatePath());
        made << tr("TLS server certificate %1 for localhost, 127.0.0.1 and ::1").arg(serverCertificatePath());
    }
    return made;
}

Result<SigningKey> HubDataDir::hubKey() const
{
    QFile file(keyPath());
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ErrorCode::NotFound,
            tr("Cannot read the hub key %1: %2 (run `actahub init` first).").arg(keyPath(), file.errorString()));
    const QByteArray hex = file.read(1024).trimmed();
    SecureBytes secret = SecureBytes::copyOf(QByteArray::fromHex(hex));
    Result<SigningKey> key = SigningKey::fromSecretKey(secret);
    if (!key)
        return fail(ErrorCode::Integrity, tr("The hub key %1 is damaged: %2").arg(keyPath(), key.error()));
    return key;
}

Result<QSslConfiguration> HubDataDir::serverTls() const
{
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(serverCertificatePath(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(
            ErrorCode::NotFound,
            tr("Cannot read the TLS server certificate %1 (run `actahub init` first).").arg(serverCertificatePath()));
    QFile keyFile(serverKeyPath());
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    tr("Cannot read the TLS server key %1: %2").arg(serverKeyPath(), keyFile.errorString()));
    const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return fail(ErrorCode::InvalidInput,
                    tr("The TLS server key %1 is not an EC private key in PEM.").arg(serverKeyPath()));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // stations authenticate by signature, not certificate
    return tls;
}

} // namespace acta
