#include "../TestSupport.h"
#include "ZipWriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

namespace {

// Reads the archive as Debian's Python does (an independent reader): testzip() checks every CRC,
// and each entry comes back with what its headers say and the SHA-256 of what it holds.
const char *const kPythonReader = R"(
import hashlib, json, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    out = {"testzip": z.testzip(), "entries": []}
    for i in z.infolist():
        out["entries"].append({"name": i.filename, "size": i.file_size, "compressed": i.compress_size,
                               "method": i.compress_type, "date_time": list(i.date_time), "flags": i.flag_bits,
                               "extra": len(i.extra), "mode": i.external_attr >> 16,
                               "sha256": hashlib.sha256(z.read(i)).hexdigest()})
print(json.dumps(out))
)";

struct Sample
{
    QString name;
    QByteArray data;
    QDateTime modified;
    int method; // expected: 0 stored, 8 deflated, -1 either
};

QList<Sample> samples()
{
    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(20270606); // fixed: the determinism check needs the same bytes twice
    rng.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QByteArray text;
    for (int i = 0; text.size() < (1 << 20); ++i)
        text += "210101B0" + QByteArray::number(10000 + i % 5000) + "|CASILLA|" + QByteArray::number(i % 750)
            + "|CONTABILIZADA|2027-06-06 20:15\n";
    text.truncate(1 << 20);
    const QDateTime utc(QDate(2027, 6, 6), QTime(2, 40, 17), Qt::UTC);
    return {
        {QStringLiteral("vacio.txt"), {}, utc, 0},
        {QStringLiteral("aleatorio.bin"), random, utc.addSecs(1), 0},
        {QStringLiteral("resultados.csv"), text, utc.toOffsetFromUtc(-6 * 3600), 8},
        {QStringLiteral("LEEME_candidatura_ñ.txt"), QStringLiteral("Léeme: candidatura de Muñoz\n").toUtf8(),
         QDateTime(QDate(1975, 3, 1), QTime(9, 0), Qt::UTC), -1},
        {QStringLiteral("datos/2027/casillas.json"), QByteArray("{\"casillas\": []}\n").repeated(50),
         QDateTime(QDate(2000, 2, 29), QTime(12, 34, 56), Qt::LocalTime), 8},
    };
}

// Writes the archive to `path` and reads it with Python.
Result<QJsonObject> readWithPython(const QByteArray &archive, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(archive) != archive.size())
        return fail(ErrorCode::Io, file.errorString());
    file.close();
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(kPythonReader), path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return fail(ErrorCode::Integrity, QString::fromUtf8(python.readAllStandardError()));
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &parse);
    if (!doc.isObject())
        return fail(ErrorCode::Internal, parse.errorString());
    return doc.object();
}

QByteArray archiveOf(const QList<Sample> &entries)
{
    ZipWriter zip;
    for (const Sample &s : entries) {
        const Status added = zip.addFile(s.name, s.data, s.modified);
        if (!added)
            qFatal("%s", qPrintable(added.error()));
    }
    return zip.finish();
}

} // namespace

class TestZipWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readByPythonAndUnzip();
    void invalidNames_data();
    void invalidNames();
    void duplicateOrNoTimeRefused();
    void mostEntries();
    void deterministic();
    void dosDateTime_data();
    void dosDateTime();

private:
    QTemporaryDir m_dir;
};

