#include "IntakeView.h"

#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "HotFolder.h"
#include "IntakeWorker.h"
#include "Session.h"
#include "Sha256.h"
#include "ui_IntakeView.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMimeData>
#include <QThread>

namespace acta::gui {

namespace {

using Text = std::function<QString()>;

// The verdict column in the colours of MessageLabel's kinds; Info keeps the palette's.
QColor colorOf(MessageLabel::Kind kind)
{
    switch (kind) {
    case MessageLabel::Kind::Error:
        return QColor(0xb0, 0x00, 0x20);
    case MessageLabel::Kind::Warning:
        return QColor(0x8a, 0x4b, 0x00);
    case MessageLabel::Kind::Success:
        return QColor(0x1b, 0x6e, 0x20);
    case MessageLabel::Kind::Info:
        break;
    }
    return {};
}

Text fixed(const QString &text)
{
    return [text] {
        return text;
    };
}

// The parts that are not empty, one a line.
Text lines(QList<Text> parts)
{
    return [parts = std::move(parts)] {
        QStringList out;
        for (const Text &t : parts)
            if (const QString s = t ? t() : QString(); !s.isEmpty())
                out << s;
        return out.join(QLatin1Char('\n'));
    };
}

// A problem the page pipeline found: its name follows the language; its detail (the loader's or
// the quality gate's words) stays as the pipeline, on its thread, said it.
Text problemText(const PageProblem &p)
{
    const QString name = PageProblem::describe(p.issue);
    if (p.message == name)
        return [issue = p.issue] {
            return PageProblem::describe(issue);
        };
    if (p.message.startsWith(name)) {
        const QString rest = p.message.mid(name.size());
        for (qsizetype cut = 0; cut <= 3 && cut <= rest.size(); ++cut) {
            const QString detail = rest.mid(cut);
            if (PageProblem::make(p.issue, detail).message == p.message)
                return [issue = p.issue, detail] {
                    return PageProblem::make(issue, detail).message;
                };
        }
    }
    return fixed(p.message);
}

} // namespace

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
    // Long choices (the sin acta reasons, the document names) never widen the view: the combo
    // boxes shrink and show the whole text in their lists.
    for (QComboBox *c : {m_ui->intakeKind, m_ui->documentType, m_ui->sinActaReason}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(24);
    }

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
    connect(&m_session, &Session::userChanged, this, &IntakeView::onUserChanged);
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
    m_cancelled = false;
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
    const QString acta = r.acta ? r.acta->toString() : QString();
    if (!r.accepted) {
        QList<Text> reasons;
        QStringList shown;
        for (const PageProblem &p : r.problems) {
            reasons << problemText(p);
            shown << p.message;
        }
        const QString why = shown.join(QStringLiteral("\n"));
        reasons << traceRefused(page, acta, RefusedPage::reasonFor(r), why);
        refuse(page, acta, Verdict::Rejected, lines(reasons));
        return;
    }
    if (!r.acta) {
        // A good page whose QR and header could not be read: a person types its identity twice.
        // Listed for anyone who logs in until then.
        m_unidentified.append(page);
        addRow({QString(), page.path, acta, Verdict::IdentityNeeded,
                lines({fixed(r.identityNote), [this] {
                           return tr("Type its CLAVE_ACTA twice below (identity box).");
                       }})});
        showNextUnidentified();
        // The file stays where it is (a hot folder's processing folder) until it is identified:
        // after a restart it is taken and read again, never lost.
        return;
    }
    if (!r.inCatalog) {
        const Text note = r.identityNote.isEmpty() ? Text([this] {
            return tr("The acta's identity could not be read or is not in the catalog; the page was not stored.");
        })
                                                   : fixed(r.identityNote);
        refuse(page, acta, Verdict::NoIdentity,
               lines({note, traceRefused(page, acta, RefusalReason::NotInCatalog, note())}));
        return;
    }
    const Stored result = storeAccepted(page);
    if (!result.stored) {
        refuse(page, acta, result.verdict, result.note);
        return;
    }
    addRow({userName(), page.path, acta, result.verdict, result.note});
    Q_EMIT fileProcessed(page.path, true, result.note ? result.note() : QString());
}

