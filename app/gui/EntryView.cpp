#include "EntryView.h"

#include "ActaImageView.h"
#include "ActaPage.h"
#include "FieldInput.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "PrepRules.h"
#include "Session.h"
#include "ui_EntryView.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QShortcut>

#include <algorithm>

namespace acta::gui {

namespace {
constexpr int CropHeight = 40;
}

EntryView::EntryView(Session &session, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EntryView>())
    , m_session(session)
    , m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    buildForm();
    connect(m_ui->zoomInButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::zoomIn);
    connect(m_ui->zoomOutButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::zoomOut);
    connect(m_ui->fitButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::fitToWindow);
    connect(m_ui->rotateButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::rotate90);
    // The page by keyboard too: a sideways scan is turned without a mouse.
    const QList<std::pair<QKeySequence, QToolButton *>> imageKeys {
        {QKeySequence(Qt::CTRL | Qt::Key_Plus), m_ui->zoomInButton},
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), m_ui->zoomInButton},
        {QKeySequence(Qt::CTRL | Qt::Key_Minus), m_ui->zoomOutButton},
        {QKeySequence(Qt::CTRL | Qt::Key_0), m_ui->fitButton},
        {QKeySequence(Qt::CTRL | Qt::Key_R), m_ui->rotateButton}};
    for (const auto &[keys, button] : imageKeys) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
    }
    // Enter on the button saves as a click does; Ctrl+Enter anywhere in the view.
    m_ui->saveButton->setAutoDefault(true);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { commit(); });
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setAutoRepeat(false); // held down it would save acta after acta unseen
        connect(shortcut, &QShortcut::activated, this, [this] { commit(); });
    }
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->queueList->currentItem())
            openActa(item->text());
    });
    connect(m_ui->queueList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openActa(item->text()); });
    connect(&m_session, &Session::actasChanged, this, &EntryView::refreshQueue);
    connect(&m_session, &Session::userChanged, this, &EntryView::refreshQueue);
    retranslate();
    clearEntry();
}

EntryView::~EntryView() = default;

void EntryView::buildForm()
{
    auto *grid = new QGridLayout(m_ui->fieldsWidget);
    grid->setColumnStretch(0, 1);
    const QList<TemplateField> fields = m_session.election().allFields();
    for (int i = 0; i < fields.size(); ++i) {
        const TemplateField &f = fields.at(i);
        Row row;
        row.fieldId = f.id;
        row.label = new QLabel(f.displayLabel(QLocale()), m_ui->fieldsWidget);
        row.label->setToolTip(row.label->text());
        row.label->setMinimumWidth(60);
        row.label->setWordWrap(true); // long candidacy names wrap rather than being cut
        row.label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        row.crop = new QLabel(m_ui->fieldsWidget);
        row.crop->setMinimumSize(int(CropHeight * 2.4), CropHeight);
        row.crop->setAlignment(Qt::AlignCenter);
        row.input = new FieldInput(f.digits, m_ui->fieldsWidget);
        row.input->setObjectName(QStringLiteral("field_") + f.id);
        row.input->setPasteAllowed(m_mode == Mode::Entry1);
        m_effort.watch(row.input);
        grid->addWidget(row.label, i, 0);
        grid->addWidget(row.crop, i, 1);
        row.status = new QLabel(m_ui->fieldsWidget);
        row.status->setObjectName(QStringLiteral("status_") + f.id);
        grid->addWidget(row.input, i, 2);
        grid->addWidget(row.status, i, 3);
        connect(row.input, &FieldInput::nextRequested, this, [this, i] {
            if (const int next = nextRowOnBallot(i + 1, 1); next >= 0)
                focusRow(next);
            else
                m_ui->saveButton->setFocus();
        });
        connect(row.input, &FieldInput::nextToFillRequested, this, [this, i] {
            if (const int next = nextRowToFill(i); next >= 0)
                focusRow(next);
            else
                m_ui->saveButton->setFocus(); // where Enter saves
        });
        connect(row.input, &FieldInput::inputRefused, this, [this](const QString &why) {
            setMessage(MessageLabel::Kind::Warning, why);
            m_refusalShown = true; // until the clerk moves to another field
        });
        connect(row.input, &FieldInput::previousRequested, this, [this, i] {
            if (const int previous = nextRowOnBallot(i - 1, -1); previous >= 0)
                focusRow(previous);
            else
                m_ui->queueList->setFocus(Qt::BacktabFocusReason); // out of the form: the queue, Open
        });
        connect(row.input, &FieldInput::valueEdited, this, [this, i] {
            // A complaint about the form is stale once the clerk changed it.
            if (m_ui->messageLabel->kind() == MessageLabel::Kind::Error)
                m_ui->messageLabel->clearMessage();
            updateRowStatus(m_rows.at(i));
            updateTotals();
        });
        connect(row.input, &FieldInput::regionRequested, this, [this, i] { showRegionOf(i); });
        connect(row.input, &FieldInput::pasteRefused, this,
                [this] { setMessage(tr("Paste is disabled in entry 2: type what the sheet says."), true); });
        row.status->setMinimumWidth(row.status->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMM")));
        m_rows.append(row);
    }
    grid->setRowStretch(int(fields.size()), 1);
    // A long label wraps: its row must be as tall as the wrapped text (the scroll area does not
    // ask the grid for height-for-width by itself).
    m_ui->fieldsWidget->installEventFilter(this);
}

bool EntryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->fieldsWidget && event->type() == QEvent::Resize) {
        for (const Row &row : std::as_const(m_rows))
            row.label->setMinimumHeight(row.label->heightForWidth(row.label->width()));
    }
    return QWidget::eventFilter(watched, event);
}

