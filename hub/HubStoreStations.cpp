// The stations' side of the hub's store: enrollment, district bindings, revocation, and what the
// hub witnessed of each station (audit heads, sequence gaps). Every operator's act here goes into
// the hub's audit log in the same transaction. (HubStore.cpp: storing records.)
#include "Clock.h"
#include "HubStore.h"
#include "HubTransaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace acta {

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Result<HubStore::Enrolled> HubStore::enroll(const EnrollmentRequest &request, const QDateTime &nowUtc,
                                            const QString &operatorName)
{
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    Result<QSqlQuery> revoked
        = exec(QStringLiteral("SELECT station_id, revoked_at FROM revoked_keys WHERE fingerprint = ?"),
               {request.fingerprint()});
    if (!revoked)
        return revoked.takeError();
    if (revoked->next())
        return fail(ErrorCode::PermissionDenied,
                    tr("Key %1 was revoked at %2 (station %3) and is not taken again; the station makes a new one "
                       "(actacapture change-passphrase --rotate-key) and sends a new enrollment request.")
                        .arg(request.fingerprint(), revoked->value(1).toString(), revoked->value(0).toString()));
    Result<std::optional<HubStation>> existing = station(request.stationId);
    if (!existing)
        return existing.takeError();
    QJsonObject details {{QStringLiteral("station_id"), request.stationId},
                         {QStringLiteral("name"), request.stationName},
                         {QStringLiteral("fingerprint"), request.fingerprint()}};
    Enrolled outcome = Enrolled::New;
    if (*existing) {
        if ((*existing)->publicKey == request.publicKey)
            return Enrolled::Unchanged;
        if (!(*existing)->revokedAt)
            return fail(ErrorCode::AlreadyExists,
                        tr("Station %1 is already enrolled with another key (%2). If the station's key changed, "
                           "revoke the old one first (actahub revoke %1 --reason TEXT).")
                            .arg(request.stationId, (*existing)->fingerprint));
        // Only over the key that was revoked: another operator's enrollment meanwhile wins, this fails.
        Result<QSqlQuery> q
            = exec(QStringLiteral("UPDATE stations SET name = ?, public_key = ?, fingerprint = ?, "
                                  "enrolled_at = ? WHERE station_id = ? AND fingerprint = ?"),
                   {request.stationName, QString::fromLatin1(request.publicKey.toHex()), request.fingerprint(),
                    toStoredUtc(nowUtc), request.stationId, (*existing)->fingerprint});
        if (!q)
            return fail(q.code(), tr("Cannot enroll station %1 again: %2").arg(request.stationId, q.error()));
        if (q->numRowsAffected() != 1)
            return fail(ErrorCode::InvalidState,
                        tr("Station %1 was enrolled again by someone else meanwhile; look at it with \"actahub "
                           "stations list\".")
                            .arg(request.stationId));
        details.insert(QStringLiteral("replaces"), (*existing)->fingerprint);
        outcome = Enrolled::Replaced;
    } else {
        Result<QSqlQuery> q
            = exec(QStringLiteral("INSERT INTO stations (station_id, name, public_key, fingerprint, "
                                  "enrolled_at) VALUES (?, ?, ?, ?, ?)"),
                   {request.stationId, request.stationName, QString::fromLatin1(request.publicKey.toHex()),
                    request.fingerprint(), toStoredUtc(nowUtc)});
        if (!q)
            return fail(q.code(), tr("Cannot enroll station %1: %2").arg(request.stationId, q.error()));
    }
    if (Status kept = keepKeys(request.stationId); !kept)
        return kept.takeError();
    if (Status s = appendAudit(operatorName,
                               outcome == Enrolled::New ? QStringLiteral("station_enrolled")
                                                        : QStringLiteral("station_reenrolled"),
                               compact(details), nowUtc);
        !s)
        return s.takeError();
    if (Status s = transaction->commit(); !s)
        return s.takeError();
    return outcome;
}

