#include "IntakeView.h"

#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "IntakeWorker.h"
#include "MessageLabel.h"
#include "Session.h"
#include "Sha256.h"
#include "ui_IntakeView.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QThread>

namespace acta::gui {

IntakeView::IntakeView(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::IntakeView>())
    , m_session(session)
    , m_dialogs(dialogs)
    , m_thread(new QThread(this))
    , m_worker(new IntakeWorker(session.election(), session.catalog()))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->intakeTable->setColumnCount(ColumnCount);
    m_ui->intakeTable->verticalHeader()->hide();
    m_ui->intakeTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(0);

    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &IntakeWorker::pageDone, this, &IntakeView::onPageDone);
    connect(m_worker, &IntakeWorker::batchFinished, this, &IntakeView::onBatchFinished);
    m_thread->setObjectName(QStringLiteral("intake"));
    m_thread->start();

    connect(m_ui->importButton, &QPushButton::clicked, this,
            [this] { importFiles(m_dialogs.openScans(this, m_sampleFolder)); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &IntakeView::cancel);
    connect(m_ui->identityButton, &QPushButton::clicked, this,
            [this] { assignIdentity(m_ui->identityFirst->text(), m_ui->identitySecond->text()); });
    connect(m_ui->identitySecond, &QLineEdit::returnPressed, m_ui->identityButton, &QPushButton::click);
    m_ui->identityBox->hide();
    connect(m_ui->sinActaButton, &QPushButton::clicked, this, [this] {
        recordSinActa(m_ui->sinActaCasilla->text().trimmed().toUpper(),
                      static_cast<SinActaReason>(m_ui->sinActaReason->currentData().toInt()));
    });
    retranslate();
}

IntakeView::~IntakeView()
{
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
}

void IntakeView::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    m_pending += files;
    if (!m_busy)
        startNextBatch();
}

void IntakeView::cancel()
{
    m_pending.clear();
    m_worker->cancel();
}

void IntakeView::startNextBatch()
{
    if (m_pending.isEmpty())
        return;
    m_batch = m_pending;
    m_pending.clear();
    m_busy = true;
    m_ui->progressBar->setRange(0, int(m_batch.size()));
    m_ui->progressBar->setValue(0);
    m_ui->cancelButton->setEnabled(true);
    qCInfo(lcGui) << "intake of" << m_batch.size() << "file(s)";
    const QStringList files = m_batch;
    m_worker->arm();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, files] { worker->process(files); });
}

void IntakeView::onPageDone(int index, const ProcessedPage &page)
{
    m_ui->progressBar->setValue(index + 1);
    const PageReading &r = page.reading;
    const QString file = QFileInfo(page.path).fileName();
    const QString acta = r.acta ? r.acta->toString() : QString();
    if (!r.accepted) {
        QStringList reasons;
        for (const PageProblem &p : r.problems)
            reasons << p.message;
        const QString why = reasons.join(QStringLiteral("\n"));
        const QString traceProblem = traceRefused(page, acta, RefusedPage::reasonFor(r), why);
        addRow(file, acta, tr("Rejected"), traceProblem.isEmpty() ? why : why + QLatin1Char('\n') + traceProblem,
               false);
        ++m_refused;
        Q_EMIT fileProcessed(page.path, false, why);
        return;
    }
    if (!r.acta) {
        // A good page whose QR and header could not be read: a person types its identity twice.
        m_unidentified.append(page);
        const QString note = tr("Type its CLAVE_ACTA twice below (identity box).");
        addRow(file, acta, tr("Identity needed"),
               r.identityNote.isEmpty() ? note : r.identityNote + QLatin1Char('\n') + note, false);
        showNextUnidentified();
        // The file stays where it is (a hot folder's processing folder) until it is identified:
        // after a restart it is taken and read again, never lost.
        return;
    }
    if (!r.inCatalog) {
        const QString note = r.identityNote.isEmpty() ? tr("The acta's identity could not be read or is not in the "
                                                           "catalog; the page was not stored.")
                                                      : r.identityNote;
        const QString traceProblem = traceRefused(page, acta, RefusalReason::NotInCatalog, note);
        addRow(file, acta, tr("No identity"), traceProblem.isEmpty() ? note : note + QLatin1Char('\n') + traceProblem,
               false);
        ++m_refused;
        Q_EMIT fileProcessed(page.path, false, note);
        return;
    }
    const Stored result = storeAccepted(page);
    addRow(file, acta, result.verdict, result.note, result.stored && result.note.isEmpty());
    Q_EMIT fileProcessed(page.path, result.stored, result.note);
}

