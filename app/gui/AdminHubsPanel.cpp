#include "AdminHubsPanel.h"

#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "RetranslatedMessage.h"
#include "Session.h"
#include "SigningKey.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace acta::gui {

AdminHubsPanel::AdminHubsPanel(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
{
    auto *layout = new QVBoxLayout(this);

    m_listBox = new QGroupBox(this);
    auto *listLayout = new QVBoxLayout(m_listBox);
    m_table = new QTableWidget(0, ColumnCount, m_listBox);
    m_table->setObjectName(QStringLiteral("hubsTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Sized by the header, not by resizeColumnsToContents(), which undoes the stretch when the tab is hidden.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UrlColumn, QHeaderView::Stretch);
    listLayout->addWidget(m_table, 1);
    m_summaryLabel = new QLabel(m_listBox);
    m_summaryLabel->setObjectName(QStringLiteral("hubsSummary"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    listLayout->addWidget(m_summaryLabel);
    auto *buttons = new QHBoxLayout;
    m_removeButton = new QPushButton(m_listBox);
    m_removeButton->setObjectName(QStringLiteral("removeHubButton"));
    m_quorumLabel = new QLabel(m_listBox);
    m_quorumSpin = new QSpinBox(m_listBox);
    m_quorumSpin->setObjectName(QStringLiteral("quorumSpin"));
    m_quorumLabel->setBuddy(m_quorumSpin);
    m_quorumButton = new QPushButton(m_listBox);
    m_quorumButton->setObjectName(QStringLiteral("quorumButton"));
    m_retryButton = new QPushButton(m_listBox);
    m_retryButton->setObjectName(QStringLiteral("retryRefusedButton"));
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_quorumLabel);
    buttons->addWidget(m_quorumSpin);
    buttons->addWidget(m_quorumButton);
    buttons->addSpacing(16);
    buttons->addWidget(m_retryButton);
    buttons->addStretch(1);
    listLayout->addLayout(buttons);
    layout->addWidget(m_listBox, 1);

    m_addBox = new QGroupBox(this);
    auto *form = new QFormLayout(m_addBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_nameLabel = new QLabel(m_addBox);
    m_nameEdit = new QLineEdit(m_addBox);
    m_nameEdit->setObjectName(QStringLiteral("hubNameEdit"));
    m_nameLabel->setBuddy(m_nameEdit);
    m_urlLabel = new QLabel(m_addBox);
    m_urlEdit = new QLineEdit(m_addBox);
    m_urlEdit->setObjectName(QStringLiteral("hubUrlEdit"));
    m_urlLabel->setBuddy(m_urlEdit);
    m_keyLabel = new QLabel(m_addBox);
    m_keyEdit = new QLineEdit(m_addBox);
    m_keyEdit->setObjectName(QStringLiteral("hubKeyEdit"));
    m_keyEdit->setMaxLength(80);
    m_keyLabel->setBuddy(m_keyEdit);
    form->addRow(m_nameLabel, m_nameEdit);
    form->addRow(m_urlLabel, m_urlEdit);
    form->addRow(m_keyLabel, m_keyEdit);
    m_addNote = new QLabel(m_addBox);
    m_addNote->setWordWrap(true);
    form->addRow(m_addNote);
    m_addButton = new QPushButton(m_addBox);
    m_addButton->setObjectName(QStringLiteral("addHubButton"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);
    form->addRow(QString(), addRow);
    layout->addWidget(m_addBox);

    m_messageLabel = RetranslatedMessage::addLabel(this, layout, QStringLiteral("hubsMessage"));
    m_message = std::make_unique<RetranslatedMessage>(m_messageLabel);

    setTabOrder(m_table, m_removeButton);
    setTabOrder(m_removeButton, m_quorumSpin);
    setTabOrder(m_quorumSpin, m_quorumButton);
    setTabOrder(m_quorumButton, m_retryButton);
    setTabOrder(m_retryButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_urlEdit);
    setTabOrder(m_urlEdit, m_keyEdit);
    setTabOrder(m_keyEdit, m_addButton);
    setFocusProxy(m_table);

    connect(m_addButton, &QPushButton::clicked, this, &AdminHubsPanel::addHub);
    connect(m_keyEdit, &QLineEdit::returnPressed, this, &AdminHubsPanel::addHub);
    connect(m_removeButton, &QPushButton::clicked, this, &AdminHubsPanel::removeSelected);
    connect(m_quorumButton, &QPushButton::clicked, this, &AdminHubsPanel::applyQuorum);
    connect(m_retryButton, &QPushButton::clicked, this, &AdminHubsPanel::retryRefused);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(&m_session, &Session::userChanged, this, [this] {
        m_message->clear();
        refresh();
    });
    retranslate();
}

AdminHubsPanel::~AdminHubsPanel() = default;

void AdminHubsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminHubsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the outbox moves while the station works
}

void AdminHubsPanel::retranslate()
{
    m_listBox->setTitle(tr("Hubs this station sends its actas to"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Address"), tr("Hub key (fingerprint)")});
    m_removeButton->setText(tr("Re&move…"));
    m_quorumLabel->setText(tr("&Quorum:"));
    m_quorumSpin->setToolTip(tr("How many hubs must hold a record before its acta counts as synced."));
    m_quorumButton->setText(tr("&Set quorum"));
    m_retryButton->setText(tr("Send refused records a&gain"));
    m_retryButton->setToolTip(tr("After the cause was fixed at the hub (for example the station's key enrolled)."));
    m_addBox->setTitle(tr("Add a hub"));
    m_nameLabel->setText(tr("&Name:"));
    m_nameEdit->setPlaceholderText(tr("e.g. primary"));
    m_urlLabel->setText(tr("&Address:"));
    m_urlEdit->setPlaceholderText(tr("https://host:8443/"));
    m_keyLabel->setText(tr("Hub &key:"));
    m_keyEdit->setPlaceholderText(tr("64 hexadecimal digits"));
    m_addNote->setText(
        tr("A hub is trusted only when pinned: give the public key \"actahub init\" printed (\"hub public "
           "key\") and, when you add it, choose the CA certificate file (PEM) its TLS certificate "
           "chains to."));
    m_addButton->setText(tr("A&dd hub…"));
    fillTable();
    m_message->retranslate();
}

bool AdminHubsPanel::allowed()
{
    if (m_session.can(Permission::ConfigureStation))
        return true;
    m_message->error([this] { return tr("Only an administrator may configure the hubs."); });
    return false;
}

void AdminHubsPanel::refresh()
{
    m_endpoints.clear();
    m_quorum = 1;
    m_summary = SyncSummary();
    m_readError.clear();
    if (m_session.can(Permission::ConfigureStation)) {
        UpstreamRepository &up = m_session.station().upstream();
        Result<QList<UpstreamEndpoint>> endpoints = up.endpoints();
        Result<int> quorum = up.quorum();
        Result<SyncSummary> summary = up.summary();
        if (endpoints && quorum && summary) {
            m_endpoints = *endpoints;
            m_quorum = *quorum;
            m_summary = *summary;
        } else {
            m_readError = !endpoints ? endpoints.error() : !quorum ? quorum.error() : summary.error();
        }
    }
    fillTable();
}

void AdminHubsPanel::fillTable()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const QString keep = selected.isEmpty() ? QString() : m_table->item(selected.first()->row(), NameColumn)->text();
    m_table->setRowCount(int(m_endpoints.size()));
    for (int row = 0; row < m_endpoints.size(); ++row) {
        const UpstreamEndpoint &e = m_endpoints.at(row);
        const QString cells[ColumnCount] = {e.name, e.url, SigningKey::fingerprintOf(e.hubPublicKey)};
        for (int c = 0; c < ColumnCount; ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (keep.isEmpty() || !selectHub(keep))
        m_table->clearSelection();
    m_removeButton->setEnabled(!m_table->selectedItems().isEmpty());
    // The quorum can be at most the number of hubs (1 when there is none).
    m_quorumSpin->setRange(1, std::max(1, int(m_endpoints.size())));
    m_quorumSpin->setValue(m_quorum);
    m_quorumSpin->setEnabled(m_endpoints.size() > 1);
    m_quorumButton->setEnabled(m_endpoints.size() > 1);
    m_retryButton->setEnabled(m_summary.refused > 0);
    showSummary();
}

void AdminHubsPanel::showSummary()
{
    if (!m_readError.isEmpty()) {
        m_summaryLabel->setText(tr("The hubs could not be read: %1").arg(m_readError));
        return;
    }
    QStringList lines;
    if (m_endpoints.isEmpty())
        lines << tr("No hub is configured: the outbox waits, or goes to the hub as a bundle file.");
    lines << tr("Quorum: %1 of %2").arg(m_quorum).arg(m_endpoints.size())
          << tr("Outbox: %1 records, %2 acknowledged, %3 pending")
                 .arg(m_summary.records)
                 .arg(m_summary.acknowledged)
                 .arg(m_summary.pending)
          << tr("%n record(s) refused by a hub.", nullptr, int(m_summary.refused));
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
}

bool AdminHubsPanel::selectHub(const QString &name)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->text().compare(name, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

int AdminHubsPanel::rowCount() const
{
    return m_table->rowCount();
}

QString AdminHubsPanel::cellText(const QString &name, int column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->text() == name)
            return m_table->item(row, column)->text();
    return {};
}

QString AdminHubsPanel::summary() const
{
    return m_summaryLabel->text();
}

QString AdminHubsPanel::message() const
{
    return m_message->text();
}

void AdminHubsPanel::changed()
{
    m_session.restartSync(); // with the hubs as they are now
    refresh();
    Q_EMIT hubsChanged();
}

bool AdminHubsPanel::addHub()
{
    if (!allowed())
        return false;
    const QString name = m_nameEdit->text().trimmed();
    // why words the reason when the message is shown, and again in another language.
    auto refuse = [this](std::function<QString()> why, QWidget *field) {
        m_message->error([this, why] { return tr("The hub was not added: %1").arg(why()); });
        field->setFocus();
        return false;
    };
    // Everything typed is checked before the certificate file is asked for.
    if (name.isEmpty())
        return refuse([this] { return tr("give it a name, e.g. primary."); }, m_nameEdit);
    const QString typedUrl = m_urlEdit->text();
    Result<QString> url = UpstreamRepository::normalizedUrl(typedUrl);
    if (!url)
        return refuse([typedUrl] { return UpstreamRepository::normalizedUrl(typedUrl).error(); }, m_urlEdit);
    const QString typedKey = m_keyEdit->text();
    Result<QByteArray> key = UpstreamRepository::parseHubKey(typedKey);
    if (!key)
        return refuse([typedKey] { return UpstreamRepository::parseHubKey(typedKey).error(); }, m_keyEdit);
    const QString caFile = m_dialogs.openFile(this, tr("The CA certificate of hub %1").arg(name), m_caFolder,
                                              tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (caFile.isEmpty()) {
        m_message->info([this] { return tr("The hub was not added: no CA certificate was chosen."); });
        return false;
    }
    m_caFolder = QFileInfo(caFile).absolutePath();
    Result<QByteArray> pem = UpstreamRepository::readCaCertificate(caFile);
    if (!pem)
        return refuse([e = pem.error()] { return e; }, m_addButton);
    Result<UpstreamEndpoint> e = m_session.station().upstream().addEndpoint(*m_session.user(), name, *url, *pem, *key);
    if (!e)
        return refuse([error = e.error()] { return error; }, m_nameEdit);
    qCInfo(lcGui) << "hub added" << e->name << e->url;
    m_message->success([this, n = e->name, u = e->url, k = SigningKey::fingerprintOf(*key)] {
        return tr("Hub %1 added: %2, hub key %3.").arg(n, u, k);
    });
    m_nameEdit->clear();
    m_urlEdit->clear();
    m_keyEdit->clear();
    changed();
    selectHub(e->name);
    return true;
}

bool AdminHubsPanel::removeSelected()
{
    if (!allowed())
        return false;
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    const int row = selected.first()->row();
    const QString name = m_table->item(row, NameColumn)->text();
    const QString url = m_table->item(row, UrlColumn)->text();
    if (!m_dialogs.confirm(this, tr("Remove a hub"),
                           tr("Stop sending to the hub %1 (%2)? The receipts it gave are forgotten here; records "
                              "count as synced only once the remaining hubs hold them.")
                               .arg(name, url),
                           tr("&Remove %1").arg(name))) {
        m_message->info([this, name] { return tr("The hub %1 was not removed.").arg(name); });
        return false;
    }
    m_session.stopSync(); // no answer of that hub may arrive once it is gone
    if (Status s = m_session.station().upstream().removeEndpoint(*m_session.user(), name); !s) {
        m_message->error([this, name, e = s.error()] { return tr("The hub %1 was not removed: %2").arg(name, e); });
        m_session.restartSync();
        return false;
    }
    qCInfo(lcGui) << "hub removed" << name;
    m_message->success([this, name] { return tr("Hub %1 removed.").arg(name); });
    changed();
    return true;
}

bool AdminHubsPanel::applyQuorum()
{
    if (!allowed())
        return false;
    const int n = m_quorumSpin->value();
    if (Status s = m_session.station().upstream().setQuorum(*m_session.user(), n); !s) {
        m_message->error([this, e = s.error()] { return tr("The quorum was not changed: %1").arg(e); });
        return false;
    }
    qCInfo(lcGui) << "sync quorum" << n;
    m_message->success([this, n] { return tr("Quorum set to %1.").arg(n); });
    m_session.notifyActasChanged(); // records may count as synced under the new quorum
    changed();
    return true;
}

bool AdminHubsPanel::retryRefused()
{
    if (!allowed())
        return false;
    Result<qint64> n = m_session.station().upstream().clearRefusals(*m_session.user());
    if (!n) {
        m_message->error([this, e = n.error()] { return tr("The refused records were not cleared: %1").arg(e); });
        return false;
    }
    qCInfo(lcGui) << "refusals cleared" << *n;
    m_message->success(
        [this, count = int(*n)] { return tr("%n refused record(s) will be sent again.", nullptr, count); });
    changed();
    return true;
}

} // namespace acta::gui
