#include "ActaWorkflow.h"
#include "Roles.h"
#include "TestSupport.h"

#include <QSet>
#include <QStringList>
#include <QTest>

using namespace acta;
using State = ActaWorkflow::State;
using Trigger = ActaWorkflow::Trigger;
using Transition = ActaWorkflow::Transition;

Q_DECLARE_METATYPE(acta::ActaWorkflow::State)
Q_DECLARE_METATYPE(acta::ActaWorkflow::Trigger)
Q_DECLARE_METATYPE(acta::Role)

// Readable QCOMPARE failures (found by argument-dependent lookup).
namespace acta {
char *toString(ActaWorkflow::State state)
{
    return QTest::toString(ActaWorkflow::stateId(state));
}
char *toString(ActaWorkflow::Trigger trigger)
{
    return QTest::toString(ActaWorkflow::triggerId(trigger));
}
} // namespace acta

namespace {

// Fixture users: "ana" and "beto" did entries 1 and 2; "carla" is a third clerk,
// "sofia" a supervisor, "tomas" a trainer, "alma" the administrator.
const QString Entry1 = QStringLiteral("ana");
const QString Entry2 = QStringLiteral("beto");
const QString Reason = QStringLiteral("District council ordered a recount of this casilla.");

// An acta in the given state, with the entry users that state implies.
ActaWorkflow at(State state, bool simulated = false)
{
    QString e1;
    QString e2;
    switch (state) {
    case State::Entry1Done:
        e1 = Entry1;
        break;
    case State::Verified:
    case State::InDispute:
    case State::Adjudicated:
    case State::QueuedForSync:
    case State::Synced:
        e1 = Entry1;
        e2 = Entry2;
        break;
    default:
        break;
    }
    Result<ActaWorkflow> restored = ActaWorkflow::restore(state, e1, e2, simulated);
    if (!restored)
        qFatal("fixture: %s", qPrintable(restored.error()));
    return std::move(restored).value();
}

// Someone entitled to fire the transition on a real acta, and not an entry user.
Actor suitableActor(const Transition &transition)
{
    if (transition.systemOnly())
        return Actor::system();
    if (hasPermission(Role::Clerk, *transition.permission))
        return Actor::person(QStringLiteral("carla"), Role::Clerk);
    return Actor::person(QStringLiteral("sofia"), Role::Supervisor);
}

Actor makeActor(const QString &who, const QString &userId)
{
    if (who == QLatin1String("system"))
        return Actor::system();
    const Result<Role> role = parseRole(who);
    if (!role)
        qFatal("fixture: %s", qPrintable(role.error()));
    return Actor::person(userId, *role);
}

bool isInTable(State from, Trigger trigger)
{
    for (const Transition &t : ActaWorkflow::transitions()) {
        if (t.from == from && t.trigger == trigger)
            return true;
    }
    return false;
}

QList<Transition> personTransitions()
{
    QList<Transition> result;
    for (const Transition &t : ActaWorkflow::transitions()) {
        if (!t.systemOnly())
            result.append(t);
    }
    return result;
}

QByteArray rowName(const Transition &t)
{
    return (ActaWorkflow::triggerId(t.trigger) + QLatin1String(" from ") + ActaWorkflow::stateId(t.from)).toUtf8();
}

QStringList triggerIds(const QList<Trigger> &triggers)
{
    QStringList ids;
    for (Trigger t : triggers)
        ids.append(ActaWorkflow::triggerId(t));
    return ids;
}

void addTransitionColumns()
{
    QTest::addColumn<State>("from");
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<State>("to");
}

} // namespace

class TestActaWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateIdsRoundTrip();
    void triggerIdsRoundTrip();
    void parseRejectsUnknownIds();
    void namesAreDistinctAndNonEmpty();
    void transitionTableIsConsistent();
    void newActaStartsReceived();

    void allowedTransition_data();
    void allowedTransition();
    void wrongStateRefused_data();
    void wrongStateRefused();
    void missingPermissionRefused_data();
    void missingPermissionRefused();
    void administratorNeverFiresCaptureTransitions();
    void systemOnlyRefusedForPersons_data();
    void systemOnlyRefusedForPersons();
    void personTriggersRefusedForSystem();
    void personWithoutUserIdRefused();

    void trainerOnSimulatedActa_data();
    void trainerOnSimulatedActa();
    void trainerOnRealActaRefused_data();
    void trainerOnRealActaRefused();
    void trainerSeparationOfDutiesOnSimulatedActa();

    void entry2BySameUserRefused_data();
    void entry2BySameUserRefused();
    void thirdPersonMustNotHaveEntered_data();
    void thirdPersonMustNotHaveEntered();
    void reopenByEntryUserRefused_data();
    void reopenByEntryUserRefused();
    void reopenRequiresReason_data();
    void reopenRequiresReason();
    void reopenerMayNotDecide();

    void happyPath();
    void disputePath();
    void sendBackForRecaptureClearsEntryUsers();
    void sendBackForRescanClearsEntryUsers();
    void sinActaAndFueraDeCatalogoPaths();
    void refusedFireChangesNothing();
    void availableTriggers_data();
    void availableTriggers();

    void restoreAcceptsConsistentData_data();
    void restoreAcceptsConsistentData();
    void restoreRejectsInconsistentData_data();
    void restoreRejectsInconsistentData();

    void cotejadaFollowsTheHistory_data();
    void cotejadaFollowsTheHistory();
};

