#pragma once

#include "ActaPage.h"
#include "Catalog.h"
#include "ElectionTemplate.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace acta {
class PageProcessor;
}

namespace acta::gui {

// Runs the page pipeline on scanned files, one after the other, in the thread it lives in
// (the intake view moves it to its worker thread). It owns its PageProcessor, made on the
// first file: one processor per thread.
class IntakeWorker : public QObject
{
    Q_OBJECT

public:
    IntakeWorker(const ElectionTemplate &election, const Catalog &catalog);
    ~IntakeWorker() override;

    // Thread-safe: the current batch stops after the page being processed.
    void cancel() { m_cancel = true; }
    // Thread-safe: called before a batch is queued, so a cancel right after it counts.
    void arm() { m_cancel = false; }

    // Processes the files; emits pageDone for each, then batchFinished.
    void process(const QStringList &files);

Q_SIGNALS:
    void pageDone(int index, const acta::gui::ProcessedPage &page);
    void batchFinished(bool cancelled);

private:
    ProcessedPage processOne(const QString &path);

    ElectionTemplate m_election;
    Catalog m_catalog;
    std::unique_ptr<PageProcessor> m_processor;
    std::atomic<bool> m_cancel = false;
};

} // namespace acta::gui
