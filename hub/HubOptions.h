#pragma once

// What every actahub command shares: the command line (one parser for all commands), where the
// store is, how a failure is printed, and who is running the command (for the hub's audit log).
#include "Console.h"
#include "ElectionOptions.h"
#include "HubCommands.h"
#include "HubDataDir.h"
#include "HubLog.h"
#include "HubStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sodium.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>

namespace acta::hub {

// Every failure of actahub is one line on stderr naming the program; exit status 1.
inline int failWith(const QString &message)
{
    return console::failed(HubCommands::tr("actahub: %1").arg(message));
}

// Who runs the command, for the hub's audit log: the user behind sudo, else the process owner.
QString operatorName();

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption data {QStringLiteral("data"),
                             HubCommands::tr("Hub data directory (default %1).").arg(HubDataDir::defaultPath()),
                             HubCommands::tr("dir")};
    QCommandLineOption databasePasswordFile {QStringLiteral("database-password-file"),
                                             HubCommands::tr("File whose first line is the PostgreSQL password (a "
                                                             "password never goes on the command line)."),
                                             HubCommands::tr("file")};
    QCommandLineOption database {QStringLiteral("database"),
                                 HubCommands::tr("PostgreSQL connection URL without a password "
                                                 "(postgresql://user@host:port/db; the password from "
                                                 "--database-password-file or $ACTAHUB_DATABASE); default: "
                                                 "$ACTAHUB_DATABASE, else the embedded store in the data directory."),
                                 HubCommands::tr("url")};
    QCommandLineOption listen {QStringLiteral("listen"),
                               HubCommands::tr("Address and port to serve HTTPS on (default 127.0.0.1:8443; port 0 "
                                               "picks a free one)."),
                               HubCommands::tr("host:port"), QStringLiteral("127.0.0.1:8443")};
    QCommandLineOption simulation {QStringLiteral("simulation"),
                                   HubCommands::tr("Drill hub: init (or serve on a new data directory) makes a "
                                                   "drill store, which takes simulation records only; every "
                                                   "command on a drill store needs it, and a production store "
                                                   "refuses it.")};
    QCommandLineOption publishEvery {QStringLiteral("publish-every"),
                                     HubCommands::tr("Minutes between publication cuts while serving (0: never)."),
                                     HubCommands::tr("minutes"), QStringLiteral("20")};
    QCommandLineOption outDir {QStringLiteral("out"),
                               HubCommands::tr("Publication folder (default: publication/ in the data directory)."),
                               HubCommands::tr("dir")};
    QCommandLineOption rate {QStringLiteral("rate"), HubCommands::tr("Requests a second allowed per station."),
                             HubCommands::tr("n"), QStringLiteral("20")};
    QCommandLineOption burst {QStringLiteral("burst"), HubCommands::tr("Burst of requests allowed per station."),
                              HubCommands::tr("n"), QStringLiteral("40")};
    QCommandLineOption districts {QStringLiteral("districts"),
                                  HubCommands::tr("enroll: the districts (numbers, comma-separated) whose actas the "
                                                  "station may report; without it, any."),
                                  HubCommands::tr("list")};
    QCommandLineOption keep {QStringLiteral("keep"),
                             HubCommands::tr("conflicts resolve: the station whose version is published."),
                             HubCommands::tr("station")};
    QCommandLineOption reason {QStringLiteral("reason"),
                               HubCommands::tr("conflicts resolve, revoke: why, for the audit log."),
                               HubCommands::tr("text")};
    QCommandLineOption json {QStringLiteral("json"),
                             HubCommands::tr("stations heads: JSON, the file actacapture verify-audit --witnessed "
                                             "reads.")};
    QCommandLineOption clientRate {QStringLiteral("client-rate"),
                                   HubCommands::tr("Requests a second allowed per client address, before any "
                                                   "signature is checked."),
                                   HubCommands::tr("n"), QStringLiteral("100")};
    QCommandLineOption clientBurst {QStringLiteral("client-burst"),
                                    HubCommands::tr("Burst of requests allowed per client address."),
                                    HubCommands::tr("n"), QStringLiteral("200")};
    QCommandLineOption clientConnectRate {QStringLiteral("client-connect-rate"),
                                          HubCommands::tr("New connections a second allowed per client address "
                                                          "(bursts of three times that), before any TLS handshake."),
                                          HubCommands::tr("n"), QStringLiteral("10")};
    QCommandLineOption maxConnections {QStringLiteral("max-connections"),
                                       HubCommands::tr("Open connections allowed in all."), HubCommands::tr("n"),
                                       QStringLiteral("512")};
    QCommandLineOption maxClientConnections {QStringLiteral("max-client-connections"),
                                             HubCommands::tr("Open connections allowed per client address."),
                                             HubCommands::tr("n"), QStringLiteral("64")};
    QCommandLineOption idleTimeout {QStringLiteral("idle-timeout"),
                                    HubCommands::tr("Seconds a connection may stay silent (headers or body "
                                                    "included) before it is closed."),
                                    HubCommands::tr("seconds"), QStringLiteral("15")};
    console::ElectionOptions election;
    QCommandLineOption utcOffset {QStringLiteral("utc-offset"),
                                  HubCommands::tr("UTC offset of published cut times, in minutes (default: the "
                                                  "election's publication zone, else this machine's)."),
                                  HubCommands::tr("minutes")};

