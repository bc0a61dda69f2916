#pragma once

#include "BoxCropper.h"
#include "Catalog.h"
#include "DigitClassifier.h"
#include "ElectionTemplate.h"
#include "FormAligner.h"
#include "ImageLoader.h"
#include "PageReading.h"
#include "Result.h"
#include "TesseractReader.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace acta {

struct ProcessorOptions
{
    qint64 maxPixels = ImageLoader::DefaultMaxPixels;
    double minDpi = 140; // box borders and digits stay legible down to about here
    double maxBlurMm = 0.3; // edge spread of the printed markers
    // Field confidence marked high: chosen on pages of validation digits (docs/benchmarks.md).
    double highConfidence = 0.99;
    bool headerFallback = true; // Tesseract reads the printed header when the QR cannot be read
    bool constrainedDecoding = true;
    QString model = DigitClassifier::embeddedModel();
};

// The page pipeline, one call per page: load, quality gate, registration, identity, hashes,
// box classification and decoding. Nothing a page contains stops it: every outcome is a
// PageReading. Not thread-safe (it owns the network and Tesseract): one per thread.
class PageProcessor
{
    Q_DECLARE_TR_FUNCTIONS(PageProcessor)

public:
    // catalog may be null (identity then cannot be checked). Needs a QGuiApplication for the
    // feature-matching reference (the rendered blank form); without one, markers only.
    static Result<std::unique_ptr<PageProcessor>> create(const ElectionTemplate &election, const Catalog *catalog,
                                                         const ProcessorOptions &options = {});

    PageReading processFile(const QString &path);
    PageReading processBytes(const QByteArray &bytes, const QString &name);

    // The whole form of an accepted page, registered and upright at NormalizedPxPerMm, as PNG: what
    // the clerks look at. Empty when the page does not register.
    QByteArray normalizedPng(const QByteArray &bytes) const;

    // For training data and benchmarks: the registered box crops of an image, or nothing.
    std::optional<std::vector<cv::Mat>> boxCrops(const cv::Mat &gray, Alignment *alignment = nullptr) const;
    const FormAligner &aligner() const { return m_aligner; }
    const ElectionTemplate &election() const { return m_election; }

private:
    PageProcessor(const ElectionTemplate &election, const Catalog *catalog, const ProcessorOptions &options,
                  const cv::Mat &reference, DigitClassifier classifier);
    PageReading process(ImageLoader::Outcome loaded, const QString &name, qint64 loadNs);
    bool checkLevels(const cv::Mat &gray, PageReading &reading) const;
    void readIdentity(const cv::Mat &gray, const Alignment &alignment, PageReading &reading);
    void recognise(const cv::Mat &gray, const Alignment &alignment, PageReading &reading);

    ElectionTemplate m_election;
    const Catalog *m_catalog;
    ProcessorOptions m_options;
    ImageLoader m_loader;
    FormAligner m_aligner;
    BoxCropper m_cropper;
    DigitClassifier m_classifier;
    std::optional<TesseractReader> m_tesseract; // started on the first unreadable QR code
    bool m_tesseractFailed = false;
};

// 64-bit DCT hash of an image (8-bit grey): near-identical images have near-identical hashes.
quint64 perceptualHash(const cv::Mat &gray);

} // namespace acta