void EntryView::refreshQueue()
{
    m_queue.clear();
    m_ownExcluded = 0;
    if (m_session.user() && m_session.can(Permission::EnterData)) {
        using S = ActaWorkflow::State;
        Result<QList<ActaRecord>> actas
            = m_session.actas().inState(m_mode == Mode::Entry1 ? S::Digitized : S::Entry1Done);
        if (actas) {
            for (const ActaRecord &a : *actas) {
                // Never offered to a clerk who already entered it.
                if (m_session.isCurrentUser(a.entry1User) || m_session.isCurrentUser(a.entry2User)) {
                    ++m_ownExcluded;
                    continue;
                }
                m_queue << a.clave;
            }
        } else {
            setMessage(actas.error(), true);
        }
    }
    m_ui->queueList->clear();
    m_ui->queueList->addItems(m_queue);
    QString caption = tr("Queue: %n acta(s)", nullptr, int(m_queue.size()));
    if (m_ownExcluded > 0)
        caption += QLatin1Char('\n')
            + tr("Not listed: %n acta(s) you entered yourself; another clerk must type this entry.", nullptr,
                 m_ownExcluded);
    m_ui->queueCaption->setText(caption);
}

bool EntryView::openNext()
{
    refreshQueue();
    return !m_queue.isEmpty() && openActa(m_queue.first());
}

