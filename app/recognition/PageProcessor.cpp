#include "PageProcessor.h"

#include "FieldDecoder.h"
#include "FormRenderer.h"
#include "PrepRules.h"
#include "QrCode.h"
#include "QrPayload.h"
#include "RecognitionLog.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QHash>
#include <QImage>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace acta {

namespace {

constexpr double QrPxPerMm = 6.0;
constexpr double HeaderPxPerMm = 12.0; // about 300 dpi, what Tesseract reads best

// Stage timer: adds the time since the last mark to the reading.
class Stopwatch
{
public:
    explicit Stopwatch(PageReading &reading)
        : m_reading(reading)
    {
        m_timer.start();
    }
    void mark(const char *stage)
    {
        const qint64 now = m_timer.nsecsElapsed();
        m_reading.timings.append({QString::fromLatin1(stage), double(now - m_last) / 1e6});
        m_last = now;
    }

private:
    PageReading &m_reading;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

// The blank form for feature matching: any casilla, rendered at a modest resolution.
cv::Mat renderReference(const ElectionTemplate &election)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    Result<CasillaKey> casilla = CasillaKey::make(1, 1, CasillaType::Basica, 1, 0);
    if (!casilla)
        return {};
    Result<ActaKey> acta = ActaKey::make(*casilla, election.actaType());
    if (!acta)
        return {};
    Result<QImage> image = FormRenderer(election, *acta).renderImage(100);
    if (!image)
        return {};
    const QImage gray = image->convertToFormat(QImage::Format_Grayscale8);
    return cv::Mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                   std::size_t(gray.bytesPerLine()))
        .clone();
}

QRectF fieldArea(const ElectionTemplate &election)
{
    QRectF area;
    for (const TemplateField &field : election.allFields())
        for (int i = 0; i < field.digits; ++i)
            area = area.united(election.boxRectMm(field, i));
    return area.adjusted(-2, -2, 2, 2);
}

} // namespace

quint64 perceptualHash(const cv::Mat &gray)
{
    cv::Mat small, f, d;
    cv::resize(gray, small, cv::Size(32, 32), 0, 0, cv::INTER_AREA);
    small.convertTo(f, CV_32F);
    cv::dct(f, d);
    std::vector<float> coefficients;
    for (int y = 0; y < 8; ++y)
        for (int x = 0; x < 8; ++x)
            coefficients.push_back(d.at<float>(y, x));
    std::vector<float> sorted(coefficients.begin() + 1, coefficients.end());
    std::nth_element(sorted.begin(), sorted.begin() + long(sorted.size() / 2), sorted.end());
    const float median = sorted[sorted.size() / 2];
    quint64 hash = 0;
    for (std::size_t i = 0; i < 64; ++i)
        if (coefficients[i] > median)
            hash |= quint64(1) << i;
    return hash;
}

PageProcessor::PageProcessor(const ElectionTemplate &election, const Catalog *catalog, const ProcessorOptions &options,
                             const cv::Mat &reference, DigitClassifier classifier)
    : m_election(election)
    , m_catalog(catalog)
    , m_options(options)
    , m_loader(options.maxPixels)
    , m_aligner(election, reference)
    , m_cropper(election)
    , m_classifier(std::move(classifier))
{ }

Result<std::unique_ptr<PageProcessor>> PageProcessor::create(const ElectionTemplate &election, const Catalog *catalog,
                                                             const ProcessorOptions &options)
{
    Result<DigitClassifier> classifier = DigitClassifier::load(options.model);
    if (!classifier)
        return classifier.takeError();
    const cv::Mat reference = renderReference(election);
    if (reference.empty())
        qCInfo(lcRecognition) << "No reference form for feature matching: markers only";
    return std::unique_ptr<PageProcessor>(
        new PageProcessor(election, catalog, options, reference, std::move(*classifier)));
}

PageReading PageProcessor::processFile(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    ImageLoader::Outcome loaded = m_loader.loadFile(path);
    return process(std::move(loaded), path, timer.nsecsElapsed());
}

QByteArray PageProcessor::normalizedPng(const QByteArray &bytes) const
{
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
        const cv::Mat gray = cv::imdecode(raw, cv::IMREAD_GRAYSCALE);
        if (gray.empty())
            return {};
        const FormAligner::Outcome outcome = m_aligner.align(gray);
        if (!outcome.alignment)
            return {};
        const FormLayout &layout = m_election.layout();
        const cv::Mat page
            = FormAligner::warpRegion(gray, outcome.alignment->mmToImage,
                                      QRectF(0, 0, layout.pageWidthMm, layout.pageHeightMm), NormalizedPxPerMm);
        if (page.empty())
            return {};
        const QImage image(page.data, page.cols, page.rows, int(page.step), QImage::Format_Grayscale8);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    } catch (const cv::Exception &e) {
        qCWarning(lcRecognition) << "could not normalize the page:" << e.what();
        return {};
    }
}

