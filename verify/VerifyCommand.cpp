#include "VerifyCommand.h"

#include "Console.h"
#include "CutVerifier.h"

#include <QCommandLineParser>

namespace acta::verify {

int VerifyCommand::run(const QStringList &arguments)
{
    using namespace acta::console;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a results cut published by an ActaCapture hub: the manifest's signature with the hub key you "
           "trust, every file's SHA-256, the counters of resultados.csv against its rows, each station's signature "
           "on the records behind the rows and each row against them, and with --images the acta images. "
           "Exit status 0 when everything holds, 1 when something does not, 2 on a usage error."));
    addHelpOption(parser);
    const QCommandLineOption hubKey(QStringLiteral("hub-key"),
                                    tr("The hub's public key (64 hex digits or base64) or its fingerprint, taken "
                                       "from an independent channel (the notary's certificate), not from the cut."),
                                    tr("key"));
    const QCommandLineOption images(QStringLiteral("images"),
                                    tr("A folder of acta images to check against each row's SHA."), tr("folder"));
    const QCommandLineOption records(
        QStringLiteral("records"),
        tr("Signed records to check the rows against (one envelope a line), instead of the cut's registros.jsonl."),
        tr("file"));
    const QCommandLineOption stationKeys(
        QStringLiteral("station-keys"),
        tr("The stations' keys from a source other than the hub (their enrollment or certificates): one line "
           "\"STATION_ID FINGERPRINT\" a key. A record signed with a key this file does not give its station is "
           "a problem."),
        tr("file"));
    parser.addOption(hubKey);
    parser.addOption(stationKeys);
    parser.addOption(images);
    parser.addOption(records);
    parser.addOption(languageOption());
    parser.addPositionalArgument(tr("cut"),
                                 tr("The publication folder, a folder with one cut's files, or a cut's "
                                    ".zip."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("Name one cut: a folder or a .zip."), parser);
    if (!parser.isSet(hubKey))
        return usageError(tr("--hub-key is required: the hub key (or its fingerprint) from the notary's certificate "
                             "or another channel you trust. The key file inside the cut proves nothing alone."),
                          parser);
    Result<HubKeyArgument> key = HubKeyArgument::parse(parser.value(hubKey));
    if (!key)
        return usageError(key.error(), parser);
    VerifyOptions options;
    options.cut = parser.positionalArguments().constFirst();
    options.hubKey = *key;
    options.imagesDir = parser.value(images);
    options.recordsFile = parser.value(records);
    options.stationKeysFile = parser.value(stationKeys);
    const VerifyReport report = CutVerifier(options).run();
    out() << report.text();
    out().flush();
    return report.verified() ? ExitOk : ExitFailed;
}

} // namespace acta::verify
