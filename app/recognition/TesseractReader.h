#pragma once

#include "ActaKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/core.hpp>

#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace acta {

// Tesseract for printed text (the acta's header) and, for comparison only, for single digits.
// Not thread-safe: one instance per thread.
class TesseractReader
{
    Q_DECLARE_TR_FUNCTIONS(TesseractReader)

public:
    ~TesseractReader();
    TesseractReader(TesseractReader &&) noexcept;
    TesseractReader &operator=(TesseractReader &&) noexcept;

    // language: Tesseract's code, "spa" or "eng" (Debian's tesseract-ocr-spa / -eng).
    static Result<TesseractReader> create(const QString &language = QStringLiteral("spa"));

    // A block of printed text (page segmentation mode 6); gray 8-bit, ideally about 300 dpi.
    QString readBlock(const cv::Mat &gray);
    // A whole page, automatic segmentation (mode 3): what "tesseract page.png" would do.
    QString readPage(const cv::Mat &gray);
    // One handwritten digit in a box (mode 10, whitelist 0-9); -1 when nothing was read.
    int readDigit(const cv::Mat &gray);

    // The CLAVE_ACTA printed in the header ("Clave del acta: 210101B010002"): the line is found
    // in the block, then the key alone is read again with only the characters a key may have.
    Result<ActaKey> readActaKey(const cv::Mat &header);
    // The key in already recognised header text.
    static Result<ActaKey> actaFromHeader(const QString &text);

private:
    TesseractReader() = default;
    QString run(const cv::Mat &gray, int mode, const char *whitelist);
    std::unique_ptr<tesseract::TessBaseAPI> m_api;
};

} // namespace acta
