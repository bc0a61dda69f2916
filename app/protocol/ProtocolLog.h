#pragma once

#include <QLoggingCategory>

// One category for the protocol module: "acta.protocol".
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)
