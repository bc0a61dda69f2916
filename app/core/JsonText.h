#pragma once

#include <QJsonObject>
#include <QString>

namespace acta {

// The object as one line of compact JSON (UTF-8 decoded): how audit details and other small
// records are stored as text.
QString compactJson(const QJsonObject &object);

} // namespace acta
