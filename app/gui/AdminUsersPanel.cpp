#include "AdminUsersPanel.h"

#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "RetranslatedMessage.h"
#include "Session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace acta::gui {

AdminUsersPanel::AdminUsersPanel(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
{
    auto *layout = new QVBoxLayout(this);

    m_listBox = new QGroupBox(this);
    auto *listLayout = new QVBoxLayout(m_listBox);
    m_table = new QTableWidget(0, ColumnCount, m_listBox);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    // Sized by the header, not by resizeColumnsToContents(), which undoes the stretch when the tab is hidden.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FullNameColumn, QHeaderView::Stretch);
    listLayout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    m_disableButton = new QPushButton(m_listBox);
    m_disableButton->setObjectName(QStringLiteral("disableUserButton"));
    m_enableButton = new QPushButton(m_listBox);
    m_enableButton->setObjectName(QStringLiteral("enableUserButton"));
    m_unlockButton = new QPushButton(m_listBox);
    m_unlockButton->setObjectName(QStringLiteral("unlockUserButton"));
    m_resetButton = new QPushButton(m_listBox);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    for (QPushButton *b : {m_disableButton, m_enableButton, m_unlockButton, m_resetButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    listLayout->addLayout(buttons);
    layout->addWidget(m_listBox, 1);

    m_addBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_addBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_usernameLabel = new QLabel(m_addBox);
    m_usernameEdit = new QLineEdit(m_addBox);
    m_usernameEdit->setObjectName(QStringLiteral("newUsernameEdit"));
    m_usernameEdit->setMaxLength(32);
    m_usernameLabel->setBuddy(m_usernameEdit);
    m_fullNameLabel = new QLabel(m_addBox);
    m_fullNameEdit = new QLineEdit(m_addBox);
    m_fullNameEdit->setObjectName(QStringLiteral("newFullNameEdit"));
    m_fullNameLabel->setBuddy(m_fullNameEdit);
    m_roleLabel = new QLabel(m_addBox);
    m_roleCombo = new QComboBox(m_addBox);
    m_roleCombo->setObjectName(QStringLiteral("newRoleCombo"));
    for (Role role : allRoles())
        m_roleCombo->addItem(QString(), roleId(role));
    m_roleLabel->setBuddy(m_roleCombo);
    form->addRow(m_usernameLabel, m_usernameEdit);
    form->addRow(m_fullNameLabel, m_fullNameEdit);
    form->addRow(m_roleLabel, m_roleCombo);
    m_addNote = new QLabel(m_addBox);
    m_addNote->setWordWrap(true);
    form->addRow(m_addNote);
    m_addButton = new QPushButton(m_addBox);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);
    form->addRow(QString(), addRow);
    layout->addWidget(m_addBox);

    m_messageLabel = RetranslatedMessage::addLabel(this, layout, QStringLiteral("usersMessage"));
    m_message = std::make_unique<RetranslatedMessage>(m_messageLabel);

    setTabOrder(m_table, m_disableButton);
    setTabOrder(m_disableButton, m_enableButton);
    setTabOrder(m_enableButton, m_unlockButton);
    setTabOrder(m_unlockButton, m_resetButton);
    setTabOrder(m_resetButton, m_usernameEdit);
    setTabOrder(m_usernameEdit, m_fullNameEdit);
    setTabOrder(m_fullNameEdit, m_roleCombo);
    setTabOrder(m_roleCombo, m_addButton);
    setFocusProxy(m_table);

    connect(m_addButton, &QPushButton::clicked, this, &AdminUsersPanel::addUser);
    connect(m_fullNameEdit, &QLineEdit::returnPressed, this, &AdminUsersPanel::addUser);
    connect(m_disableButton, &QPushButton::clicked, this, &AdminUsersPanel::disableSelected);
    connect(m_enableButton, &QPushButton::clicked, this, &AdminUsersPanel::enableSelected);
    connect(m_unlockButton, &QPushButton::clicked, this, &AdminUsersPanel::unlockSelected);
    connect(m_resetButton, &QPushButton::clicked, this, &AdminUsersPanel::resetPasswordSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AdminUsersPanel::updateButtons);
    connect(&m_session, &Session::userChanged, this, [this] {
        m_message->clear();
        refresh();
    });
    retranslate();
}

AdminUsersPanel::~AdminUsersPanel() = default;

void AdminUsersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminUsersPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // logins since may have locked an account, and locks run out
}

void AdminUsersPanel::retranslate()
{
    m_listBox->setTitle(tr("Users of this station"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Full name"), tr("Role"), tr("State")});
    m_disableButton->setText(tr("&Disable…"));
    m_disableButton->setToolTip(tr("The user can no longer log in; the history keeps their name."));
    m_enableButton->setText(tr("&Enable"));
    m_unlockButton->setText(tr("Un&lock"));
    m_unlockButton->setToolTip(tr("Lift the lock after %1 failed logins before its %2 minutes run out.")
                                   .arg(UserRepository::MaxFailedLogins)
                                   .arg(UserRepository::LockoutSeconds / 60));
    m_resetButton->setText(tr("Reset &password…"));
    m_addBox->setTitle(tr("Add a user"));
    m_usernameLabel->setText(tr("User &name:"));
    m_usernameEdit->setPlaceholderText(tr("e.g. ana.lopez"));
    m_fullNameLabel->setText(tr("&Full name:"));
    m_roleLabel->setText(tr("R&ole:"));
    const QList<Role> roles = allRoles();
    for (int i = 0; i < roles.size(); ++i)
        m_roleCombo->setItemText(i, roleName(roles.at(i)));
    m_addNote->setText(tr("The password is asked twice, without showing it: at least %1 characters, and not the "
                          "user name. Users are never deleted, only disabled.")
                           .arg(UserRepository::MinPasswordLength));
    m_addButton->setText(tr("&Add user…"));
    fillTable(); // roles and states are worded in the language shown
    m_message->retranslate();
}

bool AdminUsersPanel::allowed()
{
    if (m_session.can(Permission::ManageUsers))
        return true;
    m_message->error([this] { return tr("Only an administrator may manage users."); });
    return false;
}

void AdminUsersPanel::refresh()
{
    m_users.clear();
    if (m_session.can(Permission::ManageUsers)) {
        Result<QList<User>> users = m_session.users().list();
        if (users)
            m_users = *users;
        else
            m_message->error([this, e = users.error()] { return tr("The users could not be read: %1").arg(e); });
    }
    fillTable();
}

QString AdminUsersPanel::stateText(const User &user) const
{
    if (user.disabled)
        return tr("Disabled");
    if (user.lockedAt(m_session.clock().nowUtc()))
        return tr("Locked until %1").arg(user.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
    return tr("Active");
}

void AdminUsersPanel::fillTable()
{
    const QString keep = selectedUser();
    m_table->setRowCount(int(m_users.size()));
    for (int row = 0; row < m_users.size(); ++row) {
        const User &u = m_users.at(row);
        const QString cells[ColumnCount] = {u.username, u.fullName, roleName(u.role), stateText(u)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == UsernameColumn)
                item->setData(Qt::UserRole, u.username);
            m_table->setItem(row, c, item);
        }
    }
    if (!keep.isEmpty())
        selectUser(keep);
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

bool AdminUsersPanel::selectUser(const QString &username)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, UsernameColumn)->text().compare(username, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QString AdminUsersPanel::selectedUser() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *item : items)
        if (item->column() == UsernameColumn)
            return item->text();
    return {};
}

std::optional<User> AdminUsersPanel::selectedForChange()
{
    if (!allowed())
        return std::nullopt;
    return selected();
}

std::optional<User> AdminUsersPanel::selected() const
{
    const QString name = selectedUser();
    for (const User &u : m_users)
        if (u.username == name)
            return u;
    return std::nullopt;
}

int AdminUsersPanel::rowCount() const
{
    return m_table->rowCount();
}

QString AdminUsersPanel::cellText(const QString &username, int column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, UsernameColumn)->text() == username)
            return m_table->item(row, column)->text();
    return {};
}

