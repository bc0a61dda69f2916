#!/usr/bin/env bash
# Installs what ActaCapture needs, builds it with warnings as errors, and runs the
# whole CTest suite headless. Prints CTest's summary; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
export QT_QPA_PLATFORM=offscreen
cmake --preset ci
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci -j"$(nproc)"