void IntakeView::refuse(const ProcessedPage &page, const QString &acta, Verdict verdict, const Text &why)
{
    ++m_refused;
    m_refusals.append({QFileInfo(page.path).fileName(), why});
    Q_EMIT fileProcessed(page.path, false, why());
    // A hot folder's page: finish() has moved it into the rejected folder by now, with its reason
    // beside it; or it could not, and the page waits in the processing folder.
    Text note = why;
    const QFileInfo file(page.path);
    if (!m_hotFolder.isEmpty()
        && file.absolutePath() == QFileInfo(HotFolder::processingFolderOf(m_hotFolder)).absoluteFilePath()) {
        const QString rejected = QDir::toNativeSeparators(HotFolder::rejectedFolderOf(m_hotFolder));
        const QString processing = QDir::toNativeSeparators(file.absolutePath());
        const Text where = file.exists()
            ? Text([this, processing] {
                  return tr("The file could not be moved out of %1 (see the log); it is offered again when the station "
                            "starts.")
                      .arg(processing);
              })
            : Text([this, rejected] { return tr("The file is kept in %1 with this reason.").arg(rejected); });
        note = lines({why, where});
    }
    addRow({userName(), page.path, acta, verdict, note});
}

IntakeView::Stored IntakeView::storeAccepted(const ProcessedPage &page, bool identityTyped)
{
    using S = ActaWorkflow::State;
    if (!m_session.user()) {
        // No trace: there is nobody to attribute it to, and the file is to be imported again.
        return {false, Verdict::NotStored, [this] {
                    return tr("Nobody is logged in: import the file again after logging in.");
                }};
    }
    const User &user = *m_session.user();
    ActaRepository &actas = m_session.actas();
    const QString clave = page.reading.acta->toString();
    // Refused pages leave their trace; a failure to write it is shown after the reason.
    const auto refused = [&](Verdict verdict, const char *reason, const Text &why) {
        return Stored {false, verdict, lines({why, traceRefused(page, clave, reason, why())})};
    };
    Result<ActaRecord> existing = actas.find(clave);
    if (existing && existing->state != S::Received && existing->state != S::ImageRejected)
        return refused(Verdict::Duplicate, RefusalReason::AlreadyReceived, [this, clave, state = existing->state] {
            return tr("Acta %1 was already received (%2); this page was not stored again.")
                .arg(clave, ActaWorkflow::stateName(state));
        });
    // Received, image, reading and accepted in one transaction: all of it or nothing.
    Result<IntakeResult> taken = actas.intake(user, *page.reading.acta,
                                              IntakePage {m_session.election().id(), m_session.station().isDrill(),
                                                          page.original, page.normalized, page.reading},
                                              currentDigitization(identityTyped));
    if (!taken)
        return refused(Verdict::NotStored, RefusedPage::reasonFor(taken.code()), fixed(taken.error()));
    m_session.cacheReading(clave, page.reading);
    m_session.notifyActasChanged();
    ++m_accepted;
    if (!taken->duplicates.isEmpty())
        return {true, Verdict::AcceptedCheck, duplicateWarnings(taken->duplicates)};
    return {true, Verdict::Accepted, {}};
}

IntakeView::Text IntakeView::traceRefused(const ProcessedPage &page, const QString &clave, const char *reason,
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
        return [this, why = s.error()] {
            return tr("The refusal could not be recorded in the audit log: %1").arg(why);
        };
    }
    return {};
}

