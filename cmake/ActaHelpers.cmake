# Warnings for every target of the project.
function(acta_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  if(ACTA_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  target_compile_definitions(${target} PRIVATE
    QT_NO_KEYWORDS QT_NO_CAST_FROM_ASCII QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# One library per folder of app/.
function(acta_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
  acta_target_defaults(${name})
endfunction()

# One Qt Test suite: tests/<name>.cpp -> executable <name>, registered with CTest,
# run headless (offscreen platform, test-mode standard paths set by the suite).
function(acta_add_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${name}.cpp ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    ACTA_TEST_DATA="${CMAKE_CURRENT_SOURCE_DIR}/data"
    ACTA_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  acta_target_defaults(${name})
  add_test(NAME ${name} COMMAND ${name})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  set(env "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")
  if(CMAKE_CXX_FLAGS MATCHES "sanitize=address")
    # GCC 12's LeakSanitizer misreads glibc 2.36's dynamic TLS blocks and its tracer crashes at
    # exit (google/sanitizers#1322); not following __tls_get_addr avoids that and keeps leak
    # checking on for everything else.
    list(APPEND env "ASAN_OPTIONS=intercept_tls_get_addr=0")
  endif()
  set_tests_properties(${name} PROPERTIES
    TIMEOUT ${ARG_TIMEOUT}
    ENVIRONMENT "${env}")
endfunction()