void TestActaWorkflow::stateIdsRoundTrip()
{
    QSet<QString> ids;
    for (State state : ActaWorkflow::allStates()) {
        const QString id = ActaWorkflow::stateId(state);
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        const Result<State> parsed = ActaWorkflow::parseState(id);
        QVERIFY2(parsed.isOk(), qPrintable(id));
        QCOMPARE(*parsed, state);
    }
    QCOMPARE(ids.size(), 11);
    // Storage depends on these spellings: changing one is a schema change.
    QCOMPARE(ActaWorkflow::stateId(State::Entry1Done), QStringLiteral("entry1_done"));
    QCOMPARE(ActaWorkflow::stateId(State::FueraDeCatalogo), QStringLiteral("fuera_de_catalogo"));
    QCOMPARE(ActaWorkflow::stateId(State::QueuedForSync), QStringLiteral("queued_for_sync"));
}

void TestActaWorkflow::triggerIdsRoundTrip()
{
    QSet<QString> ids;
    for (Trigger trigger : ActaWorkflow::allTriggers()) {
        const QString id = ActaWorkflow::triggerId(trigger);
        QVERIFY(!id.isEmpty());
        ids.insert(id);
        const Result<Trigger> parsed = ActaWorkflow::parseTrigger(id);
        QVERIFY2(parsed.isOk(), qPrintable(id));
        QCOMPARE(*parsed, trigger);
    }
    QCOMPARE(ids.size(), 14);
    QCOMPARE(ActaWorkflow::triggerId(Trigger::SendBackForRescan), QStringLiteral("send_back_for_rescan"));
}

void TestActaWorkflow::parseRejectsUnknownIds()
{
    for (const QString &bad : {QString(), QStringLiteral("Received"), QStringLiteral(" synced"),
                               QStringLiteral("in dispute"), QStringLiteral("archived")}) {
        const Result<State> state = ActaWorkflow::parseState(bad);
        QVERIFY2(!state.isOk(), qPrintable(bad));
        QVERIFY_FAILS_WITH(state, ErrorCode::Integrity);
        QVERIFY_MESSAGE_NAMES(state, QLatin1Char('"') + bad + QLatin1Char('"'));
    }
    for (const QString &bad :
         {QString(), QStringLiteral("Reopen"), QStringLiteral("accept image"), QStringLiteral("delete")}) {
        const Result<Trigger> trigger = ActaWorkflow::parseTrigger(bad);
        QVERIFY2(!trigger.isOk(), qPrintable(bad));
        QVERIFY_FAILS_WITH(trigger, ErrorCode::Integrity);
        QVERIFY_MESSAGE_NAMES(trigger, QLatin1Char('"') + bad + QLatin1Char('"'));
    }
}

void TestActaWorkflow::namesAreDistinctAndNonEmpty()
{
    QSet<QString> stateNames;
    for (State state : ActaWorkflow::allStates()) {
        QVERIFY(!ActaWorkflow::stateName(state).isEmpty());
        stateNames.insert(ActaWorkflow::stateName(state));
    }
    QCOMPARE(stateNames.size(), ActaWorkflow::allStates().size());
    QSet<QString> triggerNames;
    for (Trigger trigger : ActaWorkflow::allTriggers()) {
        QVERIFY(!ActaWorkflow::triggerName(trigger).isEmpty());
        triggerNames.insert(ActaWorkflow::triggerName(trigger));
    }
    QCOMPARE(triggerNames.size(), ActaWorkflow::allTriggers().size());
}

void TestActaWorkflow::transitionTableIsConsistent()
{
    const QList<Transition> &table = ActaWorkflow::transitions();
    QCOMPARE(table.size(), 23);
    QSet<QPair<int, int>> seen;
    QSet<int> triggers;
    for (const Transition &t : table) {
        const QPair<int, int> key(int(t.from), int(t.trigger));
        QVERIFY2(!seen.contains(key), rowName(t).constData()); // deterministic: one target per (state, trigger)
        seen.insert(key);
        triggers.insert(int(t.trigger));
        const bool sync = t.trigger == Trigger::QueueForSync || t.trigger == Trigger::AcknowledgeSync;
        QCOMPARE(t.systemOnly(), sync);
        QCOMPARE(t.requiresReason, t.trigger == Trigger::Reopen);
        if (!t.systemOnly()) {
            // Every person transition is capture work: never the administrator's, always a supervisor's.
            QVERIFY(!hasPermission(Role::Administrator, *t.permission));
            QVERIFY(hasPermission(Role::Supervisor, *t.permission));
        }
    }
    QCOMPARE(triggers.size(), ActaWorkflow::allTriggers().size());
}

void TestActaWorkflow::newActaStartsReceived()
{
    const ActaWorkflow real;
    QCOMPARE(real.state(), State::Received);
    QVERIFY(!real.simulated());
    QVERIFY(real.entry1User().isEmpty());
    QVERIFY(real.entry2User().isEmpty());
    const ActaWorkflow drill(true);
    QVERIFY(drill.simulated());
    QCOMPARE(drill.state(), State::Received);
}

void TestActaWorkflow::allowedTransition_data()
{
    addTransitionColumns();
    for (const Transition &t : ActaWorkflow::transitions())
        QTest::newRow(rowName(t).constData()) << t.from << t.trigger << t.to;
}

void TestActaWorkflow::allowedTransition()
{
    QFETCH(State, from);
    QFETCH(Trigger, trigger);
    QFETCH(State, to);
    const Transition *transition = nullptr;
    for (const Transition &t : ActaWorkflow::transitions()) {
        if (t.from == from && t.trigger == trigger)
            transition = &t;
    }
    QVERIFY(transition);
    ActaWorkflow acta = at(from);
    const Actor actor = suitableActor(*transition);
    const Status can = acta.canFire(trigger, actor, Reason);
    QVERIFY2(can.isOk(), qPrintable(can.error()));
    QVERIFY(acta.availableTriggers(actor).contains(trigger));
    const Status fired = acta.fire(trigger, actor, Reason);
    QVERIFY2(fired.isOk(), qPrintable(fired.error()));
    QCOMPARE(acta.state(), to);
}

