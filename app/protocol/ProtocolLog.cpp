#include "ProtocolLog.h"

// Refused signatures and documents are logged at debug level only on request:
// QT_LOGGING_RULES="acta.protocol.debug=true".
Q_LOGGING_CATEGORY(lcProtocol, "acta.protocol", QtInfoMsg)
