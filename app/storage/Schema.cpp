#include "Schema.h"

#include "Database.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <QDir>

namespace acta {

namespace {

// Timestamps are UTC ISO-8601 text ("2024-06-02T18:05:09Z", optionally with fractions of a
// second): they sort as text, and the local time is recovered with utc_offset_min where a
// table keeps it. {UTC} in the SQL below stands for this pattern.
const char UtcPattern[] = "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]*Z'";

// Version 1: the station, its people, the actas with their images and entries, the
// append-only audit log and the outbox of what goes upstream.
const char SchemaV1[] = R"sql(
-- The one station this store belongs to.
CREATE TABLE station (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    station_id TEXT NOT NULL CHECK (length(station_id) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC}),
    utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -720 AND 840),
    simulation INTEGER NOT NULL DEFAULT 0 CHECK (simulation IN (0, 1)),
    signing_secret_key BLOB -- the station's signing key, set when it is certified
);

-- Usernames compare without regard to case, as ActaWorkflow compares user ids.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(username) > 0),
    full_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'trainer', 'administrator')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until TEXT CHECK (locked_until IS NULL OR locked_until GLOB {UTC}),
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC})
);

-- clave_acta is NULL only for a fuera de catalogo acta whose identity could not be read.
CREATE TABLE actas (
    id INTEGER PRIMARY KEY,
    clave_acta TEXT UNIQUE CHECK (clave_acta IS NULL OR length(clave_acta) = 13),
    template_id TEXT NOT NULL CHECK (length(template_id) > 0),
    state TEXT NOT NULL DEFAULT 'received' CHECK (state IN ('received', 'digitized', 'image_rejected',
        'entry1_done', 'verified', 'in_dispute', 'adjudicated', 'sin_acta', 'fuera_de_catalogo',
        'queued_for_sync', 'synced')),
    entry1_user INTEGER REFERENCES users(id),
    entry2_user INTEGER REFERENCES users(id),
    simulated INTEGER NOT NULL DEFAULT 0 CHECK (simulated IN (0, 1)),
    sin_acta_reason INTEGER CHECK (sin_acta_reason IS NULL OR sin_acta_reason BETWEEN 1 AND 4),
    received_at TEXT NOT NULL CHECK (received_at GLOB {UTC}),
    captured_at TEXT CHECK (captured_at IS NULL OR captured_at GLOB {UTC}),
    verified_at TEXT CHECK (verified_at IS NULL OR verified_at GLOB {UTC}),
    utc_offset_min INTEGER NOT NULL CHECK (utc_offset_min BETWEEN -720 AND 840),
    CHECK (state <> 'sin_acta' OR sin_acta_reason IS NOT NULL),
    -- separation of duties, again at the bottom: entry 2 is never typed by the entry-1 clerk
    CHECK (entry1_user IS NULL OR entry2_user IS NULL OR entry1_user <> entry2_user)
);
CREATE INDEX actas_state ON actas(state);

CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    acta_id INTEGER NOT NULL REFERENCES actas(id),
    original BLOB NOT NULL, -- the scanned file, byte for byte
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
    normalized BLOB, -- the deskewed, cropped image the clerks see
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC})
);
CREATE INDEX images_acta ON images(acta_id);
CREATE INDEX images_sha256 ON images(sha256);

CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    acta_id INTEGER NOT NULL REFERENCES actas(id),
    kind TEXT NOT NULL CHECK (kind IN ('entry1', 'entry2', 'adjudication')),
    user_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC}),
    values_json TEXT NOT NULL,
    reason TEXT
);
CREATE INDEX entries_acta ON entries(acta_id, kind);

-- Each row's hash covers its content and prev_hash, the previous row's hash: a chain.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL CHECK (at GLOB {UTC}),
    user_id INTEGER REFERENCES users(id), -- NULL: the system itself
    action TEXT NOT NULL CHECK (length(action) > 0),
    acta_id INTEGER REFERENCES actas(id),
    details TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_acta ON audit_log(acta_id);
-- Append-only in SQL itself, not only by the code's good manners.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: its rows cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: its rows cannot be deleted');
END;

-- The newest audit entry (seq 0 and the genesis hash while the log is empty), updated with
-- every append: removing entries from the end of the log then no longer goes unnoticed.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL CHECK (seq >= 0),
    hash TEXT NOT NULL CHECK (length(hash) = 64)
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- payload is a BLOB: it is signed, and a signature holds only for the exact bytes.
CREATE TABLE sync_outbox (
    id INTEGER PRIMARY KEY,
    acta_id INTEGER NOT NULL REFERENCES actas(id),
    version INTEGER NOT NULL CHECK (version >= 1),
    payload BLOB NOT NULL,
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC}),
    acked_at TEXT CHECK (acked_at IS NULL OR acked_at GLOB {UTC}),
    UNIQUE (acta_id, version)
);
CREATE INDEX sync_outbox_pending ON sync_outbox(id) WHERE acked_at IS NULL;
)sql";

