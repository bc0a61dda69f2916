#include "FingerprintCommand.h"

#include "Certificate.h"
#include "Console.h"
#include "SoftwareFingerprint.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace acta {

using console::err;
using console::ExitFailed;
using console::ExitOk;
using console::out;

int fingerprintCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SoftwareFingerprint::tr("Prints the SHA-256 of every installed file of ActaCapture and their combined digest, "
                                "in sha256sum's format (docs/certification.md). With --verify, compares the "
                                "installed files with a reference made earlier and names every file that differs, "
                                "is missing or is extra."));
    console::addHelpOption(parser);
    parser.addOption(console::languageOption());
    const QCommandLineOption rootOpt(QStringLiteral("root"),
                                     SoftwareFingerprint::tr("The install folder (default: this program's, %1).")
                                         .arg(SoftwareFingerprint::installRoot()),
                                     SoftwareFingerprint::tr("folder"));
    const QCommandLineOption verifyOpt(QStringLiteral("verify"),
                                       SoftwareFingerprint::tr("Compare with this reference file; exit 1 on any "
                                                               "difference."),
                                       SoftwareFingerprint::tr("REFERENCE"));
    const QCommandLineOption outputOpt(QStringLiteral("output"),
                                       SoftwareFingerprint::tr("Write the fingerprint to this file instead of the "
                                                               "terminal."),
                                       SoftwareFingerprint::tr("FILE"));
    const QCommandLineOption embeddedOpt(QStringLiteral("embedded"),
                                         SoftwareFingerprint::tr("Also list the resources embedded in this program "
                                                                 "(models, templates, translations); informative, "
                                                                 "not part of the digest."));
    parser.addOptions({rootOpt, verifyOpt, outputOpt, embeddedOpt});
    if (!parser.parse(args))
        return console::usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return console::usageError(SoftwareFingerprint::tr("This command takes no argument."), parser);
    if (parser.isSet(verifyOpt) && parser.isSet(outputOpt))
        return console::usageError(SoftwareFingerprint::tr("--verify and --output do not go together."), parser);

    const QString root = QDir::cleanPath(
        QDir(parser.isSet(rootOpt) ? parser.value(rootOpt) : SoftwareFingerprint::installRoot()).absolutePath());
    Result<SoftwareFingerprint> current = SoftwareFingerprint::compute(root);
    if (!current)
        return console::failed(current.error());

    if (parser.isSet(verifyOpt)) {
        Result<SoftwareFingerprint> reference = SoftwareFingerprint::readFile(parser.value(verifyOpt));
        if (!reference)
            return console::failed(reference.error());
        const QList<SoftwareFingerprint::Difference> differences = current->compareTo(*reference);
        out() << SoftwareFingerprint::tr("Installed files (%1): %2").arg(root, current->combined()) << '\n'
              << SoftwareFingerprint::tr("Reference (%1): %2").arg(parser.value(verifyOpt), reference->combined())
              << '\n';
        if (differences.isEmpty()) {
            out() << SoftwareFingerprint::tr("The installed software is the reference's: %n file(s), all equal.",
                                             nullptr, int(current->files().size()))
                  << '\n';
            return ExitOk;
        }
        for (const SoftwareFingerprint::Difference &difference : differences)
            err() << SoftwareFingerprint::describe(difference) << '\n';
        err() << SoftwareFingerprint::tr("The installed software is NOT the reference's: %n difference(s).", nullptr,
                                         int(differences.size()))
              << '\n';
        return ExitFailed;
    }

    QByteArray text = current->text(root);
    if (parser.isSet(embeddedOpt)) {
        text += "# embedded in " + QCoreApplication::applicationName().toUtf8() + " (not part of the digest):\n";
        for (const SoftwareFingerprint::File &file : SoftwareFingerprint::embeddedResources())
            text += "#   " + file.sha256.toLatin1() + "  " + file.path.toUtf8() + '\n';
    }
    if (!parser.isSet(outputOpt)) {
        out() << QString::fromUtf8(text);
        return ExitOk;
    }
    QDir().mkpath(QFileInfo(parser.value(outputOpt)).absolutePath());
    QSaveFile file(parser.value(outputOpt));
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return console::failed(
            SoftwareFingerprint::tr("Cannot write %1: %2").arg(parser.value(outputOpt), file.errorString()));
    out() << SoftwareFingerprint::tr("Fingerprint of %n file(s) written to %1; combined digest %2.", nullptr,
                                     int(current->files().size()))
                 .arg(parser.value(outputOpt), current->combined())
          << '\n';
    return ExitOk;
}

} // namespace acta

namespace acta {

int checkCertificateCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Certificate::tr(
        "Checks a certificate's signed JSON twin: its canonical form, that its key matches its fingerprint, and the "
        "signature. With --key, that it was signed by that key (the station's or hub's fingerprint as you got it "
        "from the enrollment or the notary). Prints what it certifies."));
    console::addHelpOption(parser);
    parser.addOption(console::languageOption());
    const QCommandLineOption keyOpt(QStringLiteral("key"), Certificate::tr("The fingerprint the signer must have."),
                                    Certificate::tr("FINGERPRINT"));
    parser.addOption(keyOpt);
    parser.addPositionalArgument(Certificate::tr("file"), Certificate::tr("The certificate's .json file."));
    if (!parser.parse(args))
        return console::usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return console::usageError(Certificate::tr("Name one certificate file."), parser);
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return console::failed(Certificate::tr("Cannot read %1.").arg(path));
    const QByteArray bytes = file.read(Certificate::MaxSize + 1);
    Result<SignedCertificate::Checked> checked = SignedCertificate::verify(bytes, parser.value(keyOpt));
    if (!checked)
        return console::failed(Certificate::tr("%1: %2").arg(path, checked.error()));
    const QJsonObject &c = checked->certificate;
    out() << Certificate::tr("%1: the signature holds (key %2).").arg(path, checked->keyFingerprint) << '\n'
          << Certificate::tr("Kind: %1; issuer: %2 %3; mode: %4; issued %5 by %6.")
                 .arg(c.value(QStringLiteral("kind")).toString(), c.value(QStringLiteral("issuer")).toString(),
                      c.value(QStringLiteral("issuer_id")).toString(), c.value(QStringLiteral("mode")).toString(),
                      c.value(QStringLiteral("issued_at")).toString(), c.value(QStringLiteral("issued_by")).toString())
          << '\n'
          << Certificate::tr("Software fingerprint: %1")
                 .arg(c.value(QStringLiteral("software")).toObject().value(QStringLiteral("fingerprint")).toString())
          << '\n';
    if (!parser.isSet(keyOpt))
        out() << Certificate::tr("Compare the key's fingerprint with the one you got from the enrollment or the "
                                 "notary; --key does it for you.")
              << '\n';
    return ExitOk;
}

} // namespace acta
