#include "AdministrationView.h"

#include "AdminHubsPanel.h"
#include "AdminSettingsPanel.h"
#include "AdminUsersPanel.h"
#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "InstalledFingerprint.h"
#include "MessageLabel.h"
#include "Session.h"
#include "SigningKey.h"
#include "StationCertifier.h"
#include "WrappedLabels.h"
#include "ui_AdministrationView.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QTabWidget>

namespace acta::gui {

namespace {

QString referenceFilter()
{
    return AdministrationView::tr("Fingerprint references (*.txt *.reference *.sha256);;All files (*)");
}

QString certificateTitle(Certificate::Kind kind)
{
    Certificate certificate;
    certificate.kind = kind;
    return certificate.title();
}

} // namespace

AdministrationView::AdministrationView(Session &session, FileDialogs &dialogs, InstalledFingerprint &fingerprint,
                                       QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AdministrationView>())
    , m_session(session)
    , m_dialogs(dialogs)
    , m_fingerprint(fingerprint)
{
    m_ui->setupUi(this);
    // The page scrolls; its long notes wrap whole rather than being cut at one line.
    WrappedLabels::keepWhole(m_ui->certificationContent);
    m_users = new AdminUsersPanel(session, dialogs, m_ui->adminTabs);
    m_users->setObjectName(QStringLiteral("adminUsersPanel"));
    m_hubs = new AdminHubsPanel(session, dialogs, m_ui->adminTabs);
    m_hubs->setObjectName(QStringLiteral("adminHubsPanel"));
    m_settings = new AdminSettingsPanel(session, dialogs, m_ui->adminTabs);
    m_settings->setObjectName(QStringLiteral("adminSettingsPanel"));
    for (QWidget *panel :
         {static_cast<QWidget *>(m_users), static_cast<QWidget *>(m_hubs), static_cast<QWidget *>(m_settings)})
        m_ui->adminTabs->addTab(panel, QString());
    m_ui->adminTabs->setCurrentWidget(m_ui->certificationPage);
    // The users changed: the store's audit log did too (the blank check counts its actions).
    connect(m_users, &AdminUsersPanel::usersChanged, this, &AdministrationView::refreshStore);
    connect(m_hubs, &AdminHubsPanel::hubsChanged, this, &AdministrationView::refreshStore);
    connect(&m_session, &Session::settingsChanged, this, &AdministrationView::refreshStore);
    m_ui->verifyLabel->setHiddenWhenEmpty(true);
    m_ui->differencesList->hide();
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AdministrationView::verifyAgainstReference);
    connect(m_ui->storeRefreshButton, &QPushButton::clicked, this, &AdministrationView::refreshStore);
    connect(m_ui->startButton, &QPushButton::clicked, this, [this] { certify(Certificate::Kind::Start); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, [this] { certify(Certificate::Kind::Close); });
    connect(&m_fingerprint, &InstalledFingerprint::changed, this, &AdministrationView::showFingerprint);
    connect(&m_fingerprint, &InstalledFingerprint::verificationFinished, this, &AdministrationView::showVerification);
    connect(&m_session, &Session::userChanged, this, [this] {
        showPanelsFor();
        clearForOtherUser();
        if (m_session.can(Permission::CertifyStation))
            refreshStore();
    });
    connect(&m_session, &Session::actasChanged, this, [this] {
        if (isVisible() && m_session.can(Permission::CertifyStation))
            refreshStore();
    });
    showPanelsFor();
    retranslate();
}

AdministrationView::~AdministrationView() = default;

void AdministrationView::showPanelsFor()
{
    QTabWidget *tabs = m_ui->adminTabs;
    tabs->setTabVisible(tabs->indexOf(m_users), m_session.can(Permission::ManageUsers));
    tabs->setTabVisible(tabs->indexOf(m_hubs), m_session.can(Permission::ConfigureStation));
    tabs->setTabVisible(tabs->indexOf(m_settings), m_session.can(Permission::ConfigureStation));
    if (!tabs->isTabVisible(tabs->currentIndex()))
        tabs->setCurrentWidget(m_ui->certificationPage);
}

bool AdministrationView::showPanel(QWidget *panel)
{
    QTabWidget *tabs = m_ui->adminTabs;
    const int index = tabs->indexOf(panel ? panel : m_ui->certificationPage);
    if (index < 0 || !tabs->isTabVisible(index))
        return false;
    tabs->setCurrentIndex(index);
    return true;
}

QString AdministrationView::message() const
{
    return m_ui->messageLabel->text();
}

QString AdministrationView::details() const
{
    return m_ui->resultText->toPlainText();
}

QStringList AdministrationView::storeContents() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->storeList->count(); ++i)
        lines.append(m_ui->storeList->item(i)->text());
    return lines;
}

QStringList AdministrationView::differences() const
{
    QStringList lines;
    for (int i = 0; i < m_ui->differencesList->count(); ++i)
        lines.append(m_ui->differencesList->item(i)->text());
    return lines;
}

