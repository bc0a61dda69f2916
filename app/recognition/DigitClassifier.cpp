#include "DigitClassifier.h"

#include "BoxCropper.h"
#include "RecognitionLog.h"

#include <QFile>

#include <cmath>

namespace acta {

Result<DigitClassifier> DigitClassifier::load(const QString &onnxPath)
{
    QFile file(onnxPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot open the digit model %1: %2").arg(onnxPath, file.errorString()));
    const QByteArray bytes = file.readAll();
    DigitClassifier classifier;
    try {
        classifier.m_net = cv::dnn::readNetFromONNX(bytes.constData(), std::size_t(bytes.size()));
        classifier.m_net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
        classifier.m_net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    } catch (const cv::Exception &e) {
        qCWarning(lcRecognition) << "Loading" << onnxPath << "failed:" << e.what();
        return fail(ErrorCode::InvalidInput,
                    tr("The digit model %1 cannot be loaded: %2").arg(onnxPath, QString::fromStdString(e.msg)));
    }
    if (classifier.m_net.empty())
        return fail(ErrorCode::InvalidInput, tr("The digit model %1 is empty.").arg(onnxPath));
    return classifier;
}

cv::Mat DigitClassifier::normalise(const cv::Mat &crop)
{
    cv::Mat ink;
    crop.convertTo(ink, CV_32F, -1.0 / 255.0, 1.0);
    double lo = 0, hi = 0;
    cv::minMaxLoc(ink, &lo, &hi);
    ink.convertTo(ink, CV_32F, 1.0 / std::max(hi - lo, 0.1), -lo / std::max(hi - lo, 0.1));
    return ink;
}

Result<std::vector<BoxProbabilities>> DigitClassifier::classify(const std::vector<cv::Mat> &crops)
{
    std::vector<BoxProbabilities> out;
    if (crops.empty())
        return out;
    const int n = int(crops.size());
    const int dims[] = {n, 1, BoxCropper::CropHeight, BoxCropper::CropWidth};
    cv::Mat blob(4, dims, CV_32F);
    for (int i = 0; i < n; ++i) {
        if (crops[std::size_t(i)].size() != cv::Size(BoxCropper::CropWidth, BoxCropper::CropHeight))
            return fail(ErrorCode::Internal, tr("A digit crop has the wrong size."));
        const cv::Mat plane(BoxCropper::CropHeight, BoxCropper::CropWidth, CV_32F, blob.ptr<float>(i));
        normalise(crops[std::size_t(i)]).copyTo(plane);
    }
    cv::Mat logits;
    try {
        m_net.setInput(blob);
        logits = m_net.forward();
    } catch (const cv::Exception &e) {
        qCWarning(lcRecognition) << "Digit classification failed:" << e.what();
        return fail(ErrorCode::Internal, tr("The digit model failed: %1").arg(QString::fromStdString(e.msg)));
    }
    logits = logits.reshape(1, n);
    if (logits.cols != Classes)
        return fail(ErrorCode::Incompatible,
                    tr("The digit model gives %1 outputs instead of %2.").arg(logits.cols).arg(Classes));
    out.resize(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const float *row = logits.ptr<float>(i);
        float top = row[0];
        for (int c = 1; c < Classes; ++c)
            top = std::max(top, row[c]);
        double sum = 0;
        for (int c = 0; c < Classes; ++c)
            sum += std::exp(double(row[c] - top));
        for (int c = 0; c < Classes; ++c)
            out[std::size_t(i)][std::size_t(c)] = float(std::exp(double(row[c] - top)) / sum);
    }
    return out;
}

} // namespace acta
