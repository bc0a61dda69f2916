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
// PNG and JPEG, that the file is complete. A TIFF's size is read by libtiff, the library that
// decodes it, on every page, with its strips or tiles (the decoder's working buffer) held to
// the same limit; a directory that names a tag twice is refused, since readers disagree on
// which value counts, and so are uncompressed strips holding more than the declared size. After
// decoding, an image whose size is not the one declared is refused.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    // A letter page at 600 dpi is 33.7 megapixels; phone photos are 12-50.
    static constexpr qint64 DefaultMaxPixels = 60'000'000;
    static constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;
    // A scan is one page; a TIFF with more is refused rather than walked without end.
    static constexpr int MaxTiffPages = 64;

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

    // The width and height the file's header declares, without decoding the pixels (for a TIFF,
    // of its first page, the one decoded). format is set to "png", "jpeg" or "tiff"; an error
    // (InvalidInput) says what the bytes are instead, or what is wrong with the header.
    static Result<QSize> peekSize(const QByteArray &bytes, QString *format);

private:
    qint64 m_maxPixels;
};

} // namespace acta
