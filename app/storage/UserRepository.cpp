#include "UserRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "JsonText.h"
#include "Query.h"
#include "Statement.h"
#include "StorageLog.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

namespace acta {

namespace {

const char SelectUser[] = "SELECT id, username, full_name, role, disabled, failed_logins, locked_until, created_at "
                          "FROM users ";

Result<User> readUser(Statement &st)
{
    User u;
    u.id = st.columnInt64(0);
    u.username = st.columnText(1);
    u.fullName = st.columnText(2);
    Result<Role> role = parseRole(st.columnText(3));
    if (!role)
        return role.takeError();
    u.role = *role;
    u.disabled = st.columnInt64(4) != 0;
    u.failedLogins = int(st.columnInt64(5));
    if (!st.isNull(6))
        u.lockedUntil = fromStoredUtc(st.columnText(6));
    u.createdAt = fromStoredUtc(st.columnText(7));
    return u;
}

// One user by a unique column (the where clause has its one parameter).
Result<User> findUser(Database &db, const char *where, const SqlArg &key, const QString &notFound)
{
    Result<std::optional<User>> user
        = sql::optionalRow<User>(db, QLatin1String(SelectUser) + QLatin1String(where), {key}, readUser);
    if (!user)
        return user.takeError();
    if (!*user)
        return fail(ErrorCode::NotFound, notFound);
    return **user;
}

QString details(std::initializer_list<std::pair<const char *, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(QLatin1String(k), v);
    return compactJson(o);
}

// Characters, not bytes: a Spanish passphrase with accents is not longer for it.
qsizetype codePoints(const SecureBytes &utf8)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i)
        if ((utf8.data()[i] & 0xC0) != 0x80)
            ++n;
    return n;
}

} // namespace

PasswordCost PasswordCost::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

UserRepository::UserRepository(Database &db, const Clock &clock, PasswordCost cost)
    : m_db(db)
    , m_clock(clock)
    , m_cost(cost)
{
    ensureSodium();
}

Status UserRepository::checkUsername(const QString &username)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(username).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    tr("The user name \"%1\" is not valid: use 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                       "starting with a letter or digit.")
                        .arg(username));
    return {};
}

Status UserRepository::checkPassword(const SecureBytes &password, const QString &username)
{
    if (codePoints(password) < MinPasswordLength)
        return fail(ErrorCode::InvalidInput,
                    tr("The password is too short: it needs at least %1 characters.").arg(MinPasswordLength));
    const QByteArray name = username.toUtf8();
    if (password.size() == name.size() && sodium_memcmp(password.data(), name.constData(), size_t(name.size())) == 0)
        return fail(ErrorCode::InvalidInput, tr("The password may not be the user name."));
    return {};
}

void UserRepository::verifyAgainstDecoy(const SecureBytes &password) const
{
    // A hash of a random password at the station's cost, made once: checking against it costs what
    // checking a real account does, so the time taken does not tell an unknown name apart.
    if (m_decoyHash.isEmpty()) {
        Result<QString> decoy = hashPassword(SecureBytes::random(32));
        m_decoyHash = decoy ? decoy->toLatin1() : QByteArray();
    }
    if (!m_decoyHash.isEmpty())
        if (crypto_pwhash_str_verify(m_decoyHash.constData(), password.constChars(), quint64(password.size())) == 0)
            qCWarning(lcStorage) << "a login matched the decoy password"; // 2^-256: never
}

Result<QString> UserRepository::hashPassword(const SecureBytes &password) const
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constChars(), quint64(password.size()), m_cost.opslimit, m_cost.memlimit) != 0)
        return fail(ErrorCode::Unavailable, tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

Status UserRepository::requirePermission(const User &actor, Permission permission)
{
    Result<User> current = findById(actor.id); // the stored record, not the caller's copy
    if (!current)
        return current.takeError();
    if (current->disabled)
        return fail(ErrorCode::AccountDisabled, tr("The account %1 is disabled.").arg(current->username));
    if (!hasPermission(current->role, permission)) {
        if (permission == Permission::ManageUsers)
            return fail(ErrorCode::PermissionDenied,
                        tr("%1 (%2) may not manage users.").arg(current->username, roleName(current->role)));
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 (%2) may not do this: %3.")
                        .arg(current->username, roleName(current->role), permissionName(permission)));
    }
    return {};
}

Status UserRepository::requireManager(const User &actor)
{
    return requirePermission(actor, Permission::ManageUsers);
}

