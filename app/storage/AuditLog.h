#pragma once

#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

class Database;

// What happened, by whom, to which acta. Details is free text, usually compact JSON.
struct AuditEvent
{
    QString action; // one of the AuditAction names below
    std::optional<qint64> userId; // users.id; nullopt: the station itself
    std::optional<qint64> actaId; // actas.id, when the event concerns one acta
    QString details;
};

// The actions the station records; stored as these exact names.
namespace AuditAction {
inline constexpr char StationInitialised[] = "station_initialised";
inline constexpr char StationKeyCreated[] = "station_key_created";
inline constexpr char StationKeyRotated[] = "station_key_rotated";
inline constexpr char Login[] = "login";
inline constexpr char Logout[] = "logout";
inline constexpr char SessionLocked[] = "session_locked"; // by hand or after the idle time; unlocking is a login
inline constexpr char LoginFailed[] = "login_failed";
inline constexpr char UserAdded[] = "user_added";
inline constexpr char UserDisabled[] = "user_disabled";
inline constexpr char PasswordChanged[] = "password_changed";
inline constexpr char UserEnabled[] = "user_enabled"; // a disabled account given back
inline constexpr char UserUnlocked[] = "user_unlocked"; // a lock after failed logins lifted by a manager
inline constexpr char ActaCreated[] = "acta_created";
inline constexpr char Transition[] = "transition";
inline constexpr char ImageStored[] = "image_stored";
inline constexpr char Entry[] = "entry";
inline constexpr char Adjudication[] = "adjudication";
inline constexpr char Export[] = "export";
inline constexpr char Backup[] = "backup";
inline constexpr char StationRestored[] = "station_restored"; // recorded in the restored store itself
inline constexpr char ConfigChanged[] = "config_changed";
// A station setting (StationSettings) changed; details: key, from (null when unset), to.
inline constexpr char SettingChanged[] = "setting_changed";
inline constexpr char PassphraseChanged[] = "passphrase_changed";
inline constexpr char SyncAcknowledged[] = "sync_acknowledged"; // an outbox record reached its upstream quorum
inline constexpr char SyncRefused[] = "sync_refused"; // an endpoint refused a record for good
// A reopened acta's record queued again under review (COTEJADA 3), with the same figures.
inline constexpr char SyncReviewQueued[] = "sync_review_queued";
// A scanned page was not stored; details: file, sha256, clave, reason (a RefusalReason code), message.
inline constexpr char PageRefused[] = "page_refused";
// A certificate of the start or close of operations; details: kind, file, sha256 of its JSON twin.
inline constexpr char CertificateIssued[] = "certificate_issued";
} // namespace AuditAction

// The append-only, hash-chained audit log (table audit_log). Each entry stores the hash
// of the previous entry and the SHA-256 of its own content including that previous hash,
// so editing, deleting or reordering any entry breaks the chain from there on. The
// station row keeps the newest entry's seq and hash (the head), so dropping entries from
// the end is caught too. Someone holding the passphrase could still rewrite the whole
// chain; exporting the head (certification, sync receipts) anchors it outside.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    struct Entry
    {
        qint64 seq = 0;
        QString at; // stored UTC spelling
        std::optional<qint64> userId;
        QString action;
        std::optional<qint64> actaId;
        QString details;
        QString prevHash;
        QString hash;
    };

    struct Verification
    {
        qint64 entriesChecked = 0;
        qint64 firstBrokenSeq = 0; // 0 when the chain is intact
        QString problem; // translated; empty when intact
        bool intact() const { return firstBrokenSeq == 0 && problem.isEmpty(); }
    };

    // An audit head someone outside the station witnessed: a hub's receipt for record recordSeq
    // said the log's entry auditSeq had this hash.
    struct WitnessedHead
    {
        qint64 recordSeq = 0;
        qint64 auditSeq = 0;
        QString auditHash;
        QString witness; // who witnessed it ("primary", a file name), for the report
    };

    struct WitnessCheck
    {
        qint64 matched = 0; // heads whose entry holds the witnessed hash
        qint64 newestMatchedSeq = 0; // the latest entry a witness confirms
        qint64 discarded = 0; // heads of entries a restore replaced (records numbered below its base)
        qint64 firstMismatchSeq = 0; // 0 when every head matches
        QString problem; // translated; empty when every head matches
        bool holds() const { return firstMismatchSeq == 0 && problem.isEmpty(); }
    };

    static QString genesisHash(); // 64 zeros: the prev_hash of entry 1

    // Appends one entry inside the caller's open transaction, so the entry commits or rolls
    // back together with the change it records. Returns the new entry's seq.
    static Result<qint64> append(Database &db, const Clock &clock, const AuditEvent &event);

    // Walks the whole chain in seq order and reports the first broken link.
    static Result<Verification> verify(Database &db);

    // Compares the log with heads others witnessed. A rewrite of any entry up to a witnessed one
    // (even with the chain recomputed, by someone holding the passphrase) changes that entry's
    // hash; reported is the earliest entry that differs from, or is missing against, a witness.
    // A restore legitimately replaces the entries after its backup: a head of a record numbered
    // below the restore's sequence base, for an entry at or after the restore's own, is counted
    // as discarded, not as a mismatch, once a witness confirms the restore (a head of a record
    // numbered from that base on, matching the log at or past the restore's entry).
    static Result<WitnessCheck> checkWitnessed(Database &db, const QList<WitnessedHead> &heads);

    static Result<QList<Entry>> entriesForActa(Database &db, qint64 actaId);
    static Result<QList<Entry>> entries(Database &db, qint64 fromSeq = 1, qint64 limit = -1);

    // SHA-256 (hex) over an unambiguous, length-prefixed encoding of every field but hash.
    static QString computeHash(const Entry &entry);
};

} // namespace acta
