#include "ActaWorkflow.h"

#include <QStringList>

namespace acta {

namespace {

using State = ActaWorkflow::State;
using Trigger = ActaWorkflow::Trigger;
using Separation = ActaWorkflow::Separation;

// Separation of duties must not be dodged by typing a user id in another case.
bool sameUser(const QString &a, const QString &b)
{
    return QString::compare(a, b, Qt::CaseInsensitive) == 0;
}

bool isBlank(const QString &userId)
{
    return userId.trimmed().isEmpty();
}

// The permissions a trainer may exercise on a simulated acta: everything that acts on actas.
bool isCapturePermission(Permission permission)
{
    switch (permission) {
    case Permission::RecordIntake:
    case Permission::ManageImages:
    case Permission::EnterData:
    case Permission::Adjudicate:
    case Permission::RecordSinActa:
    case Permission::ResolveIdentity:
    case Permission::ReopenActa:
        return true;
    default:
        return false;
    }
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

} // namespace

QList<ActaWorkflow::State> ActaWorkflow::allStates()
{
    return {State::Received,        State::Digitized,     State::ImageRejected, State::Entry1Done,
            State::Verified,        State::InDispute,     State::Adjudicated,   State::SinActa,
            State::FueraDeCatalogo, State::QueuedForSync, State::Synced};
}

QList<ActaWorkflow::Trigger> ActaWorkflow::allTriggers()
{
    return {Trigger::AcceptImage,         Trigger::RejectImage,
            Trigger::MarkFueraDeCatalogo, Trigger::ResolveIdentity,
            Trigger::RecordSinActa,       Trigger::SubmitEntry1,
            Trigger::Entry2Matches,       Trigger::Entry2Differs,
            Trigger::Adjudicate,          Trigger::SendBackForRecapture,
            Trigger::SendBackForRescan,   Trigger::QueueForSync,
            Trigger::AcknowledgeSync,     Trigger::Reopen};
}

const QList<ActaWorkflow::Transition> &ActaWorkflow::transitions()
{
    static const std::optional<Permission> System = std::nullopt;
    // clang-format off
    static const QList<Transition> table = {
        // from                   trigger                        to                      who                           separation                 reason
        {State::Received,        Trigger::AcceptImage,          State::Digitized,       Permission::ManageImages,    Separation::None,          false},
        {State::ImageRejected,   Trigger::AcceptImage,          State::Digitized,       Permission::ManageImages,    Separation::None,          false},
        {State::Received,        Trigger::RejectImage,          State::ImageRejected,   Permission::ManageImages,    Separation::None,          false},
        {State::Digitized,       Trigger::RejectImage,          State::ImageRejected,   Permission::ManageImages,    Separation::None,          false},
        {State::Received,        Trigger::MarkFueraDeCatalogo,  State::FueraDeCatalogo, Permission::RecordIntake,    Separation::None,          false},
        {State::Digitized,       Trigger::MarkFueraDeCatalogo,  State::FueraDeCatalogo, Permission::RecordIntake,    Separation::None,          false},
        {State::FueraDeCatalogo, Trigger::ResolveIdentity,      State::Digitized,       Permission::ResolveIdentity, Separation::None,          false},
        {State::Received,        Trigger::RecordSinActa,        State::SinActa,         Permission::RecordSinActa,   Separation::None,          false},
        {State::Digitized,       Trigger::SubmitEntry1,         State::Entry1Done,      Permission::EnterData,       Separation::None,          false},
        {State::Entry1Done,      Trigger::Entry2Matches,        State::Verified,        Permission::EnterData,       Separation::NotEntry1User, false},
        {State::Entry1Done,      Trigger::Entry2Differs,        State::InDispute,       Permission::EnterData,       Separation::NotEntry1User, false},
        {State::InDispute,       Trigger::Adjudicate,           State::Adjudicated,     Permission::Adjudicate,      Separation::NotEntryUsers, false},
        {State::InDispute,       Trigger::SendBackForRecapture, State::Digitized,       Permission::Adjudicate,      Separation::NotEntryUsers, false},
        {State::InDispute,       Trigger::SendBackForRescan,    State::ImageRejected,   Permission::Adjudicate,      Separation::NotEntryUsers, false},
        {State::Verified,        Trigger::QueueForSync,         State::QueuedForSync,   System,                      Separation::None,          false},
        {State::Adjudicated,     Trigger::QueueForSync,         State::QueuedForSync,   System,                      Separation::None,          false},
        {State::SinActa,         Trigger::QueueForSync,         State::QueuedForSync,   System,                      Separation::None,          false},
        {State::FueraDeCatalogo, Trigger::QueueForSync,         State::QueuedForSync,   System,                      Separation::None,          false},
        {State::QueuedForSync,   Trigger::AcknowledgeSync,      State::Synced,          System,                      Separation::None,          false},
        {State::Verified,        Trigger::Reopen,               State::InDispute,       Permission::ReopenActa,      Separation::NotEntryUsers, true},
        {State::Adjudicated,     Trigger::Reopen,               State::InDispute,       Permission::ReopenActa,      Separation::NotEntryUsers, true},
        {State::QueuedForSync,   Trigger::Reopen,               State::InDispute,       Permission::ReopenActa,      Separation::NotEntryUsers, true},
        {State::Synced,          Trigger::Reopen,               State::InDispute,       Permission::ReopenActa,      Separation::NotEntryUsers, true},
    };
    // clang-format on
    return table;
}

QString ActaWorkflow::stateId(State state)
{
    switch (state) {
    case State::Received:
        return QStringLiteral("received");
    case State::Digitized:
        return QStringLiteral("digitized");
    case State::ImageRejected:
        return QStringLiteral("image_rejected");
    case State::Entry1Done:
        return QStringLiteral("entry1_done");
    case State::Verified:
        return QStringLiteral("verified");
    case State::InDispute:
        return QStringLiteral("in_dispute");
    case State::Adjudicated:
        return QStringLiteral("adjudicated");
    case State::SinActa:
        return QStringLiteral("sin_acta");
    case State::FueraDeCatalogo:
        return QStringLiteral("fuera_de_catalogo");
    case State::QueuedForSync:
        return QStringLiteral("queued_for_sync");
    case State::Synced:
        return QStringLiteral("synced");
    }
    return {};
}

Result<ActaWorkflow::State> ActaWorkflow::parseState(QStringView id)
{
    for (State state : allStates()) {
        if (id == stateId(state))
            return state;
    }
    return fail(ErrorCode::Integrity, tr("Unknown acta state \"%1\" in storage.").arg(id.toString()));
}

bool ActaWorkflow::isFinal(State state)
{
    switch (state) {
    case State::Verified:
    case State::Adjudicated:
    case State::SinActa:
    case State::FueraDeCatalogo:
    case State::QueuedForSync:
    case State::Synced:
        return true;
    default:
        return false;
    }
}

QString ActaWorkflow::stateName(State state)
{
    switch (state) {
    case State::Received:
        return tr("Received");
    case State::Digitized:
        return tr("Digitized");
    case State::ImageRejected:
        return tr("Image rejected");
    case State::Entry1Done:
        return tr("Entry 1 done");
    case State::Verified:
        return tr("Verified");
    case State::InDispute:
        return tr("In dispute");
    case State::Adjudicated:
        return tr("Adjudicated");
    case State::SinActa:
        return tr("Sin acta");
    case State::FueraDeCatalogo:
        return tr("Fuera de catálogo");
    case State::QueuedForSync:
        return tr("Queued for sync");
    case State::Synced:
        return tr("Synced");
    }
    return {};
}

QString ActaWorkflow::triggerId(Trigger trigger)
{
    switch (trigger) {
    case Trigger::AcceptImage:
        return QStringLiteral("accept_image");
    case Trigger::RejectImage:
        return QStringLiteral("reject_image");
    case Trigger::MarkFueraDeCatalogo:
        return QStringLiteral("mark_fuera_de_catalogo");
    case Trigger::ResolveIdentity:
        return QStringLiteral("resolve_identity");
    case Trigger::RecordSinActa:
        return QStringLiteral("record_sin_acta");
    case Trigger::SubmitEntry1:
        return QStringLiteral("submit_entry1");
    case Trigger::Entry2Matches:
        return QStringLiteral("entry2_matches");
    case Trigger::Entry2Differs:
        return QStringLiteral("entry2_differs");
    case Trigger::Adjudicate:
        return QStringLiteral("adjudicate");
    case Trigger::SendBackForRecapture:
        return QStringLiteral("send_back_for_recapture");
    case Trigger::SendBackForRescan:
        return QStringLiteral("send_back_for_rescan");
    case Trigger::QueueForSync:
        return QStringLiteral("queue_for_sync");
    case Trigger::AcknowledgeSync:
        return QStringLiteral("acknowledge_sync");
    case Trigger::Reopen:
        return QStringLiteral("reopen");
    }
    return {};
}

Result<ActaWorkflow::Trigger> ActaWorkflow::parseTrigger(QStringView id)
{
    for (Trigger trigger : allTriggers()) {
        if (id == triggerId(trigger))
            return trigger;
    }
    return fail(ErrorCode::Integrity, tr("Unknown acta action \"%1\" in storage.").arg(id.toString()));
}

QString ActaWorkflow::triggerName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::AcceptImage:
        return tr("Accept image");
    case Trigger::RejectImage:
        return tr("Reject image");
    case Trigger::MarkFueraDeCatalogo:
        return tr("Mark fuera de catálogo");
    case Trigger::ResolveIdentity:
        return tr("Resolve identity");
    case Trigger::RecordSinActa:
        return tr("Record sin acta");
    case Trigger::SubmitEntry1:
        return tr("Submit entry 1");
    case Trigger::Entry2Matches:
        return tr("Entry 2 matches");
    case Trigger::Entry2Differs:
        return tr("Entry 2 differs");
    case Trigger::Adjudicate:
        return tr("Adjudicate");
    case Trigger::SendBackForRecapture:
        return tr("Send back for re-capture");
    case Trigger::SendBackForRescan:
        return tr("Send back for re-scan");
    case Trigger::QueueForSync:
        return tr("Queue for sync");
    case Trigger::AcknowledgeSync:
        return tr("Acknowledge sync");
    case Trigger::Reopen:
        return tr("Reopen");
    }
    return {};
}

