#pragma once

#include <QStringList>

namespace acta::cli {

class SecretSource;

// intake FILE|FOLDER... --as USER [--source KIND] [--document TYPE]: scanned actas into the
// station, each page kept with how it came in (PREP ORIGEN, DIGITALIZACION, TIPO_DOCUMENTO).
int intakePages(const QStringList &args, SecretSource &secrets);

} // namespace acta::cli