    QCommandLineOption finalCut {QStringLiteral("final"),
                                 HubCommands::tr("publish: the last cut of the count (participation then includes "
                                                 "the special casillas' votes).")};
    QCommandLineOption format {QStringLiteral("format"),
                               HubCommands::tr("publish, serve: the publication layout (prep2021, the default: INE's "
                                               "PREP 2021 data dictionary)."),
                               HubCommands::tr("name"), QStringLiteral("prep2021")};
    QCommandLineOption preview {QStringLiteral("preview"),
                                HubCommands::tr("import-bundle: show what would be imported, skipped or refused; "
                                                "change nothing.")};
    QCommandLineOption apply {QStringLiteral("apply"),
                              HubCommands::tr("import-bundle: import it all, or nothing when anything is refused.")};

    QCommandLineOption reference {QStringLiteral("reference"),
                                  HubCommands::tr("certify: the reference fingerprint the auditors made."),
                                  HubCommands::tr("FILE")};
    QCommandLineOption certificatesDir {QStringLiteral("certificates"),
                                        HubCommands::tr("certify: where to write the certificate (default: the "
                                                        "data directory's certificados/)."),
                                        HubCommands::tr("folder")};
    QCommandLineOption keyFingerprint {QStringLiteral("key"),
                                       HubCommands::tr("certify check: the fingerprint the signer must have."),
                                       HubCommands::tr("FINGERPRINT")};

    Options()
    {
        console::addHelpOption(parser);
        parser.addOptions({data, database, databasePasswordFile, districts, keep, reason, json, listen, simulation,
                           publishEvery, outDir, rate, burst, clientRate, clientBurst, clientConnectRate,
                           maxConnections, maxClientConnections, idleTimeout});
        election.addTo(parser);
        parser.addOptions({utcOffset, finalCut, format, preview, apply, console::languageOption()});
        parser.addOptions({reference, certificatesDir, keyFingerprint});
        parser.addPositionalArgument(
            HubCommands::tr("command"),
            HubCommands::tr("serve, init, enroll, revoke, stations, audit, publish, conflicts or import-bundle."));
    }

    HubDataDir dataDir() const
    {
        return HubDataDir(parser.isSet(data) ? parser.value(data) : HubDataDir::defaultPath());
    }
    // $ACTAHUB_DATABASE is read once and taken out of the environment (wiped, unset), so that
    // nothing the hub starts and nothing reading /proc/<pid>/environ later finds the password.
    mutable std::optional<QString> m_fromEnvironment;
    QString databaseFromEnvironment() const
    {
        if (!m_fromEnvironment) {
            char *value = std::getenv("ACTAHUB_DATABASE");
            m_fromEnvironment = value ? QString::fromLocal8Bit(value) : QString();
            if (value) {
                sodium_memzero(value, std::strlen(value));
                ::unsetenv("ACTAHUB_DATABASE");
            }
        }
        return *m_fromEnvironment;
    }
    // Empty when the database options are usable; else what is wrong (a usage error).
    QString databaseProblem() const
    {
        if (parser.isSet(databasePasswordFile) && !QFileInfo(parser.value(databasePasswordFile)).isReadable())
            return HubCommands::tr("The database password file %1 cannot be read.")
                .arg(parser.value(databasePasswordFile));
        if (parser.isSet(database) && !QUrl(parser.value(database)).password().isEmpty())
            return HubCommands::tr("--database carries a password, which would be visible to every user of this "
                                   "machine (ps): put it in a file for --database-password-file, or the whole URL "
                                   "in $ACTAHUB_DATABASE.");
        return {};
    }
    QString databaseLocation() const
    {
        QString location = parser.isSet(database) ? parser.value(database) : databaseFromEnvironment();
        if (location.isEmpty())
            return dataDir().storePath();
        if (parser.isSet(databasePasswordFile)) {
            QFile file(parser.value(databasePasswordFile));
            if (file.open(QIODevice::ReadOnly)) {
                QByteArray line = file.readLine().trimmed();
                QUrl url(location);
                url.setPassword(QString::fromUtf8(line));
                sodium_memzero(line.data(), size_t(line.size()));
                location = url.toString();
            } else {
                qCWarning(lcHub).noquote()
                    << "cannot read the database password file" << file.fileName() << file.errorString();
            }
        }
        return location;
    }
    // --utc-offset, else the election's publication zone, else this machine's.
    int offsetMinutes(const ElectionTemplate &election) const
    {
        if (parser.isSet(utcOffset))
            return parser.value(utcOffset).toInt();
        return election.publicationUtcOffsetMinutes().value_or(QDateTime::currentDateTime().offsetFromUtc() / 60);
    }
    QString publicationDir() const { return parser.isSet(outDir) ? parser.value(outDir) : dataDir().publicationPath(); }
};

// How a command takes the store's mode (hub/README.md, "Modes"). Whenever the store has one,
// --simulation must say the same, or the command is refused: a mismatch is the operator's mistake
// (the wrong --data, --database or command), never silently followed.
enum class StoreUse {
    Create, // init, serve: a store without a mode is new and takes --simulation's
    Results, // publish, import-bundle, conflicts resolve: a store without a mode yet is refused
    Other, // enroll, revoke, stations, audit, conflicts list/show: a store without one is used as it is
};
// Opens the command's store and checks its mode (HubCommands.cpp).
Result<std::unique_ptr<HubStore>> openStore(const Options &o, StoreUse use);

// The operators' commands (OperatorCommands.cpp).
int enrollCommand(const Options &o, const QString &file);
int revokeCommand(const Options &o, const QStringList &operands);
int conflictsCommand(const Options &o, const QStringList &operands);
int stationsCommand(const Options &o, const QStringList &operands);
int auditCommand(const Options &o, const QStringList &operands);
// certify start|close|check (HubCertify.cpp).
int certifyCommand(const Options &o, const QStringList &operands);

} // namespace acta::hub
