// Secrets in memory and the derivation of the database key: SecureBytes, Argon2id, the keying file.
#include "KeyDerivation.h"
#include "SecureBytes.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sodium.h>

#include <sys/stat.h>

using namespace acta;

namespace {

// The lowest cost libsodium accepts for Argon2id: these tests check the plumbing, not the cost.
const Argon2Params Fast {1, 64 * 1024};

QByteArray bytesOf(const SecureBytes &s)
{
    return QByteArray(s.constChars(), s.size());
}

bool allZero(const SecureBytes &s)
{
    return sodium_is_zero(s.data(), size_t(s.size())) == 1;
}

SecureBytes passphrase(const char *utf8)
{
    return SecureBytes::fromUtf8(QString::fromUtf8(utf8));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A keying file's bytes with the checksum recomputed, so a test reaches the checks behind it.
QByteArray resealed(QByteArray bytes)
{
    unsigned char sum[16];
    crypto_generichash(sum, sizeof sum, reinterpret_cast<const unsigned char *>(bytes.constData()), 70, nullptr, 0);
    bytes.replace(70, 16, QByteArray(reinterpret_cast<const char *>(sum), 16));
    return bytes;
}

int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestKeying : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void secureBytesStartZeroed();
    void secureBytesWipeAndClear();
    void secureBytesMove();
    void secureBytesCopiesAndCompares();
    void secureBytesRandom();
    void secureBytesFromUtf8_data();
    void secureBytesFromUtf8();
    void secureBytesFromUtf8Replaces();

    void argon2idKnownAnswer_data();
    void argon2idKnownAnswer();
    void saltAndPassphraseChangeTheKey();
    void derivationRefusesBadInput_data();
    void derivationRefusesBadInput();
    void presetsAreLibsodiums();
    void rawKeySpecIsSqlCipherHex();

    void keyingFileRoundTrip();
    void keyingFileKnownLayout();
    void keyingFileIsPrivate();
    void keyingFileErrors_data();
    void keyingFileErrors();
    void keyingFilePaths();
};

void TestKeying::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ensureSodium();
}

void TestKeying::secureBytesStartZeroed()
{
    SecureBytes s(48);
    QCOMPARE(s.size(), 48);
    QVERIFY(s.data() != nullptr);
    QVERIFY(allZero(s));
    const SecureBytes empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.data() == nullptr);
    QVERIFY(SecureBytes(0).data() == nullptr);
}

void TestKeying::secureBytesWipeAndClear()
{
    SecureBytes s = SecureBytes::copyOf("clave secreta de la estación");
    QVERIFY(!allZero(s));
    s.wipe();
    QCOMPARE(s.size(), qsizetype(qstrlen("clave secreta de la estación")));
    QVERIFY(allZero(s));

    s = SecureBytes::copyOf("otra");
    s.clear();
    QVERIFY(s.isEmpty());
    QVERIFY(s.data() == nullptr);
    s.clear(); // twice is harmless
    s.wipe();
}

void TestKeying::secureBytesMove()
{
    SecureBytes a = SecureBytes::copyOf("0123456789abcdef");
    const unsigned char *where = a.data();

    SecureBytes b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is what is tested
    QVERIFY(a.data() == nullptr);
    QCOMPARE(b.data(), where); // the very same guarded block: moving never copies a secret
    QCOMPARE(bytesOf(b), QByteArray("0123456789abcdef"));

    SecureBytes c = SecureBytes::copyOf("to be replaced");
    c = std::move(b);
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(c.data(), where);
    QCOMPARE(bytesOf(c), QByteArray("0123456789abcdef"));

    static_assert(!std::is_copy_constructible_v<SecureBytes>);
    static_assert(!std::is_copy_assignable_v<SecureBytes>);
    static_assert(std::is_nothrow_move_constructible_v<SecureBytes>);
}

void TestKeying::secureBytesCopiesAndCompares()
{
    const SecureBytes a = SecureBytes::copyOf("same");
    const SecureBytes b = a.clone();
    QVERIFY(a.data() != b.data());
    QVERIFY(a.equals(b));
    QVERIFY(!a.equals(SecureBytes::copyOf("samf")));
    QVERIFY(!a.equals(SecureBytes::copyOf("same!")));
    QVERIFY(SecureBytes().equals(SecureBytes()));
}