void TestActaWorkflow::wrongStateRefused_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<Trigger>("trigger");
    for (State state : ActaWorkflow::allStates()) {
        for (Trigger trigger : ActaWorkflow::allTriggers()) {
            if (!isInTable(state, trigger))
                QTest::addRow("%s in %s", qPrintable(ActaWorkflow::triggerId(trigger)),
                              qPrintable(ActaWorkflow::stateId(state)))
                    << state << trigger;
        }
    }
}

void TestActaWorkflow::wrongStateRefused()
{
    QFETCH(State, state);
    QFETCH(Trigger, trigger);
    // An actor who would be entitled in the right state: only the state is wrong.
    const Transition *any = nullptr;
    for (const Transition &t : ActaWorkflow::transitions()) {
        if (t.trigger == trigger)
            any = &t;
    }
    QVERIFY(any);
    ActaWorkflow acta = at(state);
    const Status status = acta.fire(trigger, suitableActor(*any), Reason);
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::InvalidState);
    QVERIFY_MESSAGE_NAMES(status, ActaWorkflow::stateName(state));
    QVERIFY_MESSAGE_NAMES(status, ActaWorkflow::triggerName(trigger));
    QVERIFY_MESSAGE_NAMES(status, ActaWorkflow::stateName(any->from));
    QCOMPARE(acta.state(), state);
}

void TestActaWorkflow::missingPermissionRefused_data()
{
    addTransitionColumns();
    QTest::addColumn<Role>("role");
    // Trainers are covered by the simulation tests: their refusal on real actas says so.
    for (const Transition &t : personTransitions()) {
        for (Role role : {Role::Clerk, Role::Supervisor, Role::Administrator}) {
            if (!hasPermission(role, *t.permission))
                QTest::addRow("%s by %s", rowName(t).constData(), qPrintable(roleId(role)))
                    << t.from << t.trigger << t.to << role;
        }
    }
}

void TestActaWorkflow::missingPermissionRefused()
{
    QFETCH(State, from);
    QFETCH(Trigger, trigger);
    QFETCH(Role, role);
    ActaWorkflow acta = at(from);
    const Status status = acta.fire(trigger, Actor::person(QStringLiteral("carla"), role), Reason);
    QVERIFY(!status.isOk());
    const Permission permission = [&] {
        for (const Transition &t : ActaWorkflow::transitions()) {
            if (t.from == from && t.trigger == trigger)
                return *t.permission;
        }
        return Permission::ViewHistory;
    }();
    QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(status, roleName(role));
    QVERIFY_MESSAGE_NAMES(status, permissionName(permission));
    QCOMPARE(acta.state(), from);
}

void TestActaWorkflow::administratorNeverFiresCaptureTransitions()
{
    const Actor admin = Actor::person(QStringLiteral("alma"), Role::Administrator);
    for (bool simulated : {false, true}) {
        for (const Transition &t : personTransitions()) {
            const ActaWorkflow acta = at(t.from, simulated);
            QVERIFY2(!acta.canFire(t.trigger, admin, Reason).isOk(), rowName(t).constData());
            QVERIFY(acta.availableTriggers(admin).isEmpty());
        }
    }
}

void TestActaWorkflow::systemOnlyRefusedForPersons_data()
{
    addTransitionColumns();
    QTest::addColumn<Role>("role");
    for (const Transition &t : ActaWorkflow::transitions()) {
        if (!t.systemOnly())
            continue;
        for (Role role : allRoles())
            QTest::addRow("%s by %s", rowName(t).constData(), qPrintable(roleId(role)))
                << t.from << t.trigger << t.to << role;
    }
}

void TestActaWorkflow::systemOnlyRefusedForPersons()
{
    QFETCH(State, from);
    QFETCH(Trigger, trigger);
    QFETCH(Role, role);
    // Simulated, so that not even a trainer's drill privileges apply.
    ActaWorkflow acta = at(from, true);
    const Status status = acta.fire(trigger, Actor::person(QStringLiteral("sofia"), role));
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(status, QStringLiteral("sofia"));
    QVERIFY_MESSAGE_NAMES(status, roleName(role));
    QCOMPARE(acta.state(), from);
}

void TestActaWorkflow::personTriggersRefusedForSystem()
{
    for (bool simulated : {false, true}) {
        for (const Transition &t : personTransitions()) {
            ActaWorkflow acta = at(t.from, simulated);
            const Status status = acta.fire(t.trigger, Actor::system(), Reason);
            QVERIFY2(!status.isOk(), rowName(t).constData());
            QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
            QVERIFY_MESSAGE_NAMES(status, permissionName(*t.permission));
            QCOMPARE(acta.state(), t.from);
        }
    }
}

void TestActaWorkflow::personWithoutUserIdRefused()
{
    for (const QString &blank : {QString(), QStringLiteral("   ")}) {
        ActaWorkflow acta;
        const Status status = acta.fire(Trigger::AcceptImage, Actor::person(blank, Role::Supervisor));
        QVERIFY(!status.isOk());
        QVERIFY_FAILS_WITH(status, ErrorCode::InvalidInput);
        QCOMPARE(acta.state(), State::Received);
    }
}

void TestActaWorkflow::trainerOnSimulatedActa_data()
{
    addTransitionColumns();
    for (const Transition &t : personTransitions())
        QTest::newRow(rowName(t).constData()) << t.from << t.trigger << t.to;
}

void TestActaWorkflow::trainerOnSimulatedActa()
{
    QFETCH(State, from);
    QFETCH(Trigger, trigger);
    QFETCH(State, to);
    ActaWorkflow acta = at(from, true);
    const Actor trainer = Actor::person(QStringLiteral("tomas"), Role::Trainer);
    QVERIFY(acta.availableTriggers(trainer).contains(trigger));
    const Status status = acta.fire(trigger, trainer, Reason);
    QVERIFY2(status.isOk(), qPrintable(status.error()));
    QCOMPARE(acta.state(), to);
}

