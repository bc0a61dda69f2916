#include "SqlError.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace acta {

QString storageFailureMessage(int extendedCode, const QString &path, const QString &detail)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Database",
                                           "The disk that holds the station store %1 is full: nothing of this change "
                                           "was saved. Free space and try again. (%2)")
            .arg(where, detail);
    case SQLITE_IOERR:
        return QCoreApplication::translate("Database",
                                           "The station store %1 could not be written to disk (full or failing): "
                                           "nothing of this change was saved. Check the disk and its free space, then "
                                           "try again. (%2)")
            .arg(where, detail);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("Database",
                                           "The station store %1 cannot be written: check the permissions of the file "
                                           "and of its folder. Nothing was changed. (%2)")
            .arg(where, detail);
    default:
        return {};
    }
}

ErrorCode storageErrorCode(int extendedCode)
{
    switch (extendedCode) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return ErrorCode::AlreadyExists;
    default:
        break;
    }
    switch (extendedCode & 0xff) {
    case SQLITE_CONSTRAINT:
        return ErrorCode::Constraint;
    case SQLITE_CORRUPT:
        return ErrorCode::Integrity;
    case SQLITE_NOTADB:
        return ErrorCode::Integrity;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return ErrorCode::Io;
    case SQLITE_NOMEM:
        return ErrorCode::Unavailable;
    case SQLITE_MISUSE:
    case SQLITE_RANGE:
        return ErrorCode::Internal;
    default:
        return ErrorCode::Database;
    }
}

} // namespace acta