ActaWorkflow::ActaWorkflow(bool simulated)
    : m_simulated(simulated)
{ }

ActaWorkflow::ActaWorkflow(State state, QString entry1User, QString entry2User, bool simulated, QString reopenedBy)
    : m_state(state)
    , m_entry1User(std::move(entry1User))
    , m_entry2User(std::move(entry2User))
    , m_reopenedBy(std::move(reopenedBy))
    , m_simulated(simulated)
{ }

Result<ActaWorkflow> ActaWorkflow::restore(State state, QString entry1User, QString entry2User, bool simulated,
                                           QString reopenedBy)
{
    if (!reopenedBy.isEmpty() && state != State::InDispute)
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot restore an acta that is \"%1\" with a reopener: only an acta in dispute has one.")
                        .arg(stateName(state)));
    const bool has1 = !entry1User.isEmpty();
    const bool has2 = !entry2User.isEmpty();
    const QString name = stateName(state);
    if ((has1 && isBlank(entry1User)) || (has2 && isBlank(entry2User)))
        return fail(ErrorCode::InvalidInput, tr("Cannot restore an acta whose entry user id is only spaces."));
    if (has2 && !has1)
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot restore an acta with an entry-2 user (%1) but no entry-1 user.").arg(entry2User));
    if (has1 && has2 && sameUser(entry1User, entry2User))
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot restore an acta whose entries 1 and 2 were both done by %1.").arg(entry1User));

    switch (state) {
    // Before entry 1 (or after a send-back, which clears the entries) there are no entry users.
    case State::Received:
    case State::Digitized:
    case State::ImageRejected:
    case State::SinActa:
    case State::FueraDeCatalogo:
        if (has1)
            return fail(ErrorCode::InvalidInput,
                        tr("Cannot restore an acta that is \"%1\" with entry users: that state has none.").arg(name));
        break;
    case State::Entry1Done:
        if (!has1)
            return fail(ErrorCode::InvalidInput,
                        tr("Cannot restore an acta that is \"%1\" without its entry-1 user.").arg(name));
        if (has2)
            return fail(
                ErrorCode::InvalidInput,
                tr("Cannot restore an acta that is \"%1\" with an entry-2 user: entry 2 is not done yet.").arg(name));
        break;
    case State::Verified:
    case State::Adjudicated:
        if (!has2)
            return fail(ErrorCode::InvalidInput,
                        tr("Cannot restore an acta that is \"%1\" without both entry users.").arg(name));
        break;
    // Reached either through both entries, or from sin acta / fuera de catálogo with none.
    case State::InDispute:
    case State::QueuedForSync:
    case State::Synced:
        if (has1 && !has2)
            return fail(
                ErrorCode::InvalidInput,
                tr("Cannot restore an acta that is \"%1\" with an entry-1 user but no entry-2 user.").arg(name));
        break;
    }
    return ActaWorkflow(state, std::move(entry1User), std::move(entry2User), simulated, std::move(reopenedBy));
}

