#pragma once

#include "CliSupport.h"
#include "Secrets.h"
#include "Station.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <memory>

namespace acta::cli {

// What every command on a station folder shares: the options, opening the station with its
// passphrase, logging the acting user in.
inline constexpr char PassphraseVar[] = "ACTACAPTURE_PASSPHRASE";
inline constexpr char PasswordVar[] = "ACTACAPTURE_PASSWORD";
inline constexpr char NewPasswordVar[] = "ACTACAPTURE_NEW_PASSWORD";
inline constexpr char NewPassphraseVar[] = "ACTACAPTURE_NEW_PASSPHRASE";

// Options every station command takes; --as only where the command changes the station.
struct StationParser
{
    QCommandLineParser parser;
    QCommandLineOption station {QStringLiteral("station"),
                                Cli::tr("The station folder (default: %1).").arg(Station::defaultDirectory()),
                                Cli::tr("folder")};
    QCommandLineOption simulation {QStringLiteral("simulation"),
                                   Cli::tr("A drill (simulacro) station: its own store (default folder %1), never the "
                                           "operational one; without this option a drill station is refused.")
                                       .arg(Station::defaultDirectory(StationMode::Drill))};
    QCommandLineOption as {QStringLiteral("as"),
                           Cli::tr("The user acting (password from %1, or asked).").arg(QLatin1String(PasswordVar)),
                           Cli::tr("user")};
    QCommandLineOption lang = console::languageOption();
    bool needsActor;

    StationParser(const QString &description, bool withActor)
        : needsActor(withActor)
    {
        parser.setApplicationDescription(description + QLatin1Char('\n')
                                         + Cli::tr("The station passphrase comes from %1, or is asked on the terminal.")
                                               .arg(QLatin1String(PassphraseVar)));
        console::addHelpOption(parser);
        parser.addOption(station);
        parser.addOption(simulation);
        parser.addOption(lang);
        if (withActor)
            parser.addOption(as);
    }

    // -1 when parsing succeeded and the command should go on; otherwise the exit status. A
    // negative positionalCount takes any number of arguments (the command checks them).
    int parse(const QStringList &args, int positionalCount)
    {
        if (!parser.parse(args))
            return usageError(parser.errorText(), parser);
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return ExitOk;
        }
        if (positionalCount >= 0 && parser.positionalArguments().size() != positionalCount)
            return usageError(Cli::tr("Expected %1 argument(s), got %2.")
                                  .arg(positionalCount)
                                  .arg(parser.positionalArguments().size()),
                              parser);
        if (needsActor && !parser.isSet(as))
            return usageError(Cli::tr("This command changes the station: name the acting user with --as USER."),
                              parser);
        return -1;
    }

    StationMode mode() const { return parser.isSet(simulation) ? StationMode::Drill : StationMode::Production; }
    QString directory() const
    {
        return parser.isSet(station) ? parser.value(station) : Station::defaultDirectory(mode());
    }
};

inline Result<std::unique_ptr<Station>> openStation(const StationParser &p, SecretSource &secrets)
{
    // The demo, and trainers' drills, live in the drill folder: say so rather than "create one".
    if (p.mode() == StationMode::Production && !p.parser.isSet(p.station)
        && !QFileInfo::exists(Station::databasePath(p.directory()))
        && QFileInfo::exists(Station::databasePath(Station::defaultDirectory(StationMode::Drill))))
        return fail(ErrorCode::NotFound,
                    Cli::tr("There is no operational station in %1, but there is a drill (simulacro) station in %2: "
                            "add --simulation to work on the drill.")
                        .arg(p.directory(), Station::defaultDirectory(StationMode::Drill)));
    Result<SecureBytes> pass = secrets.read(PassphraseVar, Cli::tr("Station passphrase: "), false);
    if (!pass)
        return pass.takeError();
    return Station::open(p.directory(), *pass, Clock::system(), PasswordCost::interactive(), p.mode());
}

inline Result<User> actAs(Station &station, const StationParser &p, SecretSource &secrets)
{
    const QString name = p.parser.value(p.as);
    Result<SecureBytes> password = secrets.read(PasswordVar, Cli::tr("Password for %1: ").arg(name), false);
    if (!password)
        return password.takeError();
    return station.users().authenticate(name, *password);
}

// Opens the station, logs the --as user in, runs the change and logs out: the frame of every
// command that changes the station. change returns the status of the work and its message.
template<typename Change> int asActor(const StationParser &p, SecretSource &secrets, Change change)
{
    Result<std::unique_ptr<Station>> station = openStation(p, secrets);
    if (!station)
        return failed(station.error());
    Result<User> actor = actAs(**station, p, secrets);
    if (!actor)
        return failed(actor.error());
    const Result<QString> done = change(**station, *actor);
    (void)(*station)->users().logout(*actor);
    if (!done)
        return failed(done.error());
    out() << *done << '\n';
    return ExitOk;
}

} // namespace acta::cli
