#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace acta {

// UI languages. Spanish (Mexico) is the default; English is second.
namespace Language {
QString defaultLanguage(); // "es_MX"
QStringList available(); // "es_MX", "en"
// Normalises what a person types ("es", "es-MX", "EN") to an available code, or returns "".
QString normalise(const QString &code);
// Loads the embedded translations (app + Qt's own) for the code and installs them.
// Returns false, leaving the untranslated English source strings, when none exist.
bool install(QCoreApplication *app, const QString &code);
} // namespace Language

} // namespace acta
