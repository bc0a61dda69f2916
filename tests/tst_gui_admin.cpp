// The software fingerprint on the login screen and in the About box, and the administrator's
// screen: the fingerprint checked against the auditors' reference, whether the store is blank,
// and the certificates of the start and close of operations, on a throwaway install tree with its
// own reference (screenshots in <build>/tests/screenshots).
#include "AboutDialog.h"
#include "AdministrationView.h"
#include "AuditLog.h"
#include "Certificate.h"
#include "InstalledFingerprint.h"
#include "Language.h"
#include "SoftwareFingerprint.h"
#include "StartView.h"
#include "TestSupport.h"
#include "tst_gui_support.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>

using namespace acta;
using namespace acta::gui;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// An install tree as `cmake --install` leaves it: the programs, a shared file, the build's own
// reference; and the auditors' copy of that reference beside it. Returns the tree's digest.
QString makeInstallTree(const QString &root, const QString &auditorsCopy, bool withOwnReference = true)
{
    writeFile(root + QStringLiteral("/bin/actacapture"), QByteArray(64 * 1024, 'a') + root.toUtf8());
    writeFile(root + QStringLiteral("/bin/actahub"), QByteArray(4096, 'h'));
    writeFile(root + QStringLiteral("/share/doc/actacapture/certification.md"), "# Certification\n");
    const SoftwareFingerprint fingerprint = SoftwareFingerprint::compute(root).value();
    if (withOwnReference)
        writeFile(QDir(root).filePath(SoftwareFingerprint::referencePath()), fingerprint.text(root));
    if (!auditorsCopy.isEmpty())
        writeFile(auditorsCopy, fingerprint.text(root));
    return fingerprint.combined();
}

QLabel *startFingerprintLabel(StationWindow &w)
{
    return w.startView()->findChild<QLabel *>(QStringLiteral("fingerprintLabel"));
}

} // namespace

class TestGuiAdmin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginScreenSaysWhenThereIsNoReferenceOrItDiffers();
    void aboutBoxByKeyboard();
    void clerkHasNoAdministrationTab();
    // These two end with screenshots in es_MX and en (the language stays installed).
    void administratorCertifiesStartAndClose();
    void loginScreenShowsTheFingerprint();

private:
    std::unique_ptr<StationWindow> startWindow(guitest::Fixture &f, const QString &installRoot);
    std::optional<Election> m_sample;
};

void TestGuiAdmin::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_sample = Election::sample().value();
    QVERIFY(QDir().mkpath(QStringLiteral("screenshots")));
}

std::unique_ptr<StationWindow> TestGuiAdmin::startWindow(guitest::Fixture &f, const QString &installRoot)
{
    f.env.installRoot = installRoot;
    auto w = std::make_unique<StationWindow>(*m_sample, f.env);
    w->resize(1280, 800);
    w->show();
    w->activateWindow(); // mnemonics (Alt+letter) and F1 need an active window
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("window not active");
    return w;
}

void TestGuiAdmin::loginScreenShowsTheFingerprint()
{
    guitest::Fixture f;
    const QString root = f.dir.filePath(QStringLiteral("install"));
    const QString digest = makeInstallTree(root, QString());
    f.env.installRoot = root;
    StationWindow w(*m_sample, f.env);
    // Computed on a worker thread: the window is there at once and says so.
    QLabel *label = startFingerprintLabel(w);
    QVERIFY(label);
    QVERIFY2(label->text().contains(QLatin1String("computing")), qPrintable(label->text()));
    QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    const QString grouped = InstalledFingerprint::grouped(digest);
    QCOMPARE(grouped.split(QLatin1Char(' ')).size(), 4);
    QCOMPARE(grouped.split(QLatin1Char(' ')).first().size(), 16);
    QTRY_VERIFY2_WITH_TIMEOUT(label->text().contains(grouped), qPrintable(label->text()), 20000);
    QVERIFY2(label->text().contains(QLatin1String("equals the installation reference")), qPrintable(label->text()));

    QVERIFY(w.openStation(DemoStation::passphrase()));
    QVERIFY(w.startView()->atLoginStep());
    QVERIFY(label->isVisible()); // on the login step too
    for (const QString &language : {QStringLiteral("es_MX"), QStringLiteral("en")}) {
        QVERIFY(Language::install(QCoreApplication::instance(), language));
        QTest::qWait(300);
        w.layout()->activate();
        QVERIFY(label->text().contains(grouped)); // retranslated, still there
        QVERIFY(w.grab().save(QStringLiteral("screenshots/start-fingerprint-%1.png").arg(language)));
    }
}