const ActaWorkflow::Transition *ActaWorkflow::find(Trigger trigger) const
{
    for (const Transition &transition : transitions()) {
        if (transition.trigger == trigger && transition.from == m_state)
            return &transition;
    }
    return nullptr;
}

Status ActaWorkflow::checkActor(const Transition &transition, const Actor &actor) const
{
    const QString action = triggerName(transition.trigger);
    if (transition.systemOnly()) {
        if (!actor.isSystem())
            return fail(ErrorCode::PermissionDenied,
                        tr("\"%1\" is done by the station itself; %2 (%3) cannot do it.")
                            .arg(action, actor.userId(), roleName(*actor.role())));
        return {};
    }
    if (actor.isSystem())
        return fail(ErrorCode::PermissionDenied,
                    tr("\"%1\" must be done by a person with the permission \"%2\", not by the station itself.")
                        .arg(action, permissionName(*transition.permission)));
    if (isBlank(actor.userId()))
        return fail(ErrorCode::InvalidInput, tr("\"%1\" needs the user id of the person doing it.").arg(action));

    const Role role = *actor.role();
    const Permission permission = *transition.permission;
    if (!hasPermission(role, permission)) {
        // Drills run the real workflow with trainers playing every part, but only on drill actas.
        const bool trainerCapture = role == Role::Trainer && isCapturePermission(permission);
        if (trainerCapture && !m_simulated)
            return fail(ErrorCode::PermissionDenied,
                        tr("A trainer may do \"%1\" only on a simulated acta; this acta is real.").arg(action));
        if (!trainerCapture)
            return fail(ErrorCode::PermissionDenied,
                        tr("\"%1\" needs the permission \"%2\", which the role %3 does not have.")
                            .arg(action, permissionName(permission), roleName(role)));
    }

    switch (transition.separation) {
    case Separation::None:
        break;
    case Separation::NotEntry1User:
        if (sameUser(actor.userId(), m_entry1User))
            return fail(ErrorCode::PermissionDenied,
                        tr("Entry 2 must be done by someone other than %1, who did entry 1.").arg(m_entry1User));
        break;
    case Separation::NotEntryUsers:
        if (sameUser(actor.userId(), m_entry1User) || sameUser(actor.userId(), m_entry2User)) {
            const int entry = sameUser(actor.userId(), m_entry1User) ? 1 : 2;
            return fail(ErrorCode::PermissionDenied,
                        tr("\"%1\" must be done by someone who did neither entry; %2 did entry %3.")
                            .arg(action, actor.userId())
                            .arg(entry));
        }
        // A reopened acta is decided by another person than the one who reopened it.
        if (transition.permission == Permission::Adjudicate && sameUser(actor.userId(), m_reopenedBy))
            return fail(
                ErrorCode::PermissionDenied,
                tr("\"%1\" must be done by someone other than %2, who reopened the acta.").arg(action, m_reopenedBy));
        break;
    }
    return {};
}