// Found before the page was kept: the same file already stored for another acta, or a page
// that looks like the same sheet (perceptual hash) filed under another CLAVE_ACTA.
IntakeView::Text IntakeView::duplicateWarnings(const QList<DuplicateWarning> &duplicates)
{
    return [duplicates] {
        QStringList warnings;
        for (const DuplicateWarning &d : duplicates) {
            if (d.kind == DuplicateWarning::Kind::SameFile)
                warnings << tr("Duplicate warning: this very file was already stored for acta %1.").arg(d.otherClave);
            else
                warnings
                    << tr("Duplicate warning: this page looks like the same sheet as acta %1 (difference %2 of 64).")
                           .arg(d.otherClave)
                           .arg(d.distance);
        }
        return warnings.join(QLatin1Char('\n'));
    };
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
    auto refuse = [this](const Text &why) {
        showSummary(MessageLabel::Kind::Error, why);
        return false;
    };
    if (m_unidentified.isEmpty())
        return refuse([this] { return tr("No page is waiting for its identity."); });
    const QString a = first.trimmed().toUpper();
    if (a != second.trimmed().toUpper())
        return refuse([this] { return tr("The two CLAVE_ACTA typed differ; type them again."); });
    Result<ActaKey> key = ActaKey::parse(a);
    if (!key)
        return refuse(fixed(key.error()));
    if (!m_session.catalog().find(key->casilla()))
        return refuse([this, casilla = key->casilla().toString()] {
            return tr("Casilla %1 is not in the catalog; check the sheet.").arg(casilla);
        });
    if (!m_session.election().actaTypesFor(key->casilla().type()).contains(key->actaType()))
        return refuse([this, type = key->actaType(), own = m_session.election().actaType()] {
            return tr("Acta type %1 is not this election's (%2).").arg(type).arg(own);
        });
    ProcessedPage page = m_unidentified.takeFirst();
    page.reading.acta = *key;
    page.reading.inCatalog = true;
    const QString typist = userName();
    page.reading.identityNote = tr("Identity typed twice by %1.").arg(typist);
    const Text typed = [this, typist] {
        return tr("Identity typed twice by %1.").arg(typist);
    };
    const QString clave = key->toString();
    const Stored result = storeAccepted(page, true);
    showNextUnidentified();
    if (!result.stored) {
        IntakeView::refuse(page, clave, result.verdict, lines({typed, result.note}));
        showSummary(MessageLabel::Kind::Error, result.note);
        return false;
    }
    addRow({typist, page.path, clave, result.verdict, lines({typed, result.note})});
    if (result.note) // accepted, but something to check (a duplicate warning): not a plain success
        showSummary(MessageLabel::Kind::Warning,
                    lines({[this, clave] { return tr("Acta %1 identified and accepted.").arg(clave); }, result.note}));
    else
        showSummary(MessageLabel::Kind::Success,
                    [this, clave] { return tr("Acta %1 identified and accepted.").arg(clave); });
    Q_EMIT fileProcessed(page.path, true, result.note ? result.note() : QString());
    return true;
}

void IntakeView::onBatchFinished(bool cancelled)
{
    m_busy = false;
    m_cancelled = cancelled;
    m_ui->cancelButton->setEnabled(false);
    showBatchSummary();
    Q_EMIT batchFinished(cancelled);
    if (!cancelled)
        startNextBatch();
}

// The counts since the list was last cleared, and the pages not stored, each named with why.
void IntakeView::showBatchSummary()
{
    const int accepted = m_accepted;
    const int refused = m_refused;
    const bool cancelled = m_cancelled;
    constexpr qsizetype Named = 3; // the latest, the rest are in the list
    const QList<std::pair<QString, Text>> named = m_refusals.mid(std::max<qsizetype>(0, m_refusals.size() - Named));
    const qsizetype more = m_refusals.size() - named.size();
    const MessageLabel::Kind kind = refused > 0 ? MessageLabel::Kind::Error
        : cancelled                             ? MessageLabel::Kind::Warning
                                                : MessageLabel::Kind::Success;
    showSummary(kind, [this, accepted, refused, cancelled, named, more] {
        QStringList text {cancelled ? tr("Import cancelled. %1 page(s) accepted, %2 not.").arg(accepted).arg(refused)
                                    : tr("%1 page(s) accepted, %2 not.").arg(accepted).arg(refused)};
        for (const auto &[file, why] : named)
            text << tr("Not stored: %1 (%2)").arg(file, why().replace(QLatin1Char('\n'), QLatin1String("; ")));
        if (more > 0)
            text << tr("%n more not stored: see the list.", nullptr, int(more));
        return text.join(QLatin1Char('\n'));
    });
}

