#pragma once

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace acta::gui {

class FileDialogs;
class MessageLabel;
class RetranslatedMessage;
class Session;

// The station's settings (Permission::ConfigureStation), kept in its encrypted store
// (StationSettings) and audited: how long the station may sit idle before it locks back to the
// login screen (1 to 60 minutes; never, only in a drill station) and the hot folder the scanner
// writes into. After a change Session::settingsChanged() tells the station window to apply it.
class AdminSettingsPanel : public QWidget
{
    Q_OBJECT

public:
    AdminSettingsPanel(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~AdminSettingsPanel() override;

    // What the buttons do (tests call these).
    bool applyIdleLock(); // the spin box's value
    bool chooseHotFolder(); // asks for the folder

    void refresh();
    QString message() const;
    QString hotFolderText() const; // as shown
    std::optional<int> storedIdleLockMinutes() const { return m_idleMinutes; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void showValues();
    bool allowed();

    Session &m_session;
    FileDialogs &m_dialogs;
    std::optional<int> m_idleMinutes; // as stored; nullopt: the program's default
    std::optional<QString> m_hotFolder;
    QString m_readError;

    QGroupBox *m_lockBox = nullptr;
    QLabel *m_idleLabel = nullptr;
    QSpinBox *m_idleSpin = nullptr;
    QPushButton *m_idleButton = nullptr;
    QLabel *m_idleNote = nullptr;
    QGroupBox *m_hotBox = nullptr;
    QLabel *m_hotLabel = nullptr;
    QLineEdit *m_hotEdit = nullptr;
    QPushButton *m_hotButton = nullptr;
    QLabel *m_hotNote = nullptr;
    MessageLabel *m_messageLabel = nullptr;
    std::unique_ptr<RetranslatedMessage> m_message;
};

} // namespace acta::gui
