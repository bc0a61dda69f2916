#include "FormCommands.h"

#include "ActaKey.h"
#include "CliSupport.h"
#include "ElectionOptions.h"
#include "FormRenderer.h"

#include <QCommandLineParser>

namespace acta::cli {

// render-form --acta CLAVE_ACTA --out FILE.pdf|FILE.png [--template FILE --catalog FILE] [--dpi N]
int renderForm(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Draws the blank acta of one casilla (markers, QR code, header and digit boxes):\n"
                "a PDF to print or a PNG image. Without --template, the embedded sample election."));
    console::addHelpOption(parser);
    const console::ElectionOptions election;
    const QCommandLineOption actaOpt(QStringLiteral("acta"), Cli::tr("The acta's key, e.g. 210101B010002."),
                                     Cli::tr("CLAVE_ACTA"));
    const QCommandLineOption outOpt(QStringLiteral("out"), Cli::tr("Output file: .pdf or .png."), Cli::tr("file"));
    const QCommandLineOption dpiOpt(QStringLiteral("dpi"),
                                    Cli::tr("Resolution in dots per inch, %1 to %2 (default %3).")
                                        .arg(FormRenderer::MinDpi)
                                        .arg(FormRenderer::MaxDpi)
                                        .arg(FormRenderer::DefaultDpi),
                                    Cli::tr("N"), QString::number(FormRenderer::DefaultDpi));
    const QCommandLineOption drillOpt(QStringLiteral("simulation"),
                                      Cli::tr("A drill's sheet: SIMULACRO in its title and footer."));
    election.addTo(parser);
    parser.addOptions({actaOpt, outOpt, dpiOpt, drillOpt, console::languageOption()});
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()), parser);
    if (!parser.isSet(actaOpt))
        return usageError(Cli::tr("Name the acta with --acta CLAVE_ACTA."), parser);
    if (!parser.isSet(outOpt))
        return usageError(Cli::tr("Name the output file with --out FILE.pdf or --out FILE.png."), parser);

    const QString outPath = parser.value(outOpt);
    const bool pdf = outPath.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    if (!pdf && !outPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return usageError(Cli::tr("The output file must end in .pdf or .png: %1").arg(outPath), parser);
    bool dpiOk = false;
    const int dpi = parser.value(dpiOpt).toInt(&dpiOk);
    if (!dpiOk || dpi < FormRenderer::MinDpi || dpi > FormRenderer::MaxDpi)
        return usageError(Cli::tr("--dpi must be a whole number from %1 to %2, not \"%3\".")
                              .arg(FormRenderer::MinDpi)
                              .arg(FormRenderer::MaxDpi)
                              .arg(parser.value(dpiOpt)),
                          parser);
    const Result<ActaKey> acta = ActaKey::parse(parser.value(actaOpt));
    if (!acta)
        return usageError(acta.error(), parser);

    if (const QString problem = election.usageProblem(parser); !problem.isEmpty())
        return usageError(problem, parser);
    const Result<Election> loaded = election.load(parser);
    if (!loaded)
        return failed(loaded.error());
    const ElectionTemplate &tmpl = loaded->election;
    const CasillaInfo *casilla = loaded->catalog.find(acta->casilla());
    if (!casilla)
        err() << Cli::tr("Note: casilla %1 is not in the catalog; the header shows only what its key says.")
                     .arg(acta->casilla().toString())
              << '\n';

    FormRenderer renderer(tmpl, *acta, casilla);
    renderer.setDrill(parser.isSet(drillOpt));
    const Status written = pdf ? renderer.renderPdf(outPath, dpi) : renderer.renderPng(outPath, dpi);
    if (!written)
        return failed(written.error());
    out() << Cli::tr("Acta %1 (template %2, version %3) written to %4 at %5 dpi.")
                 .arg(acta->toString(), tmpl.id())
                 .arg(tmpl.version())
                 .arg(outPath)
                 .arg(dpi)
          << '\n';
    return ExitOk;
}

} // namespace acta::cli
