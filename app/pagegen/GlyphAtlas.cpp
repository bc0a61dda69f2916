#include "GlyphAtlas.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/imgcodecs.hpp>

namespace acta {

Result<GlyphAtlas> GlyphAtlas::load(const QString &pngPath)
{
    QFile png(pngPath);
    QString jsonPath = pngPath;
    jsonPath.replace(QLatin1String(".png"), QLatin1String(".json"));
    QFile json(jsonPath);
    if (!png.open(QIODevice::ReadOnly) || !json.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot open the digit atlas %1 and %2.").arg(pngPath, jsonPath));
    const QByteArray pngBytes = png.readAll();
    QJsonParseError error;
    const QJsonObject meta = QJsonDocument::fromJson(json.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError
        || meta.value(QStringLiteral("format")).toString() != QLatin1String("actacapture.glyphs/1"))
        return fail(ErrorCode::InvalidInput,
                    tr("The digit atlas description %1 is not an actacapture.glyphs/1 file.").arg(jsonPath));
    GlyphAtlas atlas;
    try {
        atlas.m_image = cv::imdecode(cv::Mat(1, int(pngBytes.size()), CV_8UC1, const_cast<char *>(pngBytes.data())),
                                     cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception &) {
        atlas.m_image.release();
    }
    if (atlas.m_image.empty())
        return fail(ErrorCode::InvalidInput, tr("The digit atlas %1 is not a readable PNG image.").arg(pngPath));
    const int columns = meta.value(QStringLiteral("columns")).toInt();
    if (meta.value(QStringLiteral("cell")).toInt() != Cell || columns <= 0)
        return fail(ErrorCode::InvalidInput,
                    tr("The digit atlas %1 does not use %2-pixel cells.").arg(jsonPath).arg(Cell));
    for (const QJsonValue &v : meta.value(QStringLiteral("classes")).toArray()) {
        const QJsonObject c = v.toObject();
        const int digit = c.value(QStringLiteral("digit")).toInt(-1);
        const int firstRow = c.value(QStringLiteral("first_row")).toInt(-1);
        const int count = c.value(QStringLiteral("count")).toInt(-1);
        if (digit < 0 || digit > 9 || firstRow < 0 || count <= 0)
            return fail(ErrorCode::InvalidInput, tr("The digit atlas %1 has a malformed class entry.").arg(jsonPath));
        for (int i = 0; i < count; ++i) {
            const cv::Rect r((i % columns) * Cell, (firstRow + i / columns) * Cell, Cell, Cell);
            if (r.br().x > atlas.m_image.cols || r.br().y > atlas.m_image.rows)
                return fail(ErrorCode::InvalidInput,
                            tr("The digit atlas %1 is smaller than its description says.").arg(pngPath));
            atlas.m_cells[std::size_t(digit)].push_back(r);
        }
    }
    for (int d = 0; d < 10; ++d)
        if (atlas.m_cells[std::size_t(d)].empty())
            return fail(ErrorCode::InvalidInput,
                        tr("The digit atlas %1 has no sample of the digit %2.").arg(pngPath).arg(d));
    return atlas;
}

cv::Mat GlyphAtlas::glyph(int digit, int index) const
{
    const std::vector<cv::Rect> &cells = m_cells[std::size_t(digit)];
    return m_image(cells[std::size_t(index) % cells.size()]);
}

} // namespace acta
