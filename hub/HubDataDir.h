#pragma once

#include "Result.h"
#include "SigningKey.h"

#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace acta {

// The hub's data directory: its Ed25519 key, its TLS material, the embedded store, the access
// log and the publication folder. Shared by every hub process serving one database.
class HubDataDir
{
    Q_DECLARE_TR_FUNCTIONS(HubDataDir)

public:
    explicit HubDataDir(QString path);
    static QString defaultPath(); // QStandardPaths::AppDataLocation + "/hub"

    const QString &path() const { return m_path; }
    QString storePath() const; // hub.sqlite
    QString keyPath() const; // hub-signing.key
    QString caCertificatePath() const; // tls/ca.pem: what stations pin
    QString serverCertificatePath() const; // tls/server.pem
    QString serverKeyPath() const; // tls/server-key.pem
    QString accessLogPath() const; // access.log
    QString publicationPath() const; // publication/

    // Creates what is missing (never replaces a key or a certificate) and returns what it made.
    Result<QStringList> init();
    Result<SigningKey> hubKey() const;
    Result<QSslConfiguration> serverTls() const;

private:
    QString m_path;
};

} // namespace acta
