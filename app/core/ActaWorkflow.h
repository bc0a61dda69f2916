#pragma once

#include "Result.h"
#include "Roles.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>

namespace acta {

// Who fires a transition: a person (user id + role) or the station itself. The station's
// System actor exists only for the sync steps, which no person may fake. There is no default
// constructor so that nobody becomes the System actor by accident.
class Actor
{
public:
    static Actor system() { return Actor(QString(), std::nullopt); }
    static Actor person(QString userId, Role role) { return Actor(std::move(userId), role); }

    bool isSystem() const { return !m_role.has_value(); }
    const QString &userId() const { return m_userId; } // empty for the System actor
    std::optional<Role> role() const { return m_role; } // nullopt for the System actor

private:
    Actor(QString userId, std::optional<Role> role)
        : m_userId(std::move(userId))
        , m_role(role)
    { }
    QString m_userId;
    std::optional<Role> m_role;
};

// The life of one acta at the capture center, as a state machine.
//
// States
//   Received         intake recorded, no accepted image yet
//   Digitized        image accepted, awaiting entry 1
//   ImageRejected    image rejected, awaiting re-scan
//   Entry1Done       entry 1 done, awaiting entry 2
//   Verified         entries 1 and 2 matched
//   InDispute        entries differ (or a reopened acta): a third person decides
//   Adjudicated      the third person decided the values
//   SinActa          recorded without its sheet (reason 1-4, kept by the caller)
//   FueraDeCatalogo  identity missing, illegible or not in the catalog; kept
//   QueuedForSync    final at this station, waiting to go upstream
//   Synced           acknowledged upstream
//
// Transitions (one row of transitions() per from-state)
//   Trigger               From                              To               Who
//   AcceptImage           Received, ImageRejected           Digitized        ManageImages
//   RejectImage           Received, Digitized               ImageRejected    ManageImages
//   MarkFueraDeCatalogo   Received, Digitized               FueraDeCatalogo  RecordIntake
//   ResolveIdentity       FueraDeCatalogo                   Digitized        ResolveIdentity
//   RecordSinActa         Received                          SinActa          RecordSinActa
//   SubmitEntry1          Digitized                         Entry1Done       EnterData; records entry-1 user
//   Entry2Matches         Entry1Done                        Verified         EnterData; not the entry-1 user;
//                                                                            records entry-2 user
//   Entry2Differs         Entry1Done                        InDispute        EnterData; same as Entry2Matches
//   Adjudicate            InDispute                         Adjudicated      Adjudicate; neither entry user
//                                                                            nor the reopener; clears reopener
//   SendBackForRecapture  InDispute                         Digitized        Adjudicate; as Adjudicate;
//                                                                            clears both entry users
//   SendBackForRescan     InDispute                         ImageRejected    Adjudicate; as Adjudicate;
//                                                                            clears both entry users
//   QueueForSync          Verified, Adjudicated, SinActa,   QueuedForSync    System only
//                         FueraDeCatalogo
//   AcknowledgeSync       QueuedForSync                     Synced           System only
//   Reopen                Verified, Adjudicated,            InDispute        ReopenActa; neither entry user;
//                         QueuedForSync, Synced                              needs a non-empty reason;
//                                                                            keeps the entry users; records
//                                                                            the reopener (one supervisor
//                                                                            alone cannot reopen and decide)
//
// Who may fire: a person whose role has the permission (see Roles.h). A Trainer may fire
// the person transitions only on a simulated acta (drills), and separation of duties still
// applies. An Administrator never fires any of them. The System actor fires only the
// system-only transitions, and persons never fire those. User ids are compared without
// regard to case, so "Ana" and "ana" count as the same person for separation of duties.
//
// The reason given to Reopen is not stored here: the caller records it in the audit trail.
//
// COTEJADA (how the PREP publication says an acta was checked) follows from the triggers fired on
// it, oldest first (cotejada()):
//   1  final (Verified or Adjudicated, then queued or synced) after Entry2Matches, with no
//      Adjudicate, SendBackForRecapture, SendBackForRescan or Reopen anywhere in its history;
//   2  final after a correction: one of those four is in its history;
//   3  reopened from QueuedForSync or Synced and not final again: what went upstream is under
//      review (checked and not accepted, in the publication's words);
//   none while it is being captured, and for sin acta and fuera de catálogo actas.
class ActaWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(ActaWorkflow)

public:
    enum class State {
        Received,
        Digitized,
        ImageRejected,
        Entry1Done,
        Verified,
        InDispute,
        Adjudicated,
        SinActa,
        FueraDeCatalogo,
        QueuedForSync,
        Synced,
    };

