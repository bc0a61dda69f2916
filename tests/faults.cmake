# Storage fault tests (SIGKILL while committing, disk full, read-only file): see
# tests/tst_storage_faults.cpp. storage_crash_child is the process the faults are done to.
add_executable(storage_crash_child storage_crash_child.cpp)
target_link_libraries(storage_crash_child PRIVATE acta_storage)
acta_target_defaults(storage_crash_child)

acta_add_test(tst_storage_faults LIBS acta_storage TIMEOUT 600)
target_compile_definitions(tst_storage_faults PRIVATE ACTA_CRASH_CHILD="$<TARGET_FILE:storage_crash_child>")
add_dependencies(tst_storage_faults storage_crash_child)
