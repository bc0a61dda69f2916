// Which results a publication folder holds, real or a drill: its MODO file, written atomically at
// its first cut. A reader (or the web edge serving the folder) must never find drill rows where it
// expects real ones, nor the reverse, so a cut of the other mode is refused. (Publisher.cpp.)
#include "Publisher.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <optional>

namespace acta {

QByteArray Publisher::modeFileText(bool simulation)
{
    return simulation ? QByteArrayLiteral("simulacro\n") : QByteArrayLiteral("produccion\n");
}

Status Publisher::claimFolder(const QString &dir, bool simulation)
{
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, tr("Cannot create the publication folder %1.").arg(dir));
    const QString markerPath = dir + QLatin1Char('/') + modeFileName();
    std::optional<bool> folderIsDrill;
    QFile marker(markerPath);
    const bool marked = marker.exists();
    if (marked) {
        if (!marker.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(markerPath, marker.errorString()));
        const QByteArray said = marker.read(64).trimmed();
        if (said != modeFileText(true).trimmed() && said != modeFileText(false).trimmed())
            return fail(ErrorCode::Integrity,
                        tr("The publication folder %1 has a MODO file that says neither \"produccion\" nor "
                           "\"simulacro\"; nothing is published there until it is put right.")
                            .arg(dir));
        folderIsDrill = said == modeFileText(true).trimmed();
    } else {
        // A folder of cuts made before the marker: their resultados.json says which mode made them.
        const QStringList earlier
            = QDir(dir).entryList({QStringLiteral("resultados*"), QStringLiteral("LEEME.txt"), QStringLiteral("*.zip")},
                                  QDir::Files, QDir::Name);
        if (!earlier.isEmpty()) {
            QFile json(dir + QStringLiteral("/resultados.json"));
            const QJsonValue flag = json.open(QIODevice::ReadOnly)
                ? QJsonDocument::fromJson(json.readAll()).object().value(QStringLiteral("simulation"))
                : QJsonValue();
            if (!flag.isBool())
                return fail(ErrorCode::InvalidState,
                            tr("The publication folder %1 holds earlier results (%2) but no MODO file, and no "
                               "resultados.json that says whether they were a drill: nothing is published there. "
                               "Check them, then write \"produccion\" or \"simulacro\" into %1/MODO, or publish into "
                               "another folder (--out).")
                                .arg(dir, earlier.join(QStringLiteral(", "))));
            folderIsDrill = flag.toBool();
        }
    }
    if (folderIsDrill && *folderIsDrill != simulation)
        return fail(ErrorCode::InvalidState,
                    simulation ? tr("The publication folder %1 holds production cuts: a drill (simulation) cut is "
                                    "never written there. Publish drill cuts into another folder (--out).")
                                     .arg(dir)
                               : tr("The publication folder %1 holds drill (simulation) cuts: a production cut is "
                                    "never written there. Publish production cuts into another folder (--out).")
                                     .arg(dir));
    if (marked)
        return {};
    QSaveFile file(markerPath);
    const QByteArray text = modeFileText(simulation);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(ErrorCode::Io, tr("Cannot write %1: %2").arg(markerPath, file.errorString()));
    return {};
}

} // namespace acta
