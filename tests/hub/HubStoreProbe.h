#pragma once

#include <QProcess>
#include <QStringList>

// Runs hub_store_probe (see hub_store_probe.cpp): a station test looks into the hub's embedded
// store from a process that has only the hub's SQLite in it.
namespace acta::test {

inline QString runHubStoreProbe(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QStringLiteral(HUB_STORE_PROBE), args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("hub_store_probe: %s", p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The first column of the first row of sql on the hub's store, or -1 when it cannot be read.
inline qint64 hubCount(const QString &storePath, const QString &sql)
{
    int rc = -1;
    const QString out = runHubStoreProbe({QStringLiteral("query"), storePath, sql}, &rc);
    bool ok = false;
    const qint64 n = out.trimmed().toLongLong(&ok);
    return rc == 0 && ok ? n : -1;
}

} // namespace acta::test
