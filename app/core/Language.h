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
// The language asked for by "--lang CODE" or "--lang=CODE" in the arguments, else by
// ACTACAPTURE_LANG, else the fallback.
QString fromArguments(const QStringList &arguments, const QString &fallback);
// Loads the embedded translations (app + Qt's own) for the code and installs them.
// Returns false, leaving the untranslated English source strings, when none exist.
// Installing again switches: the previous language's translators are removed first.
bool install(QCoreApplication *app, const QString &code);
// The language installed last (from the default locale): "es_MX" or "en", or "" when none.
QString current();
} // namespace Language

} // namespace acta
