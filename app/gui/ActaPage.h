#pragma once

#include "ElectionTemplate.h"
#include "PageReading.h"

#include <QByteArray>
#include <QImage>
#include <QMetaType>
#include <QRectF>

namespace acta::gui {

// One scanned file after the page pipeline, as the intake view receives it.
struct ProcessedPage
{
    QString path;
    PageReading reading;
    QByteArray original; // the file's bytes (empty when it could not be read)
    QByteArray normalized; // PNG of the registered page; empty when the page was not registered
};

// Where a field's boxes are on the normalized page, with a little margin, in pixels.
QRectF fieldRegionPx(const ElectionTemplate &election, const TemplateField &field);
// The zoomed crop of a field's boxes from the normalized page; null when there is no page.
QImage fieldCrop(const QImage &normalized, const ElectionTemplate &election, const TemplateField &field);

} // namespace acta::gui

Q_DECLARE_METATYPE(acta::gui::ProcessedPage)