QString AdminUsersPanel::message() const
{
    return m_message->text();
}

void AdminUsersPanel::updateButtons()
{
    const std::optional<User> u = selected();
    const QDateTime now = m_session.clock().nowUtc();
    // Disabling oneself stays clickable: the refusal says why rather than a button that does nothing.
    m_disableButton->setEnabled(u && !u->disabled);
    m_enableButton->setEnabled(u && u->disabled);
    m_unlockButton->setEnabled(u && !u->disabled && u->lockedAt(now));
    m_resetButton->setEnabled(u && !u->disabled);
}

void AdminUsersPanel::changed()
{
    refresh();
    Q_EMIT usersChanged();
}

std::optional<SecureBytes> AdminUsersPanel::askNewPassword(const QString &username)
{
    const QString title = tr("Password of %1").arg(username);
    const QString first = m_dialogs.askPassphrase(
        this, title,
        tr("New password for %1 (at least %2 characters):").arg(username).arg(UserRepository::MinPasswordLength));
    if (first.isEmpty()) {
        m_message->info([this] { return tr("Nothing was changed: no password was given."); });
        return std::nullopt;
    }
    SecureBytes password = SecureBytes::fromUtf8(first);
    if (Status s = UserRepository::checkPassword(password, username); !s) {
        m_message->error([this, e = s.error()] { return tr("Nothing was changed: %1").arg(e); });
        return std::nullopt;
    }
    const QString again = m_dialogs.askPassphrase(this, title, tr("The same password again, to be sure of it:"));
    if (again != first) {
        m_message->error([this] { return tr("Nothing was changed: the two passwords differ."); });
        return std::nullopt;
    }
    return password;
}