Status ActaWorkflow::canFire(Trigger trigger, const Actor &actor, const QString &reason) const
{
    const Transition *transition = find(trigger);
    if (!transition) {
        QStringList from;
        for (const Transition &t : transitions()) {
            if (t.trigger == trigger)
                from.append(quoted(stateName(t.from)));
        }
        return fail(ErrorCode::InvalidState,
                    tr("\"%1\" is not possible while the acta is \"%2\"; the acta must be %3.")
                        .arg(triggerName(trigger), stateName(m_state), from.join(tr(" or "))));
    }
    if (Status status = checkActor(*transition, actor); !status)
        return status;
    if (transition->requiresReason && reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("\"%1\" needs a reason, which goes into the acta's history.").arg(triggerName(trigger)));
    return {};
}

Status ActaWorkflow::fire(Trigger trigger, const Actor &actor, const QString &reason)
{
    if (Status status = canFire(trigger, actor, reason); !status)
        return status;
    switch (trigger) {
    case Trigger::SubmitEntry1:
        m_entry1User = actor.userId();
        break;
    case Trigger::Entry2Matches:
    case Trigger::Entry2Differs:
        m_entry2User = actor.userId();
        break;
    // Both entries start over: the next pair of clerks is checked afresh.
    case Trigger::SendBackForRecapture:
    case Trigger::SendBackForRescan:
        m_entry1User.clear();
        m_entry2User.clear();
        m_reopenedBy.clear();
        break;
    case Trigger::Adjudicate:
        m_reopenedBy.clear();
        break;
    case Trigger::Reopen:
        m_reopenedBy = actor.userId();
        break;
    default:
        break;
    }
    m_state = find(trigger)->to;
    return {};
}

