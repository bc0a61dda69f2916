#include "AdjudicationView.h"

#include "ActaImageView.h"
#include "ActaPage.h"
#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "Session.h"
#include "ui_AdjudicationView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>

namespace acta::gui {

namespace {
constexpr int CropHeight = 36;
constexpr int MaxLabelWidth = 190; // longer labels wrap in their cell (full text in the tooltip)
const QColor DifferColor(0xff, 0xd6, 0xd6);
const QChar DifferMark(0x2260); // ≠: the difference in a sign as well as the colour

ActaWorkflow::State targetOf(ActaWorkflow::Trigger trigger)
{
    for (const ActaWorkflow::Transition &t : ActaWorkflow::transitions())
        if (t.from == ActaWorkflow::State::InDispute && t.trigger == trigger)
            return t.to;
    return ActaWorkflow::State::InDispute;
}
} // namespace

AdjudicationView::AdjudicationView(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AdjudicationView>())
    , m_session(session)
    , m_dialogs(dialogs)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setStretchFactor(2, 2);
    m_ui->checksSplitter->setStretchFactor(0, 3);
    m_ui->checksSplitter->setStretchFactor(1, 1);
    m_ui->checksSplitter->setSizes({600, 260}); // in proportion: room for a few warnings under the table
    QTableWidget *t = m_ui->fieldsTable;
    t->setColumnCount(ColumnCount);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setIconSize(QSize(int(CropHeight * 3), CropHeight));
    m_effort.watch(t); // with its cell editors
    m_effort.watch(m_ui->reasonEdit);

    connect(m_ui->zoomInButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::zoomIn);
    connect(m_ui->zoomOutButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::zoomOut);
    connect(m_ui->fitButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::fitToWindow);
    connect(m_ui->rotateButton, &QToolButton::clicked, m_ui->imageView, &ActaImageView::rotate90);
    connect(m_ui->showFieldButton, &QToolButton::clicked, this, &AdjudicationView::showCurrentField);
    // The zoom keys work wherever the focus is in this view (the image itself never takes it).
    const auto shortcut = [this](const QList<QKeySequence> &keys, void (ActaImageView::*slot)()) {
        auto *s = new QShortcut(this);
        s->setKeys(keys);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, m_ui->imageView, slot);
    };
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)}, &ActaImageView::zoomIn);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &ActaImageView::zoomOut);
    shortcut({QKeySequence(Qt::CTRL | Qt::Key_0)}, &ActaImageView::fitToWindow);

    connect(t, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_updating && item->column() == DecisionColumn)
            updateDecisionState();
    });
    connect(t, &QTableWidget::currentCellChanged, this, [this](int row, int, int previousRow, int) {
        if (row != previousRow)
            markRow(row);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_ui->queueList->currentItem())
            openActa(item->text());
    });
    connect(m_ui->queueList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openActa(item->text()); });
    connect(m_ui->useEntry1Button, &QPushButton::clicked, this, [this] { useEntry(1); });
    connect(m_ui->useEntry2Button, &QPushButton::clicked, this, [this] { useEntry(2); });
    connect(m_ui->adjudicateButton, &QPushButton::clicked, this, [this] { adjudicate(); });
    connect(m_ui->recaptureButton, &QPushButton::clicked, this,
            [this] { sendBack(ActaWorkflow::Trigger::SendBackForRecapture); });
    connect(m_ui->rescanButton, &QPushButton::clicked, this,
            [this] { sendBack(ActaWorkflow::Trigger::SendBackForRescan); });
    connect(&m_session, &Session::actasChanged, this, &AdjudicationView::refreshQueue);
    connect(&m_session, &Session::userChanged, this, &AdjudicationView::refreshQueue);
    clear();
    retranslate();
}

AdjudicationView::~AdjudicationView() = default;

bool AdjudicationView::stillTheSameDecision(const QString &who, const QString &clave) const
{
    // The question may have waited while the station locked or someone else logged in: the
    // decision is only ever taken by the person who was asked, on the acta they were asked about.
    return !who.isEmpty() && m_session.user() && m_session.isCurrentUser(who) && m_clave == clave
        && m_session.can(Permission::Adjudicate);
}

