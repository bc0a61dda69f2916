#include "HubCommands.h"

#include "AccessLog.h"
#include "Bundle.h"
#include "Clock.h"
#include "CommandTable.h"
#include "Console.h"
#include "ElectionOptions.h"
#include "EnrollmentRequest.h"
#include "FingerprintCommand.h"
#include "HubDataDir.h"
#include "HubLog.h"
#include "HubOptions.h"
#include "HubServer.h"
#include "HubStore.h"
#include "Publisher.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace acta::hub {

namespace {

// The streams, exit codes and error printing are the console library's, shared with actacapture.
using console::err;
using console::ExitFailed;
using console::ExitOk;
using console::out;
using console::usageError;

int initCommand(const Options &o)
{
    HubDataDir dir = o.dataDir();
    Result<QStringList> made = dir.init();
    if (!made)
        return failWith(made.error());
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Create);
    if (!store)
        return failWith(store.error());
    // The publication folder is this hub's mode's from now on, before its first cut.
    if (Status claimed = Publisher::claimFolder(o.publicationDir(), o.parser.isSet(o.simulation)); !claimed)
        return failWith(claimed.error());
    Result<SigningKey> key = dir.hubKey();
    if (!key)
        return failWith(key.error());
    for (const QString &line : *made)
        out() << HubCommands::tr("created %1").arg(line) << Qt::endl;
    out() << HubCommands::tr("data directory: %1").arg(dir.path()) << Qt::endl;
    out() << HubCommands::tr("database: %1")
                 .arg((*store)->isPostgres() ? HubCommands::tr("PostgreSQL") : o.databaseLocation())
          << Qt::endl;
    out() << HubCommands::tr("hub mode: %1")
                 .arg(o.parser.isSet(o.simulation) ? HubCommands::tr("drill (simulation)")
                                                   : HubCommands::tr("production"))
          << Qt::endl;
    out() << HubCommands::tr("hub key fingerprint: %1").arg(key->fingerprint()) << Qt::endl;
    out() << HubCommands::tr("hub public key: %1").arg(QString::fromLatin1(key->publicKey().toHex())) << Qt::endl;
    return ExitOk;
}

QString importLine(const ImportItem &item)
{
    const QString what = item.imageSha256.isEmpty() ? HubCommands::tr("record %1/%2 acta %3 version %4")
                                                          .arg(item.stationId)
                                                          .arg(item.seq)
                                                          .arg(item.clave)
                                                          .arg(item.version)
                                                    : HubCommands::tr("image %1").arg(item.imageSha256);
    switch (item.action) {
    case ImportItem::Action::Import:
        return HubCommands::tr("import  %1").arg(what);
    case ImportItem::Action::Skip:
        return HubCommands::tr("skip    %1: %2").arg(what, item.reason);
    case ImportItem::Action::Refuse:
        return HubCommands::tr("REFUSE  %1: %2").arg(what, item.reason);
    }
    return what;
}

