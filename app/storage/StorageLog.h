#pragma once

#include <QLoggingCategory>

// One category for the whole storage module: "acta.storage".
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
