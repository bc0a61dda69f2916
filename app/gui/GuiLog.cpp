#include "GuiLog.h"

Q_LOGGING_CATEGORY(lcGui, "acta.gui")
