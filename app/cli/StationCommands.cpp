#include "StationCommands.h"

#include "AuditLog.h"
#include "CanonicalJson.h"
#include "CliSupport.h"
#include "Csv.h"
#include "EnrollmentRequest.h"
#include "Receipt.h"
#include "Secrets.h"
#include "SigningKey.h"
#include "Station.h"
#include "StationParser.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
    Station::Options options;
    options.mode = p.mode(); // fixed for the station's life
    Result<std::unique_ptr<Station>> station
        = Station::initialise(p.directory(), stationName, *pass, adminName, *password, Clock::system(), options);
    if (!station)
        return failed(station.error());
    out() << Cli::tr("Station %1 (%2, %3) created in %4; first administrator: %5.")
                 .arg((*station)->stationId(), (*station)->name(), Station::modeName((*station)->mode()), p.directory(),
                      adminName)
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

namespace {

// The receipts of an "actahub stations heads STATION --json" export, and its signed summary, all
// checked with the hub key given on the command line: the keys pinned in this store are no
// evidence against someone holding its passphrase.
struct WitnessFile
{
    QList<AuditLog::WitnessedHead> heads;
    QString exportedAt;
    qint64 newestRecordSeq = 0;
    qint64 newestAuditSeq = 0;
};

Result<WitnessFile> headsFromFile(const Station &station, const QString &path, const QString &hubKeyHex)
{
    constexpr qint64 MaxFile = 64 * 1024 * 1024;
    Result<QByteArray> parsedKey = UpstreamRepository::parseHubKey(hubKeyHex);
    if (!parsedKey)
        return fail(ErrorCode::InvalidInput, Cli::tr("--hub-key wants the hub's public key as 64 hexadecimal digits."));
    const QByteArray key = *parsedKey;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Cli::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.read(MaxFile + 1); // bounded whatever the file is (a pipe has no size)
    if (bytes.size() > MaxFile)
        return fail(ErrorCode::InvalidInput, Cli::tr("%1 is larger than %2 bytes.").arg(path).arg(MaxFile));
    const QString notAnExport = Cli::tr("%1 is not an export of \"actahub stations heads STATION --json\".").arg(path);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    const QJsonObject o = doc.object();
    const QJsonObject summary = o.value(QStringLiteral("summary")).toObject();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !o.value(QStringLiteral("receipts")).isArray()
        || summary.value(QStringLiteral("format")).toString() != QLatin1String("actahub.witnessed-heads/1"))
        return fail(ErrorCode::InvalidInput, notAnExport);
    const QString keyFingerprint = SigningKey::fingerprintOf(key);
    if (summary.value(QStringLiteral("hub_key")).toString() != keyFingerprint)
        return fail(ErrorCode::Integrity,
                    Cli::tr("%1 was signed by hub key %2, not by the key given (%3).")
                        .arg(path, summary.value(QStringLiteral("hub_key")).toString(), keyFingerprint));
    Result<QByteArray> summaryBytes = CanonicalJson::serialize(summary);
    const auto signature = QByteArray::fromBase64Encoding(o.value(QStringLiteral("signature")).toString().toLatin1(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
    if (!summaryBytes || !signature || !SigningKey::verify(key, *summaryBytes, signature.decoded))
        return fail(ErrorCode::Integrity,
                    Cli::tr("%1: the summary's signature does not hold: the file was changed after the hub wrote it.")
                        .arg(path));
    if (summary.value(QStringLiteral("station_id")).toString() != station.stationId())
        return fail(ErrorCode::InvalidInput,
                    Cli::tr("%1 is for station %2, not %3.")
                        .arg(path, summary.value(QStringLiteral("station_id")).toString(), station.stationId()));
    WitnessFile file;
    file.exportedAt = summary.value(QStringLiteral("exported_at")).toString();
    const QJsonArray receipts = o.value(QStringLiteral("receipts")).toArray();
    for (qsizetype i = 0; i < receipts.size(); ++i) {
        const QString where = Cli::tr("%1, receipt %2").arg(path).arg(i + 1);
        Result<SignedReceipt> receipt = SignedReceipt::fromJson(receipts.at(i).toString().toUtf8());
        if (!receipt)
            return fail(receipt.code(), Cli::tr("%1: %2").arg(where, receipt.error()));
        if (Status s = receipt->verify(key); !s)
            return fail(s.code(), Cli::tr("%1: %2").arg(where, s.error()));
        const Receipt &r = receipt->receipt();
        if (r.stationId != station.stationId() || !r.auditHead)
            return fail(ErrorCode::InvalidInput, notAnExport);
        file.heads.append({r.seq, r.auditHead->seq, r.auditHead->hash, QFileInfo(path).fileName()});
        file.newestRecordSeq = std::max(file.newestRecordSeq, r.seq);
        file.newestAuditSeq = std::max(file.newestAuditSeq, r.auditHead->seq);
    }
    // The summary says how many heads the hub exported and how far they reach: none left out.
    if (summary.value(QStringLiteral("heads")).toInteger() != receipts.size()
        || summary.value(QStringLiteral("newest_record_seq")).toInteger() != file.newestRecordSeq
        || summary.value(QStringLiteral("newest_audit_seq")).toInteger() != file.newestAuditSeq)
        return fail(ErrorCode::Integrity,
                    Cli::tr("%1 holds %2 receipt(s), not the %3 its signed summary names: receipts were removed.")
                        .arg(path)
                        .arg(receipts.size())
                        .arg(summary.value(QStringLiteral("heads")).toInteger()));
    return file;
}

} // namespace

int verifyAudit(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Walks the audit log's hash chain and reports the first broken entry; then compares the "
                            "log with the audit heads the hubs witnessed (the receipts kept here and, with "
                            "--witnessed, the hub's own list), which catches a log rewritten by someone holding the "
                            "passphrase."),
                    false);
    const QCommandLineOption witnessed(QStringLiteral("witnessed"),
                                       Cli::tr("The output of \"actahub stations heads STATION --json\"."),
                                       Cli::tr("file"));
    const QCommandLineOption hubKey(QStringLiteral("hub-key"),
                                    Cli::tr("The public key (hex) of the hub that signed --witnessed, read from the "
                                            "hub itself rather than from this station's configuration."),
                                    Cli::tr("hex"));
    p.parser.addOptions({witnessed, hubKey});
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    if (p.parser.isSet(hubKey) != p.parser.isSet(witnessed))
        return usageError(Cli::tr("--witnessed and --hub-key go together: the hub's list and the hub's public key "
                                  "(as \"actahub init\" printed it, or from GET /v1/hub)."),
                          p.parser);
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<AuditLog::Verification> v = AuditLog::verify((*station)->database());
    if (!v)
        return failed(v.error());
    if (!v->intact())
        return failed(Cli::tr("The audit log is broken at entry %1: %2").arg(v->firstBrokenSeq).arg(v->problem));
    out() << Cli::tr("The audit log is intact: %n entry(ies) checked.", nullptr, int(v->entriesChecked)) << '\n';

    Result<QList<AuditLog::WitnessedHead>> heads = (*station)->upstream().witnessedHeads((*station)->stationId());
    if (!heads)
        return failed(heads.error());
    if (p.parser.isSet(witnessed)) {
        Result<WitnessFile> file = headsFromFile(**station, p.parser.value(witnessed), p.parser.value(hubKey));
        if (!file)
            return failed(file.error());
        out() << Cli::tr("The hub's list (exported %1) holds %2 head(s), up to record %3 and audit entry %4.")
                     .arg(file->exportedAt)
                     .arg(file->heads.size())
                     .arg(file->newestRecordSeq)
                     .arg(file->newestAuditSeq)
              << '\n';
        heads->append(file->heads);
    }
    Result<AuditLog::WitnessCheck> check = AuditLog::checkWitnessed((*station)->database(), *heads);
    if (!check)
        return failed(check.error());
    if (!check->holds())
        return failed(Cli::tr("The audit log does not match what the hubs witnessed: %1").arg(check->problem));
    if (!p.parser.isSet(witnessed))
        out() << Cli::tr("Compared with the receipts kept in this station only: someone holding the passphrase can "
                         "replace those too. The hub's own list (--witnessed) is the independent check.")
              << '\n';
    if (check->matched == 0)
        out() << Cli::tr("No hub has witnessed this log yet (no receipt carries an audit head).") << '\n';
    else
        out() << Cli::tr("%n audit head(s) witnessed by the hubs match, up to entry %1.", nullptr, int(check->matched))
                     .arg(check->newestMatchedSeq)
              << '\n';
    if (check->discarded > 0)
        out() << Cli::tr("%n witnessed head(s) belong to entries a restore replaced.", nullptr, int(check->discarded))
              << '\n';
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
                                            *password, Clock::system(), p.mode());
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
    const QCommandLineOption rotateKey(QStringLiteral("rotate-key"),
                                       Cli::tr("Replace the station's signing key too (when the old passphrase may "
                                               "have leaked): then send a new enrollment request to each hub, whose "
                                               "operator revokes the old key."));
    p.parser.addOption(rotateKey);
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    Result<SecureBytes> old = secrets.read(PassphraseVar, Cli::tr("Current station passphrase: "), false);
    if (!old)
        return failed(old.error());
    Result<std::unique_ptr<Station>> station
        = Station::open(p.directory(), *old, Clock::system(), PasswordCost::interactive(), p.mode());
    if (!station)
        return failed(station.error());
    Result<User> actor = actAs(**station, p, secrets);
    if (!actor)
        return failed(actor.error());
    Result<SecureBytes> fresh = secrets.read(NewPassphraseVar, Cli::tr("New station passphrase: "), true);
    if (!fresh)
        return failed(fresh.error());
    const Status s = (*station)->changePassphrase(*actor, *old, *fresh);
    // The key is replaced only once the new passphrase holds: a failed rekey changes nothing.
    Result<QString> fingerprint
        = s && p.parser.isSet(rotateKey) ? (*station)->rotateSigningKey(*actor) : Result<QString>(QString());
    (void)(*station)->users().logout(*actor);
    if (!s)
        return failed(s.error());
    out() << Cli::tr("The station passphrase was changed.") << '\n';
    if (!fingerprint)
        return failed(Cli::tr("The signing key was not replaced: %1").arg(fingerprint.error()));
    if (!fingerprint->isEmpty())
        out() << Cli::tr("New signing key: %1. Write a new enrollment request (actacapture enrollment-request FILE) "
                         "for each hub; until its operator revokes the old key and enrolls this one, the hub refuses "
                         "new records (retry them with \"actacapture upstream retry-refused\").")
                     .arg(*fingerprint)
              << '\n';
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
