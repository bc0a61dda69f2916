#include "Result.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTest>

using namespace acta;

// Result: reading the value of a failed Result stops the process naming its error (in every
// build), where std::get would have thrown bad_variant_access far from the cause.
class TestResult : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkedAccess();
    void uncheckedValueOfAFailureStopsNamingIt();
};

namespace {

Result<int> failing()
{
    return fail(ErrorCode::Io, QStringLiteral("the disk is full"));
}

} // namespace

void TestResult::checkedAccess()
{
    const Result<int> ok = 42;
    QVERIFY(ok.isOk());
    QCOMPARE(*ok, 42);
    QVERIFY(ok.error().isEmpty());
    const Result<int> bad = failing();
    QVERIFY(!bad);
    QCOMPARE(bad.error(), QStringLiteral("the disk is full"));
    QCOMPARE(bad.takeError().message, QStringLiteral("the disk is full"));
    QCOMPARE(ok.code(), ErrorCode::None);
    QCOMPARE(bad.code(), ErrorCode::Io);
    QCOMPARE(bad.takeError().code, ErrorCode::Io);
    const Status done;
    QVERIFY(done.isOk());
    QVERIFY(done.error().isEmpty());
    QCOMPARE(done.code(), ErrorCode::None);
    const Status refused = fail(ErrorCode::PermissionDenied, QStringLiteral("no"));
    QCOMPARE(refused.code(), ErrorCode::PermissionDenied);
    QCOMPARE(QByteArray(errorCodeName(refused.code())), QByteArray("PermissionDenied"));
    // The code travels when a caller passes the failure on.
    const Status passedOn = bad.takeError();
    QCOMPARE(passedOn.code(), ErrorCode::Io);
}

void TestResult::uncheckedValueOfAFailureStopsNamingIt()
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ACTA_RESULT_CHILD"), QStringLiteral("1"));
    env.insert(QStringLiteral("QT_FATAL_WARNINGS"), QStringLiteral("0"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), QStringLiteral("handle_abort=0"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QByteArray err = child.readAllStandardError();
    QVERIFY2(err.contains("without checking it"), err.constData());
    QVERIFY2(err.contains("the disk is full"), err.constData());
    QVERIFY2(err.contains("(Io)"), err.constData());
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("ACTA_RESULT_CHILD")) {
        const Result<int> bad = failing();
        return *bad; // never returns
    }
    QCoreApplication app(argc, argv);
    TestResult test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_result.moc"