Status HubStore::revoke(const QString &stationId, const QString &reason, const QString &operatorName,
                        const QDateTime &nowUtc)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Revoking a station's key needs a reason; it goes into the hub's "
                       "audit log."));
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    Result<HubStation> existing = enrolledStation(stationId);
    if (!existing)
        return existing.takeError();
    if (existing->revokedAt)
        return fail(ErrorCode::InvalidState,
                    tr("The key of station %1 (%2) was already revoked at %3.")
                        .arg(stationId, existing->fingerprint, toStoredUtc(*existing->revokedAt)));
    Result<QSqlQuery> q = exec(QStringLiteral("INSERT INTO revoked_keys (fingerprint, station_id, revoked_at, reason, "
                                              "revoked_by) VALUES (?, ?, ?, ?, ?)"),
                               {existing->fingerprint, stationId, toStoredUtc(nowUtc), reason, operatorName});
    if (!q)
        return q.takeError();
    const QJsonObject details {{QStringLiteral("station_id"), stationId},
                               {QStringLiteral("fingerprint"), existing->fingerprint},
                               {QStringLiteral("reason"), reason}};
    if (Status s = appendAudit(operatorName, QStringLiteral("station_revoked"), compact(details), nowUtc); !s)
        return s;
    return transaction->commit();
}

Result<std::optional<HubStation>> HubStore::station(const QString &stationId)
{
    Result<QSqlQuery> q
        = exec(QStringLiteral("SELECT s.station_id, s.name, s.public_key, s.fingerprint, s.enrolled_at, "
                              "k.revoked_at, k.reason FROM stations s LEFT JOIN revoked_keys k ON "
                              "k.fingerprint = s.fingerprint WHERE s.station_id = ?"),
               {stationId});
    if (!q)
        return q.takeError();
    if (!q->next())
        return std::optional<HubStation>();
    HubStation s;
    s.stationId = q->value(0).toString();
    s.name = q->value(1).toString();
    s.publicKey = QByteArray::fromHex(q->value(2).toString().toLatin1());
    s.fingerprint = q->value(3).toString();
    s.enrolledAt = fromStoredUtc(q->value(4).toString());
    if (!q->value(5).isNull()) {
        s.revokedAt = fromStoredUtc(q->value(5).toString());
        s.revokedReason = q->value(6).toString();
    }
    Result<QSqlQuery> d = exec(
        QStringLiteral("SELECT district FROM station_districts WHERE station_id = ? ORDER BY district"), {stationId});
    if (!d)
        return d.takeError();
    while (d->next())
        s.districts.append(d->value(0).toInt());
    return std::optional<HubStation>(s);
}

Result<HubStation> HubStore::enrolledStation(const QString &stationId)
{
    Result<std::optional<HubStation>> found = station(stationId);
    if (!found)
        return found.takeError();
    if (!*found)
        return fail(ErrorCode::NotFound, tr("Station %1 is not enrolled.").arg(stationId));
    return **found;
}

QStringList HubStore::keySchema()
{
    // Every key a station was ever enrolled with: `stations` holds only the current one, and a record
    // signed before a rotation stays published, so its key must stay checkable.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS station_keys (fingerprint TEXT PRIMARY KEY, "
                           "station_id TEXT NOT NULL, public_key TEXT NOT NULL, enrolled_at TEXT NOT NULL)")};
}

Status HubStore::keepKeys(const QString &stationId)
{
    const QString sql = QStringLiteral(
        "INSERT INTO station_keys (fingerprint, station_id, public_key, enrolled_at) SELECT s.fingerprint, "
        "s.station_id, s.public_key, s.enrolled_at FROM stations s WHERE NOT EXISTS (SELECT 1 FROM station_keys k "
        "WHERE k.fingerprint = s.fingerprint)");
    Result<QSqlQuery> q
        = stationId.isEmpty() ? exec(sql) : exec(sql + QStringLiteral(" AND s.station_id = ?"), {stationId});
    if (!q)
        return q.takeError();
    return {};
}

