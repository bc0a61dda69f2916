#include "UpstreamRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "JsonText.h"
#include "Query.h"
#include "Receipt.h"
#include "Statement.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <limits>

namespace acta {

namespace {

// An endpoint's acknowledgement: receipt stored and, when the record names an image, the image too.
const char AckedBy[] = "SELECT count(*) FROM sync_receipts WHERE outbox_id = ? AND image_done_at IS NOT NULL";

} // namespace

UpstreamRepository::UpstreamRepository(Database &db, ActaRepository &actas, const Clock &clock)
    : m_db(db)
    , m_actas(actas)
    , m_clock(clock)
{ }

Status UpstreamRepository::requireConfigure(const User &actor)
{
    if (!hasPermission(actor.role, Permission::ConfigureStation))
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 may not configure where the station sends its actas.").arg(actor.username));
    return {};
}

Status UpstreamRepository::audit(const User &actor, const char *action, const QString &details)
{
    const std::optional<qint64> who = actor.id > 0 ? std::optional<qint64>(actor.id) : std::nullopt;
    Result<qint64> a = AuditLog::append(m_db, m_clock, {QLatin1String(action), who, std::nullopt, details});
    return a ? Status() : a.takeError();
}

Result<QString> UpstreamRepository::normalizedUrl(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The hub address %1 is not an https:// URL with a host.").arg(url));
    QString base = parsed.toString();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    return base;
}

Result<QByteArray> UpstreamRepository::parseHubKey(const QString &hex)
{
    const QByteArray digits = hex.trimmed().toLatin1().toLower();
    const QByteArray raw = QByteArray::fromHex(digits);
    // fromHex skips what is not a digit: the round trip says whether every character was one.
    if (digits.size() != 64 || raw.toHex() != digits)
        return fail(ErrorCode::InvalidInput, tr("The hub key must be 64 hexadecimal digits."));
    return raw;
}

Result<QByteArray> UpstreamRepository::readCaCertificate(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    const QByteArray pem = f.read(MaxCaFileBytes + 1); // bounded whatever the file is
    if (pem.size() > MaxCaFileBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is too large for a CA certificate (more than %2 bytes).")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(MaxCaFileBytes));
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is not a PEM certificate (no BEGIN CERTIFICATE line).").arg(QDir::toNativeSeparators(path)));
    return pem;
}

Result<UpstreamEndpoint> UpstreamRepository::addEndpoint(const User &actor, const QString &name, const QString &url,
                                                         const QByteArray &caPem, const QByteArray &hubPublicKey)
{
    if (Status s = requireConfigure(actor); !s)
        return s.takeError();
    Result<QString> base = normalizedUrl(url);
    if (!base)
        return base.takeError();
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The endpoint needs a name."));
    if (!caPem.contains("-----BEGIN CERTIFICATE-----"))
        return fail(ErrorCode::InvalidInput, tr("The CA certificate for %1 is not a PEM certificate.").arg(name));
    if (hubPublicKey.size() != 32)
        return fail(ErrorCode::InvalidInput,
                    tr("The hub key for %1 must be 32 bytes (64 hex digits), not %2 bytes.")
                        .arg(name)
                        .arg(hubPublicKey.size()));

    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    UpstreamEndpoint e;
    e.name = name.trimmed();
    e.url = *base;
    e.caPem = caPem;
    e.hubPublicKey = hubPublicKey;
    e.createdAt = m_clock.nowUtc();
    // TEXT columns, both: the PEM and the key in hex.
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT INTO upstream_endpoints (name, url, ca_pem, hub_public_key, "
                                           "created_at) VALUES (?, ?, ?, ?, ?)"),
                            {e.name, e.url, QString::fromLatin1(caPem), QString::fromLatin1(hubPublicKey.toHex()),
                             toStoredUtc(e.createdAt)});
        !s) {
        if (s.code() == ErrorCode::AlreadyExists)
            return fail(ErrorCode::AlreadyExists, tr("There is already an endpoint named %1.").arg(e.name));
        return s.takeError();
    }
    e.id = m_db.lastInsertRowId();
    const QJsonObject d {{QStringLiteral("endpoint_added"), e.name},
                         {QStringLiteral("url"), e.url},
                         {QStringLiteral("hub_public_key"), QString::fromLatin1(hubPublicKey.toHex())}};
    if (Status a = audit(actor, AuditAction::ConfigChanged, compactJson(d)); !a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return e;
}

Status UpstreamRepository::removeEndpoint(const User &actor, const QString &name)
{
    if (Status s = requireConfigure(actor); !s)
        return s;
    Result<QList<UpstreamEndpoint>> all = endpoints();
    if (!all)
        return all.takeError();
    Result<int> q = quorum();
    if (!q)
        return q.takeError();
    qint64 id = 0;
    for (const UpstreamEndpoint &e : *all)
        if (e.name.compare(name, Qt::CaseInsensitive) == 0)
            id = e.id;
    if (id == 0)
        return fail(ErrorCode::NotFound, tr("There is no endpoint named %1.").arg(name));
    if (all->size() - 1 < *q && all->size() > 1)
        return fail(ErrorCode::InvalidInput,
                    tr("Removing %1 would leave fewer endpoints than the quorum of %2; lower the quorum first.")
                        .arg(name)
                        .arg(*q));
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    for (const char *text :
         {"DELETE FROM sync_receipts WHERE endpoint_id = ?", "DELETE FROM sync_refusals WHERE endpoint_id = ?",
          "DELETE FROM upstream_endpoints WHERE id = ?"}) {
        if (Status s = sql::run(m_db, QLatin1String(text), {id}); !s)
            return s;
    }
    if (Status a = audit(actor, AuditAction::ConfigChanged, compactJson({{QStringLiteral("endpoint_removed"), name}}));
        !a)
        return a;
    return tx->commit();
}

Status UpstreamRepository::setQuorum(const User &actor, int quorum)
{
    if (Status s = requireConfigure(actor); !s)
        return s;
    Result<QList<UpstreamEndpoint>> all = endpoints();
    if (!all)
        return all.takeError();
    if (quorum < 1 || quorum > std::max<qsizetype>(1, all->size()))
        return fail(
            ErrorCode::InvalidInput,
            tr("The quorum must be between 1 and the %1 configured endpoint(s), not %2.").arg(all->size()).arg(quorum));
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    Status s = sql::run(m_db, QStringLiteral("UPDATE station SET sync_quorum = ? WHERE id = 1"), {quorum});
    if (s)
        s = audit(actor, AuditAction::ConfigChanged, compactJson({{QStringLiteral("sync_quorum"), quorum}}));
    if (!s)
        return s;
    if (Status c = tx->commit(); !c)
        return c;
    // Records already held by enough endpoints are synced under the new quorum.
    Result<qint64> ready = acknowledgeReady();
    return ready ? Status() : ready.takeError();
}

Result<QList<UpstreamEndpoint>> UpstreamRepository::endpoints()
{
    return sql::rows<UpstreamEndpoint>(
        m_db,
        QStringLiteral("SELECT id, name, url, ca_pem, hub_public_key, created_at FROM upstream_endpoints ORDER BY id"),
        {}, [](Statement &r) -> Result<UpstreamEndpoint> {
            return UpstreamEndpoint {r.columnInt64(0),
                                     r.columnText(1),
                                     r.columnText(2),
                                     r.columnText(3).toLatin1(),
                                     QByteArray::fromHex(r.columnText(4).toLatin1()),
                                     fromStoredUtc(r.columnText(5))};
        });
}

Result<int> UpstreamRepository::quorum()
{
    Result<std::optional<qint64>> q
        = sql::optionalScalar<qint64>(m_db, QStringLiteral("SELECT sync_quorum FROM station WHERE id = 1"));
    if (!q)
        return q.takeError();
    return *q ? int(**q) : 1;
}

Result<QList<PendingUpload>> UpstreamRepository::pendingFor(qint64 endpointId, int limit)
{
    // SQLite numbers named parameters by their first appearance: :e is 1 (both times), :limit 2.
    return sql::rows<PendingUpload>(
        m_db,
        QStringLiteral("SELECT %1, r.outbox_id IS NOT NULL FROM sync_outbox o JOIN actas a ON a.id = o.acta_id "
                       "LEFT JOIN sync_receipts r ON r.outbox_id = o.id AND r.endpoint_id = :e "
                       "WHERE (r.outbox_id IS NULL OR r.image_done_at IS NULL) "
                       "AND NOT EXISTS (SELECT 1 FROM sync_refusals f WHERE f.outbox_id = o.id AND f.endpoint_id = :e) "
                       "ORDER BY o.id LIMIT :limit")
            .arg(OutboxRepository::itemColumns()),
        {endpointId, limit}, [](Statement &r) -> Result<PendingUpload> {
            PendingUpload p;
            p.item = OutboxRepository::readItem(r);
            p.hasReceipt = r.columnInt64(OutboxRepository::ItemColumnCount) != 0;
            p.imageSha256
                = QJsonDocument::fromJson(p.item.payload).object().value(QStringLiteral("image_sha256")).toString();
            return p;
        });
}

Result<bool> UpstreamRepository::storeReceipt(qint64 outboxId, qint64 endpointId, const QByteArray &receipt,
                                              bool imageNeeded)
{
    // OR IGNORE: a receipt arriving twice (an answer lost, the record sent again) is the same receipt.
    const QString now = toStoredUtc(m_clock.nowUtc());
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT OR IGNORE INTO sync_receipts (outbox_id, endpoint_id, receipt, "
                                           "received_at, image_done_at) VALUES (?, ?, ?, ?, ?)"),
                            {outboxId, endpointId, receipt, now, imageNeeded ? SqlArg(nullptr) : SqlArg(now)});
        !s)
        return s.takeError();
    return acknowledgeIfComplete(outboxId);
}

