#include "IntakeWorker.h"

#include "GuiLog.h"
#include "PageProcessor.h"

#include <QFile>
#include <QFileInfo>

namespace acta::gui {

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
        page.normalized = m_processor->normalizedPng(page.original);
    return page;
}

} // namespace acta::gui
