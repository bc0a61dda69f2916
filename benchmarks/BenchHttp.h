#pragma once

// A minimal HTTP/1.1 client over one TLS connection from a chosen source address (any of
// 127.0.0.0/8 on loopback), so that simulated stations and attackers each come from an address of
// their own, as they would on a network, and the hub's per-address limits apply to them as they
// would in production. One request at a time; the connection is kept alive and made again when
// the hub closes it. For bench_sync only.

#include <QByteArray>
#include <QHostAddress>
#include <QMetaObject>
#include <QObject>
#include <QSslConfiguration>
#include <QSslSocket>

#include <functional>
#include <optional>

class BenchHttpConnection : public QObject
{
public:
    // status 0: the connection failed or closed before a whole answer came.
    using Done = std::function<void(int status, const QByteArray &body)>;

    BenchHttpConnection(QHostAddress from, QString host, quint16 port, QSslConfiguration tls)
        : m_from(std::move(from))
        , m_host(std::move(host))
        , m_port(port)
        , m_tls(std::move(tls))
    {
        m_socket.setSslConfiguration(m_tls);
        connect(&m_socket, &QSslSocket::encrypted, this, [this] {
            ++m_connects;
            writePending();
        });
        connect(&m_socket, &QSslSocket::readyRead, this, [this] { readAnswer(); });
        connect(&m_socket, &QSslSocket::disconnected, this, [this] { closed(); });
        connect(&m_socket, &QSslSocket::errorOccurred, this, [this] {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                closed();
        });
    }

    // headers: extra lines without CRLF ("Content-Type: ..."). announcedLength, when set, is sent
    // as Content-Length instead of the body's size (to announce more than is sent).
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body, Done done,
              std::optional<qint64> announcedLength = std::nullopt)
    {
        m_done = std::move(done);
        m_request = method + ' ' + path + " HTTP/1.1\r\nHost: " + m_host.toLatin1() + ':' + QByteArray::number(m_port)
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(announcedLength.value_or(body.size())) + "\r\n\r\n" + body;
        m_buffer.clear();
        m_waiting = true;
        if (m_socket.state() == QAbstractSocket::ConnectedState && m_socket.isEncrypted()) {
            writePending();
            return;
        }
        if (m_socket.state() != QAbstractSocket::UnconnectedState)
            m_socket.abort();
        m_socket.bind(m_from);
        m_socket.connectToHostEncrypted(m_host, m_port);
    }

    qint64 connections() const { return m_connects; }

private:
    void writePending()
    {
        if (!m_request.isEmpty()) {
            if (m_socket.isEncrypted() && m_socket.state() == QAbstractSocket::ConnectedState) {
                m_socket.write(m_request);
                m_request.clear();
            }
        }
    }

    void readAnswer()
    {
        m_buffer += m_socket.readAll();
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const int status = lines.value(0).split(' ').value(1).toInt();
        qint64 length = 0;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (m_buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray body = m_buffer.mid(headerEnd + 4, length);
        m_buffer.clear();
        finish(status, body);
    }

    void closed()
    {
        if (m_waiting)
            finish(0, m_socket.errorString().toUtf8());
    }

    void finish(int status, const QByteArray &body)
    {
        if (!m_waiting)
            return;
        m_waiting = false;
        m_request.clear();
        Done done = std::move(m_done);
        m_done = nullptr;
        // Later, from the event loop: the next request may reconnect this very socket.
        if (done)
            QMetaObject::invokeMethod(
                this, [done = std::move(done), status, body] { done(status, body); }, Qt::QueuedConnection);
    }

    QHostAddress m_from;
    QString m_host;
    quint16 m_port;
    QSslConfiguration m_tls;
    QSslSocket m_socket;
    QByteArray m_request;
    QByteArray m_buffer;
    Done m_done;
    bool m_waiting = false;
    qint64 m_connects = 0;
};
