#pragma once

#include <QStringList>

namespace acta::cli {

// process: the page pipeline on scanned files or folders; one result per page.
int processPages(const QStringList &args);
// generate-pages: filled, aged acta pages with their ground truth, for drills and tests.
int generatePages(const QStringList &args);

} // namespace acta::cli
