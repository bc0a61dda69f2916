#include "CommandLine.h"

#include "Catalog.h"
#include "CertifyCommands.h"
#include "CliSupport.h"
#include "CommandTable.h"
#include "DrillCommands.h"
#include "Election.h"
#include "ElectionTemplate.h"
#include "FingerprintCommand.h"
#include "FormCommands.h"
#include "IntakeCommand.h"
#include "PageCommands.h"
#include "Secrets.h"
#include "StationCommands.h"
#include "SyncCommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstring>
#include <memory>
#include <optional>

namespace acta::cli {

namespace {

using console::CommandTable;

// validate-election [--template FILE] [--catalog FILE]: the embedded sample's file for the one
// omitted. Not ElectionOptions: a validator checks each file on its own and reports both.
int validateElection(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Checks an election template (JSON) and a casilla catalog (CSV)."));
    console::addHelpOption(parser);
    const QCommandLineOption tmplOpt(QStringLiteral("template"), Cli::tr("Election template JSON file."),
                                     Cli::tr("file"));
    const QCommandLineOption catalogOpt(QStringLiteral("catalog"), Cli::tr("Casilla catalog CSV file."),
                                        Cli::tr("file"));
    parser.addOptions({tmplOpt, catalogOpt, console::languageOption()});
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)), parser);

    const QString tmplPath = parser.isSet(tmplOpt) ? parser.value(tmplOpt) : Election::sampleTemplatePath();
    const QString catalogPath = parser.isSet(catalogOpt) ? parser.value(catalogOpt) : Election::sampleCatalogPath();
    int status = ExitOk;
    const Result<ElectionTemplate> tmpl = ElectionTemplate::fromFile(tmplPath);
    if (tmpl) {
        out() << Cli::tr("Template %1 (version %2): %3 vote fields, %4 other fields: valid.")
                     .arg(tmpl->id())
                     .arg(tmpl->version())
                     .arg(tmpl->voteFields().size())
                     .arg(tmpl->otherFields().size())
              << '\n';
    } else {
        err() << tmpl.error() << '\n'; // names the file and the JSON path
        status = ExitFailed;
    }
    const Result<Catalog> catalog = Catalog::fromFile(catalogPath);
    if (catalog) {
        out() << Cli::tr("Catalog %1: %2 casillas in %3 districts: valid.")
                     .arg(parser.isSet(catalogOpt) ? catalogPath : Cli::tr("(the embedded sample)"))
                     .arg(catalog->size())
                     .arg(catalog->districts().size())
              << '\n';
    } else {
        err() << catalog.error() << '\n'; // names the file, line and column
        status = ExitFailed;
    }
    if (tmpl && catalog) {
        if (Status together = Election::checkTogether(*tmpl, *catalog); !together) {
            err() << together.error() << '\n';
            status = ExitFailed;
        }
    }
    return status;
}

using StationCommand = int (*)(const QStringList &, SecretSource &);

