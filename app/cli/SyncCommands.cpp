#include "SyncCommands.h"

#include "Bundle.h"
#include "ElectionOptions.h"
#include "OutboxRecords.h"
#include "OutboxRepository.h"
#include "StationParser.h"
#include "SyncWorker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

namespace acta::cli {

namespace {

// What sync and export-bundle both need: the election, the open station and its signing key.
struct Signer
{
    Election election;
    std::unique_ptr<Station> station;
    SigningKey key;
};

Result<Signer> openSigner(const StationParser &p, const console::ElectionOptions &election, SecretSource &secrets)
{
    Result<Election> e = election.load(p.parser);
    if (!e)
        return e.takeError();
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return station.takeError();
    Result<SecureBytes> secret = (*station)->signingSecretKey();
    if (!secret)
        return secret.takeError();
    Result<SigningKey> key = SigningKey::fromSecretKey(*secret);
    if (!key)
        return key.takeError();
    return Signer {std::move(e).value(), std::move(station).value(), std::move(key).value()};
}

QString laneLine(const SyncWorker::LaneStatus &s)
{
    switch (s.state) {
    case SyncWorker::LaneState::Idle:
        return Cli::tr("%1: up to date (%2 sent)").arg(s.endpoint).arg(s.sent);
    case SyncWorker::LaneState::Sending:
        return Cli::tr("%1: sending (%2 sent)").arg(s.endpoint).arg(s.sent);
    case SyncWorker::LaneState::Waiting:
        return Cli::tr("%1: waiting, attempt %2 failed: %3; next try at %4 UTC")
            .arg(s.endpoint)
            .arg(s.failures)
            .arg(s.lastError, s.nextAttemptUtc.toString(QStringLiteral("HH:mm:ss")));
    }
    return s.endpoint;
}

} // namespace

int upstreamCommand(const QStringList &args, SecretSource &secrets)
{
    const QString action = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (rest.size() > 1) {
        rest[0] = rest.at(0) + QLatin1Char(' ') + action;
        rest.removeAt(1);
    }
    if (action == QLatin1String("list")) {
        StationParser p(Cli::tr("Lists the hubs this station sends to, the quorum, the outbox and refused records."),
                        false);
        if (int rc = p.parse(rest, 0); rc >= 0)
            return rc;
        Result<std::unique_ptr<Station>> station = openStation(p, secrets);
        if (!station)
            return failed(station.error());
        UpstreamRepository &up = (*station)->upstream();
        Result<QList<UpstreamEndpoint>> endpoints = up.endpoints();
        Result<int> quorum = up.quorum();
        Result<SyncSummary> summary = up.summary();
        Result<QList<UpstreamRefusal>> refusals = up.refusals();
        if (!endpoints || !quorum || !summary || !refusals)
            return failed(!endpoints     ? endpoints.error()
                              : !quorum  ? quorum.error()
                              : !summary ? summary.error()
                                         : refusals.error());
        for (const UpstreamEndpoint &e : *endpoints)
            out() << e.name.leftJustified(14) << ' ' << e.url << ' '
                  << Cli::tr("hub key %1").arg(SigningKey::fingerprintOf(e.hubPublicKey)) << '\n';
        if (endpoints->isEmpty())
            out() << Cli::tr("No hub is configured.") << '\n';
        out() << Cli::tr("Quorum: %1 of %2").arg(*quorum).arg(endpoints->size()) << '\n'
              << Cli::tr("Outbox: %1 records, %2 acknowledged, %3 pending")
                     .arg(summary->records)
                     .arg(summary->acknowledged)
                     .arg(summary->pending)
              << '\n';
        for (const UpstreamRefusal &r : *refusals)
            out() << Cli::tr("Refused by %1: acta %2 version %3 (HTTP %4): %5")
                         .arg(r.endpoint, r.clave)
                         .arg(r.version)
                         .arg(r.httpStatus)
                         .arg(r.reason)
                  << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("add")) {
        StationParser p(Cli::tr("Pins a hub: its HTTPS address, the CA certificate its TLS certificate must chain to, "
                                "and the public key that signs its receipts (printed by \"actahub init\")."),
                        true);
        const QCommandLineOption ca(QStringLiteral("ca"), Cli::tr("The hub's CA certificate (PEM)."), Cli::tr("file"));
        const QCommandLineOption key(QStringLiteral("hub-key"),
                                     Cli::tr("The hub's public key, 64 hex digits (\"hub public key\" in actahub's "
                                             "output)."),
                                     Cli::tr("hex"));
        p.parser.addOptions({ca, key});
        p.parser.addPositionalArgument(Cli::tr("name"), Cli::tr("A name for the endpoint, e.g. primary."));
        p.parser.addPositionalArgument(Cli::tr("url"), Cli::tr("The hub's address, e.g. https://127.0.0.1:8443/"));
        if (int rc = p.parse(rest, 2); rc >= 0)
            return rc;
        if (!p.parser.isSet(ca) || !p.parser.isSet(key))
            return usageError(Cli::tr("Both --ca and --hub-key are needed: a hub is trusted only when pinned."),
                              p.parser);
        // The same checks as the administrator's screen (UpstreamRepository).
        Result<QByteArray> pem = UpstreamRepository::readCaCertificate(p.parser.value(ca));
        if (!pem)
            return failed(pem.error());
        Result<QByteArray> hubKey = UpstreamRepository::parseHubKey(p.parser.value(key));
        if (!hubKey)
            return failed(Cli::tr("--hub-key: %1").arg(hubKey.error()));
        const QByteArray raw = *hubKey;
        const QString name = p.parser.positionalArguments().at(0);
        const QString url = p.parser.positionalArguments().at(1);
        return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
            Result<UpstreamEndpoint> e = station.upstream().addEndpoint(actor, name, url, *pem, raw);
            if (!e)
                return e.takeError();
            return Cli::tr("Hub %1 added: %2, hub key %3.").arg(e->name, e->url, SigningKey::fingerprintOf(raw));
        });
    }
    if (action == QLatin1String("remove")) {
        StationParser p(Cli::tr("Stops sending to a hub (its receipts are forgotten)."), true);
        p.parser.addPositionalArgument(Cli::tr("name"), Cli::tr("The endpoint's name."));
        if (int rc = p.parse(rest, 1); rc >= 0)
            return rc;
        const QString name = p.parser.positionalArguments().at(0);
        return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
            if (Status s = station.upstream().removeEndpoint(actor, name); !s)
                return s.takeError();
            return Cli::tr("Hub %1 removed.").arg(name);
        });
    }
    if (action == QLatin1String("quorum")) {
        StationParser p(Cli::tr("How many hubs must hold a record before its acta counts as synced."), true);
        p.parser.addPositionalArgument(Cli::tr("n"), Cli::tr("The quorum."));
        if (int rc = p.parse(rest, 1); rc >= 0)
            return rc;
        bool ok = false;
        const int n = p.parser.positionalArguments().at(0).toInt(&ok);
        if (!ok)
            return usageError(Cli::tr("The quorum must be a whole number."), p.parser);
        return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
            if (Status s = station.upstream().setQuorum(actor, n); !s)
                return s.takeError();
            return Cli::tr("Quorum set to %1.").arg(n);
        });
    }
    if (action == QLatin1String("retry-refused")) {
        StationParser p(Cli::tr("Sends the records hubs refused again (after the cause was fixed at the hub)."), true);
        if (int rc = p.parse(rest, 0); rc >= 0)
            return rc;
        return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
            Result<qint64> n = station.upstream().clearRefusals(actor);
            if (!n)
                return n.takeError();
            return Cli::tr("%n refused record(s) will be sent again.", nullptr, int(*n));
        });
    }
    err() << Cli::tr("Use: upstream add|remove|list|quorum|retry-refused (see --help of each).") << '\n';
    return ExitUsage;
}

