// Checks resources/models/digits.onnx with OpenCV's dnn module against the known-answer
// crops in tests/data/digits (kat-crops.png + kat.json), and times the inference.
//
// Build (ad hoc, needs libopencv-dev):
//   g++ -O2 -std=c++17 tools/digits/check_onnx.cpp $(pkg-config --cflags --libs opencv4) -o /tmp/check_onnx
// Run from the repository root:
//   /tmp/check_onnx [model.onnx] [kat-folder] [--threads N] [--quiet]
// Exit status 0 when every crop gets its expected class and every probability is within
// the tolerance given in kat.json (1e-4) of the PyTorch value.

#include <opencv2/core.hpp>
#include <opencv2/dnn.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

// The network input rule: x = (255 - g) / 255; x = (x - min) / max(max - min, 0.1).
cv::Mat normalise(const cv::Mat &gray)
{
    cv::Mat x;
    gray.convertTo(x, CV_32F, -1.0 / 255.0, 1.0);
    double lo = 0, hi = 0;
    cv::minMaxLoc(x, &lo, &hi);
    x = (x - lo) / std::max(hi - lo, 0.1);
    return x;
}

// Stacks normalised crops into an N x 1 x H x W blob.
cv::Mat makeBlob(const std::vector<cv::Mat> &crops)
{
    const int n = static_cast<int>(crops.size());
    const int sz[] = {n, 1, crops[0].rows, crops[0].cols};
    cv::Mat blob(4, sz, CV_32F);
    for (int i = 0; i < n; ++i) {
        cv::Mat dst(crops[i].rows, crops[i].cols, CV_32F, blob.ptr<float>(i));
        normalise(crops[i]).copyTo(dst);
    }
    return blob;
}

std::vector<float> softmax(const float *logits, int n)
{
    std::vector<float> p(logits, logits + n);
    const float m = *std::max_element(p.begin(), p.end());
    float sum = 0;
    for (float &v : p) {
        v = std::exp(v - m);
        sum += v;
    }
    for (float &v : p)
        v /= sum;
    return p;
}

