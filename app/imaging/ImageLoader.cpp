#include "ImageLoader.h"

#include "ImagingLog.h"
#include "Sha256.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>

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

Result<QSize> peekTiff(const QByteArray &b)
{
    const bool little = b.startsWith("II");
    if (b.size() < 8)
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF header is incomplete"));
    const quint32 ifd = tiff32(b, 4, little);
    if (qsizetype(ifd) + 2 > b.size())
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF directory lies outside the file"));
    const quint16 count = tiff16(b, ifd, little);
    qint64 width = -1;
    qint64 height = -1;
    for (quint16 i = 0; i < count; ++i) {
        const qsizetype e = qsizetype(ifd) + 2 + qsizetype(i) * 12;
        if (e + 12 > b.size())
            return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF directory is truncated"));
        const quint16 tag = tiff16(b, e, little);
        const quint16 type = tiff16(b, e + 2, little);
        const quint32 value = type == 3 ? tiff16(b, e + 8, little) : tiff32(b, e + 8, little);
        if (tag == 256)
            width = value;
        else if (tag == 257)
            height = value;
    }
    if (width <= 0 || height <= 0)
        return fail(ErrorCode::InvalidInput, ImageLoader::tr("the TIFF file does not declare its size"));
    return QSize(int(std::min<qint64>(width, INT_MAX)), int(std::min<qint64>(height, INT_MAX)));
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
    if (bytes.startsWith("\x89PNG\r\n\x1a\n")) {
        *format = QStringLiteral("png");
        return peekPng(bytes);
    }
    if (bytes.startsWith("\xFF\xD8\xFF")) {
        *format = QStringLiteral("jpeg");
        return peekJpeg(bytes);
    }
    if (bytes.startsWith(QByteArray("II*\0", 4)) || bytes.startsWith(QByteArray("MM\0*", 4))) {
        *format = QStringLiteral("tiff");
        return peekTiff(bytes);
    }
    return fail(ErrorCode::InvalidInput, tr("it is %1, not a PNG, JPEG or TIFF image").arg(guessKind(bytes)));
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
    const Result<QSize> size = peekSize(bytes, &format);
    if (!size) {
        outcome.failure = LoadFailure {PageIssue::Unreadable, tr("%1: %2.").arg(name, size.error())};
        return outcome;
    }
    const qint64 pixels = qint64(size->width()) * qint64(size->height());
    if (size->width() <= 0 || size->height() <= 0) {
        outcome.failure = LoadFailure {PageIssue::Unreadable, tr("%1: the image declares no pixels.").arg(name)};
        return outcome;
    }
    if (pixels > m_maxPixels) {
        outcome.failure = LoadFailure {
            PageIssue::TooLarge,
            tr("%1 declares %2 x %3 pixels (%4 megapixels); the limit is %5 megapixels. It was not decoded.")
                .arg(name)
                .arg(size->width())
                .arg(size->height())
                .arg(double(pixels) / 1e6, 0, 'f', 1)
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
    if (gray.depth() != CV_8U)
        gray.convertTo(gray, CV_8U, 1.0 / 256);
    outcome.image = LoadedImage {gray, format, outcome.sha256};
    return outcome;
}

} // namespace acta
