#include "ImagingLog.h"

Q_LOGGING_CATEGORY(lcImaging, "acta.imaging", QtInfoMsg)
