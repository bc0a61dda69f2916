#pragma once

#include "Result.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTcpServer>

#include <unistd.h>

namespace acta::test {

// A throw-away PostgreSQL server for tests (tst_hubpostgres) and benchmarks (bench_sync): initdb +
// pg_ctl in a folder of its own, listening on 127.0.0.1 at a free port with trust authentication,
// stopped when this object goes. As root it runs the server programs as the `postgres` user, since
// PostgreSQL refuses to run as root.
class PostgresServer
{
public:
    PostgresServer() = default;
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;
    ~PostgresServer() { stop(); }

    // Debian keeps the server programs in /usr/lib/postgresql/<major>/bin, off the PATH; the
    // newest major wins. Empty when initdb or pg_ctl is missing.
    static QString findPrograms()
    {
        QStringList candidates;
        const QStringList majors = QDir(QStringLiteral("/usr/lib/postgresql"))
                                       .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        for (const QString &m : majors)
            candidates << QStringLiteral("/usr/lib/postgresql/") + m + QStringLiteral("/bin");
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        if (!onPath.isEmpty())
            candidates << QFileInfo(onPath).canonicalPath();
        for (const QString &c : candidates)
            if (QFile::exists(c + QStringLiteral("/initdb")) && QFile::exists(c + QStringLiteral("/pg_ctl")))
                return c;
        return {};
    }

    // `settings` are extra `-c name=value` server options, e.g. "-c fsync=off". The folder's parent
    // must be traversable by the `postgres` user when running as root.
    Status start(const QString &binDir, const QString &folder, const QString &settings = {})
    {
        m_bin = binDir;
        m_dir = folder;
        if (!QDir().mkpath(m_dir))
            return fail(ErrorCode::Unavailable, QStringLiteral("cannot create %1").arg(m_dir));
        if (geteuid() == 0) {
            m_runAs = QStringLiteral("postgres");
            if (QProcess::execute(QStringLiteral("chown"), {m_runAs, m_dir}) != 0)
                return fail(ErrorCode::Unavailable, QStringLiteral("cannot give %1 to the postgres user").arg(m_dir));
        }
        QTcpServer probe; // a free port for the server
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(ErrorCode::Unavailable, QStringLiteral("no free port on 127.0.0.1"));
        m_port = probe.serverPort();
        probe.close();
        QString out;
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                  user(), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
                 &out))
            return fail(ErrorCode::Unavailable, QStringLiteral("initdb failed: %1").arg(out));
        const QString options
            = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 %3").arg(m_port).arg(m_dir, settings);
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logPath(), QStringLiteral("-w"),
                  QStringLiteral("-o"), options, QStringLiteral("start")},
                 &out))
            return fail(ErrorCode::Unavailable, QStringLiteral("pg_ctl start failed: %1").arg(out));
        m_started = true;
        return {};
    }

    Status createDatabase(const QString &name)
    {
        QString out;
        if (!run(QStringLiteral("createdb"),
                 {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                  QStringLiteral("-U"), user(), name},
                 &out))
            return fail(ErrorCode::Unavailable, QStringLiteral("createdb %1 failed: %2").arg(name, out));
        return {};
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user()).arg(m_port).arg(database);
    }

    // "pg_ctl (PostgreSQL) 15.x", for the benchmark's notes.
    static QString version(const QString &binDir)
    {
        QProcess p;
        p.start(binDir + QStringLiteral("/pg_ctl"), {QStringLiteral("--version")});
        return p.waitForFinished(10000) ? QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed() : QString();
    }

    QString logPath() const { return m_dir + QStringLiteral("/server.log"); }

    void stop()
    {
        if (!m_started)
            return;
        m_started = false;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")});
    }

private:
    static QString user() { return QStringLiteral("actahub"); }
    QString dataDir() const { return m_dir + QStringLiteral("/data"); }

    bool run(const QString &program, const QStringList &args, QString *output = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        const QString exe = m_bin + QLatin1Char('/') + program;
        if (m_runAs.isEmpty())
            p.start(exe, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList {QStringLiteral("-u"), m_runAs, QStringLiteral("--"), exe} + args);
        const bool finished = p.waitForFinished(120000);
        if (output)
            *output = QString::fromLocal8Bit(p.readAll());
        return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_bin;
    QString m_dir;
    QString m_runAs;
    quint16 m_port = 0;
    bool m_started = false;
};

} // namespace acta::test