QString AdministrationView::verificationMessage() const
{
    return m_ui->verifyLabel->text();
}

QString AdministrationView::fingerprintText() const
{
    return m_ui->fingerprintLabel->text();
}

QString AdministrationView::referenceText() const
{
    return m_ui->referenceLabel->text();
}

bool AdministrationView::allowed()
{
    if (m_session.can(Permission::CertifyStation))
        return true;
    m_ui->messageLabel->showError(tr("Only an administrator may certify the station."));
    return false;
}

void AdministrationView::clearForOtherUser()
{
    m_ui->messageLabel->clearMessage();
    m_ui->resultText->clear();
    m_ui->verifyLabel->clearMessage();
    m_ui->differencesList->clear();
    m_ui->differencesList->hide();
    m_ui->storeList->clear();
    m_ui->storeLabel->clear();
    m_pendingReference.clear();
    m_ui->verifyButton->setEnabled(true);
}

void AdministrationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_session.can(Permission::CertifyStation))
        refreshStore(); // what other users did since
}

void AdministrationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AdministrationView::retranslate()
{
    // Alt+R, U, H and T: no button of a page uses these letters.
    m_ui->adminTabs->setTabText(m_ui->adminTabs->indexOf(m_users), tr("&Users"));
    m_ui->adminTabs->setTabText(m_ui->adminTabs->indexOf(m_hubs), tr("&Hubs"));
    m_ui->adminTabs->setTabText(m_ui->adminTabs->indexOf(m_settings), tr("Se&ttings"));
    showStation();
    showFingerprint();
    m_ui->certifyNote->setText(
        tr("Each certificate is a PDF for the notary's and the witnesses' signatures and its JSON twin signed with "
           "the station's key. The start of operations needs the auditors' reference and a blank store; the close "
           "of operations states what the store holds at the end. Both are recorded in the audit log "
           "(docs/certification.md)."));
    if (m_session.can(Permission::CertifyStation))
        refreshStore(); // its lines are worded in the language shown
}

void AdministrationView::showStation()
{
    Station &station = m_session.station();
    m_ui->stationLabel->setText(tr("<b>%1</b><br>Id: <tt>%2</tt> · %3<br>Signing key: <tt>%4</tt><br>Folder: %5")
                                    .arg(station.name().toHtmlEscaped(), station.stationId().toHtmlEscaped(),
                                         station.isDrill() ? tr("Mode: drill (simulacro)") : tr("Mode: production"),
                                         SigningKey::fingerprintOf(station.signingPublicKey()),
                                         QDir::toNativeSeparators(station.directory()).toHtmlEscaped()));
    m_ui->drillBadge->setText(tr("SIMULACRO"));
    m_ui->drillBadge->setVisible(station.isDrill());
}

void AdministrationView::showFingerprint()
{
    m_ui->fingerprintLabel->setText(m_fingerprint.groupedText());
    m_ui->referenceLabel->setText(m_fingerprint.referenceSentence());
    m_ui->referenceLabel->setToolTip(m_fingerprint.referenceDifferences().join(QLatin1Char('\n')));
    m_ui->referenceLabel->setStyleSheet(m_fingerprint.worrying() ? QStringLiteral("color:#8a4b00; font-weight:bold;")
                                                                 : QString());
    m_ui->rootLabel->setText(tr("Install folder: %1").arg(QDir::toNativeSeparators(m_fingerprint.root())));
}

bool AdministrationView::verifyAgainstReference()
{
    if (!m_session.can(Permission::CertifyStation)) {
        m_ui->verifyLabel->showError(tr("Only an administrator may check the software."));
        return false;
    }
    if (!m_pendingReference.isEmpty())
        return false; // one check at a time
    const QString reference
        = m_dialogs.openFile(this, tr("Verify against a reference"), m_referenceFolder, referenceFilter());
    if (reference.isEmpty())
        return false;
    m_referenceFolder = QFileInfo(reference).absolutePath();
    m_pendingReference = reference;
    m_ui->verifyButton->setEnabled(false);
    m_ui->differencesList->clear();
    m_ui->differencesList->hide();
    m_ui->verifyLabel->showInfo(tr("Comparing the installed files with %1…").arg(QDir::toNativeSeparators(reference)));
    m_fingerprint.verify(reference);
    return true;
}

