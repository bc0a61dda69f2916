#pragma once

#include <QString>
#include <QTest>

// Fails with the Result's own message. QVERIFY2 evaluates its message even on success,
// and a good Result has no error to give, hence the guard.
#define QVERIFY_OK(expression)                                                                                         \
    do {                                                                                                               \
        const auto &result_ = (expression);                                                                            \
        QVERIFY2(result_.isOk(), qPrintable(result_.isOk() ? QString() : result_.error()));                            \
    } while (false)
