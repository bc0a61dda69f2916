#include "Result.h"

#include <QtGlobal>

namespace acta {

const char *errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return "None";
    case ErrorCode::InvalidInput:
        return "InvalidInput";
    case ErrorCode::NotFound:
        return "NotFound";
    case ErrorCode::AlreadyExists:
        return "AlreadyExists";
    case ErrorCode::Io:
        return "Io";
    case ErrorCode::PermissionDenied:
        return "PermissionDenied";
    case ErrorCode::InvalidState:
        return "InvalidState";
    case ErrorCode::WrongSecret:
        return "WrongSecret";
    case ErrorCode::AccountLocked:
        return "AccountLocked";
    case ErrorCode::AccountDisabled:
        return "AccountDisabled";
    case ErrorCode::Integrity:
        return "Integrity";
    case ErrorCode::Incompatible:
        return "Incompatible";
    case ErrorCode::Constraint:
        return "Constraint";
    case ErrorCode::Database:
        return "Database";
    case ErrorCode::Network:
        return "Network";
    case ErrorCode::Unavailable:
        return "Unavailable";
    case ErrorCode::Internal:
        return "Internal";
    }
    return "?";
}

namespace detail {

void uncheckedResult(const Error &error)
{
    qFatal("A failed Result was read as a value without checking it; its error (%s): %s", errorCodeName(error.code),
           qPrintable(error.message));
}

void successTakenAsError()
{
    qFatal("takeError() was called on a successful Result: a success would have been passed on as a failure");
}

const QString &noError()
{
    static const QString empty;
    return empty;
}

} // namespace detail
} // namespace acta
