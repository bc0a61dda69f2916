#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>

#include <vector>

namespace acta {

// A QR symbol as a square grid of modules, without its quiet zone.
struct QrMatrix
{
    int size = 0; // modules per side
    std::vector<bool> modules; // row-major, true = dark

    bool dark(int x, int y) const { return modules[std::size_t(y) * std::size_t(size) + std::size_t(x)]; }
};

// The OpenCV boundary for QR codes: nothing outside this file sees cv:: types or exceptions.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    // Encodes the text (UTF-8 bytes) with error-correction level M, which recovers about
    // 15% of damaged modules: enough for a smudged or folded sheet while keeping the
    // modules large enough for a 200 dpi scan.
    static Result<QrMatrix> encode(const QString &text);

    // Every QR code found in the image (WeChatQRCode, no model files); empty when none.
    static Result<QStringList> decode(const QImage &image);
};

} // namespace acta
