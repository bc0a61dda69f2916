#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace acta::gui {

class InstalledFingerprint;
class Session;

// Help ▸ About (F1 anywhere in the station window): the version, the Qt it runs on, the open
// station, and the software fingerprint (in groups of sixteen digits, to be read aloud) with
// whether it equals the installation reference; docs/certification.md says how to check it.
// The fingerprint is computed off the GUI thread: "computing…" until it is in.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    // session: the open station, or null before one is opened.
    AboutDialog(InstalledFingerprint &fingerprint, Session *session, QWidget *parent = nullptr);
    ~AboutDialog() override;

    void setSession(Session *session);

    QString fingerprintText() const;
    QString referenceText() const;
    QString stationText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    InstalledFingerprint &m_fingerprint;
    Session *m_session;
};

} // namespace acta::gui