Result<QList<PublishedStationKey>> HubStore::stationKeys()
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT k.station_id, k.public_key, k.enrolled_at, r.revoked_at FROM "
                                              "station_keys k LEFT JOIN revoked_keys r ON r.fingerprint = "
                                              "k.fingerprint ORDER BY k.station_id, k.enrolled_at, k.fingerprint"));
    if (!q)
        return q.takeError();
    QList<PublishedStationKey> keys;
    while (q->next()) {
        PublishedStationKey k;
        k.stationId = q->value(0).toString();
        k.publicKey = QByteArray::fromHex(q->value(1).toString().toLatin1());
        k.enrolledAt = fromStoredUtc(q->value(2).toString());
        if (!q->value(3).isNull())
            k.revokedAt = fromStoredUtc(q->value(3).toString());
        keys.append(k);
    }
    return keys;
}

Result<QList<HubStation>> HubStore::stations()
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT station_id FROM stations ORDER BY station_id"));
    if (!q)
        return q.takeError();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    QList<HubStation> list;
    for (const QString &id : ids) {
        Result<std::optional<HubStation>> s = station(id);
        if (!s)
            return s.takeError();
        if (*s)
            list.append(**s);
    }
    return list;
}

Status HubStore::bindDistricts(const QString &stationId, const QList<int> &districts, const QString &operatorName,
                               const QDateTime &nowUtc)
{
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    Result<HubStation> existing = enrolledStation(stationId);
    if (!existing)
        return existing.takeError();
    if (existing->districts == districts)
        return {};
    if (Result<QSqlQuery> q = exec(QStringLiteral("DELETE FROM station_districts WHERE station_id = ?"), {stationId});
        !q)
        return q.takeError();
    QJsonArray bound;
    for (int district : districts) {
        if (Result<QSqlQuery> q = exec(QStringLiteral("INSERT INTO station_districts (station_id, district) VALUES "
                                                      "(?, ?)"),
                                       {stationId, district});
            !q)
            return q.takeError();
        bound.append(district);
    }
    const QJsonObject details {{QStringLiteral("station_id"), stationId}, {QStringLiteral("districts"), bound}};
    if (Status s = appendAudit(operatorName, QStringLiteral("districts_bound"), compact(details), nowUtc); !s)
        return s;
    return transaction->commit();
}

Result<QList<WitnessedHead>> HubStore::witnessedHeads(const QString &stationId)
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT h.record_seq, h.clave, h.version, h.audit_seq, h.audit_hash, "
                                              "h.witnessed_at, r.receipt FROM audit_heads h JOIN records r ON "
                                              "r.station_id = h.station_id AND r.seq = h.record_seq "
                                              "WHERE h.station_id = ? ORDER BY h.record_seq"),
                               {stationId});
    if (!q)
        return q.takeError();
    QList<WitnessedHead> heads;
    while (q->next())
        heads.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong(),
                      AuditHead {q->value(3).toLongLong(), q->value(4).toString()},
                      fromStoredUtc(q->value(5).toString()), q->value(6).toString().toUtf8()});
    return heads;
}

Result<QList<SequenceGap>> HubStore::sequenceGaps(const QString &stationId)
{
    Result<QSqlQuery> q = stationId.isEmpty()
        ? exec(QStringLiteral("SELECT station_id, after_seq, next_seq, detected_at FROM sequence_gaps "
                              "ORDER BY detected_at, station_id, next_seq"))
        : exec(QStringLiteral("SELECT station_id, after_seq, next_seq, detected_at FROM sequence_gaps "
                              "WHERE station_id = ? ORDER BY detected_at, next_seq"),
               {stationId});
    if (!q)
        return q.takeError();
    QList<SequenceGap> gaps;
    while (q->next())
        gaps.append({q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                     fromStoredUtc(q->value(3).toString())});
    return gaps;
}

Result<QList<HubAuditEntry>> HubStore::auditEntries()
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT seq, at, actor, action, details FROM hub_audit ORDER BY seq"));
    if (!q)
        return q.takeError();
    QList<HubAuditEntry> entries;
    while (q->next())
        entries.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                        q->value(3).toString(), q->value(4).toString()});
    return entries;
}

} // namespace acta