// Version 2: where the outbox goes and what came back. The hubs are pinned here, inside the
// encrypted store (their TLS CA and their receipt-signing key), so nobody redirects a station
// by editing a file; each endpoint's signed receipt is kept with the record it acknowledges.
const char SchemaV2[] = R"sql(
-- How many endpoints must acknowledge a record before its acta counts as synced.
ALTER TABLE station ADD COLUMN sync_quorum INTEGER NOT NULL DEFAULT 1 CHECK (sync_quorum >= 1);

CREATE TABLE upstream_endpoints (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) > 0),
    url TEXT NOT NULL CHECK (url GLOB 'https://*'),
    ca_pem TEXT NOT NULL CHECK (length(ca_pem) > 0),
    hub_public_key TEXT NOT NULL CHECK (length(hub_public_key) = 64 AND hub_public_key NOT GLOB '*[^0-9a-f]*'),
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC})
);

-- One row per outbox record and endpoint once the endpoint's signed receipt verified; the
-- record counts as acknowledged by it when its image (if it names one) is stored there too.
CREATE TABLE sync_receipts (
    outbox_id INTEGER NOT NULL REFERENCES sync_outbox(id),
    endpoint_id INTEGER NOT NULL REFERENCES upstream_endpoints(id),
    receipt BLOB NOT NULL, -- the hub's signed envelope, byte for byte
    received_at TEXT NOT NULL CHECK (received_at GLOB {UTC}),
    image_done_at TEXT CHECK (image_done_at IS NULL OR image_done_at GLOB {UTC}),
    PRIMARY KEY (outbox_id, endpoint_id)
);

-- A record an endpoint refused for good (signature, enrollment, simulation flag...): not sent
-- there again until someone clears it; the reason is the hub's.
CREATE TABLE sync_refusals (
    outbox_id INTEGER NOT NULL REFERENCES sync_outbox(id),
    endpoint_id INTEGER NOT NULL REFERENCES upstream_endpoints(id),
    http_status INTEGER NOT NULL,
    reason TEXT NOT NULL,
    refused_at TEXT NOT NULL CHECK (refused_at GLOB {UTC}),
    PRIMARY KEY (outbox_id, endpoint_id)
);

-- What recognition read on an acta's accepted page (PageReading JSON), so entry 1 is pre-filled
-- after a restart too, and the duplicate check can compare perceptual hashes.
CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    acta_id INTEGER NOT NULL REFERENCES actas(id),
    image_sha256 TEXT NOT NULL CHECK (length(image_sha256) = 64),
    perceptual_hash TEXT CHECK (perceptual_hash IS NULL OR length(perceptual_hash) = 16),
    reading_json BLOB NOT NULL,
    created_at TEXT NOT NULL CHECK (created_at GLOB {UTC})
);
CREATE INDEX readings_acta ON readings(acta_id);
)sql";

const char SchemaV3[] = R"sql(
-- Who reopened an acta that is in dispute: another person decides it.
ALTER TABLE actas ADD COLUMN reopened_by INTEGER REFERENCES users(id);

-- Record sequence numbers sent upstream are seq_base + the outbox id. A restore moves seq_base
-- past every number the station may have used since the backup, so a hub never sees one twice.
ALTER TABLE station ADD COLUMN seq_base INTEGER NOT NULL DEFAULT 0 CHECK (seq_base >= 0);
)sql";

const char SchemaV4[] = R"sql(
-- The audit head when each record was queued: signed into the record, witnessed by the hub.
-- NULL for rows queued before this version (their records carry no head).
ALTER TABLE sync_outbox ADD COLUMN audit_seq INTEGER CHECK (audit_seq IS NULL OR audit_seq >= 1);
ALTER TABLE sync_outbox ADD COLUMN audit_hash TEXT
    CHECK ((audit_seq IS NULL AND audit_hash IS NULL) OR length(audit_hash) = 64);
)sql";

// Version 5: how each page came in, as the PREP publication states it (ORIGEN, DIGITALIZACION,
// TIPO_DOCUMENTO, see Digitization.h), and whether a person typed its CLAVE_ACTA. NULL for
// images stored before this version: their records say nothing about it.
const char SchemaV5[] = R"sql(
ALTER TABLE images ADD COLUMN origen TEXT CHECK (origen IS NULL OR origen IN ('CATD', 'CASILLA'));
ALTER TABLE images ADD COLUMN digitalizacion TEXT
    CHECK (digitalizacion IS NULL OR digitalizacion IN ('ESCANER', 'MOVIL', 'URNA'));
-- The three are known together, or not at all.
ALTER TABLE images ADD COLUMN tipo_documento TEXT
    CHECK ((tipo_documento IS NULL OR tipo_documento IN ('Acta PREP', 'Acta Consejo', 'Acta Consejo S',
        'Copia RPPCI', 'Copia PE', 'Acta Prisión', 'Representación de Acta'))
        AND (origen IS NULL) = (digitalizacion IS NULL) AND (origen IS NULL) = (tipo_documento IS NULL));