// The same checks as a record arriving over HTTPS (HubServer), for every record of the bundle;
// then one transaction that the store commits only when nothing is refused.
int importBundleCommand(const Options &o, const QString &file)
{
    const bool apply = o.parser.isSet(o.apply);
    if (apply == o.parser.isSet(o.preview))
        return failWith(HubCommands::tr("import-bundle needs exactly one of --preview and --apply."));
    // The election the imported records must belong to, as for `serve`.
    Result<Election> election = o.election.load(o.parser);
    if (!election)
        return failWith(election.error());
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return failWith(HubCommands::tr("Cannot read %1: %2").arg(file, f.errorString()));
    if (f.size() > Bundle::MaxSize)
        return failWith(
            HubCommands::tr("%1 is larger than a bundle may be (%2 bytes).").arg(file).arg(Bundle::MaxSize));
    Result<Bundle> bundle = Bundle::read(f.readAll());
    if (!bundle)
        return failWith(HubCommands::tr("%1: %2").arg(file, bundle.error()));
    HubDataDir dir = o.dataDir();
    Result<SigningKey> hubKey = dir.hubKey();
    if (!hubKey)
        return failWith(hubKey.error());
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Results);
    if (!store)
        return failWith(store.error());
    Result<std::optional<HubStation>> station = (*store)->station(bundle->stationId());
    if (!station)
        return failWith(station.error());
    if (!*station)
        return failWith(HubCommands::tr("%1: station %2 is not enrolled at this hub; nothing imported.")
                            .arg(file, bundle->stationId()));
    if ((*station)->revokedAt)
        return failWith(HubCommands::tr("%1: the key of station %2 was revoked at this hub; the station exports the "
                                        "bundle again once its new key is enrolled. Nothing imported.")
                            .arg(file, bundle->stationId()));
    if (Status s = bundle->verify((*station)->publicKey); !s)
        return failWith(HubCommands::tr("%1: %2; nothing imported.").arg(file, s.error()));

    const bool simulationHub = o.parser.isSet(o.simulation); // the store's mode: openStore() checked
    QList<ImportItem> refusedEarly;
    QList<SignedRecord> records;
    for (const SignedRecord &r : bundle->records()) {
        ImportItem item;
        item.stationId = r.record().stationId;
        item.seq = r.record().seq;
        item.clave = r.record().clave;
        item.version = r.record().version;
        item.action = ImportItem::Action::Refuse;
        if (r.record().stationId != bundle->stationId())
            item.reason = HubCommands::tr("a record of station %1 in the bundle of station %2")
                              .arg(r.record().stationId, bundle->stationId());
        else if (r.keyFingerprint() != (*station)->fingerprint)
            item.reason = HubCommands::tr("signed with key %1, not the enrolled %2")
                              .arg(r.keyFingerprint(), (*station)->fingerprint);
        else if (Status v = r.verify((*station)->publicKey); !v)
            item.reason = v.error();
        else if (r.record().simulated != simulationHub)
            item.reason = simulationHub ? HubCommands::tr("a production record, and this is a simulation (drill) hub")
                                        : HubCommands::tr("a simulation (drill) record, and this is a production hub");
        else if (const QString problem = HubServer::electionProblem(election->election, r.record()); !problem.isEmpty())
            item.reason = problem;
        else if (const QString problem = HubServer::separationProblem(r.record()); !problem.isEmpty())
            item.reason = problem;
        else if (const QString problem = HubServer::districtProblem(election->catalog, **station, r.record());
                 !problem.isEmpty())
            item.reason = problem;
        else if (const QString problem = HubServer::ballotProblem(election->election, election->catalog, r.record());
                 !problem.isEmpty())
            item.reason = problem;
        else {
            records.append(r);
            continue;
        }
        refusedEarly.append(item);
    }
    QList<ImportImage> images;
    for (const Bundle::Image &i : bundle->images())
        images.append({i.sha256, i.bytes});
    Result<QList<ImportItem>> items = (*store)->importBundle(records, images, *hubKey, QDateTime::currentDateTimeUtc(),
                                                             apply && refusedEarly.isEmpty(), operatorName());
    if (!items)
        return failWith(items.error());
    const QList<ImportItem> all = refusedEarly + *items;
    int counts[3] = {0, 0, 0};
    for (const ImportItem &item : all) {
        ++counts[int(item.action)];
        out() << importLine(item) << Qt::endl;
    }
    out() << HubCommands::tr("bundle of station %1 made %2: %3 to import, %4 already there, %5 refused")
                 .arg(bundle->stationId(), toStoredUtc(bundle->createdAt()))
                 .arg(counts[0])
                 .arg(counts[1])
                 .arg(counts[2])
          << Qt::endl;
    if (counts[2] > 0) {
        err() << HubCommands::tr("actahub: %n item(s) refused: nothing was imported.", nullptr, counts[2]) << Qt::endl;
        return ExitFailed;
    }
    out() << (apply ? HubCommands::tr("imported.") : HubCommands::tr("preview only: nothing was changed.")) << Qt::endl;
    return ExitOk;
}

