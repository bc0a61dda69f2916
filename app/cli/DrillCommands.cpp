#include "DrillCommands.h"

#include "CliSupport.h"
#include "DrillFeeder.h"
#include "DrillGenerator.h"
#include "DrillKeyFile.h"
#include "DrillReportWriter.h"
#include "DrillScorer.h"
#include "ElectionOptions.h"
#include "StationParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cmath>

namespace acta::cli {

namespace {

inline constexpr char DrillPassphraseVar[] = "ACTACAPTURE_DRILL_PASSPHRASE";

// "--share blurred=0.05": one contingency's share of the drill's actas.
bool applyShare(DrillProportions &p, const QString &spec, QString *problem)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const std::optional<Contingency> kind = eq > 0 ? DrillKey::contingencyFromId(spec.left(eq)) : std::nullopt;
    bool ok = false;
    const double share = eq > 0 ? spec.mid(eq + 1).toDouble(&ok) : 0;
    if (!kind || *kind == Contingency::None || !ok || share < 0 || share > 1) {
        QStringList ids;
        for (int k = 1; k < ContingencyCount; ++k)
            ids << DrillKey::contingencyId(Contingency(k));
        *problem = Cli::tr("--share takes KIND=SHARE with a share from 0 to 1 and KIND one of: %1.")
                       .arg(ids.join(QStringLiteral(", ")));
        return false;
    }
    p.set(*kind, share);
    return true;
}

int generate(const QStringList &args, SecretSource &secrets)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes a drill: filled acta scans with handwritten figures and scan defects, with injected "
                "contingencies, into FOLDER/%1, the list of packages without their acta (%2), and the trainer's "
                "answer key, sealed with the trainer's passphrase (from %3, or asked). The same seed gives the same "
                "files, byte for byte. Give the clerks the scans folder only.")
            .arg(DrillGenerator::scansFolderName(), DrillGenerator::sinActaFileName(),
                 QLatin1String(DrillPassphraseVar)));
    console::addHelpOption(parser);
    const console::ElectionOptions electionOpts;
    const QCommandLineOption actasOpt(QStringLiteral("actas"), Cli::tr("Number of actas (default 100)."), Cli::tr("N"),
                                      QStringLiteral("100"));
    const QCommandLineOption seedOpt(
        QStringLiteral("seed"),
        Cli::tr("Seed (default: a random one, printed). With the same passphrase, the same seed gives the same drill; "
                "the seed alone gives nothing."),
        Cli::tr("N"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Cli::tr("Folder for the drill."), Cli::tr("folder"));
    const QCommandLineOption nightOpt(QStringLiteral("night-minutes"),
                                      Cli::tr("The arrivals spread over this many minutes of the night (default 480)."),
                                      Cli::tr("minutes"), QStringLiteral("480"));
    const QCommandLineOption idOpt(QStringLiteral("id"), Cli::tr("The drill's name (default SIM-<seed>-<actas>)."),
                                   Cli::tr("id"));
    const QCommandLineOption shareOpt(
        QStringLiteral("share"),
        Cli::tr("One contingency's share of the actas, e.g. blurred=0.05 (repeatable; the rest keep their default)."),
        Cli::tr("kind=share"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key-file"),
        Cli::tr("Where the sealed answer key goes (default FOLDER/%1).").arg(DrillKeyFile::defaultFileName()),
        Cli::tr("file"));
    electionOpts.addTo(parser);
    parser.addOptions({actasOpt, seedOpt, outOpt, nightOpt, idOpt, shareOpt, keyOpt, console::languageOption()});
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()), parser);
    if (!parser.isSet(outOpt))
        return usageError(Cli::tr("Name the drill's folder with --out."), parser);
    DrillOptions o;
    bool ok = false;
    o.actas = parser.value(actasOpt).toInt(&ok);
    if (!ok || o.actas < 1 || o.actas > DrillGenerator::MaxActas)
        return usageError(Cli::tr("--actas must be a whole number from 1 to %1.").arg(DrillGenerator::MaxActas),
                          parser);
    if (parser.isSet(seedOpt)) {
        o.seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok)
            return usageError(Cli::tr("--seed must be a whole number."), parser);
    } else {
        o.seed = QRandomGenerator::system()->bounded(1u, 1000000000u);
    }
    o.nightMinutes = parser.value(nightOpt).toInt(&ok);
    if (!ok)
        return usageError(Cli::tr("--night-minutes must be a whole number."), parser);
    o.drillId = parser.value(idOpt);
    for (const QString &spec : parser.values(shareOpt)) {
        QString problem;
        if (!applyShare(o.proportions, spec, &problem))
            return usageError(problem, parser);
    }
    if (const QString problem = electionOpts.usageProblem(parser); !problem.isEmpty())
        return usageError(problem, parser);
    Result<Election> election = electionOpts.load(parser);
    if (!election)
        return failed(election.error());
    Result<GlyphAtlas> atlas = GlyphAtlas::embedded();
    if (!atlas)
        return failed(atlas.error());
    const DrillGenerator generator(*election, *atlas);
    // Checked before the passphrase is stretched: a wrong option costs nothing.
    if (Result<DrillPlan> check = generator.plan(o); !check)
        return failed(check.error());
    const QString dir = parser.value(outOpt);
    const QString keyPath
        = parser.isSet(keyOpt) ? parser.value(keyOpt) : QDir(dir).filePath(DrillKeyFile::defaultFileName());
    // The key must not land where the clerks look: never inside the scans folder.
    const QString scans = QFileInfo(QDir(dir).filePath(DrillGenerator::scansFolderName())).absoluteFilePath();
    if (QFileInfo(keyPath).absoluteFilePath().startsWith(scans + QLatin1Char('/')))
        return usageError(Cli::tr("The answer key must not go into the scans folder %1.").arg(scans), parser);
    Result<SecureBytes> pass
        = secrets.read(DrillPassphraseVar, Cli::tr("Trainer's passphrase for the answer key: "), true);
    if (!pass)
        return failed(pass.error());
    // The pages are drawn from a seed only the passphrase turns the public one into.
    Result<DrillSecret> secret = DrillSecret::derive(*pass, DrillSecret::saltFor(o.seed), Argon2Params::moderate());
    if (!secret)
        return failed(secret.error());
    o.contentSeed = secret->contentSeed(o.seed);
    Result<DrillPlan> plan = generator.plan(o);
    if (!plan)
        return failed(plan.error());
    Result<DrillKey> key = generator.write(*plan, dir, [](int done, int total) {
        if (done % 25 == 0 || done == total)
            err() << Cli::tr("%1 of %2 pages drawn").arg(done).arg(total) << '\n';
        return true;
    });
    if (!key)
        return failed(key.error());
    Result<QByteArray> sealed = DrillKeyFile::seal(*key, *secret, Argon2Params::moderate());
    if (!sealed)
        return failed(sealed.error());
    if (Status s = DrillKeyFile::write(keyPath, *sealed); !s)
        return failed(s.error());
    // A share too small for this many actas rounds to none: say so rather than drill without it.
    QStringList none;
    for (int k = 1; k < ContingencyCount; ++k)
        if (o.proportions.share[std::size_t(k)] > 0 && std::lround(o.proportions.share[std::size_t(k)] * o.actas) == 0)
            none << DrillKey::contingencyLabel(Contingency(k));
    if (!none.isEmpty())
        err() << Cli::tr("With %1 actas these contingencies got no acta (raise --actas or their --share): %2.")
                     .arg(o.actas)
                     .arg(none.join(QStringLiteral(", ")))
              << '\n';
    int injected = 0;
    for (const DrillPage &p : key->pages)
        injected += p.contingency != Contingency::None && p.role == DrillPage::Role::Original ? 1 : 0;
    out() << Cli::tr("Drill %1 (seed %8): %2 actas, %3 scans in %4, %5 packages without acta, %6 actas with a "
                     "contingency. Answer key: %7")
                 .arg(key->drillId)
                 .arg(key->actas)
                 .arg(key->pages.size())
                 .arg(QDir::toNativeSeparators(QDir(dir).filePath(DrillGenerator::scansFolderName())))
                 .arg(key->sinActa.size())
                 .arg(injected + int(key->sinActa.size()))
                 .arg(QDir::toNativeSeparators(keyPath))
                 .arg(o.seed)
          << '\n';
    return ExitOk;
}