QString AdjudicationView::fieldLabel(const TemplateField &field)
{
    return field.displayLabel(QLocale()); // parties and candidacies as printed
}

void AdjudicationView::refreshQueue()
{
    m_queue.clear();
    if (m_session.can(Permission::Adjudicate)) {
        Result<QList<ActaRecord>> actas = m_session.actas().inState(ActaWorkflow::State::InDispute);
        if (actas) {
            for (const ActaRecord &a : *actas) {
                if (!m_session.isCurrentUser(a.entry1User) && !m_session.isCurrentUser(a.entry2User))
                    m_queue << a.clave;
            }
        }
    }
    m_ui->queueList->clear();
    m_ui->queueList->addItems(m_queue);
    m_ui->queueCaption->setText(tr("Disputes: %n acta(s)", nullptr, int(m_queue.size())));
}

bool AdjudicationView::openActa(const QString &clave)
{
    if (!m_session.can(Permission::Adjudicate)) {
        setMessage([] { return tr("Only a supervisor may adjudicate."); }, Tone::Error);
        return false;
    }
    Result<ActaRecord> acta = m_session.actas().find(clave);
    if (!acta) {
        setMessage([e = acta.error()] { return e; }, Tone::Error);
        return false;
    }
    if (acta->state != ActaWorkflow::State::InDispute) {
        setMessage(
            [clave, s = acta->state] {
                return tr("Acta %1 is %2: it is not in dispute.").arg(clave, ActaWorkflow::stateName(s));
            },
            Tone::Error);
        return false;
    }
    if (m_session.isCurrentUser(acta->entry1User) || m_session.isCurrentUser(acta->entry2User)) {
        setMessage([clave] { return tr("You entered acta %1: a supervisor who entered neither decides.").arg(clave); },
                   Tone::Error);
        return false;
    }
    Result<std::optional<Tally>> e1 = m_session.actas().entry(clave, EntryKind::Entry1);
    Result<std::optional<Tally>> e2 = m_session.actas().entry(clave, EntryKind::Entry2);
    if (!e1 || !e2) {
        setMessage([e = !e1 ? e1.error() : e2.error()] { return e; }, Tone::Error);
        return false;
    }
    clear();
    m_clave = clave;
    m_entry1User = acta->entry1User;
    m_entry2User = acta->entry2User;
    m_entry1 = e1->value_or(Tally());
    m_entry2 = e2->value_or(Tally());
    if (Result<std::optional<StoredImage>> image = m_session.actas().images().latest(clave); image && *image) {
        const QByteArray &bytes = (*image)->normalized.isEmpty() ? (*image)->original : (*image)->normalized;
        if (const QImage shown = QImage::fromData(bytes); !shown.isNull())
            m_ui->imageView->setImage(shown);
        if (!(*image)->normalized.isEmpty())
            m_page = QImage::fromData((*image)->normalized); // crops and regions only on the registered page
    }
    QTableWidget *t = m_ui->fieldsTable;
    // The fields on this acta's ballot only (a party, coalition or independent that does not run
    // in the district has no box on its sheet).
    ActaFacts facts;
    facts.casilla = m_session.catalog().find(clave.left(11));
    if (const Result<ActaKey> key = ActaKey::parse(clave))
        facts.actaType = key->actaType();
    QList<TemplateField> fields;
    for (const TemplateField &f : m_session.election().allFields())
        if (!isVoteKind(f.kind) || !facts.casilla || PrepRules::onBallot(m_session.election(), f, facts))
            fields << f;
    const QScopedValueRollback<bool> updating(m_updating, true);
    t->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const TemplateField &f = fields.at(r);
        m_fieldIds << f.id;
        const FieldValue v1 = m_entry1.value(f.id);
        const FieldValue v2 = m_entry2.value(f.id);
        const bool differs = !(v1 == v2);
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem;
            if (c != DecisionColumn)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            t->setItem(r, c, item);
        }
        if (const QImage c = fieldCrop(m_page, m_session.election(), f); !c.isNull())
            t->item(r, CropColumn)
                ->setData(Qt::DecorationRole,
                          QPixmap::fromImage(c.scaledToHeight(CropHeight, Qt::SmoothTransformation)));
        t->item(r, DecisionColumn)->setText(differs ? QString() : v1.toDisplayString());
        if (differs) {
            m_differing << f.id;
            for (int c = 0; c < ColumnCount; ++c)
                t->item(r, c)->setBackground(DifferColor);
            for (int c : {int(FieldColumn), int(StatusColumn)}) {
                QFont bold = t->font();
                bold.setBold(true);
                t->item(r, c)->setFont(bold);
            }
        }
        t->setRowHeight(r, CropHeight + 6);
    }
    retranslate(); // the texts of the rows, the title, the checks
    t->resizeColumnsToContents();
    if (t->columnWidth(FieldColumn) > MaxLabelWidth)
        t->setColumnWidth(FieldColumn, MaxLabelWidth);
    for (QWidget *b :
         std::initializer_list<QWidget *> {m_ui->useEntry1Button, m_ui->useEntry2Button, m_ui->adjudicateButton,
                                           m_ui->recaptureButton, m_ui->rescanButton, m_ui->showFieldButton})
        b->setEnabled(true);
    setMessage({}, Tone::Note);
    // Start on the first difference, ready to type its value; its region is marked on the page.
    const int first = m_differing.isEmpty() ? 0 : rowOf(m_differing.first());
    if (t->rowCount() > 0) {
        t->setCurrentCell(first, DecisionColumn);
        t->horizontalScrollBar()->setValue(0); // the field's name stays in view
        markRow(first);
        t->setFocus(Qt::OtherFocusReason);
    }
    m_effort.start(); // the acta is on screen for a decision from now
    return true;
}

