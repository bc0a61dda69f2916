#include "StorageLog.h"

// Debug messages (files removed after a failed open, recovery details) only on request:
// QT_LOGGING_RULES="acta.storage.debug=true".
Q_LOGGING_CATEGORY(lcStorage, "acta.storage", QtInfoMsg)
