#pragma once

#include "SecureBytes.h"
#include "UserRepository.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace acta::gui {

class FileDialogs;
class MessageLabel;
class RetranslatedMessage;
class Session;

// The administrator's users (Permission::ManageUsers), what `actacapture user` does and more: the
// table of users with their role and state (active, disabled, locked until a time), adding one
// (the password typed twice, echo off, through FileDialogs::askPassphrase), disabling one (after a
// confirmation), enabling one again, lifting a lock and resetting a password. Every change goes
// through UserRepository, which checks the actor again and audits it in the same transaction;
// nobody disables their own account, nor the last enabled administrator.
class AdminUsersPanel : public QWidget
{
    Q_OBJECT

public:
    AdminUsersPanel(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~AdminUsersPanel() override;

    // What the buttons do (tests call these). Each acts on the selected row and says how it went.
    bool addUser(); // from the form; asks the password twice
    bool disableSelected(); // asks to confirm first
    bool enableSelected();
    bool unlockSelected();
    bool resetPasswordSelected(); // asks the new password twice

    void refresh();
    bool selectUser(const QString &username);
    QString selectedUser() const;
    int rowCount() const;
    QString cellText(const QString &username, int column) const; // as shown; empty when not listed
    QString message() const;

    enum Column { UsernameColumn, FullNameColumn, RoleColumn, StateColumn, ColumnCount };

Q_SIGNALS:
    void usersChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void updateButtons();
    QString stateText(const User &user) const;
    std::optional<User> selected() const;
    // The selected user, when this administrator may change users (the refusal shown otherwise).
    std::optional<User> selectedForChange();
    bool allowed();
    // The new password of username, typed twice and checked; nullopt (with the reason shown) when
    // cancelled, refused or the two differ.
    std::optional<SecureBytes> askNewPassword(const QString &username);
    void changed(); // after a change that went through: the table again, and others told

    Session &m_session;
    FileDialogs &m_dialogs;
    QList<User> m_users;

    QGroupBox *m_listBox = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_enableButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_usernameEdit = nullptr;
    QLabel *m_fullNameLabel = nullptr;
    QLineEdit *m_fullNameEdit = nullptr;
    QLabel *m_roleLabel = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLabel *m_addNote = nullptr;
    QPushButton *m_addButton = nullptr;
    MessageLabel *m_messageLabel = nullptr;
    std::unique_ptr<RetranslatedMessage> m_message;
};

} // namespace acta::gui
