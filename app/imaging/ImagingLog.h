#pragma once

#include <QLoggingCategory>

// The image pipeline's log: renders, file writes and OpenCV failures.
Q_DECLARE_LOGGING_CATEGORY(lcImaging)