void TestKeying::secureBytesRandom()
{
    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(!allZero(a));
    QVERIFY(!a.equals(b));
}

void TestKeying::secureBytesFromUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
    QTest::newRow("empty") << QString();
    QTest::newRow("spanish") << QStringLiteral("contraseña del cómputo año 2024");
    QTest::newRow("three-byte") << QStringLiteral("€ ✓ 中");
    QTest::newRow("surrogate pair") << QString::fromUtf8("urna \xF0\x9F\x97\xB3 ok");
}

void TestKeying::secureBytesFromUtf8()
{
    QFETCH(QString, text);
    // Same bytes as Qt's own encoder, without its unwiped heap copy.
    QCOMPARE(bytesOf(SecureBytes::fromUtf8(text)), text.toUtf8());
}

void TestKeying::secureBytesFromUtf8Replaces()
{
    // An unpaired surrogate becomes U+FFFD (Qt 6.4's encoder writes '?', which would make
    // such a passphrase equal to one with a real question mark).
    const QString high = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b");
    QCOMPARE(bytesOf(SecureBytes::fromUtf8(high)),
             QByteArray("a\xEF\xBF\xBD"
                        "b"));
    const QString low = QStringLiteral("a") + QChar(0xDC00);
    QCOMPARE(bytesOf(SecureBytes::fromUtf8(low)), QByteArray("a\xEF\xBF\xBD"));
}

void TestKeying::argon2idKnownAnswer_data()
{
    QTest::addColumn<quint64>("opslimit");
    QTest::addColumn<quint64>("memlimit");
    QTest::addColumn<QByteArray>("keyHex");
    QTest::addColumn<QByteArray>("keyCheckHex");
    // Computed with libsodium 1.0.18 crypto_pwhash(ALG_ARGON2ID13) and confirmed with the
    // reference implementation: printf '%s' 'contraseña de prueba' |
    //   argon2 ActaCapture-salt -id -t <ops> -k 64 -p 1 -l 32 -r
    QTest::newRow("t=1 m=64KiB") << quint64(1) << quint64(64 * 1024)
                                 << QByteArray("47419bdc673a2d2c54e3f8fc30d0f12c91a2050a644732ced0e834c26cbfc8d8")
                                 << QByteArray("50c171213a06e11f2a096e9981bfa3d9");
    QTest::newRow("t=2 m=64KiB") << quint64(2) << quint64(64 * 1024)
                                 << QByteArray("38ad7543021085d03ef21dec6aeb3aa46a5ac25bc0b534ad91e61d15bbb8d09e")
                                 << QByteArray();
}

void TestKeying::argon2idKnownAnswer()
{
    QFETCH(quint64, opslimit);
    QFETCH(quint64, memlimit);
    QFETCH(QByteArray, keyHex);
    QFETCH(QByteArray, keyCheckHex);
    const Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase("contraseña de prueba"),
                                                             QByteArray("ActaCapture-salt"), {opslimit, memlimit});
    QVERIFY_OK(key);
    QCOMPARE(key->size(), KeyDerivation::KeyBytes);
    QCOMPARE(bytesOf(*key).toHex(), keyHex);
    if (!keyCheckHex.isEmpty())
        QCOMPARE(KeyingFile::keyCheckFor(*key).toHex(), keyCheckHex);
}