int load(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Loads a drill's sealed answer key (drill generate) into the drill station, for scoring. "
                            "Its passphrase comes from %1, or is asked. Trainers only.")
                        .arg(QLatin1String(DrillPassphraseVar)),
                    true);
    p.parser.addPositionalArgument(Cli::tr("key-file"), Cli::tr("The sealed answer key."));
    if (int rc = p.parse(args, 1); rc >= 0)
        return rc;
    const QString path = p.parser.positionalArguments().first();
    return asActor(p, secrets, [&](Station &station, const User &trainer) -> Result<QString> {
        // Who and where first: a clerk, or a production station, never costs a key derivation.
        if (!hasPermission(trainer.role, Permission::RunDrills))
            return fail(ErrorCode::PermissionDenied, Cli::tr("%1 may not run drills.").arg(trainer.username));
        if (!station.isDrill())
            return fail(ErrorCode::Incompatible,
                        Cli::tr("A drill's answer key can only be loaded into a drill station."));
        Result<QByteArray> sealed = DrillKeyFile::readBytes(path);
        if (!sealed)
            return sealed.takeError();
        if (Status s = DrillKeyFile::checkHeader(*sealed, path); !s)
            return s.takeError();
        Result<SecureBytes> pass = secrets.read(DrillPassphraseVar, Cli::tr("Passphrase of the answer key: "), false);
        if (!pass)
            return pass.takeError();
        Result<DrillKey> key = DrillKeyFile::open(*sealed, *pass, path);
        if (!key)
            return key.takeError();
        // Kept sealed: the station passphrase, which every clerk types, does not open it.
        if (Status s = station.drills().load(trainer, key->drillId, *sealed); !s)
            return s.takeError();
        return Cli::tr("Drill %1 loaded: %2 scans, %3 actas expected.")
            .arg(key->drillId)
            .arg(key->pages.size())
            .arg(key->expectedClaves().size());
    });
}

