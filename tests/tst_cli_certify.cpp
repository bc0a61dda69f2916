// Certification from the command line, on an install tree made of the real program:
// `fingerprint --output/--verify`, then `certify start` on a blank station (PDF + signed JSON,
// audited), refused once an acta is in (naming what is there) or when the software differs,
// `certify close`, `certify check`, and a clerk refused. The PDFs are rendered to PNG
// (pdftoppm) in <build>/tests/certificates for a person to look at.
#include "AuditLog.h"
#include "Certificate.h"
#include "Sha256.h"
#include "Station.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace acta;

class TestCliCertify : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fingerprintVerifiesAndNamesDifferences();
    void startOnABlankStation();
    void startRefusedWhenTheSoftwareDiffers();
    void startRefusedOnceAnActaIsIn();
    void closeAfterOperations();
    void clerksMayNotCertify();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QHash<QString, QString> &env = {});
    Run certify(const QString &kind, const QString &user = QStringLiteral("admin"));
    QString root() const { return m_dir.filePath(QStringLiteral("inst")); }
    QString station() const { return m_dir.filePath(QStringLiteral("st")); }
    QString reference() const { return m_dir.filePath(QStringLiteral("referencia.txt")); }
    QString certificates() const { return m_dir.filePath(QStringLiteral("certificados")); }
    static QString pngDir() { return QCoreApplication::applicationDirPath() + QStringLiteral("/certificates"); }
    void renderPng(const QString &pdf, const QString &name);
    QStringList jsonFiles(const QString &kind) const;
    QTemporaryDir m_dir;
    const QString m_passphrase = QStringLiteral("frase de la estación para certificar");
};

TestCliCertify::Run TestCliCertify::run(const QStringList &args, const QHash<QString, QString> &extra)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *v :
         {"ACTACAPTURE_PASSPHRASE", "ACTACAPTURE_PASSWORD", "ACTACAPTURE_NEW_PASSWORD", "ACTACAPTURE_NEW_PASSPHRASE"})
        env.remove(QLatin1String(v));
    env.insert(QStringLiteral("ACTACAPTURE_LANG"), QStringLiteral("en"));
    env.insert(QStringLiteral("ACTACAPTURE_PASSPHRASE"), m_passphrase);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/data")));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(root() + QStringLiteral("/bin/actacapture"), args);
    if (!p.waitForFinished(240000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

TestCliCertify::Run TestCliCertify::certify(const QString &kind, const QString &user)
{
    return run({QStringLiteral("certify"), kind, QStringLiteral("--reference"), reference(), QStringLiteral("--out"),
                certificates(), QStringLiteral("--station"), station(), QStringLiteral("--as"), user},
               {{QStringLiteral("ACTACAPTURE_PASSWORD"), user + QStringLiteral("-password-1")}});
}

QStringList TestCliCertify::jsonFiles(const QString &kind) const
{
    QStringList files = QDir(certificates()).entryList({QStringLiteral("certificado-%1-*.json").arg(kind)});
    for (QString &f : files)
        f = QDir(certificates()).filePath(f);
    return files;
}

void TestCliCertify::renderPng(const QString &pdf, const QString &name)
{
    QDir().mkpath(pngDir());
    QProcess p;
    p.start(
        QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), pdf, pngDir() + QLatin1Char('/') + name});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(!QDir(pngDir()).entryList({name + QStringLiteral("*.png")}).isEmpty());
}