PageReading PageProcessor::processBytes(const QByteArray &bytes, const QString &name)
{
    QElapsedTimer timer;
    timer.start();
    ImageLoader::Outcome loaded = m_loader.loadBytes(bytes, name);
    return process(std::move(loaded), name, timer.nsecsElapsed());
}

bool PageProcessor::checkLevels(const cv::Mat &gray, PageReading &reading) const
{
    const PageLevels levels = FormAligner::measureLevels(gray);
    const auto refuse = [&reading](PageIssue issue, const QString &detail) {
        reading.problems.append(PageProblem::make(issue, detail));
    };
    if (levels.inkShare < 0.002 && levels.paper - levels.ink < 60 && m_aligner.countMarkers(gray) < 2) {
        refuse(PageIssue::BlankPage, tr("nothing is printed or written on it."));
        return false;
    }
    if (levels.paper < 110)
        refuse(PageIssue::TooDark, tr("the paper reads as grey level %1 of 255.").arg(qRound(levels.paper)));
    else if (levels.ink > 150)
        refuse(PageIssue::TooBright, tr("the darkest ink reads as grey level %1 of 255.").arg(qRound(levels.ink)));
    else if (levels.paper - levels.ink < 90)
        refuse(PageIssue::LowContrast,
               tr("ink and paper differ by only %1 grey levels of 255.").arg(qRound(levels.paper - levels.ink)));
    const FormLayout &layout = m_election.layout();
    const double sizeDpi = std::max(gray.cols / layout.pageWidthMm, gray.rows / layout.pageHeightMm) * 25.4;
    if (sizeDpi < 0.75 * m_options.minDpi)
        refuse(PageIssue::LowResolution,
               tr("about %1 dpi; at least %2 dpi are needed.").arg(qRound(sizeDpi)).arg(qRound(m_options.minDpi)));
    return reading.problems.isEmpty();
}

PageReading PageProcessor::process(ImageLoader::Outcome loaded, const QString &name, qint64 loadNs)
{
    PageReading reading;
    reading.source = name;
    reading.sha256 = loaded.sha256;
    reading.timings.append({QStringLiteral("load"), double(loadNs) / 1e6});
    if (loaded.failure) {
        reading.problems.append(PageProblem::make(loaded.failure->issue, loaded.failure->message));
        return reading;
    }
    const cv::Mat gray = loaded.image->gray;
    reading.format = loaded.image->format;
    reading.imageSize = QSize(gray.cols, gray.rows);
    Stopwatch watch(reading);
    try {
        const bool levelsOk = checkLevels(gray, reading);
        watch.mark("quality");
        if (!levelsOk)
            return reading;

        const FormAligner::Outcome aligned = m_aligner.align(gray);
        watch.mark("registration");
        if (aligned.alignment) {
            reading.registration = aligned.alignment->method;
            reading.registrationScore = aligned.alignment->score;
            reading.turnedUpsideDown = aligned.alignment->upsideDown;
            reading.dpi = aligned.alignment->pxPerMm * 25.4;
        }
        // Blur washes out the thin box borders first: a blurred sheet must not read as another form.
        const std::optional<double> blur = aligned.alignment && aligned.alignment->markersFound == 4
            ? std::optional<double>(m_aligner.edgeBlurMm(gray, *aligned.alignment))
            : std::nullopt;
        if (blur && *blur > m_options.maxBlurMm)
            reading.problems.append(
                PageProblem::make(PageIssue::Blurred,
                                  tr("printed edges are spread over %1 mm; at most %2 mm is readable.")
                                      .arg(*blur, 0, 'f', 2)
                                      .arg(m_options.maxBlurMm, 0, 'f', 2)));
        if (aligned.problem && reading.problems.isEmpty())
            reading.problems.append(*aligned.problem);
        if (!reading.problems.isEmpty())
            return reading;
        const Alignment &alignment = *aligned.alignment;
        if (reading.dpi < m_options.minDpi)
            reading.problems.append(PageProblem::make(PageIssue::LowResolution,
                                                      tr("about %1 dpi; at least %2 dpi are needed.")
                                                          .arg(qRound(reading.dpi))
                                                          .arg(qRound(m_options.minDpi))));
        if (!blur) {
            const double spread = m_aligner.edgeBlurMm(gray, alignment);
            if (spread > m_options.maxBlurMm)
                reading.problems.append(
                    PageProblem::make(PageIssue::Blurred,
                                      tr("printed edges are spread over %1 mm; at most %2 mm is readable.")
                                          .arg(spread, 0, 'f', 2)
                                          .arg(m_options.maxBlurMm, 0, 'f', 2)));
        }
        watch.mark("sharpness");
        if (!reading.problems.isEmpty())
            return reading;

        readIdentity(gray, alignment, reading);
        watch.mark("identity");
        if (!reading.problems.isEmpty())
            return reading;

        reading.perceptualHash = perceptualHash(
            FormAligner::warpRegion(gray, alignment.mmToImage, fieldArea(m_election), 1.0, cv::INTER_AREA));
        watch.mark("hash");
        recognise(gray, alignment, reading);
        watch.mark("recognition");
    } catch (const cv::Exception &e) {
        qCWarning(lcRecognition) << "Processing" << name << "failed:" << e.what();
        reading.problems.append(PageProblem::make(
            PageIssue::Unreadable, tr("the image could not be processed: %1").arg(QString::fromStdString(e.msg))));
        return reading;
    }
    reading.accepted = reading.problems.isEmpty();
    return reading;
}