Result<DrillKey> storedKey(Station &station, const QString &drillId, SecretSource &secrets)
{
    Result<StoredDrill> stored = station.drills().find(drillId);
    if (!stored)
        return stored.takeError();
    Result<SecureBytes> pass = secrets.read(DrillPassphraseVar, Cli::tr("Passphrase of the answer key: "), false);
    if (!pass)
        return pass.takeError();
    return DrillKeyFile::open(stored->answerKey, *pass, Cli::tr("drill %1").arg(stored->drillId));
}

int start(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Starts a loaded drill: its scans go into the hot folder as the night goes by, squeezed "
                            "into --minutes. Runs until every scan is copied. Trainers only."),
                    true);
    const QCommandLineOption scansOpt(QStringLiteral("scans"), Cli::tr("The drill's scans folder."), Cli::tr("folder"));
    const QCommandLineOption hotOpt(QStringLiteral("hot-folder"), Cli::tr("The station's hot folder."),
                                    Cli::tr("folder"));
    const QCommandLineOption minutesOpt(QStringLiteral("minutes"),
                                        Cli::tr("How long the drill's night lasts (default 60)."), Cli::tr("minutes"),
                                        QStringLiteral("60"));
    const QCommandLineOption drillOpt(QStringLiteral("drill"), Cli::tr("Which drill (default: the newest loaded)."),
                                      Cli::tr("id"));
    p.parser.addOptions({scansOpt, hotOpt, minutesOpt, drillOpt});
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    if (!p.parser.isSet(scansOpt) || !p.parser.isSet(hotOpt))
        return usageError(Cli::tr("Name the drill's scans with --scans and the hot folder with --hot-folder."),
                          p.parser);
    bool ok = false;
    const int minutes = p.parser.value(minutesOpt).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 24 * 60)
        return usageError(Cli::tr("--minutes must be a whole number from 1 to 1440."), p.parser);
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<User> trainer = actAs(**station, p, secrets);
    if (!trainer)
        return failed(trainer.error());
    if (!hasPermission(trainer->role, Permission::RunDrills))
        return failed(Cli::tr("%1 may not run drills.").arg(trainer->username));
    Result<DrillKey> key = storedKey(**station, p.parser.value(drillOpt), secrets);
    if (!key)
        return failed(key.error());
    DrillFeeder feeder(*key, p.parser.value(scansOpt), p.parser.value(hotOpt), Clock::system());
    // The scans are checked before minute 0 is stored: a wrong folder changes nothing.
    if (Status s = feeder.check(); !s)
        return failed(s.error());
    if (Status s = (*station)->drills().markStarted(*trainer, key->drillId); !s)
        return failed(s.error());
    QEventLoop loop;
    QObject::connect(&feeder, &DrillFeeder::pageCopied, &loop, [](const QString &file, int copied, int total) {
        out() << Cli::tr("%1 into the hot folder (%2 of %3)").arg(file).arg(copied).arg(total) << '\n';
        out().flush();
    });
    int problems = 0;
    QObject::connect(&feeder, &DrillFeeder::failed, &loop, [&problems](const QString &message) {
        err() << message << '\n';
        ++problems;
    });
    QObject::connect(&feeder, &DrillFeeder::finished, &loop, &QEventLoop::quit);
    if (Status s = feeder.start(minutes); !s)
        return failed(s.error());
    if (feeder.running())
        loop.exec();
    (void)(*station)->users().logout(*trainer);
    out() << Cli::tr("Drill %1: %2 scans played into %3.")
                 .arg(key->drillId)
                 .arg(feeder.total())
                 .arg(p.parser.value(hotOpt))
          << '\n';
    return problems == 0 ? ExitOk : ExitFailed;
}