int publishCommand(const Options &o)
{
    Result<PublicationFormat> format = Publisher::formatNamed(o.parser.value(o.format));
    if (!format)
        return failWith(format.error());
    Result<Election> election = o.election.load(o.parser);
    if (!election)
        return failWith(election.error());
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Results);
    if (!store)
        return failWith(store.error());
    // The key that signs receipts signs the cut's manifest: one key for stations and the public to pin.
    Result<SigningKey> key = o.dataDir().hubKey();
    if (!key)
        return failWith(key.error());
    Publisher publisher(election->election, election->catalog);
    publisher.setFormat(*format);
    publisher.setFinalCut(o.parser.isSet(o.finalCut));
    Result<PublicationCut> cut = publisher.publish(**store, *key, o.publicationDir(), QDateTime::currentDateTimeUtc(),
                                                   o.offsetMinutes(election->election), o.parser.isSet(o.simulation));
    if (!cut)
        return failWith(cut.error());
    out() << HubCommands::tr("published a cut of %1 registered actas (of %2 expected) to %3 (%4)")
                 .arg(cut->actas)
                 .arg(cut->esperadas)
                 .arg(o.publicationDir(), cut->zipName)
          << Qt::endl;
    out() << HubCommands::tr("its manifest is signed with hub key %1; anyone can check the cut with: actaverify %2 "
                             "--hub-key %1")
                 .arg(key->fingerprint(), o.publicationDir())
          << Qt::endl;
    return ExitOk;
}

int serveCommand(const Options &o)
{
    const QString listen = o.parser.value(o.listen);
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QHostAddress address(colon > 0 ? listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')) : QString());
    if (!portOk || port < 0 || port > 65535 || address.isNull())
        return failWith(HubCommands::tr("--listen wants an IP address and a port, like 127.0.0.1:8443."));
    bool minutesOk = false;
    const int publishMinutes = o.parser.value(o.publishEvery).toInt(&minutesOk);
    if (!minutesOk || publishMinutes < 0)
        return failWith(HubCommands::tr("--publish-every wants a number of minutes."));
    Result<PublicationFormat> format = Publisher::formatNamed(o.parser.value(o.format));
    if (!format)
        return failWith(format.error());

    HubDataDir dir = o.dataDir();
    // Runs with no set-up: a missing data directory is made on first start.
    Result<QStringList> made = dir.init();
    if (!made)
        return failWith(made.error());
    for (const QString &line : *made)
        out() << HubCommands::tr("created %1").arg(line) << Qt::endl;
    Result<SigningKey> key = dir.hubKey();
    if (!key)
        return failWith(key.error());
    Result<QSslConfiguration> tls = dir.serverTls();
    if (!tls)
        return failWith(tls.error());
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Create);
    if (!store)
        return failWith(store.error());
    // Taken at once, as by init: a folder of the other mode is refused now, not at the first
    // cut (whose failure only goes to the log).
    if (Status claimed = Publisher::claimFolder(o.publicationDir(), o.parser.isSet(o.simulation)); !claimed)
        return failWith(claimed.error());
    Result<Election> election = o.election.load(o.parser);
    if (!election)
        return failWith(election.error());

    HubServerOptions options;
    options.election = election->election;
    options.catalog = election->catalog;
    options.simulation = o.parser.isSet(o.simulation); // the store's mode: openStore() checked they agree
    options.ratePerSecond = o.parser.value(o.rate).toDouble();
    options.burst = o.parser.value(o.burst).toDouble();
    if (options.ratePerSecond <= 0 || options.burst < 1)
        return failWith(HubCommands::tr("--rate must be above 0 and --burst at least 1."));
    options.addressRatePerSecond = o.parser.value(o.clientRate).toDouble();
    options.addressBurst = o.parser.value(o.clientBurst).toDouble();
    if (options.addressRatePerSecond <= 0 || options.addressBurst < 1)
        return failWith(HubCommands::tr("--client-rate must be above 0 and --client-burst at least 1."));
    options.connectRatePerSecond = o.parser.value(o.clientConnectRate).toDouble();
    if (options.connectRatePerSecond <= 0)
        return failWith(HubCommands::tr("--client-connect-rate must be above 0."));
    bool ok1 = false, ok2 = false, ok3 = false;
    options.maxConnections = o.parser.value(o.maxConnections).toUInt(&ok1);
    options.maxConnectionsPerAddress = o.parser.value(o.maxClientConnections).toUInt(&ok2);
    options.idleTimeoutSeconds = o.parser.value(o.idleTimeout).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || options.maxConnections < 1 || options.maxConnectionsPerAddress < 1
        || options.idleTimeoutSeconds < 1)
        return failWith(HubCommands::tr("--max-connections, --max-client-connections and --idle-timeout want whole "
                                        "numbers of at least 1."));
    AccessLog log(dir.accessLogPath());
    HubServer server(**store, *key, log, options);
    Result<quint16> actual = server.listen(address, quint16(port), *tls);
    if (!actual)
        return failWith(actual.error());
    out() << HubCommands::tr("listening on https://%1:%2/ hub key %3, %4")
                 .arg(address.toString())
                 .arg(*actual)
                 .arg(key->fingerprint(),
                      options.simulation ? HubCommands::tr("simulation") : HubCommands::tr("production"))
          << Qt::endl;
    // What a station administrator pins ("actacapture upstream add --ca ... --hub-key ...").
    out() << HubCommands::tr("stations pin: --ca %1 --hub-key %2")
                 .arg(dir.caCertificatePath(), QString::fromLatin1(key->publicKey().toHex()))
          << Qt::endl;

    Publisher publisher(election->election, election->catalog);
    publisher.setFormat(*format);
    QTimer publishTimer;
    QObject::connect(&publishTimer, &QTimer::timeout, [&] {
        Result<PublicationCut> cut
            = publisher.publish(**store, *key, o.publicationDir(), QDateTime::currentDateTimeUtc(),
                                o.offsetMinutes(election->election), options.simulation);
        if (!cut)
            qCWarning(lcHub).noquote() << "publication failed:" << cut.error();
    });
    if (publishMinutes > 0)
        publishTimer.start(std::chrono::minutes(publishMinutes));
    return QCoreApplication::exec();
}

} // namespace