ALTER TABLE images ADD COLUMN identity_typed INTEGER NOT NULL DEFAULT 0 CHECK (identity_typed IN (0, 1));
)sql";

// Version 6: drills (simulacros). What each entry cost its clerk: keys pressed and milliseconds
// with the acta on screen, for the trainer's per-clerk scores (NULL when nothing measured it:
// scripts, rows before this version). The answer keys a trainer loads live only in a drill
// store: the trigger refuses them in a production one, whatever the code above it does.
const char SchemaV6[] = R"sql(
ALTER TABLE entries ADD COLUMN keystrokes INTEGER CHECK (keystrokes IS NULL OR keystrokes >= 0);
ALTER TABLE entries ADD COLUMN active_ms INTEGER CHECK (active_ms IS NULL OR active_ms >= 0);

CREATE TABLE drills (
    id INTEGER PRIMARY KEY,
    drill_id TEXT NOT NULL UNIQUE CHECK (length(drill_id) > 0),
    answer_key BLOB NOT NULL, -- DrillKey JSON
    loaded_at TEXT NOT NULL CHECK (loaded_at GLOB {UTC}),
    loaded_by INTEGER NOT NULL REFERENCES users(id),
    started_at TEXT CHECK (started_at IS NULL OR started_at GLOB {UTC})
);
CREATE TRIGGER drills_only_in_drill_store BEFORE INSERT ON drills
WHEN (SELECT simulation FROM station WHERE id = 1) IS NOT 1
BEGIN
    SELECT RAISE(ABORT, 'a drill answer key belongs only in a drill station');
END;
-- A station's mode is fixed when it is created.
CREATE TRIGGER station_mode_fixed BEFORE UPDATE OF simulation ON station
WHEN NEW.simulation IS NOT OLD.simulation
BEGIN
    SELECT RAISE(ABORT, 'a station''s mode (production or drill) is fixed at creation');
END;
)sql";

// Version 7: the station's settings an administrator chooses on its screen (StationSettings):
// kept in the encrypted store with the station, so they travel with its backups and nobody
// changes them by editing a file. Every change is audited (setting_changed).
const char SchemaV7[] = R"sql(
CREATE TABLE settings (
    key TEXT PRIMARY KEY CHECK (length(key) > 0),
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL CHECK (updated_at GLOB {UTC}),
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
)sql";

QString withUtcPattern(const char *sql)
{
    return QString::fromUtf8(sql).replace(QStringLiteral("{UTC}"), QLatin1String(UtcPattern));
}

} // namespace

const QList<Migration> &Schema::migrations()
{
    static const QList<Migration> list {
        {1, withUtcPattern(SchemaV1)}, {2, withUtcPattern(SchemaV2)}, {3, withUtcPattern(SchemaV3)},
        {4, withUtcPattern(SchemaV4)}, {5, withUtcPattern(SchemaV5)}, {6, withUtcPattern(SchemaV6)},
        {7, withUtcPattern(SchemaV7)},
    };
    return list;
}

int Schema::latestVersion()
{
    return int(migrations().size());
}

QString Schema::newerSchemaMessage(const QString &path, int version, int latest)
{
    return tr("%1 was created by a newer ActaCapture (schema %2); this version knows up to %3.")
        .arg(QDir::toNativeSeparators(path))
        .arg(version)
        .arg(latest);
}

Result<int> Schema::migrate(Database &db)
{
    return migrate(db, migrations());
}

Result<int> Schema::migrate(Database &db, const QList<Migration> &migrations)
{
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return fail(ErrorCode::Internal,
                        tr("The schema migrations are out of order: step %1 leads to version %2.")
                            .arg(i + 1)
                            .arg(migrations[i].version));
    }
    const int latest = int(migrations.size());
    Result<int> current = db.userVersion();
    if (!current)
        return current.takeError();
    if (*current > latest)
        return fail(ErrorCode::Incompatible, newerSchemaMessage(db.path(), *current, latest));

    for (const Migration &migration : migrations) {
        if (migration.version <= *current)
            continue;
        // The steps and the version they reach commit together, or not at all.
        Result<Transaction> transaction = Transaction::begin(db);
        if (!transaction)
            return transaction.takeError();
        Status ok = db.exec(migration.sql);
        if (ok)
            ok = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        if (ok)
            ok = transaction.value().commit();
        if (!ok)
            return fail(ok.code(),
                        tr("Could not bring %1 to schema version %2; it stays at version %3: %4")
                            .arg(QDir::toNativeSeparators(db.path()))
                            .arg(migration.version)
                            .arg(*current)
                            .arg(ok.error()));
        current = migration.version;
        qCInfo(lcStorage) << "migrated" << db.path() << "to schema version" << migration.version;
    }
    return current;
}

} // namespace acta