void TestGuiAdmin::loginScreenSaysWhenThereIsNoReferenceOrItDiffers()
{
    QTemporaryDir dir;
    // A build tree: no reference of its own.
    const QString bare = dir.filePath(QStringLiteral("bare"));
    const QString bareDigest = makeInstallTree(bare, QString(), false);
    InstalledFingerprint *plain = InstalledFingerprint::forRoot(bare);
    QCOMPARE(InstalledFingerprint::forRoot(bare + QStringLiteral("/bin/..")), plain); // one per tree
    QTRY_COMPARE_WITH_TIMEOUT(plain->state(), InstalledFingerprint::State::Ready, 20000);
    QCOMPARE(plain->combined(), bareDigest);
    QCOMPARE(plain->reference(), InstalledFingerprint::Reference::Absent);
    QVERIFY2(plain->summary().contains(QLatin1String("no installation reference")), qPrintable(plain->summary()));

    // A program replaced after installation.
    const QString changed = dir.filePath(QStringLiteral("changed"));
    makeInstallTree(changed, QString());
    writeFile(changed + QStringLiteral("/bin/actahub"), "replaced");
    InstalledFingerprint *tampered = InstalledFingerprint::forRoot(changed);
    QTRY_COMPARE_WITH_TIMEOUT(tampered->state(), InstalledFingerprint::State::Ready, 20000);
    QCOMPARE(tampered->reference(), InstalledFingerprint::Reference::Differs);
    QCOMPARE(tampered->referenceDifferences(),
             QStringList {
                 SoftwareFingerprint::describe({SoftwareFingerprint::Change::Differs, QStringLiteral("bin/actahub")})});
    QVERIFY2(tampered->summary().contains(QLatin1String("does NOT equal")), qPrintable(tampered->summary()));

    // Nothing of ActaCapture there: said, not hidden.
    InstalledFingerprint *empty = InstalledFingerprint::forRoot(dir.filePath(QStringLiteral("nothing")));
    QTRY_COMPARE_WITH_TIMEOUT(empty->state(), InstalledFingerprint::State::Failed, 20000);
    QVERIFY2(empty->summary().contains(QLatin1String("cannot be computed")), qPrintable(empty->summary()));
}

void TestGuiAdmin::aboutBoxByKeyboard()
{
    guitest::Fixture f;
    const QString root = f.dir.filePath(QStringLiteral("install"));
    const QString digest = makeInstallTree(root, QString());
    auto w = startWindow(f, root);
    // Before a station is open too.
    QTest::keyClick(w.get(), Qt::Key_F1);
    auto *about = w->findChild<AboutDialog *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(about->fingerprintText(), InstalledFingerprint::grouped(digest), 20000);
    QVERIFY2(about->referenceText().contains(QLatin1String("equal the installation reference")),
             qPrintable(about->referenceText()));
    QVERIFY(about->findChild<QLabel *>(QStringLiteral("qtLabel"))->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(
        about->findChild<QLabel *>(QStringLiteral("docsLabel"))->text().contains(QLatin1String("certification.md")));
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!about->isVisible());

    // With the station open and someone logged in: the station's id and mode.
    QVERIFY(w->openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(*w, "capturista1"));
    QTest::keyClick(w.get(), Qt::Key_F1);
    QCOMPARE(w->findChild<AboutDialog *>(), about); // one box, told about the station
    QTRY_VERIFY(about->isVisible());
    const Station &station = w->session()->station();
    QVERIFY2(about->stationText().contains(station.stationId()), qPrintable(about->stationText()));
    QVERIFY2(about->stationText().contains(QLatin1String("simulacro")), qPrintable(about->stationText()));
    QTest::qWait(100); // laid out for the station's line
    about->grab().save(QStringLiteral("screenshots/about.png"));
    QTest::keyClick(about, Qt::Key_Escape);
    QTRY_VERIFY(!about->isVisible());
    // The header's button does the same, for those who look for it.
    w->findChild<QPushButton *>(QStringLiteral("aboutButton"))->click();
    QTRY_VERIFY(w->findChild<AboutDialog *>()->isVisible());
}

