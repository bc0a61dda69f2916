#include "PageCommands.h"

#include "CliSupport.h"
#include "ElectionOptions.h"
#include "PageGenerator.h"
#include "PageProcessor.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>

namespace acta::cli {

namespace {

bool isImageName(const QString &name)
{
    static const QStringList suffixes {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                       QStringLiteral("tif"), QStringLiteral("tiff")};
    return suffixes.contains(QFileInfo(name).suffix().toLower());
}

QString fieldLine(const FieldReading &f)
{
    QStringList alternatives;
    for (const FieldAlternative &a : f.alternatives)
        alternatives.append(QStringLiteral("%1 %2").arg(a.value.toDisplayString()).arg(a.probability, 0, 'f', 3));
    QString line = QStringLiteral("  %1 %2 %3%4")
                       .arg(f.fieldId, -22)
                       .arg(f.value.toDisplayString(), -9)
                       .arg(f.confidence, 0, 'f', 3)
                       .arg(f.highConfidence ? QStringLiteral(" *") : QStringLiteral("  "));
    if (!alternatives.isEmpty())
        line += QLatin1String("  ") + Cli::tr("(then: %1)").arg(alternatives.join(QLatin1String(", ")));
    if (f.changedByTotal)
        line += QLatin1String("  ") + Cli::tr("[changed to agree with the written total]");
    return line;
}

void printReading(const PageReading &r)
{
    if (!r.accepted) {
        out() << Cli::tr("%1: REJECTED").arg(r.source) << '\n';
        for (const PageProblem &p : r.problems)
            out() << "  " << p.message << " [" << pageIssueId(p.issue) << "]\n";
        if (!r.sha256.isEmpty())
            out() << "  SHA-256: " << r.sha256 << '\n';
        out() << "  " << Cli::tr("Time: %1 ms").arg(r.totalMs(), 0, 'f', 1) << '\n';
        return;
    }
    out() << Cli::tr("%1: accepted").arg(r.source) << '\n';
    QString identity;
    if (!r.acta)
        identity = Cli::tr("unknown");
    else if (r.identitySource == PageReading::IdentitySource::QrCode)
        identity = Cli::tr("%1 (QR code)").arg(r.acta->toString());
    else
        identity = Cli::tr("%1 (printed header)").arg(r.acta->toString());
    out() << "  " << Cli::tr("Acta: %1").arg(identity) << '\n';
    if (!r.identityNote.isEmpty())
        out() << "  " << r.identityNote << '\n';
    out() << "  "
          << Cli::tr("Registration: %1, score %2, %3 dpi%4")
                 .arg(r.registration == PageReading::RegistrationMethod::Markers ? Cli::tr("markers")
                                                                                 : Cli::tr("feature matching"))
                 .arg(r.registrationScore, 0, 'f', 2)
                 .arg(qRound(r.dpi))
                 .arg(r.turnedUpsideDown ? Cli::tr(", page was upside down") : QString())
          << '\n';
    out() << "  SHA-256: " << r.sha256 << '\n';
    if (r.perceptualHash)
        out() << "  " << Cli::tr("Perceptual hash: %1").arg(*r.perceptualHash, 16, 16, QLatin1Char('0')) << '\n';
    out() << "  " << Cli::tr("Fields (value, confidence, * = high confidence):") << '\n';
    for (const FieldReading &f : r.fields)
        out() << fieldLine(f) << '\n';
    out() << "  "
          << (r.totalConsistent ? Cli::tr("The vote fields add up to the written total.")
                                : Cli::tr("The vote fields do not add up to the written total (or it was not read)."))
          << '\n';
    QStringList stages;
    for (const StageTiming &t : r.timings)
        stages.append(QStringLiteral("%1 %2").arg(t.stage).arg(t.ms, 0, 'f', 1));
    out() << "  " << Cli::tr("Time: %1 ms (%2)").arg(r.totalMs(), 0, 'f', 1).arg(stages.join(QLatin1String(", ")))
          << '\n';
}

} // namespace

QStringList scannedFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &arg : paths) {
        const QFileInfo info(arg);
        if (info.isDir()) {
            const QStringList names = QDir(arg).entryList(QDir::Files, QDir::Name);
            for (const QString &name : names)
                if (isImageName(name))
                    files.append(QDir(arg).filePath(name));
        } else {
            files.append(arg); // missing or odd files get their own result
        }
    }
    return files;
}