int syncCommand(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Sends verified actas to the configured hubs over HTTPS and stores their signed receipts. "
                            "Stops when every hub holds every record (refused ones aside), unless --watch."),
                    false);
    const console::ElectionOptions election;
    election.addTo(p.parser);
    const QCommandLineOption watch(QStringLiteral("watch"), Cli::tr("Keep running and send new records as they come."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Cli::tr("Give up after this many seconds (exit status 3); 0: never."),
                                     Cli::tr("seconds"), QStringLiteral("0"));
    p.parser.addOptions({watch, timeout});
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    if (const QString problem = election.usageProblem(p.parser); !problem.isEmpty())
        return usageError(problem, p.parser);
    bool ok = false;
    const int timeoutS = p.parser.value(timeout).toInt(&ok);
    if (!ok || timeoutS < 0)
        return usageError(Cli::tr("--timeout wants a number of seconds."), p.parser);
    Result<Signer> signer = openSigner(p, election, secrets);
    if (!signer)
        return failed(signer.error());
    const Election &e = signer->election;
    std::unique_ptr<Station> &station = signer->station;

    SyncWorker::Options options;
    options.pollIntervalMs = 2000;
    SyncWorker worker(*station, OutboxRecords(station->stationId(), station->seqBase(), e.election, &e.catalog),
                      std::move(signer->key), options);
    int exitCode = ExitOk;
    qint64 acknowledged = 0;
    QObject::connect(&worker, &SyncWorker::acknowledged, &worker,
                     [&acknowledged](const QString &, qint64) { ++acknowledged; });
    QObject::connect(
        &worker, &SyncWorker::refused, &worker,
        [](const QString &endpoint, const QString &clave, qint64 version, const QString &reason) {
            err() << Cli::tr("%1 refused acta %2 version %3: %4").arg(endpoint, clave).arg(version).arg(reason)
                  << Qt::endl;
        });
    QObject::connect(&worker, &SyncWorker::failed, &worker, [&exitCode](const QString &message) {
        err() << Cli::tr("actacapture: %1").arg(message) << Qt::endl;
        exitCode = ExitFailed;
        QCoreApplication::exit(ExitFailed);
    });
    QString lastPrinted;
    QObject::connect(&worker, &SyncWorker::statusChanged, &worker, [&] {
        // One line per change of a lane's story, not per record.
        QStringList lines;
        for (const SyncWorker::LaneStatus &s : worker.status())
            if (s.state == SyncWorker::LaneState::Waiting)
                lines << laneLine(s);
        const QString text = lines.join(QLatin1Char('\n'));
        if (!text.isEmpty() && text != lastPrinted)
            err() << text << Qt::endl;
        lastPrinted = text;
        if (!p.parser.isSet(watch) && worker.allIdle())
            QCoreApplication::exit(ExitOk);
    });
    if (timeoutS > 0)
        QTimer::singleShot(timeoutS * 1000, &worker, [] { QCoreApplication::exit(3); });
    if (Status s = worker.start(); !s)
        return exitCode != ExitOk ? exitCode : failed(s.error()); // a failure during start was printed
    const int rc = worker.allIdle() && !p.parser.isSet(watch) ? ExitOk : QCoreApplication::exec();
    for (const SyncWorker::LaneStatus &s : worker.status())
        out() << laneLine(s) << '\n';
    worker.stop();
    Result<SyncSummary> summary = station->upstream().summary();
    if (summary)
        out() << Cli::tr("Outbox: %1 records, %2 acknowledged, %3 pending, %4 refused.")
                     .arg(summary->records)
                     .arg(summary->acknowledged)
                     .arg(summary->pending)
                     .arg(summary->refused)
              << '\n';
    if (rc == 3)
        err() << Cli::tr("Gave up after %1 s; what was not sent stays in the outbox.").arg(timeoutS) << '\n';
    return exitCode != ExitOk ? exitCode : rc;
}

