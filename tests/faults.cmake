# Storage fault tests (SIGKILL while committing, disk full): see tests/tst_storage_faults.cpp
