# The real dependency stack. A missing piece stops configuration naming the
# Debian package that provides it (tools/install-deps.sh installs them all).

macro(acta_require_cmake_package name debian_package)
  find_package(${name} ${ARGN} QUIET)
  if(NOT ${name}_FOUND)
    message(FATAL_ERROR
      "ActaCapture needs ${name}, which was not found.\n"
      "Install it with: sudo apt-get install ${debian_package}\n"
      "(or run tools/install-deps.sh, which installs every dependency)")
  endif()
endmacro()

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "ActaCapture needs pkg-config. Install it with: sudo apt-get install pkg-config")
endif()

function(acta_require_pkgconfig target module debian_package)
  pkg_check_modules(${target} QUIET IMPORTED_TARGET GLOBAL ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR
      "ActaCapture needs ${module} (pkg-config), which was not found.\n"
      "Install it with: sudo apt-get install ${debian_package}\n"
      "(or run tools/install-deps.sh, which installs every dependency)")
  endif()
  message(STATUS "Found ${module} ${${target}_VERSION}")
endfunction()

# Qt 6: each component checked on its own so the message names its package.
foreach(pair
    "Core;qt6-base-dev" "Gui;qt6-base-dev" "Widgets;qt6-base-dev"
    "Network;qt6-base-dev" "Concurrent;qt6-base-dev" "Test;qt6-base-dev"
    "LinguistTools;qt6-tools-dev qt6-l10n-tools")
  list(GET pair 0 comp)
  list(GET pair 1 pkg)
  find_package(Qt6 6.4 QUIET COMPONENTS ${comp})
  if(NOT Qt6${comp}_FOUND)
    message(FATAL_ERROR
      "ActaCapture needs Qt 6 ${comp}, which was not found.\n"
      "Install it with: sudo apt-get install ${pkg}\n"
      "(or run tools/install-deps.sh, which installs every dependency)")
  endif()
endforeach()
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets Network Concurrent Test LinguistTools)
message(STATUS "Found Qt ${Qt6_VERSION}")

acta_require_cmake_package(OpenCV "libopencv-dev libopencv-contrib-dev" 4
  COMPONENTS core imgproc imgcodecs calib3d features2d objdetect dnn wechat_qrcode)
message(STATUS "Found OpenCV ${OpenCV_VERSION}")

acta_require_pkgconfig(Tesseract tesseract "libtesseract-dev tesseract-ocr-spa tesseract-ocr-eng")
acta_require_pkgconfig(Leptonica lept "libleptonica-dev")
acta_require_pkgconfig(SQLCipher sqlcipher "libsqlcipher-dev")
acta_require_pkgconfig(Sodium libsodium "libsodium-dev")