void TestActaWorkflow::trainerOnRealActaRefused_data()
{
    trainerOnSimulatedActa_data();
}

void TestActaWorkflow::trainerOnRealActaRefused()
{
    QFETCH(State, from);
    QFETCH(Trigger, trigger);
    ActaWorkflow acta = at(from, false);
    const Actor trainer = Actor::person(QStringLiteral("tomas"), Role::Trainer);
    QVERIFY(acta.availableTriggers(trainer).isEmpty());
    const Status status = acta.fire(trigger, trainer, Reason);
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
    QCOMPARE(acta.state(), from);
}

void TestActaWorkflow::trainerSeparationOfDutiesOnSimulatedActa()
{
    const Actor tomas = Actor::person(QStringLiteral("tomas"), Role::Trainer);
    const Actor tere = Actor::person(QStringLiteral("tere"), Role::Trainer);
    const Actor tito = Actor::person(QStringLiteral("tito"), Role::Trainer);
    ActaWorkflow acta(true);
    QVERIFY(acta.fire(Trigger::AcceptImage, tomas).isOk());
    QVERIFY(acta.fire(Trigger::SubmitEntry1, tomas).isOk());
    QVERIFY(!acta.canFire(Trigger::Entry2Differs, tomas).isOk());
    QVERIFY(acta.fire(Trigger::Entry2Differs, tere).isOk());
    QVERIFY(!acta.canFire(Trigger::Adjudicate, tomas).isOk());
    QVERIFY(!acta.canFire(Trigger::Adjudicate, tere).isOk());
    QVERIFY(acta.fire(Trigger::Adjudicate, tito).isOk());
    QCOMPARE(acta.state(), State::Adjudicated);
    QVERIFY(!acta.canFire(Trigger::Reopen, tere, Reason).isOk());
    QVERIFY(acta.canFire(Trigger::Reopen, tito, Reason).isOk());
}

void TestActaWorkflow::entry2BySameUserRefused_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("userId");
    QTest::newRow("matches, same clerk") << Trigger::Entry2Matches << QStringLiteral("clerk") << Entry1;
    QTest::newRow("differs, same clerk") << Trigger::Entry2Differs << QStringLiteral("clerk") << Entry1;
    QTest::newRow("matches, other case") << Trigger::Entry2Matches << QStringLiteral("clerk") << QStringLiteral("ANA");
    QTest::newRow("differs, other case") << Trigger::Entry2Differs << QStringLiteral("clerk") << QStringLiteral("Ana");
    // The role does not matter: the same person entered the acta already.
    QTest::newRow("matches, as supervisor") << Trigger::Entry2Matches << QStringLiteral("supervisor") << Entry1;
}

void TestActaWorkflow::entry2BySameUserRefused()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, who);
    QFETCH(QString, userId);
    ActaWorkflow acta = at(State::Entry1Done);
    const Actor actor = makeActor(who, userId);
    QVERIFY(!acta.availableTriggers(actor).contains(trigger));
    const Status status = acta.fire(trigger, actor);
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(status, Entry1);
    QCOMPARE(acta.state(), State::Entry1Done);
    QCOMPARE(acta.entry2User(), QString());
}

void TestActaWorkflow::thirdPersonMustNotHaveEntered_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::addColumn<QString>("userId");
    for (Trigger trigger : {Trigger::Adjudicate, Trigger::SendBackForRecapture, Trigger::SendBackForRescan}) {
        for (const QString &user : {Entry1, Entry2, QStringLiteral("BETO")})
            QTest::addRow("%s by %s", qPrintable(ActaWorkflow::triggerId(trigger)), qPrintable(user))
                << trigger << user;
    }
}

void TestActaWorkflow::thirdPersonMustNotHaveEntered()
{
    QFETCH(Trigger, trigger);
    QFETCH(QString, userId);
    ActaWorkflow acta = at(State::InDispute);
    const Status status = acta.fire(trigger, Actor::person(userId, Role::Supervisor));
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(status, userId);
    QCOMPARE(acta.state(), State::InDispute);
    QCOMPARE(acta.entry1User(), Entry1);
    QCOMPARE(acta.entry2User(), Entry2);
    // Someone else may.
    QVERIFY(acta.canFire(trigger, Actor::person(QStringLiteral("sofia"), Role::Supervisor)).isOk());
}

void TestActaWorkflow::reopenByEntryUserRefused_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("userId");
    for (State state : {State::Verified, State::Adjudicated, State::QueuedForSync, State::Synced}) {
        for (const QString &user : {Entry1, Entry2})
            QTest::addRow("%s by %s", qPrintable(ActaWorkflow::stateId(state)), qPrintable(user)) << state << user;
    }
}

void TestActaWorkflow::reopenByEntryUserRefused()
{
    QFETCH(State, state);
    QFETCH(QString, userId);
    ActaWorkflow acta = at(state);
    const Status status = acta.fire(Trigger::Reopen, Actor::person(userId, Role::Supervisor), Reason);
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::PermissionDenied);
    QVERIFY_MESSAGE_NAMES(status, userId);
    QCOMPARE(acta.state(), state);
}

void TestActaWorkflow::reopenRequiresReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("whitespace") << QStringLiteral("\n\t ");
}

