#include "Station.h"

#include "AuditLog.h"
#include "JsonText.h"
#include "Query.h"
#include "Schema.h"
#include "Statement.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

#include <sodium.h>

namespace acta {

namespace {

Status removeIfExists(const QString &path)
{
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(ErrorCode::Io, QCoreApplication::translate("Station", "Cannot remove %1.").arg(path));
    return {};
}

// A store's files: the database, its keying file and its journals.
QStringList storeFiles(const QString &db)
{
    return {db, KeyingFile::pathFor(db), db + QStringLiteral("-wal"), db + QStringLiteral("-shm")};
}

} // namespace

QString Station::defaultDirectory(StationMode mode)
{
    // Not AppDataLocation: the desktop application and the command line (one binary, two
    // application names) must find the same station. Drills live in a folder of their own.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + (mode == StationMode::Drill ? QStringLiteral("/ActaCapture/simulacro")
                                      : QStringLiteral("/ActaCapture/station"));
}

QString Station::databasePath(const QString &directory)
{
    return QDir(directory).filePath(QStringLiteral("station.db"));
}

Station::Station(QString directory, Database db, const Clock &clock, PasswordCost cost)
    : m_directory(std::move(directory))
    , m_db(std::move(db))
    , m_clock(clock)
    , m_users(m_db, clock, cost)
    , m_actas(m_db, clock)
    , m_upstream(m_db, m_actas, clock)
    , m_drills(m_db, clock)
    , m_settings(m_db, m_users, clock)
{ }

namespace {

// A fresh Ed25519 key pair: the 64-byte secret key (seed then public key) and the public key.
SecureBytes newSigningKey(QByteArray *publicKey)
{
    ensureSodium();
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()), secret.data());
    *publicKey = pk;
    return secret;
}

} // namespace

Status Station::loadIdentity()
{
    struct Identity
    {
        QString stationId;
        QString name;
        QByteArray signingPublicKey;
        qint64 seqBase = 0;
        bool drill = false;
    };
    Result<std::optional<Identity>> identity = sql::optionalRow<Identity>(
        m_db,
        QStringLiteral("SELECT station_id, name, substr(signing_secret_key, 33, 32), seq_base, simulation FROM station "
                       "WHERE id = 1"),
        {}, [](Statement &r) -> Result<Identity> {
            return Identity {r.columnText(0), r.columnText(1), r.isNull(2) ? QByteArray() : r.columnBlob(2),
                             r.columnInt64(3), r.columnInt64(4) != 0};
        });
    if (!identity)
        return identity.takeError();
    if (!*identity)
        return fail(ErrorCode::Integrity,
                    tr("%1 has no station record: it was never initialised completely.").arg(m_db.path()));
    m_stationId = (*identity)->stationId;
    m_name = (*identity)->name;
    m_signingPublicKey = (*identity)->signingPublicKey;
    m_seqBase = (*identity)->seqBase;
    m_mode = (*identity)->drill ? StationMode::Drill : StationMode::Production;
    m_actas.setStationMode(m_mode == StationMode::Drill);
    return {};
}

Status Station::ensureSigningKey()
{
    if (m_signingPublicKey.size() == crypto_sign_PUBLICKEYBYTES)
        return {};
    return replaceSigningKey(std::nullopt);
}

Result<QString> Station::rotateSigningKey(const User &actor)
{
    if (!hasPermission(actor.role, Permission::ConfigureStation))
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not replace the station's signing key.").arg(actor.username, roleName(actor.role)));
    if (Status s = replaceSigningKey(actor.id); !s)
        return s.takeError();
    return SigningKey::fingerprintOf(m_signingPublicKey);
}

