# ctest -R actaverify_needs_no_store: actaverify links only what a check of files needs (QtCore,
# libsodium, zlib): no SQL driver, no SQLCipher, no network stack, no GUI.
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd ${BINARY} failed (${rc})")
endif()
foreach(unwanted "libQt6Sql" "sqlcipher" "libsqlite3" "libpq" "libQt6Network" "libQt6Gui" "libQt6Widgets"
        "libmicrohttpd" "libopencv")
  if(libs MATCHES "${unwanted}")
    message(FATAL_ERROR "${BINARY} loads ${unwanted}: actaverify must link acta_core, acta_protocol, "
                        "acta_console, QtCore, libsodium and zlib only.\n${libs}")
  endif()
endforeach()
message(STATUS "${BINARY}: QtCore, libsodium and zlib, no store, SQL or network")