void TestKeying::saltAndPassphraseChangeTheKey()
{
    const SecureBytes pass = passphrase("misma contraseña");
    const QByteArray salt1 = KeyDerivation::randomSalt();
    const QByteArray salt2 = KeyDerivation::randomSalt();
    QCOMPARE(salt1.size(), KeyDerivation::SaltBytes);
    QVERIFY(salt1 != salt2);

    const Result<SecureBytes> a = KeyDerivation::deriveKey(pass, salt1, Fast);
    const Result<SecureBytes> again = KeyDerivation::deriveKey(pass, salt1, Fast);
    const Result<SecureBytes> otherSalt = KeyDerivation::deriveKey(pass, salt2, Fast);
    const Result<SecureBytes> otherPass = KeyDerivation::deriveKey(passphrase("misma contraseñA"), salt1, Fast);
    const Result<SecureBytes> otherCost = KeyDerivation::deriveKey(pass, salt1, {2, Fast.memlimit});
    QVERIFY(a && again && otherSalt && otherPass && otherCost);
    QVERIFY(a->equals(*again));
    QVERIFY(!a->equals(*otherSalt));
    QVERIFY(!a->equals(*otherPass));
    QVERIFY(!a->equals(*otherCost));
}

void TestKeying::derivationRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("opslimit");
    QTest::addColumn<quint64>("memlimit");
    QTest::addColumn<QString>("expected");
    const QByteArray salt(16, 'x');
    QTest::newRow("short salt") << QByteArray(15, 'x') << quint64(1) << Fast.memlimit
                                << QStringLiteral("The key derivation salt has 15 bytes; it must have 16.");
    QTest::newRow("long salt") << QByteArray(17, 'x') << quint64(1) << Fast.memlimit
                               << QStringLiteral("The key derivation salt has 17 bytes; it must have 16.");
    QTest::newRow("no passes") << salt << quint64(0) << Fast.memlimit
                               << QStringLiteral("The Argon2id pass count 0 is out of range: it must be from 1 to 64.");
    QTest::newRow("too many passes") << salt << quint64(65) << Fast.memlimit
                                     << QStringLiteral(
                                            "The Argon2id pass count 65 is out of range: it must be from 1 to 64.");
    QTest::newRow("too little memory")
        << salt << quint64(1) << quint64(4096)
        << QStringLiteral(
               "The Argon2id memory size of 4096 bytes is out of range: it must be from 8192 bytes to 4 GiB.");
    QTest::newRow("too much memory")
        << salt << quint64(1) << (quint64(5) << 30)
        << QStringLiteral(
               "The Argon2id memory size of 5368709120 bytes is out of range: it must be from 8192 bytes to 4 GiB.");
}

void TestKeying::derivationRefusesBadInput()
{
    QFETCH(QByteArray, salt);
    QFETCH(quint64, opslimit);
    QFETCH(quint64, memlimit);
    QFETCH(QString, expected);
    const Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase("x"), salt, {opslimit, memlimit});
    QVERIFY(!key);
    QCOMPARE(key.error(), expected);
}

void TestKeying::presetsAreLibsodiums()
{
    QCOMPARE(Argon2Params::moderate(),
             (Argon2Params {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE}));
    QCOMPARE(Argon2Params::interactive(),
             (Argon2Params {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE}));
    QCOMPARE(Argon2Params::moderate().memlimit, quint64(256) << 20);
    QVERIFY(KeyDerivation::checkParams(Argon2Params::moderate()));
    QVERIFY(KeyDerivation::checkParams(Argon2Params::interactive()));
    QCOMPARE(crypto_pwhash_ALG_DEFAULT, crypto_pwhash_ALG_ARGON2ID13);
}

void TestKeying::rawKeySpecIsSqlCipherHex()
{
    SecureBytes key(KeyDerivation::KeyBytes);
    for (int i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(0xA0 + i);
    const SecureBytes spec = KeyDerivation::rawKeySpec(key);
    QCOMPARE(spec.size(), 67);
    QCOMPARE(bytesOf(spec), "x'" + bytesOf(key).toHex() + "'");
}

void TestKeying::keyingFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("estacion.db.keying"));
    SecureBytes key;
    const Result<KeyingFile> made = KeyingFile::generate(passphrase("contraseña"), Fast, &key);
    QVERIFY_OK(made);
    QCOMPARE(key.size(), KeyDerivation::KeyBytes);
    QVERIFY(made->matches(key));
    QVERIFY(!made->matches(SecureBytes(KeyDerivation::KeyBytes)));

    const Status written = made->write(path);
    QVERIFY_OK(written);
    const QByteArray bytes = readAll(path);
    QCOMPARE(bytes.size(), KeyingFile::Size);
    QVERIFY(bytes.startsWith("ACTACAPTURE-KEYING"));
    QVERIFY(!bytes.contains("contrase")); // the passphrase itself is never stored
    QVERIFY(!bytes.contains(bytesOf(key)));

    const Result<KeyingFile> read = KeyingFile::read(path);
    QVERIFY_OK(read);
    QCOMPARE(read->salt(), made->salt());
    QCOMPARE(read->params(), Fast);
    QCOMPARE(read->keyCheck(), made->keyCheck());
    const Result<SecureBytes> again = read->deriveKey(passphrase("contraseña"));
    QVERIFY(again);
    QVERIFY(again->equals(key));
    QVERIFY(read->matches(*again));
    const Result<SecureBytes> wrong = read->deriveKey(passphrase("contrasena"));
    QVERIFY(wrong);
    QVERIFY(!read->matches(*wrong));
}

