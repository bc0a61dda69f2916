#include "HubLog.h"

// Access lines and publication cuts are logged at info level, refusals at warning.
Q_LOGGING_CATEGORY(lcHub, "acta.hub", QtInfoMsg)
