#include "QrCode.h"

#include "ImagingLog.h"

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>
#include <opencv2/wechat_qrcode.hpp>

#include <algorithm>

namespace acta {

Result<QrMatrix> QrCode::encode(const QString &text)
{
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Cannot encode an empty QR code."));
    cv::Mat symbol;
    try {
        cv::QRCodeEncoder::Params params;
        params.correction_level = cv::QRCodeEncoder::CORRECT_LEVEL_M;
        cv::Ptr<cv::QRCodeEncoder> encoder = cv::QRCodeEncoder::create(params);
        encoder->encode(text.toUtf8().toStdString(), symbol);
    } catch (const cv::Exception &e) {
        qCWarning(lcImaging) << "QR encoding failed:" << e.what();
        return fail(ErrorCode::InvalidInput, tr("Could not encode the QR code: %1").arg(QString::fromStdString(e.msg)));
    }
    if (symbol.empty() || symbol.type() != CV_8UC1 || symbol.rows != symbol.cols)
        return fail(ErrorCode::Internal, tr("Could not encode the QR code: the encoder returned no symbol."));

    // OpenCV pads the symbol with its own white border; keep just the modules (the finder
    // patterns sit in three corners, so the dark pixels' bounding box is the symbol).
    int top = symbol.rows, left = symbol.cols, bottom = -1, right = -1;
    for (int y = 0; y < symbol.rows; ++y) {
        const uchar *row = symbol.ptr<uchar>(y);
        for (int x = 0; x < symbol.cols; ++x) {
            if (row[x] < 128) {
                top = std::min(top, y);
                bottom = std::max(bottom, y);
                left = std::min(left, x);
                right = std::max(right, x);
            }
        }
    }
    if (bottom < 0 || bottom - top != right - left)
        return fail(ErrorCode::Internal, tr("Could not encode the QR code: the encoder returned a malformed symbol."));

    QrMatrix matrix;
    matrix.size = bottom - top + 1;
    matrix.modules.resize(std::size_t(matrix.size) * std::size_t(matrix.size));
    for (int y = 0; y < matrix.size; ++y) {
        const uchar *row = symbol.ptr<uchar>(top + y);
        for (int x = 0; x < matrix.size; ++x)
            matrix.modules[std::size_t(y) * std::size_t(matrix.size) + std::size_t(x)] = row[left + x] < 128;
    }
    return matrix;
}

Result<QStringList> QrCode::decode(const QImage &image)
{
    if (image.isNull())
        return fail(ErrorCode::InvalidInput, tr("Cannot look for QR codes in an empty image."));
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    // A header over the QImage's pixels (no copy); gray outlives the Mat.
    const cv::Mat mat(gray.height(), gray.width(), CV_8UC1, const_cast<uchar *>(gray.constBits()),
                      std::size_t(gray.bytesPerLine()));
    QStringList found;
    try {
        cv::wechat_qrcode::WeChatQRCode reader;
        const std::vector<std::string> texts = reader.detectAndDecode(mat);
        for (const std::string &t : texts)
            found.append(QString::fromUtf8(t.data(), qsizetype(t.size())));
    } catch (const cv::Exception &e) {
        qCWarning(lcImaging) << "QR decoding failed:" << e.what();
        return fail(ErrorCode::InvalidInput,
                    tr("Could not read QR codes from the image: %1").arg(QString::fromStdString(e.msg)));
    }
    return found;
}

} // namespace acta
