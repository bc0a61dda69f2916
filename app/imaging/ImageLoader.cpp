#include "ImageLoader.h"

#include "ImagingLog.h"
#include "Sha256.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <climits>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#include <memory>
#include <tiffio.h>
#include <vector>

namespace acta {

namespace {

quint32 be32(const QByteArray &b, qsizetype at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8)
        | quint32(uchar(b[at + 3]));
}

quint16 be16(const QByteArray &b, qsizetype at)
{
    return quint16((uchar(b[at]) << 8) | uchar(b[at + 1]));
}

quint32 tiff32(const QByteArray &b, qsizetype at, bool little)
{
    if (!little)
        return be32(b, at);
    return quint32(uchar(b[at])) | (quint32(uchar(b[at + 1])) << 8) | (quint32(uchar(b[at + 2])) << 16)
        | (quint32(uchar(b[at + 3])) << 24);
}

quint16 tiff16(const QByteArray &b, qsizetype at, bool little)
{
    return little ? quint16(uchar(b[at]) | (uchar(b[at + 1]) << 8)) : be16(b, at);
}

// What a file that is not an image we read probably is, for a message the operator understands.
QString guessKind(const QByteArray &b)
{
    if (b.startsWith("%PDF"))
        return ImageLoader::tr("a PDF document");
    if (b.startsWith("GIF8"))
        return ImageLoader::tr("a GIF image");
    if (b.startsWith("BM"))
        return ImageLoader::tr("a BMP image");
    if (b.startsWith("PK\x03\x04"))
        return ImageLoader::tr("a ZIP archive or office document");
    if (b.size() >= 12 && b.startsWith("RIFF") && b.mid(8, 4) == "WEBP")
        return ImageLoader::tr("a WebP image");
    if (b.isEmpty())
        return ImageLoader::tr("an empty file");
    return ImageLoader::tr("not an image");
}

Result<QSize> peekPng(const QByteArray &b)
{
    if (b.size() < 33 || b.mid(12, 4) != "IHDR")
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the PNG header is incomplete"));
    return QSize(int(std::min<quint32>(be32(b, 16), INT_MAX)), int(std::min<quint32>(be32(b, 20), INT_MAX)));
}

Result<QSize> peekJpeg(const QByteArray &b)
{
    qsizetype at = 2;
    while (at + 4 <= b.size()) {
        if (uchar(b[at]) != 0xFF)
            return fail(ErrorCode::InvalidInput, ImageLoader::tr("the JPEG structure is damaged at byte %1").arg(at));
        const uchar marker = uchar(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        const quint16 length = be16(b, at + 2);
        const bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (at + 9 > b.size())
                break;
            return QSize(be16(b, at + 7), be16(b, at + 5));
        }
        if (marker == 0xDA || marker == 0xD9)
            break; // scan data before any frame header
        at += 2 + length;
    }
    return fail(ErrorCode::InvalidInput, ImageLoader::tr("the JPEG file has no frame header"));
}

int clampToInt(quint32 value)
{
    return int(std::min<quint32>(value, INT_MAX));
}

qint64 area(QSize size)
{
    return qint64(size.width()) * qint64(size.height());
}

// What a file declares about its pixels, as the decoder will see it.
struct Declared
{
    QSize size; // of the image that is decoded: a TIFF's first page
    QSize largest; // the largest page of a TIFF; size otherwise
    int largestPage = 1;
    QSize chunk; // the largest strip or tile a TIFF is decoded through; empty otherwise
};

QString tiffTagLabel(quint16 tag)
{
    static constexpr std::pair<quint16, const char *> names[]
        = {{256, "ImageWidth"},   {257, "ImageLength"},     {258, "BitsPerSample"}, {259, "Compression"},
           {262, "Photometric"},  {273, "StripOffsets"},    {274, "Orientation"},   {277, "SamplesPerPixel"},
           {278, "RowsPerStrip"}, {279, "StripByteCounts"}, {284, "PlanarConfig"},  {322, "TileWidth"},
           {323, "TileLength"},   {324, "TileOffsets"},     {325, "TileByteCounts"}};
    for (const auto &[number, name] : names) {
        if (number == tag)
            return QStringLiteral("%1 (%2)").arg(tag).arg(QLatin1String(name));
    }
    return QString::number(tag);
}

// Walks the chain of image directories of a classic TIFF: each lies in the file and names each
// tag once (libtiff keeps the first of two ImageWidth tags where other readers keep the last, so
// a forged file shows each reader another size), and the chain ends.
Status checkTiffDirectories(const QByteArray &b, bool little)
{
    std::vector<quint32> visited;
    quint32 ifd = tiff32(b, 4, little);
    if (ifd == 0)
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF directory lies outside the file"));
    while (ifd != 0) {
        if (std::find(visited.begin(), visited.end(), ifd) != visited.end())
            return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF directories form a loop"));
        visited.push_back(ifd);
        const int page = int(visited.size());
        if (page > ImageLoader::MaxTiffPages)
            return fail(ErrorCode::InvalidInput,
                        ImageLoader::tr("the TIFF file has more than %1 pages").arg(ImageLoader::MaxTiffPages));
        if (qsizetype(ifd) + 2 > b.size())
            return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF directory lies outside the file"));
        const quint16 count = tiff16(b, ifd, little);
        const qsizetype entries = qsizetype(ifd) + 2;
        if (entries + qsizetype(count) * 12 > b.size())
            return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF directory is truncated"));
        std::vector<quint16> tags(count);
        for (quint16 i = 0; i < count; ++i)
            tags[i] = tiff16(b, entries + qsizetype(i) * 12, little);
        std::sort(tags.begin(), tags.end());
        const auto twice = std::adjacent_find(tags.begin(), tags.end());
        if (twice != tags.end()) {
            return fail(ErrorCode::InvalidInput,
                        ImageLoader::tr("page %1 of the TIFF file declares tag %2 more than once (a forged header: "
                                        "readers disagree on which value counts)")
                            .arg(page)
                            .arg(tiffTagLabel(*twice)));
        }
        const qsizetype next = entries + qsizetype(count) * 12;
        ifd = next + 4 <= b.size() ? tiff32(b, next, little) : 0; // libtiff reads a missing link as the end
    }
    return {};
}

// libtiff reads the bytes in place.
struct TiffSource
{
    const QByteArray &bytes;
    quint64 pos = 0;
    QByteArray firstError;
};

tmsize_t tiffRead(thandle_t handle, void *buffer, tmsize_t n)
{
    auto *source = static_cast<TiffSource *>(handle);
    const quint64 size = quint64(source->bytes.size());
    if (n <= 0 || source->pos >= size)
        return 0;
    const quint64 take = std::min<quint64>(quint64(n), size - source->pos);
    std::memcpy(buffer, source->bytes.constData() + source->pos, size_t(take));
    source->pos += take;
    return tmsize_t(take);
}

tmsize_t tiffWrite(thandle_t, void *, tmsize_t)
{
    return 0;
}

toff_t tiffSeek(thandle_t handle, toff_t offset, int whence)
{
    auto *source = static_cast<TiffSource *>(handle);
    constexpr toff_t failed = toff_t(-1);
    if (whence == SEEK_SET) {
        if (offset > quint64(LLONG_MAX))
            return failed;
        source->pos = offset;
        return source->pos;
    }
    const qint64 base = whence == SEEK_CUR ? qint64(source->pos) : qint64(source->bytes.size());
    const qint64 delta = qint64(offset); // a negative step arrives as its two's complement
    if ((delta > 0 && base > LLONG_MAX - delta) || base + delta < 0)
        return failed;
    source->pos = quint64(base + delta);
    return source->pos;
}

int tiffClose(thandle_t)
{
    return 0;
}

toff_t tiffSize(thandle_t handle)
{
    return toff_t(static_cast<TiffSource *>(handle)->bytes.size());
}

int tiffMap(thandle_t, void **, toff_t *)
{
    return 0;
}

void tiffUnmap(thandle_t, void *, toff_t)
{ }

int tiffError(TIFF *, void *user, const char *module, const char *format, va_list args)
{
    auto *source = static_cast<TiffSource *>(user);
    if (source->firstError.isEmpty()) {
        char text[512];
        std::vsnprintf(text, sizeof text, format, args);
        source->firstError = QByteArray(module ? module : "libtiff") + ": " + text;
    }
    return 1; // handled: nothing reaches the process-wide handler
}

int tiffWarning(TIFF *, void *, const char *, const char *, va_list)
{
    return 1;
}

// Every page's size, samples and strips or tiles, read by libtiff: the library OpenCV decodes
// TIFF with, so the size checked is the size decoded.
Result<Declared> readTiffPages(const QByteArray &b)
{
    TiffSource source {b, 0, {}};
    const std::unique_ptr<TIFFOpenOptions, void (*)(TIFFOpenOptions *)> options(TIFFOpenOptionsAlloc(),
                                                                                TIFFOpenOptionsFree);
    if (options) {
        TIFFOpenOptionsSetMaxSingleMemAlloc(options.get(), 64 * 1024 * 1024); // directories, not pixels
        TIFFOpenOptionsSetErrorHandlerExtR(options.get(), tiffError, &source);
        TIFFOpenOptionsSetWarningHandlerExtR(options.get(), tiffWarning, &source);
    }
    // "m": no memory mapping, the reads above serve every request; "c": strips as the file
    // declares them, not cut into smaller ones (which would drop bytes past the declared size).
    const std::unique_ptr<TIFF, void (*)(TIFF *)> tif(TIFFClientOpenExt("scan", "rmc", &source, tiffRead, tiffWrite,
                                                                        tiffSeek, tiffClose, tiffSize, tiffMap,
                                                                        tiffUnmap, options.get()),
                                                      TIFFClose);
    if (!tif) {
        qCWarning(lcImaging) << "libtiff cannot read the TIFF header:" << source.firstError;
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF structure is damaged and cannot be read"));
    }
    Declared declared;
    int page = 0;
    do {
        ++page;
        uint32_t width = 0;
        uint32_t height = 0;
        if (!TIFFGetField(tif.get(), TIFFTAG_IMAGEWIDTH, &width)
            || !TIFFGetField(tif.get(), TIFFTAG_IMAGELENGTH, &height))
            return fail(ErrorCode::InvalidInput,
                        ImageLoader::tr("page %1 of the TIFF file does not declare its size").arg(page));
        uint16_t samples = 1;
        uint16_t bits = 1;
        TIFFGetFieldDefaulted(tif.get(), TIFFTAG_SAMPLESPERPIXEL, &samples);
        TIFFGetFieldDefaulted(tif.get(), TIFFTAG_BITSPERSAMPLE, &bits);
        if (samples < 1 || samples > 4 || bits < 1 || bits > 16) {
            return fail(ErrorCode::InvalidInput,
                        ImageLoader::tr("page %1 of the TIFF file has %2 samples of %3 bits per pixel; a scanned page "
                                        "has at most 4 samples of 16 bits")
                            .arg(page)
                            .arg(samples)
                            .arg(bits));
        }
        QSize chunk;
        if (TIFFIsTiled(tif.get())) {
            uint32_t tileWidth = 0;
            uint32_t tileLength = 0;
            TIFFGetField(tif.get(), TIFFTAG_TILEWIDTH, &tileWidth);
            TIFFGetField(tif.get(), TIFFTAG_TILELENGTH, &tileLength);
            chunk = QSize(clampToInt(tileWidth), clampToInt(tileLength));
        } else {
            // OpenCV 4.6 reads no more rows at once than the image has, whatever RowsPerStrip says.
            uint32_t rows = 0;
            TIFFGetFieldDefaulted(tif.get(), TIFFTAG_ROWSPERSTRIP, &rows);
            chunk = QSize(clampToInt(width), clampToInt(rows == 0 ? height : std::min(rows, height)));
        }
        // Uncompressed strips or tiles hold exactly what the declared size needs; more is the data
        // of a larger image behind a smaller header.
        uint16_t compression = COMPRESSION_NONE;
        TIFFGetFieldDefaulted(tif.get(), TIFFTAG_COMPRESSION, &compression);
        if (compression == COMPRESSION_NONE) {
            const bool tiled = TIFFIsTiled(tif.get());
            const uint32_t pieces = tiled ? TIFFNumberOfTiles(tif.get()) : TIFFNumberOfStrips(tif.get());
            const uint64_t needed = tiled ? TIFFTileSize64(tif.get()) : TIFFStripSize64(tif.get());
            for (uint32_t i = 0; i < pieces; ++i) {
                const uint64_t held = TIFFGetStrileByteCount(tif.get(), i);
                if (held > needed) {
                    return fail(ErrorCode::InvalidInput,
                                ImageLoader::tr("page %1 of the TIFF file stores %2 bytes of uncompressed pixels where "
                                                "its declared size needs %3 (a forged header)")
                                    .arg(page)
                                    .arg(quint64(held))
                                    .arg(quint64(needed)));
                }
            }
        }
        const QSize size(clampToInt(width), clampToInt(height));
        if (page == 1) {
            declared.size = size;
            declared.largest = size;
        } else if (area(size) > area(declared.largest)) {
            declared.largest = size;
            declared.largestPage = page;
        }
        if (area(chunk) > area(declared.chunk))
            declared.chunk = chunk;
    } while (page < ImageLoader::MaxTiffPages && TIFFReadDirectory(tif.get()));
    if (!source.firstError.isEmpty())
        qCWarning(lcImaging) << "libtiff stopped after page" << page << "of a TIFF:" << source.firstError;
    return declared;
}

Result<Declared> peekTiff(const QByteArray &b)
{
    if (b.size() < 8)
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF header is incomplete"));
    const Status directories = checkTiffDirectories(b, b.startsWith("II"));
    if (!directories)
        return directories.takeError();
    return readTiffPages(b);
}

Result<Declared> declaredOnly(const Result<QSize> &size)
{
    if (!size)
        return size.takeError();
    return Declared {*size, *size, 1, QSize()};
}

// The signature decides the format; the header, what the decoder will be asked to build.
Result<Declared> declare(const QByteArray &bytes, QString *format)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        *format = QStringLiteral("png");
        return declaredOnly(peekPng(bytes));
    }
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        *format = QStringLiteral("jpeg");
        return declaredOnly(peekJpeg(bytes));
    }
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4))) {
        *format = QStringLiteral("tiff");
        return peekTiff(bytes);
    }
    return fail(ErrorCode::InvalidInput,
                ImageLoader::tr("it is %1, not a PNG, JPEG or TIFF image").arg(guessKind(bytes)));
}

