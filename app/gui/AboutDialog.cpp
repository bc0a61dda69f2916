#include "AboutDialog.h"

#include "InstalledFingerprint.h"
#include "Session.h"
#include "ui_AboutDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPushButton>

namespace acta::gui {

AboutDialog::AboutDialog(InstalledFingerprint &fingerprint, Session *session, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
    , m_fingerprint(fingerprint)
    , m_session(session)
{
    m_ui->setupUi(this);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_fingerprint, &InstalledFingerprint::changed, this, &AboutDialog::retranslate);
    if (QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close)) {
        close->setDefault(true);
        close->setFocus();
    }
    retranslate();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::setSession(Session *session)
{
    m_session = session;
    retranslate();
}

QString AboutDialog::fingerprintText() const
{
    return m_ui->fingerprintLabel->text();
}

QString AboutDialog::referenceText() const
{
    return m_ui->referenceLabel->text();
}

QString AboutDialog::stationText() const
{
    return m_ui->stationLabel->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    m_ui->titleLabel->setText(tr("<b style=\"font-size:14pt\">ActaCapture</b><br>Election results capture station "
                                 "(preliminary results, PREP)"));
    m_ui->versionLabel->setText(QStringLiteral(ACTA_VERSION));
    m_ui->qtLabel->setText(
        tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    if (m_session) {
        Station &station = m_session->station();
        m_ui->stationLabel->setText(station.isDrill()
                                        ? tr("%1 · id %2 · drill (simulacro)").arg(station.name(), station.stationId())
                                        : tr("%1 · id %2 · production").arg(station.name(), station.stationId()));
    } else {
        m_ui->stationLabel->setText(tr("none open yet"));
    }
    m_ui->fingerprintLabel->setText(m_fingerprint.groupedText());
    const QString reference = m_fingerprint.referenceSentence();
    m_ui->referenceLabel->setText(reference);
    m_ui->referenceLabel->setVisible(!reference.isEmpty());
    m_ui->referenceLabel->setStyleSheet(m_fingerprint.worrying() ? QStringLiteral("color:#8a4b00; font-weight:bold;")
                                                                 : QString());
    m_ui->rootLabel->setText(QDir::toNativeSeparators(m_fingerprint.root()));
    // The page is installed beside the software (installer/CMakeLists.txt); in a build tree, the source's.
    const QString installed
        = QDir(m_fingerprint.root()).filePath(QStringLiteral("share/doc/actacapture/certification.md"));
    const QString docs
        = QFileInfo::exists(installed) ? QDir::toNativeSeparators(installed) : QStringLiteral("docs/certification.md");
    m_ui->docsLabel->setText(
        tr("The fingerprint is the SHA-256 of the installed files of ActaCapture. How to check it against the "
           "auditors' reference (<tt>actacapture fingerprint --verify FILE</tt>) and what the notary certifies at the "
           "start and close of operations: <tt>%1</tt>.")
            .arg(docs.toHtmlEscaped()));
}

} // namespace acta::gui