IntakeView::Stored IntakeView::storeAccepted(const ProcessedPage &page, bool identityTyped)
{
    using S = ActaWorkflow::State;
    if (!m_session.user()) {
        // No trace: there is nobody to attribute it to, and the file is to be imported again.
        ++m_refused;
        return {false, tr("Not stored"), tr("Nobody is logged in: import the file again after logging in.")};
    }
    const User &user = *m_session.user();
    ActaRepository &actas = m_session.actas();
    const QString clave = page.reading.acta->toString();
    // Refused pages leave their trace; a failure to write it is shown after the reason.
    const auto refused = [&](const QString &verdict, const char *reason, const QString &why) {
        ++m_refused;
        const QString traceProblem = traceRefused(page, clave, reason, why);
        return Stored {false, verdict, traceProblem.isEmpty() ? why : why + QLatin1Char('\n') + traceProblem};
    };
    Result<ActaRecord> existing = actas.find(clave);
    if (existing && existing->state != S::Received && existing->state != S::ImageRejected)
        return refused(tr("Duplicate"), RefusalReason::AlreadyReceived,
                       tr("Acta %1 was already received (%2); this page was not stored again.")
                           .arg(clave, ActaWorkflow::stateName(existing->state)));
    // Received, image, reading and accepted in one transaction: all of it or nothing.
    Result<IntakeResult> taken = actas.intake(user, *page.reading.acta,
                                              IntakePage {m_session.election().id(), m_session.station().isDrill(),
                                                          page.original, page.normalized, page.reading},
                                              currentDigitization(identityTyped));
    if (!taken)
        return refused(tr("Not stored"), RefusedPage::reasonFor(taken.code()), taken.error());
    const QStringList warnings = duplicateWarnings(taken->duplicates);
    m_session.cacheReading(clave, page.reading);
    m_session.notifyActasChanged();
    ++m_accepted;
    if (!warnings.isEmpty())
        return {true, tr("Accepted, check"), warnings.join(QLatin1Char('\n'))};
    return {true, tr("Accepted"), QString()};
}

QString IntakeView::traceRefused(const ProcessedPage &page, const QString &clave, const char *reason,
                                 const QString &message)
{
    if (!m_session.user())
        return {}; // nobody to attribute it to (documented with RefusalReason)
    // The SHA-256 names the file's bytes; a file that could not be read has none to name.
    const QString sha = page.original.isEmpty() ? QString()
        : page.reading.sha256.isEmpty()         ? sha256Hex(page.original)
                                                : page.reading.sha256;
    const RefusedPage refused {QFileInfo(page.path).fileName(), sha, clave, QLatin1String(reason), message};
    if (Status s = m_session.actas().recordRefusedPage(*m_session.user(), refused); !s) {
        qCWarning(lcGui) << "the refusal of" << page.path << "could not be recorded:" << s.error();
        return tr("The refusal could not be recorded in the audit log: %1").arg(s.error());
    }
    return {};
}

// Found before the page was kept: the same file already stored for another acta, or a page
// that looks like the same sheet (perceptual hash) filed under another CLAVE_ACTA.
QStringList IntakeView::duplicateWarnings(const QList<DuplicateWarning> &duplicates)
{
    QStringList warnings;
    for (const DuplicateWarning &d : duplicates) {
        if (d.kind == DuplicateWarning::Kind::SameFile)
            warnings << tr("Duplicate warning: this very file was already stored for acta %1.").arg(d.otherClave);
        else
            warnings << tr("Duplicate warning: this page looks like the same sheet as acta %1 (difference %2 of 64).")
                            .arg(d.otherClave)
                            .arg(d.distance);
    }
    return warnings;
}