// A complete PNG ends with its IEND chunk, a complete JPEG with the end-of-image marker.
// Decoders paint the missing part of a truncated file grey and carry on; we refuse it.
bool looksComplete(const QByteArray &b, const QString &format)
{
    const QByteArray tail = b.right(64);
    if (format == QLatin1String("png"))
        return tail.contains("IEND");
    if (format == QLatin1String("jpeg"))
        return tail.contains("\xFF\xD9");
    return true;
}

} // namespace

Result<QSize> ImageLoader::peekSize(const QByteArray &bytes, QString *format)
{
    const Result<Declared> declared = declare(bytes, format);
    if (!declared)
        return declared.takeError();
    return declared->size;
}

ImageLoader::Outcome ImageLoader::loadFile(const QString &path) const
{
    Outcome outcome;
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.failure = LoadFailure {PageIssue::Unreadable, tr("Cannot open %1: %2").arg(path, file.errorString())};
        return outcome;
    }
    if (file.size() > MaxFileBytes) {
        outcome.failure = LoadFailure {PageIssue::TooLarge,
                                       tr("%1 is %2 MB; the limit for a scanned page is %3 MB.")
                                           .arg(name)
                                           .arg(file.size() / (1024 * 1024))
                                           .arg(MaxFileBytes / (1024 * 1024))};
        return outcome;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        outcome.failure = LoadFailure {PageIssue::Unreadable, tr("Cannot read %1: %2").arg(path, file.errorString())};
        return outcome;
    }
    return loadBytes(bytes, name);
}