bool AdminUsersPanel::addUser()
{
    if (!allowed())
        return false;
    const QString username = m_usernameEdit->text().trimmed();
    const QString fullName = m_fullNameEdit->text().trimmed();
    const Result<Role> role = parseRole(m_roleCombo->currentData().toString());
    // The name and the full name are checked before any password is asked for.
    if (Status s = UserRepository::checkUsername(username); !s) {
        m_message->error([this, username] {
            return tr("The user was not added: %1").arg(UserRepository::checkUsername(username).error());
        });
        m_usernameEdit->setFocus();
        return false;
    }
    if (fullName.isEmpty()) {
        m_message->error([this] { return tr("The user was not added: give the person's full name."); });
        m_fullNameEdit->setFocus();
        return false;
    }
    if (!role)
        return false;
    const std::optional<SecureBytes> password = askNewPassword(username);
    if (!password)
        return false;
    Result<User> added = m_session.users().add(*m_session.user(), username, fullName, *role, *password);
    if (!added) {
        m_message->error([this, e = added.error()] { return tr("The user was not added: %1").arg(e); });
        return false;
    }
    qCInfo(lcGui) << "user added" << added->username << roleId(added->role);
    m_message->success(
        [this, name = added->username, r = added->role] { return tr("User %1 added as %2.").arg(name, roleName(r)); });
    m_usernameEdit->clear();
    m_fullNameEdit->clear();
    changed();
    selectUser(added->username);
    return true;
}

bool AdminUsersPanel::disableSelected()
{
    const std::optional<User> u = selectedForChange();
    if (!u)
        return false;
    if (u->id == m_session.user()->id) {
        m_message->error([this] {
            return tr("You cannot disable your own account: another administrator must do it, so the station "
                      "always keeps one who can manage it.");
        });
        return false;
    }
    const QString name = u->username;
    if (!m_dialogs.confirm(this, tr("Disable a user"),
                           tr("Disable %1 (%2)? They can no longer log in until an administrator enables them "
                              "again; what they did stays in the history under their name.")
                               .arg(name, u->fullName),
                           tr("&Disable %1").arg(name))) {
        m_message->info([this, name] { return tr("%1 was not disabled.").arg(name); });
        return false;
    }
    if (Status s = m_session.users().disable(*m_session.user(), name); !s) {
        m_message->error([this, name, e = s.error()] { return tr("%1 was not disabled: %2").arg(name, e); });
        return false;
    }
    qCInfo(lcGui) << "user disabled" << name;
    m_message->success([this, name] { return tr("%1 is disabled.").arg(name); });
    changed();
    return true;
}

bool AdminUsersPanel::enableSelected()
{
    const std::optional<User> u = selectedForChange();
    if (!u)
        return false;
    const QString name = u->username;
    if (Status s = m_session.users().enable(*m_session.user(), name); !s) {
        m_message->error([this, name, e = s.error()] { return tr("%1 was not enabled: %2").arg(name, e); });
        return false;
    }
    qCInfo(lcGui) << "user enabled" << name;
    m_message->success([this, name] { return tr("%1 is enabled and can log in again.").arg(name); });
    changed();
    return true;
}

bool AdminUsersPanel::unlockSelected()
{
    const std::optional<User> u = selectedForChange();
    if (!u)
        return false;
    const QString name = u->username;
    if (Status s = m_session.users().unlock(*m_session.user(), name); !s) {
        m_message->error([this, name, e = s.error()] { return tr("%1 was not unlocked: %2").arg(name, e); });
        refresh(); // the lock may have run out meanwhile
        return false;
    }
    qCInfo(lcGui) << "user unlocked" << name;
    m_message->success([this, name] { return tr("%1 is unlocked and can log in again.").arg(name); });
    changed();
    return true;
}

bool AdminUsersPanel::resetPasswordSelected()
{
    const std::optional<User> u = selectedForChange();
    if (!u)
        return false;
    const QString name = u->username;
    const std::optional<SecureBytes> password = askNewPassword(name);
    if (!password)
        return false;
    if (Status s = m_session.users().setPassword(*m_session.user(), name, *password); !s) {
        m_message->error(
            [this, name, e = s.error()] { return tr("The password of %1 was not changed: %2").arg(name, e); });
        return false;
    }
    qCInfo(lcGui) << "password reset" << name;
    m_message->success([this, name] {
        return tr("The password of %1 was changed (and any lock lifted). Give it to them in person.").arg(name);
    });
    changed();
    return true;
}

} // namespace acta::gui