// Every command of actacapture, in the order --help lists them.
CommandTable commandTable(SecretSource &secrets)
{
    const auto station = [&secrets](StationCommand command) {
        return [command, &secrets](const QStringList &args) {
            return command(args, secrets);
        };
    };
    return CommandTable({
        {QStringLiteral("init-station"), QString(),
         Cli::tr("Create a station: encrypted store and first administrator."), station(initStation)},
        {QStringLiteral("user"), QStringLiteral("add|disable|list"), Cli::tr("Manage the station's users."),
         station(userCommand)},
        {QStringLiteral("verify-audit"), QString(), Cli::tr("Check the audit log's hash chain."), station(verifyAudit)},
        {QStringLiteral("history"), QStringLiteral("CLAVE_ACTA"),
         Cli::tr("Everything that happened to one acta (CSV or JSON)."), station(history)},
        {QStringLiteral("backup"), Cli::tr("FILE"), Cli::tr("Encrypted copy of the station while it is in use."),
         station(backup)},
        {QStringLiteral("restore"), Cli::tr("FILE"), Cli::tr("Replace the station with a checked backup."),
         station(restore)},
        {QStringLiteral("change-passphrase"), QString(), Cli::tr("New station passphrase (administrators)."),
         station(changePassphrase)},
        {QStringLiteral("enrollment-request"), Cli::tr("FILE"),
         Cli::tr("The station's public key for the hub (actahub enroll)."), station(enrollmentRequest)},
        {QStringLiteral("upstream"), QStringLiteral("add|remove|list|quorum|retry-refused"),
         Cli::tr("The hubs the station sends to."), station(upstreamCommand)},
        {QStringLiteral("sync"), QString(), Cli::tr("Send verified actas to the hubs (HTTPS) and keep their receipts."),
         station(syncCommand)},
        {QStringLiteral("export-bundle"), Cli::tr("FILE"),
         Cli::tr("Unacknowledged records and images as one signed file (USB)."), station(exportBundle)},
        {QStringLiteral("export-records"), Cli::tr("FILE"),
         Cli::tr("Every record the station signed, one per line, to check a published cut (actaverify --records)."),
         station(exportRecords)},
        {QStringLiteral("validate-election"), QString(),
         Cli::tr("Load an election template and catalog and report the first problem."), validateElection},
        {QStringLiteral("render-form"), QString(), Cli::tr("Draw the blank acta of one casilla as PDF or PNG."),
         renderForm},
        {QStringLiteral("intake"), Cli::tr("FILE..."),
         Cli::tr("Take scanned actas into the station, with how they came in."), station(intakePages)},
        {QStringLiteral("process"), Cli::tr("FILE..."),
         Cli::tr("Check and read scanned actas (quality, identity, figures)."), processPages},
        {QStringLiteral("generate-pages"), QString(), Cli::tr("Write filled, aged acta pages with their ground truth."),
         generatePages},
        {QStringLiteral("drill"), QStringLiteral("generate|load|start|report"),
         Cli::tr("Drills (simulacros): generate one, load its key, play it, score it."), station(drillCommand), -1},
        {QStringLiteral("fingerprint"), QString(),
         Cli::tr("SHA-256 of every installed file and their combined digest; --verify against a reference."),
         fingerprintCommand},
        {QStringLiteral("certify"), QStringLiteral("start|close|check"),
         Cli::tr("Certificates for the notary: start and close of operations (PDF and signed JSON)."),
         station(certifyCommand)},
    });
}

// Commands that draw text need a QGuiApplication (fonts); headless, on the offscreen platform.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *command : {"render-form", "process", "generate-pages", "intake", "drill", "certify"})
            if (std::strcmp(argv[i], command) == 0)
                return true;
    return false;
}

} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--lang") == 0) {
            ++i; // its value
            continue;
        }
        if (std::strncmp(arg, "--lang=", 7) == 0)
            continue;
        if (arg[0] != '-')
            return true; // a command name, known or not
        for (const char *opt : {"--help", "-h", "--version", "-v", "--help-all"})
            if (std::strcmp(arg, opt) == 0)
                return true;
        return false; // Qt's own options (-platform ...) go to the desktop application
    }
    return false;
}

int run(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("ActaCapture"));
    QCoreApplication::setApplicationName(QStringLiteral("actacapture"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ACTA_VERSION));

    // --lang is read before anything is printed so every message is in that language.
    // Progress notes go to the log, not to a person's terminal, unless asked for.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("acta.*.info=false"));
    console::installLanguage(app);
    const QStringList args = app.arguments();
    const CommandTable commands = commandTable(SecretSource::standard());

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("ActaCapture: election result capture workstation.") + QLatin1Char('\n')
                                     + commands.helpText() + QLatin1Char('\n')
                                     + Cli::tr("Use \"actacapture COMMAND --help\" for a command's options.\n"
                                               "Without a command, the desktop application starts."));
    console::addHelpOption(parser);
    parser.addVersionOption();
    parser.addOption(console::languageOption());
    parser.addPositionalArgument(Cli::tr("command"), Cli::tr("The command to run (see below)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Cli::tr("No command given."), parser);
    const QString command = positional.first();
    QStringList rest = positional;
    rest[0] = args.first() + QLatin1Char(' ') + command; // the sub-parser's program name
    if (const std::optional<int> status = commands.run(command, rest))
        return *status;
    return usageError(Cli::tr("Unknown command: %1").arg(command), parser);
}

} // namespace acta::cli