int exportBundle(const QStringList &args, SecretSource &secrets)
{
    StationParser p(
        Cli::tr("Writes every record no quorum of hubs acknowledged yet, with its image, as one signed file "
                "for \"actahub import-bundle\" (when no network reaches the hub)."),
        false);
    const console::ElectionOptions election;
    election.addTo(p.parser);
    p.parser.addPositionalArgument(Cli::tr("file"), Cli::tr("The bundle file to write."), Cli::tr("FILE"));
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    if (const QString problem = election.usageProblem(p.parser); !problem.isEmpty())
        return usageError(problem, p.parser);
    Result<Signer> signer = openSigner(p, election, secrets);
    if (!signer)
        return failed(signer.error());
    const Election &e = signer->election;
    std::unique_ptr<Station> &station = signer->station;
    Result<QList<OutboxItem>> items = station->upstream().unacknowledged();
    if (!items)
        return failed(items.error());
    // Records a hub refused for good would make the hub refuse the whole bundle: left out, named.
    Result<QList<UpstreamRefusal>> refusals = station->upstream().refusals();
    if (!refusals)
        return failed(refusals.error());
    QSet<qint64> refused;
    for (const UpstreamRefusal &r : *refusals) {
        if (!refused.contains(r.outboxId))
            err() << Cli::tr("Left out: acta %1 version %2, refused by %3: %4")
                         .arg(r.clave)
                         .arg(r.version)
                         .arg(r.endpoint, r.reason)
                  << '\n';
        refused.insert(r.outboxId);
    }
    const OutboxRecords records(station->stationId(), station->seqBase(), e.election, &e.catalog);
    QList<SignedRecord> signedRecords;
    QList<Bundle::Image> images;
    QSet<QString> seen;
    for (const OutboxItem &item : *items) {
        if (refused.contains(item.id))
            continue;
        Result<SignedRecord> r = records.sign(item, signer->key);
        if (!r)
            return failed(r.error());
        if (const std::optional<QString> &sha = r->record().imageSha256; sha && !seen.contains(*sha)) {
            Result<QByteArray> bytes = station->upstream().imageBySha256(*sha);
            if (!bytes)
                return failed(bytes.error());
            images.append({*sha, *bytes});
            seen.insert(*sha);
        }
        signedRecords.append(std::move(r).value());
    }
    Result<QByteArray> bytes
        = Bundle::write(station->stationId(), Clock::system().nowUtc(), signedRecords, images, signer->key);
    if (!bytes)
        return failed(bytes.error());
    const QString path = p.parser.positionalArguments().first();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)
        || file.write(*bytes) != bytes->size() || !file.commit())
        return failed(Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    out() << Cli::tr("Bundle of station %1 written to %2: %3 record(s), %4 image(s), %5 bytes.")
                 .arg(station->stationId(), path)
                 .arg(signedRecords.size())
                 .arg(images.size())
                 .arg(bytes->size())
          << '\n';
    return ExitOk;
}