void TestActaWorkflow::reopenRequiresReason()
{
    QFETCH(QString, reason);
    const Actor sofia = Actor::person(QStringLiteral("sofia"), Role::Supervisor);
    ActaWorkflow acta = at(State::Synced);
    const Status status = acta.fire(Trigger::Reopen, sofia, reason);
    QVERIFY(!status.isOk());
    QVERIFY_FAILS_WITH(status, ErrorCode::InvalidInput);
    QCOMPARE(acta.state(), State::Synced);
    // Offered anyway: the UI asks for the reason once the supervisor picks it.
    QVERIFY(acta.availableTriggers(sofia).contains(Trigger::Reopen));
    QVERIFY(acta.fire(Trigger::Reopen, sofia, Reason).isOk());
    QCOMPARE(acta.state(), State::InDispute);
}

void TestActaWorkflow::reopenerMayNotDecide()
{
    // One supervisor alone must not reopen a synced acta and then decide its figures.
    const Actor sofia = Actor::person(QStringLiteral("sofia"), Role::Supervisor);
    const Actor tere = Actor::person(QStringLiteral("tere"), Role::Supervisor);
    for (Trigger decide : {Trigger::Adjudicate, Trigger::SendBackForRecapture, Trigger::SendBackForRescan}) {
        ActaWorkflow acta = at(State::Synced);
        QVERIFY_OK(acta.fire(Trigger::Reopen, sofia, Reason));
        QCOMPARE(acta.reopenedBy(), QStringLiteral("sofia"));
        QVERIFY(!acta.availableTriggers(sofia).contains(decide));
        const Status same = acta.fire(decide, Actor::person(QStringLiteral("SOFIA"), Role::Supervisor));
        QVERIFY_FAILS_WITH(same, ErrorCode::PermissionDenied);
        QVERIFY_MESSAGE_NAMES(same, QStringLiteral("sofia"));
        QCOMPARE(acta.state(), State::InDispute);
        QVERIFY_OK(acta.fire(decide, tere));
        QVERIFY(acta.reopenedBy().isEmpty());
    }
    // The reopener survives a restart (storage hands it back), and only while in dispute.
    Result<ActaWorkflow> restored
        = ActaWorkflow::restore(State::InDispute, QString(Entry1), QString(Entry2), false, QStringLiteral("sofia"));
    QVERIFY_OK(restored);
    QVERIFY_FAILS_WITH(restored->fire(Trigger::Adjudicate, sofia), ErrorCode::PermissionDenied);
    QVERIFY_FAILS_WITH(
        ActaWorkflow::restore(State::Verified, QString(Entry1), QString(Entry2), false, QStringLiteral("sofia")),
        ErrorCode::InvalidInput);
}

void TestActaWorkflow::happyPath()
{
    const Actor ana = Actor::person(Entry1, Role::Clerk);
    const Actor beto = Actor::person(Entry2, Role::Clerk);
    ActaWorkflow acta;
    QVERIFY(acta.fire(Trigger::AcceptImage, ana).isOk());
    QCOMPARE(acta.state(), State::Digitized);
    QVERIFY(acta.fire(Trigger::SubmitEntry1, ana).isOk());
    QCOMPARE(acta.state(), State::Entry1Done);
    QCOMPARE(acta.entry1User(), Entry1);
    QVERIFY(acta.fire(Trigger::Entry2Matches, beto).isOk());
    QCOMPARE(acta.state(), State::Verified);
    QCOMPARE(acta.entry2User(), Entry2);
    QVERIFY(acta.fire(Trigger::QueueForSync, Actor::system()).isOk());
    QCOMPARE(acta.state(), State::QueuedForSync);
    QVERIFY(acta.fire(Trigger::AcknowledgeSync, Actor::system()).isOk());
    QCOMPARE(acta.state(), State::Synced);
    QCOMPARE(acta.entry1User(), Entry1);
    QCOMPARE(acta.entry2User(), Entry2);
    QVERIFY(acta.availableTriggers(Actor::system()).isEmpty());
}

void TestActaWorkflow::disputePath()
{
    const Actor ana = Actor::person(Entry1, Role::Clerk);
    const Actor beto = Actor::person(Entry2, Role::Clerk);
    const Actor sofia = Actor::person(QStringLiteral("sofia"), Role::Supervisor);
    const Actor saul = Actor::person(QStringLiteral("saul"), Role::Supervisor);
    ActaWorkflow acta;
    QVERIFY(acta.fire(Trigger::AcceptImage, ana).isOk());
    QVERIFY(acta.fire(Trigger::SubmitEntry1, ana).isOk());
    QVERIFY(acta.fire(Trigger::Entry2Differs, beto).isOk());
    QCOMPARE(acta.state(), State::InDispute);
    QVERIFY(!acta.canFire(Trigger::Adjudicate, beto).isOk()); // a clerk, and entry 2
    QVERIFY(acta.fire(Trigger::Adjudicate, sofia).isOk());
    QCOMPARE(acta.state(), State::Adjudicated);
    QVERIFY(acta.fire(Trigger::QueueForSync, Actor::system()).isOk());
    QVERIFY(acta.fire(Trigger::AcknowledgeSync, Actor::system()).isOk());
    QCOMPARE(acta.state(), State::Synced);
    // A correction after the fact: back to dispute, entry users kept for the next decision.
    QVERIFY(acta.fire(Trigger::Reopen, saul, Reason).isOk());
    QCOMPARE(acta.state(), State::InDispute);
    QCOMPARE(acta.entry1User(), Entry1);
    QCOMPARE(acta.entry2User(), Entry2);
    QVERIFY(!acta.canFire(Trigger::Adjudicate, ana).isOk());
    QVERIFY(acta.fire(Trigger::Adjudicate, sofia).isOk());
    QVERIFY(acta.fire(Trigger::QueueForSync, Actor::system()).isOk());
    QCOMPARE(acta.state(), State::QueuedForSync);
}