void IntakeView::showNextUnidentified()
{
    m_ui->identityBox->setVisible(!m_unidentified.isEmpty());
    if (m_unidentified.isEmpty())
        return;
    m_ui->identityFileLabel->setText(QFileInfo(m_unidentified.first().path).fileName());
    m_ui->identityFirst->clear();
    m_ui->identitySecond->clear();
}

bool IntakeView::assignIdentity(const QString &first, const QString &second)
{
    auto refuse = [this](const QString &why) {
        m_ui->summaryLabel->showError(why);
        return false;
    };
    if (m_unidentified.isEmpty())
        return refuse(tr("No page is waiting for its identity."));
    const QString a = first.trimmed().toUpper();
    if (a != second.trimmed().toUpper())
        return refuse(tr("The two CLAVE_ACTA typed differ; type them again."));
    Result<ActaKey> key = ActaKey::parse(a);
    if (!key)
        return refuse(key.error());
    if (!m_session.catalog().find(key->casilla()))
        return refuse(tr("Casilla %1 is not in the catalog; check the sheet.").arg(key->casilla().toString()));
    if (!m_session.election().actaTypesFor(key->casilla().type()).contains(key->actaType()))
        return refuse(
            tr("Acta type %1 is not this election's (%2).").arg(key->actaType()).arg(m_session.election().actaType()));
    ProcessedPage page = m_unidentified.takeFirst();
    page.reading.acta = *key;
    page.reading.inCatalog = true;
    page.reading.identityNote
        = tr("Identity typed twice by %1.").arg(m_session.user() ? m_session.user()->username : QString());
    const Stored result = storeAccepted(page, true);
    addRow(QFileInfo(page.path).fileName(), key->toString(), result.verdict,
           result.note.isEmpty() ? page.reading.identityNote
                                 : page.reading.identityNote + QLatin1Char('\n') + result.note,
           result.stored && result.note.isEmpty());
    showNextUnidentified();
    if (result.stored)
        m_ui->summaryLabel->showSuccess(tr("Acta %1 identified and accepted.").arg(key->toString()));
    else
        m_ui->summaryLabel->showError(result.note);
    Q_EMIT fileProcessed(page.path, result.stored, result.note);
    return result.stored;
}

void IntakeView::onBatchFinished(bool cancelled)
{
    m_busy = false;
    m_ui->cancelButton->setEnabled(false);
    m_ui->summaryLabel->show(m_refused > 0 || cancelled ? MessageLabel::Kind::Warning : MessageLabel::Kind::Success,
                             cancelled
                                 ? tr("Import cancelled. %1 page(s) accepted, %2 not.").arg(m_accepted).arg(m_refused)
                                 : tr("%1 page(s) accepted, %2 not.").arg(m_accepted).arg(m_refused));
    Q_EMIT batchFinished(cancelled);
    if (!cancelled)
        startNextBatch();
}

void IntakeView::addRow(const QString &file, const QString &acta, const QString &verdict, const QString &reason,
                        bool ok)
{
    QTableWidget *t = m_ui->intakeTable;
    const int row = t->rowCount();
    t->insertRow(row);
    const QStringList cells {file, acta, verdict, reason};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == VerdictColumn)
            item->setForeground(ok ? QColor(0x1b, 0x6e, 0x20) : QColor(0xb0, 0x00, 0x20));
        t->setItem(row, c, item);
    }
    t->resizeRowToContents(row);
    t->scrollToBottom();
}

void IntakeView::setHotFolder(const QString &folder)
{
    m_hotFolder = folder;
    retranslate();
}