void AdministrationView::showVerification(const FingerprintVerification &v)
{
    if (m_pendingReference.isEmpty() || v.referenceFile != m_pendingReference)
        return; // another screen's, or a user who logged out since
    m_pendingReference.clear();
    m_ui->verifyButton->setEnabled(true);
    const QString name = QDir::toNativeSeparators(v.referenceFile);
    m_ui->differencesList->clear();
    if (!v.error.isEmpty()) {
        m_ui->verifyLabel->showError(tr("The check against %1 could not be made: %2").arg(name, v.error));
    } else if (v.differences.isEmpty()) {
        m_ui->verifyLabel->showSuccess(tr("Every installed file equals the reference %1 (combined digest %2).")
                                           .arg(name, InstalledFingerprint::grouped(v.combined)));
    } else {
        m_ui->verifyLabel->showError(tr("The installed software is NOT the reference's (%1): %n difference(s).",
                                        nullptr, int(v.differences.size()))
                                         .arg(name));
        m_ui->differencesList->addItems(v.differences);
    }
    m_ui->differencesList->setVisible(m_ui->differencesList->count() > 0);
    qCInfo(lcGui) << "software checked against" << v.referenceFile << (v.equal() ? "equal" : "not equal");
    Q_EMIT verificationFinished(v.equal());
}

bool AdministrationView::refreshStore()
{
    m_ui->storeList->clear();
    if (!m_session.can(Permission::CertifyStation)) {
        m_ui->storeLabel->clear();
        return false;
    }
    StationCertifier certifier(m_session.station(), m_session.catalog(), m_session.election(), m_session.clock());
    Result<QStringList> problems = certifier.notBlank();
    if (!problems) {
        m_storeBlank = false;
        m_ui->storeLabel->setStyleSheet(QStringLiteral("color:#b00020;"));
        m_ui->storeLabel->setText(tr("The store could not be read: %1").arg(problems.error()));
        m_ui->storeList->hide();
        return false;
    }
    m_storeBlank = problems->isEmpty();
    m_ui->storeList->addItems(*problems);
    m_ui->storeList->setVisible(!m_storeBlank);
    m_ui->storeLabel->setStyleSheet(m_storeBlank ? QString() : QStringLiteral("color:#8a4b00;"));
    m_ui->storeLabel->setText(
        m_storeBlank ? tr("The store is blank: no acta, entry, image, outbox record or drill, and only set-up events "
                          "in the audit log. The start of operations can be certified.")
                     : tr("The store is not blank, so the start of operations cannot be certified. It holds:"));
    return true;
}

std::optional<CertificateFiles> AdministrationView::certify(Certificate::Kind kind)
{
    if (!allowed())
        return std::nullopt;
    const QString title = certificateTitle(kind);
    const QString reference = m_dialogs.openFile(this, tr("%1: the auditors' reference fingerprint").arg(title),
                                                 m_referenceFolder, referenceFilter());
    if (reference.isEmpty()) {
        m_ui->messageLabel->showInfo(tr("Nothing was certified: no reference file was chosen."));
        m_ui->resultText->clear();
        return std::nullopt;
    }
    m_referenceFolder = QFileInfo(reference).absolutePath();
    const QString suggested = QDir(m_session.station().directory()).filePath(QStringLiteral("certificados"));
    QDir().mkpath(suggested); // so that the folder dialog opens in it
    const QString folder = m_dialogs.chooseFolder(this, tr("%1: where to write it").arg(title), suggested);
    if (folder.isEmpty()) {
        m_ui->messageLabel->showInfo(tr("Nothing was certified: no folder was chosen."));
        m_ui->resultText->clear();
        return std::nullopt;
    }

    StationCertifier::Request request;
    request.kind = kind;
    request.installRoot = m_fingerprint.root();
    request.referenceFile = reference;
    request.outputDir = folder;
    m_ui->messageLabel->showInfo(tr("Certifying: reading the installed files and writing the certificate…"));
    m_ui->resultText->clear();
    m_ui->messageLabel->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    StationCertifier certifier(m_session.station(), m_session.catalog(), m_session.election(), m_session.clock());
    Result<CertificateFiles> files = certifier.certify(*m_session.user(), request);
    QApplication::restoreOverrideCursor();
    refreshStore();
    if (!files) {
        qCWarning(lcGui) << "certificate refused:" << files.error();
        m_ui->messageLabel->showError(kind == Certificate::Kind::Start
                                          ? tr("The start of operations was NOT certified.")
                                          : tr("The close of operations was NOT certified."));
        m_ui->resultText->setPlainText(files.error());
        return std::nullopt;
    }
    qCInfo(lcGui) << "certificate issued" << files->json;
    m_ui->messageLabel->showSuccess(
        kind == Certificate::Kind::Start
            ? tr("The certificate of the start of operations was written and recorded in the audit log.")
            : tr("The certificate of the close of operations was written and recorded in the audit log."));
    m_ui->resultText->setPlainText(tr("PDF, for the notary's and the witnesses' signatures:\n%1\n\n"
                                      "JSON twin, signed with the station's key:\n%2\n\n"
                                      "SHA-256 of the JSON (printed on the PDF):\n%3")
                                       .arg(QDir::toNativeSeparators(files->pdf), QDir::toNativeSeparators(files->json),
                                            InstalledFingerprint::grouped(files->jsonSha256)));
    Q_EMIT certified(files->json);
    return *files;
}

} // namespace acta::gui