int AdjudicationView::rowOf(const QString &fieldId) const
{
    return int(m_fieldIds.indexOf(fieldId));
}

const TemplateField *AdjudicationView::fieldAt(int row) const
{
    return row >= 0 && row < m_fieldIds.size() ? m_session.election().field(m_fieldIds.at(row)) : nullptr;
}

void AdjudicationView::setDecision(const QString &fieldId, const QString &text)
{
    if (const int r = rowOf(fieldId); r >= 0)
        m_ui->fieldsTable->item(r, DecisionColumn)->setText(text);
}

void AdjudicationView::useEntry(int entry)
{
    QSet<int> rows;
    for (const QModelIndex &i : m_ui->fieldsTable->selectionModel()->selectedIndexes())
        rows.insert(i.row());
    for (int r : rows) {
        const Tally &t = entry == 1 ? m_entry1 : m_entry2;
        m_ui->fieldsTable->item(r, DecisionColumn)->setText(t.value(m_fieldIds.at(r)).toDisplayString());
    }
}

void AdjudicationView::selectField(const QString &fieldId)
{
    if (const int r = rowOf(fieldId); r >= 0)
        m_ui->fieldsTable->setCurrentCell(r, DecisionColumn);
}

void AdjudicationView::markRow(int row)
{
    const TemplateField *f = fieldAt(row);
    if (!f || m_page.isNull())
        return;
    const QRectF region = fieldRegionPx(m_session.election(), *f);
    m_ui->imageView->markRegion(region);
    m_ui->imageView->ensureVisible(region, 24, 24); // at the zoom the supervisor chose
}

void AdjudicationView::showCurrentField()
{
    if (const TemplateField *f = fieldAt(m_ui->fieldsTable->currentRow()); f && !m_page.isNull())
        m_ui->imageView->showRegion(fieldRegionPx(m_session.election(), *f));
}

void AdjudicationView::setReason(const QString &reason)
{
    m_ui->reasonEdit->setText(reason);
}

