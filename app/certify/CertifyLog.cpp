#include "CertifyLog.h"

namespace acta {
Q_LOGGING_CATEGORY(lcCertify, "acta.certify")
}
