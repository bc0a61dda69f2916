#!/usr/bin/env bash
# Installs what ActaCapture needs, builds the two programs (actacapture and actahub, nothing of
# the test suite or the benchmarks) and starts the desktop application on the embedded sample
# election. Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
# Configure once; later builds re-run CMake by themselves when a CMakeLists.txt changes.
if [ ! -f build/default/build.ninja ]; then
  cmake --preset default >/dev/null
fi
steps=$(ninja -C build/default -n actacapture actahub 2>/dev/null | grep -c '^\[' || true)
if [ "${steps:-0}" -gt 0 ]; then
  echo "demo: building actacapture and actahub only, no tests or benchmarks ($steps steps):" \
    "about 4 minutes on 2 cores the first time, seconds after a small change"
fi
cmake --build --preset default -j"$(nproc)" --target actacapture actahub
exec ./build/default/bin/actacapture "$@"
