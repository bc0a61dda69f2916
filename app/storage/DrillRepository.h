#pragma once

#include "ActaRepository.h"
#include "ActaWorkflow.h"
#include "Clock.h"
#include "EntryEffort.h"
#include "FieldValue.h"
#include "PrepRules.h"
#include "Result.h"
#include "UserRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

class Database;

// A drill's answer key as the drill station keeps it (table drills): opaque bytes here; the
// drill library reads them.
struct StoredDrill
{
    QString drillId;
    QByteArray answerKey; // sealed (DrillKeyFile): the station passphrase alone does not open it
    QDateTime loadedAt;
    QString loadedBy;
    QDateTime startedAt; // invalid until the trainer starts it
};

// Everything a drill is scored on, read in one snapshot of the store.
struct DrillFacts
{
    struct Acta
    {
        QString clave; // empty for an acta whose identity was never known
        ActaWorkflow::State state = ActaWorkflow::State::Received;
        std::optional<SinActaReason> sinActaReason;
        QDateTime receivedAt, capturedAt, verifiedAt;
    };
    struct Entry
    {
        QString clave;
        EntryKind kind = EntryKind::Entry1;
        QString username;
        QString fullName;
        QDateTime at;
        Tally tally;
        EntryEffort effort;
    };
    struct Image
    {
        QString clave;
        QString sha256;
        QDateTime at;
        bool identityTyped = false;
    };
    struct Refused // an audit page_refused entry
    {
        QString sha256;
        QString reason; // the stable code
        QString clave;
        QDateTime at;
    };
    struct Reading
    {
        QString clave;
        QByteArray json; // PageReading JSON, as stored
    };
    struct Synced
    {
        QString clave;
        QDateTime at; // the acta's newest record acknowledged upstream
    };
    struct Person
    {
        QString username;
        QString fullName;
        Role role = Role::Clerk;
    };
    QString stationName;
    int utcOffsetMinutes = 0;
    QList<Acta> actas;
    QList<Entry> entries; // oldest first
    QList<Image> images;
    QList<Refused> refused;
    QList<Reading> readings; // the newest per acta
    QList<Synced> synced;
    QList<Person> people;
};

// The drill station's drills: answer keys a trainer loaded (only a drill store takes them, see
// the schema's trigger) and when each started; and the facts DrillScorer reads.
class DrillRepository
{
    Q_DECLARE_TR_FUNCTIONS(DrillRepository)

public:
    DrillRepository(Database &db, const Clock &clock);

    // A trainer (RunDrills) loads a key; one transaction with its audit entry. A key already
    // loaded under that id is refused (a second drill gets its own id).
    Status load(const User &trainer, const QString &drillId, const QByteArray &answerKey);
    // The drill's minute 0, the first time it starts: a restart (after a stop) keeps it.
    Status markStarted(const User &trainer, const QString &drillId);
    Result<QList<StoredDrill>> list(); // newest first
    // One drill; with an empty id, the newest loaded.
    Result<StoredDrill> find(const QString &drillId = QString());

    // ScoreDrills: everything the scorer needs, in one read snapshot.
    Result<DrillFacts> facts(const User &trainer);

private:
    Status require(const User &actor, Permission permission);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace acta