void TestActaWorkflow::sendBackForRecaptureClearsEntryUsers()
{
    ActaWorkflow acta = at(State::InDispute);
    QVERIFY(acta.fire(Trigger::SendBackForRecapture, Actor::person(QStringLiteral("sofia"), Role::Supervisor)).isOk());
    QCOMPARE(acta.state(), State::Digitized);
    QVERIFY(acta.entry1User().isEmpty());
    QVERIFY(acta.entry2User().isEmpty());
    // A fresh pair: last time's entry 2 clerk may now do entry 1, and last time's entry 1 clerk entry 2.
    QVERIFY(acta.fire(Trigger::SubmitEntry1, Actor::person(Entry2, Role::Clerk)).isOk());
    QCOMPARE(acta.entry1User(), Entry2);
    QVERIFY(acta.fire(Trigger::Entry2Matches, Actor::person(Entry1, Role::Clerk)).isOk());
    QCOMPARE(acta.state(), State::Verified);
    QCOMPARE(acta.entry2User(), Entry1);
}

void TestActaWorkflow::sendBackForRescanClearsEntryUsers()
{
    ActaWorkflow acta = at(State::InDispute);
    QVERIFY(acta.fire(Trigger::SendBackForRescan, Actor::person(QStringLiteral("sofia"), Role::Supervisor)).isOk());
    QCOMPARE(acta.state(), State::ImageRejected);
    QVERIFY(acta.entry1User().isEmpty());
    QVERIFY(acta.entry2User().isEmpty());
    const Actor carla = Actor::person(QStringLiteral("carla"), Role::Clerk);
    QVERIFY(acta.fire(Trigger::AcceptImage, carla).isOk());
    QCOMPARE(acta.state(), State::Digitized);
    QVERIFY(acta.fire(Trigger::SubmitEntry1, Actor::person(Entry1, Role::Clerk)).isOk());
    QCOMPARE(acta.entry1User(), Entry1);
    QVERIFY(acta.entry2User().isEmpty());
}

void TestActaWorkflow::sinActaAndFueraDeCatalogoPaths()
{
    const Actor carla = Actor::person(QStringLiteral("carla"), Role::Clerk);
    const Actor sofia = Actor::person(QStringLiteral("sofia"), Role::Supervisor);

    ActaWorkflow sinActa;
    QVERIFY(sinActa.fire(Trigger::RecordSinActa, carla).isOk());
    QCOMPARE(sinActa.state(), State::SinActa);
    QVERIFY(sinActa.fire(Trigger::QueueForSync, Actor::system()).isOk());
    QVERIFY(sinActa.fire(Trigger::AcknowledgeSync, Actor::system()).isOk());
    QCOMPARE(sinActa.state(), State::Synced);
    // The sheet turns up after all: reopened with no entry users, so any other supervisor decides.
    QVERIFY(sinActa.fire(Trigger::Reopen, sofia, Reason).isOk());
    QVERIFY(sinActa.fire(Trigger::SendBackForRescan, Actor::person(QStringLiteral("tere"), Role::Supervisor)).isOk());
    QCOMPARE(sinActa.state(), State::ImageRejected);

    ActaWorkflow unknown;
    QVERIFY(unknown.fire(Trigger::AcceptImage, carla).isOk());
    QVERIFY(unknown.fire(Trigger::MarkFueraDeCatalogo, carla).isOk());
    QCOMPARE(unknown.state(), State::FueraDeCatalogo);
    QVERIFY(!unknown.canFire(Trigger::ResolveIdentity, carla).isOk()); // a supervisor's decision
    QVERIFY(unknown.fire(Trigger::ResolveIdentity, sofia).isOk());
    QCOMPARE(unknown.state(), State::Digitized);
    QVERIFY(unknown.fire(Trigger::SubmitEntry1, carla).isOk());

    ActaWorkflow kept;
    QVERIFY(kept.fire(Trigger::MarkFueraDeCatalogo, carla).isOk());
    QVERIFY(kept.fire(Trigger::QueueForSync, Actor::system()).isOk());
    QCOMPARE(kept.state(), State::QueuedForSync);
}

void TestActaWorkflow::refusedFireChangesNothing()
{
    ActaWorkflow acta = at(State::Entry1Done, true);
    const ActaWorkflow before = acta;
    QVERIFY(!acta.fire(Trigger::Entry2Matches, Actor::person(Entry1, Role::Clerk)).isOk());
    QVERIFY(!acta.fire(Trigger::Adjudicate, Actor::person(QStringLiteral("sofia"), Role::Supervisor)).isOk());
    QVERIFY(!acta.fire(Trigger::QueueForSync, Actor::system()).isOk());
    QCOMPARE(acta.state(), before.state());
    QCOMPARE(acta.entry1User(), before.entry1User());
    QCOMPARE(acta.entry2User(), before.entry2User());
    QCOMPARE(acta.simulated(), before.simulated());
}

