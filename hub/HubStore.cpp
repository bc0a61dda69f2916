#include "HubStore.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "HubLog.h"
#include "HubTransaction.h"
#include "Receipt.h"
#include "Sha256.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace acta {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// What the hub signs back for a record (its number, acta, version and canonical hash).
Receipt receiptFor(const SyncRecord &r, const QString &recordSha, const SigningKey &hubKey, const QDateTime &nowUtc)
{
    Receipt receipt;
    receipt.hubKey = hubKey.fingerprint();
    receipt.stationId = r.stationId;
    receipt.seq = r.seq;
    receipt.clave = r.clave;
    receipt.version = r.version;
    receipt.recordSha256 = recordSha;
    receipt.receivedAt = nowUtc.toUTC();
    receipt.auditHead = r.auditHead; // witnessed: echoed back, signed
    return receipt;
}

const QStringList &tables()
{
    static const QStringList t {QStringLiteral("stations"),
                                QStringLiteral("records"),
                                QStringLiteral("images"),
                                QStringLiteral("conflicts"),
                                QStringLiteral("record_aliases"),
                                QStringLiteral("sequence_gaps"),
                                QStringLiteral("station_districts"),
                                QStringLiteral("conflict_resolutions"),
                                QStringLiteral("hub_audit"),
                                QStringLiteral("revoked_keys"),
                                QStringLiteral("station_keys"),
                                QStringLiteral("audit_heads"),
                                QStringLiteral("hub_mode")};
    return t;
}

} // namespace

// What the station says of how the acta came in and was checked: the same version sent again must
// say the same, or a receipt would stand for values the hub never stored.
bool sameProvenance(const QString &storedJson, const SyncRecord &r)
{
    const QJsonObject stored = QJsonDocument::fromJson(storedJson.toUtf8()).object();
    const auto text = [&stored](const char *key) {
        const QJsonValue v = stored.value(QLatin1String(key));
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    const QJsonValue cotejada = stored.value(QLatin1String("cotejada"));
    return text("origen") == r.origen && text("digitalizacion") == r.digitalizacion
        && text("tipo_documento") == r.tipoDocumento
        && (cotejada.isDouble() ? std::optional<int>(cotejada.toInt()) : std::nullopt) == r.cotejada
        && stored.value(QLatin1String("identity_typed")).toBool() == r.identityTyped;
}

QString figuresDigest(const SyncRecord &record)
{
    QJsonObject values;
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it)
        values.insert(it.key(), it.value().toStorageString());
    const QJsonObject figures {
        {QStringLiteral("values"), values},
        {QStringLiteral("sin_acta_reason"),
         record.sinActaReason ? QJsonValue(int(*record.sinActaReason)) : QJsonValue(QJsonValue::Null)}};
    Result<QByteArray> bytes = CanonicalJson::serialize(figures);
    return sha256Hex(bytes ? *bytes : QByteArray());
}

bool HubStore::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

HubStore::HubStore(QString connectionName, bool postgres)
    : m_connection(std::move(connectionName))
    , m_postgres(postgres)
{ }

