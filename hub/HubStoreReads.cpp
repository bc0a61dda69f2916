// What the hub's store reads back for publication and operators: records, the latest per acta,
// disputes and conflicts. (HubStore.cpp: opening, schema, enrollment, storing.)
#include "CanonicalJson.h"
#include "Clock.h"
#include "HubStore.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

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
    h.envelope = q.value(4).toString().toUtf8();
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
    Result<QSqlQuery> q = exec(QStringLiteral(
        "SELECT record_json, record_sha256, hub_received_at, receipt, envelope FROM records ORDER BY id"));
    if (!q)
        return q.takeError();
    return recordsOf(*q);
}

Result<QList<HubRecord>> HubStore::latestRecords(const QString &templateId)
{
    Result<QSqlQuery> q = exec(
        QStringLiteral("SELECT r.record_json, r.record_sha256, r.hub_received_at, r.receipt, r.envelope FROM records r "
                       // The latest version of the station that reported the acta first: a later
                       // station cannot outrank it (image, times) by sending more versions.
                       "WHERE r.template_id = ? AND r.station_id = (SELECT f.station_id FROM records f "
                       "WHERE f.clave = r.clave AND f.template_id = r.template_id ORDER BY f.id LIMIT 1) "
                       "AND r.version = (SELECT MAX(o.version) FROM records o WHERE o.clave = r.clave "
                       "AND o.template_id = r.template_id AND o.station_id = r.station_id) ORDER BY r.clave"),
        {templateId});
    if (!q)
        return q.takeError();
    Result<QList<HubRecord>> latest = recordsOf(*q);
    if (!latest)
        return latest.takeError();
    Result<QHash<QString, std::pair<QString, qint64>>> decided = resolutions(templateId);
    if (!decided)
        return decided.takeError();
    for (HubRecord &h : *latest) {
        const auto it = decided->constFind(h.record.clave);
        if (it == decided->constEnd() || it->first == h.record.stationId)
            continue;
        // An operator kept another station's version: that one is published, while it is still
        // that station's latest.
        Result<QSqlQuery> newest = exec(QStringLiteral("SELECT MAX(version) FROM records WHERE station_id = ? AND "
                                                       "clave = ? AND template_id = ?"),
                                        {it->first, h.record.clave, templateId});
        if (!newest)
            return newest.takeError();
        if (!newest->next() || newest->value(0).toLongLong() != it->second)
            continue;
        Result<std::optional<HubRecord>> kept = record(it->first, h.record.clave, it->second);
        if (!kept)
            return kept.takeError();
        if (*kept)
            h = **kept;
    }
    return latest;
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
    Result<QHash<QString, std::pair<QString, qint64>>> decided = resolutions(templateId);
    if (!decided)
        return decided.takeError();
    QList<HubDisagreement> open;
    for (const HubDisagreement &d : std::as_const(out)) {
        const auto it = decided->constFind(d.clave);
        const bool settled = it != decided->constEnd()
            && std::any_of(d.sides.cbegin(), d.sides.cend(),
                           [&](const auto &s) { return s.stationId == it->first && s.version == it->second; });
        if (!settled)
            open.append(d);
    }
    return open;
}

Result<QHash<QString, std::pair<QString, qint64>>> HubStore::resolutions(const QString &templateId)
{
    // The newest decision per acta; it holds while the kept station's latest version is the one
    // decided on (disagreements() and latestRecords() check that against the records).
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT clave, keep_station, keep_version FROM conflict_resolutions "
                                              "WHERE template_id = ? ORDER BY id"),
                               {templateId});
    if (!q)
        return q.takeError();
    QHash<QString, std::pair<QString, qint64>> out;
    while (q->next())
        out.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

Result<std::optional<HubRecord>> HubStore::record(const QString &stationId, const QString &clave, qint64 version)
{
    Result<QSqlQuery> q
        = exec(QStringLiteral("SELECT record_json, record_sha256, hub_received_at, receipt, envelope FROM records "
                              "WHERE station_id = ? AND clave = ? AND version = ?"),
               {stationId, clave, version});
    if (!q)
        return q.takeError();
    Result<QList<HubRecord>> rows = recordsOf(*q);
    if (!rows)
        return rows.takeError();
    return rows->isEmpty() ? std::optional<HubRecord>() : std::optional<HubRecord>(rows->first());
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