// process [--template T --catalog C] [--json] FILE|FOLDER...
int processPages(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks and reads scanned actas: quality, registration, identity, hashes and the figures "
                "recognised in every field. Folders are read for PNG, JPEG and TIFF files.\n"
                "Exit status: 0 when every page was accepted, 1 when some were rejected."));
    console::addHelpOption(parser);
    const console::ElectionOptions electionOpts;
    const QCommandLineOption jsonOpt(QStringLiteral("json"), Cli::tr("One JSON object per page, one per line."));
    electionOpts.addTo(parser);
    parser.addOptions({jsonOpt, console::languageOption()});
    parser.addPositionalArgument(Cli::tr("files"), Cli::tr("Scanned pages or folders of them."), Cli::tr("FILE..."));
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList files = scannedFiles(parser.positionalArguments());
    if (parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("Name at least one scanned page or folder."), parser);
    if (const QString problem = electionOpts.usageProblem(parser); !problem.isEmpty())
        return usageError(problem, parser);
    Result<Election> election = electionOpts.load(parser);
    if (!election)
        return failed(election.error());
    Result<std::unique_ptr<PageProcessor>> processor = PageProcessor::create(election->election, &election->catalog);
    if (!processor)
        return failed(processor.error());

    int rejected = 0;
    for (const QString &file : std::as_const(files)) {
        const PageReading reading = (*processor)->processFile(file);
        if (!reading.accepted)
            ++rejected;
        if (parser.isSet(jsonOpt))
            out() << QJsonDocument(reading.toJson()).toJson(QJsonDocument::Compact) << '\n';
        else
            printReading(reading);
        out().flush();
    }
    if (!parser.isSet(jsonOpt))
        err() << Cli::tr("%n page(s) processed", nullptr, int(files.size())) << ", "
              << Cli::tr("%n rejected.", nullptr, rejected) << '\n';
    return rejected == 0 ? ExitOk : ExitFailed;
}

