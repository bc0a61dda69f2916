#include "AdjudicationView.h"

#include "ActaPage.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "PrepRules.h"
#include "Session.h"
#include "ui_AdjudicationView.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QRegularExpression>

namespace acta::gui {

namespace {
constexpr int CropHeight = 36;
const QColor DifferColor(0xff, 0xd6, 0xd6);
} // namespace

AdjudicationView::AdjudicationView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AdjudicationView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->fieldsTable->setColumnCount(ColumnCount);
    m_ui->fieldsTable->verticalHeader()->hide();
    m_ui->fieldsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->fieldsTable->setIconSize(QSize(int(CropHeight * 3), CropHeight));
    m_effort.watch(m_ui->fieldsTable); // with its cell editors
    m_effort.watch(m_ui->reasonEdit);
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
    retranslate();
    clear();
}

AdjudicationView::~AdjudicationView() = default;

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
        setMessage(tr("Only a supervisor may adjudicate."), true);
        return false;
    }
    Result<ActaRecord> acta = m_session.actas().find(clave);
    if (!acta) {
        setMessage(acta.error(), true);
        return false;
    }
    if (acta->state != ActaWorkflow::State::InDispute) {
        setMessage(tr("Acta %1 is %2: it is not in dispute.").arg(clave, ActaWorkflow::stateName(acta->state)), true);
        return false;
    }
    if (m_session.isCurrentUser(acta->entry1User) || m_session.isCurrentUser(acta->entry2User)) {
        setMessage(tr("You entered acta %1: a supervisor who entered neither decides.").arg(clave), true);
        return false;
    }
    Result<std::optional<Tally>> e1 = m_session.actas().entry(clave, EntryKind::Entry1);
    Result<std::optional<Tally>> e2 = m_session.actas().entry(clave, EntryKind::Entry2);
    if (!e1 || !e2) {
        setMessage(!e1 ? e1.error() : e2.error(), true);
        return false;
    }
    clear();
    m_clave = clave;
    m_entry1 = e1->value_or(Tally());
    m_entry2 = e2->value_or(Tally());
    QImage page;
    if (Result<std::optional<StoredImage>> image = m_session.actas().images().latest(clave); image && *image)
        page = QImage::fromData((*image)->normalized);
    const PageReading *reading = m_session.reading(clave);
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
    t->setRowCount(int(fields.size()));
    for (int r = 0; r < fields.size(); ++r) {
        const TemplateField &f = fields.at(r);
        m_fieldIds << f.id;
        const FieldValue v1 = m_entry1.value(f.id);
        const FieldValue v2 = m_entry2.value(f.id);
        const bool differs = !(v1 == v2);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        t->setItem(r, FieldColumn, fixed(f.label.forLocale(QLocale())));
        auto *crop = fixed(QString());
        if (const QImage c = fieldCrop(page, m_session.election(), f); !c.isNull())
            crop->setData(Qt::DecorationRole,
                          QPixmap::fromImage(c.scaledToHeight(CropHeight, Qt::SmoothTransformation)));
        t->setItem(r, CropColumn, crop);
        t->setItem(r, Entry1Column, fixed(v1.toDisplayString()));
        t->setItem(r, Entry2Column, fixed(v2.toDisplayString()));
        QString rec = QStringLiteral("—");
        if (const FieldReading *fr = reading ? reading->field(f.id) : nullptr)
            rec = tr("%1 (%2%)").arg(fr->value.toDisplayString()).arg(qRound(fr->confidence * 100));
        t->setItem(r, RecognitionColumn, fixed(rec));
        t->setItem(r, DecisionColumn, new QTableWidgetItem(differs ? QString() : v1.toDisplayString()));
        if (differs) {
            m_differing << f.id;
            for (int c = 0; c < ColumnCount; ++c)
                t->item(r, c)->setBackground(DifferColor);
        }
        t->setRowHeight(r, CropHeight + 6);
    }
    t->resizeColumnsToContents();
    m_ui->actaTitle->setText(
        tr("<b>Acta %1</b> · entry 1 by %2, entry 2 by %3 · %n field(s) differ", nullptr, int(m_differing.size()))
            .arg(clave, acta->entry1User, acta->entry2User));
    for (QPushButton *b : {m_ui->useEntry1Button, m_ui->useEntry2Button, m_ui->adjudicateButton, m_ui->recaptureButton,
                           m_ui->rescanButton})
        b->setEnabled(true);
    setMessage(QString(), false);
    m_effort.start(); // the acta is on screen for a decision from now
    return true;
}