Result<User> UserRepository::insert(std::optional<qint64> actorId, const QString &username, const QString &fullName,
                                    Role role, const SecureBytes &password)
{
    if (Status s = checkUsername(username); !s)
        return s.takeError();
    if (fullName.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The full name of %1 is empty.").arg(username));
    if (Status s = checkPassword(password, username); !s)
        return s.takeError();
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.takeError();

    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    Result<std::optional<qint64>> exists
        = sql::optionalScalar<qint64>(m_db, QStringLiteral("SELECT 1 FROM users WHERE username = ?"), {username});
    if (!exists)
        return exists.takeError();
    if (*exists)
        return fail(ErrorCode::AlreadyExists, tr("The user %1 already exists.").arg(username));
    if (Status s = sql::run(m_db,
                            QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) "
                                           "VALUES (?, ?, ?, ?, ?)"),
                            {username, fullName.trimmed(), roleId(role), *hash, toStoredUtc(m_clock.nowUtc())});
        !s)
        return s.takeError();
    const qint64 id = m_db.lastInsertRowId();
    const AuditEvent event {
        QLatin1String(AuditAction::UserAdded), actorId ? actorId : std::optional<qint64>(id), std::nullopt,
        details({{"username", username}, {"role", roleId(role)}, {"full_name", fullName.trimmed()}})};
    if (Result<qint64> a = AuditLog::append(m_db, m_clock, event); !a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return findById(id);
}

Result<User> UserRepository::addFirstAdministrator(const QString &username, const QString &fullName,
                                                   const SecureBytes &password)
{
    Result<QList<User>> all = list();
    if (!all)
        return all.takeError();
    if (!all->isEmpty())
        return fail(ErrorCode::InvalidState,
                    tr("The station already has users; a first administrator can only be created once."));
    return insert(std::nullopt, username, fullName, Role::Administrator, password);
}

Result<User> UserRepository::add(const User &actor, const QString &username, const QString &fullName, Role role,
                                 const SecureBytes &password)
{
    if (Status s = requireManager(actor); !s)
        return s.takeError();
    return insert(actor.id, username, fullName, role, password);
}

Status UserRepository::updateUser(const User &actor, const User &target, const QString &assignments, const char *action,
                                  std::optional<QString> assigned)
{
    // One change to one user and its audit entry, in one transaction. The target's id is the
    // statement's last parameter, after the assignment's one (if it has one).
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    const QString update = QStringLiteral("UPDATE users SET %1 WHERE id = ?").arg(assignments);
    const Status s = assigned ? sql::run(m_db, update, {*assigned, target.id}) : sql::run(m_db, update, {target.id});
    if (!s)
        return s;
    if (Result<qint64> a = AuditLog::append(
            m_db, m_clock, {QLatin1String(action), actor.id, std::nullopt, details({{"username", target.username}})});
        !a)
        return a.takeError();
    return tx->commit();
}

Status UserRepository::disable(const User &actor, const QString &username)
{
    if (Status s = requireManager(actor); !s)
        return s;
    Result<User> target = find(username);
    if (!target)
        return target.takeError();
    if (target->id == actor.id)
        return fail(ErrorCode::PermissionDenied, tr("You cannot disable your own account."));
    if (target->disabled)
        return fail(ErrorCode::InvalidState, tr("The user %1 is already disabled.").arg(target->username));
    if (target->role == Role::Administrator) {
        // Today the actor is an enabled administrator too, so this holds already; it keeps
        // holding should another role ever manage users.
        Result<qint64> others = sql::scalar<qint64>(
            m_db, QStringLiteral("SELECT count(*) FROM users WHERE role = ? AND disabled = 0 AND id <> ?"),
            {roleId(Role::Administrator), target->id});
        if (!others)
            return others.takeError();
        if (*others == 0)
            return fail(ErrorCode::InvalidState,
                        tr("%1 is the last enabled administrator: nobody could manage the station after it is "
                           "disabled.")
                            .arg(target->username));
    }
    return updateUser(actor, *target, QStringLiteral("disabled = 1"), AuditAction::UserDisabled, std::nullopt);
}

Status UserRepository::enable(const User &actor, const QString &username)
{
    if (Status s = requireManager(actor); !s)
        return s;
    Result<User> target = find(username);
    if (!target)
        return target.takeError();
    if (!target->disabled)
        return fail(ErrorCode::InvalidState, tr("The user %1 is not disabled.").arg(target->username));
    // A fresh start: failures counted before it was disabled do not carry over.
    return updateUser(actor, *target, QStringLiteral("disabled = 0, failed_logins = 0, locked_until = NULL"),
                      AuditAction::UserEnabled, std::nullopt);
}

Status UserRepository::unlock(const User &actor, const QString &username)
{
    if (Status s = requireManager(actor); !s)
        return s;
    Result<User> target = find(username);
    if (!target)
        return target.takeError();
    if (!target->lockedAt(m_clock.nowUtc()))
        return fail(ErrorCode::InvalidState, tr("The account %1 is not locked.").arg(target->username));
    return updateUser(actor, *target, QStringLiteral("failed_logins = 0, locked_until = NULL"),
                      AuditAction::UserUnlocked, std::nullopt);
}

Status UserRepository::setPassword(const User &actor, const QString &username, const SecureBytes &password)
{
    Result<User> target = find(username);
    if (!target)
        return target.takeError();
    if (target->id != actor.id)
        if (Status s = requireManager(actor); !s)
            return s;
    if (Status s = checkPassword(password, target->username); !s)
        return s;
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return hash.takeError();
    return updateUser(actor, *target, QStringLiteral("password_hash = ?, failed_logins = 0, locked_until = NULL"),
                      AuditAction::PasswordChanged, *hash);
}