// generate-pages --out DIR [--template T --catalog C] [--count N] [--seed S] [--level L] [--bad KIND]
// [--other-template T]
int generatePages(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes acta pages filled with handwritten digits and aged like real scans, each with its "
                "ground truth (JSON), for drills and tests. The same seed gives the same pages."));
    console::addHelpOption(parser);
    const console::ElectionOptions electionOpts;
    const QCommandLineOption outOpt(QStringLiteral("out"), Cli::tr("Folder for the pages."), Cli::tr("folder"));
    const QCommandLineOption countOpt(QStringLiteral("count"), Cli::tr("Number of pages (default 10)."), Cli::tr("N"),
                                      QStringLiteral("10"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."), Cli::tr("N"),
                                     QStringLiteral("1"));
    const QCommandLineOption levelOpt(QStringLiteral("level"),
                                      Cli::tr("Defects: clean, mild, moderate or severe (default moderate)."),
                                      Cli::tr("level"), QStringLiteral("moderate"));
    const QCommandLineOption badOpt(QStringLiteral("bad"),
                                    Cli::tr("Make pages the quality gate must refuse: low_resolution, blurred, "
                                            "too_dark, too_bright, low_contrast, cut_off, blank or other_form."),
                                    Cli::tr("kind"));
    const QCommandLineOption otherOpt(QStringLiteral("other-template"),
                                      Cli::tr("Template of the other form, for --bad other_form."), Cli::tr("file"));
    const QCommandLineOption atlasOpt(
        QStringLiteral("atlas"), Cli::tr("Digit atlas PNG (default: the embedded held-out digits)."), Cli::tr("file"));
    const QCommandLineOption cropsOpt(
        QStringLiteral("crops"),
        Cli::tr("Also register every page and append its labelled digit-box crops to this file "
                "(training data for tools/digits/train_digits.py)."),
        Cli::tr("file"));
    electionOpts.addTo(parser);
    parser.addOptions(
        {outOpt, countOpt, seedOpt, levelOpt, badOpt, otherOpt, atlasOpt, cropsOpt, console::languageOption()});
    if (!parser.parse(args))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (!parser.isSet(outOpt))
        return usageError(Cli::tr("Name the output folder with --out."), parser);
    bool ok = false;
    const int count = parser.value(countOpt).toInt(&ok);
    if (!ok || count < 1 || count > 100000)
        return usageError(Cli::tr("--count must be a whole number from 1 to 100000."), parser);
    const quint64 seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return usageError(Cli::tr("--seed must be a whole number."), parser);
    const QStringList levels {QStringLiteral("clean"), QStringLiteral("mild"), QStringLiteral("moderate"),
                              QStringLiteral("severe")};
    const int level = int(levels.indexOf(parser.value(levelOpt)));
    if (level < 0)
        return usageError(Cli::tr("Unknown --level: %1").arg(parser.value(levelOpt)), parser);
    const QStringList badKinds {
        QStringLiteral("none"),     QStringLiteral("low_resolution"), QStringLiteral("blurred"),
        QStringLiteral("too_dark"), QStringLiteral("too_bright"),     QStringLiteral("low_contrast"),
        QStringLiteral("cut_off"),  QStringLiteral("blank"),          QStringLiteral("other_form")};
    const int bad = parser.isSet(badOpt) ? int(badKinds.indexOf(parser.value(badOpt))) : 0;
    if (bad < 0)
        return usageError(Cli::tr("Unknown --bad kind: %1").arg(parser.value(badOpt)), parser);
    if (PageDefects::Bad(bad) == PageDefects::Bad::OtherForm && !parser.isSet(otherOpt))
        return usageError(Cli::tr("--bad other_form needs --other-template."), parser);

    if (const QString problem = electionOpts.usageProblem(parser); !problem.isEmpty())
        return usageError(problem, parser);
    Result<Election> election = electionOpts.load(parser);
    if (!election)
        return failed(election.error());
    if (election->catalog.size() == 0)
        return usageError(Cli::tr("Generated pages need a catalog to draw casillas from (--catalog)."), parser);
    std::optional<ElectionTemplate> other;
    if (parser.isSet(otherOpt)) {
        Result<ElectionTemplate> t = ElectionTemplate::fromFile(parser.value(otherOpt));
        if (!t)
            return failed(t.error());
        other = *t;
    }
    Result<GlyphAtlas> atlas
        = parser.isSet(atlasOpt) ? GlyphAtlas::load(parser.value(atlasOpt)) : GlyphAtlas::embedded();
    if (!atlas)
        return failed(atlas.error());
    const QString dir = parser.value(outOpt);
    if (!QDir().mkpath(dir))
        return failed(Cli::tr("Cannot create the folder %1.").arg(dir));

    const PageGenerator generator(election->election, *atlas);
    const QList<CasillaInfo> &casillas = election->catalog.casillas();
    // Crops: "ACTACROP1", int32 count, width, height (little-endian), then per box a label byte
    // and width * height grey bytes. The count is written at the end.
    std::unique_ptr<PageProcessor> cropper;
    QFile crops(parser.value(cropsOpt));
    qint32 cropCount = 0;
    if (parser.isSet(cropsOpt)) {
        Result<std::unique_ptr<PageProcessor>> p = PageProcessor::create(election->election, nullptr);
        if (!p)
            return failed(p.error());
        cropper = std::move(*p);
        if (!crops.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failed(Cli::tr("Cannot write %1: %2").arg(crops.fileName(), crops.errorString()));
        const qint32 header[] = {0, BoxCropper::CropWidth, BoxCropper::CropHeight};
        crops.write("ACTACROP1", 9);
        crops.write(reinterpret_cast<const char *>(header), sizeof header);
    }
    for (int i = 0; i < count; ++i) {
        const quint64 pageSeed = seed * 1000003ULL + quint64(i);
        const PageDefects defects = bad ? PageGenerator::badDefects(PageDefects::Bad(bad), pageSeed)
                                        : PageGenerator::randomDefects(DefectLevel(level), pageSeed);
        const CasillaInfo &casilla = casillas.at(qsizetype(pageSeed % quint64(casillas.size())));
        Result<ActaKey> acta = ActaKey::make(casilla.key, election->election.actaType());
        if (!acta)
            return failed(acta.error());
        const Tally tally
            = generator.randomTally(pageSeed, defects.crossedOutRate, defects.emptyRate, acta->actaType(), &casilla);
        Result<GeneratedPage> page
            = generator.generate(*acta, &casilla, tally, defects, pageSeed, other ? &*other : nullptr);
        if (!page)
            return failed(page.error());
        const QString base = QDir(dir).filePath(QStringLiteral("page-%1").arg(i + 1, 4, 10, QLatin1Char('0')));
        const QString imagePath
            = base + (page->format == QLatin1String("jpeg") ? QStringLiteral(".jpg") : QStringLiteral(".png"));
        for (const auto &[path, bytes] :
             {std::pair {imagePath, page->bytes},
              std::pair {QString(base + QStringLiteral(".json")), QJsonDocument(page->groundTruth()).toJson()}}) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
                return failed(Cli::tr("Cannot write %1: %2").arg(path, file.errorString()));
        }
        if (cropper && defects.bad == PageDefects::Bad::None) {
            const ImageLoader::Outcome loaded = ImageLoader().loadBytes(page->bytes, base);
            const std::optional<std::vector<cv::Mat>> boxes
                = loaded.image ? cropper->boxCrops(loaded.image->gray) : std::nullopt;
            if (!boxes) {
                err() << Cli::tr("%1: not registered, no crops.").arg(imagePath) << '\n';
                continue;
            }
            std::size_t b = 0;
            for (const TemplateField &field : election->election.allFields()) {
                // Fields not on the acta's ballot are left blank and unlabelled: no training crops.
                if (!page->boxLabels.contains(field.id)) {
                    b += std::size_t(field.digits);
                    continue;
                }
                for (int label : page->boxLabels.value(field.id)) {
                    const cv::Mat &crop = (*boxes)[b++];
                    const char l = char(label);
                    crops.write(&l, 1);
                    for (int y = 0; y < crop.rows; ++y)
                        crops.write(reinterpret_cast<const char *>(crop.ptr(y)), crop.cols);
                    ++cropCount;
                }
            }
        }
    }
    if (cropper) {
        crops.seek(9);
        crops.write(reinterpret_cast<const char *>(&cropCount), sizeof cropCount);
        if (!crops.flush() || crops.error() != QFileDevice::NoError)
            return failed(Cli::tr("Cannot write %1: %2").arg(crops.fileName(), crops.errorString()));
        crops.close();
        out() << Cli::tr("%n crop(s) written to %1", nullptr, cropCount).arg(crops.fileName()) << '\n';
    }
    out() << Cli::tr("%n page(s) written to %1", nullptr, count).arg(dir) << '\n';
    return ExitOk;
}

} // namespace acta::cli
