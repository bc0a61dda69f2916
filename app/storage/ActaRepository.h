#pragma once

#include "ActaKey.h"
#include "ActaWorkflow.h"
#include "Clock.h"
#include "EntryEffort.h"
#include "FieldValue.h"
#include "ImageRepository.h"
#include "OutboxRepository.h"
#include "PageReading.h"
#include "PrepRules.h"
#include "ReadingRepository.h"
#include "Result.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace acta {

class Database;
class Transaction;

struct ActaRecord
{
    qint64 id = 0;
    QString clave; // CLAVE_ACTA
    QString templateId;
    ActaWorkflow::State state = ActaWorkflow::State::Received;
    QString entry1User; // usernames; empty when none
    QString entry2User;
    QString reopenedBy; // who reopened it, while it is in dispute
    bool simulated = false;
    std::optional<SinActaReason> sinActaReason;
    QDateTime receivedAt; // UTC
    QDateTime capturedAt; // entry 1 saved
    QDateTime verifiedAt; // verified or adjudicated
    int utcOffsetMinutes = 0;
};

// One scanned page at intake: what the pipeline read, and the bytes to keep.
struct IntakePage
{
    QString templateId;
    bool simulated = false;
    QByteArray original; // the scanned file, byte for byte
    QByteArray normalized; // the registered page; may be empty
    PageReading reading; // kept as JSON, with its SHA-256 and perceptual hash
};

// Another acta that may be the same sheet: the very same file, or a page that looks alike.
struct DuplicateWarning
{
    enum class Kind { SameFile, SameSheet };
    Kind kind = Kind::SameFile;
    QString otherClave;
    int distance = 0; // SameSheet: Hamming distance of the perceptual hashes (of 64 bits)
    friend bool operator==(const DuplicateWarning &, const DuplicateWarning &) = default;
};

struct IntakeResult
{
    ActaRecord record; // now Digitized
    QString imageSha256;
    QList<DuplicateWarning> duplicates; // found before this page was kept
};

// The stable codes of why a scanned page was not stored, as its page_refused audit row keeps
// them (the drill scorer and reports read them; the row's message is what the operator saw).
// Not traced: a page refused because nobody is logged in (no one to attribute it to; the file
// stays to be imported again), a page the intake view keeps waiting for its CLAVE_ACTA to be
// typed (a typed CLAVE_ACTA refused is refused typing, the page still waits), and the pages a
// cancelled import never reached (never read, so never refused).
namespace RefusalReason {
// The quality gate or registration refused it: an unreadable or too large file, blur, levels,
// resolution, a cut-off or blank page, a form that could not be aligned.
inline constexpr char Quality[] = "quality";
inline constexpr char WrongForm[] = "wrong_form"; // markers, layout or QR of another template
// Its CLAVE_ACTA could not be read and nobody can type it (the CLI takes only pages that name
// themselves).
inline constexpr char NoIdentity[] = "no_identity";
inline constexpr char NotInCatalog[] = "not_in_catalog"; // fuera de catálogo: its casilla is not in the catalog
inline constexpr char AlreadyReceived[] = "already_received"; // its acta was already received: a duplicate sheet
// A drill's (SIMULACRO) sheet brought to a production station, or the other way round.
inline constexpr char DrillSheet[] = "drill_sheet";
// Storing it failed: the workflow, the role or the store refused (the message says which).
inline constexpr char StoreFailed[] = "store_failed";
} // namespace RefusalReason

// One scanned page that was not stored, for its audit trace.
struct RefusedPage
{
    QString fileName;
    QString sha256; // hex, of the file's original bytes
    QString clave; // CLAVE_ACTA when it was read or typed; may be empty
    QString reason; // a RefusalReason code
    QString message; // the translated text the operator was shown

    // The code for a page the pipeline did not accept (by its problems).
    static const char *reasonFor(const PageReading &rejected);
    // The code for a page whose intake failed with this error.
    static const char *reasonFor(ErrorCode intakeFailure);
};

// Which stored entry of an acta.
enum class EntryKind { Entry1, Entry2, Adjudication };

// One entry as stored: the figures, who typed (or decided) them and when.
struct StoredEntry
{
    qint64 id = 0; // entries.id: later entries have larger ids
    EntryKind kind = EntryKind::Entry1;
    Tally values;
    QString username;
    QDateTime createdAt; // UTC
    QString reason; // an adjudication's; empty otherwise
};

// An acta and when something last happened to it (its newest audit event).
struct ActaActivity
{
    ActaRecord acta;
    QDateTime lastEventAt; // UTC
};

// The actas of the station. Every change runs the ActaWorkflow transition it stands for,
// inside one transaction together with its data and its audit entry: a refused transition
// changes nothing, and no path stores state the workflow would not allow. Verified,
// adjudicated and sin-acta actas are queued for sync (outbox row) in the same transaction.
// Its images, readings and outbox rows are kept by the repositories it owns (images(),
// readings(), outbox()), which it writes inside its own transactions; readers use them directly.
class ActaRepository
{
    Q_DECLARE_TR_FUNCTIONS(ActaRepository)

public:
    ActaRepository(Database &db, const Clock &clock);