void TestZipWriter::readByPythonAndUnzip()
{
    const QList<Sample> entries = samples();
    const QByteArray archive = archiveOf(entries);
    // The megabyte of text is deflated; the random bytes cost only their headers.
    QVERIFY2(archive.size() < 64 * 1024 + 200 * 1024, QByteArray::number(archive.size()).constData());
    const QString path = m_dir.filePath(QStringLiteral("archivo.zip"));
    const Result<QJsonObject> read = readWithPython(archive, path);
    QVERIFY_OK(read);
    QVERIFY(read->value(QLatin1String("testzip")).isNull()); // every CRC holds
    const QJsonArray got = read->value(QLatin1String("entries")).toArray();
    QCOMPARE(got.size(), entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Sample &want = entries.at(i);
        const QJsonObject e = got.at(i).toObject();
        QCOMPARE(e.value(QLatin1String("name")).toString(), want.name);
        QCOMPARE(e.value(QLatin1String("size")).toInteger(), want.data.size());
        QCOMPARE(e.value(QLatin1String("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(want.data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(e.value(QLatin1String("flags")).toInt() & 0x800, 0x800); // UTF-8 names
        QCOMPARE(e.value(QLatin1String("extra")).toInt(), 0);
        QCOMPARE(e.value(QLatin1String("mode")).toInt(), 0100644);
        const int method = e.value(QLatin1String("method")).toInt();
        if (want.method >= 0)
            QCOMPARE(method, want.method);
        // Stored when deflating does not make it smaller, so never larger than the data.
        QVERIFY(e.value(QLatin1String("compressed")).toInteger() <= want.data.size());
        if (method == 0)
            QCOMPARE(e.value(QLatin1String("compressed")).toInteger(), want.data.size());
        // The fields as given, seconds rounded down to even; before 1980 reads as 1980-01-01.
        const QDate d = want.modified.date().year() < 1980 ? QDate(1980, 1, 1) : want.modified.date();
        const QTime t = want.modified.date().year() < 1980 ? QTime(0, 0) : want.modified.time();
        const QJsonArray expected {d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() / 2 * 2};
        QCOMPARE(e.value(QLatin1String("date_time")).toArray(), expected);
    }
    QCOMPARE(got.at(2).toObject().value(QLatin1String("date_time")).toArray(), QJsonArray({2027, 6, 5, 20, 40, 16}));

    // Info-ZIP's unzip too, where it is installed (it is not in tools/install-deps.sh).
    const QString unzip = QStringLiteral("/usr/bin/unzip");
    if (!QFile::exists(unzip)) {
        qInfo("no %s here: only Python read the archive", qPrintable(unzip));
        return;
    }
    QProcess test;
    test.setProcessChannelMode(QProcess::MergedChannels);
    test.start(unzip, {QStringLiteral("-t"), path});
    QVERIFY(test.waitForFinished(60000));
    const QByteArray out = test.readAll();
    QVERIFY2(test.exitStatus() == QProcess::NormalExit && test.exitCode() == 0, out.constData());
    QVERIFY2(out.contains("No errors detected"), out.constData());
}

void TestZipWriter::invalidNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    const auto refused = [](const char *tag, const QString &name) {
        QTest::newRow(tag) << name << false;
    };
    refused("empty", QString());
    refused("absolute", QStringLiteral("/etc/passwd"));
    refused("parent", QStringLiteral(".."));
    refused("parent first", QStringLiteral("../fuera.txt"));
    refused("parent inside", QStringLiteral("datos/../../fuera.txt"));
    refused("parent last", QStringLiteral("datos/.."));
    refused("dot", QStringLiteral("./a.txt"));
    refused("dot inside", QStringLiteral("datos/./a.txt"));
    refused("empty part", QStringLiteral("datos//a.txt"));
    refused("trailing slash", QStringLiteral("datos/"));
    refused("backslash", QStringLiteral("datos\\a.txt"));
    refused("backslash parent", QStringLiteral("..\\fuera.txt"));
    refused("drive", QStringLiteral("C:/Windows/a.txt"));
    refused("colon", QStringLiteral("a:b.txt"));
    refused("newline", QStringLiteral("a\nb.txt"));
    refused("tab", QStringLiteral("a\tb.txt"));
    refused("nul", QStringLiteral("a") + QChar(0) + QStringLiteral("b.txt"));
    refused("delete", QStringLiteral("a\x7f.txt"));
    refused("lone surrogate", QStringLiteral("a") + QChar(0xd800) + QStringLiteral(".txt"));
    refused("longer than 65535 bytes", QString(32768, QChar(0xf1))); // 'ñ' is two bytes
    QTest::newRow("dots in a name") << QStringLiteral("..oculto") << true;
    QTest::newRow("dots inside") << QStringLiteral("a..b/c..txt") << true;
    QTest::newRow("non-ASCII folders") << QStringLiteral("ñandú/ü.txt") << true;
    QTest::newRow("spaces") << QStringLiteral("Cómputo distrital/acta 01.pdf") << true;
    QTest::newRow("65535 bytes") << QString(65535, QLatin1Char('a')) << true;
}

void TestZipWriter::invalidNames()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const QDateTime when(QDate(2027, 6, 6), QTime(2, 40), Qt::UTC);
    ZipWriter zip;
    QVERIFY_OK(zip.addFile(QStringLiteral("primero.txt"), "uno", when));
    const QByteArray before = zip.finish();
    const Status added = zip.addFile(name, "dos", when);
    if (accepted) {
        QVERIFY_OK(added);
        QCOMPARE(zip.count(), 2);
        return;
    }
    QVERIFY_FAILS_WITH(added, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(added, name);
    // A refused entry leaves the archive as it was.
    QCOMPARE(zip.count(), 1);
    QCOMPARE(zip.finish(), before);
}

void TestZipWriter::duplicateOrNoTimeRefused()
{
    const QDateTime when(QDate(2027, 6, 6), QTime(2, 40), Qt::UTC);
    ZipWriter zip;
    QVERIFY_OK(zip.addFile(QStringLiteral("datos/a.txt"), "uno", when));
    QVERIFY_OK(zip.addFile(QStringLiteral("a.txt"), "uno", when)); // another folder: another entry
    const QByteArray before = zip.finish();
    const Status again = zip.addFile(QStringLiteral("datos/a.txt"), "otro", when.addDays(1));
    QVERIFY_FAILS_WITH(again, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(again, QStringLiteral("datos/a.txt"));
    QCOMPARE(zip.finish(), before);
    // An invalid time is refused too, rather than written as some date.
    const Status noTime = zip.addFile(QStringLiteral("b.txt"), "uno", QDateTime());
    QVERIFY_FAILS_WITH(noTime, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(noTime, QStringLiteral("b.txt"));
}

void TestZipWriter::mostEntries()
{
    // 65535 entries fit the end record's 16-bit count; the next one is refused, naming it.
    const QDateTime when(QDate(2027, 6, 6), QTime(2, 40), Qt::UTC);
    ZipWriter zip;
    for (int i = 0; i < 65535; ++i)
        QVERIFY_OK(zip.addFile(QStringLiteral("f/%1").arg(i), {}, when));
    const Status one = zip.addFile(QStringLiteral("f/una-mas"), {}, when);
    QVERIFY_FAILS_WITH(one, ErrorCode::InvalidInput);
    QVERIFY_MESSAGE_NAMES(one, QStringLiteral("f/una-mas"));
    const Result<QJsonObject> read = readWithPython(zip.finish(), m_dir.filePath(QStringLiteral("muchas.zip")));
    QVERIFY_OK(read);
    QVERIFY(read->value(QLatin1String("testzip")).isNull());
    const QJsonArray entries = read->value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 65535);
    QCOMPARE(entries.last().toObject().value(QLatin1String("name")).toString(), QStringLiteral("f/65534"));
}

void TestZipWriter::deterministic()
{
    const QByteArray first = archiveOf(samples());
    QTest::qWait(2100); // past a DOS time step: nothing may come from the clock
    // The same entries give the same bytes, and finish() may be called again.
    ZipWriter zip;
    for (const Sample &s : samples())
        QVERIFY_OK(zip.addFile(s.name, s.data, s.modified));
    QCOMPARE(zip.finish(), first);
    QCOMPARE(zip.finish(), first);
}

void TestZipWriter::dosDateTime_data()
{
    QTest::addColumn<QDateTime>("modified");
    QTest::addColumn<quint32>("dos"); // date << 16 | time
    const QDateTime utc(QDate(2027, 6, 6), QTime(2, 40, 17), Qt::UTC);
    QTest::newRow("utc") << utc << quint32(0x5ec61508);
    // The same instant six hours west: its own fields, the day before.
    QTest::newRow("offset") << utc.toOffsetFromUtc(-6 * 3600) << quint32(0x5ec5a508);
    QTest::newRow("local time") << QDateTime(QDate(2000, 2, 29), QTime(12, 34, 56), Qt::LocalTime)
                                << quint32(0x285d645c);
    QTest::newRow("odd second") << QDateTime(QDate(1980, 1, 1), QTime(0, 0, 1), Qt::UTC) << quint32(0x00210000);
    QTest::newRow("1979") << QDateTime(QDate(1979, 12, 31), QTime(23, 59, 59), Qt::UTC) << quint32(0x00210000);
    QTest::newRow("unix epoch") << QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC) << quint32(0x00210000);
    QTest::newRow("2107") << QDateTime(QDate(2107, 12, 31), QTime(23, 59, 59), Qt::UTC) << quint32(0xff9fbf7d);
    QTest::newRow("2200") << QDateTime(QDate(2200, 1, 1), QTime(0, 0), Qt::UTC) << quint32(0xff9fbf7d);
}

void TestZipWriter::dosDateTime()
{
    QFETCH(QDateTime, modified);
    QFETCH(quint32, dos);
    QCOMPARE(ZipWriter::dosDateTime(modified), dos);
    // And in the archive: the local header's time and date at offsets 10 and 12.
    ZipWriter zip;
    QVERIFY_OK(zip.addFile(QStringLiteral("a.txt"), "uno", modified));
    const QByteArray archive = zip.finish();
    const auto le16 = [&](int at) {
        return quint32(quint8(archive[at])) | quint32(quint8(archive[at + 1])) << 8;
    };
    QCOMPARE((le16(12) << 16) | le16(10), dos);
}

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