void IntakeView::showSummary(MessageLabel::Kind kind, Text text)
{
    m_summaryKind = kind;
    m_summary = std::move(text);
    m_ui->summaryLabel->show(kind, m_summary ? m_summary() : QString());
}

QString IntakeView::verdictText(Verdict verdict) const
{
    switch (verdict) {
    case Verdict::Accepted:
        return tr("Accepted");
    case Verdict::AcceptedCheck:
        return tr("Accepted, check");
    case Verdict::Rejected:
        return tr("Rejected");
    case Verdict::IdentityNeeded:
        return tr("Identity needed");
    case Verdict::NoIdentity:
        return tr("No identity");
    case Verdict::Duplicate:
        return tr("Duplicate");
    case Verdict::NotStored:
        return tr("Not stored");
    case Verdict::SinActa:
        return tr("Sin acta");
    }
    return {};
}

// Green only for a page accepted with nothing to check; what waits or needs a look is a warning.
MessageLabel::Kind IntakeView::verdictKind(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return MessageLabel::Kind::Success;
    case Verdict::AcceptedCheck:
    case Verdict::IdentityNeeded:
        return MessageLabel::Kind::Warning;
    case Verdict::SinActa:
        return MessageLabel::Kind::Info; // recorded, and never counted: no success to celebrate
    case Verdict::Rejected:
    case Verdict::NoIdentity:
    case Verdict::Duplicate:
    case Verdict::NotStored:
        break;
    }
    return MessageLabel::Kind::Error;
}

QString IntakeView::userName() const
{
    return m_session.user() ? m_session.user()->username : QString();
}

void IntakeView::addRow(const Row &row)
{
    m_rows.append(row);
    QTableWidget *t = m_ui->intakeTable;
    t->setRowCount(int(m_rows.size()));
    renderRow(int(m_rows.size()) - 1);
    t->scrollToBottom();
}

void IntakeView::renderRow(int index)
{
    const Row &row = m_rows.at(index);
    QTableWidget *t = m_ui->intakeTable;
    const QStringList cells {row.path.isEmpty() ? QString() : QFileInfo(row.path).fileName(), row.acta,
                             verdictText(row.verdict), row.note ? row.note() : QString()};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c == VerdictColumn)
            if (const QColor color = colorOf(verdictKind(row.verdict)); color.isValid())
                item->setForeground(color);
        t->setItem(index, c, item);
    }
    t->resizeRowToContents(index);
}

// The list belongs to whoever is logged in: another person's rows and summary go. Logged out
// or locked, the view is behind the start screen; the same person coming back finds it as it was.
void IntakeView::onUserChanged()
{
    const QString now = userName();
    if (now.isEmpty() || m_listOwner.compare(now, Qt::CaseInsensitive) == 0)
        return; // logged out or locked, or the same person back
    const bool someoneElse = !m_listOwner.isEmpty();
    m_listOwner = now;
    const auto stale = [this, &now](const Row &r) {
        if (r.verdict == Verdict::IdentityNeeded) // listed while its page waits, for anyone
            return std::none_of(m_unidentified.cbegin(), m_unidentified.cend(),
                                [&r](const ProcessedPage &p) { return p.path == r.path; });
        // Rows listed while nobody was logged in stay for whoever comes: nobody saw them yet.
        return !r.owner.isEmpty() && r.owner.compare(now, Qt::CaseInsensitive) != 0;
    };
    m_rows.removeIf(stale);
    m_ui->intakeTable->setRowCount(0);
    m_ui->intakeTable->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i)
        renderRow(i);
    if (!someoneElse)
        return;
    // The previous person's batch status goes with their rows.
    m_accepted = 0;
    m_refused = 0;
    m_refusals.clear();
    m_cancelled = false;
    showSummary(MessageLabel::Kind::Info, {});
    if (!m_busy) {
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(0);
    }
    m_ui->identityFirst->clear();
    m_ui->identitySecond->clear();
    m_ui->sinActaCasilla->clear();
}

