#include "Result.h"

#include <QtGlobal>

namespace acta::detail {

void uncheckedResult(const QString &message)
{
    qFatal("A failed Result was read as a value without checking it; its error: %s", qPrintable(message));
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

} // namespace acta::detail
