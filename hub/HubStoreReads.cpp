// What the hub's store reads back for publication and operators: records, the latest per acta,
// disputes and conflicts. (HubStore.cpp: opening, schema, enrollment, storing.)
#include "CanonicalJson.h"
#include "Clock.h"
#include "HubStore.h"

#include <QSet>
#include <QSqlQuery>

namespace acta {

Result<HubRecord> HubStore::recordFromRow(const QSqlQuery &q)
{
    // Structure only: a record stored under earlier, looser rules must still read.
    Result<SyncRecord> record
        = SyncRecordJson::fromCanonicalBytes(q.value(0).toString().toUtf8(), SyncRecordJson::Rules::Structure);
    if (!record)
        return fail(ErrorCode::Integrity, tr("A stored record no longer reads: %1").arg(record.error()));
    HubRecord h;
    h.record = std::move(record).value();
    h.recordSha256 = q.value(1).toString();
    h.hubReceivedAt = fromStoredUtc(q.value(2).toString());
    h.receipt = q.value(3).toString().toUtf8();
    return h;
}

Result<QList<HubRecord>> HubStore::recordsOf(QSqlQuery &q)
{
    QList<HubRecord> out;
    while (q.next()) {
        Result<HubRecord> h = recordFromRow(q);
        if (!h)
            return h.takeError();
        out.append(std::move(h).value());
    }
    return out;
}

Result<QList<HubRecord>> HubStore::records()
{
    Result<QSqlQuery> q
        = exec(QStringLiteral("SELECT record_json, record_sha256, hub_received_at, receipt FROM records ORDER BY id"));
    if (!q)
        return q.takeError();
    return recordsOf(*q);
}

Result<QList<HubRecord>> HubStore::latestRecords(const QString &templateId)
{
    Result<QSqlQuery> q
        = exec(QStringLiteral("SELECT r.record_json, r.record_sha256, r.hub_received_at, r.receipt FROM records r "
                              // The latest version of the station that reported the acta first: a later
                              // station cannot outrank it (image, times) by sending more versions.
                              "WHERE r.template_id = ? AND r.station_id = (SELECT f.station_id FROM records f "
                              "WHERE f.clave = r.clave AND f.template_id = r.template_id ORDER BY f.id LIMIT 1) "
                              "AND r.version = (SELECT MAX(o.version) FROM records o WHERE o.clave = r.clave "
                              "AND o.template_id = r.template_id AND o.station_id = r.station_id) ORDER BY r.clave"),
               {templateId});
    if (!q)
        return q.takeError();
    return recordsOf(*q);
}

Result<QList<HubDisagreement>> HubStore::disagreements(const QString &templateId)
{
    Result<QSqlQuery> q
        = exec(QStringLiteral(
                   "SELECT r.clave, r.station_id, r.seq, r.version, r.image_sha256, r.figures_sha256 FROM records r "
                   "WHERE r.template_id = ? AND r.version = (SELECT MAX(o.version) FROM records o "
                   "WHERE o.clave = r.clave AND o.station_id = r.station_id AND o.template_id = r.template_id) "
                   "ORDER BY r.clave, r.station_id"),
               {templateId});
    if (!q)
        return q.takeError();
    QList<HubDisagreement> out;
    HubDisagreement current;
    QSet<QString> figures;
    const auto settle = [&] {
        if (figures.size() > 1)
            out.append(current);
        current = {};
        figures.clear();
    };
    while (q->next()) {
        const QString clave = q->value(0).toString();
        if (clave != current.clave)
            settle();
        current.clave = clave;
        HubDisagreement::Side side;
        side.stationId = q->value(1).toString();
        side.seq = q->value(2).toLongLong();
        side.version = q->value(3).toLongLong();
        if (!q->value(4).isNull())
            side.imageSha256 = q->value(4).toString();
        current.sides.append(side);
        figures.insert(q->value(5).toString());
    }
    settle();
    return out;
}

Result<QList<HubConflict>> HubStore::conflicts()
{
    Result<QSqlQuery> q = exec(
        QStringLiteral("SELECT clave, station_a, seq_a, station_b, seq_b, detected_at FROM conflicts ORDER BY id"));
    if (!q)
        return q.takeError();
    QList<HubConflict> out;
    while (q->next())
        out.append(HubConflict {q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                                q->value(3).toString(), q->value(4).toLongLong(),
                                fromStoredUtc(q->value(5).toString())});
    return out;
}

} // namespace acta
