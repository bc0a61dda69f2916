#include "Csv.h"

#include <QTest>

using namespace acta;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void recordsJoinFieldsAndEndLines();
    void pipeRecordsQuoteOnlyThePipe();
    void writerCollectsRecordsAsUtf8();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("expected");

    const QChar comma = QLatin1Char(',');
    const QChar pipe = QLatin1Char('|');
    QTest::newRow("plain") << QStringLiteral("Distrito 01") << comma << QStringLiteral("Distrito 01");
    QTest::newRow("empty") << QString() << comma << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << comma << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << comma << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << comma << QStringLiteral("\"\"\"\"");
    QTest::newRow("CR") << QStringLiteral("a\rb") << comma << QStringLiteral("\"a\rb\"");
    QTest::newRow("LF") << QStringLiteral("a\nb") << comma << QStringLiteral("\"a\nb\"");
    QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << comma << QStringLiteral("\"a\r\nb\"");
    QTest::newRow("spaces kept, not quoted") << QStringLiteral("  a b  ") << comma << QStringLiteral("  a b  ");
    QTest::newRow("non-ASCII") << QStringLiteral("Señor Ñuñoa — 5º") << comma << QStringLiteral("Señor Ñuñoa — 5º");
    QTest::newRow("non-ASCII with comma")
        << QStringLiteral("Mérida, Yuc.") << comma << QStringLiteral("\"Mérida, Yuc.\"");
    QTest::newRow("pipe separator: pipe") << QStringLiteral("a|b") << pipe << QStringLiteral("\"a|b\"");
    QTest::newRow("pipe separator: comma is plain") << QStringLiteral("a,b") << pipe << QStringLiteral("a,b");
    QTest::newRow("pipe separator: CR") << QStringLiteral("a\r") << pipe << QStringLiteral("\"a\r\"");
    QTest::newRow("comma separator: pipe is plain") << QStringLiteral("a|b") << comma << QStringLiteral("a|b");
}

void TestCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QChar, separator);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(text, separator), expected);
}

void TestCsv::recordsJoinFieldsAndEndLines()
{
    const QStringList fields {QStringLiteral("1"), QString(), QStringLiteral("x,y"), QStringLiteral("a\rb")};
    QCOMPARE(CsvWriter().record(fields), QStringLiteral("1,,\"x,y\",\"a\rb\"\r\n"));
    QCOMPARE(CsvWriter(QLatin1Char(','), CsvWriter::LineEnd::Lf).record(fields),
             QStringLiteral("1,,\"x,y\",\"a\rb\"\n"));
    QCOMPARE(CsvWriter().record({}), QStringLiteral("\r\n"));
}

void TestCsv::pipeRecordsQuoteOnlyThePipe()
{
    const CsvWriter w(QLatin1Char('|'), CsvWriter::LineEnd::Lf);
    QCOMPARE(w.record({QStringLiteral("Elección, 2027"), QStringLiteral("a|b"), QStringLiteral("-")}),
             QStringLiteral("Elección, 2027|\"a|b\"|-\n"));
}

void TestCsv::writerCollectsRecordsAsUtf8()
{
    CsvWriter w;
    w.addRecord({QStringLiteral("name"), QStringLiteral("note")})
        .addRecord({QStringLiteral("Núñez"), QStringLiteral("dijo \"sí\"")});
    QCOMPARE(w.text(), QStringLiteral("name,note\r\nNúñez,\"dijo \"\"sí\"\"\"\r\n"));
    QCOMPARE(w.toUtf8(),
             QByteArray("name,note\r\nN\xc3\xba\xc3\xb1"
                        "ez,\"dijo \"\"s\xc3\xad\"\"\"\r\n"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
