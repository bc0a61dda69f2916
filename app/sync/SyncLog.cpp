#include "SyncLog.h"

// Refused signatures and documents are logged at debug level only on request:
// QT_LOGGING_RULES="acta.sync.debug=true".
Q_LOGGING_CATEGORY(lcSync, "acta.sync", QtInfoMsg)
