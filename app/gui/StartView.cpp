#include "StartView.h"

#include "DemoStation.h"
#include "InstalledFingerprint.h"
#include "ui_StartView.h"

#include <QEvent>

namespace acta::gui {

StartView::StartView(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StartView>())
{
    m_ui->setupUi(this);
    auto open = [this] {
        const QString pass = m_ui->passphraseEdit->text();
        m_ui->passphraseEdit->clear();
        Q_EMIT openRequested(pass);
    };
    connect(m_ui->openButton, &QPushButton::clicked, this, open);
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, open);
    auto login = [this] {
        const QString password = m_ui->passwordEdit->text();
        m_ui->passwordEdit->clear();
        Q_EMIT loginRequested(m_ui->usernameEdit->text().trimmed(), password);
    };
    connect(m_ui->loginButton, &QPushButton::clicked, this, login);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, login);
    connect(m_ui->usernameEdit, &QLineEdit::returnPressed, m_ui->passwordEdit, qOverload<>(&QWidget::setFocus));
    retranslate();
}

StartView::~StartView() = default;

void StartView::setDemoInfo(bool demo)
{
    m_demo = demo;
    retranslate();
}

void StartView::showStationStep(const QString &message)
{
    m_ui->steps->setCurrentWidget(m_ui->stationPage);
    m_ui->stationMessage->setText(message);
    m_ui->passphraseEdit->setFocus();
}

void StartView::showLoginStep(const QString &stationName, const QString &lockedUser, const QString &message)
{
    m_stationName = stationName;
    m_lockedUser = lockedUser;
    m_ui->steps->setCurrentWidget(m_ui->loginPage);
    m_ui->usernameEdit->setText(lockedUser);
    m_ui->passwordEdit->clear();
    m_ui->loginMessage->setText(message);
    retranslate();
    if (lockedUser.isEmpty())
        m_ui->usernameEdit->setFocus();
    else
        m_ui->passwordEdit->setFocus();
}

void StartView::setMessage(const QString &message)
{
    if (atLoginStep())
        m_ui->loginMessage->setText(message);
    else
        m_ui->stationMessage->setText(message);
}

bool StartView::atLoginStep() const
{
    return m_ui->steps->currentWidget() == m_ui->loginPage;
}

void StartView::setFingerprint(InstalledFingerprint *fingerprint)
{
    if (m_fingerprint)
        disconnect(m_fingerprint, nullptr, this, nullptr);
    m_fingerprint = fingerprint;
    if (m_fingerprint)
        connect(m_fingerprint, &InstalledFingerprint::changed, this, &StartView::showFingerprint);
    showFingerprint();
}

QString StartView::fingerprintText() const
{
    return m_ui->fingerprintLabel->text();
}

void StartView::showFingerprint()
{
    m_ui->fingerprintLabel->setVisible(m_fingerprint != nullptr);
    if (!m_fingerprint)
        return;
    m_ui->fingerprintLabel->setText(m_fingerprint->summary());
    // Small and quiet while all is well; a tree that differs from its reference is not.
    m_ui->fingerprintLabel->setStyleSheet(m_fingerprint->worrying() ? QStringLiteral("color:#8a4b00; font-weight:bold;")
                                                                    : QStringLiteral("color:#555555;"));
}

void StartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void StartView::retranslate()
{
    m_ui->title->setText(tr("<b>ActaCapture</b> · capture station"));
    m_ui->demoBadge->setText(tr("DEMO · SIMULACRO")); // the demo is a drill station
    m_ui->demoBadge->setVisible(m_demo);
    QString users;
    for (const DemoStation::DemoUser &u : DemoStation::users())
        users += QStringLiteral("<tr><td><tt>%1</tt></td><td>%2</td></tr>").arg(u.username, roleName(u.role));
    const QString demoText
        = tr("<b>Demo station.</b> Its encrypted store was created in your data folder with fictional data.<br>"
             "Passphrase: <tt>%1</tt><br>Every demo user's password: <tt>%2</tt>"
             "<table cellspacing=\"6\"><tr><th align=\"left\">User</th><th align=\"left\">Role</th></tr>%3</table>")
              .arg(DemoStation::passphrase(), DemoStation::password(), users);
    m_ui->demoInfo->setText(demoText);
    m_ui->demoInfo->setVisible(m_demo);
    m_ui->loginInfo->setText(m_demo ? demoText : tr("Station: <b>%1</b>").arg(m_stationName.toHtmlEscaped()));
    m_ui->lockNote->setText(
        tr("The session of %1 was locked. Log in again to continue where you left off.").arg(m_lockedUser));
    m_ui->lockNote->setVisible(!m_lockedUser.isEmpty());
    m_ui->aboutHint->setText(tr("F1: about ActaCapture"));
    showFingerprint();
}

} // namespace acta::gui