bool EntryView::openActa(const QString &clave)
{
    if (!m_session.can(Permission::EnterData)) {
        setMessage(tr("Your role may not enter data."), true);
        return false;
    }
    Result<ActaRecord> acta = m_session.actas().find(clave);
    if (!acta) {
        setMessage(acta.error(), true);
        return false;
    }
    using S = ActaWorkflow::State;
    const S wanted = m_mode == Mode::Entry1 ? S::Digitized : S::Entry1Done;
    if (acta->state != wanted) {
        setMessage(
            tr("Acta %1 is %2: it is not waiting for this entry.").arg(clave, ActaWorkflow::stateName(acta->state)),
            true);
        return false;
    }
    if (m_mode == Mode::Entry2 && m_session.isCurrentUser(acta->entry1User)) {
        setMessage(tr("You entered acta %1 first: entry 2 must be typed by another clerk.").arg(clave), true);
        return false;
    }
    clearEntry();
    m_clave = clave;
    Result<std::optional<StoredImage>> image = m_session.actas().images().latest(clave);
    if (image && *image) {
        const QByteArray &bytes = (*image)->normalized.isEmpty() ? (*image)->original : (*image)->normalized;
        m_page = QImage::fromData(bytes);
        if (!m_page.isNull())
            m_ui->imageView->setImage(m_page);
        if ((*image)->normalized.isEmpty())
            m_page = QImage(); // crops only from the registered page
    }
    // Proposals only beside the page they were read from: with no page on screen there is
    // nothing to compare them with, so every field is typed.
    const bool pageShown = m_ui->imageView->hasImage();
    const PageReading *reading = m_mode == Mode::Entry1 && pageShown ? m_session.reading(clave) : nullptr;
    ActaFacts facts;
    facts.casilla = m_session.catalog().find(clave.left(11));
    if (const Result<ActaKey> key = ActaKey::parse(clave))
        facts.actaType = key->actaType();
    for (Row &row : m_rows) {
        const TemplateField *f = m_session.election().field(row.fieldId);
        // Only what is on this district's ballot is asked for: the sheet has no box for the rest.
        // Outside the catalog the district is unknown: every field is asked for.
        row.onBallot
            = !f || !isVoteKind(f->kind) || !facts.casilla || PrepRules::onBallot(m_session.election(), *f, facts);
        row.label->setVisible(row.onBallot);
        row.crop->setVisible(row.onBallot);
        row.input->setVisible(row.onBallot);
        if (!row.onBallot)
            continue;
        const QImage crop = f ? fieldCrop(m_page, m_session.election(), *f) : QImage();
        if (!crop.isNull())
            row.crop->setPixmap(QPixmap::fromImage(crop.scaledToHeight(CropHeight, Qt::SmoothTransformation)));
        row.input->setEnabled(true);
        if (reading) {
            // Recognition only proposes: the fields it is not sure of start empty and marked.
            const FieldReading *fr = reading->field(row.fieldId);
            if (fr && fr->highConfidence) {
                row.input->setValue(fr->value);
                row.input->setProposed(true);
            } else {
                row.input->setHighlighted(true);
            }
        }
        updateRowStatus(row);
    }
    m_ui->saveButton->setEnabled(true);
    setTitle();
    if (!pageShown)
        setMessage(MessageLabel::Kind::Warning,
                   tr("The page of acta %1 could not be shown: type every field from the paper sheet, or "
                      "ask for it to be scanned again.")
                       .arg(clave));
    else if (m_mode == Mode::Entry1 && !reading)
        setMessage(tr("No recognition reading for this acta in this session: type every field."), false);
    else
        setMessage(QString(), false);
    updateTotals();
    // The doubtful fields first: the proposed ones are reviewed on screen.
    const int firstToFill = nextRowToFill(-1);
    focusRow(firstToFill >= 0 ? firstToFill : nextRowOnBallot(0, 1));
    m_effort.start(); // the acta is on screen for entry from now
    return true;
}

void EntryView::setTitle()
{
    if (m_clave.isEmpty()) {
        m_ui->actaTitle->setText(tr("<b>No acta open.</b> Choose one from the queue."));
        return;
    }
    const CasillaInfo *casilla = m_session.catalog().find(m_clave.left(11));
    m_ui->actaTitle->setText(
        tr("<b>Acta %1</b> · %2").arg(m_clave, casilla ? casilla->location.toHtmlEscaped() : QString()));
}

void EntryView::focusWork()
{
    if (!m_clave.isEmpty()) {
        const int row = nextRowToFill(-1);
        if (row >= 0)
            focusRow(row);
        else
            m_ui->saveButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_ui->queueList->count() > 0 && !m_ui->queueList->currentItem())
        m_ui->queueList->setCurrentRow(0);
    m_ui->queueList->setFocus(Qt::OtherFocusReason);
}

int EntryView::nextRowToFill(int after) const
{
    const int n = int(m_rows.size());
    for (int k = 1; k <= n; ++k) {
        const int i = (after + k + n) % n;
        const Row &row = m_rows.at(i);
        if (row.onBallot && row.input->isEnabled() && !row.input->value())
            return i;
    }
    return -1;
}