    // Intake of one accepted page, in one transaction: the acta is received (unless it already
    // waits in Received or ImageRejected), its image and reading are stored and it becomes
    // Digitized; or, on any failure, nothing of it is kept. The duplicate warnings are computed
    // in the same transaction, before the page is kept. how: how the page came in, kept with its
    // image (the default: scanned at the CATD, Acta PREP).
    Result<IntakeResult> intake(const User &actor, const ActaKey &key, const IntakePage &page,
                                const Digitization &how = {});
    // The trace of a page that was not stored: one page_refused audit row, in a transaction of
    // its own, naming the acta when its clave is one of this station's (else no acta). The
    // caller goes on with its batch when this fails: it logs and shows the failure.
    Status recordRefusedPage(const User &actor, const RefusedPage &page);
    // A casilla whose acta never arrived: received and recorded as sin acta in one transaction.
    Result<ActaRecord> intakeSinActa(const User &actor, const ActaKey &key, const QString &templateId, bool simulated,
                                     SinActaReason reason);
    // The same for every acta of one casilla (a special casilla's MR and RP actas), all or none.
    Result<QList<ActaRecord>> intakeSinActa(const User &actor, const QList<ActaKey> &keys, const QString &templateId,
                                            bool simulated, SinActaReason reason);
    // Intake: a new acta in state Received.
    // simulated must be the station's mode once it is set: a drill acta only in a drill store.
    Result<ActaRecord> receive(const User &actor, const ActaKey &key, const QString &templateId, bool simulated);
    // Set by Station when it opens its store.
    void setStationMode(bool drill) { m_stationDrill = drill; }
    // The original scan (its SHA-256 is the published integrity code) and the normalized image,
    // with how it came in.
    Result<QString> storeImage(const User &actor, const QString &clave, const QByteArray &original,
                               const QByteArray &normalized = QByteArray(), const Digitization &how = {});
    // The transitions that carry no data: AcceptImage, RejectImage, MarkFueraDeCatalogo,
    // ResolveIdentity, SendBackForRecapture, SendBackForRescan, Reopen. Reopening an acta already
    // queued or synced queues, in the same transaction, the next version of its record: the
    // same facts with COTEJADA 3 (under review), so upstream sees the review while it lasts.
    Result<ActaRecord> fire(const User &actor, const QString &clave, ActaWorkflow::Trigger trigger,
                            const QString &reason = QString());
    Result<ActaRecord> recordSinActa(const User &actor, const QString &clave, SinActaReason reason);
    // effort: what typing it cost (keys, time on screen), kept with the entry for the drills'
    // per-clerk scores; unknown (NULL) when not given.
    Result<ActaRecord> submitEntry1(const User &actor, const QString &clave, const Tally &tally,
                                    const EntryEffort &effort = {});
    // Equal to entry 1: verified and queued; different: in dispute.
    Result<ActaRecord> submitEntry2(const User &actor, const QString &clave, const Tally &tally,
                                    const EntryEffort &effort = {});
    Result<ActaRecord> adjudicate(const User &actor, const QString &clave, const Tally &tally, const QString &reason,
                                  const EntryEffort &effort = {});

    Result<ActaRecord> find(const QString &clave);
    Result<std::optional<Tally>> entry(const QString &clave, EntryKind kind); // the newest of that kind
    Result<QList<ActaRecord>> inState(ActaWorkflow::State state);
    // Every entry typed or decided on the acta, oldest first (entries sent back for re-capture
    // included: the caller tells the rounds apart by kind and order).
    Result<QList<StoredEntry>> entries(const QString &clave);
    // The actas with the newest audit events first, at most limit of them; with claveContains,
    // only those whose CLAVE_ACTA contains it (case-insensitive).
    Result<QList<ActaActivity>> recent(int limit, const QString &claveContains = QString());
    // How many actas are in the state.
    Result<qint64> countInState(ActaWorkflow::State state);
    // COTEJADA of the acta now, from the transitions in its audit history (ActaWorkflow::cotejada).
    Result<std::optional<int>> cotejada(qint64 actaId);

    // The outbox record reached its quorum upstream (details: which endpoints, for the audit
    // log): it is marked acknowledged and, when it is the acta's newest version and the acta
    // waits in QueuedForSync, the System actor fires AcknowledgeSync. One transaction; false
    // when it was already acknowledged (nothing changes).
    Result<bool> acknowledgeOutbox(qint64 outboxId, const QString &details);

    static QString entryKindId(EntryKind kind);

    ImageRepository &images() { return m_images; }
    ReadingRepository &readings() { return m_readings; }
    OutboxRepository &outbox() { return m_outbox; }

private:
    struct Loaded;
    Result<std::optional<ActaRecord>> lookup(const QString &clave);
    Result<QList<DuplicateWarning>> duplicatesOf(const QString &clave, const PageReading &reading);
    Result<Loaded> load(const QString &clave);
    Status requireActive(const User &actor);
    // One transaction: load the acta, run the steps (a transition and its data), read it back, commit.
    Result<ActaRecord> change(const QString &clave, const std::function<Status(Loaded &)> &steps);
    Result<ActaRecord> commitAndRead(Transaction &tx, const QString &clave);
    Status persist(const ActaRecord &record, const ActaWorkflow &workflow);
    Status audit(const User &actor, qint64 actaId, const char *action, const QString &details);
    Status transition(const User &actor, ActaRecord &record, ActaWorkflow &workflow, ActaWorkflow::Trigger trigger,
                      const QString &reason = QString());
    Status queueForSync(ActaRecord &record, ActaWorkflow &workflow);
    Status queueReview(const User &actor, const ActaRecord &record);
    struct EntryRow
    {
        QString valuesJson;
        QString username; // who typed or decided it
    };
    Result<std::optional<EntryRow>> newestEntry(const QString &clave, EntryKind kind);
    Status insertEntry(qint64 actaId, EntryKind kind, const User &actor, const Tally &tally, const QString &reason,
                       const EntryEffort &effort);

    Database &m_db;
    const Clock &m_clock;
    ImageRepository m_images;
    ReadingRepository m_readings;
    OutboxRepository m_outbox;
    std::optional<bool> m_stationDrill; // unset: a bare repository (tests), any flag goes
};

} // namespace acta
