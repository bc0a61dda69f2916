// bench_recognition: the page pipeline on generated pages written with held-out digits only.
// Prints one "name: value unit" line per figure; "#" lines say what was measured.
//
//   bench_recognition [--pages N] [--bad-per-kind N] [--tesseract-pages N] [--seed S] [--dir D]

#include "BoxCropper.h"
#include "Catalog.h"
#include "ElectionTemplate.h"
#include "FormAligner.h"
#include "GlyphAtlas.h"
#include "ImageLoader.h"
#include "PageGenerator.h"
#include "PageProcessor.h"
#include "Election.h"
#include "TesseractReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace acta;

namespace {

void figure(const char *name, double value, const char *unit)
{
    std::printf("%s: %.4g %s\n", name, value, unit);
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

long statusKiB(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(std::strlen(key))).trimmed().split(' ').first().toLong();
    return 0;
}

struct PageCase
{
    QString path;
    std::optional<ActaKey> acta;
    PageDefects defects;
    std::optional<GeneratedPage> page; // the ground truth; bytes dropped after writing
    PageDefects::Bad bad = PageDefects::Bad::None;
    int level = 0;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5))];
}

PageIssue expectedIssue(PageDefects::Bad bad)
{
    switch (bad) {
    case PageDefects::Bad::LowResolution:
        return PageIssue::LowResolution;
    case PageDefects::Bad::Blurred:
        return PageIssue::Blurred;
    case PageDefects::Bad::TooDark:
        return PageIssue::TooDark;
    case PageDefects::Bad::TooBright:
        return PageIssue::TooBright;
    case PageDefects::Bad::LowContrast:
        return PageIssue::LowContrast;
    case PageDefects::Bad::CutOff:
        return PageIssue::CutOff;
    case PageDefects::Bad::Blank:
        return PageIssue::BlankPage;
    default:
        return PageIssue::WrongForm;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Child mode: process the listed files in a fresh process and report its peak RSS, so the
    // figure is the pipeline's own and not the page generator's.
    if (app.arguments().size() == 3 && app.arguments().at(1) == QLatin1String("--rss-child")) {
        const Result<ElectionTemplate> election = ElectionTemplate::fromFile(Election::sampleTemplatePath());
        const Result<Catalog> catalog = Catalog::fromFile(Election::sampleCatalogPath());
        QFile list(app.arguments().at(2));
        if (!election || !catalog || !list.open(QIODevice::ReadOnly))
            return 1;
        Result<std::unique_ptr<PageProcessor>> processor = PageProcessor::create(*election, &*catalog);
        if (!processor)
            return 1;
        for (const QByteArray &path : list.readAll().split('\n'))
            if (!path.isEmpty())
                (*processor)->processFile(QString::fromUtf8(path));
        std::printf("%ld\n", statusKiB("VmHWM:"));
        return 0;
    }
    int pages = 500, badPerKind = 25, tesseractPages = 10, fixedDpiPages = 60;
    quint64 seed = 20261124;
    QString dirArg, atlasArg; // --atlas: e.g. the validation split, to choose thresholds on
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        const QString &k = args[i];
        const QString &v = args[i + 1];
        if (k == QLatin1String("--pages"))
            pages = v.toInt();
        else if (k == QLatin1String("--bad-per-kind"))
            badPerKind = v.toInt();
        else if (k == QLatin1String("--tesseract-pages"))
            tesseractPages = v.toInt();
        else if (k == QLatin1String("--seed"))
            seed = v.toULongLong();
        else if (k == QLatin1String("--dir"))
            dirArg = v;
        else if (k == QLatin1String("--atlas"))
            atlasArg = v;
        else {
            std::fprintf(stderr,
                         "usage: bench_recognition [--pages N] [--bad-per-kind N] [--tesseract-pages N] "
                         "[--seed S] [--dir D] [--atlas PNG]\n");
            return 2;
        }
    }
    const Result<ElectionTemplate> election = ElectionTemplate::fromFile(Election::sampleTemplatePath());
    const Result<Catalog> catalog = Catalog::fromFile(Election::sampleCatalogPath());
    const Result<ElectionTemplate> other
        = ElectionTemplate::fromFile(QStringLiteral(ACTA_SOURCE_DIR "/tests/data/templates/valid-minimal.json"));
    const Result<GlyphAtlas> atlas = atlasArg.isEmpty() ? GlyphAtlas::embedded() : GlyphAtlas::load(atlasArg);
    if (!election || !catalog || !other || !atlas) {
        std::fprintf(stderr, "cannot load the sample election, the other form or the atlas\n");
        return 1;
    }
    QTemporaryDir temp(dirArg.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_recognition-XXXXXX")
                                        : dirArg + QStringLiteral("/bench_recognition-XXXXXX"));
    if (!temp.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder\n");
        return 1;
    }

    // 1. Pages, written to files as a scanner would (generation is not measured).
    const PageGenerator generator(*election, *atlas);
    std::vector<PageCase> cases;
    const auto addCase = [&](int index, PageDefects defects, int level) {
        PageCase c;
        c.bad = defects.bad;
        c.level = level;
        const quint64 s = seed * 7919ULL + quint64(index);
        const CasillaInfo &casilla = catalog->casillas().at(qsizetype(s % quint64(catalog->size())));
        c.acta = *ActaKey::make(casilla.key, election->actaType());
        c.defects = defects;
        c.path = temp.filePath(QStringLiteral("page-%1").arg(index, 5, 10, QLatin1Char('0')));
        cases.push_back(c);
    };
    int index = 0;
    for (int i = 0; i < pages; ++i, ++index) {
        // 10% clean, 30% mild, 30% moderate, 30% severe.
        const int level = i % 10 == 0 ? 0 : 1 + (i % 3);
        addCase(index, PageGenerator::randomDefects(DefectLevel(level), seed + quint64(index)), level);
    }
    const std::size_t goodCount = cases.size();
    for (int i = 0; i < fixedDpiPages; ++i, ++index) {
        PageDefects d = PageGenerator::randomDefects(DefectLevel::Moderate, seed + quint64(index));
        d.dpi = 200;
        addCase(index, d, 2);
    }
    const std::size_t timedEnd = cases.size();
    for (int kind = 1; kind <= int(PageDefects::Bad::OtherForm); ++kind)
        for (int i = 0; i < badPerKind; ++i, ++index)
            addCase(index, PageGenerator::badDefects(PageDefects::Bad(kind), seed + quint64(index)), -1);

    QElapsedTimer generation;
    generation.start();
    std::atomic<int> failures {0};
    QThreadPool::globalInstance()->setMaxThreadCount(2);
    QtConcurrent::blockingMap(cases, [&](PageCase &c) {
        const quint64 s = seed * 7919ULL + quint64(&c - cases.data());
        const CasillaInfo &casilla = catalog->casillas().at(qsizetype(s % quint64(catalog->size())));
        const Tally tally = generator.randomTally(s, c.defects.crossedOutRate, c.defects.emptyRate,
                                                  c.acta->actaType(), &casilla);
        Result<GeneratedPage> page = generator.generate(*c.acta, &casilla, tally, c.defects, s, &*other);
        if (!page) {
            ++failures;
            return;
        }
        c.path += page->format == QLatin1String("jpeg") ? QStringLiteral(".jpg") : QStringLiteral(".png");
        QFile f(c.path);
        if (!f.open(QIODevice::WriteOnly) || f.write(page->bytes) != page->bytes.size())
            ++failures;
        page->bytes.clear();
        c.page = *page;
    });
    if (failures > 0) {
        std::fprintf(stderr, "%d pages could not be generated\n", int(failures));
        return 1;
    }
    note(QStringLiteral("%1 good pages (10% clean, 30% each mild/moderate/severe), %2 more at exactly 200 dpi "
                        "(moderate), %3 bad pages (%4 of each of 8 kinds); generated from the held-out digits "
                        "in %5 s (not measured)")
             .arg(goodCount)
             .arg(fixedDpiPages)
             .arg(cases.size() - timedEnd)
             .arg(badPerKind)
             .arg(generation.elapsed() / 1000.0, 0, 'f', 0));

    // 2. Single-threaded, one processor: every page, with figures.
    Result<std::unique_ptr<PageProcessor>> made = PageProcessor::create(*election, &*catalog);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error()));
        return 1;
    }
    PageProcessor &processor = **made;
    processor.processFile(cases.front().path); // warm-up: the network allocates once

    long digitBoxes = 0, digitRight = 0, emptyBoxes = 0, emptyRight = 0, crossedBoxes = 0, crossedRight = 0;
    long fields = 0, fieldsRight = 0, high = 0, highRight = 0, changed = 0, changedRight = 0;
    long goodAccepted = 0, qrRight = 0, registered = 0, badRejected = 0, badRightReason = 0;
    long fieldsRightWithoutTotals = 0;
    std::vector<double> msAll, ms200;
    std::vector<std::pair<double, bool>> confidenceRight; // fields not changed by the total
    std::map<QString, double> stageMs;
    std::map<int, std::pair<int, int>> badByKind;
    long acceptedWithTimes = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const PageCase &c = cases[i];
        const PageReading r = processor.processFile(c.path);
        if (c.bad != PageDefects::Bad::None) {
            auto &k = badByKind[int(c.bad)];
            ++k.second;
            if (!r.accepted) {
                ++badRejected;
                ++k.first;
                if (r.problems.value(0).issue == expectedIssue(c.bad))
                    ++badRightReason;
            }
            continue;
        }
        if (i < goodCount)
            msAll.push_back(r.totalMs());
        else
            ms200.push_back(r.totalMs());
        if (!r.accepted) {
            note(QStringLiteral("good page refused: %1 (%2)")
                     .arg(QFileInfo(c.path).fileName(), r.problems.value(0).message));
            continue;
        }
        ++goodAccepted;
        ++registered;
        ++acceptedWithTimes;
        for (const StageTiming &t : r.timings)
            stageMs[t.stage] += t.ms;
        if (r.identitySource == PageReading::IdentitySource::QrCode && r.acta && *r.acta == *c.acta)
            ++qrRight;
        for (const FieldReading &f : r.fields) {
            const FieldValue truth = c.page->truth.value(f.fieldId);
            const QList<int> labels = c.page->boxLabels.value(f.fieldId);
            for (qsizetype b = 0; b < labels.size() && b < f.boxClasses.size(); ++b) {
                const int l = labels[b];
                const bool right = f.boxClasses[b] == l;
                if (l < 10) {
                    ++digitBoxes;
                    digitRight += right;
                } else if (l == BoxEmpty) {
                    ++emptyBoxes;
                    emptyRight += right;
                } else {
                    ++crossedBoxes;
                    crossedRight += right;
                }
            }
            ++fields;
            const bool right = f.value == truth;
            fieldsRight += right;
            if (f.highConfidence) {
                ++high;
                highRight += right;
            }
            if (!f.changedByTotal)
                confidenceRight.emplace_back(f.confidence, right);
            if (f.changedByTotal) {
                ++changed;
                changedRight += right;
                // Its top choice (the first alternative) is what it would have been without the total.
                fieldsRightWithoutTotals += !f.alternatives.isEmpty() && f.alternatives.first().value == truth;
            } else {
                fieldsRightWithoutTotals += right;
            }
        }
    }
    const std::size_t goodTotal = timedEnd;
    const long badTotal = long(cases.size() - timedEnd);

    note(QStringLiteral("single thread, one PageProcessor; every page read from its file"));
    figure("digit_accuracy", 100.0 * double(digitRight) / double(std::max(1L, digitBoxes)), "%");
    note(QStringLiteral("over %1 boxes holding a digit; empty boxes recognised %2% of %3, crossed-out %4% of %5")
             .arg(digitBoxes)
             .arg(100.0 * double(emptyRight) / double(std::max(1L, emptyBoxes)), 0, 'f', 2)
             .arg(emptyBoxes)
             .arg(100.0 * double(crossedRight) / double(std::max(1L, crossedBoxes)), 0, 'f', 2)
             .arg(crossedBoxes));
    figure("field_accuracy", 100.0 * double(fieldsRight) / double(std::max(1L, fields)), "%");
    figure("field_accuracy_without_total_constraint",
           100.0 * double(fieldsRightWithoutTotals) / double(std::max(1L, fields)), "%");
    figure("fields_changed_by_total", double(changed), "fields");
    figure("fields_changed_by_total_correct", 100.0 * double(changedRight) / double(std::max(1L, changed)), "%");
    figure("high_confidence_precision", 100.0 * double(highRight) / double(std::max(1L, high)), "%");
    figure("high_confidence_coverage", 100.0 * double(high) / double(std::max(1L, fields)), "%");
    note(QStringLiteral("%1 fields on %2 accepted good pages; %3 marked high-confidence, %4 of them wrong")
             .arg(fields)
             .arg(goodAccepted)
             .arg(high)
             .arg(high - highRight));
    {
        QStringList curve;
        for (double t : {0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999}) {
            long n = 0, ok = 0;
            for (const auto &[c, r] : confidenceRight)
                if (c >= t) {
                    ++n;
                    ok += r;
                }
            curve.append(QStringLiteral("%1: %2% right, %3% of fields")
                             .arg(t)
                             .arg(100.0 * double(ok) / double(std::max(1L, n)), 0, 'f', 2)
                             .arg(100.0 * double(n) / double(std::max(1L, fields)), 0, 'f', 1));
        }
        note(QStringLiteral("field confidence threshold -> precision, coverage: %1")
                 .arg(curve.join(QLatin1String("; "))));
    }
    figure("qr_read_rate", 100.0 * double(qrRight) / double(goodTotal), "%");
    figure("registration_success", 100.0 * double(registered) / double(goodTotal), "%");
    figure("bad_page_reject_rate", 100.0 * double(badRejected) / double(std::max(1L, badTotal)), "%");
    figure("bad_page_right_reason_rate", 100.0 * double(badRightReason) / double(std::max(1L, badTotal)), "%");
    static const char *const badNames[] = {"none",         "low_resolution", "blurred", "too_dark",  "too_bright",
                                           "low_contrast", "cut_off",        "blank",   "other_form"};
    QStringList perKind;
    for (const auto &[kind, counts] : badByKind)
        perKind.append(
            QStringLiteral("%1 %2/%3").arg(QLatin1String(badNames[kind])).arg(counts.first).arg(counts.second));
    note(QStringLiteral("rejected per kind: %1").arg(perKind.join(QLatin1String(", "))));
    figure("good_page_reject_rate", 100.0 * double(goodTotal - std::size_t(goodAccepted)) / double(goodTotal), "%");
    figure("ms_per_page", percentile(ms200, 0.5), "ms");
    figure(
        "ms_per_page_mean",
        [&] {
            double s = 0;
            for (double v : ms200)
                s += v;
            return s / double(std::max<std::size_t>(1, ms200.size()));
        }(),
        "ms");
    figure("ms_per_page_p95", percentile(ms200, 0.95), "ms");
    note(QStringLiteral("ms_per_page*: %1 letter pages at 200 dpi, load (file read + decode) to decoded fields")
             .arg(ms200.size()));
    figure("ms_per_page_mixed_dpi", percentile(msAll, 0.5), "ms");
    QStringList stages;
    for (const auto &[stage, ms] : stageMs)
        stages.append(QStringLiteral("%1 %2").arg(stage).arg(ms / double(std::max(1L, acceptedWithTimes)), 0, 'f', 1));
    note(QStringLiteral("mean ms per stage on accepted pages: %1").arg(stages.join(QLatin1String(", "))));
    {
        QFile list(temp.filePath(QStringLiteral("pages.txt")));
        if (list.open(QIODevice::WriteOnly)) {
            for (const PageCase &c : cases)
                list.write(c.path.toUtf8() + '\n');
            list.close();
        }
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--rss-child"), list.fileName()});
        child.waitForFinished(-1);
        const long peakKiB = child.readAllStandardOutput().trimmed().toLong();
        figure("peak_rss_mb", double(peakKiB) / 1024.0, "MB");
        note(QStringLiteral("VmHWM of a fresh process running one PageProcessor over all %1 pages (good and bad)")
                 .arg(cases.size()));
    }

    // 3. Two threads, one processor each.
    {
        std::vector<QString> paths;
        for (std::size_t i = 0; i < goodTotal; ++i)
            paths.push_back(cases[i].path);
        std::atomic<std::size_t> next {0};
        std::vector<std::unique_ptr<PageProcessor>> workers;
        for (int t = 0; t < 2; ++t) {
            Result<std::unique_ptr<PageProcessor>> worker = PageProcessor::create(*election, &*catalog);
            workers.push_back(std::move(*worker));
        }
        for (auto &w : workers)
            w->processFile(paths.front());
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        for (int t = 0; t < 2; ++t)
            threads.emplace_back([&, t] {
                for (std::size_t i = next++; i < paths.size(); i = next++)
                    workers[std::size_t(t)]->processFile(paths[i]);
            });
        for (std::thread &th : threads)
            th.join();
        figure("pages_per_second_2_threads", double(paths.size()) / (double(wall.nsecsElapsed()) / 1e9), "pages/s");
        note(QStringLiteral("all %1 good pages, two threads with a PageProcessor each").arg(paths.size()));
    }

    // 4. Tesseract on the same pages: whole page (what "tesseract page.png" does), and digit by digit.
    Result<TesseractReader> tesseract = TesseractReader::create(QStringLiteral("spa"));
    if (!tesseract) {
        std::fprintf(stderr, "%s\n", qPrintable(tesseract.error()));
        return 1;
    }
    std::vector<double> tesseractMs;
    long tDigits = 0, tRight = 0;
    const BoxCropper cropper(*election);
    for (int i = 0; i < tesseractPages && std::size_t(i) < ms200.size(); ++i) {
        const PageCase &c = cases[goodCount + std::size_t(i)];
        QElapsedTimer t;
        t.start();
        const ImageLoader::Outcome loaded = ImageLoader().loadFile(c.path);
        if (!loaded.image)
            continue;
        tesseract->readPage(loaded.image->gray);
        tesseractMs.push_back(double(t.nsecsElapsed()) / 1e6);
        Alignment a;
        if (!processor.boxCrops(loaded.image->gray, &a))
            continue;
        std::size_t b = 0;
        for (const TemplateField &f : election->allFields())
            for (int label : c.page->boxLabels.value(f.id)) {
                const QRectF box = cropper.boxesMm()[b++].adjusted(1.6, 1.6, -1.6, -1.6); // inside the border
                if (label >= 10)
                    continue;
                const cv::Mat upright = FormAligner::warpRegion(loaded.image->gray, a.mmToImage, box, 12.0);
                ++tDigits;
                tRight += tesseract->readDigit(upright) == label;
            }
    }
    const double tMs = percentile(tesseractMs, 0.5);
    figure("tesseract_ms_per_page", tMs, "ms");
    figure("tesseract_speed_ratio", tMs / std::max(0.001, percentile(ms200, 0.5)), "x");
    figure("tesseract_digit_accuracy", 100.0 * double(tRight) / double(std::max(1L, tDigits)), "%");
    note(QStringLiteral("Tesseract 5 (spa, LSTM): whole page in automatic segmentation on %1 of the 200 dpi pages "
                        "(load + decode + recognise, median); digits one box at a time (mode 10, whitelist 0-9, "
                        "box interior at 12 px/mm) on the same pages: %2 boxes")
             .arg(tesseractMs.size())
             .arg(tDigits));
    return 0;
}
