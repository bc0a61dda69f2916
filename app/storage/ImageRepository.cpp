#include "ImageRepository.h"

#include "Query.h"
#include "Sha256.h"

namespace acta {

ImageRepository::ImageRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Result<QString> ImageRepository::insert(qint64 actaId, const QByteArray &original, const QByteArray &normalized,
                                        const Digitization &how)
{
    if (Status valid = how.check(); !valid)
        return valid.takeError();
    const QString sha = sha256Hex(original);
    if (Status s = sql::run(
            m_db,
            QStringLiteral("INSERT INTO images (acta_id, original, sha256, normalized, created_at, origen, "
                           "digitalizacion, tipo_documento, identity_typed) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {actaId, original, sha, normalized.isEmpty() ? SqlArg(nullptr) : SqlArg(normalized),
             toStoredUtc(m_clock.nowUtc()), how.origen, how.digitalizacion, how.tipoDocumento, how.identityTyped});
        !s)
        return s.takeError();
    return sha;
}

Result<std::optional<StoredImage>> ImageRepository::latest(const QString &clave)
{
    return sql::optionalRow<StoredImage>(
        m_db,
        QStringLiteral("SELECT i.original, i.normalized, i.sha256, i.origen, i.digitalizacion, i.tipo_documento, "
                       "i.identity_typed FROM images i JOIN actas a "
                       "ON a.id = i.acta_id WHERE a.clave_acta = ? ORDER BY i.id DESC LIMIT 1"),
        {clave}, [](Statement &r) -> Result<StoredImage> {
            StoredImage image {r.columnBlob(0), r.isNull(1) ? QByteArray() : r.columnBlob(1), r.columnText(2), {}};
            if (!r.isNull(3))
                image.digitization
                    = Digitization {r.columnText(3), r.columnText(4), r.columnText(5), r.columnInt64(6) != 0};
            return image;
        });
}

Result<QStringList> ImageRepository::actasWith(const QString &sha256)
{
    Result<QList<QString>> claves = sql::rows<QString>(
        m_db,
        QStringLiteral("SELECT DISTINCT a.clave_acta FROM images i JOIN actas a ON a.id = i.acta_id WHERE i.sha256 = ? "
                       "AND a.clave_acta IS NOT NULL ORDER BY a.clave_acta"),
        {sha256}, [](Statement &r) -> Result<QString> { return r.columnText(0); });
    if (!claves)
        return claves.takeError();
    return QStringList(*claves);
}

} // namespace acta
