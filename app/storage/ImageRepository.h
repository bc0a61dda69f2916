#pragma once

#include "Clock.h"
#include "Digitization.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace acta {

class Database;

// The newest image stored for an acta.
struct StoredImage
{
    QByteArray original; // the scanned file, byte for byte
    QByteArray normalized; // the registered page the clerks see; may be empty
    QString sha256;
    std::optional<Digitization> digitization; // how it came in; none for images stored before schema 5
};

// The images table: every scan of every acta, kept byte for byte. Inserted by ActaRepository
// (which checks who may and when, and audits it) inside the acta's transaction.
class ImageRepository
{
    Q_DECLARE_TR_FUNCTIONS(ImageRepository)

public:
    ImageRepository(Database &db, const Clock &clock);

    // Returns the SHA-256 of original: the acta's published integrity code. how says how the page
    // came in (checked: only published values).
    Result<QString> insert(qint64 actaId, const QByteArray &original, const QByteArray &normalized,
                           const Digitization &how);
    // The newest image of the acta, or nothing when none was stored.
    Result<std::optional<StoredImage>> latest(const QString &clave);
    // Actas already holding an image with this SHA-256 (the same file scanned or imported twice).
    Result<QStringList> actasWith(const QString &sha256);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace acta