std::optional<FieldValue> AdjudicationView::parseTyped(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (t.compare(FieldValue::ilegible().toDisplayString(), Qt::CaseInsensitive) == 0)
        return FieldValue::ilegible();
    if (t.compare(FieldValue::sinDato().toDisplayString(), Qt::CaseInsensitive) == 0)
        return FieldValue::sinDato();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (digits.match(t).hasMatch())
        return FieldValue::number(t.toLongLong());
    Result<FieldValue> parsed = FieldValue::parse(t);
    if (parsed)
        return *parsed;
    return std::nullopt;
}

std::optional<FieldValue> AdjudicationView::decisionAt(int row) const
{
    const QTableWidgetItem *item = m_ui->fieldsTable->item(row, DecisionColumn);
    return item ? parseTyped(item->text()) : std::nullopt;
}

AdjudicationView::Source AdjudicationView::sourceAt(int row) const
{
    const QTableWidgetItem *item = m_ui->fieldsTable->item(row, DecisionColumn);
    if (!item || item->text().trimmed().isEmpty())
        return Source::Undecided;
    const std::optional<FieldValue> v = decisionAt(row);
    if (!v)
        return Source::Invalid;
    const FieldValue v1 = m_entry1.value(m_fieldIds.at(row));
    const FieldValue v2 = m_entry2.value(m_fieldIds.at(row));
    if (*v == v1 && *v == v2)
        return Source::BothEntries;
    if (*v == v1)
        return Source::Entry1;
    if (*v == v2)
        return Source::Entry2;
    return Source::Typed;
}

AdjudicationView::Source AdjudicationView::source(const QString &fieldId) const
{
    const int r = rowOf(fieldId);
    return r < 0 ? Source::Undecided : sourceAt(r);
}

QString AdjudicationView::sourceName(Source source) const
{
    switch (source) {
    case Source::Undecided:
        return tr("undecided");
    case Source::Invalid:
        return tr("not a valid value");
    case Source::Entry1:
        return tr("entry 1");
    case Source::Entry2:
        return tr("entry 2");
    case Source::BothEntries:
        return tr("both entries");
    case Source::Typed:
        return tr("typed by the supervisor");
    }
    return QString();
}

Tally AdjudicationView::decidedTally(int *undecided) const
{
    Tally decided;
    int left = 0;
    for (int r = 0; r < m_fieldIds.size(); ++r) {
        if (const std::optional<FieldValue> v = decisionAt(r))
            decided.set(m_fieldIds.at(r), *v);
        else
            ++left;
    }
    if (undecided)
        *undecided = left;
    return decided;
}

void AdjudicationView::updateDecisionState()
{
    m_warnings.clear();
    m_classification = Classification();
    if (m_clave.isEmpty()) {
        m_ui->totalLabel->clear();
        m_ui->countedLabel->clear();
        m_ui->warningsLabel->clear();
        return;
    }
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        for (int r = 0; r < m_fieldIds.size(); ++r) {
            QTableWidgetItem *status = m_ui->fieldsTable->item(r, StatusColumn);
            const Source s = sourceAt(r);
            if (m_differing.contains(m_fieldIds.at(r))) {
                status->setText(DifferMark + QLatin1Char(' ') + tr("Differ: %1").arg(sourceName(s)));
                status->setToolTip(tr("Entries 1 and 2 differ in this field."));
            } else {
                status->setText(s == Source::BothEntries ? tr("= Agree") : tr("= Agree, now: %1").arg(sourceName(s)));
                status->setToolTip(tr("Entries 1 and 2 agree in this field."));
            }
        }
    }
    int undecided = 0;
    ActaFacts facts;
    facts.casilla = m_session.catalog().find(m_clave.left(11));
    if (const Result<ActaKey> key = ActaKey::parse(m_clave))
        facts.actaType = key->actaType();
    facts.tally = decidedTally(&undecided);
    m_classification = PrepRules::classify(m_session.election(), facts);
    for (const ConsistencyWarning &w : std::as_const(m_classification.warnings))
        m_warnings << w.message; // PrepRules' own text, in the language it was classified in
    m_ui->totalLabel->setText(tr("Computed total of this decision: <b>%1</b> · fields undecided: %2")
                                  .arg(m_classification.totalCalculado)
                                  .arg(undecided));
    m_ui->countedLabel->setText(resultText(m_classification, undecided));
    QStringList lines;
    for (const QString &w : std::as_const(m_warnings))
        lines << QStringLiteral("• ") + w;
    m_ui->warningsLabel->setText(m_warnings.isEmpty() ? tr("No rule warnings for this decision.")
                                                      : tr("Check (deciding is still allowed):") + QLatin1Char('\n')
                                         + lines.join(QLatin1Char('\n')));
}

