#include "StationCommands.h"

#include "AuditLog.h"
#include "CliSupport.h"
#include "Csv.h"
#include "EnrollmentRequest.h"
#include "Secrets.h"
#include "SigningKey.h"
#include "Station.h"
#include "StationParser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace acta::cli {

namespace {

QString userStatus(const User &u)
{
    if (u.disabled)
        return Cli::tr("disabled");
    if (u.lockedUntil.isValid() && u.lockedUntil > Clock::system().nowUtc())
        return Cli::tr("locked until %1 UTC").arg(u.lockedUntil.toString(QStringLiteral("HH:mm")));
    return Cli::tr("enabled");
}

} // namespace

int initStation(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Creates a new, empty station: its encrypted store and first administrator.\n"
                            "The administrator's password comes from %1, or is asked.")
                        .arg(QLatin1String(NewPasswordVar)),
                    false);
    const QCommandLineOption admin(QStringLiteral("admin"), Cli::tr("User name of the first administrator."),
                                   Cli::tr("user"));
    const QCommandLineOption name(QStringLiteral("name"), Cli::tr("The station's name, e.g. CATD 05."),
                                  Cli::tr("name"));
    p.parser.addOptions({admin, name});
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    if (!p.parser.isSet(admin))
        return usageError(Cli::tr("Name the first administrator with --admin USER."), p.parser);
    Result<SecureBytes> pass = secrets.read(PassphraseVar, Cli::tr("New station passphrase: "), true);
    if (!pass)
        return failed(pass.error());
    const QString adminName = p.parser.value(admin);
    Result<SecureBytes> password
        = secrets.read(NewPasswordVar, Cli::tr("Password for the administrator %1: ").arg(adminName), true);
    if (!password)
        return failed(password.error());
    const QString stationName = p.parser.isSet(name) ? p.parser.value(name) : Cli::tr("Capture station");
    Result<std::unique_ptr<Station>> station
        = Station::initialise(p.directory(), stationName, *pass, adminName, *password, Clock::system());
    if (!station)
        return failed(station.error());
    out() << Cli::tr("Station %1 (%2) created in %3; first administrator: %4.")
                 .arg((*station)->stationId(), (*station)->name(), p.directory(), adminName)
          << '\n';
    return ExitOk;
}

int userCommand(const QStringList &args, SecretSource &secrets)
{
    const QString action = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (!rest.isEmpty() && rest.size() > 1) {
        rest[0] = rest.at(0) + QLatin1Char(' ') + action;
        rest.removeAt(1);
    }
    if (action == QLatin1String("list")) {
        StationParser p(Cli::tr("Lists the station's users."), false);
        const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print JSON instead of a table."));
        p.parser.addOption(json);
        if (int rc = p.parse(rest, 0); rc >= 0)
            return rc;
        Result<std::unique_ptr<Station>> station = openStation(p, secrets);
        if (!station)
            return failed(station.error());
        Result<QList<User>> users = (*station)->users().list();
        if (!users)
            return failed(users.error());
        if (p.parser.isSet(json)) {
            QJsonArray a;
            for (const User &u : *users)
                a.append(QJsonObject {{QStringLiteral("username"), u.username},
                                      {QStringLiteral("full_name"), u.fullName},
                                      {QStringLiteral("role"), roleId(u.role)},
                                      {QStringLiteral("disabled"), u.disabled},
                                      {QStringLiteral("created_at"), toStoredUtc(u.createdAt)}});
            out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const User &u : *users)
            out() << u.username.leftJustified(20) << ' ' << roleName(u.role).leftJustified(16) << ' '
                  << userStatus(u).leftJustified(12) << ' ' << u.fullName << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        StationParser p(
            Cli::tr("Adds a user. Their password comes from %1, or is asked.").arg(QLatin1String(NewPasswordVar)),
            true);
        p.parser.addPositionalArgument(Cli::tr("user"), Cli::tr("The new user name."));
        const QCommandLineOption role(QStringLiteral("role"), Cli::tr("clerk, supervisor, trainer or administrator."),
                                      Cli::tr("role"));
        const QCommandLineOption fullName(QStringLiteral("full-name"), Cli::tr("The person's full name."),
                                          Cli::tr("name"));
        p.parser.addOptions({role, fullName});
        if (int rc = p.parse(rest, 1); rc >= 0)
            return rc;
        Result<Role> r = parseRole(p.parser.value(role));
        if (!r)
            return usageError(r.error(), p.parser);
        const QString username = p.parser.positionalArguments().first();
        const QString full = p.parser.isSet(fullName) ? p.parser.value(fullName) : username;
        return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
            Result<SecureBytes> password
                = secrets.read(NewPasswordVar, Cli::tr("Password for %1: ").arg(username), true);
            if (!password)
                return password.takeError();
            Result<User> added = station.users().add(actor, username, full, *r, *password);
            if (!added)
                return added.takeError();
            return Cli::tr("User %1 added as %2.").arg(added->username, roleName(added->role));
        });
    }
    if (action == QLatin1String("disable")) {
        StationParser p(Cli::tr("Disables a user. Users are never deleted: the history keeps their names."), true);
        p.parser.addPositionalArgument(Cli::tr("user"), Cli::tr("The user to disable."));
        if (int rc = p.parse(rest, 1); rc >= 0)
            return rc;
        const QString target = p.parser.positionalArguments().first();
        return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
            if (Status s = station.users().disable(actor, target); !s)
                return s.takeError();
            return Cli::tr("User %1 disabled.").arg(target);
        });
    }
    QCommandLineParser help;
    help.setApplicationDescription(Cli::tr("user add|disable|list: manage the station's users."));
    return usageError(action.isEmpty() ? Cli::tr("Say what to do: user add, user disable or user list.")
                                       : Cli::tr("Unknown user action: %1").arg(action),
                      help);
}