void PageProcessor::readIdentity(const cv::Mat &gray, const Alignment &alignment, PageReading &reading)
{
    const FormLayout &layout = m_election.layout();
    std::optional<QrIdentity> identity;
    QString qrProblem;
    for (double pxPerMm : {QrPxPerMm, 10.0}) {
        const cv::Mat qr
            = FormAligner::warpRegion(gray, alignment.mmToImage, layout.qrMm.adjusted(-2, -2, 2, 2), pxPerMm);
        const QImage view(qr.data, qr.cols, qr.rows, int(qr.step), QImage::Format_Grayscale8);
        Result<QStringList> texts = QrCode::decode(view);
        if (!texts)
            continue;
        for (const QString &text : std::as_const(*texts)) {
            Result<QrIdentity> parsed = parseQrPayload(text);
            if (parsed) {
                identity = *parsed;
                break;
            }
            qrProblem = parsed.error();
        }
        if (identity)
            break;
    }
    if (identity) {
        reading.identitySource = PageReading::IdentitySource::QrCode;
        reading.templateId = identity->templateId;
        reading.templateVersion = identity->templateVersion;
        reading.drillSheet = identity->drill;
        if (identity->templateId != m_election.id() || identity->templateVersion != m_election.version()) {
            reading.problems.append(PageProblem::make(PageIssue::WrongForm,
                                                      tr("its QR code is for template %1 version %2; this station "
                                                         "captures template %3 version %4.")
                                                          .arg(identity->templateId)
                                                          .arg(identity->templateVersion)
                                                          .arg(m_election.id())
                                                          .arg(m_election.version())));
            return;
        }
        reading.acta = identity->acta;
    } else if (m_options.headerFallback && !m_tesseractFailed) {
        if (!m_tesseract) {
            Result<TesseractReader> created = TesseractReader::create();
            if (created)
                m_tesseract.emplace(std::move(*created));
            else
                m_tesseractFailed = true;
        }
        if (m_tesseract) {
            const cv::Mat header
                = FormAligner::warpRegion(gray, alignment.mmToImage, layout.headerMm, HeaderPxPerMm, cv::INTER_AREA);
            Result<ActaKey> key = m_tesseract->readActaKey(header);
            if (key) {
                reading.identitySource = PageReading::IdentitySource::PrintedHeader;
                reading.acta = *key;
                reading.identityNote = tr("The QR code could not be read; the key was read from the printed header. "
                                          "Check it against the sheet.");
            }
        }
    }
    if (!reading.acta) {
        reading.identityNote = qrProblem.isEmpty()
            ? tr("Neither the QR code nor the printed header could be read: type the acta's key.")
            : tr("The QR code is not an acta's (%1): type the acta's key.").arg(qrProblem);
        return;
    }
    if (!m_election.actaTypesFor(reading.acta->casilla().type()).contains(reading.acta->actaType())) {
        reading.problems.append(PageProblem::make(PageIssue::WrongForm,
                                                  tr("the acta %1 is of type %2; this template captures type %3.")
                                                      .arg(reading.acta->toString())
                                                      .arg(reading.acta->actaType())
                                                      .arg(m_election.actaType())));
        return;
    }
    if (m_catalog) {
        reading.inCatalog = m_catalog->contains(reading.acta->casilla().toString());
        if (!reading.inCatalog)
            reading.identityNote = tr("The casilla %1 is not in the catalog: the acta is fuera de catálogo.")
                                       .arg(reading.acta->casilla().toString());
    }
}

