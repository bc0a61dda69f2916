#pragma once

#include "ActaRepository.h"
#include "Clock.h"
#include "Database.h"
#include "DrillRepository.h"
#include "KeyDerivation.h"
#include "Result.h"
#include "SecureBytes.h"
#include "SigningKey.h"
#include "StationSettings.h"
#include "UpstreamRepository.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace acta {

// One capture station: its folder holds the encrypted store (station.db), the store's
// keying file, and nothing else. The way the CLI and the GUI open, initialise, back up
// and restore it.
// What a station is for, fixed when it is created and kept in its store: the operational count,
// or a drill (simulacro) whose every record says so. A program opened for one mode refuses a
// store of the other, so a drill can never touch the operational database, nor the reverse.
enum class StationMode { Production, Drill };

class Station
{
    Q_DECLARE_TR_FUNCTIONS(Station)

public:
    struct Options
    {
        Argon2Params keyCost = Argon2Params::moderate();
        PasswordCost passwordCost = PasswordCost::interactive();
        StationMode mode = StationMode::Production;
    };
    static QString modeName(StationMode mode); // translated: "production", "drill (simulacro)"

    // <user data folder>/ActaCapture/station, or …/simulacro for a drill station: for the app and the CLI.
    static QString defaultDirectory(StationMode mode = StationMode::Production);
    static QString databasePath(const QString &directory);

    // Creates the folder (0700), the store, its schema, the station row and the first
    // administrator, with one audit entry for the initialisation.
    static Result<std::unique_ptr<Station>> initialise(const QString &directory, const QString &name,
                                                       const SecureBytes &passphrase, const QString &adminUsername,
                                                       const SecureBytes &adminPassword, const Clock &clock,
                                                       const Options &options);
    static Result<std::unique_ptr<Station>> initialise(const QString &directory, const QString &name,
                                                       const SecureBytes &passphrase, const QString &adminUsername,
                                                       const SecureBytes &adminPassword, const Clock &clock)
    {
        return initialise(directory, name, passphrase, adminUsername, adminPassword, clock, Options());
    }
    // Refuses (Incompatible, naming the folder and both modes) a store created for the other mode.
    static Result<std::unique_ptr<Station>> open(const QString &directory, const SecureBytes &passphrase,
                                                 const Clock &clock,
                                                 PasswordCost passwordCost = PasswordCost::interactive(),
                                                 StationMode expected = StationMode::Production);

    Database &database() { return m_db; }
    UserRepository &users() { return m_users; }
    ActaRepository &actas() { return m_actas; }
    UpstreamRepository &upstream() { return m_upstream; }
    DrillRepository &drills() { return m_drills; }
    StationSettings &settings() { return m_settings; } // what the administrator set on its screen
    const QString &directory() const { return m_directory; }
    const QString &stationId() const { return m_stationId; }
    const QString &name() const { return m_name; }
    StationMode mode() const { return m_mode; }
    bool isDrill() const { return m_mode == StationMode::Drill; }

    // The station's Ed25519 key pair (libsodium), made at initialisation; the secret half
    // (64 bytes: seed then public key) lives only in the encrypted store and in wiped memory.
    Result<SecureBytes> signingSecretKey();
    // The same key, ready to sign (what sync and bundles need).
    Result<SigningKey> signingKey();
    const QByteArray &signingPublicKey() const { return m_signingPublicKey; } // 32 bytes

    // Replaces the Ed25519 key pair (the old one may have leaked with the passphrase) and records
    // who did it, with both fingerprints. Records not yet acknowledged are signed with the new
    // key; hubs take it once their operator revoked the old key and enrolled the new one (a new
    // enrollment request). Needs ConfigureStation. Returns the new key's fingerprint.
    Result<QString> rotateSigningKey(const User &actor);

    // Rekeys the store (new salt and key) and records who did it. Needs ConfigureStation.
    Status changePassphrase(const User &actor, const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase);

    // A consistent, encrypted copy (same passphrase) while the station stays in use:
    // <file> and <file>.keying, written under temporary names and renamed when complete.
    Status backup(const User &actor, const QString &file);

    // Checks the backup (passphrase, integrity, schema, audit chain) and logs in an
    // administrator of the backup before touching the station; the store it replaces is kept
    // beside it as station.db.before-restore-<time>. The restored store records who restored it
    // (audit entry station_restored) and moves its sequence base past every record number the
    // station may have sent since the backup (seqBase()), so that no hub sees a number twice.
    static Result<QString> restore(const QString &backupFile, const QString &directory, const SecureBytes &passphrase,
                                   const QString &adminUsername, const SecureBytes &adminPassword, const Clock &clock,
                                   StationMode expected = StationMode::Production);

    // What record sequence numbers start from: a record's number is seqBase() + its outbox id.
    // 0 until a restore; then the restore time in milliseconds since 1970 (or more), which is
    // past any number used before as long as fewer records than milliseconds passed between two
    // restores.
    qint64 seqBase() const { return m_seqBase; }

private:
    Station(QString directory, Database db, const Clock &clock, PasswordCost cost);
    Status loadIdentity();
    // In the checked copy of a backup: schema brought up to date, an administrator of the backup
    // logged in, the sequence base moved on, the restore audited.
    static Status takeOver(Database &db, const QString &source, const QString &adminUsername,
                           const SecureBytes &adminPassword, const Clock &clock);
    // Stores made before stations had keys get one when they are opened (audited).
    Status ensureSigningKey();
    // A new key pair in the store, audited as created (no key yet) or rotated.
    Status replaceSigningKey(std::optional<qint64> actorId);

    QString m_directory;
    Database m_db;
    const Clock &m_clock;
    UserRepository m_users;
    ActaRepository m_actas;
    UpstreamRepository m_upstream;
    DrillRepository m_drills;
    StationSettings m_settings;
    QString m_stationId;
    QString m_name;
    StationMode m_mode = StationMode::Production;
    QByteArray m_signingPublicKey;
    qint64 m_seqBase = 0;
};

} // namespace acta
