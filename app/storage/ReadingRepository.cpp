#include "ReadingRepository.h"

#include "Database.h"
#include "Query.h"

#include <QJsonDocument>

namespace acta {

namespace {

// As the readings table keeps it: 16 lowercase hex digits (readable in the database itself).
QString hashText(quint64 hash)
{
    return QStringLiteral("%1").arg(hash, 16, 16, QLatin1Char('0'));
}

} // namespace

ReadingRepository::ReadingRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{ }

Status ReadingRepository::store(const QString &clave, const PageReading &reading)
{
    if (Status s = sql::run(
            m_db,
            QStringLiteral("INSERT INTO readings (acta_id, image_sha256, perceptual_hash, reading_json, created_at) "
                           "SELECT id, ?, ?, ?, ? FROM actas WHERE clave_acta = ?"),
            {reading.sha256, reading.perceptualHash ? SqlArg(hashText(*reading.perceptualHash)) : SqlArg(nullptr),
             QJsonDocument(reading.toJson()).toJson(QJsonDocument::Compact), toStoredUtc(m_clock.nowUtc()), clave});
        !s)
        return s;
    if (m_db.changes() != 1)
        return fail(ErrorCode::NotFound, tr("There is no acta %1 to keep a reading for.").arg(clave));
    return {};
}

Result<std::optional<QByteArray>> ReadingRepository::latest(const QString &clave)
{
    return sql::optionalScalar<QByteArray>(
        m_db,
        QStringLiteral("SELECT r.reading_json FROM readings r JOIN actas a ON a.id = r.acta_id WHERE a.clave_acta = ? "
                       "ORDER BY r.id DESC LIMIT 1"),
        {clave});
}

Result<QList<StoredHash>> ReadingRepository::perceptualHashes()
{
    Result<QList<StoredHash>> all = sql::rows<StoredHash>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, r.perceptual_hash FROM readings r JOIN actas a ON a.id = r.acta_id "
                       "WHERE r.perceptual_hash IS NOT NULL AND a.clave_acta IS NOT NULL ORDER BY r.id"),
        {}, [](Statement &r) -> Result<StoredHash> {
            bool ok = false;
            const quint64 hash = r.columnText(1).toULongLong(&ok, 16);
            return StoredHash {ok ? r.columnText(0) : QString(), hash};
        });
    if (!all)
        return all.takeError();
    all->removeIf([](const StoredHash &h) { return h.clave.isEmpty(); }); // unreadable: no neighbour
    return all;
}

} // namespace acta