void TestActaWorkflow::availableTriggers_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("simulated");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("userId");
    QTest::addColumn<QStringList>("expected");
    const QString clerk = QStringLiteral("clerk");
    const QString supervisor = QStringLiteral("supervisor");
    const QString system = QStringLiteral("system");
    const QStringList received {QStringLiteral("accept_image"), QStringLiteral("reject_image"),
                                QStringLiteral("mark_fuera_de_catalogo"), QStringLiteral("record_sin_acta")};
    const QStringList thirdPerson {QStringLiteral("adjudicate"), QStringLiteral("send_back_for_recapture"),
                                   QStringLiteral("send_back_for_rescan")};
    QTest::newRow("received, clerk") << State::Received << false << clerk << QStringLiteral("carla") << received;
    QTest::newRow("received, supervisor")
        << State::Received << false << supervisor << QStringLiteral("sofia") << received;
    QTest::newRow("received, administrator")
        << State::Received << false << QStringLiteral("administrator") << QStringLiteral("alma") << QStringList();
    QTest::newRow("received, system") << State::Received << false << system << QString() << QStringList();
    QTest::newRow("received, trainer, real")
        << State::Received << false << QStringLiteral("trainer") << QStringLiteral("tomas") << QStringList();
    QTest::newRow("received, trainer, drill")
        << State::Received << true << QStringLiteral("trainer") << QStringLiteral("tomas") << received;
    QTest::newRow("digitized, clerk") << State::Digitized << false << clerk << QStringLiteral("carla")
                                      << QStringList {QStringLiteral("reject_image"),
                                                      QStringLiteral("mark_fuera_de_catalogo"),
                                                      QStringLiteral("submit_entry1")};
    QTest::newRow("entry1 done, entry-1 clerk") << State::Entry1Done << false << clerk << Entry1 << QStringList();
    QTest::newRow("entry1 done, other clerk")
        << State::Entry1Done << false << clerk << QStringLiteral("carla")
        << QStringList {QStringLiteral("entry2_matches"), QStringLiteral("entry2_differs")};
    QTest::newRow("in dispute, supervisor")
        << State::InDispute << false << supervisor << QStringLiteral("sofia") << thirdPerson;
    QTest::newRow("in dispute, supervisor who entered")
        << State::InDispute << false << supervisor << Entry2 << QStringList();
    QTest::newRow("in dispute, clerk") << State::InDispute << false << clerk << QStringLiteral("carla")
                                       << QStringList();
    QTest::newRow("verified, system") << State::Verified << false << system << QString()
                                      << QStringList {QStringLiteral("queue_for_sync")};
    QTest::newRow("verified, supervisor")
        << State::Verified << false << supervisor << QStringLiteral("sofia") << QStringList {QStringLiteral("reopen")};
    QTest::newRow("synced, system") << State::Synced << false << system << QString() << QStringList();
    QTest::newRow("fuera de catalogo, supervisor")
        << State::FueraDeCatalogo << false << supervisor << QStringLiteral("sofia")
        << QStringList {QStringLiteral("resolve_identity")};
    QTest::newRow("fuera de catalogo, clerk")
        << State::FueraDeCatalogo << false << clerk << QStringLiteral("carla") << QStringList();
    QTest::newRow("fuera de catalogo, system")
        << State::FueraDeCatalogo << false << system << QString() << QStringList {QStringLiteral("queue_for_sync")};
}

void TestActaWorkflow::availableTriggers()
{
    QFETCH(State, state);
    QFETCH(bool, simulated);
    QFETCH(QString, who);
    QFETCH(QString, userId);
    QFETCH(QStringList, expected);
    const ActaWorkflow acta = at(state, simulated);
    QCOMPARE(triggerIds(acta.availableTriggers(makeActor(who, userId))), expected);
}

void TestActaWorkflow::restoreAcceptsConsistentData_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("entry1");
    QTest::addColumn<QString>("entry2");
    for (State state : {State::Received, State::Digitized, State::ImageRejected, State::SinActa, State::FueraDeCatalogo,
                        State::InDispute, State::QueuedForSync, State::Synced})
        QTest::addRow("%s without entries", qPrintable(ActaWorkflow::stateId(state)))
            << state << QString() << QString();
    QTest::newRow("entry1_done") << State::Entry1Done << Entry1 << QString();
    for (State state : {State::Verified, State::InDispute, State::Adjudicated, State::QueuedForSync, State::Synced})
        QTest::addRow("%s with both entries", qPrintable(ActaWorkflow::stateId(state))) << state << Entry1 << Entry2;
}

void TestActaWorkflow::restoreAcceptsConsistentData()
{
    QFETCH(State, state);
    QFETCH(QString, entry1);
    QFETCH(QString, entry2);
    for (bool simulated : {false, true}) {
        const Result<ActaWorkflow> restored = ActaWorkflow::restore(state, entry1, entry2, simulated);
        QVERIFY2(restored.isOk(), qPrintable(restored.isOk() ? QString() : restored.error()));
        QCOMPARE(restored->state(), state);
        QCOMPARE(restored->entry1User(), entry1);
        QCOMPARE(restored->entry2User(), entry2);
        QCOMPARE(restored->simulated(), simulated);
    }
}

void TestActaWorkflow::restoreRejectsInconsistentData_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("entry1");
    QTest::addColumn<QString>("entry2");
    QTest::newRow("entry1_done without entry-1 user") << State::Entry1Done << QString() << QString();
    QTest::newRow("entry1_done with entry-2 user") << State::Entry1Done << Entry1 << Entry2;
    QTest::newRow("verified without entries") << State::Verified << QString() << QString();
    QTest::newRow("verified without entry-2 user") << State::Verified << Entry1 << QString();
    QTest::newRow("adjudicated without entries") << State::Adjudicated << QString() << QString();
    QTest::newRow("verified by one person") << State::Verified << Entry1 << Entry1;
    QTest::newRow("verified by one person, other case") << State::Verified << Entry1 << QStringLiteral("ANA");
    QTest::newRow("in_dispute with entry 1 only") << State::InDispute << Entry1 << QString();
    QTest::newRow("synced with entry 1 only") << State::Synced << Entry1 << QString();
    QTest::newRow("entry 2 without entry 1") << State::InDispute << QString() << Entry2;
    QTest::newRow("received with entries") << State::Received << Entry1 << Entry2;
    QTest::newRow("digitized with entry 1") << State::Digitized << Entry1 << QString();
    QTest::newRow("image_rejected with entry 1") << State::ImageRejected << Entry1 << QString();
    QTest::newRow("sin_acta with entries") << State::SinActa << Entry1 << Entry2;
    QTest::newRow("fuera_de_catalogo with entry 1") << State::FueraDeCatalogo << Entry1 << QString();
    QTest::newRow("blank entry-1 user") << State::Entry1Done << QStringLiteral("  ") << QString();
}