void TestKeying::keyingFileKnownLayout()
{
    const Result<SecureBytes> key
        = KeyDerivation::deriveKey(passphrase("contraseña de prueba"), QByteArray("ActaCapture-salt"), Fast);
    QVERIFY(key);
    const QByteArray bytes = KeyingFile::make(QByteArray("ActaCapture-salt"), Fast, *key).serialize();
    QCOMPARE(bytes.size(), 86);
    QCOMPARE(bytes.first(18), QByteArray("ACTACAPTURE-KEYING"));
    QCOMPARE(bytes.sliced(18, 4).toHex(), QByteArray("00010103")); // version 1, Argon2id, SQLCipher 3
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + 22), quint64(1));
    QCOMPARE(qFromBigEndian<quint64>(bytes.constData() + 30), quint64(64 * 1024));
    QCOMPARE(bytes.sliced(38, 16), QByteArray("ActaCapture-salt"));
    QCOMPARE(bytes.sliced(54, 16).toHex(), QByteArray("50c171213a06e11f2a096e9981bfa3d9"));
    QCOMPARE(resealed(bytes), bytes);
}

void TestKeying::keyingFileIsPrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SecureBytes key;
    const Result<KeyingFile> made = KeyingFile::generate(passphrase("p"), Fast, &key);
    QVERIFY(made);

    const QString fresh = dir.filePath(QStringLiteral("fresh.keying"));
    QVERIFY(made->write(fresh));
    QCOMPARE(modeOf(fresh), 0600);

    // Replacing a file that others could read leaves it private as well.
    const QString existing = dir.filePath(QStringLiteral("existing.keying"));
    writeAll(existing, "old");
    QVERIFY(QFile::setPermissions(
        existing, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QCOMPARE(modeOf(existing), 0644);
    QVERIFY(made->write(existing));
    QCOMPARE(modeOf(existing), 0600);
    QCOMPARE(readAll(existing), made->serialize());
    // Nothing of QSaveFile's temporary is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestKeying::keyingFileErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // %1: the file

    const Result<SecureBytes> key = KeyDerivation::deriveKey(passphrase("p"), QByteArray(16, 's'), Fast);
    QVERIFY(key);
    const QByteArray good = KeyingFile::make(QByteArray(16, 's'), Fast, *key).serialize();
    auto patched = [&](int offset, QByteArray with) {
        QByteArray b = good;
        b.replace(offset, with.size(), with);
        return resealed(b);
    };

    QTest::newRow("empty") << QByteArray() << QStringLiteral("The keying file %1 is empty.");
    QTest::newRow("bad magic") << QByteArray(good).replace(0, 11, "ACTACAPTORE")
                               << QStringLiteral("%1 is not an ActaCapture keying file.");
    QTest::newRow("other file") << QByteArray("SQLite format 3\0 and more bytes after it", 40)
                                << QStringLiteral("%1 is not an ActaCapture keying file.");
    QTest::newRow("short junk") << QByteArray("hello") << QStringLiteral("%1 is not an ActaCapture keying file.");
    QTest::newRow("cut in magic") << good.first(10)
                                  << QStringLiteral("The keying file %1 is truncated: it has 10 byte(s) of 86.");
    QTest::newRow("cut in version") << good.first(19)
                                    << QStringLiteral("The keying file %1 is truncated: it has 19 byte(s) of 86.");
    QTest::newRow("cut in salt") << good.first(50)
                                 << QStringLiteral("The keying file %1 is truncated: it has 50 byte(s) of 86.");
    QTest::newRow("cut before checksum") << good.first(85)
                                         << QStringLiteral("The keying file %1 is truncated: it has 85 byte(s) of 86.");
    QTest::newRow("trailing data") << good + "x"
                                   << QStringLiteral("The keying file %1 is damaged: it has 87 byte(s) instead of 86.");
    QTest::newRow("newer version") << patched(18, QByteArray::fromHex("0002"))
                                   << QStringLiteral("The keying file %1 has format version 2, written by a newer "
                                                     "ActaCapture; this version reads version 1.");
    QTest::newRow("version 0") << patched(18, QByteArray::fromHex("0000"))
                               << QStringLiteral("The keying file %1 has format version 0, which ActaCapture never "
                                                 "wrote; it reads version 1.");
    QTest::newRow("version without reseal")
        << QByteArray(good).replace(18, 2, QByteArray::fromHex("0007"))
        << QStringLiteral("The keying file %1 has format version 7, written by a newer ActaCapture; this version "
                          "reads version 1.");
    QTest::newRow("flipped salt bit") << QByteArray(good).replace(40, 1, "\x72")
                                      << QStringLiteral("The keying file %1 is damaged: its checksum does not match "
                                                        "its contents.");
    QTest::newRow("flipped checksum") << QByteArray(good).replace(85, 1, QByteArray(1, char(good.at(85) ^ 1)))
                                      << QStringLiteral("The keying file %1 is damaged: its checksum does not match "
                                                        "its contents.");
    QTest::newRow("other kdf") << patched(20, QByteArray::fromHex("02"))
                               << QStringLiteral("The keying file %1 asks for key derivation 2 and cipher profile 3; "
                                                 "this version of ActaCapture knows only derivation 1 (Argon2id) "
                                                 "with profile 3 (SQLCipher 3).");
    QTest::newRow("other cipher") << patched(21, QByteArray::fromHex("04"))
                                  << QStringLiteral("The keying file %1 asks for key derivation 1 and cipher profile "
                                                    "4; this version of ActaCapture knows only derivation 1 "
                                                    "(Argon2id) with profile 3 (SQLCipher 3).");
    QTest::newRow("zero passes") << patched(22, QByteArray(8, '\0'))
                                 << QStringLiteral("The keying file %1 holds unusable key derivation settings: The "
                                                   "Argon2id pass count 0 is out of range: it must be from 1 to 64.");
    QTest::newRow("a terabyte of memory")
        << patched(30, QByteArray::fromHex("0000010000000000"))
        << QStringLiteral("The keying file %1 holds unusable key derivation settings: The Argon2id memory size of "
                          "1099511627776 bytes is out of range: it must be from 8192 bytes to 4 GiB.");
}

void TestKeying::keyingFileErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("store.db.keying"));
    writeAll(path, bytes);
    const Result<KeyingFile> read = KeyingFile::read(path);
    QVERIFY(!read);
    QCOMPARE(read.error(), expected.arg(QDir::toNativeSeparators(path)));
    QCOMPARE(readAll(path), bytes); // reading never repairs or rewrites
}

void TestKeying::keyingFilePaths()
{
    QCOMPARE(KeyingFile::pathFor(QStringLiteral("/data/estacion.db")), QStringLiteral("/data/estacion.db.keying"));
    QCOMPARE(KeyingFile::pendingPathFor(QStringLiteral("/data/estacion.db")),
             QStringLiteral("/data/estacion.db.keying.new"));
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.keying"));
    const Result<KeyingFile> read = KeyingFile::read(missing);
    QVERIFY(!read);
    QCOMPARE(read.error(), QStringLiteral("The keying file %1 is missing.").arg(QDir::toNativeSeparators(missing)));
}

QTEST_GUILESS_MAIN(TestKeying)
#include "tst_keying.moc"