bool IntakeView::recordSinActa(const QString &casillaKey, SinActaReason reason)
{
    auto refuse = [this](const QString &why) {
        m_ui->summaryLabel->showError(why);
        return false;
    };
    if (!m_session.user())
        return refuse(tr("Nobody is logged in."));
    Result<CasillaKey> casilla = CasillaKey::parse(casillaKey);
    if (!casilla)
        return refuse(casilla.error());
    if (!m_session.catalog().find(*casilla))
        return refuse(tr("Casilla %1 is not in the catalog.").arg(casillaKey));
    // The package holds every acta of the casilla: a special casilla's RP acta too.
    QList<ActaKey> keys;
    QStringList claves;
    for (int actaType : m_session.election().actaTypesFor(casilla->type())) {
        Result<ActaKey> key = ActaKey::make(*casilla, actaType);
        if (!key)
            return refuse(key.error());
        const QString clave = key->toString();
        if (Result<ActaRecord> existing = m_session.actas().find(clave); existing)
            return refuse(
                tr("Acta %1 was already received (%2).").arg(clave, ActaWorkflow::stateName(existing->state)));
        keys << *key;
        claves << clave;
    }
    // Received and recorded as sin acta in one transaction.
    if (Result<QList<ActaRecord>> r = m_session.actas().intakeSinActa(
            *m_session.user(), keys, m_session.election().id(), m_session.station().isDrill(), reason);
        !r)
        return refuse(r.error());
    for (const QString &clave : std::as_const(claves))
        addRow(QString(), clave, tr("Sin acta"), PrepRules::displayLabel(Observation::SinActa, reason), true);
    m_ui->summaryLabel->showSuccess(
        claves.size() == 1
            ? tr("Acta %1 recorded as sin acta and queued for sync.").arg(claves.first())
            : tr("Actas %1 (the special casilla's MR and RP actas) recorded as sin acta and queued for sync.")
                  .arg(claves.join(QStringLiteral(", "))));
    m_ui->sinActaCasilla->clear();
    m_session.notifyActasChanged();
    return true;
}

QString IntakeView::summary() const
{
    return m_ui->summaryLabel->text();
}

Digitization IntakeView::currentDigitization(bool identityTyped) const
{
    const auto kind = static_cast<Digitization::Kind>(m_ui->intakeKind->currentData().toInt());
    const QString tipo = m_ui->documentType->currentData().toString();
    return Digitization::of(kind, tipo.isEmpty() ? Digitization::defaultTipoDocumento() : tipo, identityTyped);
}

void IntakeView::setSampleFolder(const QString &folder)
{
    m_sampleFolder = folder;
    retranslate();
}

void IntakeView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IntakeView::retranslate()
{
    m_ui->intakeTable->setHorizontalHeaderLabels(
        {tr("File"), tr("Acta"), tr("Verdict"), tr("Reason for rejection / notes")});
    QStringList notes;
    if (!m_hotFolder.isEmpty())
        notes << tr("Hot folder: files a scanner writes into %1 are taken when complete.")
                     .arg(QDir::toNativeSeparators(m_hotFolder));
    if (!m_sampleFolder.isEmpty())
        notes << tr("Sample scans for the demo: %1").arg(QDir::toNativeSeparators(m_sampleFolder));
    m_ui->hotFolderLabel->setText(notes.join(QLatin1Char('\n')));
    const int current = m_ui->sinActaReason->currentIndex();
    m_ui->sinActaReason->clear();
    for (SinActaReason r : {SinActaReason::PaqueteNoEntregado, SinActaReason::CasillaNoInstalada,
                            SinActaReason::SinSobre, SinActaReason::UrnaElectronica})
        m_ui->sinActaReason->addItem(
            QStringLiteral("%1 · %2").arg(int(r)).arg(PrepRules::displayLabel(Observation::SinActa, r)), int(r));
    m_ui->sinActaReason->setCurrentIndex(qMax(0, current));
    // The published values stay the data; only their names follow the language.
    const int kind = m_ui->intakeKind->currentIndex();
    m_ui->intakeKind->clear();
    for (Digitization::Kind k : Digitization::allKinds())
        m_ui->intakeKind->addItem(Digitization::kindName(k), int(k));
    m_ui->intakeKind->setCurrentIndex(qMax(0, kind));
    const int document = m_ui->documentType->currentIndex();
    m_ui->documentType->clear();
    for (const QString &tipo : Digitization::tiposDocumento())
        m_ui->documentType->addItem(Digitization::tipoDocumentoName(tipo), tipo);
    m_ui->documentType->setCurrentIndex(qMax(0, document));
    m_ui->intakeTable->setColumnWidth(FileColumn, 220);
    m_ui->intakeTable->setColumnWidth(ActaColumn, 130);
    m_ui->intakeTable->setColumnWidth(VerdictColumn, 110);
}

void IntakeView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void IntakeView::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    }
    importFiles(files);
    event->acceptProposedAction();
}

} // namespace acta::gui