void TestActaWorkflow::restoreRejectsInconsistentData()
{
    QFETCH(State, state);
    QFETCH(QString, entry1);
    QFETCH(QString, entry2);
    const Result<ActaWorkflow> restored = ActaWorkflow::restore(state, entry1, entry2, false);
    QVERIFY(!restored.isOk());
    QVERIFY(!restored.error().isEmpty());
}

using History = QList<Trigger>;

void TestActaWorkflow::cotejadaFollowsTheHistory_data()
{
    // 0 stands for no COTEJADA at all.
    QTest::addColumn<History>("history");
    QTest::addColumn<int>("cotejada");
    using T = Trigger;
    const History matched {T::AcceptImage, T::SubmitEntry1, T::Entry2Matches};
    const History disputed {T::AcceptImage, T::SubmitEntry1, T::Entry2Differs};
    QTest::newRow("new") << History {} << 0;
    QTest::newRow("digitized") << History {T::AcceptImage} << 0;
    QTest::newRow("entry 1 done") << History {T::AcceptImage, T::SubmitEntry1} << 0;
    QTest::newRow("entries matched") << matched << 1;
    QTest::newRow("matched, queued") << matched + History {T::QueueForSync} << 1;
    QTest::newRow("matched, synced") << matched + History {T::QueueForSync, T::AcknowledgeSync} << 1;
    QTest::newRow("image rejected at intake, rescanned, matched")
        << History {T::RejectImage, T::AcceptImage, T::SubmitEntry1, T::Entry2Matches, T::QueueForSync} << 1;
    QTest::newRow("identity resolved, matched")
        << History {T::MarkFueraDeCatalogo, T::ResolveIdentity, T::SubmitEntry1, T::Entry2Matches, T::QueueForSync}
        << 1;
    QTest::newRow("in dispute") << disputed << 0;
    QTest::newRow("adjudicated") << disputed + History {T::Adjudicate} << 2;
    QTest::newRow("adjudicated, synced") << disputed + History {T::Adjudicate, T::QueueForSync, T::AcknowledgeSync}
                                         << 2;
    QTest::newRow("sent back for recapture, waiting") << disputed + History {T::SendBackForRecapture} << 0;
    QTest::newRow("sent back for recapture, then matched")
        << disputed + History {T::SendBackForRecapture, T::SubmitEntry1, T::Entry2Matches, T::QueueForSync} << 2;
    QTest::newRow("sent back for rescan, then matched")
        << disputed + History {T::SendBackForRescan, T::AcceptImage, T::SubmitEntry1, T::Entry2Matches, T::QueueForSync}
        << 2;
    QTest::newRow("reopened when queued: under review") << matched + History {T::QueueForSync, T::Reopen} << 3;
    QTest::newRow("reopened when synced: under review")
        << matched + History {T::QueueForSync, T::AcknowledgeSync, T::Reopen} << 3;
    QTest::newRow("reopened before it was queued") << matched + History {T::Reopen} << 0;
    QTest::newRow("reopened, decided again")
        << matched + History {T::QueueForSync, T::AcknowledgeSync, T::Reopen, T::Adjudicate, T::QueueForSync} << 2;
    QTest::newRow("reopened, sent back, matched again")
        << matched + History {T::QueueForSync, T::Reopen, T::SendBackForRecapture, T::SubmitEntry1, T::Entry2Matches}
        << 2;
    QTest::newRow("reopened twice, under review again")
        << matched + History {T::QueueForSync, T::Reopen, T::Adjudicate, T::QueueForSync, T::AcknowledgeSync, T::Reopen}
        << 3;
    QTest::newRow("sin acta") << History {T::RecordSinActa, T::QueueForSync} << 0;
    QTest::newRow("sin acta reopened") << History {T::RecordSinActa, T::QueueForSync, T::Reopen} << 0;
    QTest::newRow("sin acta reopened and decided")
        << History {T::RecordSinActa, T::QueueForSync, T::Reopen, T::Adjudicate, T::QueueForSync} << 0;
    QTest::newRow("fuera de catalogo") << History {T::MarkFueraDeCatalogo, T::QueueForSync} << 0;
    QTest::newRow("fuera de catalogo reopened")
        << History {T::AcceptImage, T::MarkFueraDeCatalogo, T::QueueForSync, T::AcknowledgeSync, T::Reopen} << 0;
}

void TestActaWorkflow::cotejadaFollowsTheHistory()
{
    QFETCH(History, history);
    QFETCH(int, cotejada);
    // Every history above is a path the workflow allows, from a new acta on (each step by a
    // different person, so separation of duties never stands in the way).
    ActaWorkflow acta;
    for (qsizetype i = 0; i < history.size(); ++i) {
        const Transition *t = nullptr;
        for (const Transition &candidate : ActaWorkflow::transitions())
            if (candidate.from == acta.state() && candidate.trigger == history.at(i))
                t = &candidate;
        QVERIFY2(t,
                 qPrintable(QStringLiteral("step %1 (%2) from %3")
                                .arg(i)
                                .arg(ActaWorkflow::triggerId(history.at(i)), ActaWorkflow::stateId(acta.state()))));
        const Role role = !t->permission || hasPermission(Role::Clerk, *t->permission) ? Role::Clerk : Role::Supervisor;
        const Actor who = t->systemOnly() ? Actor::system() : Actor::person(QStringLiteral("u%1").arg(i), role);
        QVERIFY_OK(acta.fire(history.at(i), who, t->requiresReason ? QStringLiteral("checked") : QString()));
    }
    const std::optional<int> found = ActaWorkflow::cotejada(history);
    QCOMPARE(found.value_or(0), cotejada);
}

QTEST_GUILESS_MAIN(TestActaWorkflow)
#include "tst_actaworkflow.moc"
