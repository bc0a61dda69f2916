#pragma once

#include <QString>
#include <QWidget>

#include <memory>

namespace Ui {
class StartView;
}

namespace acta::gui {

class InstalledFingerprint;

// The first screen: the station's passphrase (with the demo passphrase and users shown on a
// demo station), then the user's login; also the screen an idle lock returns to. At its foot, on
// both steps, the software fingerprint (and whether it equals the installation reference), and
// that F1 opens the About box.
class StartView : public QWidget
{
    Q_OBJECT

public:
    explicit StartView(QWidget *parent = nullptr);
    ~StartView() override;

    void setDemoInfo(bool demo);
    void showStationStep(const QString &message = QString());
    // lockedUser: the user whose session was locked (their entry in progress is kept).
    void showLoginStep(const QString &stationName, const QString &lockedUser = QString(),
                       const QString &message = QString());
    void setMessage(const QString &message);
    bool atLoginStep() const;
    // Shows this fingerprint at the foot, "computing…" until it is in.
    void setFingerprint(InstalledFingerprint *fingerprint);
    QString fingerprintText() const;

Q_SIGNALS:
    void openRequested(const QString &passphrase);
    void loginRequested(const QString &username, const QString &password);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFingerprint();

    std::unique_ptr<Ui::StartView> m_ui;
    InstalledFingerprint *m_fingerprint = nullptr;
    bool m_demo = true;
    QString m_stationName;
    QString m_lockedUser;
};

} // namespace acta::gui
