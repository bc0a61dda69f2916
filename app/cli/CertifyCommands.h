#pragma once

#include <QStringList>

namespace acta::cli {

class SecretSource;

// certify start|close|check: the station's certificates (StationCertifier) and checking a
// certificate's signed JSON twin.
int certifyCommand(const QStringList &args, SecretSource &secrets);

} // namespace acta::cli
