#pragma once

#include "PageReading.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <opencv2/core.hpp>

#include <optional>

namespace acta {

// A scanned page as the pipeline works on it: 8-bit grayscale, plus what the file said.
struct LoadedImage
{
    cv::Mat gray; // CV_8UC1
    QString format; // "png", "jpeg", "tiff"
    QString sha256; // hex, of the file's bytes exactly as received
};

struct LoadFailure
{
    PageIssue issue = PageIssue::Unreadable;
    QString message; // translated, names the file
};

// Reads PNG, JPEG and TIFF files. Everything is checked before the image is decoded whole:
// the file's signature, its declared size against a pixel limit (a 40,000 x 40,000 PNG is
// 1.6 gigapixels: refused from its 33-byte header, not after allocating gigabytes) and, for
// PNG and JPEG, that the file is complete.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    // A letter page at 600 dpi is 33.7 megapixels; phone photos are 12-50.
    static constexpr qint64 DefaultMaxPixels = 60'000'000;
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

    explicit ImageLoader(qint64 maxPixels = DefaultMaxPixels)
        : m_maxPixels(maxPixels)
    { }

    struct Outcome
    {
        std::optional<LoadedImage> image;
        std::optional<LoadFailure> failure;
        QString sha256; // known whenever the file could be read, even if it is refused
    };

    Outcome loadFile(const QString &path) const;
    Outcome loadBytes(const QByteArray &bytes, const QString &name) const;

    // The width and height the file's header declares, without decoding the pixels.
    // format is set to "png", "jpeg" or "tiff"; an error says what the bytes are instead.
    static Result<QSize> peekSize(const QByteArray &bytes, QString *format);

private:
    qint64 m_maxPixels;
};

} // namespace acta
