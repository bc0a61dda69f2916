#pragma once

#include "Result.h"

#include <QString>
#include <QTest>

namespace acta {
// QCOMPARE prints a code by its name (found by argument-dependent lookup).
inline char *toString(ErrorCode code)
{
    return qstrdup(errorCodeName(code));
}
} // namespace acta

// Fails with the Result's own message. QVERIFY2 evaluates its message even on success,
// and a good Result has no error to give, hence the guard.
#define QVERIFY_OK(expression)                                                                                         \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_.isOk(), qPrintable(result_.isOk() ? QString() : result_.error()));                            \
    } while (false)

// The Result failed, and with this kind of failure; the message is printed when it did not.
#define QVERIFY_FAILS_WITH(expression, expectedCode)                                                                   \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(!result_.isOk(), "expected a failure, got a success");                                                \
        if (result_.code() != (expectedCode))                                                                          \
            qWarning("the failure's message: %s", qPrintable(result_.error()));                                        \
        QCOMPARE(result_.code(), (expectedCode));                                                                      \
    } while (false)

// The failure's message, which is for people, tells them what and where: it names this file,
// key, user or value. What kind of failure it is comes from the code, never from this text.
#define QVERIFY_MESSAGE_NAMES(result, part)                                                                            \
    do {                                                                                                               \
        const QString &message_ = (result).error();                                                                    \
        QVERIFY2(message_.contains(part),                                                                              \
                 qPrintable(QStringLiteral("\"%1\" does not name \"%2\"").arg(message_, QString(part))));              \
    } while (false)
