#!/usr/bin/env bash
# Installs what ActaCapture needs, builds it, and starts the desktop application
# on the embedded sample election. Extra arguments go to the application.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)"
exec ./build/default/bin/actacapture "$@"
