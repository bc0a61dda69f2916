#pragma once

#include "Certificate.h"
#include "CertificatePdf.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class AdministrationView;
}

namespace acta::gui {

class AdminHubsPanel;
class AdminSettingsPanel;
class AdminUsersPanel;
class FileDialogs;
class InstalledFingerprint;
struct FingerprintVerification;
class Session;

// The administrator's screen (Permission::CertifyStation): the station (id, name, mode, signing
// key), the software fingerprint and whether it equals the installation reference, a check
// against the auditors' reference file, whether the store is blank right now (and what is there
// when not), and the certificates of the start and close of operations (StationCertifier,
// docs/certification.md): each asks for the reference file and a folder (default: the station
// folder's certificados/) and shows the two files and the JSON's SHA-256, or why it was refused.
//
// The install tree checked and certified is the fingerprint's root (GuiEnvironment::installRoot).
// Every outcome is shown in the view; nothing fails silently.
//
// Beside it, in tabs of their own, what the command line's `user` and `upstream` do and the
// station's settings: AdminUsersPanel (ManageUsers), AdminHubsPanel and AdminSettingsPanel
// (ConfigureStation), each shown only to a role that has its permission.
class AdministrationView : public QWidget
{
    Q_OBJECT

public:
    AdministrationView(Session &session, FileDialogs &dialogs, InstalledFingerprint &fingerprint,
                       QWidget *parent = nullptr);
    ~AdministrationView() override;

    // What the buttons do (tests call these).
    // Asks for a reference file and compares the installed files with it off the GUI thread;
    // verificationFinished() follows. False when cancelled or not allowed.
    bool verifyAgainstReference();
    // Reads again whether the store is blank; false when it could not be read or is not allowed.
    bool refreshStore();
    // Asks for the reference and the folder, certifies with the logged-in user (one transaction)
    // and shows the outcome; the files when it was issued.
    std::optional<CertificateFiles> certify(Certificate::Kind kind);

    QString message() const; // the outcome of the last certification
    QString details() const; // its files and SHA-256, or the refusal in full
    QStringList storeContents() const; // what keeps the store from being blank; empty when blank
    bool storeBlank() const { return m_storeBlank; }
    QStringList differences() const; // of the last verification
    QString verificationMessage() const;
    QString fingerprintText() const;
    QString referenceText() const;

    AdminUsersPanel *usersPanel() const { return m_users; }
    AdminHubsPanel *hubsPanel() const { return m_hubs; }
    AdminSettingsPanel *settingsPanel() const { return m_settings; }
    // Brings a tab to the front (one of the panels, or nullptr for the certification page); false
    // when the logged-in role does not see it.
    bool showPanel(QWidget *panel);

Q_SIGNALS:
    void verificationFinished(bool equal);
    void certified(const QString &jsonPath);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showStation();
    void showFingerprint();
    void showVerification(const FingerprintVerification &verification);
    void clearForOtherUser();
    bool allowed();
    void showPanelsFor(); // the tabs the logged-in role may see

    std::unique_ptr<Ui::AdministrationView> m_ui;
    Session &m_session;
    FileDialogs &m_dialogs;
    InstalledFingerprint &m_fingerprint;
    QString m_referenceFolder; // where the last reference was picked
    QString m_pendingReference; // the verification under way
    bool m_storeBlank = false;
    AdminUsersPanel *m_users = nullptr;
    AdminHubsPanel *m_hubs = nullptr;
    AdminSettingsPanel *m_settings = nullptr;
};

} // namespace acta::gui