int verifyAudit(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Walks the audit log's hash chain and reports the first broken entry."), false);
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<AuditLog::Verification> v = AuditLog::verify((*station)->database());
    if (!v)
        return failed(v.error());
    if (!v->intact())
        return failed(Cli::tr("The audit log is broken at entry %1: %2").arg(v->firstBrokenSeq).arg(v->problem));
    out() << Cli::tr("The audit log is intact: %n entry(ies) checked.", nullptr, int(v->entriesChecked)) << '\n';
    return ExitOk;
}

int history(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Prints everything that happened to one acta: images, entries, decisions, sync."), false);
    p.parser.addPositionalArgument(Cli::tr("clave_acta"), Cli::tr("The acta key, e.g. 010338B010002."));
    const QCommandLineOption format(QStringLiteral("format"), Cli::tr("csv (default) or json."), Cli::tr("format"),
                                    QStringLiteral("csv"));
    p.parser.addOption(format);
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    const QString fmt = p.parser.value(format);
    if (fmt != QLatin1String("csv") && fmt != QLatin1String("json"))
        return usageError(Cli::tr("Unknown format %1: use csv or json.").arg(fmt), p.parser);
    Result<ActaKey> key = ActaKey::parse(p.parser.positionalArguments().first());
    if (!key)
        return usageError(key.error(), p.parser);
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<ActaRecord> acta = (*station)->actas().find(key->toString());
    if (!acta)
        return failed(acta.error());
    Result<QList<AuditLog::Entry>> entries = AuditLog::entriesForActa((*station)->database(), acta->id);
    Result<QList<User>> users = (*station)->users().list();
    if (!entries || !users)
        return failed(entries ? users.error() : entries.error());
    QHash<qint64, QString> names;
    for (const User &u : *users)
        names.insert(u.id, u.username);
    auto who = [&](const AuditLog::Entry &e) {
        return e.userId ? names.value(*e.userId, QString::number(*e.userId)) : QStringLiteral("station");
    };
    if (fmt == QLatin1String("json")) {
        QJsonArray a;
        for (const AuditLog::Entry &e : *entries)
            a.append(QJsonObject {{QStringLiteral("seq"), e.seq},
                                  {QStringLiteral("at"), e.at},
                                  {QStringLiteral("user"), who(e)},
                                  {QStringLiteral("action"), e.action},
                                  {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()}});
        out() << QJsonDocument(QJsonObject {{QStringLiteral("clave_acta"), acta->clave},
                                            {QStringLiteral("state"), ActaWorkflow::stateId(acta->state)},
                                            {QStringLiteral("events"), a}})
                     .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out() << "seq,at_utc,user,action,details\n";
    for (const AuditLog::Entry &e : *entries)
        out() << e.seq << ',' << e.at << ',' << CsvWriter::field(who(e)) << ',' << e.action << ','
              << CsvWriter::field(e.details) << '\n';
    return ExitOk;
}

int backup(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Writes an encrypted, consistent copy of the station (and its keying file) while it may "
                            "be in use."),
                    true);
    p.parser.addPositionalArgument(Cli::tr("file"), Cli::tr("The backup file to write."));
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    const QString file = p.parser.positionalArguments().first();
    return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
        if (Status s = station.backup(actor, file); !s)
            return s.takeError();
        return Cli::tr("Backup written to %1 (with %2).").arg(file, KeyingFile::pathFor(file));
    });
}

