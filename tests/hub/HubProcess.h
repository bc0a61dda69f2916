#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

// A real `actahub` child process on a data directory, on a fixed port once it had one, so a
// test can kill it (SIGKILL: no goodbye) and start it again where stations expect it.
class HubProcess
{
public:
    HubProcess(QString dataDir, QStringList extraArgs = {})
        : m_dataDir(std::move(dataDir))
        , m_extra(std::move(extraArgs))
    { }
    ~HubProcess() { stop(); }

    static QString run(const QStringList &args, int *exitCode = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(ACTAHUB_BINARY), args);
        p.waitForFinished(60000);
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAll());
    }

    // Starts serving; the first start picks a free port, later starts reuse it.
    bool start(const QStringList &moreArgs = {})
    {
        stop();
        m_process = new QProcess;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en")); // the line below is matched in English
        m_process->setProcessEnvironment(env);
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        QStringList args {QStringLiteral("serve"),
                          QStringLiteral("--data"),
                          m_dataDir,
                          QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(m_port),
                          QStringLiteral("--publish-every"),
                          QStringLiteral("0"),
                          QStringLiteral("--rate"),
                          QStringLiteral("2000"),
                          QStringLiteral("--burst"),
                          QStringLiteral("2000")};
        m_process->start(QStringLiteral(ACTAHUB_BINARY), args + m_extra + moreArgs);
        if (!m_process->waitForStarted(10000))
            return false;
        static const QRegularExpression listening(QStringLiteral("listening on https://127\\.0\\.0\\.1:(\\d+)/"));
        QString text;
        QRegularExpressionMatch m;
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired()) {
            m_process->waitForReadyRead(200);
            text += QString::fromUtf8(m_process->readAllStandardOutput());
            m = listening.match(text);
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                return true;
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
        }
        qWarning() << "actahub did not start:" << text << m_process->readAllStandardError();
        return false;
    }

    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        delete m_process;
        m_process = nullptr;
    }

    void stop()
    {
        if (!m_process)
            return;
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            m_process->kill();
        m_process->waitForFinished(5000);
        delete m_process;
        m_process = nullptr;
    }

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    // What the hub printed since the last call (its log lines among them).
    QByteArray takeOutput()
    {
        if (!m_process)
            return {};
        return m_process->readAllStandardOutput() + m_process->readAllStandardError();
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1/").arg(m_port); }
    const QString &dataDir() const { return m_dataDir; }
    void setPort(quint16 port) { m_port = port; }

private:
    QString m_dataDir;
    QStringList m_extra;
    QProcess *m_process = nullptr;
    quint16 m_port = 0;
};
