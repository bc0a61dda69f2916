#include "TesseractReader.h"

#include "RecognitionLog.h"

#include <QRegularExpression>

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace acta {

TesseractReader::~TesseractReader()
{
    if (m_api)
        m_api->End();
}

TesseractReader::TesseractReader(TesseractReader &&) noexcept = default;
TesseractReader &TesseractReader::operator=(TesseractReader &&) noexcept = default;

Result<TesseractReader> TesseractReader::create(const QString &language)
{
    TesseractReader reader;
    reader.m_api = std::make_unique<tesseract::TessBaseAPI>();
    // nullptr: Debian's tessdata folder. LSTM only: the legacy engine is not in Debian's data.
    if (reader.m_api->Init(nullptr, language.toLatin1().constData(), tesseract::OEM_LSTM_ONLY) != 0) {
        reader.m_api.reset();
        return fail(
            ErrorCode::Unavailable,
            tr("Tesseract could not start with the language \"%1\" (is tesseract-ocr-%1 installed?).").arg(language));
    }
    reader.m_api->SetVariable("debug_file", "/dev/null");
    return reader;
}

QString TesseractReader::run(const cv::Mat &gray, int mode, const char *whitelist)
{
    if (!m_api || gray.empty() || gray.type() != CV_8UC1)
        return {};
    m_api->SetPageSegMode(tesseract::PageSegMode(mode));
    m_api->SetVariable("tessedit_char_whitelist", whitelist ? whitelist : "");
    m_api->SetImage(gray.data, gray.cols, gray.rows, 1, int(gray.step));
    m_api->SetSourceResolution(300);
    std::unique_ptr<char[]> text(m_api->GetUTF8Text());
    m_api->Clear();
    return text ? QString::fromUtf8(text.get()) : QString();
}

QString TesseractReader::readBlock(const cv::Mat &gray)
{
    return run(gray, tesseract::PSM_SINGLE_BLOCK, nullptr);
}

QString TesseractReader::readPage(const cv::Mat &gray)
{
    return run(gray, tesseract::PSM_AUTO, nullptr);
}

int TesseractReader::readDigit(const cv::Mat &gray)
{
    const QString text = run(gray, tesseract::PSM_SINGLE_CHAR, "0123456789").trimmed();
    return text.size() == 1 && text.at(0).isDigit() ? text.at(0).digitValue() : -1;
}

Result<ActaKey> TesseractReader::readActaKey(const cv::Mat &header)
{
    if (!m_api || header.empty() || header.type() != CV_8UC1)
        return fail(ErrorCode::InvalidInput, tr("The printed header could not be read."));
    m_api->SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
    m_api->SetVariable("tessedit_char_whitelist", "");
    m_api->SetImage(header.data, header.cols, header.rows, 1, int(header.step));
    m_api->SetSourceResolution(300);
    cv::Rect keyArea;
    QString blockText;
    if (m_api->Recognize(nullptr) == 0) {
        std::unique_ptr<char[]> all(m_api->GetUTF8Text());
        blockText = all ? QString::fromUtf8(all.get()) : QString();
        std::unique_ptr<tesseract::ResultIterator> it(m_api->GetIterator());
        bool afterLabel = false;
        if (it) {
            do {
                std::unique_ptr<char[]> word(it->GetUTF8Text(tesseract::RIL_WORD));
                const QString w = word ? QString::fromUtf8(word.get()) : QString();
                int l = 0, t = 0, r = 0, b = 0;
                it->BoundingBox(tesseract::RIL_WORD, &l, &t, &r, &b);
                if (afterLabel) {
                    // Everything right of "acta:" on its line.
                    keyArea = cv::Rect(l, t, header.cols - l, b - t);
                    break;
                }
                if (w.startsWith(QLatin1String("acta"), Qt::CaseInsensitive) && w.endsWith(u':'))
                    afterLabel = true;
            } while (it->Next(tesseract::RIL_WORD));
        }
    }
    m_api->Clear();
    if (!keyArea.empty()) {
        const int pad = std::max(4, keyArea.height / 3);
        const cv::Rect area
            = cv::Rect(keyArea.x - pad, keyArea.y - pad, keyArea.width + 2 * pad, keyArea.height + 2 * pad)
            & cv::Rect(0, 0, header.cols, header.rows);
        const cv::Mat line = header(area).clone();
        const QString key = run(line, tesseract::PSM_SINGLE_LINE, "0123456789BCESV");
        Result<ActaKey> parsed = ActaKey::parse(QString(key).remove(u' ').trimmed());
        if (parsed)
            return parsed;
        qCDebug(lcRecognition) << "Key line read as" << key;
    }
    return actaFromHeader(blockText);
}

Result<ActaKey> TesseractReader::actaFromHeader(const QString &text)
{
    static const QRegularExpression line(QStringLiteral("Clave\\s+del\\s+acta\\s*[:;.]?\\s*([0-9A-Za-z ]{13,20})"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = line.match(text);
    if (!m.hasMatch())
        return fail(ErrorCode::InvalidInput, tr("The printed header has no readable \"Clave del acta\" line."));
    QString clave = m.captured(1);
    clave.remove(u' ');
    clave = clave.left(ActaKey::Length);
    // Printed digits misread as letters, everywhere but the casilla type (the 7th character).
    for (qsizetype i = 0; i < clave.size(); ++i) {
        if (i == 6)
            continue;
        const QChar c = clave.at(i);
        if (c == u'O' || c == u'o')
            clave[i] = u'0';
        else if (c == u'I' || c == u'l')
            clave[i] = u'1';
    }
    return ActaKey::parse(clave);
}

} // namespace acta