int AdjudicationView::rowOf(const QString &fieldId) const
{
    return int(m_fieldIds.indexOf(fieldId));
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

bool AdjudicationView::adjudicate()
{
    if (m_clave.isEmpty() || !m_session.user())
        return false;
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        setMessage(tr("Give the reason for the decision."), true);
        m_ui->reasonEdit->setFocus();
        return false;
    }
    Tally decided;
    for (int r = 0; r < m_fieldIds.size(); ++r) {
        const std::optional<FieldValue> v = parseTyped(m_ui->fieldsTable->item(r, DecisionColumn)->text());
        if (!v) {
            setMessage(tr("Decide %1: pick an entry or type a number, ILEGIBLE or SIN DATO.")
                           .arg(m_ui->fieldsTable->item(r, FieldColumn)->text()),
                       true);
            m_ui->fieldsTable->setCurrentCell(r, DecisionColumn);
            return false;
        }
        decided.set(m_fieldIds.at(r), *v);
    }
    if (Status s = PrepRules::checkTally(m_session.election(), decided); !s) {
        setMessage(s.error(), true);
        return false;
    }
    Result<ActaRecord> done
        = m_session.actas().adjudicate(*m_session.user(), m_clave, decided, reason, m_effort.effort());
    if (!done) {
        setMessage(done.error(), true);
        return false;
    }
    const QString clave = m_clave;
    qCInfo(lcGui) << "adjudicated" << clave << ActaWorkflow::stateId(done->state);
    clear();
    setMessage(tr("Acta %1 decided and queued for sync.").arg(clave), false);
    m_session.notifyActasChanged();
    return true;
}

bool AdjudicationView::sendBack(ActaWorkflow::Trigger trigger)
{
    if (m_clave.isEmpty() || !m_session.user())
        return false;
    const QString reason = m_ui->reasonEdit->text().trimmed();
    if (reason.isEmpty()) {
        setMessage(tr("Give the reason for sending the acta back."), true);
        m_ui->reasonEdit->setFocus();
        return false;
    }
    Result<ActaRecord> done = m_session.actas().fire(*m_session.user(), m_clave, trigger, reason);
    if (!done) {
        setMessage(done.error(), true);
        return false;
    }
    const QString clave = m_clave;
    clear();
    setMessage(trigger == ActaWorkflow::Trigger::SendBackForRescan
                   ? tr("Acta %1 sent back for re-scan.").arg(clave)
                   : tr("Acta %1 sent back for re-capture: both entries will be typed again.").arg(clave),
               false);
    m_session.notifyActasChanged();
    return true;
}

void AdjudicationView::clear()
{
    m_effort.stop();
    m_clave.clear();
    m_fieldIds.clear();
    m_differing.clear();
    m_entry1 = Tally();
    m_entry2 = Tally();
    m_ui->fieldsTable->setRowCount(0);
    m_ui->reasonEdit->clear();
    m_ui->actaTitle->setText(tr("<b>No acta open.</b> Choose a dispute from the queue."));
    for (QPushButton *b : {m_ui->useEntry1Button, m_ui->useEntry2Button, m_ui->adjudicateButton, m_ui->recaptureButton,
                           m_ui->rescanButton})
        b->setEnabled(false);
}

QString AdjudicationView::message() const
{
    return m_ui->messageLabel->text();
}

void AdjudicationView::setMessage(const QString &text, bool error)
{
    m_ui->messageLabel->show(error ? MessageLabel::Kind::Error : MessageLabel::Kind::Success, text);
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
    m_ui->fieldsTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Image"), tr("Entry 1"), tr("Entry 2"), tr("Recognition"), tr("Decision")});
    m_ui->reasonEdit->setPlaceholderText(tr("Why: what the image shows, or why it goes back"));
    refreshQueue();
}

} // namespace acta::gui