void IntakeView::setHotFolder(const QString &folder)
{
    m_hotFolder = folder;
    retranslate();
}

bool IntakeView::recordSinActa(const QString &casillaKey, SinActaReason reason)
{
    auto refuse = [this](const Text &why) {
        showSummary(MessageLabel::Kind::Error, why);
        return false;
    };
    if (!m_session.user())
        return refuse([this] { return tr("Nobody is logged in."); });
    Result<CasillaKey> casilla = CasillaKey::parse(casillaKey);
    if (!casilla)
        return refuse(fixed(casilla.error()));
    if (!m_session.catalog().find(*casilla))
        return refuse([this, casillaKey] { return tr("Casilla %1 is not in the catalog.").arg(casillaKey); });
    // The package holds every acta of the casilla: a special casilla's RP acta too.
    QList<ActaKey> keys;
    QStringList claves;
    for (int actaType : m_session.election().actaTypesFor(casilla->type())) {
        Result<ActaKey> key = ActaKey::make(*casilla, actaType);
        if (!key)
            return refuse(fixed(key.error()));
        const QString clave = key->toString();
        if (Result<ActaRecord> existing = m_session.actas().find(clave); existing)
            return refuse([this, clave, state = existing->state] {
                return tr("Acta %1 was already received (%2).").arg(clave, ActaWorkflow::stateName(state));
            });
        keys << *key;
        claves << clave;
    }
    // Received and recorded as sin acta in one transaction.
    if (Result<QList<ActaRecord>> r = m_session.actas().intakeSinActa(
            *m_session.user(), keys, m_session.election().id(), m_session.station().isDrill(), reason);
        !r)
        return refuse(fixed(r.error()));
    for (const QString &clave : std::as_const(claves))
        addRow({userName(), QString(), clave, Verdict::SinActa, [reason] {
                    return PrepRules::displayLabel(Observation::SinActa, reason);
                }});
    // Recorded as asked: the action succeeded (the acta itself will not be counted, as the list says).
    showSummary(MessageLabel::Kind::Success, [this, claves] {
        return claves.size() == 1
            ? tr("Acta %1 recorded as sin acta and queued for sync.").arg(claves.first())
            : tr("Actas %1 (the special casilla's MR and RP actas) recorded as sin acta and queued for sync.")
                  .arg(claves.join(QStringLiteral(", ")));
    });
    m_ui->sinActaCasilla->clear();
    m_session.notifyActasChanged();
    return true;
}

QString IntakeView::summary() const
{
    return m_ui->summaryLabel->text();
}

MessageLabel::Kind IntakeView::summaryKind() const
{
    return m_ui->summaryLabel->kind();
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
        // What is already shown: the list and the last message, made anew.
        for (int i = 0; i < m_rows.size(); ++i)
            renderRow(i);
        if (m_summary)
            m_ui->summaryLabel->show(m_summaryKind, m_summary());
    }
    QWidget::changeEvent(event);
}

void IntakeView::retranslate()
{
    m_ui->intakeTable->setHorizontalHeaderLabels(
        {tr("File"), tr("Acta"), tr("Verdict"), tr("Reason for rejection / notes")});
    QStringList notes;
    if (!m_hotFolder.isEmpty())
        notes << tr("Hot folder: files a scanner writes into %1 are taken once they stop changing; a file that "
                    "cannot be stored (cut short, not an image...) is kept in %2 with its reason.")
                     .arg(QDir::toNativeSeparators(m_hotFolder),
                          QDir::toNativeSeparators(HotFolder::rejectedFolderOf(m_hotFolder)));
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