void TestGuiAdmin::administratorCertifiesStartAndClose()
{
    guitest::Fixture f;
    const QString root = f.dir.filePath(QStringLiteral("install"));
    const QString reference = f.dir.filePath(QStringLiteral("auditoria/referencia.txt"));
    const QString digest = makeInstallTree(root, reference);
    // Another build's reference: one program differs, one file it has is missing here, one here is extra.
    const QString otherRoot = f.dir.filePath(QStringLiteral("other"));
    writeFile(otherRoot + QStringLiteral("/bin/actacapture"), "another build");
    writeFile(otherRoot + QStringLiteral("/bin/actahub"), QByteArray(4096, 'h'));
    writeFile(otherRoot + QStringLiteral("/share/actacapture/extra.txt"), "x");
    const QString otherReference = f.dir.filePath(QStringLiteral("auditoria/otra.txt"));
    writeFile(otherReference, SoftwareFingerprint::compute(otherRoot).value().text());

    auto w = startWindow(f, root);
    QVERIFY(w->openStation(DemoStation::passphrase()));
    QVERIFY(guitest::login(*w, "admin"));
    AdministrationView *admin = w->administrationView();
    QVERIFY(admin);
    auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("workTabs"));
    QCOMPARE(tabs->currentWidget(), admin); // an administrator lands on it
    QVERIFY(tabs->isTabEnabled(tabs->indexOf(admin)));
    QTRY_COMPARE_WITH_TIMEOUT(admin->fingerprintText(), InstalledFingerprint::grouped(digest), 20000);
    QVERIFY2(admin->referenceText().contains(QLatin1String("equal the installation reference")),
             qPrintable(admin->referenceText()));
    QVERIFY(admin->findChild<QLabel *>(QStringLiteral("drillBadge"))->isVisible());
    QVERIFY(admin->findChild<QLabel *>(QStringLiteral("stationLabel"))
                ->text()
                .contains(w->session()->station().stationId()));
    QVERIFY(admin->storeBlank());
    QVERIFY(admin->storeContents().isEmpty());

    // Checked against the auditors' reference, by keyboard (Alt+V).
    QSignalSpy verified(admin, &AdministrationView::verificationFinished);
    f.dialogs.nextOpen = {reference};
    QTest::keyClick(w.get(), Qt::Key_V, Qt::AltModifier);
    QVERIFY(verified.wait(20000));
    QCOMPARE(verified.takeFirst().first().toBool(), true);
    QVERIFY(admin->differences().isEmpty());
    QVERIFY2(admin->verificationMessage().contains(InstalledFingerprint::grouped(digest)),
             qPrintable(admin->verificationMessage()));
    // And against another build's: each file named.
    f.dialogs.nextOpen = {otherReference};
    QVERIFY(admin->verifyAgainstReference());
    QVERIFY(verified.wait(20000));
    QCOMPARE(verified.takeFirst().first().toBool(), false);
    const QStringList differences = admin->differences();
    QVERIFY2(differences.contains(SoftwareFingerprint::describe(
                 {SoftwareFingerprint::Change::Differs, QStringLiteral("bin/actacapture")})),
             qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(differences.contains(SoftwareFingerprint::describe(
        {SoftwareFingerprint::Change::Missing, QStringLiteral("share/actacapture/extra.txt")})));
    QVERIFY(differences.contains(SoftwareFingerprint::describe(
        {SoftwareFingerprint::Change::Extra, QStringLiteral("share/doc/actacapture/certification.md")})));
    QCOMPARE(differences.size(), 3);

    // Cancelled: nothing written, and said so.
    const QString certificates = QDir(w->session()->station().directory()).filePath(QStringLiteral("certificados"));
    f.dialogs.nextOpen = {};
    QVERIFY(!admin->certify(Certificate::Kind::Start));
    QVERIFY2(admin->message().contains(QLatin1String("Nothing was certified")), qPrintable(admin->message()));
    // Against the other build's reference: refused, naming the files.
    f.dialogs.nextOpen = {otherReference};
    f.dialogs.nextFolder = certificates;
    QVERIFY(!admin->certify(Certificate::Kind::Start));
    QVERIFY2(admin->message().contains(QLatin1String("NOT certified")), qPrintable(admin->message()));
    QVERIFY2(admin->details().contains(QLatin1String("bin/actacapture")), qPrintable(admin->details()));
    QVERIFY(QDir(certificates).entryList(QDir::Files).isEmpty());

    // The start of operations, on the blank store, by keyboard (Alt+S).
    Station &station = w->session()->station();
    QSignalSpy certified(admin, &AdministrationView::certified);
    f.dialogs.nextOpen = {reference};
    f.dialogs.nextFolder = certificates;
    QTest::keyClick(w.get(), Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(certified.size(), 1); // a mnemonic clicks the button after a short animation
    QCOMPARE(f.dialogs.lastFolderStart, certificates); // proposed: the station folder's certificados/
    const QString startJson = certified.takeFirst().first().toString();
    QVERIFY2(admin->message().contains(QLatin1String("start of operations was written")), qPrintable(admin->message()));
    const QStringList written = QDir(certificates).entryList(QDir::Files);
    QCOMPARE(written.size(), 2);
    QVERIFY(written.first().startsWith(QLatin1String("certificado-inicio-")));
    QVERIFY(QFileInfo(QString(startJson).replace(QLatin1String(".json"), QLatin1String(".pdf"))).size() > 1000);
    QFile json(startJson);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray envelope = json.readAll();
    Result<SignedCertificate::Checked> checked
        = SignedCertificate::verify(envelope, station.signingKey().value().fingerprint());
    QVERIFY_OK(checked);
    QCOMPARE(checked->certificate.value(QStringLiteral("kind")).toString(), QStringLiteral("inicio"));
    QCOMPARE(checked->certificate.value(QStringLiteral("issued_by")).toString(), QStringLiteral("admin"));
    QCOMPARE(checked->certificate.value(QStringLiteral("software")).toObject().value(QStringLiteral("fingerprint")),
             QJsonValue(digest));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(envelope, QCryptographicHash::Sha256).toHex());
    QVERIFY2(admin->details().contains(startJson), qPrintable(admin->details()));
    QVERIFY2(admin->details().contains(InstalledFingerprint::grouped(sha)), qPrintable(admin->details()));
    const QList<AuditLog::Entry> entries = AuditLog::entries(station.database()).value();
    int issued = 0;
    for (const AuditLog::Entry &e : entries) {
        if (e.action != QLatin1String(AuditAction::CertificateIssued))
            continue;
        ++issued;
        QCOMPARE(QJsonDocument::fromJson(e.details.toUtf8()).object().value(QStringLiteral("sha256")).toString(), sha);
    }
    QCOMPARE(issued, 1);
    QVERIFY(admin->storeBlank()); // a certificate is a set-up event

    // An acta is taken in: the start can no longer be certified, and the view says what is there.
    w->logout();
    QVERIFY(guitest::login(*w, "capturista1"));
    QVERIFY(guitest::importAndWait(*w, {f.writeActa(5).first}));
    w->logout();
    QVERIFY(guitest::login(*w, "admin"));
    QVERIFY(!admin->storeBlank());
    QVERIFY2(admin->storeContents().contains(QStringLiteral("Actas: 1")),
             qPrintable(admin->storeContents().join(QLatin1Char('\n'))));
    f.dialogs.nextOpen = {reference};
    QVERIFY(!admin->certify(Certificate::Kind::Start));
    QVERIFY2(admin->message().contains(QLatin1String("start of operations was NOT certified")),
             qPrintable(admin->message()));
    QVERIFY2(admin->details().contains(QLatin1String("not blank")), qPrintable(admin->details()));
    QVERIFY2(admin->details().contains(QLatin1String("Actas: 1")), qPrintable(admin->details()));
    QCOMPARE(QDir(certificates).entryList(QDir::Files).size(), 2);

    // The close: issued whatever the store holds.
    f.dialogs.nextOpen = {reference};
    const std::optional<CertificateFiles> close = admin->certify(Certificate::Kind::Close);
    QVERIFY2(close, qPrintable(admin->details()));
    QVERIFY(QFileInfo::exists(close->pdf));
    QFile closeJson(close->json);
    QVERIFY(closeJson.open(QIODevice::ReadOnly));
    checked = SignedCertificate::verify(closeJson.readAll(), station.signingKey().value().fingerprint());
    QVERIFY_OK(checked);
    QCOMPARE(checked->certificate.value(QStringLiteral("kind")).toString(), QStringLiteral("cierre"));
    QCOMPARE(QDir(certificates).entryList(QDir::Files).size(), 4);
    // For the screenshots: the other build's differences listed too.
    f.dialogs.nextOpen = {otherReference};
    QVERIFY(admin->verifyAgainstReference());
    QVERIFY(verified.wait(20000));

    for (const QString &language : {QStringLiteral("es_MX"), QStringLiteral("en")}) {
        QVERIFY(Language::install(QCoreApplication::instance(), language));
        QTest::qWait(300);
        w->layout()->activate();
        QVERIFY(admin->fingerprintText().contains(InstalledFingerprint::grouped(digest)));
        QVERIFY(w->grab().save(QStringLiteral("screenshots/station-admin-%1.png").arg(language)));
    }
}