bool EntryView::rowOnScreen(int index) const
{
    const Row &row = m_rows.at(index);
    QWidget *viewport = m_ui->fieldsArea->viewport();
    if (!row.input->isVisible() || !viewport->isVisible())
        return false;
    const QRect r(row.input->mapTo(viewport, QPoint(0, 0)), row.input->size());
    return viewport->rect().contains(r);
}

void EntryView::updateRowStatus(const Row &row)
{
    QString text;
    QString style;
    if (row.input->proposed() && row.input->value()) {
        text = tr("check");
        style = QStringLiteral("color:#2f6db5;");
        row.status->setToolTip(tr("Pre-filled by recognition: compare it with the image. Enter confirms it; "
                                  "Ctrl+Enter confirms every pre-filled field on screen and saves."));
    } else if (!row.input->value() && row.input->highlighted()) {
        text = tr("type it");
        style = QStringLiteral("color:#8a5a00; font-weight:bold;");
        row.status->setToolTip(tr("Recognition was not sure of this field: type what the sheet says."));
    } else if (row.input->value()) {
        text = QStringLiteral("✓");
        style = QStringLiteral("color:#1f7a1f;");
        row.status->setToolTip(tr("Entered."));
    } else {
        row.status->setToolTip(QString());
    }
    row.status->setText(text);
    row.status->setStyleSheet(style);
    row.status->setVisible(row.onBallot);
}

int EntryView::acceptShownProposals()
{
    int accepted = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.onBallot && row.input->proposed() && row.input->value() && rowOnScreen(i)) {
            row.input->setProposed(false);
            updateRowStatus(row);
            ++accepted;
        }
    }
    if (accepted > 0)
        updateTotals();
    return accepted;
}

int EntryView::proposedLeft() const
{
    int left = 0;
    for (const Row &row : m_rows)
        left += row.onBallot && row.input->proposed() && row.input->value() ? 1 : 0;
    return left;
}

bool EntryView::commit()
{
    if (m_clave.isEmpty())
        return false;
    if (m_mode == Mode::Entry1) {
        acceptShownProposals();
        // A field left to type comes first: save() names it and takes the focus there.
        const bool empty = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                       [](const Row &row) { return row.onBallot && !row.input->value(); });
        if (const int left = proposedLeft(); left > 0 && !empty) {
            // Never accepted unseen: bring the first of them to the top of the form.
            for (int i = 0; i < m_rows.size(); ++i) {
                const Row &row = m_rows.at(i);
                if (row.onBallot && row.input->proposed() && row.input->value()) {
                    m_ui->fieldsArea->verticalScrollBar()->setValue(row.label->y() - 4);
                    break;
                }
            }
            setMessage(MessageLabel::Kind::Info,
                       tr("%n pre-filled field(s) were not on screen yet: the form shows them now; compare them "
                          "with the image, then press Ctrl+Enter again.",
                          nullptr, left));
            return false;
        }
    }
    return save();
}

int EntryView::nextRowOnBallot(int from, int step) const
{
    for (int i = from; i >= 0 && i < m_rows.size(); i += step)
        if (m_rows.at(i).onBallot)
            return i;
    return -1;
}

void EntryView::focusRow(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    if (m_refusalShown) {
        m_refusalShown = false;
        m_ui->messageLabel->clearMessage();
    }
    m_rows.at(index).input->setFocus(Qt::TabFocusReason);
    m_ui->fieldsArea->ensureWidgetVisible(m_rows.at(index).input);
    if (const TemplateField *f = m_session.election().field(m_rows.at(index).fieldId); f && !m_page.isNull())
        m_ui->imageView->markRegion(fieldRegionPx(m_session.election(), *f));
}

void EntryView::showRegionOf(int index)
{
    if (const TemplateField *f = m_session.election().field(m_rows.at(index).fieldId); f && !m_page.isNull())
        m_ui->imageView->showRegion(fieldRegionPx(m_session.election(), *f));
}

