#include "ActaPage.h"

namespace acta::gui {

QRectF fieldRegionPx(const ElectionTemplate &election, const TemplateField &field)
{
    QRectF mm;
    for (int i = 0; i < field.digits; ++i)
        mm = mm.united(election.boxRectMm(field, i));
    mm.adjust(-1.5, -1.5, 1.5, 1.5);
    return QRectF(mm.topLeft() * NormalizedPxPerMm, mm.size() * NormalizedPxPerMm);
}

QImage fieldCrop(const QImage &normalized, const ElectionTemplate &election, const TemplateField &field)
{
    if (normalized.isNull())
        return {};
    const QRect region = fieldRegionPx(election, field).toAlignedRect().intersected(normalized.rect());
    if (region.isEmpty())
        return {};
    return normalized.copy(region);
}

} // namespace acta::gui