Result<bool> UpstreamRepository::markImageDone(qint64 outboxId, qint64 endpointId)
{
    if (Status s = sql::run(m_db,
                            QStringLiteral("UPDATE sync_receipts SET image_done_at = ? WHERE outbox_id = ? "
                                           "AND endpoint_id = ? AND image_done_at IS NULL"),
                            {toStoredUtc(m_clock.nowUtc()), outboxId, endpointId});
        !s)
        return s.takeError();
    return acknowledgeIfComplete(outboxId);
}

Status UpstreamRepository::forgetReceipt(qint64 outboxId, qint64 endpointId)
{
    return sql::run(
        m_db,
        QStringLiteral("DELETE FROM sync_receipts WHERE outbox_id = ? AND endpoint_id = ? AND image_done_at IS NULL"),
        {outboxId, endpointId});
}

Result<bool> UpstreamRepository::acknowledgeIfComplete(qint64 outboxId)
{
    Result<int> q = quorum();
    if (!q)
        return q.takeError();
    Result<qint64> acked = sql::scalar<qint64>(m_db, QLatin1String(AckedBy), {outboxId});
    if (!acked)
        return acked.takeError();
    if (*acked < *q)
        return false;
    // group_concat over no rows is one NULL row: read as an empty list of names.
    Result<QString> names = sql::scalar<QString>(
        m_db,
        QStringLiteral(
            "SELECT group_concat(e.name, ', ') FROM sync_receipts r JOIN upstream_endpoints e ON e.id = r.endpoint_id "
            "WHERE r.outbox_id = ? AND r.image_done_at IS NOT NULL"),
        {outboxId});
    if (!names)
        return names.takeError();
    return m_actas.acknowledgeOutbox(outboxId, *names);
}