Result<std::unique_ptr<HubStore>> openStore(const Options &o, StoreUse use)
{
    Result<std::unique_ptr<HubStore>> store = HubStore::open(o.databaseLocation());
    if (!store)
        return store;
    HubStore &s = **store;
    const HubMode wanted = o.parser.isSet(o.simulation) ? HubMode::Simulation : HubMode::Production;
    Result<std::optional<HubMode>> mode = use == StoreUse::Other
        ? s.mode()
        : s.settleMode(use == StoreUse::Create ? std::optional<HubMode>(wanted) : std::nullopt, operatorName(),
                       QDateTime::currentDateTimeUtc());
    if (!mode)
        return mode.takeError();
    if (!*mode) {
        if (use == StoreUse::Results)
            return fail(ErrorCode::InvalidState,
                        HubCommands::tr("The hub store %1 has no mode yet: run \"actahub init\" on it first (with "
                                        "--simulation for a drill hub).")
                            .arg(s.displayName()));
        return store;
    }
    if (**mode == wanted)
        return store;
    // Both ways an error: the operator typed the mode of another hub than the one named.
    return fail(ErrorCode::InvalidState,
                **mode == HubMode::Simulation
                    ? HubCommands::tr("The hub store %1 is a drill (simulation) store, and a store's mode never "
                                      "changes; this command was given for production (without --simulation). Give "
                                      "--simulation to work on this drill store, or name the production store with "
                                      "--data or --database.")
                          .arg(s.displayName())
                    : HubCommands::tr("The hub store %1 is a production store, and a store's mode never changes; "
                                      "this command was given for a drill (--simulation). Leave out --simulation to "
                                      "work on this production store, or name the drill store with --data or "
                                      "--database.")
                          .arg(s.displayName()));
}