QString AdjudicationView::resultText(const Classification &c, int undecided) const
{
    if (undecided > 0)
        return tr("Counted or not: known when every field is decided (%n left).", nullptr, undecided);
    QStringList labels;
    for (Observation o : c.observations)
        labels << PrepRules::displayLabel(o, c.sinActaReason);
    if (!c.contabilizada)
        return tr("Would NOT be counted: %1.").arg(labels.join(QStringLiteral("; ")));
    if (!labels.isEmpty())
        return tr("Would be counted (notes: %1).").arg(labels.join(QStringLiteral("; ")));
    return tr("Would be counted.");
}

QString AdjudicationView::decisionSummary() const
{
    QStringList lines;
    lines << tr("Acta %1 will be decided with these values:").arg(m_clave);
    for (int r = 0; r < m_fieldIds.size(); ++r) {
        const Source s = sourceAt(r);
        if (!m_differing.contains(m_fieldIds.at(r)) && s == Source::BothEntries)
            continue; // the entries agreed and the supervisor kept it
        const FieldValue v1 = m_entry1.value(m_fieldIds.at(r));
        const FieldValue v2 = m_entry2.value(m_fieldIds.at(r));
        QString whose;
        if (s == Source::Entry1)
            whose = tr("entry 1, by %1").arg(m_entry1User);
        else if (s == Source::Entry2)
            whose = tr("entry 2, by %1").arg(m_entry2User);
        else
            whose = tr("typed by the supervisor (entry 1: %1, entry 2: %2)")
                        .arg(v1.toDisplayString(), v2.toDisplayString());
        const std::optional<FieldValue> v = decisionAt(r);
        lines << QStringLiteral("• %1: %2 — %3")
                     .arg(m_ui->fieldsTable->item(r, FieldColumn)->text(), v ? v->toDisplayString() : QString(), whose);
    }
    lines << QString() << tr("Reason: %1").arg(m_ui->reasonEdit->text().trimmed());
    lines << tr("Result: the acta becomes %1 and is queued for sync.")
                 .arg(ActaWorkflow::stateName(ActaWorkflow::State::Adjudicated));
    lines << tr("Computed total: %1").arg(m_classification.totalCalculado) << resultText(m_classification, 0);
    if (!m_warnings.isEmpty()) {
        lines << tr("Rule warnings (%n):", nullptr, int(m_warnings.size()));
        for (const QString &w : m_warnings)
            lines << QStringLiteral("• ") + w;
    }
    return lines.join(QLatin1Char('\n'));
}

QString AdjudicationView::sendBackSummary(ActaWorkflow::Trigger trigger) const
{
    const QString state = ActaWorkflow::stateName(targetOf(trigger));
    QStringList lines;
    lines << (trigger == ActaWorkflow::Trigger::SendBackForRescan
                  ? tr("Acta %1 goes back for re-scan: its image is rejected and it waits for a new scan "
                       "(state: %2). Both entries are discarded.")
                        .arg(m_clave, state)
                  : tr("Acta %1 goes back for re-capture: both entries are discarded and two clerks type it "
                       "again (state: %2).")
                        .arg(m_clave, state));
    lines << QString() << tr("Reason: %1").arg(m_ui->reasonEdit->text().trimmed());
    return lines.join(QLatin1Char('\n'));
}