Status Station::replaceSigningKey(std::optional<qint64> actorId)
{
    QByteArray publicKey;
    const SecureBytes secret = newSigningKey(&publicKey);
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    // The secret is bound by hand: SqlArg would carry it through an ordinary QByteArray.
    Result<Statement> st = sql::prepare(m_db, QStringLiteral("UPDATE station SET signing_secret_key = ? WHERE id = 1"));
    if (!st)
        return st.takeError();
    Status s = st->bindSecret(1, secret);
    if (s)
        s = st->run();
    if (!s)
        return s;
    QJsonObject details {{QStringLiteral("signing_public_key"), QString::fromLatin1(publicKey.toHex())},
                         {QStringLiteral("fingerprint"), SigningKey::fingerprintOf(publicKey)}};
    const bool rotation = m_signingPublicKey.size() == crypto_sign_PUBLICKEYBYTES;
    if (rotation)
        details.insert(QStringLiteral("replaces"), SigningKey::fingerprintOf(m_signingPublicKey));
    if (Result<qint64> a
        = AuditLog::append(m_db, m_clock,
                           {QLatin1String(rotation ? AuditAction::StationKeyRotated : AuditAction::StationKeyCreated),
                            actorId, std::nullopt, compactJson(details)});
        !a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c;
    m_signingPublicKey = publicKey;
    return {};
}

Result<SecureBytes> Station::signingSecretKey()
{
    const QString none = tr("The station %1 has no signing key.").arg(m_stationId);
    // Read with columnSecret(): the bytes go straight into wiped memory, never a QByteArray.
    Result<std::optional<SecureBytes>> stored
        = sql::optionalRow<SecureBytes>(m_db, QStringLiteral("SELECT signing_secret_key FROM station WHERE id = 1"), {},
                                        [&none](Statement &r) -> Result<SecureBytes> {
                                            if (r.isNull(0))
                                                return fail(ErrorCode::NotFound, none);
                                            return r.columnSecret(0);
                                        });
    if (!stored)
        return stored.takeError();
    if (!*stored)
        return fail(ErrorCode::NotFound, none);
    SecureBytes secret = std::move(**stored);
    if (secret.size() != crypto_sign_SECRETKEYBYTES)
        return fail(ErrorCode::Integrity, tr("The signing key of station %1 is damaged.").arg(m_stationId));
    return secret;
}

Result<SigningKey> Station::signingKey()
{
    Result<SecureBytes> secret = signingSecretKey();
    if (!secret)
        return secret.takeError();
    return SigningKey::fromSecretKey(*secret);
}

Result<std::unique_ptr<Station>> Station::initialise(const QString &directory, const QString &name,
                                                     const SecureBytes &passphrase, const QString &adminUsername,
                                                     const SecureBytes &adminPassword, const Clock &clock,
                                                     const Options &options)
{
    // Everything checkable is checked before anything is written.
    if (Status s = UserRepository::checkUsername(adminUsername); !s)
        return s.takeError();
    if (Status s = UserRepository::checkPassword(adminPassword, adminUsername); !s)
        return s.takeError();
    if (passphrase.size() < 12)
        return fail(ErrorCode::InvalidInput,
                    tr("The station passphrase is too short: it needs at least 12 "
                       "characters."));
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The station needs a name."));
    QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return fail(ErrorCode::Io, tr("Cannot create the station folder %1.").arg(directory));
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    const QString path = databasePath(directory);
    Result<Database> db = Database::create(path, passphrase, options.keyCost);
    if (!db)
        return db.takeError();
    if (Result<int> v = Schema::migrate(*db); !v)
        return v.takeError();

    ensureSodium();
    unsigned char raw[6];
    randombytes_buf(raw, sizeof raw);
    const QString stationId
        = QStringLiteral("EST-") + QString::fromLatin1(QByteArray(reinterpret_cast<char *>(raw), 6).toHex().toUpper());

    QByteArray publicKey;
    const SecureBytes signingKey = newSigningKey(&publicKey);

    std::unique_ptr<Station> station(new Station(directory, std::move(db).value(), clock, options.passwordCost));
    {
        Result<Transaction> tx = Transaction::begin(station->m_db);
        if (!tx)
            return tx.takeError();
        // The secret, last, is bound by hand: SqlArg would carry it through an ordinary QByteArray.
        Result<Statement> st = sql::prepare(
            station->m_db,
            QStringLiteral("INSERT INTO station (id, station_id, name, created_at, "
                           "utc_offset_min, simulation, signing_secret_key) VALUES (1, ?, ?, ?, ?, ?, ?)"),
            {stationId, name.trimmed(), toStoredUtc(clock.nowUtc()), clock.utcOffsetMinutes(),
             options.mode == StationMode::Drill});
        if (!st)
            return st.takeError();
        Status s = st->bindSecret(6, signingKey);
        if (s)
            s = st->run();
        if (!s)
            return s.takeError();
        if (Result<qint64> a = AuditLog::append(
                station->m_db, clock,
                {QLatin1String(AuditAction::StationInitialised), std::nullopt, std::nullopt,
                 compactJson(
                     {{QStringLiteral("station_id"), stationId},
                      {QStringLiteral("name"), name.trimmed()},
                      {QStringLiteral("mode"),
                       options.mode == StationMode::Drill ? QStringLiteral("drill") : QStringLiteral("production")},
                      {QStringLiteral("schema"), Schema::latestVersion()},
                      {QStringLiteral("signing_public_key"), QString::fromLatin1(publicKey.toHex())}})});
            !a)
            return a.takeError();
        if (Status c = tx->commit(); !c)
            return c.takeError();
    }
    if (Result<User> admin = station->m_users.addFirstAdministrator(adminUsername, adminUsername, adminPassword);
        !admin)
        return admin.takeError();
    if (Status s = station->loadIdentity(); !s)
        return s.takeError();
    qCInfo(lcStorage) << "initialised station" << stationId << "in" << directory;
    return station;
}

QString Station::modeName(StationMode mode)
{
    return mode == StationMode::Drill ? tr("drill (simulacro)") : tr("production");
}

Result<std::unique_ptr<Station>> Station::open(const QString &directory, const SecureBytes &passphrase,
                                               const Clock &clock, PasswordCost passwordCost, StationMode expected)
{
    const QString path = databasePath(directory);
    if (!QFileInfo::exists(path))
        return fail(ErrorCode::NotFound,
                    tr("There is no station in %1 (no station.db). Create one with "
                       "init-station.")
                        .arg(directory));
    Result<Database> db = Database::open(path, passphrase);
    if (!db)
        return db.takeError();
    if (Result<int> v = Schema::migrate(*db); !v)
        return v.takeError();
    std::unique_ptr<Station> station(new Station(directory, std::move(db).value(), clock, passwordCost));
    if (Status s = station->loadIdentity(); !s)
        return s.takeError();
    if (station->m_mode != expected)
        return fail(ErrorCode::Incompatible,
                    tr("The station in %1 is a %2 station; this program was opened for a %3 station. A drill "
                       "never shares a store with the operational count: open a drill station with --simulation "
                       "(or from the trainer's screen), the operational one without it.")
                        .arg(directory, modeName(station->m_mode), modeName(expected)));
    if (Status s = station->ensureSigningKey(); !s)
        return s.takeError();
    return station;
}

Status Station::changePassphrase(const User &actor, const SecureBytes &oldPassphrase, const SecureBytes &newPassphrase)
{
    if (!hasPermission(actor.role, Permission::ConfigureStation))
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not change the station passphrase.").arg(actor.username, roleName(actor.role)));
    if (newPassphrase.size() < 12)
        return fail(ErrorCode::InvalidInput,
                    tr("The station passphrase is too short: it needs at least 12 characters."));
    // The rekey cannot share a transaction with the audit entry; the entry follows it, so the
    // log never claims a change that did not happen.
    if (Status s = m_db.changePassphrase(oldPassphrase, newPassphrase); !s)
        return s;
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    if (Result<qint64> a = AuditLog::append(
            m_db, m_clock, {QLatin1String(AuditAction::PassphraseChanged), actor.id, std::nullopt, QString()});
        !a)
        return a.takeError();
    return tx->commit();
}

Status Station::backup(const User &actor, const QString &file)
{
    if (!hasPermission(actor.role, Permission::ExportReports)
        && !hasPermission(actor.role, Permission::ConfigureStation))
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not back up the station.").arg(actor.username, roleName(actor.role)));
    const QString target = QFileInfo(file).absoluteFilePath();
    if (QFileInfo::exists(target) || QFileInfo::exists(KeyingFile::pathFor(target)))
        return fail(ErrorCode::AlreadyExists, tr("%1 already exists; choose another backup file.").arg(target));
    if (target == QFileInfo(m_db.path()).absoluteFilePath())
        return fail(ErrorCode::InvalidInput, tr("The backup cannot be written over the station itself."));
    const QString partial = target + QStringLiteral(".partial");
    for (const QString &p : storeFiles(partial))
        if (Status s = removeIfExists(p); !s)
            return s;

    // The audit entry first, so the copy contains the record of its own making.
    {
        Result<Transaction> tx = Transaction::begin(m_db);
        if (!tx)
            return tx.takeError();
        if (Result<qint64> a = AuditLog::append(m_db, m_clock,
                                                {QLatin1String(AuditAction::Backup), actor.id, std::nullopt,
                                                 compactJson({{QStringLiteral("file"), target}})});
            !a)
            return a.takeError();
        if (Status c = tx->commit(); !c)
            return c;
    }
    Result<int> version = m_db.userVersion();
    if (!version)
        return version.takeError();

    // ATTACH without KEY: the copy is encrypted with this store's key.
    // sqlcipher_export reads in one transaction, so it is a consistent snapshot
    // while others keep writing (WAL). The store's connection may not create
    // files; an empty file is an empty database to it.
    {
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly))
            return fail(ErrorCode::Io, tr("Cannot write the backup %1: %2").arg(partial, empty.errorString()));
        empty.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (Status s = sql::run(m_db, QStringLiteral("ATTACH DATABASE ? AS backup"), {partial}); !s)
        return s;
    Status s = m_db.exec(QStringLiteral("SELECT sqlcipher_export('backup');"));
    if (s)
        s = m_db.exec(QStringLiteral("PRAGMA backup.user_version = %1; PRAGMA "
                                     "backup.application_id = %2;")
                          .arg(*version)
                          .arg(Database::ApplicationId));
    const Status detached = m_db.exec(QStringLiteral("DETACH DATABASE backup;"));
    if (s && !detached)
        s = detached;
    if (s)
        s = m_db.keying().write(KeyingFile::pathFor(partial));
    if (s && !QFile::rename(KeyingFile::pathFor(partial), KeyingFile::pathFor(target)))
        s = fail(ErrorCode::Io, tr("Cannot move the backup's keying file to %1.").arg(KeyingFile::pathFor(target)));
    if (s && !QFile::rename(partial, target))
        s = fail(ErrorCode::Io, tr("Cannot move the backup to %1.").arg(target));
    if (!s) {
        for (const QString &p : storeFiles(partial))
            (void)removeIfExists(p);
        return fail(s.code(), tr("The backup to %1 failed: %2").arg(target, s.error()));
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Status Station::takeOver(Database &db, const QString &source, const QString &adminUsername,
                         const SecureBytes &adminPassword, const Clock &clock)
{
    if (Result<int> v = Schema::migrate(db); !v)
        return fail(v.code(),
                    tr("The backup %1 cannot be brought to this version's schema: %2").arg(source, v.error()));
    // The backup's own administrators decide: the station being replaced may be lost or wrong.
    UserRepository users(db, clock, PasswordCost::interactive());
    Result<User> admin = users.authenticate(adminUsername, adminPassword);
    if (!admin)
        return admin.takeError();
    if (!hasPermission(admin->role, Permission::ConfigureStation)) {
        (void)users.logout(*admin);
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not restore the station: only an administrator of the backup may.")
                        .arg(admin->username, roleName(admin->role)));
    }
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx)
        return tx.takeError();
    const qint64 now = clock.nowUtc().toMSecsSinceEpoch();
    if (Status s = sql::run(db, QStringLiteral("UPDATE station SET seq_base = max(seq_base, ?) WHERE id = 1"), {now});
        !s)
        return s;
    Result<qint64> base = sql::scalar<qint64>(db, QStringLiteral("SELECT seq_base FROM station WHERE id = 1"));
    if (!base)
        return base.takeError();
    const QJsonObject details {{QStringLiteral("from"), QFileInfo(source).fileName()},
                               {QStringLiteral("seq_base"), *base}};
    if (Result<qint64> a = AuditLog::append(
            db, clock, {QLatin1String(AuditAction::StationRestored), admin->id, {}, compactJson(details)});
        !a)
        return a.takeError();
    if (Status s = tx->commit(); !s)
        return s;
    (void)users.logout(*admin);
    return {};
}

