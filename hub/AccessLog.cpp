#include "AccessLog.h"

#include "Clock.h"
#include "HubLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace acta {

AccessLog::AccessLog(const QString &path)
    : m_file(path)
{
    if (!path.isEmpty() && !m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        qCWarning(lcHub).noquote() << "cannot open the access log" << path << m_file.errorString();
}

namespace {

QString bounded(const QString &text, qsizetype max)
{
    return text.size() <= max ? text : text.left(max) + QStringLiteral("…");
}

} // namespace

void AccessLog::write(const Entry &e)
{
    const QJsonObject line {
        {QStringLiteral("time"), toStoredUtc(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("peer"), bounded(e.peer, MaxField)},
        {QStringLiteral("station"),
         e.station.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bounded(e.station, MaxField))},
        {QStringLiteral("method"), bounded(e.method, 16)},
        {QStringLiteral("path"), bounded(e.path, MaxField)},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("ms"), e.ms},
        {QStringLiteral("reason"), bounded(e.reason, MaxReason)},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    QMutexLocker lock(&m_mutex);
    qCInfo(lcHub).noquote() << QString::fromUtf8(bytes);
    if (m_file.isOpen())
        m_file.write(bytes + '\n');
}

} // namespace acta