    enum class Trigger {
        AcceptImage,
        RejectImage,
        MarkFueraDeCatalogo,
        ResolveIdentity,
        RecordSinActa,
        SubmitEntry1,
        Entry2Matches,
        Entry2Differs,
        Adjudicate,
        SendBackForRecapture,
        SendBackForRescan,
        QueueForSync,
        AcknowledgeSync,
        Reopen,
    };

    // Which earlier hands the actor must not be.
    enum class Separation {
        None,
        NotEntry1User, // entry 2 is independent of entry 1
        NotEntryUsers, // the third person is neither entry-1 nor entry-2 user
    };

    struct Transition
    {
        State from;
        Trigger trigger;
        State to;
        std::optional<Permission> permission; // nullopt: only the System actor may fire it
        Separation separation;
        bool requiresReason;

        bool systemOnly() const { return !permission.has_value(); }
    };

    static QList<State> allStates(); // in enum order
    static QList<Trigger> allTriggers(); // in enum order
    static const QList<Transition> &transitions(); // the table documented above

    // Stable ids for storage ("received", "entry1_done"...) and translated names for the UI.
    static QString stateId(State state);
    static Result<State> parseState(QStringView id);
    static QString stateName(State state);
    // Nothing more to capture: verified, adjudicated, sin acta, fuera de catálogo, queued or synced.
    static bool isFinal(State state);
    static QString triggerId(Trigger trigger); // "accept_image", "entry2_matches"...
    static Result<Trigger> parseTrigger(QStringView id);
    static QString triggerName(Trigger trigger);

    // COTEJADA (1, 2 or 3, see above) of an acta whose history is these triggers, oldest first.
    static std::optional<int> cotejada(const QList<Trigger> &history);

    explicit ActaWorkflow(bool simulated = false); // a new acta, just Received

    // Rebuilds a stored acta; refuses entry users that the state cannot have.
    static Result<ActaWorkflow> restore(State state, QString entry1User, QString entry2User, bool simulated,
                                        QString reopenedBy = {});

    State state() const { return m_state; }
    const QString &entry1User() const { return m_entry1User; }
    const QString &entry2User() const { return m_entry2User; }
    const QString &reopenedBy() const { return m_reopenedBy; } // while a reopened acta is in dispute
    bool simulated() const { return m_simulated; }

    // Ok when the actor may fire the trigger now; otherwise says why not.
    [[nodiscard]] Status canFire(Trigger trigger, const Actor &actor, const QString &reason = {}) const;
    // canFire(), then moves to the next state. On refusal nothing changes.
    [[nodiscard]] Status fire(Trigger trigger, const Actor &actor, const QString &reason = {});
    // The triggers the actor could fire now, in enum order. Reopen is listed when only the
    // reason is missing, since the UI asks for it after the choice.
    QList<Trigger> availableTriggers(const Actor &actor) const;

private:
    ActaWorkflow(State state, QString entry1User, QString entry2User, bool simulated, QString reopenedBy);
    const Transition *find(Trigger trigger) const;
    Status checkActor(const Transition &transition, const Actor &actor) const;

    State m_state = State::Received;
    QString m_entry1User;
    QString m_entry2User;
    QString m_reopenedBy;
    bool m_simulated = false;
};

} // namespace acta