Tally EntryView::tally() const
{
    Tally t;
    for (const Row &row : m_rows) {
        if (!row.onBallot)
            continue;
        if (const std::optional<FieldValue> v = row.input->value())
            t.set(row.fieldId, *v);
    }
    return t;
}

qint64 EntryView::totalCalculado() const
{
    qint64 total = 0;
    for (const TemplateField &f : m_session.election().voteFields()) {
        if (FieldInput *in = input(f.id); in && in->value())
            total += in->value()->countedValue();
    }
    return total;
}

void EntryView::updateTotals()
{
    m_warnings.clear();
    if (m_clave.isEmpty()) {
        m_ui->totalLabel->clear();
        m_ui->warningsLabel->clear();
        m_ui->warningsArea->hide();
        return;
    }
    ActaFacts facts;
    facts.casilla = m_session.catalog().find(m_clave.left(11));
    if (const Result<ActaKey> key = ActaKey::parse(m_clave))
        facts.actaType = key->actaType();
    facts.tally = tally();
    const Classification c = PrepRules::classify(m_session.election(), facts);
    int missing = 0;
    for (const Row &row : m_rows)
        missing += !row.onBallot || row.input->value() ? 0 : 1;
    QString total = tr("Computed total: <b>%1</b> · fields left: %2").arg(c.totalCalculado).arg(missing);
    if (const int toCheck = proposedLeft(); toCheck > 0)
        total += QStringLiteral(" · ") + tr("pre-filled to check: %1").arg(toCheck);
    m_ui->totalLabel->setText(total);
    for (const ConsistencyWarning &w : c.warnings)
        m_warnings << w.message;
    if (missing == 0 && !c.contabilizada && !c.observaciones().isEmpty())
        m_warnings << tr("Not counted: %1").arg(c.observaciones());
    QStringList lines;
    for (const QString &w : std::as_const(m_warnings))
        lines << QStringLiteral("• ") + w;
    m_ui->warningsLabel->setText(m_warnings.isEmpty() ? QString()
                                                      : tr("Check (saving is still allowed):") + QLatin1Char('\n')
                                         + lines.join(QLatin1Char('\n')));
    m_ui->warningsArea->setVisible(!m_warnings.isEmpty());
}

bool EntryView::save()
{
    if (m_clave.isEmpty() || !m_session.user())
        return false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).onBallot && !m_rows.at(i).input->value()) {
            setMessage(tr("%1 is empty: type the figure, or %2 for ILEGIBLE or %3 for SIN DATO.")
                           .arg(m_rows.at(i).label->text(),
                                QKeySequence(FieldInput::IlegibleKey).toString(QKeySequence::NativeText),
                                QKeySequence(FieldInput::SinDatoKey).toString(QKeySequence::NativeText)),
                       true);
            focusRow(i);
            return false;
        }
        if (m_rows.at(i).onBallot && m_rows.at(i).input->proposed()) {
            setMessage(tr("%1 was pre-filled by recognition and is not confirmed yet: compare it with the image "
                          "and press Enter, or Ctrl+Enter for every field on screen.")
                           .arg(m_rows.at(i).label->text()),
                       true);
            focusRow(i);
            return false;
        }
    }
    const Tally t = tally();
    if (Status s = PrepRules::checkTally(m_session.election(), t); !s) {
        setMessage(s.error(), true);
        return false;
    }
    const User &user = *m_session.user();
    // A refused save keeps measuring: the clerk goes on with the same acta.
    const EntryEffort effort = m_effort.effort();
    Result<ActaRecord> r = m_mode == Mode::Entry1 ? m_session.actas().submitEntry1(user, m_clave, t, effort)
                                                  : m_session.actas().submitEntry2(user, m_clave, t, effort);
    if (!r) {
        setMessage(r.error(), true);
        return false;
    }
    const QString clave = m_clave;
    qCInfo(lcGui) << "entry saved" << clave << ActaWorkflow::stateId(r->state);
    clearEntry();
    using S = ActaWorkflow::State;
    QString done;
    MessageLabel::Kind kind = MessageLabel::Kind::Success;
    if (m_mode == Mode::Entry1) {
        done = tr("Entry 1 of acta %1 saved; it waits for entry 2 by another clerk.").arg(clave);
    } else if (r->state == S::InDispute) {
        done = tr("Entry 2 of acta %1 differs from entry 1: the acta goes to a supervisor.").arg(clave);
        kind = MessageLabel::Kind::Warning; // not a match: never shown as a success
    } else {
        done = tr("Entries 1 and 2 of acta %1 match: verified and queued for sync.").arg(clave);
    }
    Q_EMIT saved(clave, r->state);
    m_session.notifyActasChanged();
    // The night goes on: the next acta of the queue, or a clear word that there is none.
    if (openNext()) {
        setMessage(kind, done + QLatin1Char(' ') + tr("Now acta %1.").arg(m_clave));
    } else {
        setMessage(kind, done + QLatin1Char(' ') + tr("The queue is empty: new actas appear here as they arrive."));
        focusWork();
    }
    return true;
}