HubStore::~HubStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<HubStore>> HubStore::open(const QString &location)
{
    const bool postgres = isPostgresUrl(location);
    const QString name = QStringLiteral("actahub-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    const QString driver = postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return fail(
            ErrorCode::Unavailable,
            tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                .arg(driver, postgres ? QStringLiteral("libqt6sql6-psql") : QStringLiteral("libqt6sql6-sqlite")));
    std::unique_ptr<HubStore> store(new HubStore(name, postgres));
    store->m_displayName = postgres ? QUrl(location).toDisplayString(QUrl::RemovePassword) : location;
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    if (postgres) {
        const QUrl url(location);
        if (!url.isValid())
            return fail(
                ErrorCode::InvalidInput,
                tr("The database address %1 is not a valid URL.").arg(url.toDisplayString(QUrl::RemovePassword)));
        QUrlQuery query(url);
        QString host = url.host();
        QStringList options;
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (item.first == QLatin1String("host"))
                host = item.second; // a socket directory, as libpq allows
            else
                options << item.first + QLatin1Char('=') + item.second;
        }
        db.setHostName(host);
        if (url.port() > 0)
            db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        db.setDatabaseName(location);
        // Another process (a second `actahub serve`, or `publish`) may hold the write lock briefly.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return fail(ErrorCode::Database,
                    tr("Cannot open the hub database %1: %2").arg(store->m_displayName, db.lastError().text()));
    if (!postgres) {
        Result<QSqlQuery> version = store->exec(QStringLiteral("SELECT sqlite_version()"));
        if (!version)
            return version.takeError();
        const QString found = version->next() ? version->value(0).toString() : QString();
        const QStringList parts = found.split(QLatin1Char('.'));
        const int number = parts.value(0).toInt() * 1000000 + parts.value(1).toInt() * 1000 + parts.value(2).toInt();
        if (number < MinimumSqliteVersion)
            return fail(ErrorCode::Incompatible,
                        tr("The hub's embedded store needs SQLite 3.24 or later, but this process talks to SQLite "
                           "%1 (another SQLite library, such as SQLCipher's, was loaded before Qt's SQLite "
                           "driver).")
                            .arg(found));
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
            Result<QSqlQuery> q = store->exec(QString::fromLatin1(pragma));
            if (!q)
                return q.takeError();
        }
    }
    Status schema = store->createSchema();
    if (!schema)
        return schema.takeError();
    return store;
}

Result<QSqlQuery> HubStore::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    // PostgreSQL cannot PREPARE DDL or transaction statements: those run unprepared.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return fail(ErrorCode::Database,
                        tr("Database error in \"%1\": %2").arg(sql.left(60), q.lastError().text()));
        return q;
    }
    if (!q.prepare(sql))
        return fail(ErrorCode::Database,
                    tr("Database error preparing \"%1\": %2").arg(sql.left(60), q.lastError().text()));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return fail(ErrorCode::Database, tr("Database error in \"%1\": %2").arg(sql.left(60), q.lastError().text()));
    return q;
}

Result<QString> HubStore::engineVersion()
{
    Result<QSqlQuery> q = exec(m_postgres ? QStringLiteral("SELECT version()")
                                          : QStringLiteral("SELECT 'SQLite ' || sqlite_version()"));
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(ErrorCode::Database, tr("The hub database did not say its version."));
    return q->value(0).toString();
}

