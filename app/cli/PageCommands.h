#pragma once

#include <QStringList>

namespace acta::cli {

// The files named, folders replaced by the PNG, JPEG and TIFF files in them (by name).
QStringList scannedFiles(const QStringList &paths);
// process: the page pipeline on scanned files or folders; one result per page.
int processPages(const QStringList &args);
// generate-pages: filled, aged acta pages with their ground truth, for drills and tests.
int generatePages(const QStringList &args);

} // namespace acta::cli
