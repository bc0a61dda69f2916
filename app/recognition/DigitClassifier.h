#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <opencv2/dnn.hpp>

#include <array>
#include <vector>

namespace acta {

// The CNN's box classes: 0-9 are the digits, then these two. They are the network's output
// order (tools/digits/train_digits.py), so the decoder and the generated pages' labels share them.
inline constexpr int BoxEmpty = 10;
inline constexpr int BoxCrossedOut = 11;

// Probabilities of one digit box, indexed by class.
using BoxProbabilities = std::array<float, 12>;

// The handwritten-digit CNN (resources/models/digits.onnx, made by tools/digits/train_digits.py)
// run by OpenCV's dnn module. Its output is already divided by the calibration temperature, so
// the softmax here is a calibrated probability. Not thread-safe: one instance per thread.
class DigitClassifier
{
    Q_DECLARE_TR_FUNCTIONS(DigitClassifier)

public:
    static constexpr int Classes = 12;
    static QString embeddedModel() { return QStringLiteral(":/models/digits.onnx"); }

    static Result<DigitClassifier> load(const QString &onnxPath = embeddedModel());

    // crops: CV_8UC1, 33 x 42 (BoxCropper). Batched in one forward pass.
    Result<std::vector<BoxProbabilities>> classify(const std::vector<cv::Mat> &crops);

    // The network input for one crop: ink = (255 - g) / 255, stretched to 0..1 (contrast at least 0.1).
    static cv::Mat normalise(const cv::Mat &crop);

private:
    cv::dnn::Net m_net;
};

} // namespace acta
