// The hub operators' commands: enrolling and revoking stations, deciding disputes, and reading
// back what the hub witnessed (audit heads, sequence gaps) and its own audit log.
#include "CanonicalJson.h"
#include "Clock.h"
#include "HubOptions.h"
#include "HubStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace acta::hub {

using console::err;
using console::ExitFailed;
using console::ExitOk;
using console::out;
using console::usageError;

QString operatorName()
{
    const uid_t uid = getuid();
    const passwd *pw = getpwuid(uid);
    const QString user = pw ? QString::fromLocal8Bit(pw->pw_name) : QStringLiteral("uid %1").arg(uid);
    // sudo says who called it in SUDO_USER; only root's word is taken for that (anyone can set it).
    if (const QByteArray sudo = qgetenv("SUDO_USER"); uid == 0 && !sudo.isEmpty())
        return QStringLiteral("%1 (sudo)").arg(QString::fromLocal8Bit(sudo.left(64)));
    return user;
}

int enrollCommand(const Options &o, const QString &file)
{
    Result<EnrollmentRequest> request = EnrollmentRequest::read(file);
    if (!request)
        return failWith(request.error());
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Other);
    if (!store)
        return failWith(store.error());
    QList<int> bound;
    if (o.parser.isSet(o.districts)) {
        for (const QString &part : o.parser.value(o.districts).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const int d = part.trimmed().toInt(&ok);
            if (!ok || d < 1 || d > 999)
                return failWith(HubCommands::tr("--districts wants district numbers separated by commas, not \"%1\".")
                                    .arg(o.parser.value(o.districts)));
            bound.append(d);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<HubStore::Enrolled> enrolled = (*store)->enroll(*request, now, operatorName());
    if (!enrolled)
        return failWith(enrolled.error());
    // A station enrolled again keeps its districts unless new ones are given.
    if (o.parser.isSet(o.districts) || *enrolled == HubStore::Enrolled::New)
        if (Status s = (*store)->bindDistricts(request->stationId, bound, operatorName(), now); !s)
            return failWith(s.error());
    if (*enrolled == HubStore::Enrolled::Replaced)
        out() << HubCommands::tr("The revoked key of station %1 is replaced; the station retries what was refused "
                                 "with \"actacapture upstream retry-refused\".")
                     .arg(request->stationId)
              << Qt::endl;
    Result<std::optional<HubStation>> enrolledStation = (*store)->station(request->stationId);
    if (enrolledStation && *enrolledStation && (*enrolledStation)->districts.isEmpty())
        out() << HubCommands::tr("Note: station %1 may report actas of any district (no --districts).")
                     .arg(request->stationId)
              << Qt::endl;
    out() << HubCommands::tr("enrolled station %1 (%2), key fingerprint %3")
                 .arg(request->stationId, request->stationName, request->fingerprint())
          << Qt::endl;
    return ExitOk;
}

// conflicts list | show CLAVE | resolve CLAVE --keep STATION --reason TEXT
int conflictsCommand(const Options &o, const QStringList &operands)
{
    const QString action = operands.value(0);
    const bool list = action == QLatin1String("list") && operands.size() == 1;
    const bool show = action == QLatin1String("show") && operands.size() == 2;
    const bool resolve = action == QLatin1String("resolve") && operands.size() == 2;
    if (!list && !show && !resolve)
        return usageError(HubCommands::tr("Use: conflicts list | conflicts show CLAVE | conflicts resolve CLAVE --keep "
                                          "STATION --reason TEXT"),
                          o.parser);
    if (resolve && (!o.parser.isSet(o.keep) || o.parser.value(o.reason).trimmed().isEmpty()))
        return usageError(HubCommands::tr("conflicts resolve needs --keep STATION and --reason TEXT."), o.parser);
    Result<Election> election = o.election.load(o.parser);
    if (!election)
        return failWith(election.error());
    Result<std::unique_ptr<HubStore>> store = openStore(o, resolve ? StoreUse::Results : StoreUse::Other);
    if (!store)
        return failWith(store.error());
    const QString templateId = election->election.id();
    if (resolve) {
        const QString clave = operands.at(1);
        if (Status s = (*store)->resolveConflict(templateId, clave, o.parser.value(o.keep), o.parser.value(o.reason),
                                                 operatorName(), QDateTime::currentDateTimeUtc());
            !s)
            return failWith(s.error());
        out() << HubCommands::tr("Acta %1: the version of station %2 is published from the next cut on.")
                     .arg(clave, o.parser.value(o.keep))
              << Qt::endl;
        return ExitOk;
    }
    Result<QList<HubDisagreement>> open = (*store)->disagreements(templateId);
    if (!open)
        return failWith(open.error());
    int shown = 0;
    for (const HubDisagreement &d : *open) {
        if (show && d.clave != operands.at(1))
            continue;
        ++shown;
        out() << d.clave << Qt::endl;
        for (const HubDisagreement::Side &side : d.sides) {
            out() << HubCommands::tr("  station %1, sequence %2, version %3, image %4")
                         .arg(side.stationId)
                         .arg(side.seq)
                         .arg(side.version)
                         .arg(side.imageSha256.value_or(QStringLiteral("-")))
                  << Qt::endl;
            if (!show)
                continue;
            Result<std::optional<HubRecord>> r = (*store)->record(side.stationId, d.clave, side.version);
            if (!r)
                return failWith(r.error());
            if (!*r)
                continue;
            QStringList figures;
            for (const TemplateField &f : election->election.allFields())
                if ((*r)->record.values.contains(f.id))
                    figures << f.id + QLatin1Char('=') + (*r)->record.values.value(f.id).toPublicationString();
            out() << QStringLiteral("    ") << figures.join(QLatin1Char(' ')) << Qt::endl;
        }
    }
    if (show && shown == 0)
        return failWith(HubCommands::tr("Acta %1 is not in dispute.").arg(operands.at(1)));
    if (list && shown == 0)
        out() << HubCommands::tr("No acta is in dispute.") << Qt::endl;
    return ExitOk;
}

int revokeCommand(const Options &o, const QStringList &operands)
{
    const QString reason = o.parser.value(o.reason);
    if (operands.size() != 1)
        return usageError(HubCommands::tr("Use: revoke STATION --reason TEXT"), o.parser);
    const QString stationId = operands.first();
    if (reason.trimmed().isEmpty())
        return usageError(HubCommands::tr("revoke needs --reason TEXT (it goes into the hub's audit log)."), o.parser);
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Other);
    if (!store)
        return failWith(store.error());
    Result<std::optional<HubStation>> station = (*store)->station(stationId);
    if (!station)
        return failWith(station.error());
    if (Status s = (*store)->revoke(stationId, reason, operatorName(), QDateTime::currentDateTimeUtc()); !s)
        return failWith(s.error());
    out() << HubCommands::tr("The key %1 of station %2 is revoked: nothing signed with it is taken any more. Enroll "
                             "the station's new key with \"actahub enroll FILE\".")
                 .arg((*station) ? (*station)->fingerprint : QString(), stationId)
          << Qt::endl;
    return ExitOk;
}