bool AdjudicationView::adjudicate()
{
    if (m_clave.isEmpty() || !m_session.user())
        return false;
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        setMessage([] { return tr("Give the reason for the decision."); }, Tone::Error);
        m_ui->reasonEdit->setFocus();
        return false;
    }
    for (int r = 0; r < m_fieldIds.size(); ++r) {
        if (!decisionAt(r)) {
            setMessage(
                [this, id = m_fieldIds.at(r)] {
                    const TemplateField *f = m_session.election().field(id);
                    return tr("Decide %1: pick an entry or type a number, ILEGIBLE or SIN DATO.")
                        .arg(f ? fieldLabel(*f) : id);
                },
                Tone::Error);
            m_ui->fieldsTable->setCurrentCell(r, DecisionColumn);
            return false;
        }
    }
    const Tally decided = decidedTally();
    if (Status s = PrepRules::checkTally(m_session.election(), decided); !s) {
        setMessage([e = s.error()] { return e; }, Tone::Error);
        return false;
    }
    updateDecisionState(); // the summary states what the rules say of exactly this tally
    const QString clave = m_clave;
    const QString who = m_session.user() ? m_session.user()->username : QString();
    if (!m_dialogs.confirm(this, tr("Decide acta %1?").arg(clave), decisionSummary(), tr("Decide"))
        || !stillTheSameDecision(who, clave)) {
        setMessage([clave] { return tr("Nothing was decided: acta %1 stays in dispute.").arg(clave); }, Tone::Note);
        return false;
    }
    Result<ActaRecord> done
        = m_session.actas().adjudicate(*m_session.user(), m_clave, decided, reason, m_effort.effort());
    if (!done) {
        setMessage([e = done.error()] { return e; }, Tone::Error);
        return false;
    }
    qCInfo(lcGui) << "adjudicated" << clave << ActaWorkflow::stateId(done->state);
    clear();
    setMessage([clave] { return tr("Acta %1 decided and queued for sync.").arg(clave); }, Tone::Success);
    m_session.notifyActasChanged();
    return true;
}

bool AdjudicationView::sendBack(ActaWorkflow::Trigger trigger)
{
    if (m_clave.isEmpty() || !m_session.user())
        return false;
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        setMessage([] { return tr("Give the reason for sending the acta back."); }, Tone::Error);
        m_ui->reasonEdit->setFocus();
        return false;
    }
    const QString clave = m_clave;
    const bool rescan = trigger == ActaWorkflow::Trigger::SendBackForRescan;
    const QString who = m_session.user() ? m_session.user()->username : QString();
    if (!m_dialogs.confirm(this, tr("Send acta %1 back?").arg(clave), sendBackSummary(trigger),
                           rescan ? tr("Send back for re-scan") : tr("Send back for re-capture"))
        || !stillTheSameDecision(who, clave)) {
        setMessage([clave] { return tr("Nothing was sent back: acta %1 stays in dispute.").arg(clave); }, Tone::Note);
        return false;
    }
    Result<ActaRecord> done = m_session.actas().fire(*m_session.user(), m_clave, trigger, reason);
    if (!done) {
        setMessage([e = done.error()] { return e; }, Tone::Error);
        return false;
    }
    clear();
    setMessage(
        [clave, rescan] {
            return rescan ? tr("Acta %1 sent back for re-scan.").arg(clave)
                          : tr("Acta %1 sent back for re-capture: both entries will be typed again.").arg(clave);
        },
        Tone::Success);
    m_session.notifyActasChanged();
    return true;
}

void AdjudicationView::clear()
{
    m_effort.stop();
    m_clave.clear();
    m_entry1User.clear();
    m_entry2User.clear();
    m_fieldIds.clear();
    m_differing.clear();
    m_entry1 = Tally();
    m_entry2 = Tally();
    m_page = QImage();
    m_ui->imageView->clearImage();
    m_ui->fieldsTable->setRowCount(0);
    m_ui->reasonEdit->clear();
    for (QWidget *b :
         std::initializer_list<QWidget *> {m_ui->useEntry1Button, m_ui->useEntry2Button, m_ui->adjudicateButton,
                                           m_ui->recaptureButton, m_ui->rescanButton, m_ui->showFieldButton})
        b->setEnabled(false);
    updateTitle();
    updateDecisionState();
}

