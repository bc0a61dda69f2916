#!/usr/bin/env bash
# The one list of Debian 12 packages ActaCapture needs to build, test and run.
# Every other script calls this one; nothing relies on a hand install.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6 (Core, Gui, Widgets, Network, Concurrent, Test, LinguistTools)
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-websockets-dev libxkbcommon-dev
  libgl-dev libvulkan-dev qt6-qpa-plugins
  # imaging and recognition
  libopencv-dev libopencv-contrib-dev libtiff-dev libtesseract-dev libleptonica-dev
  tesseract-ocr tesseract-ocr-spa tesseract-ocr-eng
  # storage and crypto
  libsqlcipher-dev sqlcipher libsodium-dev
  # the hub: HTTPS API (libmicrohttpd on GnuTLS), SQL drivers (embedded SQLite, PostgreSQL), TLS set-up,
  # test servers (PostgreSQL, nginx as the edge)
  libmicrohttpd-dev libgnutls28-dev libqt6sql6-sqlite libqt6sql6-psql libssl-dev postgresql nginx
  # the hub's publication archives (ZIP entries deflated by zlib: hub/ZipWriter)
  zlib1g-dev
  # the edge test's HTTPS client (tests/hub/edge_nginx.sh)
  curl
  # headless runs and screenshots
  xvfb xauth x11-apps fonts-dejavu-core
  # the drill report test renders its PDF to PNG and reads its text back (pdftoppm, pdftotext)
  poppler-utils
  # offline model training and data generation (Debian's own python3)
  python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
