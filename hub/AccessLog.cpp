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

void AccessLog::write(const Entry &e)
{
    const QJsonObject line {
        {QStringLiteral("time"), toStoredUtc(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("peer"), e.peer},
        {QStringLiteral("station"), e.station.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(e.station)},
        {QStringLiteral("method"), e.method},
        {QStringLiteral("path"), e.path},
        {QStringLiteral("status"), e.status},
        {QStringLiteral("ms"), e.ms},
        {QStringLiteral("reason"), e.reason},
    };
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    qCInfo(lcHub).noquote() << QString::fromUtf8(bytes);
    if (m_file.isOpen())
        m_file.write(bytes + '\n');
}

} // namespace acta