int report(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("The trainer's report of a drill: the station's work scored against the answer key, as "
                            "PDF (with charts) and, with --csv, as CSV. Trainers only."),
                    true);
    const QCommandLineOption outOpt(QStringLiteral("out"), Cli::tr("The PDF to write."), Cli::tr("file"));
    const QCommandLineOption csvOpt(QStringLiteral("csv"), Cli::tr("Also write the figures as CSV."), Cli::tr("file"));
    const QCommandLineOption drillOpt(QStringLiteral("drill"), Cli::tr("Which drill (default: the newest loaded)."),
                                      Cli::tr("id"));
    const console::ElectionOptions electionOpts;
    electionOpts.addTo(p.parser);
    p.parser.addOptions({outOpt, csvOpt, drillOpt});
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    if (!p.parser.isSet(outOpt) && !p.parser.isSet(csvOpt))
        return usageError(Cli::tr("Name the report with --out FILE.pdf (and --csv FILE.csv)."), p.parser);
    if (const QString problem = electionOpts.usageProblem(p.parser); !problem.isEmpty())
        return usageError(problem, p.parser);
    Result<Election> election = electionOpts.load(p.parser);
    if (!election)
        return failed(election.error());
    return asActor(p, secrets, [&](Station &station, const User &trainer) -> Result<QString> {
        if (!hasPermission(trainer.role, Permission::ScoreDrills))
            return fail(ErrorCode::PermissionDenied, Cli::tr("%1 may not score drills.").arg(trainer.username));
        Result<StoredDrill> stored = station.drills().find(p.parser.value(drillOpt));
        if (!stored)
            return stored.takeError();
        Result<DrillKey> key = storedKey(station, stored->drillId, secrets);
        if (!key)
            return key.takeError();
        if (key->templateId != election->election.id() || key->templateVersion != election->election.version())
            return fail(ErrorCode::InvalidInput,
                        Cli::tr("Drill %1 was made for the election template %2 version %3, not %4 version %5: name "
                                "its files with --template and --catalog.")
                            .arg(key->drillId, key->templateId)
                            .arg(key->templateVersion)
                            .arg(election->election.id())
                            .arg(election->election.version()));
        Result<DrillFacts> facts = station.drills().facts(trainer);
        if (!facts)
            return facts.takeError();
        const DrillReport report
            = DrillScorer(*election, *key).score(*facts, stored->startedAt, Clock::system().nowUtc());
        QStringList written;
        if (p.parser.isSet(outOpt)) {
            if (Status s = DrillReportWriter::writePdf(report, p.parser.value(outOpt)); !s)
                return s.takeError();
            written << p.parser.value(outOpt);
        }
        if (p.parser.isSet(csvOpt)) {
            if (Status s = DrillReportWriter::writeCsv(report, p.parser.value(csvOpt)); !s)
                return s.takeError();
            written << p.parser.value(csvOpt);
        }
        int right = 0, total = 0;
        for (const DrillReport::ContingencySummary &c : report.contingencySummary) {
            right += c.right;
            total += c.total;
        }
        return Cli::tr("Drill %1: %2 of %3 actas finished, %4 of %5 contingencies handled right, %6 dispute(s). "
                       "Written: %7")
            .arg(report.drillId)
            .arg(report.actasInKey - report.unfinished.size())
            .arg(report.actasInKey)
            .arg(right)
            .arg(total)
            .arg(report.disputes.size())
            .arg(written.join(QStringLiteral(", ")));
    });
}

} // namespace

int drillCommand(const QStringList &args, SecretSource &secrets)
{
    const QString action = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (rest.size() > 1) {
        rest[0] = rest.at(0) + QLatin1Char(' ') + action;
        rest.removeAt(1);
    }
    if (action == QLatin1String("generate"))
        return generate(rest, secrets);
    if (action == QLatin1String("load"))
        return load(rest, secrets);
    if (action == QLatin1String("start"))
        return start(rest, secrets);
    if (action == QLatin1String("report"))
        return report(rest, secrets);
    const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
    (help ? out() : err()) << Cli::tr(
                                  "Drills (simulacros), in the order a trainer runs them:\n"
                                  "  drill generate   write a drill's scans and its sealed answer key (no station "
                                  "needed)\n"
                                  "  drill load       put the answer key into the drill station (--simulation)\n"
                                  "  drill start      play the scans into the station's hot folder over the drill's "
                                  "minutes\n"
                                  "  drill report     score the clerks' work against the key: PDF and CSV\n"
                                  "Each has --help. The key's passphrase comes from %1, or is asked.")
                                  .arg(QLatin1String(DrillPassphraseVar))
                           << '\n';
    return help ? ExitOk : ExitUsage;
}

} // namespace acta::cli