ImageLoader::Outcome ImageLoader::loadBytes(const QByteArray &bytes, const QString &name) const
{
    Outcome outcome;
    outcome.sha256 = sha256Hex(bytes);
    QString format;
    const Result<Declared> declared = declare(bytes, &format);
    if (!declared) {
        outcome.failure = LoadFailure {PageIssue::Unreadable, tr("%1: %2.").arg(name, declared.error())};
        return outcome;
    }
    const QSize size = declared->size;
    const qint64 pixels = area(size);
    if (size.width() <= 0 || size.height() <= 0) {
        outcome.failure = LoadFailure {PageIssue::Unreadable, tr("%1: the image declares no pixels.").arg(name)};
        return outcome;
    }
    if (pixels > m_maxPixels) {
        outcome.failure = LoadFailure {
            PageIssue::TooLarge,
            tr("%1 declares %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.")
                .arg(name)
                .arg(size.width())
                .arg(size.height())
                .arg(double(pixels) / 1e6, 0, 'f', 1)
                .arg(double(m_maxPixels) / 1e6, 0, 'f', 0)};
        return outcome;
    }
    // Only a TIFF's first page is decoded; a later page over the limit still marks a forged file.
    if (area(declared->largest) > m_maxPixels) {
        outcome.failure = LoadFailure {
            PageIssue::TooLarge,
            tr("%1: page %2 declares %3 x %4 pixels (%5 megapixels); the limit is %6 megapixels. It was not decoded.")
                .arg(name)
                .arg(declared->largestPage)
                .arg(declared->largest.width())
                .arg(declared->largest.height())
                .arg(double(area(declared->largest)) / 1e6, 0, 'f', 1)
                .arg(double(m_maxPixels) / 1e6, 0, 'f', 0)};
        return outcome;
    }
    // The decoder allocates one tile at a time (four bytes a pixel), as large as declared: a
    // 64 x 64 image may declare 4096 x 4096 tiles.
    if (area(declared->chunk) > m_maxPixels) {
        outcome.failure = LoadFailure {
            PageIssue::TooLarge,
            tr("%1: the TIFF data is stored in strips or tiles of %2 x %3 pixels (%4 megapixels); the limit is %5 "
               "megapixels. It was not decoded.")
                .arg(name)
                .arg(declared->chunk.width())
                .arg(declared->chunk.height())
                .arg(double(area(declared->chunk)) / 1e6, 0, 'f', 1)
                .arg(double(m_maxPixels) / 1e6, 0, 'f', 0)};
        return outcome;
    }
    if (!looksComplete(bytes, format)) {
        outcome.failure = LoadFailure {
            PageIssue::Unreadable,
            tr("%1: the %2 file is incomplete (truncated during copy or transfer?).").arg(name, format.toUpper())};
        return outcome;
    }
    cv::Mat gray;
    try {
        const cv::Mat raw(1, int(bytes.size()), CV_8UC1, const_cast<char *>(bytes.constData()));
        gray = cv::imdecode(raw, cv::IMREAD_GRAYSCALE);
    } catch (const cv::Exception &e) {
        qCWarning(lcImaging) << "Decoding" << name << "failed:" << e.what();
        gray.release();
    }
    if (gray.empty()) {
        outcome.failure = LoadFailure {
            PageIssue::Unreadable, tr("%1: the %2 data is damaged and cannot be decoded.").arg(name, format.toUpper())};
        return outcome;
    }
    // Whatever route a lying header found past the checks above, the image it produced is not
    // used. An orientation tag (EXIF, TIFF) turns the declared size on its side.
    const QSize decoded(gray.cols, gray.rows);
    if (decoded != size && decoded != size.transposed()) {
        qCWarning(lcImaging) << "Decoded" << name << "is" << decoded << "but declared" << size;
        outcome.failure = LoadFailure {
            area(decoded) > m_maxPixels ? PageIssue::TooLarge : PageIssue::Unreadable,
            tr("%1: the %2 file declares %3 x %4 pixels but decodes to %5 x %6 (a forged or damaged header). It "
               "was refused.")
                .arg(name, format.toUpper())
                .arg(size.width())
                .arg(size.height())
                .arg(decoded.width())
                .arg(decoded.height())};
        return outcome;
    }
    if (gray.depth() != CV_8U)
        gray.convertTo(gray, CV_8U, 1.0 / 256);
    outcome.image = LoadedImage {gray, format, outcome.sha256};
    return outcome;
}

} // namespace acta