Result<User> UserRepository::authenticate(const QString &username, const SecureBytes &password)
{
    const QString wrong = tr("Unknown user or wrong password.");
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    auto failed = [&](std::optional<qint64> userId, const QString &why) -> Status {
        if (Result<qint64> a = AuditLog::append(m_db, m_clock,
                                                {QLatin1String(AuditAction::LoginFailed), userId, std::nullopt,
                                                 details({{"username", username}, {"reason", why}})});
            !a)
            return a.takeError();
        return tx->commit();
    };

    Result<std::optional<User>> found = sql::optionalRow<User>(
        m_db, QLatin1String(SelectUser) + QStringLiteral("WHERE username = ?"), {username}, readUser);
    if (!found)
        return found.takeError();
    // Without the right password nobody learns whether an account exists, is disabled or locked:
    // each of those attempts gets the same answer as a wrong password, after the same hashing work.
    if (!*found) {
        verifyAgainstDecoy(password);
        if (Status s = failed(std::nullopt, QStringLiteral("unknown_user")); !s)
            return s.takeError();
        return fail(ErrorCode::WrongSecret, wrong);
    }
    Result<User> user = std::move(**found);
    Result<std::optional<QString>> storedHash = sql::optionalScalar<QString>(
        m_db, QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user->id});
    if (!storedHash)
        return storedHash.takeError();
    if (!*storedHash) {
        verifyAgainstDecoy(password);
        return fail(ErrorCode::WrongSecret, wrong);
    }
    const QByteArray stored = (*storedHash)->toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), password.constChars(), quint64(password.size())) == 0;

    const QDateTime now = m_clock.nowUtc();
    if (user->disabled) {
        if (Status s = failed(user->id, QStringLiteral("disabled")); !s)
            return s.takeError();
        if (!ok)
            return fail(ErrorCode::WrongSecret, wrong);
        return fail(ErrorCode::AccountDisabled,
                    tr("The account %1 is disabled; ask an administrator.").arg(user->username));
    }
    if (user->lockedUntil.isValid() && now < user->lockedUntil) {
        // Attempts while locked are not counted (the lock already holds) but are audited.
        if (Status s = failed(user->id, QStringLiteral("locked")); !s)
            return s.takeError();
        if (!ok)
            return fail(ErrorCode::WrongSecret, wrong);
        const qint64 minutes = (now.secsTo(user->lockedUntil) + 59) / 60;
        return fail(
            ErrorCode::AccountLocked,
            tr("The account %1 is locked after %2 failed logins; try again in %n minute(s).", nullptr, int(minutes))
                .arg(user->username)
                .arg(MaxFailedLogins));
    }
    if (!ok) {
        // A lock that expired starts a fresh count. The attempt that locks answers like any other
        // wrong password; the person learns of the lock when they give the right one.
        const int count = (user->lockedUntil.isValid() ? 0 : user->failedLogins) + 1;
        const bool lock = count >= MaxFailedLogins;
        if (Status s
            = sql::run(m_db, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
                       {lock ? 0 : count, lock ? SqlArg(toStoredUtc(now.addSecs(LockoutSeconds))) : SqlArg(nullptr),
                        user->id});
            !s)
            return s.takeError();
        if (Status f
            = failed(user->id, lock ? QStringLiteral("wrong_password_locked") : QStringLiteral("wrong_password"));
            !f)
            return f.takeError();
        return fail(ErrorCode::WrongSecret, wrong);
    }

    if (Status s = sql::run(
            m_db, QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?"), {user->id});
        !s)
        return s.takeError();
    if (Result<qint64> a
        = AuditLog::append(m_db, m_clock, {QLatin1String(AuditAction::Login), user->id, std::nullopt, {}});
        !a)
        return a.takeError();
    if (Status c = tx->commit(); !c)
        return c.takeError();
    user->failedLogins = 0;
    user->lockedUntil = QDateTime();
    return user;
}

Status UserRepository::logout(const User &user)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    if (Result<qint64> a = AuditLog::append(m_db, m_clock, {QLatin1String(AuditAction::Logout), user.id, {}, {}}); !a)
        return a.takeError();
    return tx->commit();
}

Status UserRepository::recordLock(const User &user, bool idle)
{
    Result<Transaction> tx = Transaction::begin(m_db);
    if (!tx)
        return tx.takeError();
    const QString details = idle ? QStringLiteral("{\"idle\":true}") : QStringLiteral("{\"idle\":false}");
    if (Result<qint64> a
        = AuditLog::append(m_db, m_clock, {QLatin1String(AuditAction::SessionLocked), user.id, {}, details});
        !a)
        return a.takeError();
    return tx->commit();
}

Result<User> UserRepository::find(const QString &username)
{
    return findUser(m_db, "WHERE username = ?", username, tr("There is no user %1.").arg(username));
}

Result<User> UserRepository::findById(qint64 id)
{
    return findUser(m_db, "WHERE id = ?", id, tr("There is no user with id %1.").arg(id));
}

Result<QList<User>> UserRepository::list()
{
    return sql::rows<User>(m_db, QLatin1String(SelectUser) + QStringLiteral("ORDER BY username"), {}, readUser);
}

} // namespace acta
