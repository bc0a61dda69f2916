#pragma once

#include "UpstreamRepository.h"

#include <QList>
#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace acta::gui {

class FileDialogs;
class MessageLabel;
class RetranslatedMessage;
class Session;

// The hubs the station sends its actas to (Permission::ConfigureStation), what `actacapture
// upstream` does: the endpoints with their address and pinned key's fingerprint, the quorum and
// the outbox, adding a hub (name, https address, the hub key's 64 hex digits and its CA
// certificate file, checked as the command line checks them: UpstreamRepository), removing one
// (after a confirmation), the quorum, and sending refused records again. Every change is audited
// by UpstreamRepository; the sync worker starts again with the new configuration.
class AdminHubsPanel : public QWidget
{
    Q_OBJECT

public:
    AdminHubsPanel(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~AdminHubsPanel() override;

    // What the buttons do (tests call these).
    bool addHub(); // from the form; asks for the CA certificate file
    bool removeSelected(); // asks to confirm first
    bool applyQuorum(); // the spin box's value
    bool retryRefused();

    void refresh();
    bool selectHub(const QString &name);
    int rowCount() const;
    QString cellText(const QString &name, int column) const; // as shown; empty when not listed
    QString summary() const; // the quorum and outbox line
    QString message() const;

    enum Column { NameColumn, UrlColumn, KeyColumn, ColumnCount };

Q_SIGNALS:
    void hubsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void fillTable();
    void showSummary();
    bool allowed();
    void changed(); // after a change that went through: sync restarted, the table again

    Session &m_session;
    FileDialogs &m_dialogs;
    QList<UpstreamEndpoint> m_endpoints;
    int m_quorum = 1;
    SyncSummary m_summary;
    QString m_readError;
    QString m_caFolder; // where the last CA certificate was picked

    QGroupBox *m_listBox = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_quorumLabel = nullptr;
    QSpinBox *m_quorumSpin = nullptr;
    QPushButton *m_quorumButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QGroupBox *m_addBox = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLabel *m_addNote = nullptr;
    QPushButton *m_addButton = nullptr;
    MessageLabel *m_messageLabel = nullptr;
    std::unique_ptr<RetranslatedMessage> m_message;
};

} // namespace acta::gui