void TestGuiAdmin::clerkHasNoAdministrationTab()
{
    guitest::Fixture f;
    const QString root = f.dir.filePath(QStringLiteral("install"));
    const QString reference = f.dir.filePath(QStringLiteral("referencia.txt"));
    makeInstallTree(root, reference);
    auto w = startWindow(f, root);
    QVERIFY(w->openStation(DemoStation::passphrase()));
    for (const char *user : {"capturista1", "supervisor1", "capacitador1"}) {
        QVERIFY(guitest::login(*w, user));
        auto *tabs = w->findChild<QTabWidget *>(QStringLiteral("workTabs"));
        AdministrationView *admin = w->administrationView();
        QVERIFY(!tabs->isTabEnabled(tabs->indexOf(admin)));
        QVERIFY(!w->viewAllowed(StationWindow::View::Administration));
        QVERIFY(!w->showView(StationWindow::View::Administration));
        QVERIFY(!admin->isVisible());
        QVERIFY(admin->storeContents().isEmpty());
        // Even called directly, nothing is asked and nothing written.
        f.dialogs.nextOpen = {reference};
        f.dialogs.nextFolder = f.dir.filePath(QStringLiteral("certificados"));
        QVERIFY(!admin->certify(Certificate::Kind::Start));
        QCOMPARE(f.dialogs.nextOpen.size(), 1);
        QVERIFY2(admin->message().contains(QLatin1String("Only an administrator")), qPrintable(admin->message()));
        QVERIFY(!admin->verifyAgainstReference());
        QVERIFY(!QFileInfo::exists(f.dialogs.nextFolder));
        w->logout();
    }
}

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
