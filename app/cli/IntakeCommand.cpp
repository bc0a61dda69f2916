#include "IntakeCommand.h"

#include "CliSupport.h"
#include "Digitization.h"
#include "ElectionOptions.h"
#include "PageCommands.h"
#include "PageProcessor.h"
#include "Sha256.h"
#include "StationParser.h"

#include <QFile>
#include <QFileInfo>

namespace acta::cli {

namespace {

// The audit trace of a page not stored (a RefusalReason code). Writing it never stops the run:
// a failure is printed with the page and the next page is taken.
QString traceRefused(Station &station, const User &actor, const QString &name, const QByteArray &bytes,
                     const PageReading &reading, const char *reason, const QString &message)
{
    // The SHA-256 names the file's bytes; a file that could not be read has none to name.
    const QString sha = bytes.isEmpty() ? QString() : reading.sha256.isEmpty() ? sha256Hex(bytes) : reading.sha256;
    const RefusedPage page {name, sha, reading.acta ? reading.acta->toString() : QString(), QLatin1String(reason),
                            message};
    if (Status s = station.actas().recordRefusedPage(actor, page); !s)
        return QStringLiteral("\n  ")
            + Cli::tr("The refusal could not be recorded in the audit log: %1").arg(s.error());
    return {};
}

// One page into the station, as the intake view stores it; the line to print, and whether it
// was stored.
std::pair<bool, QString> takePage(Station &station, const User &actor, PageProcessor &processor,
                                  const QString &templateId, const QString &path, const Digitization &how)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly) && file.size() <= ImageLoader::MaxFileBytes)
        bytes = file.readAll();
    const PageReading reading = processor.processBytes(bytes, name);
    const auto refused = [&](const char *reason, const QString &line, const QString &message) {
        return std::pair<bool, QString> {false,
                                         line + traceRefused(station, actor, name, bytes, reading, reason, message)};
    };
    if (!reading.accepted) {
        QStringList lines {Cli::tr("%1: rejected, not stored").arg(name)};
        QStringList problems;
        for (const PageProblem &problem : reading.problems) {
            lines << QStringLiteral("  ") + problem.message;
            problems << problem.message;
        }
        return refused(RefusedPage::reasonFor(reading), lines.join(QLatin1Char('\n')),
                       problems.join(QLatin1Char('\n')));
    }
    // Typing an identity twice needs a person at the intake view; a script only takes pages that
    // name themselves.
    if (!reading.acta) {
        const QString line
            = Cli::tr("%1: its CLAVE_ACTA could not be read; not stored (type it twice in the intake view)").arg(name);
        return refused(RefusalReason::NoIdentity, line, line);
    }
    if (!reading.inCatalog) {
        const QString line
            = Cli::tr("%1: acta %2 is not in the catalog; not stored").arg(name, reading.acta->toString());
        return refused(RefusalReason::NotInCatalog, line, line);
    }
    Result<IntakeResult> taken = station.actas().intake(
        actor, *reading.acta,
        IntakePage {templateId, station.isDrill(), bytes, processor.normalizedPng(bytes), reading}, how);
    if (!taken)
        return refused(RefusedPage::reasonFor(taken.code()), Cli::tr("%1: not stored: %2").arg(name, taken.error()),
                       taken.error());
    QStringList lines {
        Cli::tr("%1: acta %2 stored (%3, %4)")
            .arg(name, taken->record.clave, how.origen + QLatin1Char('/') + how.digitalizacion, how.tipoDocumento)};
    for (const DuplicateWarning &d : taken->duplicates)
        lines << QStringLiteral("  ")
                + (d.kind == DuplicateWarning::Kind::SameFile
                       ? Cli::tr("Duplicate warning: this very file was already stored for acta %1.").arg(d.otherClave)
                       : Cli::tr("Duplicate warning: this page looks like the same sheet as acta %1.")
                             .arg(d.otherClave));
    return {true, lines.join(QLatin1Char('\n'))};
}

} // namespace

int intakePages(const QStringList &args, SecretSource &secrets)
{
    StationParser p(Cli::tr("Takes scanned actas into the station, as the intake view does: each page is checked "
                            "and read, and accepted pages of catalog actas are stored with their image and how they "
                            "came in, ready for entry 1. Pages whose identity cannot be read are not stored (type "
                            "their CLAVE_ACTA in the intake view). Folders are read for PNG, JPEG and TIFF files.\n"
                            "Exit status: 0 when every page was stored, 1 when some were not."),
                    true);
    const console::ElectionOptions electionOpts;
    electionOpts.addTo(p.parser);
    using Kind = Digitization::Kind;
    const QCommandLineOption sourceOpt(
        QStringLiteral("source"),
        Cli::tr("How the scans came in: %1 (scanner at the CATD, the default), %2 (photograph at the CATD) or %3 "
                "(photograph from the casilla).")
            .arg(Digitization::kindId(Kind::CatdScanner), Digitization::kindId(Kind::CatdPhoto),
                 Digitization::kindId(Kind::CasillaPhoto)),
        Cli::tr("kind"), Digitization::kindId(Kind::CatdScanner));
    const QCommandLineOption documentOpt(
        QStringLiteral("document"),
        Cli::tr("Which copy of the acta was scanned, as the publication names it: %1 (default \"%2\").")
            .arg(Digitization::tiposDocumento().join(QLatin1String(", ")), Digitization::defaultTipoDocumento()),
        Cli::tr("type"), Digitization::defaultTipoDocumento());
    p.parser.addOptions({sourceOpt, documentOpt});
    p.parser.addPositionalArgument(Cli::tr("files"), Cli::tr("Scanned pages or folders of them."), Cli::tr("FILE..."));
    if (int rc = p.parse(args, -1); rc >= 0)
        return rc;
    if (p.parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("Name at least one scanned page or folder."), p.parser);
    const Result<Kind> kind = Digitization::parseKind(p.parser.value(sourceOpt));
    if (!kind)
        return usageError(kind.error(), p.parser);
    const Result<QString> tipo = Digitization::parseTipoDocumento(p.parser.value(documentOpt));
    if (!tipo)
        return usageError(tipo.error(), p.parser);
    if (const QString problem = electionOpts.usageProblem(p.parser); !problem.isEmpty())
        return usageError(problem, p.parser);

    Result<Election> election = electionOpts.load(p.parser);
    if (!election)
        return failed(election.error());
    Result<std::unique_ptr<PageProcessor>> processor = PageProcessor::create(election->election, &election->catalog);
    if (!processor)
        return failed(processor.error());
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<User> actor = actAs(**station, p, secrets);
    if (!actor)
        return failed(actor.error());

    const Digitization how = Digitization::of(*kind, *tipo);
    const QStringList files = scannedFiles(p.parser.positionalArguments());
    int stored = 0;
    for (const QString &file : files) {
        const auto [ok, line] = takePage(**station, *actor, **processor, election->election.id(), file, how);
        if (ok)
            ++stored;
        out() << line << '\n';
        out().flush();
    }
    (void)(*station)->users().logout(*actor);
    err() << Cli::tr("%n page(s) stored", nullptr, stored) << ", "
          << Cli::tr("%n not stored.", nullptr, int(files.size()) - stored) << '\n';
    return stored == files.size() ? ExitOk : ExitFailed;
}

} // namespace acta::cli
