#include "IntakeWorker.h"

#include "FormAligner.h"
#include "GuiLog.h"
#include "PageProcessor.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>

#include <opencv2/imgcodecs.hpp>

namespace acta::gui {

namespace {

// The whole form, registered and upright, as PNG: what the clerks look at.
QByteArray normalizedPage(const PageProcessor &processor, const QByteArray &bytes)
{
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8U, const_cast<char *>(bytes.constData()));
        const cv::Mat gray = cv::imdecode(raw, cv::IMREAD_GRAYSCALE);
        if (gray.empty())
            return {};
        const FormAligner::Outcome outcome = processor.aligner().align(gray);
        if (!outcome.alignment)
            return {};
        const FormLayout &layout = processor.election().layout();
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
        qCWarning(lcGui) << "could not normalize the page:" << e.what();
        return {};
    }
}

} // namespace

IntakeWorker::IntakeWorker(const ElectionTemplate &election, const Catalog &catalog)
    : m_election(election)
    , m_catalog(catalog)
{ }

IntakeWorker::~IntakeWorker() = default;

void IntakeWorker::process(const QStringList &files)
{
    for (int i = 0; i < files.size(); ++i) {
        if (m_cancel) {
            Q_EMIT batchFinished(true);
            return;
        }
        Q_EMIT pageDone(i, processOne(files.at(i)));
    }
    Q_EMIT batchFinished(false);
}

ProcessedPage IntakeWorker::processOne(const QString &path)
{
    ProcessedPage page;
    page.path = path;
    if (!m_processor) {
        Result<std::unique_ptr<PageProcessor>> created = PageProcessor::create(m_election, &m_catalog);
        if (!created) {
            page.reading.source = QFileInfo(path).fileName();
            page.reading.problems.append(PageProblem::make(PageIssue::Unreadable, created.error()));
            return page;
        }
        m_processor = std::move(created).value();
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.size() <= ImageLoader::MaxFileBytes)
        page.original = file.readAll();
    page.reading = m_processor->processBytes(page.original, QFileInfo(path).fileName());
    if (page.reading.accepted)
        page.normalized = normalizedPage(*m_processor, page.original);
    return page;
}

} // namespace acta::gui
