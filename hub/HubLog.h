#pragma once

#include <QLoggingCategory>

// One category for the whole hub: "acta.hub".
Q_DECLARE_LOGGING_CATEGORY(lcHub)