Status UpstreamRepository::storeRefusal(qint64 outboxId, qint64 endpointId, int httpStatus, const QString &reason)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT OR REPLACE INTO sync_refusals (outbox_id, endpoint_id, http_status, "
                                           "reason, refused_at) VALUES (?, ?, ?, ?, ?)"),
                            {outboxId, endpointId, httpStatus, reason, toStoredUtc(m_clock.nowUtc())});
        !s)
        return s;
    Result<std::optional<qint64>> actaId
        = sql::optionalScalar<qint64>(m_db, QStringLiteral("SELECT acta_id FROM sync_outbox WHERE id = ?"), {outboxId});
    if (!actaId)
        return actaId.takeError();
    const QJsonObject d {{QStringLiteral("outbox_id"), outboxId},
                         {QStringLiteral("endpoint_id"), endpointId},
                         {QStringLiteral("http_status"), httpStatus},
                         {QStringLiteral("reason"), reason}};
    Result<qint64> a = AuditLog::append(
        m_db, m_clock, {QLatin1String(AuditAction::SyncRefused), std::nullopt, *actaId, compactJson(d)});
    if (!a)
        return a.takeError();
    return tx->commit();
}

Result<QList<UpstreamRefusal>> UpstreamRepository::refusals()
{
    return sql::rows<UpstreamRefusal>(
        m_db,
        QStringLiteral("SELECT f.outbox_id, a.clave_acta, o.version, e.name, f.http_status, f.reason, "
                       "f.refused_at FROM sync_refusals f "
                       "JOIN sync_outbox o ON o.id = f.outbox_id JOIN actas a ON a.id = o.acta_id "
                       "JOIN upstream_endpoints e ON e.id = f.endpoint_id ORDER BY f.outbox_id, e.id"),
        {}, [](Statement &r) -> Result<UpstreamRefusal> {
            return UpstreamRefusal {r.columnInt64(0),
                                    r.columnText(1),
                                    r.columnInt64(2),
                                    r.columnText(3),
                                    int(r.columnInt64(4)),
                                    r.columnText(5),
                                    fromStoredUtc(r.columnText(6))};
        });
}