namespace {

// The receipts of the records that carried an audit head, as the station's verify-audit reads
// them: each one signed by this hub, so the file needs no other protection on its way.
int printHeadsJson(const HubDataDir &dir, const QString &stationId, const QList<WitnessedHead> &heads)
{
    Result<SigningKey> key = dir.hubKey();
    if (!key)
        return failWith(key.error());
    QJsonArray list;
    qint64 newestRecord = 0;
    qint64 newestEntry = 0;
    for (const WitnessedHead &h : heads) {
        list.append(QString::fromUtf8(h.receipt));
        newestRecord = std::max(newestRecord, h.recordSeq);
        newestEntry = std::max(newestEntry, h.head.seq);
    }
    // Signed too, so that nobody carrying the file can leave receipts out of it unseen.
    const QJsonObject summary {{QStringLiteral("format"), QStringLiteral("actahub.witnessed-heads/1")},
                               {QStringLiteral("station_id"), stationId},
                               {QStringLiteral("hub_key"), key->fingerprint()},
                               {QStringLiteral("exported_at"), toStoredUtc(QDateTime::currentDateTimeUtc())},
                               {QStringLiteral("heads"), qint64(heads.size())},
                               {QStringLiteral("newest_record_seq"), newestRecord},
                               {QStringLiteral("newest_audit_seq"), newestEntry}};
    Result<QByteArray> bytes = CanonicalJson::serialize(summary);
    if (!bytes)
        return failWith(bytes.error());
    const QJsonObject o {{QStringLiteral("summary"), summary},
                         {QStringLiteral("signature"), QString::fromLatin1(key->sign(*bytes).toBase64())},
                         {QStringLiteral("receipts"), list}};
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

// stations list | heads STATION [--json] | gaps [STATION]
int stationsCommand(const Options &o, const QStringList &operands)
{
    const QString action = operands.value(0);
    const bool list = action == QLatin1String("list") && operands.size() == 1;
    const bool heads = action == QLatin1String("heads") && operands.size() == 2;
    const bool gaps = action == QLatin1String("gaps") && operands.size() <= 2;
    if (!list && !heads && !gaps)
        return usageError(HubCommands::tr("Use: stations list | stations heads STATION [--json] | stations gaps "
                                          "[STATION]"),
                          o.parser);
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Other);
    if (!store)
        return failWith(store.error());
    if (list) {
        Result<QList<HubStation>> stations = (*store)->stations();
        if (!stations)
            return failWith(stations.error());
        for (const HubStation &s : *stations) {
            QStringList districts;
            for (int d : s.districts)
                districts << QString::number(d);
            out() << HubCommands::tr("%1  %2  key %3  districts %4%5")
                         .arg(s.stationId, s.name, s.fingerprint,
                              districts.isEmpty() ? HubCommands::tr("any") : districts.join(QLatin1Char(',')),
                              s.revokedAt
                                  ? HubCommands::tr("  REVOKED %1: %2").arg(toStoredUtc(*s.revokedAt), s.revokedReason)
                                  : QString())
                  << Qt::endl;
        }
        if (stations->isEmpty())
            out() << HubCommands::tr("No station is enrolled.") << Qt::endl;
        return ExitOk;
    }
    if (gaps && operands.size() == 2)
        if (Result<HubStation> station = (*store)->enrolledStation(operands.at(1)); !station)
            return failWith(station.error());
    if (gaps) {
        Result<QList<SequenceGap>> found = (*store)->sequenceGaps(operands.value(1));
        if (!found)
            return failWith(found.error());
        for (const SequenceGap &g : *found)
            out() << HubCommands::tr("%1: after record %2 came record %3 (%4 UTC): %5 number(s) never arrived, or the "
                                     "station was restored")
                         .arg(g.stationId)
                         .arg(g.afterSeq)
                         .arg(g.nextSeq)
                         .arg(toStoredUtc(g.detectedAt))
                         .arg(g.nextSeq - g.afterSeq - 1)
                  << Qt::endl;
        if (found->isEmpty())
            out() << HubCommands::tr("No jump in record numbers.") << Qt::endl;
        return ExitOk;
    }
    const QString stationId = operands.at(1);
    if (Result<HubStation> station = (*store)->enrolledStation(stationId); !station)
        return failWith(station.error());
    Result<QList<WitnessedHead>> witnessed = (*store)->witnessedHeads(stationId);
    if (!witnessed)
        return failWith(witnessed.error());
    if (o.parser.isSet(o.json))
        return printHeadsJson(o.dataDir(), stationId, *witnessed);
    for (const WitnessedHead &h : *witnessed)
        out() << HubCommands::tr("record %1 (%2 version %3, %4 UTC): audit entry %5 %6")
                     .arg(h.recordSeq)
                     .arg(h.clave)
                     .arg(h.version)
                     .arg(toStoredUtc(h.witnessedAt))
                     .arg(h.head.seq)
                     .arg(h.head.hash)
              << Qt::endl;
    if (witnessed->isEmpty())
        out() << HubCommands::tr("No record of station %1 carried an audit head.").arg(stationId) << Qt::endl;
    return ExitOk;
}

// audit list | verify
int auditCommand(const Options &o, const QStringList &operands)
{
    const QString action = operands.value(0);
    if (operands.size() != 1 || (action != QLatin1String("list") && action != QLatin1String("verify")))
        return usageError(HubCommands::tr("Use: audit list | audit verify"), o.parser);
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Other);
    if (!store)
        return failWith(store.error());
    Result<QString> problem = (*store)->auditProblem();
    if (!problem)
        return failWith(problem.error());
    Result<QList<HubAuditEntry>> entries = (*store)->auditEntries();
    if (!entries)
        return failWith(entries.error());
    if (action == QLatin1String("list"))
        for (const HubAuditEntry &e : *entries)
            out() << e.seq << ' ' << e.at << ' ' << e.actor << ' ' << e.action << ' ' << e.details << Qt::endl;
    if (!problem->isEmpty())
        return failWith(HubCommands::tr("The hub's audit log is broken: %1").arg(*problem));
    out() << HubCommands::tr("The hub's audit log is intact: %n entry(ies) checked.", nullptr, int(entries->size()))
          << Qt::endl;
    return ExitOk;
}

} // namespace acta::hub
