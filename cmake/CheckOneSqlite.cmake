# ctest -R actahub_has_one_sqlite: the hub's executable must not load SQLCipher. Its store uses
# Qt's QSQLITE driver (Debian's libsqlite3); SQLCipher exports the same sqlite3_* symbols from its
# own SQLite 3.15, and whichever library the process loads first would serve both.
execute_process(COMMAND ldd ${BINARY} OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "ldd ${BINARY} failed (${rc})")
endif()
if(libs MATCHES "sqlcipher")
  message(FATAL_ERROR "${BINARY} loads SQLCipher: the hub must link app/protocol and core only, never app/storage.\n${libs}")
endif()
message(STATUS "${BINARY}: no SQLCipher among its libraries")