QList<ActaWorkflow::Trigger> ActaWorkflow::availableTriggers(const Actor &actor) const
{
    QList<Trigger> available;
    for (Trigger trigger : allTriggers()) {
        const Transition *transition = find(trigger);
        if (transition && checkActor(*transition, actor))
            available.append(trigger);
    }
    return available;
}

std::optional<int> ActaWorkflow::cotejada(const QList<Trigger> &history)
{
    bool corrected = false;
    bool sinActa = false;
    std::optional<Trigger> settled; // the newest trigger that settled the figures (or that there are none)
    for (Trigger t : history) {
        switch (t) {
        case Trigger::Adjudicate:
        case Trigger::SendBackForRecapture:
        case Trigger::SendBackForRescan:
        case Trigger::Reopen:
            corrected = true;
            break;
        case Trigger::RecordSinActa:
            sinActa = true; // it stays a sin acta record, even when reopened
            break;
        default:
            break;
        }
        if (t == Trigger::Entry2Matches || t == Trigger::Adjudicate || t == Trigger::MarkFueraDeCatalogo
            || t == Trigger::RecordSinActa)
            settled = t;
    }
    // No figures were ever checked against a sheet: nothing to state.
    if (sinActa || !settled || *settled == Trigger::MarkFueraDeCatalogo)
        return std::nullopt;
    const Trigger last = history.last();
    if (last == Trigger::Reopen) {
        const Trigger before = history.size() > 1 ? history.at(history.size() - 2) : last;
        if (before == Trigger::QueueForSync || before == Trigger::AcknowledgeSync)
            return 3;
        return std::nullopt;
    }
    switch (last) {
    case Trigger::Entry2Matches:
    case Trigger::Adjudicate:
    case Trigger::QueueForSync:
    case Trigger::AcknowledgeSync:
        return corrected ? 2 : 1;
    default:
        return std::nullopt; // being captured again
    }
}

} // namespace acta
