#pragma once

#include <QLoggingCategory>

namespace acta {
Q_DECLARE_LOGGING_CATEGORY(lcCertify)
}
