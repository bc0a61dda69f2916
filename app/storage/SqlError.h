#pragma once

#include "Result.h"

#include <QString>

namespace acta {

// The sentence a person reads when SQLite fails for a reason outside the program: a full
// disk, a write error, a store that may not be written. It says that nothing of the change
// was saved and what to do; detail (the SQL and SQLite's own words) follows for technicians.
// Returns an empty string for every other error, where the caller's message stands.
QString storageFailureMessage(int extendedCode, const QString &path, const QString &detail);

// The kind of an SQLite failure, from its extended result code: a unique key taken again is
// AlreadyExists, a CHECK or trigger refusal is Constraint, a damaged file is Integrity.
ErrorCode storageErrorCode(int extendedCode);

} // namespace acta
