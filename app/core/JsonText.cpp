#include "JsonText.h"

#include <QJsonDocument>

namespace acta {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace acta
