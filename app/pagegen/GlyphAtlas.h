#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <array>
#include <vector>

namespace acta {

// Handwritten digits for generated pages: 28 x 28 cells, white ink on black (MNIST polarity),
// as written by tools/digits/make_split.py. The embedded atlas holds only the held-out (test)
// split, so pages made from it never show a digit the classifier was trained on.
class GlyphAtlas
{
    Q_DECLARE_TR_FUNCTIONS(GlyphAtlas)

public:
    static constexpr int Cell = 28;
    static QString embeddedPath() { return QStringLiteral(":/digits/heldout.png"); }

    // The PNG and its sidecar JSON (same name, .json).
    static Result<GlyphAtlas> load(const QString &pngPath);
    static Result<GlyphAtlas> embedded() { return load(embeddedPath()); }

    int count(int digit) const { return int(m_cells[std::size_t(digit)].size()); }
    // Alpha 0..255 of one handwritten digit (a view into the atlas, do not modify).
    cv::Mat glyph(int digit, int index) const;

private:
    cv::Mat m_image;
    std::array<std::vector<cv::Rect>, 10> m_cells;
};

} // namespace acta