Result<QString> Station::restore(const QString &backupFile, const QString &directory, const SecureBytes &passphrase,
                                 const QString &adminUsername, const SecureBytes &adminPassword, const Clock &clock,
                                 StationMode expected)
{
    const QString source = QFileInfo(backupFile).absoluteFilePath();
    if (!QFileInfo::exists(source))
        return fail(ErrorCode::NotFound, tr("The backup %1 does not exist.").arg(source));
    if (!QFileInfo::exists(KeyingFile::pathFor(source)))
        return fail(ErrorCode::NotFound,
                    tr("The backup %1 has no keying file beside it (%2).").arg(source, KeyingFile::pathFor(source)));

    // Check a scratch copy, so that not even the backup's own files change.
    const QString staging = QDir(directory).filePath(QStringLiteral("restore-check.db"));
    for (const QString &p : storeFiles(staging))
        if (Status s = removeIfExists(p); !s)
            return s.takeError();
    if (!QDir().mkpath(directory) || !QFile::copy(source, staging)
        || !QFile::copy(KeyingFile::pathFor(source), KeyingFile::pathFor(staging)))
        return fail(ErrorCode::Io, tr("Cannot copy the backup %1 into %2 to check it.").arg(source, directory));
    auto cleanup = [&] {
        for (const QString &p : storeFiles(staging))
            (void)removeIfExists(p);
    };
    {
        Result<Database> db = Database::open(staging, passphrase);
        if (!db) {
            cleanup();
            return fail(db.code(), tr("The backup cannot be used: %1").arg(db.error()));
        }
        Result<std::optional<QString>> check
            = sql::optionalScalar<QString>(*db, QStringLiteral("PRAGMA integrity_check"));
        if (!check || !*check || **check != QLatin1String("ok")) {
            const QString why = check && *check ? **check : (check ? QString() : check.error());
            cleanup();
            return fail(ErrorCode::Integrity, tr("The backup %1 is damaged: %2").arg(source, why));
        }
        Result<int> version = db->userVersion();
        if (!version || *version > Schema::latestVersion() || *version < 1) {
            cleanup();
            return fail(ErrorCode::Incompatible,
                        tr("The backup %1 has schema version %2, which this "
                           "ActaCapture cannot use.")
                            .arg(source)
                            .arg(version ? *version : -1));
        }
        Result<AuditLog::Verification> audit = AuditLog::verify(*db);
        if (!audit || !audit->intact()) {
            const QString why = audit ? audit->problem : audit.error();
            cleanup();
            return fail(ErrorCode::Integrity, tr("The backup's audit log does not verify: %1").arg(why));
        }
        // A drill's backup never becomes the operational store, nor the reverse.
        Result<qint64> drill = sql::scalar<qint64>(*db, QStringLiteral("SELECT simulation FROM station WHERE id = 1"));
        const StationMode mode = drill && *drill != 0 ? StationMode::Drill : StationMode::Production;
        if (!drill || mode != expected) {
            cleanup();
            return fail(ErrorCode::Incompatible,
                        tr("The backup %1 is of a %2 station; this is a restore for a %3 station.")
                            .arg(source, modeName(mode), modeName(expected)));
        }
        if (Status s = takeOver(*db, source, adminUsername, adminPassword, clock); !s) {
            cleanup();
            return s.takeError();
        }
        if (Status s = db->checkpoint(); !s) {
            cleanup();
            return s.takeError();
        }
    }

    // Keep what is replaced; never delete a station.
    const QString current = databasePath(directory);
    QString kept;
    if (QFileInfo::exists(current)) {
        kept = current + QStringLiteral(".before-restore-")
            + clock.nowUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        for (const QString &suffix : QStringList {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFileInfo::exists(current + suffix) && !QFile::rename(current + suffix, kept + suffix)) {
                cleanup();
                return fail(ErrorCode::Io, tr("Cannot set the current station aside as %1.").arg(kept + suffix));
            }
        if (QFileInfo::exists(KeyingFile::pathFor(current))
            && !QFile::rename(KeyingFile::pathFor(current), KeyingFile::pathFor(kept))) {
            cleanup();
            return fail(ErrorCode::Io,
                        tr("Cannot set the current keying file aside as %1.").arg(KeyingFile::pathFor(kept)));
        }
    }
    if (!QFile::rename(KeyingFile::pathFor(staging), KeyingFile::pathFor(current))
        || !QFile::rename(staging, current)) {
        cleanup();
        return fail(ErrorCode::Io, tr("Cannot put the checked backup in place as %1.").arg(current));
    }
    (void)removeIfExists(staging + QStringLiteral("-wal"));
    (void)removeIfExists(staging + QStringLiteral("-shm"));
    return kept;
}

} // namespace acta
