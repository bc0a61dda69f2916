#pragma once

#include <QLoggingCategory>

// One category for the whole sync module: "acta.sync".
Q_DECLARE_LOGGING_CATEGORY(lcSync)
