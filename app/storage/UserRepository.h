#pragma once

#include "Clock.h"
#include "Result.h"
#include "Roles.h"
#include "SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

class Database;

struct User
{
    qint64 id = 0;
    QString username;
    QString fullName;
    Role role = Role::Clerk;
    bool disabled = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime createdAt;

    // Locked after failed logins, at nowUtc (a lock that ran out stays recorded until the next login).
    bool lockedAt(const QDateTime &nowUtc) const { return lockedUntil.isValid() && nowUtc < lockedUntil; }
};

// libsodium crypto_pwhash_str cost for user passwords (Argon2id, self-describing hash).
struct PasswordCost
{
    quint64 opslimit;
    quint64 memlimit;
    static PasswordCost interactive(); // the station's default: 2 passes, 64 MiB
    static PasswordCost minimum(); // tests only
};

// The station's users. Users are disabled, never deleted, so history keeps their names.
// Every change and every login attempt writes an audit entry in the same transaction.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    static constexpr int MinPasswordLength = 10; // characters
    static constexpr int MaxFailedLogins = 5; // then the account locks...
    static constexpr int LockoutSeconds = 5 * 60; // ...for five minutes

    UserRepository(Database &db, const Clock &clock, PasswordCost cost = PasswordCost::interactive());

    static Status checkUsername(const QString &username);
    static Status checkPassword(const SecureBytes &password, const QString &username);

    // The first administrator, when the station is initialised (no actor yet).
    Result<User> addFirstAdministrator(const QString &username, const QString &fullName, const SecureBytes &password);
    // Needs an enabled actor with ManageUsers.
    Result<User> add(const User &actor, const QString &username, const QString &fullName, Role role,
                     const SecureBytes &password);
    // Refuses the actor's own account and the last enabled administrator: nobody locks the
    // station's administration out.
    Status disable(const User &actor, const QString &username);
    Status enable(const User &actor, const QString &username); // a disabled account given back
    // Lifts a lock after failed logins before it runs out; refuses an account that is not locked.
    Status unlock(const User &actor, const QString &username);
    // By the user themselves, or by a manager (a reset); lifts a lock too.
    Status setPassword(const User &actor, const QString &username, const SecureBytes &password);
    // The actor's stored record is enabled and its role has the permission (not the caller's copy).
    Status requirePermission(const User &actor, Permission permission);

    // Refuses unknown users and wrong passwords with one message (which of the two is not
    // told), disabled and locked accounts with their own; five failures lock for five minutes.
    Result<User> authenticate(const QString &username, const SecureBytes &password);
    Status logout(const User &user);
    // The station locked with this user's work kept (idle = true: after the idle time).
    Status recordLock(const User &user, bool idle);

    Result<User> find(const QString &username);
    Result<User> findById(qint64 id);
    Result<QList<User>> list();

private:
    Result<User> insert(std::optional<qint64> actorId, const QString &username, const QString &fullName, Role role,
                        const SecureBytes &password);
    Status requireManager(const User &actor);
    Result<QString> hashPassword(const SecureBytes &password) const;
    // assigned: the value of the assignments' one parameter, when they have one.
    Status updateUser(const User &actor, const User &target, const QString &assignments, const char *action,
                      std::optional<QString> assigned);

    // Hashing work for a login that names no account (see authenticate()).
    void verifyAgainstDecoy(const SecureBytes &password) const;

    Database &m_db;
    const Clock &m_clock;
    PasswordCost m_cost;
    mutable QByteArray m_decoyHash;
};

} // namespace acta
