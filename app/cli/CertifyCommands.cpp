#include "CertifyCommands.h"

#include "CliSupport.h"
#include "ElectionOptions.h"
#include "FingerprintCommand.h"
#include "SoftwareFingerprint.h"
#include "StationCertifier.h"
#include "StationParser.h"

#include <QDir>

namespace acta::cli {

namespace {

int certify(Certificate::Kind kind, const QStringList &args, SecretSource &secrets)
{
    StationParser p(kind == Certificate::Kind::Start
                        ? Cli::tr("Certifies the start of operations: the installed software equals the reference "
                                  "the auditors made, and the store is blank (no acta, entry, image, outbox record "
                                  "or drill; only set-up events in the audit log). Writes the certificate as PDF, "
                                  "for the notary's and witnesses' signatures, and as JSON signed with the station's "
                                  "key. Refuses, naming what is there, when the store is not blank. Administrators.")
                        : Cli::tr("Certifies the close of operations: the software fingerprint again, the actas by "
                                  "state and by OBSERVACIONES, the last receipt of each hub and the audit head. "
                                  "Writes the certificate as PDF and as JSON signed with the station's key. "
                                  "Administrators."),
                    true);
    const console::ElectionOptions electionOpts;
    electionOpts.addTo(p.parser);
    const QCommandLineOption referenceOpt(QStringLiteral("reference"),
                                          Cli::tr("The reference fingerprint the auditors made (actacapture "
                                                  "fingerprint --output FILE)."),
                                          Cli::tr("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    Cli::tr("Where to write the certificate (default: the station folder's %1).")
                                        .arg(QStringLiteral("certificados/")),
                                    Cli::tr("folder"));
    p.parser.addOptions({referenceOpt, outOpt});
    if (int rc = p.parse(args, 0); rc >= 0)
        return rc;
    if (const QString problem = electionOpts.usageProblem(p.parser); !problem.isEmpty())
        return usageError(problem, p.parser);
    if (!p.parser.isSet(referenceOpt))
        return usageError(Cli::tr("Name the reference fingerprint with --reference FILE."), p.parser);
    Result<Election> election = electionOpts.load(p.parser);
    if (!election)
        return failed(election.error());
    return asActor(p, secrets, [&](Station &station, const User &actor) -> Result<QString> {
        StationCertifier certifier(station, election->catalog, election->election, Clock::system());
        StationCertifier::Request request;
        request.kind = kind;
        // Always the running program's own tree: a certificate is of the software that runs.
        request.installRoot = QDir(SoftwareFingerprint::installRoot()).absolutePath();
        request.referenceFile = p.parser.value(referenceOpt);
        request.outputDir = p.parser.isSet(outOpt) ? p.parser.value(outOpt)
                                                   : QDir(station.directory()).filePath(QStringLiteral("certificados"));
        Result<CertificateFiles> files = certifier.certify(actor, request);
        if (!files)
            return files.takeError();
        return Cli::tr("Certificate written:\n  %1\n  %2 (signed; its SHA-256 %3 is printed on the PDF)")
            .arg(files->pdf, files->json, files->jsonSha256);
    });
}

} // namespace

int certifyCommand(const QStringList &args, SecretSource &secrets)
{
    const QString action = args.size() > 1 ? args.at(1) : QString();
    QStringList rest = args;
    if (rest.size() > 1) {
        rest[0] = rest.at(0) + QLatin1Char(' ') + action;
        rest.removeAt(1);
    }
    if (action == QLatin1String("start"))
        return certify(Certificate::Kind::Start, rest, secrets);
    if (action == QLatin1String("close"))
        return certify(Certificate::Kind::Close, rest, secrets);
    if (action == QLatin1String("check"))
        return checkCertificateCommand(rest);
    const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
    (help ? out() : err()) << Cli::tr("Certificates for the notary (docs/certification.md):\n"
                                      "  certify start   the software is the reference's and the store is blank\n"
                                      "  certify close   the final state: actas, receipts, audit head\n"
                                      "  certify check   check a certificate's signed JSON\n"
                                      "Each has --help.")
                           << '\n';
    return help ? ExitOk : ExitUsage;
}

} // namespace acta::cli