Status HubStore::createSchema()
{
    const QString id = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    const QString blob = m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    const QStringList statements {
        QStringLiteral("CREATE TABLE IF NOT EXISTS stations (station_id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                       "public_key TEXT NOT NULL, fingerprint TEXT NOT NULL UNIQUE, enrolled_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS records (id %1, station_id TEXT NOT NULL REFERENCES stations, "
                       "seq BIGINT NOT NULL, clave TEXT NOT NULL, version BIGINT NOT NULL, template_id TEXT NOT NULL, "
                       "simulated INTEGER NOT NULL, record_sha256 TEXT NOT NULL, figures_sha256 TEXT NOT NULL, "
                       "image_sha256 TEXT, record_json TEXT NOT NULL, envelope TEXT NOT NULL, "
                       "hub_received_at TEXT NOT NULL, receipt TEXT NOT NULL, "
                       "UNIQUE (station_id, seq), UNIQUE (station_id, clave, version))")
            .arg(id),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_clave ON records (clave, version)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS records_by_image ON records (image_sha256)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS images (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, "
                       "data %1 NOT NULL, received_at TEXT NOT NULL)")
            .arg(blob),
        // A record a restored station sent again, identical but for its new sequence number: the
        // stored record stands, and the new number gets a receipt of its own.
        QStringLiteral("CREATE TABLE IF NOT EXISTS record_aliases (station_id TEXT NOT NULL REFERENCES stations, "
                       "seq BIGINT NOT NULL, record_id BIGINT NOT NULL REFERENCES records(id), "
                       "record_sha256 TEXT NOT NULL, hub_received_at TEXT NOT NULL, receipt TEXT NOT NULL, "
                       "UNIQUE (station_id, seq))"),
        // An operator's decision on a dispute: the kept station's version is published.
        QStringLiteral("CREATE TABLE IF NOT EXISTS conflict_resolutions (id %1, clave TEXT NOT NULL, "
                       "template_id TEXT NOT NULL, keep_station TEXT NOT NULL, keep_version BIGINT NOT NULL, "
                       "reason TEXT NOT NULL, decided_by TEXT NOT NULL, decided_at TEXT NOT NULL)")
            .arg(id),
        // What operators did at the hub, each entry chained to the one before by its SHA-256.
        QStringLiteral("CREATE TABLE IF NOT EXISTS hub_audit (seq %1, at TEXT NOT NULL, actor TEXT NOT NULL, "
                       "action TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                       "hash TEXT NOT NULL)")
            .arg(id),
        // The districts a station may report actas of (set at enrollment by the hub operator).
        QStringLiteral("CREATE TABLE IF NOT EXISTS station_districts (station_id TEXT NOT NULL REFERENCES stations, "
                       "district INTEGER NOT NULL, UNIQUE (station_id, district))"),
        // A station's numbers that jumped: records may have been lost on the way (or the station
        // was restored, which jumps on purpose). Flagged for the operators, not refused.
        QStringLiteral("CREATE TABLE IF NOT EXISTS sequence_gaps (station_id TEXT NOT NULL REFERENCES stations, "
                       "after_seq BIGINT NOT NULL, next_seq BIGINT NOT NULL, detected_at TEXT NOT NULL, "
                       "UNIQUE (station_id, next_seq))"),
        // Keys operators took out of service; a key listed here is never taken again.
        QStringLiteral("CREATE TABLE IF NOT EXISTS revoked_keys (fingerprint TEXT PRIMARY KEY, "
                       "station_id TEXT NOT NULL, revoked_at TEXT NOT NULL, reason TEXT NOT NULL, "
                       "revoked_by TEXT NOT NULL)"),
        // The audit heads records carried: what the hub witnessed of each station's audit log.
        QStringLiteral("CREATE TABLE IF NOT EXISTS audit_heads (station_id TEXT NOT NULL REFERENCES stations, "
                       "record_seq BIGINT NOT NULL, clave TEXT NOT NULL, version BIGINT NOT NULL, "
                       "audit_seq BIGINT NOT NULL, audit_hash TEXT NOT NULL, witnessed_at TEXT NOT NULL, "
                       "UNIQUE (station_id, record_seq))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS conflicts (id %1, clave TEXT NOT NULL, station_a TEXT NOT NULL, "
                       "seq_a BIGINT NOT NULL, station_b TEXT NOT NULL, seq_b BIGINT NOT NULL, "
                       "detected_at TEXT NOT NULL, UNIQUE (station_a, seq_a, station_b, seq_b))")
            .arg(id),
    };
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    // Two processes starting on a fresh PostgreSQL database would race on CREATE TABLE IF NOT EXISTS.
    if (m_postgres) {
        Result<QSqlQuery> lock = exec(QStringLiteral("SELECT pg_advisory_xact_lock(7256001)"));
        if (!lock)
            return lock.takeError();
    }
    for (const QString &sql : statements + modeSchema() + keySchema()) {
        Result<QSqlQuery> q = exec(sql);
        if (!q)
            return q.takeError();
    }
    // Stores from before station_keys: the keys in service now are kept from here on.
    if (Status kept = keepKeys(); !kept)
        return kept;
    return transaction->commit();
}

Result<StoreOutcome> HubStore::storeRecord(const SignedRecord &signedRecord, const SigningKey &hubKey,
                                           const QDateTime &nowUtc)
{
    // A unique-constraint race with another process (possible on SQLite only between the
    // IMMEDIATE lock and nothing else, and on PostgreSQL prevented by the advisory locks) is
    // retried once: the second pass sees the other process's row and answers from it.
    Result<StoreOutcome> outcome = storeInTransaction(signedRecord, hubKey, nowUtc);
    if (!outcome)
        outcome = storeInTransaction(signedRecord, hubKey, nowUtc);
    return outcome;
}

Result<StoreOutcome> HubStore::storeInTransaction(const SignedRecord &signedRecord, const SigningKey &hubKey,
                                                  const QDateTime &nowUtc)
{
    const SyncRecord &r = signedRecord.record();
    Result<QByteArray> canonical = SyncRecordJson::canonicalBytes(r);
    if (!canonical)
        return canonical.takeError();
    const QString recordSha = sha256Hex(*canonical);

    // Every return before the commit rolls back (a savepoint step inside a bundle import).
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    if (m_postgres) {
        // Serializes, across processes, everything one station sends and everything about one acta.
        Result<QSqlQuery> lock
            = exec(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?)), "
                                  "pg_advisory_xact_lock(hashtext(?))"),
                   {QString(QStringLiteral("station:") + r.stationId), QString(QStringLiteral("acta:") + r.clave)});
        if (!lock)
            return lock.takeError();
    }

    // Who may sign is decided here, in the transaction that stores, for every way in (HTTPS and
    // bundles alike): the station's current key, not revoked. A revocation committed while a request
    // was on its way is seen here.
    Result<QSqlQuery> key = exec(QStringLiteral("SELECT s.fingerprint, k.revoked_at FROM stations s LEFT JOIN "
                                                "revoked_keys k ON k.fingerprint = ? WHERE s.station_id = ?"),
                                 {signedRecord.keyFingerprint(), r.stationId});
    if (!key)
        return key.takeError();
    StoreOutcome refused;
    refused.kind = StoreOutcome::Kind::KeyRefused;
    if (!key->next())
        refused.refusal = tr("Station %1 is not enrolled at this hub.").arg(r.stationId);
    else if (!key->value(1).isNull())
        refused.refusal = tr("Key %1 of station %2 was revoked at this hub at %3.")
                              .arg(signedRecord.keyFingerprint(), r.stationId, key->value(1).toString());
    else if (key->value(0).toString() != signedRecord.keyFingerprint())
        refused.refusal = tr("Station %1 is enrolled with key %2, not %3.")
                              .arg(r.stationId, key->value(0).toString(), signedRecord.keyFingerprint());
    if (!refused.refusal.isEmpty())
        return refused;
    // The store's mode, likewise for every way in: drill and real results never share a store.
    Result<QString> modeProblem = this->modeProblem(r.simulated);
    if (!modeProblem)
        return modeProblem.takeError();
    if (!modeProblem->isEmpty()) {
        refused.kind = StoreOutcome::Kind::ModeRefused;
        refused.refusal = *modeProblem;
        return refused;
    }

    Result<QSqlQuery> same = exec(QStringLiteral("SELECT record_sha256, receipt FROM records WHERE station_id = ? AND "
                                                 "seq = ?"),
                                  {r.stationId, r.seq});
    if (!same)
        return same.takeError();
    bool taken = same->next();
    if (!taken) {
        same
            = exec(QStringLiteral("SELECT record_sha256, receipt FROM record_aliases WHERE station_id = ? AND seq = ?"),
                   {r.stationId, r.seq});
        if (!same)
            return same.takeError();
        taken = same->next();
    }
    if (taken) {
        StoreOutcome outcome;
        if (same->value(0).toString() == recordSha) {
            outcome.kind = StoreOutcome::Kind::Duplicate;
            outcome.receipt = same->value(1).toString().toUtf8();
        } else {
            outcome.kind = StoreOutcome::Kind::SequenceTaken;
        }
        return outcome;
    }
    const QString figures = figuresDigest(r);
    Result<QSqlQuery> version
        = exec(QStringLiteral("SELECT id, figures_sha256, image_sha256, template_id, simulated, record_json FROM "
                              "records WHERE station_id = ? AND clave = ? AND version = ?"),
               {r.stationId, r.clave, r.version});
    if (!version)
        return version.takeError();
    if (version->next()) {
        const bool same = version->value(1).toString() == figures
            && version->value(2).toString() == r.imageSha256.value_or(QString())
            && version->value(3).toString() == r.templateId && (version->value(4).toInt() != 0) == r.simulated
            && sameProvenance(version->value(5).toString(), r);
        if (!same) {
            StoreOutcome outcome;
            outcome.kind = StoreOutcome::Kind::VersionTaken;
            return outcome;
        }
        // The same version again under a new number: a restored station resending what it had
        // sent before its backup was taken. Nothing new to store; a receipt for the new number.
        return restate(r, version->value(0).toLongLong(), recordSha, hubKey, nowUtc, *transaction);
    }
    // A station may only correct what it sent before, one version at a time: no jump to a
    // version so high that it would outrank every other station's for good.
    Result<QSqlQuery> last = exec(QStringLiteral("SELECT MAX(version) FROM records WHERE station_id = ? AND clave = ?"),
                                  {r.stationId, r.clave});
    if (!last)
        return last.takeError();
    const qint64 expected = (last->next() && !last->value(0).isNull() ? last->value(0).toLongLong() : 0) + 1;
    if (r.version != expected) {
        StoreOutcome outcome;
        outcome.kind = StoreOutcome::Kind::VersionOutOfOrder;
        outcome.expectedVersion = expected;
        return outcome;
    }

    const Receipt receipt = receiptFor(r, recordSha, hubKey, nowUtc);
    Result<SignedReceipt> signedReceipt = SignedReceipt::sign(receipt, hubKey);
    if (!signedReceipt)
        return signedReceipt.takeError();
    const QByteArray receiptBytes = signedReceipt->toJson();
    Result<QSqlQuery> highest
        = exec(QStringLiteral("SELECT MAX(seq) FROM records WHERE station_id = ?"), {r.stationId});
    if (!highest)
        return highest.takeError();
    if (highest->next() && !highest->value(0).isNull() && r.seq > highest->value(0).toLongLong() + 1) {
        const qint64 after = highest->value(0).toLongLong();
        Result<QSqlQuery> gap = exec(QStringLiteral("INSERT INTO sequence_gaps (station_id, after_seq, next_seq, "
                                                    "detected_at) VALUES (?, ?, ?, ?)"),
                                     {r.stationId, after, r.seq, toStoredUtc(nowUtc)});
        if (!gap)
            return gap.takeError();
        qCWarning(lcHub).noquote() << "station" << r.stationId << "jumped from sequence" << after << "to" << r.seq
                                   << "(records lost on the way, or a restore)";
    }
    Result<QSqlQuery> insert = exec(
        QStringLiteral("INSERT INTO records (station_id, seq, clave, version, template_id, simulated, record_sha256, "
                       "figures_sha256, image_sha256, record_json, envelope, hub_received_at, receipt) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.stationId, r.seq, r.clave, r.version, r.templateId, r.simulated ? 1 : 0, recordSha, figures,
         r.imageSha256 ? QVariant(*r.imageSha256) : QVariant(QMetaType(QMetaType::QString)),
         QString::fromUtf8(*canonical), QString::fromUtf8(signedRecord.envelope()), toStoredUtc(receipt.receivedAt),
         QString::fromUtf8(receiptBytes)});
    if (!insert)
        return insert.takeError();
    if (r.auditHead) {
        Result<QSqlQuery> head = exec(
            QStringLiteral("INSERT INTO audit_heads (station_id, record_seq, clave, version, audit_seq, audit_hash, "
                           "witnessed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {r.stationId, r.seq, r.clave, r.version, r.auditHead->seq, r.auditHead->hash, toStoredUtc(nowUtc)});
        if (!head)
            return head.takeError();
    }

    // The latest version each other station sent of this acta: a different figure set is a conflict.
    Result<QSqlQuery> others
        = exec(QStringLiteral(
                   "SELECT r.station_id, r.seq, r.figures_sha256 FROM records r WHERE r.clave = ? AND "
                   "r.station_id <> ? AND r.version = (SELECT MAX(o.version) FROM records o WHERE o.clave = r.clave "
                   "AND o.station_id = r.station_id)"),
               {r.clave, r.stationId});
    if (!others)
        return others.takeError();
    StoreOutcome outcome;
    QList<std::pair<QString, qint64>> conflicting;
    while (others->next())
        if (others->value(2).toString() != figures)
            conflicting.append({others->value(0).toString(), others->value(1).toLongLong()});
    for (const auto &[otherStation, otherSeq] : conflicting) {
        outcome.conflict = true;
        Result<QSqlQuery> c = exec(QStringLiteral("INSERT INTO conflicts (clave, station_a, seq_a, station_b, seq_b, "
                                                  "detected_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                   {r.clave, otherStation, otherSeq, r.stationId, r.seq, toStoredUtc(nowUtc)});
        if (!c)
            return c.takeError();
        qCWarning(lcHub).noquote() << "conflict on" << r.clave << "between" << otherStation << otherSeq << "and"
                                   << r.stationId << r.seq;
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.takeError();
    outcome.kind = StoreOutcome::Kind::Stored;
    outcome.receipt = receiptBytes;
    return outcome;
}

Result<StoreOutcome> HubStore::restate(const SyncRecord &r, qint64 recordId, const QString &recordSha,
                                       const SigningKey &hubKey, const QDateTime &nowUtc, Transaction &transaction)
{
    const Receipt receipt = receiptFor(r, recordSha, hubKey, nowUtc);
    Result<SignedReceipt> signedReceipt = SignedReceipt::sign(receipt, hubKey);
    if (!signedReceipt)
        return signedReceipt.takeError();
    const QByteArray receiptBytes = signedReceipt->toJson();
    Result<QSqlQuery> insert = exec(
        QStringLiteral("INSERT INTO record_aliases (station_id, seq, record_id, record_sha256, hub_received_at, "
                       "receipt) VALUES (?, ?, ?, ?, ?, ?)"),
        {r.stationId, r.seq, recordId, recordSha, toStoredUtc(receipt.receivedAt), QString::fromUtf8(receiptBytes)});
    if (!insert)
        return insert.takeError();
    if (Status committed = transaction.commit(); !committed)
        return committed.takeError();
    qCInfo(lcHub).noquote() << "station" << r.stationId << "sent version" << r.version << "of" << r.clave
                            << "again as sequence" << r.seq << "(restored?)";
    StoreOutcome outcome;
    outcome.kind = StoreOutcome::Kind::Restated;
    outcome.receipt = receiptBytes;
    return outcome;
}

Result<std::optional<QString>> HubStore::imageOwner(const QString &sha256)
{
    Result<QSqlQuery> q
        = exec(QStringLiteral("SELECT station_id FROM records WHERE image_sha256 = ? ORDER BY id LIMIT 1"), {sha256});
    if (!q)
        return q.takeError();
    if (!q->next())
        return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

Result<bool> HubStore::hasImage(const QString &sha256)
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT 1 FROM images WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.takeError();
    return q->next();
}

Result<bool> HubStore::putImage(const QString &sha256, const QByteArray &bytes, const QDateTime &nowUtc)
{
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    // ON CONFLICT DO NOTHING (SQLite >= 3.24, PostgreSQL >= 9.5): a concurrent upload of the same
    // image by another process is not an error.
    Result<QSqlQuery> q
        = exec(QStringLiteral("INSERT INTO images (sha256, size, data, received_at) VALUES (?, ?, ?, ?) "
                              "ON CONFLICT (sha256) DO NOTHING"),
               {sha256, qint64(bytes.size()), bytes, toStoredUtc(nowUtc)});
    if (!q)
        return q.takeError();
    const bool inserted = q->numRowsAffected() > 0;
    Status committed = transaction->commit();
    if (!committed)
        return committed.takeError();
    return inserted;
}

Result<QByteArray> HubStore::image(const QString &sha256)
{
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT data FROM images WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.takeError();
    if (!q->next())
        return fail(ErrorCode::NotFound, tr("No image %1 is stored.").arg(sha256));
    return q->value(0).toByteArray();
}

Result<qint64> HubStore::count(const QString &table)
{
    if (!tables().contains(table))
        return fail(ErrorCode::NotFound, tr("There is no table %1.").arg(table));
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    if (!q)
        return q.takeError();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<ImportItem>> HubStore::importBundle(const QList<SignedRecord> &records, const QList<ImportImage> &images,
                                                 const SigningKey &hubKey, const QDateTime &nowUtc, bool apply,
                                                 const QString &operatorName)
{
    // Each record below is a savepoint step inside this transaction; any early return rolls back all.
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    QList<ImportItem> items;
    bool refused = false;
    for (const SignedRecord &record : records) {
        ImportItem item;
        item.stationId = record.record().stationId;
        item.seq = record.record().seq;
        item.clave = record.record().clave;
        item.version = record.record().version;
        Result<StoreOutcome> outcome = storeInTransaction(record, hubKey, nowUtc);
        if (!outcome)
            return outcome.takeError();
        switch (outcome->kind) {
        case StoreOutcome::Kind::Stored:
            item.action = ImportItem::Action::Import;
            break;
        case StoreOutcome::Kind::Duplicate:
            item.action = ImportItem::Action::Skip;
            item.reason = tr("already there");
            break;
        case StoreOutcome::Kind::Restated:
            item.action = ImportItem::Action::Import;
            item.reason = tr("already there under another sequence number; receipt for this one");
            break;
        case StoreOutcome::Kind::SequenceTaken:
            item.action = ImportItem::Action::Refuse;
            item.reason
                = tr("sequence %1 of station %2 was already used for another record").arg(item.seq).arg(item.stationId);
            refused = true;
            break;
        case StoreOutcome::Kind::VersionTaken:
            item.action = ImportItem::Action::Refuse;
            item.reason
                = tr("version %1 of acta %2 was already sent with other content").arg(item.version).arg(item.clave);
            refused = true;
            break;
        case StoreOutcome::Kind::KeyRefused:
        case StoreOutcome::Kind::ModeRefused:
            item.action = ImportItem::Action::Refuse;
            item.reason = outcome->refusal;
            refused = true;
            break;
        case StoreOutcome::Kind::VersionOutOfOrder:
            item.action = ImportItem::Action::Refuse;
            item.reason = tr("version %1 of acta %2 is out of order: the next version of this station is %3")
                              .arg(item.version)
                              .arg(item.clave)
                              .arg(outcome->expectedVersion);
            refused = true;
            break;
        }
        items.append(item);
    }
    for (const ImportImage &image : images) {
        ImportItem item;
        item.imageSha256 = image.sha256;
        Result<QSqlQuery> named = exec(QStringLiteral("SELECT 1 FROM records WHERE image_sha256 = ?"), {image.sha256});
        if (!named)
            return named.takeError();
        if (!named->next()) {
            item.action = ImportItem::Action::Refuse;
            item.reason = tr("no record names this image");
            refused = true;
            items.append(item);
            continue;
        }
        Result<QSqlQuery> q
            = exec(QStringLiteral("INSERT INTO images (sha256, size, data, received_at) VALUES (?, ?, ?, ?) "
                                  "ON CONFLICT (sha256) DO NOTHING"),
                   {image.sha256, qint64(image.bytes.size()), image.bytes, toStoredUtc(nowUtc)});
        if (!q)
            return q.takeError();
        item.action = q->numRowsAffected() > 0 ? ImportItem::Action::Import : ImportItem::Action::Skip;
        if (item.action == ImportItem::Action::Skip)
            item.reason = tr("already there");
        items.append(item);
    }
    // All or nothing: a preview, or any refusal, leaves the store as it was (the transaction
    // rolls back as it ends).
    if (!apply || refused)
        return items;
    qint64 imported = 0;
    for (const ImportItem &item : items)
        imported += item.action == ImportItem::Action::Import ? 1 : 0;
    const QJsonObject details {
        {QStringLiteral("station_id"), records.isEmpty() ? QString() : records.first().record().stationId},
        {QStringLiteral("records"), qint64(records.size())},
        {QStringLiteral("images"), qint64(images.size())},
        {QStringLiteral("imported"), imported}};
    if (Status s = appendAudit(operatorName, QStringLiteral("bundle_imported"),
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), nowUtc);
        !s)
        return s.takeError();
    if (Status c = transaction->commit(); !c)
        return c.takeError();
    return items;
}

} // namespace acta
