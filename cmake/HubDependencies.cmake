# What the hub (hub/) needs beyond cmake/Dependencies.cmake; included from hub/CMakeLists.txt.
# A missing piece stops configuration naming its Debian package (tools/install-deps.sh has them).
foreach(pair "Sql;qt6-base-dev")
  list(GET pair 0 comp)
  list(GET pair 1 pkg)
  find_package(Qt6 6.4 QUIET COMPONENTS ${comp})
  if(NOT Qt6${comp}_FOUND)
    message(FATAL_ERROR
      "actahub needs Qt 6 ${comp}, which was not found.\n"
      "Install it with: sudo apt-get install ${pkg}\n"
      "(or run tools/install-deps.sh, which installs every dependency)")
  endif()
endforeach()
find_package(Qt6 6.4 REQUIRED COMPONENTS Sql)

# The HTTPS API: libmicrohttpd (on GnuTLS), which streams and bounds what clients send.
acta_require_pkgconfig(MicroHttpd libmicrohttpd libmicrohttpd-dev)

# libcrypto makes the development TLS CA and certificate (Qt's TLS backend uses it too).
find_package(OpenSSL 3 QUIET COMPONENTS Crypto)
if(NOT OpenSSL_FOUND)
  message(FATAL_ERROR
    "actahub needs OpenSSL's libcrypto, which was not found.\n"
    "Install it with: sudo apt-get install libssl-dev\n"
    "(or run tools/install-deps.sh, which installs every dependency)")
endif()

# zlib deflates the entries of the publication cuts' ZIP archives (ZipWriter).
find_package(ZLIB QUIET)
if(NOT ZLIB_FOUND)
  message(FATAL_ERROR
    "actahub needs zlib, which was not found.\n"
    "Install it with: sudo apt-get install zlib1g-dev\n"
    "(or run tools/install-deps.sh, which installs every dependency)")
endif()

# The SQL drivers (libqt6sql6-sqlite, libqt6sql6-psql) are plugins loaded at run time, which
# Debian ships without CMake files: HubStore::open() names the missing package instead.