void AdjudicationView::updateTitle()
{
    if (m_clave.isEmpty()) {
        m_ui->actaTitle->setText(tr("<b>No acta open.</b> Choose a dispute from the queue."));
        return;
    }
    m_ui->actaTitle->setText(
        tr("<b>Acta %1</b> · entry 1 by %2, entry 2 by %3 · %n field(s) differ", nullptr, int(m_differing.size()))
            .arg(m_clave, m_entry1User.toHtmlEscaped(), m_entry2User.toHtmlEscaped()));
}

QString AdjudicationView::message() const
{
    return m_ui->messageLabel->text();
}

void AdjudicationView::setMessage(std::function<QString()> text, Tone tone)
{
    m_message = std::move(text);
    m_messageTone = tone;
    showMessage();
}

void AdjudicationView::showMessage()
{
    const MessageLabel::Kind kind = m_messageTone == Tone::Error ? MessageLabel::Kind::Error
        : m_messageTone == Tone::Success                         ? MessageLabel::Kind::Success
                                                                 : MessageLabel::Kind::Info;
    m_ui->messageLabel->show(kind, m_message ? m_message() : QString());
}

void AdjudicationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AdjudicationView::retranslate()
{
    QTableWidget *t = m_ui->fieldsTable;
    QStringList headers(ColumnCount);
    headers[FieldColumn] = tr("Field");
    headers[StatusColumn] = tr("Entries");
    headers[CropColumn] = tr("Image");
    headers[Entry1Column] = tr("Entry 1");
    headers[Entry2Column] = tr("Entry 2");
    headers[DecisionColumn] = tr("Decision");
    headers[RecognitionColumn] = tr("Recognition");
    t->setHorizontalHeaderLabels(headers);
    const PageReading *reading = m_clave.isEmpty() ? nullptr : m_session.reading(m_clave);
    {
        const QScopedValueRollback<bool> updating(m_updating, true);
        for (int r = 0; r < m_fieldIds.size(); ++r) {
            const TemplateField *f = fieldAt(r);
            const QString label = f ? fieldLabel(*f) : m_fieldIds.at(r);
            t->item(r, FieldColumn)->setText(label);
            t->item(r, FieldColumn)->setToolTip(label);
            t->item(r, Entry1Column)->setText(m_entry1.value(m_fieldIds.at(r)).toDisplayString());
            t->item(r, Entry2Column)->setText(m_entry2.value(m_fieldIds.at(r)).toDisplayString());
            QString rec = QStringLiteral("—");
            if (const FieldReading *fr = reading ? reading->field(m_fieldIds.at(r)) : nullptr)
                rec = tr("%1 (%2%)").arg(fr->value.toDisplayString()).arg(qRound(fr->confidence * 100));
            t->item(r, RecognitionColumn)->setText(rec);
        }
    }
    const auto keys = [](const QKeySequence &k) {
        return k.toString(QKeySequence::NativeText);
    };
    m_ui->zoomInButton->setToolTip(tr("Zoom in (%1)").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Plus))));
    m_ui->zoomOutButton->setToolTip(tr("Zoom out (%1)").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Minus))));
    m_ui->fitButton->setToolTip(tr("The whole page (%1)").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_0))));
    m_ui->showFieldButton->setToolTip(tr("Zoom to the selected field on the page"));
    m_ui->useEntry1Button->setToolTip(tr("Decide the selected fields with entry 1's values"));
    m_ui->useEntry2Button->setToolTip(tr("Decide the selected fields with entry 2's values"));
    m_ui->reasonEdit->setPlaceholderText(tr("Why: what the image shows, or why it goes back"));
    updateTitle();
    updateDecisionState(); // classified again: PrepRules writes its warnings in the new language
    showMessage(); // written again in the new language
    refreshQueue();
}

} // namespace acta::gui