Result<qint64> UpstreamRepository::clearRefusals(const User &actor)
{
    if (Status s = requireConfigure(actor); !s)
        return s.takeError();
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    if (Status s = sql::run(m_db, QStringLiteral("DELETE FROM sync_refusals")); !s)
        return s.takeError();
    const qint64 n = m_db.changes();
    if (Status a
        = audit(actor, AuditAction::ConfigChanged, compactJson({{QStringLiteral("sync_refusals_cleared"), n}}));
        !a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return n;
}

Result<qint64> UpstreamRepository::acknowledgeReady()
{
    Result<int> q = quorum();
    if (!q)
        return q.takeError();
    Result<QList<qint64>> ids = sql::rows<qint64>(
        m_db,
        QStringLiteral(
            "SELECT o.id FROM sync_outbox o WHERE o.acked_at IS NULL AND (SELECT count(*) FROM sync_receipts r WHERE "
            "r.outbox_id = o.id AND r.image_done_at IS NOT NULL) >= ? ORDER BY o.id"),
        {*q}, [](Statement &r) -> Result<qint64> { return r.columnInt64(0); });
    if (!ids)
        return ids.takeError();
    qint64 done = 0;
    for (qint64 id : *ids) {
        Result<bool> a = acknowledgeIfComplete(id);
        if (!a)
            return a.takeError();
        done += *a ? 1 : 0;
    }
    return done;
}

Result<QByteArray> UpstreamRepository::imageBySha256(const QString &sha256)
{
    Result<std::optional<QByteArray>> original = sql::optionalScalar<QByteArray>(
        m_db, QStringLiteral("SELECT original FROM images WHERE sha256 = ? LIMIT 1"), {sha256});
    if (!original)
        return original.takeError();
    if (!*original)
        return fail(ErrorCode::NotFound, tr("The station holds no image with SHA-256 %1.").arg(sha256));
    return **original;
}

Result<QList<QPair<QString, QByteArray>>> UpstreamRepository::receipts(qint64 outboxId)
{
    return sql::rows<QPair<QString, QByteArray>>(
        m_db,
        QStringLiteral(
            "SELECT e.name, r.receipt FROM sync_receipts r JOIN upstream_endpoints e ON e.id = r.endpoint_id "
            "WHERE r.outbox_id = ? ORDER BY e.id"),
        {outboxId}, [](Statement &r) -> Result<QPair<QString, QByteArray>> {
            return QPair<QString, QByteArray>(r.columnText(0), r.columnBlob(1));
        });
}

Result<QList<AuditLog::WitnessedHead>> UpstreamRepository::witnessedHeads(const QString &stationId)
{
    struct Row
    {
        QString endpoint;
        QByteArray hubKeyHex;
        QByteArray receipt;
    };
    Result<QList<Row>> rows = sql::rows<Row>(
        m_db,
        QStringLiteral("SELECT e.name, e.hub_public_key, r.receipt FROM sync_receipts r JOIN upstream_endpoints e ON "
                       "e.id = r.endpoint_id ORDER BY r.outbox_id, e.id"),
        {}, [](Statement &r) -> Result<Row> {
            return Row {r.columnText(0), r.columnText(1).toLatin1(), r.columnBlob(2)};
        });
    if (!rows)
        return rows.takeError();
    QList<AuditLog::WitnessedHead> heads;
    for (const Row &row : *rows) {
        Result<SignedReceipt> receipt = SignedReceipt::fromJson(row.receipt);
        Status verified = receipt ? receipt->verify(QByteArray::fromHex(row.hubKeyHex)) : Status(receipt.takeError());
        if (!verified)
            return fail(ErrorCode::Integrity,
                        tr("A stored receipt of endpoint %1 does not hold: %2").arg(row.endpoint, verified.error()));
        if (receipt->receipt().stationId != stationId)
            return fail(ErrorCode::Integrity,
                        tr("A stored receipt of endpoint %1 is for station %2, not this one.")
                            .arg(row.endpoint, receipt->receipt().stationId));
        if (const std::optional<AuditHead> &head = receipt->receipt().auditHead)
            heads.append({receipt->receipt().seq, head->seq, head->hash, row.endpoint});
    }
    return heads;
}

Result<SyncSummary> UpstreamRepository::summary()
{
    return summaryOf(m_db);
}

Result<SyncSummary> UpstreamRepository::summaryOf(Database &db)
{
    // An aggregate without GROUP BY always returns its one row.
    Result<std::optional<SyncSummary>> summary = sql::optionalRow<SyncSummary>(
        db,
        QStringLiteral("SELECT count(*), count(acked_at), MIN(CASE WHEN acked_at IS NULL THEN created_at END), "
                       "MAX(acked_at), (SELECT count(*) FROM sync_refusals) FROM sync_outbox"),
        {}, [](Statement &r) -> Result<SyncSummary> {
            SyncSummary s;
            s.records = r.columnInt64(0);
            s.acknowledged = r.columnInt64(1);
            s.pending = s.records - s.acknowledged;
            if (!r.isNull(2))
                s.oldestPending = fromStoredUtc(r.columnText(2));
            if (!r.isNull(3))
                s.lastAcknowledged = fromStoredUtc(r.columnText(3));
            s.refused = r.columnInt64(4);
            return s;
        });
    if (!summary)
        return summary.takeError();
    return summary->value_or(SyncSummary());
}

Result<QList<OutboxItem>> UpstreamRepository::unacknowledged()
{
    return m_actas.outbox().pending(std::numeric_limits<int>::max());
}

} // namespace acta