void EntryView::clearEntry()
{
    m_effort.stop();
    m_clave.clear();
    m_page = QImage();
    m_ui->imageView->clearImage();
    for (Row &row : m_rows) {
        row.input->setValue(std::nullopt);
        row.input->setProposed(false);
        row.input->setHighlighted(false);
        row.input->setEnabled(false);
        row.crop->clear();
        updateRowStatus(row);
    }
    m_ui->saveButton->setEnabled(false);
    setTitle();
    updateTotals();
}

QString EntryView::message() const
{
    return m_ui->messageLabel->text();
}

void EntryView::setMessage(const QString &text, bool error)
{
    setMessage(error ? MessageLabel::Kind::Error : MessageLabel::Kind::Info, text);
}

void EntryView::setMessage(MessageLabel::Kind kind, const QString &text)
{
    m_refusalShown = false;
    m_ui->messageLabel->show(kind, text);
}

FieldInput *EntryView::input(const QString &fieldId) const
{
    for (const Row &row : m_rows) {
        if (row.fieldId == fieldId)
            return row.input;
    }
    return nullptr;
}

QList<FieldInput *> EntryView::inputs() const
{
    QList<FieldInput *> list;
    for (const Row &row : m_rows)
        list << row.input;
    return list;
}

void EntryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void EntryView::retranslate()
{
    const auto key = [](Qt::Key k) {
        return QKeySequence(k).toString(QKeySequence::NativeText);
    };
    const QString fieldKeys
        = tr("Keys: digits · Enter next field to fill · Tab/↓ next field · Shift+Tab/↑ previous · "
             "%1 %2 · %3 %4 · %5 show the field on the image")
              .arg(key(FieldInput::IlegibleKey), FieldValue::ilegible().toDisplayString(), key(FieldInput::SinDatoKey),
                   FieldValue::sinDato().toDisplayString(), key(FieldInput::RegionKey));
    const QString saveKeys = m_mode == Mode::Entry1
        ? tr("Ctrl+Enter (or Enter on Save) confirms the pre-filled fields on screen and saves; "
             "then the next acta opens.")
        : tr("Ctrl+Enter (or Enter on Save) saves; then the next acta opens.");
    m_ui->keysHint->setText(fieldKeys + QLatin1Char('\n') + saveKeys);
    // What is on screen in the new language: the title, the totals and warnings; a message of
    // the old language is dropped rather than left standing.
    setTitle();
    updateTotals();
    if (!m_ui->messageLabel->text().isEmpty())
        m_ui->messageLabel->clearMessage();
    m_ui->saveButton->setText(m_mode == Mode::Entry1 ? tr("&Save entry 1 (Ctrl+Enter)")
                                                     : tr("&Save entry 2 (Ctrl+Enter)"));
    for (const Row &row : m_rows) {
        if (const TemplateField *f = m_session.election().field(row.fieldId)) {
            row.label->setText(f->displayLabel(QLocale()));
            row.label->setToolTip(row.label->text());
        }
        updateRowStatus(row);
    }
    refreshQueue();
}

} // namespace acta::gui