double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char **argv)
{
    std::string model = "resources/models/digits.onnx";
    std::string kat = "tests/data/digits";
    int threads = -1;
    bool quiet = false;
    int positional = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--threads" && i + 1 < argc)
            threads = std::atoi(argv[++i]);
        else if (a == "--quiet")
            quiet = true;
        else if (positional == 0 && ++positional)
            model = a;
        else if (positional == 1 && ++positional)
            kat = a;
    }
    if (threads > 0)
        cv::setNumThreads(threads);

    cv::FileStorage fs(kat + "/kat.json", cv::FileStorage::READ | cv::FileStorage::FORMAT_JSON);
    if (!fs.isOpened()) {
        std::fprintf(stderr, "cannot read %s/kat.json\n", kat.c_str());
        return 2;
    }
    const cv::Mat sheet = cv::imread(kat + "/kat-crops.png", cv::IMREAD_UNCHANGED);
    if (sheet.empty() || sheet.type() != CV_8UC1) {
        std::fprintf(stderr, "cannot read %s/kat-crops.png as 8-bit gray\n", kat.c_str());
        return 2;
    }
    const int cw = static_cast<int>(fs["crop_width"]);
    const int ch = static_cast<int>(fs["crop_height"]);
    const double tol = static_cast<double>(fs["tolerance"]);

    cv::dnn::Net net = cv::dnn::readNetFromONNX(model);
    net.setPreferableBackend(cv::dnn::DNN_BACKEND_OPENCV);
    net.setPreferableTarget(cv::dnn::DNN_TARGET_CPU);
    const std::vector<std::string> outNames = net.getUnconnectedOutLayersNames();
    std::printf("model %s, outputs:", model.c_str());
    for (const auto &o : outNames)
        std::printf(" %s", o.c_str());
    std::printf(", OpenCV %s, threads %d\n", CV_VERSION, cv::getNumThreads());

    std::vector<cv::Mat> crops;
    std::vector<int> expected;
    std::vector<std::vector<float>> expectedProbs;
    const cv::FileNode list = fs["crops"];
    for (const cv::FileNode &c : list) {
        const int x = static_cast<int>(c["x"]);
        const int y = static_cast<int>(c["y"]);
        crops.push_back(sheet(cv::Rect(x, y, cw, ch)).clone());
        expected.push_back(static_cast<int>(c["class"]));
        std::vector<float> p;
        for (const cv::FileNode &v : c["probabilities"])
            p.push_back(static_cast<float>(static_cast<double>(v)));
        expectedProbs.push_back(p);
    }

    // One crop at a time, as the pipeline may do it.
    int wrong = 0;
    double maxDiff = 0;
    for (size_t i = 0; i < crops.size(); ++i) {
        net.setInput(makeBlob({crops[i]}), "input");
        const cv::Mat out = net.forward("logits");
        const int nc = static_cast<int>(out.total());
        const std::vector<float> p = softmax(out.ptr<float>(), nc);
        const int label = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
        double d = 0;
        for (int k = 0; k < nc && k < static_cast<int>(expectedProbs[i].size()); ++k)
            d = std::max(d, std::abs(static_cast<double>(p[k]) - expectedProbs[i][k]));
        maxDiff = std::max(maxDiff, d);
        const bool ok = label == expected[i] && d <= tol;
        wrong += ok ? 0 : 1;
        if (!quiet || !ok) {
            std::printf("crop %2zu expected %2d got %2d p=%.6f max|dp|=%.2e %s  [", i, expected[i], label, p[label], d,
                        ok ? "ok" : "MISMATCH");
            for (int k = 0; k < nc; ++k)
                std::printf("%s%.4f", k ? " " : "", p[k]);
            std::printf("]\n");
        }
    }

    // A batch of 57 crops (the KAT crops repeated) in one forward pass.
    const int batchN = 57;
    std::vector<cv::Mat> batch;
    for (int i = 0; i < batchN; ++i)
        batch.push_back(crops[i % crops.size()]);
    bool batchOk = true;
    try {
        net.setInput(makeBlob(batch), "input");
        const cv::Mat out = net.forward("logits");
        if (out.size[0] != batchN) {
            batchOk = false;
        } else {
            for (int i = 0; i < batchN; ++i) {
                const std::vector<float> p = softmax(out.ptr<float>(i), out.size[1]);
                const int label = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
                double d = 0;
                for (int k = 0; k < out.size[1]; ++k)
                    d = std::max(d, std::abs(static_cast<double>(p[k]) - expectedProbs[i % crops.size()][k]));
                maxDiff = std::max(maxDiff, d);
                if (label != expected[i % crops.size()] || d > tol)
                    batchOk = false;
            }
        }
    } catch (const cv::Exception &e) {
        std::printf("batched forward failed: %s\n", e.what());
        batchOk = false;
    }

    // Timing (after warm-up).
    const int reps = 300;
    net.setInput(makeBlob({crops[0]}), "input");
    net.forward("logits");
    auto t0 = std::chrono::steady_clock::now();
    for (int r = 0; r < reps; ++r) {
        net.setInput(makeBlob({crops[r % crops.size()]}), "input");
        net.forward("logits");
    }
    const double single = msSince(t0) / reps;
    double perCropBatched = -1;
    if (batchOk) {
        const int breps = 30;
        net.setInput(makeBlob(batch), "input");
        net.forward("logits");
        t0 = std::chrono::steady_clock::now();
        for (int r = 0; r < breps; ++r) {
            net.setInput(makeBlob(batch), "input");
            net.forward("logits");
        }
        perCropBatched = msSince(t0) / breps / batchN;
    }

    std::printf("%zu crops, %d wrong, max |p_opencv - p_torch| = %.2e (tolerance %.0e); batch of %d: %s\n",
                crops.size(), wrong, maxDiff, tol, batchN, batchOk ? "ok" : "FAILED");
    std::printf("inference (incl. normalisation), %d thread(s): single crop %.3f ms; batched %d: %.3f ms per crop "
                "(%.2f ms per batch)\n",
                cv::getNumThreads(), single, batchN, perCropBatched, perCropBatched * batchN);
    return (wrong == 0 && batchOk) ? 0 : 1;
}