void PageProcessor::recognise(const cv::Mat &gray, const Alignment &alignment, PageReading &reading)
{
    const std::vector<cv::Mat> crops = m_cropper.crops(gray, alignment.mmToImage);
    Result<std::vector<BoxProbabilities>> probabilities = m_classifier.classify(crops);
    if (!probabilities) {
        reading.problems.append(PageProblem::make(PageIssue::Unreadable, probabilities.error()));
        return;
    }
    const QList<TemplateField> fields = m_election.allFields();
    std::vector<std::vector<FieldCandidate>> candidates;
    std::vector<QList<int>> boxClasses;
    std::size_t box = 0;
    for (const TemplateField &field : fields) {
        std::vector<BoxProbabilities> boxes(probabilities->begin() + long(box),
                                            probabilities->begin() + long(box) + field.digits);
        box += std::size_t(field.digits);
        candidates.push_back(FieldDecoder::decode(boxes));
        QList<int> classes;
        for (const BoxProbabilities &b : boxes)
            classes.append(int(std::max_element(b.begin(), b.end()) - b.begin()));
        boxClasses.push_back(classes);
    }
    std::vector<std::size_t> chosen(fields.size(), 0);

    // A party, coalition or independent that does not run in the acta's district has no box to
    // read: it is left out of the reading and of the sum against the written total.
    ActaFacts facts;
    if (reading.acta) {
        facts.actaType = reading.acta->actaType();
        facts.casilla = m_catalog ? m_catalog->find(reading.acta->casilla()) : nullptr;
    }
    std::vector<bool> onBallot(fields.size(), true);
    for (qsizetype i = 0; i < fields.size(); ++i)
        onBallot[std::size_t(i)]
            = !isVoteKind(fields[i].kind) || !facts.casilla || PrepRules::onBallot(m_election, fields[i], facts);

    // The written total against the vote fields.
    std::vector<std::size_t> voteIndex;
    std::optional<std::size_t> totalIndex;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!onBallot[std::size_t(i)])
            continue;
        if (isVoteKind(fields[i].kind))
            voteIndex.push_back(std::size_t(i));
        else if (fields[i].kind == FieldKind::TotalAsentado)
            totalIndex = std::size_t(i);
    }
    if (totalIndex && m_options.constrainedDecoding) {
        std::vector<std::vector<FieldCandidate>> votes;
        for (std::size_t i : voteIndex)
            votes.push_back(candidates[i]);
        if (std::optional<FieldDecoder::Joint> joint = FieldDecoder::constrain(votes, candidates[*totalIndex])) {
            for (std::size_t v = 0; v < voteIndex.size(); ++v)
                chosen[voteIndex[v]] = joint->votes[v];
            chosen[*totalIndex] = joint->total;
        }
    }
    QHash<std::size_t, qsizetype> readingIndex; // field -> its place in reading.fields
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!onBallot[std::size_t(i)])
            continue;
        readingIndex.insert(std::size_t(i), reading.fields.size());
        const std::vector<FieldCandidate> &c = candidates[std::size_t(i)];
        const std::size_t pick = chosen[std::size_t(i)];
        FieldReading f;
        f.fieldId = fields[i].id;
        f.value = c[pick].value;
        f.confidence = c[pick].probability;
        f.changedByTotal = pick != 0;
        f.boxClasses = boxClasses[std::size_t(i)];
        // A reading chosen against the classifier's first choice always goes to the clerk's eye.
        f.highConfidence = !f.changedByTotal && f.confidence >= m_options.highConfidence;
        for (std::size_t j = 0; j < c.size() && f.alternatives.size() < 3; ++j)
            if (j != pick)
                f.alternatives.append({c[j].value, c[j].probability});
        reading.fields.append(f);
    }
    if (totalIndex) {
        const FieldValue total = reading.fields[readingIndex.value(*totalIndex)].value;
        reading.totalRead = total.isNumber();
        qint64 sum = 0;
        bool allNumbers = true;
        for (std::size_t i : voteIndex) {
            const FieldValue &v = reading.fields[readingIndex.value(i)].value;
            sum += v.countedValue();
            allNumbers = allNumbers && v.isNumber();
        }
        reading.totalConsistent = reading.totalRead && allNumbers && sum == total.number();
    }
}

std::optional<std::vector<cv::Mat>> PageProcessor::boxCrops(const cv::Mat &gray, Alignment *alignment) const
{
    const FormAligner::Outcome aligned = m_aligner.align(gray);
    if (!aligned.alignment || aligned.problem)
        return std::nullopt;
    if (alignment)
        *alignment = *aligned.alignment;
    return m_cropper.crops(gray, aligned.alignment->mmToImage);
}

} // namespace acta