int restore(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Replaces the station with a backup after checking it (passphrase, integrity, schema, "
                            "audit chain) and logging in an administrator of the backup (--as). The replaced store "
                            "is kept beside it."),
                    true);
    p.parser.addPositionalArgument(Cli::tr("file"), Cli::tr("The backup file."));
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    Result<SecureBytes> pass = secrets.read(PassphraseVar, Cli::tr("The backup's passphrase: "), false);
    if (!pass)
        return failed(pass.error());
    const QString admin = p.parser.value(p.as);
    Result<SecureBytes> password
        = secrets.read(PasswordVar, Cli::tr("Password for %1 (an administrator of the backup): ").arg(admin), false);
    if (!password)
        return failed(password.takeError().message);
    Result<QString> kept = Station::restore(p.parser.positionalArguments().first(), p.directory(), *pass, admin,
                                            *password, Clock::system());
    if (!kept)
        return failed(kept.error());
    out() << Cli::tr("Station in %1 restored from %2.").arg(p.directory(), p.parser.positionalArguments().first())
          << '\n';
    if (!kept->isEmpty())
        out() << Cli::tr("The previous store was kept as %1.").arg(*kept) << '\n';
    return ExitOk;
}

int changePassphrase(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Changes the station passphrase (new key, same data). The new one comes from %1, or is "
                            "asked twice.")
                        .arg(QLatin1String(NewPassphraseVar)),
                    true);
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    Result<SecureBytes> old = secrets.read(PassphraseVar, Cli::tr("Current station passphrase: "), false);
    if (!old)
        return failed(old.error());
    Result<std::unique_ptr<Station>> station = Station::open(p.directory(), *old, Clock::system());
    if (!station)
        return failed(station.error());
    Result<User> actor = actAs(**station, p, secrets);
    if (!actor)
        return failed(actor.error());
    Result<SecureBytes> fresh = secrets.read(NewPassphraseVar, Cli::tr("New station passphrase: "), true);
    if (!fresh)
        return failed(fresh.error());
    const Status s = (*station)->changePassphrase(*actor, *old, *fresh);
    (void)(*station)->users().logout(*actor);
    if (!s)
        return failed(s.error());
    out() << Cli::tr("The station passphrase was changed.") << '\n';
    return ExitOk;
}

int enrollmentRequest(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Writes the enrollment request of this station (its id, name and public signing key) to "
                            "FILE, for the hub administrator to import with \"actahub enroll FILE\". Read the "
                            "fingerprint it prints to the hub administrator so both sides can compare it."),
                    false);
    p.parser.addPositionalArgument(Cli::tr("file"), Cli::tr("The request file to write."), Cli::tr("FILE"));
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<SecureBytes> secret = (*station)->signingSecretKey();
    if (!secret)
        return failed(secret.error());
    Result<SigningKey> key = SigningKey::fromSecretKey(*secret);
    if (!key)
        return failed(key.error());
    const EnrollmentRequest request
        = EnrollmentRequest::forKey((*station)->stationId(), (*station)->name(), *key, Clock::system().nowUtc());
    const QString path = p.parser.positionalArguments().first();
    if (Status s = request.write(path); !s)
        return failed(s.error());
    out() << Cli::tr("Enrollment request of station %1 (%2) written to %3.")
                 .arg((*station)->stationId(), (*station)->name(), path)
          << '\n'
          << Cli::tr("Fingerprint: %1").arg(request.fingerprint()) << '\n';
    return ExitOk;
}

} // namespace acta::cli