int exportRecords(const QStringList &args, SecretSource &secrets)
{
    StationParser p(
        Cli::tr("Writes every record this station signed, acknowledged or not, one signed envelope per line "
                "(the bytes it sent the hubs), for \"actaverify CUT --records FILE\": a party "
                "representative or auditor can then check that the published cut shows the latest "
                "version of each of the station's actas and leaves none out."),
        false);
    const console::ElectionOptions election;
    election.addTo(p.parser);
    p.parser.addPositionalArgument(Cli::tr("file"), Cli::tr("The records file to write (JSON lines)."),
                                   Cli::tr("FILE"));
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    if (const QString problem = election.usageProblem(p.parser); !problem.isEmpty())
        return usageError(problem, p.parser);
    Result<Signer> signer = openSigner(p, election, secrets);
    if (!signer)
        return failed(signer.error());
    OutboxRepository outbox(signer->station->database(), Clock::system());
    Result<QList<OutboxItem>> items = outbox.all();
    if (!items)
        return failed(items.error());
    const Election &e = signer->election;
    // Signing is deterministic (Ed25519): the same record gives the same envelope it sent.
    const OutboxRecords records(signer->station->stationId(), signer->station->seqBase(), e.election, &e.catalog);
    QByteArray lines;
    for (const OutboxItem &item : *items) {
        Result<SignedRecord> r = records.sign(item, signer->key);
        if (!r)
            return failed(r.error());
        lines += r->envelope() + '\n';
    }
    const QString path = p.parser.positionalArguments().first();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size() || !file.commit())
        return failed(Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
    out() << Cli::tr("%n signed record(s) of station %1 written to %2.", nullptr, int(items->size()))
                 .arg(signer->station->stationId(), path)
          << '\n';
    return ExitOk;
}

} // namespace acta::cli
