# ctest -R install_writes_its_reference: `cmake --install` into a fresh prefix writes the
# fingerprint reference of the tree it installed (installer/CMakeLists.txt), and both installed
# programs then find that tree equal to it; one changed byte makes them name the file.
set(prefix "${WORK}/prefix")
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD}" --prefix "${prefix}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()
set(reference "${prefix}/share/actacapture/fingerprint.reference")
if(NOT EXISTS "${reference}")
  message(FATAL_ERROR "the install wrote no ${reference}")
endif()
foreach(program actacapture actahub)
  execute_process(COMMAND "${prefix}/bin/${program}" --lang en fingerprint --verify "${reference}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "all equal")
    message(FATAL_ERROR "${program} fingerprint --verify on its own install failed (${rc}):\n${out}\n${err}")
  endif()
endforeach()
file(APPEND "${prefix}/share/metainfo/org.actacapture.ActaCapture.metainfo.xml" " ")
execute_process(COMMAND "${prefix}/bin/actacapture" --lang en fingerprint --verify "${reference}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "differs: share/metainfo/org.actacapture.ActaCapture.metainfo.xml")
  message(FATAL_ERROR "a changed file went unnamed (${rc}):\n${out}\n${err}")
endif()
file(REMOVE_RECURSE "${WORK}")
message(STATUS "installed tree equals its reference; a changed byte is named")
