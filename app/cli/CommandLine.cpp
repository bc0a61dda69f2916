#include "CommandLine.h"

#include "Catalog.h"
#include "CliSupport.h"
#include "ElectionTemplate.h"
#include "FormCommands.h"
#include "Language.h"
#include "PageCommands.h"
#include "SampleElection.h"
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

namespace acta::cli {

namespace {

QString commandsHelp()
{
    return Cli::tr("Commands:\n"
                   "  init-station        Create a station: encrypted store and first administrator.\n"
                   "  user add|disable|list  Manage the station's users.\n"
                   "  verify-audit        Check the audit log's hash chain.\n"
                   "  history CLAVE_ACTA  Everything that happened to one acta (CSV or JSON).\n"
                   "  backup FILE         Encrypted copy of the station while it is in use.\n"
                   "  restore FILE        Replace the station with a checked backup.\n"
                   "  change-passphrase   New station passphrase (administrators).\n"
                   "  enrollment-request FILE  The station's public key for the hub (actahub enroll).\n"
                   "  upstream add|remove|list|quorum|retry-refused  The hubs the station sends to.\n"
                   "  sync                Send verified actas to the hubs (HTTPS) and keep their receipts.\n"
                   "  export-bundle FILE  Unacknowledged records and images as one signed file (USB).\n"
                   "  validate-election   Load an election template and catalog and report the first problem.\n"
                   "  render-form         Draw the blank acta of one casilla as PDF or PNG.\n"
                   "  process FILE...     Check and read scanned actas (quality, identity, figures).\n"
                   "  generate-pages      Write filled, aged acta pages with their ground truth.\n"
                   "Use \"actacapture COMMAND --help\" for a command's options.\n"
                   "Without a command, the desktop application starts.");
}

// validate-election [--template FILE] [--catalog FILE]: the embedded sample when omitted.
int validateElection(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Checks an election template (JSON) and a casilla catalog (CSV)."));
    parser.addHelpOption();
    const QCommandLineOption tmplOpt(QStringLiteral("template"), Cli::tr("Election template JSON file."),
                                     Cli::tr("file"));
    const QCommandLineOption catalogOpt(QStringLiteral("catalog"), Cli::tr("Casilla catalog CSV file."),
                                        Cli::tr("file"));
    const QCommandLineOption langOpt(QStringLiteral("lang"), Cli::tr("Language of messages (es_MX, en)."),
                                     Cli::tr("code"));
    parser.addOptions({tmplOpt, catalogOpt, langOpt});
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > 1)
        return usageError(Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)), parser);

    const QString tmplPath = parser.isSet(tmplOpt) ? parser.value(tmplOpt) : SampleElection::templatePath();
    const QString catalogPath = parser.isSet(catalogOpt) ? parser.value(catalogOpt) : SampleElection::catalogPath();
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
                     .arg(catalogPath)
                     .arg(catalog->size())
                     .arg(catalog->districts().size())
              << '\n';
    } else {
        err() << catalog.error() << '\n'; // names the file, line and column
        status = ExitFailed;
    }
    return status;
}

// Commands that draw text need a QGuiApplication (fonts); headless, on the offscreen platform.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *command : {"render-form", "process", "generate-pages"})
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
    const QStringList args = app.arguments();
    Language::install(&app, Language::fromArguments(args, Language::defaultLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("ActaCapture: election result capture workstation.") + QLatin1Char('\n')
                                     + commandsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"), Cli::tr("Language of messages (es_MX, en)."), Cli::tr("code")});
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
    SecretSource &secrets = SecretSource::standard();
    if (command == QLatin1String("validate-election"))
        return validateElection(rest);
    if (command == QLatin1String("render-form"))
        return renderForm(rest);
    if (command == QLatin1String("process"))
        return processPages(rest);
    if (command == QLatin1String("generate-pages"))
        return generatePages(rest);
    if (command == QLatin1String("init-station"))
        return initStation(rest, secrets);
    if (command == QLatin1String("user"))
        return userCommand(rest, secrets);
    if (command == QLatin1String("verify-audit"))
        return verifyAudit(rest, secrets);
    if (command == QLatin1String("history"))
        return history(rest, secrets);
    if (command == QLatin1String("backup"))
        return backup(rest, secrets);
    if (command == QLatin1String("restore"))
        return restore(rest, secrets);
    if (command == QLatin1String("change-passphrase"))
        return changePassphrase(rest, secrets);
    if (command == QLatin1String("enrollment-request"))
        return enrollmentRequest(rest, secrets);
    if (command == QLatin1String("upstream"))
        return upstreamCommand(rest, secrets);
    if (command == QLatin1String("sync"))
        return syncCommand(rest, secrets);
    if (command == QLatin1String("export-bundle"))
        return exportBundle(rest, secrets);
    return usageError(Cli::tr("Unknown command: %1").arg(command), parser);
}

} // namespace acta::cli
