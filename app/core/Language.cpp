#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "acta.core.language")

namespace acta::Language {

QString defaultLanguage()
{
    return QStringLiteral("es_MX");
}

QStringList available()
{
    return {QStringLiteral("es_MX"), QStringLiteral("en")};
}

QString normalise(const QString &code)
{
    const QString c = code.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (c == QLatin1String("es") || c.startsWith(QLatin1String("es_")))
        return QStringLiteral("es_MX");
    if (c == QLatin1String("en") || c.startsWith(QLatin1String("en_")))
        return QStringLiteral("en");
    return {};
}

QString fromArguments(const QStringList &arguments, const QString &fallback)
{
    QString lang = qEnvironmentVariable("ACTACAPTURE_LANG", fallback);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            lang = arguments.at(i).mid(7);
    }
    return lang;
}

bool install(QCoreApplication *app, const QString &code)
{
    const QString lang = normalise(code);
    if (lang.isEmpty())
        return false;
    // The translators live as long as the application that owns them.
    auto *own = new QTranslator(app);
    if (!own->load(QStringLiteral(":/i18n/actacapture_%1.qm").arg(lang))) {
        qCWarning(lcLanguage) << "no embedded translation for" << lang;
        delete own;
        return false;
    }
    // A switch while running: the previous language's translators go first, so the new one
    // is the only one asked (installing and removing sends every widget a LanguageChange).
    static QList<QPointer<QTranslator>> installed;
    for (const QPointer<QTranslator> &previous : std::as_const(installed)) {
        if (previous) {
            QCoreApplication::removeTranslator(previous);
            delete previous;
        }
    }
    installed.clear();
    QLocale::setDefault(QLocale(lang));
    app->installTranslator(own);
    installed << own;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app->installTranslator(qt);
        installed << qt;
    } else {
        delete qt;
    }
    return true;
}

QString current()
{
    return normalise(QLocale().name());
}

} // namespace acta::Language