int HubCommands::run(const QStringList &arguments)
{
    // fingerprint has options of its own, which the hub's parser does not know: it goes first.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("--lang=")))
            continue;
        if (arg == QLatin1String("fingerprint")) {
            QStringList rest = arguments;
            rest[0] = arguments.first() + QLatin1Char(' ') + arg;
            rest.removeAt(i);
            return fingerprintCommand(rest);
        }
        break;
    }
    Options o;
    const console::CommandTable commands({
        {QStringLiteral("serve"), QString(), tr("Serve the HTTPS API (the default)."),
         [&](const QStringList &) { return serveCommand(o); }, 0},
        {QStringLiteral("init"), QString(), tr("Create the data directory: store, hub key, TLS CA and certificate."),
         [&](const QStringList &) { return initCommand(o); }, 0},
        {QStringLiteral("enroll"), tr("FILE"), tr("Enroll a station from its enrollment request file."),
         [&](const QStringList &operands) { return enrollCommand(o, operands.first()); }, 1},
        {QStringLiteral("publish"), QString(),
         tr("Write a results cut now: the PREP CSV, the candidates catalog, the JSON with totals and the LEEME, loose "
            "and in one zip."),
         [&](const QStringList &) { return publishCommand(o); }, 0},
        {QStringLiteral("revoke"), tr("STATION"),
         tr("Take a station's key out of service (--reason); it may then enroll a new key."),
         [&](const QStringList &operands) { return revokeCommand(o, operands); }, -1},
        {QStringLiteral("stations"), tr("list|heads STATION|gaps [STATION]"),
         tr("Enrolled stations, the audit heads a station's records carried (--json for verify-audit), and jumps "
            "in record numbers."),
         [&](const QStringList &operands) { return stationsCommand(o, operands); }, -1},
        {QStringLiteral("audit"), tr("list|verify"), tr("The hub's own audit log: print it, or check its chain."),
         [&](const QStringList &operands) { return auditCommand(o, operands); }, -1},
        {QStringLiteral("conflicts"), tr("list|show CLAVE|resolve CLAVE"),
         tr("Actas whose stations disagree: list them, show both sides, or decide (--keep, --reason)."),
         [&](const QStringList &operands) { return conflictsCommand(o, operands); }, -1},
        {QStringLiteral("import-bundle"), tr("--preview|--apply FILE"),
         tr("Import a station's offline bundle (all or nothing)."),
         [&](const QStringList &operands) { return importBundleCommand(o, operands.first()); }, 1},
        {QStringLiteral("certify"), tr("start|close|check FILE"),
         tr("Certificates for the notary: start and close of operations (PDF and JSON signed with the hub key)."),
         [&](const QStringList &operands) { return certifyCommand(o, operands); }, -1},
        {QStringLiteral("fingerprint"), QString(),
         tr("SHA-256 of every installed file and their combined digest; --verify against a reference."),
         [&](const QStringList &) {
             return fingerprintCommand({arguments.first(), QStringLiteral("--help")});
         },
         -1},
    });
    o.parser.setApplicationDescription(
        tr("ActaCapture hub: receives signed acta records over HTTPS and publishes results cuts.") + QLatin1Char('\n')
        + commands.helpText());
    if (!o.parser.parse(arguments))
        return usageError(o.parser.errorText(), o.parser);
    if (const QString problem = o.election.usageProblem(o.parser); !problem.isEmpty())
        return usageError(problem, o.parser);
    if (const QString problem = o.databaseProblem(); !problem.isEmpty())
        return usageError(problem, o.parser);
    if (o.parser.isSet(QStringLiteral("help"))) {
        out() << o.parser.helpText();
        return ExitOk;
    }
    // No command is serve: the hub runs with no set-up.
    const QStringList positional = o.parser.positionalArguments();
    if (const std::optional<int> status = commands.run(positional.value(0, QStringLiteral("serve")), positional.mid(1)))
        return *status;
    return usageError(tr("actahub: unknown command or wrong arguments: %1").arg(positional.join(QLatin1Char(' '))),
                      o.parser);
}

} // namespace acta::hub