void TestCliCertify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // An install tree of the real program: its bin/ and a data folder of its own.
    QVERIFY(QDir().mkpath(root() + QStringLiteral("/bin")));
    QVERIFY(QFile::copy(QStringLiteral(ACTA_BINARY), root() + QStringLiteral("/bin/actacapture")));
    QVERIFY(QDir().mkpath(root() + QStringLiteral("/share/actacapture")));
    QFile model(root() + QStringLiteral("/share/actacapture/modelo.bin"));
    QVERIFY(model.open(QIODevice::WriteOnly));
    model.write(QByteArray(4096, '\x5a'));
    model.close();

    Run r = run({QStringLiteral("init-station"), QStringLiteral("--admin"), QStringLiteral("admin"),
                 QStringLiteral("--name"), QStringLiteral("CATD 07"), QStringLiteral("--station"), station()},
                {{QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("admin-password-1")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ana"), QStringLiteral("--role"),
             QStringLiteral("clerk"), QStringLiteral("--as"), QStringLiteral("admin"), QStringLiteral("--station"),
             station()},
            {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("admin-password-1")},
             {QStringLiteral("ACTACAPTURE_NEW_PASSWORD"), QStringLiteral("ana-password-1")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliCertify::fingerprintVerifiesAndNamesDifferences()
{
    Run r = run({QStringLiteral("fingerprint"), QStringLiteral("--output"), reference()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("fingerprint"), QStringLiteral("--verify"), reference()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2 files, all equal")), qPrintable(r.out));

    // One byte changed in the model, an extra program, and back.
    QFile model(root() + QStringLiteral("/share/actacapture/modelo.bin"));
    QVERIFY(model.open(QIODevice::ReadWrite));
    QVERIFY(model.seek(100));
    model.write("\x5b");
    model.close();
    QFile extra(root() + QStringLiteral("/bin/actaextra"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("#!/bin/sh\n");
    extra.close();
    r = run({QStringLiteral("fingerprint"), QStringLiteral("--verify"), reference()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("differs: share/actacapture/modelo.bin")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("extra: bin/actaextra")), qPrintable(r.err));
    QVERIFY(QFile::remove(root() + QStringLiteral("/bin/actaextra")));
    QVERIFY(model.open(QIODevice::ReadWrite));
    QVERIFY(model.seek(100));
    model.write("\x5a");
    model.close();
    r = run({QStringLiteral("fingerprint"), QStringLiteral("--verify"), reference()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliCertify::startOnABlankStation()
{
    const Run r = certify(QStringLiteral("start"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList json = jsonFiles(QStringLiteral("inicio"));
    QCOMPARE(json.size(), 1);
    QString pdf = json.first();
    pdf.replace(QStringLiteral(".json"), QStringLiteral(".pdf"));
    QVERIFY(QFileInfo::exists(pdf));
    QCOMPARE(QFile::permissions(json.first()) & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
    renderPng(pdf, QStringLiteral("inicio"));

    // The signature verifies with the station's key, and the facts are what a blank store holds.
    Result<std::unique_ptr<Station>> st
        = Station::open(station(), SecureBytes::fromUtf8(m_passphrase), Clock::system());
    QVERIFY2(st, qPrintable(st.error()));
    const QString stationKey = SigningKey::fingerprintOf((*st)->signingPublicKey());
    QFile f(json.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<SignedCertificate::Checked> checked = SignedCertificate::verify(f.readAll(), stationKey);
    QVERIFY2(checked, qPrintable(checked.error()));
    const QJsonObject c = checked->certificate;
    QCOMPARE(c.value(QStringLiteral("kind")).toString(), QStringLiteral("inicio"));
    QCOMPARE(c.value(QStringLiteral("mode")).toString(), QStringLiteral("produccion"));
    QCOMPARE(c.value(QStringLiteral("issued_by")).toString(), QStringLiteral("admin"));
    const QJsonObject store = c.value(QStringLiteral("facts")).toObject().value(QStringLiteral("store")).toObject();
    for (const char *key : {"actas", "entries", "images", "outbox", "receipts", "drills"})
        QCOMPARE(store.value(QLatin1String(key)).toInteger(), 0);
    QVERIFY(store.value(QStringLiteral("audit_chain_intact")).toBool());
    QCOMPARE(c.value(QStringLiteral("software")).toObject().value(QStringLiteral("files")).toArray().size(), 2);

    // The issue is audited, with the JSON's SHA-256.
    Result<QList<AuditLog::Entry>> entries = AuditLog::entries((*st)->database());
    QVERIFY(entries);
    qsizetype issued = 0;
    for (const AuditLog::Entry &e : *entries)
        if (e.action == QLatin1String(AuditAction::CertificateIssued)) {
            ++issued;
            QVERIFY(e.details.contains(QStringLiteral("inicio")));
            QVERIFY(e.details.contains(sha256Hex([&] {
                QFile j(json.first());
                return j.open(QIODevice::ReadOnly) ? j.readAll() : QByteArray();
            }())));
        }
    QCOMPARE(issued, 1);

    // certify check: with the right key, and refused with another or once a byte is changed.
    Run check
        = run({QStringLiteral("certify"), QStringLiteral("check"), json.first(), QStringLiteral("--key"), stationKey});
    QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    QVERIFY(check.out.contains(QStringLiteral("the signature holds")));
    check = run({QStringLiteral("certify"), QStringLiteral("check"), json.first(), QStringLiteral("--key"),
                 QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000")});
    QCOMPARE(check.exitCode, 1);
    QFile forged(m_dir.filePath(QStringLiteral("forged.json")));
    QVERIFY(forged.open(QIODevice::WriteOnly));
    QVERIFY(f.seek(0));
    QByteArray bytes = f.readAll();
    bytes.replace("\"admin\"", "\"amdin\"");
    forged.write(bytes);
    forged.close();
    check = run({QStringLiteral("certify"), QStringLiteral("check"), forged.fileName()});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.contains(QStringLiteral("signature does not hold")), qPrintable(check.err));
}

void TestCliCertify::startRefusedWhenTheSoftwareDiffers()
{
    QFile extra(root() + QStringLiteral("/share/actacapture/parche.bin"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("patch");
    extra.close();
    const Run r = certify(QStringLiteral("start"));
    QVERIFY(QFile::remove(extra.fileName()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("extra: share/actacapture/parche.bin")), qPrintable(r.err));
    QCOMPARE(jsonFiles(QStringLiteral("inicio")).size(), 1); // nothing new written
}

void TestCliCertify::startRefusedOnceAnActaIsIn()
{
    Run r = run({QStringLiteral("intake"), QStringLiteral(ACTA_SOURCE_DIR "/resources/demo/acta-demo-1.jpg"),
                 QStringLiteral("--station"), station(), QStringLiteral("--as"), QStringLiteral("ana")},
                {{QStringLiteral("ACTACAPTURE_PASSWORD"), QStringLiteral("ana-password-1")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    QTest::qWait(1100); // certificate names carry the second
    r = certify(QStringLiteral("start"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not blank")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Actas: 1")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Images: 1")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("acta_created")), qPrintable(r.err));
    QCOMPARE(jsonFiles(QStringLiteral("inicio")).size(), 1);
}

void TestCliCertify::closeAfterOperations()
{
    const Run r = certify(QStringLiteral("close"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList json = jsonFiles(QStringLiteral("cierre"));
    QCOMPARE(json.size(), 1);
    QFile f(json.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    Result<SignedCertificate::Checked> checked = SignedCertificate::verify(f.readAll());
    QVERIFY2(checked, qPrintable(checked.error()));
    const QJsonObject facts = checked->certificate.value(QStringLiteral("facts")).toObject();
    QCOMPARE(facts.value(QStringLiteral("store")).toObject().value(QStringLiteral("actas")).toInteger(), 1);
    QCOMPARE(facts.value(QStringLiteral("actas_by_state")).toObject().value(QStringLiteral("total")).toInteger(), 1);
    QVERIFY(facts.value(QStringLiteral("prep")).toObject().contains(QStringLiteral("counted")));
    QVERIFY(facts.value(QStringLiteral("software_check"))
                .toObject()
                .value(QStringLiteral("differences"))
                .toArray()
                .isEmpty());
    QString pdf = json.first();
    pdf.replace(QStringLiteral(".json"), QStringLiteral(".pdf"));
    renderPng(pdf, QStringLiteral("cierre"));
}

void TestCliCertify::clerksMayNotCertify()
{
    const Run r = certify(QStringLiteral("close"), QStringLiteral("ana"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("may not certify")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliCertify)
#include "tst_cli_certify.moc"
