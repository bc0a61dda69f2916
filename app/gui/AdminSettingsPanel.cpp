#include "AdminSettingsPanel.h"

#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "RetranslatedMessage.h"
#include "Session.h"
#include "StationSettings.h"

#include <QDir>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace acta::gui {

namespace {

// What the spin box shows before anything was set: the program's own default.
constexpr int DefaultIdleLockMinutes = 5;

} // namespace

AdminSettingsPanel::AdminSettingsPanel(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_dialogs(dialogs)
{
    auto *layout = new QVBoxLayout(this);

    m_lockBox = new QGroupBox(this);
    auto *lockLayout = new QVBoxLayout(m_lockBox);
    auto *lockRow = new QHBoxLayout;
    m_idleLabel = new QLabel(m_lockBox);
    m_idleLabel->setWordWrap(true);
    m_idleSpin = new QSpinBox(m_lockBox);
    m_idleSpin->setObjectName(QStringLiteral("idleLockSpin"));
    // Never (0) only in a drill station: a production station left alone must lock.
    m_idleSpin->setRange(m_session.station().isDrill() ? StationSettings::NeverLock
                                                       : StationSettings::MinIdleLockMinutes,
                         StationSettings::MaxIdleLockMinutes);
    m_idleLabel->setBuddy(m_idleSpin);
    m_idleButton = new QPushButton(m_lockBox);
    m_idleButton->setObjectName(QStringLiteral("idleLockButton"));
    lockRow->addWidget(m_idleLabel, 1);
    lockRow->addWidget(m_idleSpin);
    lockRow->addWidget(m_idleButton);
    lockLayout->addLayout(lockRow);
    m_idleNote = new QLabel(m_lockBox);
    m_idleNote->setObjectName(QStringLiteral("idleLockNote"));
    m_idleNote->setWordWrap(true);
    lockLayout->addWidget(m_idleNote);
    layout->addWidget(m_lockBox);

    m_hotBox = new QGroupBox(this);
    auto *hotLayout = new QVBoxLayout(m_hotBox);
    auto *hotRow = new QHBoxLayout;
    m_hotLabel = new QLabel(m_hotBox);
    m_hotEdit = new QLineEdit(m_hotBox);
    m_hotEdit->setObjectName(QStringLiteral("hotFolderEdit"));
    m_hotEdit->setReadOnly(true); // chosen with the folder dialog, which checks that it exists
    m_hotLabel->setBuddy(m_hotEdit);
    m_hotButton = new QPushButton(m_hotBox);
    m_hotButton->setObjectName(QStringLiteral("hotFolderButton"));
    hotRow->addWidget(m_hotLabel);
    hotRow->addWidget(m_hotEdit, 1);
    hotRow->addWidget(m_hotButton);
    hotLayout->addLayout(hotRow);
    m_hotNote = new QLabel(m_hotBox);
    m_hotNote->setWordWrap(true);
    hotLayout->addWidget(m_hotNote);
    layout->addWidget(m_hotBox);

    m_messageLabel = RetranslatedMessage::addLabel(this, layout, QStringLiteral("settingsMessage"));
    layout->addStretch(1);
    m_message = std::make_unique<RetranslatedMessage>(m_messageLabel);

    setTabOrder(m_idleSpin, m_idleButton);
    setTabOrder(m_idleButton, m_hotEdit);
    setTabOrder(m_hotEdit, m_hotButton);
    setFocusProxy(m_idleSpin);

    connect(m_idleButton, &QPushButton::clicked, this, &AdminSettingsPanel::applyIdleLock);
    connect(m_hotButton, &QPushButton::clicked, this, &AdminSettingsPanel::chooseHotFolder);
    connect(&m_session, &Session::userChanged, this, [this] {
        m_message->clear();
        refresh();
    });
    refresh();
    retranslate();
}

AdminSettingsPanel::~AdminSettingsPanel() = default;

void AdminSettingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdminSettingsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void AdminSettingsPanel::retranslate()
{
    m_lockBox->setTitle(tr("Locking when idle"));
    m_idleLabel->setText(tr("&Lock the station after this many minutes without a key or a click:"));
    m_idleSpin->setSuffix(tr(" min"));
    m_idleSpin->setSpecialValueText(m_session.station().isDrill() ? tr("Never") : QString());
    m_idleButton->setText(tr("Sa&ve"));
    m_hotBox->setTitle(tr("Hot folder"));
    m_hotLabel->setText(tr("&Folder:"));
    m_hotButton->setText(tr("&Choose…"));
    m_hotNote->setText(tr("The folder the scanner writes into: each complete scan is taken in while someone who may "
                          "accept images is logged in, then moved into its processed/ or rejected/ folder."));
    showValues();
    m_message->retranslate();
}

bool AdminSettingsPanel::allowed()
{
    if (m_session.can(Permission::ConfigureStation))
        return true;
    m_message->error([this] { return tr("Only an administrator may change the station's settings."); });
    return false;
}

void AdminSettingsPanel::refresh()
{
    m_readError.clear();
    m_idleMinutes.reset();
    m_hotFolder.reset();
    Result<std::optional<int>> minutes = m_session.settings().idleLockMinutes();
    Result<std::optional<QString>> hot = m_session.settings().hotFolder();
    if (minutes && hot) {
        m_idleMinutes = *minutes;
        m_hotFolder = *hot;
    } else {
        m_readError = !minutes ? minutes.error() : hot.error();
    }
    showValues();
}

void AdminSettingsPanel::showValues()
{
    const bool can = m_session.can(Permission::ConfigureStation);
    for (QWidget *w : {static_cast<QWidget *>(m_idleSpin), static_cast<QWidget *>(m_idleButton),
                       static_cast<QWidget *>(m_hotButton)})
        w->setEnabled(can);
    if (!m_readError.isEmpty()) {
        m_idleNote->setText(tr("The settings could not be read: %1").arg(m_readError));
        return;
    }
    m_idleSpin->setValue(m_idleMinutes.value_or(DefaultIdleLockMinutes));
    if (!m_idleMinutes)
        m_idleNote->setText(tr("Not set on this station: the program's default applies (%n minute(s)).", nullptr,
                               DefaultIdleLockMinutes));
    else if (*m_idleMinutes == StationSettings::NeverLock)
        m_idleNote->setText(tr("This drill station never locks by itself; lock it with the header's button."));
    else
        m_idleNote->setText(tr("The station locks after %n minute(s) idle; the work in progress is kept for the same "
                               "user.",
                               nullptr, *m_idleMinutes));
    m_hotEdit->setText(m_hotFolder ? QDir::toNativeSeparators(*m_hotFolder)
                                   : tr("Not set on this station: the program's default folder"));
}

QString AdminSettingsPanel::message() const
{
    return m_message->text();
}

QString AdminSettingsPanel::hotFolderText() const
{
    return m_hotEdit->text();
}

bool AdminSettingsPanel::applyIdleLock()
{
    if (!allowed())
        return false;
    const int minutes = m_idleSpin->value();
    if (Status s = m_session.settings().setIdleLockMinutes(*m_session.user(), minutes); !s) {
        m_message->error([this, e = s.error()] { return tr("The idle lock time was not changed: %1").arg(e); });
        return false;
    }
    qCInfo(lcGui) << "idle lock minutes" << minutes;
    m_message->success([this, minutes] {
        return minutes == StationSettings::NeverLock
            ? tr("Saved: this drill station no longer locks by itself.")
            : tr("Saved: the station locks after %n minute(s) idle.", nullptr, minutes);
    });
    refresh();
    m_session.notifySettingsChanged();
    return true;
}

bool AdminSettingsPanel::chooseHotFolder()
{
    if (!allowed())
        return false;
    const QString folder = m_dialogs.chooseFolder(this, tr("The hot folder the scanner writes into"),
                                                  m_hotFolder.value_or(QDir::homePath()));
    if (folder.isEmpty()) {
        m_message->info([this] { return tr("The hot folder was not changed: no folder was chosen."); });
        return false;
    }
    if (Status s = m_session.settings().setHotFolder(*m_session.user(), folder); !s) {
        m_message->error([this, e = s.error()] { return tr("The hot folder was not changed: %1").arg(e); });
        return false;
    }
    qCInfo(lcGui) << "hot folder" << folder;
    refresh();
    m_message->success(
        [this, shown = m_hotEdit->text()] { return tr("Saved: scans are now taken from %1.").arg(shown); });
    m_session.notifySettingsChanged();
    return true;
}

} // namespace acta::gui
