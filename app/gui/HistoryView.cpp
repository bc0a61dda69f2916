#include "HistoryView.h"

#include "AuditEventText.h"
#include "PrepRules.h"
#include "Session.h"
#include "ui_HistoryView.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QStyledItemDelegate>
#include <QTimer>

#include <optional>

namespace acta::gui {

namespace {

const QColor DifferColor(0xff, 0xd6, 0xd6);

// Wrapped cells measured a little narrower than they are painted (the grid line and the text
// margins): measured at the full width, a cell whose text just fits loses its last line.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem narrower(option);
        narrower.rect.setWidth(qMax(1, option.rect.width() - 6));
        return QStyledItemDelegate::sizeHint(narrower, index);
    }
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

// The record as stored, for the tooltip: indented when it is JSON, so it wraps.
QString rawTooltip(const AuditLog::Entry &e)
{
    const QJsonDocument doc = QJsonDocument::fromJson(e.details.toUtf8());
    const QString body = doc.isNull() ? e.details : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QStringLiteral("<b>%1</b><pre>%2</pre>").arg(e.action.toHtmlEscaped(), body.toHtmlEscaped());
}

// The entries of the acta's current round: the newest entry 1 and what followed it (an acta sent
// back for re-capture is typed again from entry 1).
struct Round
{
    std::optional<StoredEntry> entry1;
    std::optional<StoredEntry> entry2;
    std::optional<StoredEntry> decision;
};

Round currentRound(const QList<StoredEntry> &entries)
{
    Round r;
    for (const StoredEntry &e : entries) {
        switch (e.kind) {
        case EntryKind::Entry1:
            r = Round {e, std::nullopt, std::nullopt};
            break;
        case EntryKind::Entry2:
            r.entry2 = e;
            r.decision.reset();
            break;
        case EntryKind::Adjudication:
            r.decision = e;
            break;
        }
    }
    return r;
}

} // namespace

HistoryView::HistoryView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setFocusProxy(m_ui->claveEdit);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({380, 900});

    QTableWidget *t = m_ui->historyTable;
    t->setColumnCount(ColumnCount);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(UserColumn, QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(ActionColumn, QHeaderView::Interactive);
    t->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    t->setColumnWidth(ActionColumn, 220);
    QTableWidget *c = m_ui->entriesTable;
    c->setColumnCount(CompareColumnCount);
    c->verticalHeader()->hide();
    c->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    c->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::Stretch);
    // Wrapped rows grow as their columns narrow or widen: once the header has laid out all its
    // sections (a stretched one changes after the others), on the next turn of the event loop.
    for (QTableWidget *table : {t, c}) {
        table->setItemDelegate(new WrappingDelegate(table));
        auto *fit = new QTimer(table);
        fit->setSingleShot(true);
        fit->setInterval(0);
        connect(fit, &QTimer::timeout, table, &QTableWidget::resizeRowsToContents);
        connect(table->horizontalHeader(), &QHeaderView::sectionResized, fit, qOverload<>(&QTimer::start));
    }

    m_ui->recentList->setColumnCount(RecentColumnCount);
    m_ui->recentList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->recentList->header()->setStretchLastSection(false);
    m_ui->claveEdit->installEventFilter(this);

    connect(m_ui->showButton, &QPushButton::clicked, this, &HistoryView::openFromSearch);
    connect(m_ui->claveEdit, &QLineEdit::returnPressed, this, &HistoryView::openFromSearch);
    connect(m_ui->claveEdit, &QLineEdit::textChanged, this, &HistoryView::refreshRecent);
    connect(m_ui->recentList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showActa(item->text(RecentClaveColumn)); });
    connect(&m_session, &Session::actasChanged, this, &HistoryView::refreshIfShown);
    connect(&m_session, &Session::userChanged, this, [this] {
        m_requested.clear();
        m_names.clear();
        clearActa();
        m_ui->claveEdit->clear();
        refreshRecent();
    });
    retranslate();
}

HistoryView::~HistoryView() = default;

void HistoryView::openFromSearch()
{
    // The acta picked in the list (the newest match of what was typed), else exactly what was typed.
    if (QTreeWidgetItem *item = m_ui->recentList->currentItem())
        showActa(item->text(RecentClaveColumn));
    else
        showActa(m_ui->claveEdit->text().trimmed().toUpper());
}

bool HistoryView::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search box move through the list below, so typing, Down and Enter pick.
    if (watched == m_ui->claveEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_ui->recentList, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryView::refreshRecent()
{
    const QString filter = m_ui->claveEdit->text().trimmed();
    QTreeWidget *list = m_ui->recentList;
    const QString keep = list->currentItem() ? list->currentItem()->text(RecentClaveColumn) : QString();
    list->clear();
    if (!m_session.user()) {
        m_ui->recentCaption->setText(tr("&Recent actas:"));
        return;
    }
    if (!m_session.can(Permission::ViewHistory)) {
        m_ui->recentCaption->setText(tr("&Recent actas: your role may not see acta histories."));
        return;
    }
    Result<QList<ActaActivity>> recent = m_session.actas().recent(RecentLimit, filter);
    if (!recent) {
        m_ui->recentCaption->setText(tr("&Recent actas: %1").arg(recent.error()));
        return;
    }
    QTreeWidgetItem *current = nullptr;
    const qint64 offset = qint64(m_session.clock().utcOffsetMinutes()) * 60;
    const QDate today = m_session.clock().nowUtc().addSecs(offset).date();
    for (const ActaActivity &a : *recent) {
        // Today's changes by their time alone: the list stays narrow.
        const QDateTime local = a.lastEventAt.addSecs(offset);
        const QString changed = a.lastEventAt.isValid() && local.date() == today
            ? local.toString(QStringLiteral("HH:mm"))
            : stationTime(a.lastEventAt, false);
        auto *item = new QTreeWidgetItem(list, {a.acta.clave, ActaWorkflow::stateName(a.acta.state), changed});
        item->setToolTip(RecentChangedColumn, stationTime(a.lastEventAt));
        if (a.acta.clave == keep)
            current = item;
    }
    if (!current && list->topLevelItemCount() > 0)
        current = list->topLevelItem(0);
    list->setCurrentItem(current);
    const int n = int(recent->size());
    QString escaped = filter;
    escaped.replace(QLatin1Char('&'), QStringLiteral("&&")); // not a mnemonic
    m_ui->recentCaption->setText(filter.isEmpty()
                                     ? tr("&Recent actas, newest change first (%n):", nullptr, n)
                                     : tr("&Recent actas whose key contains %1 (%n):", nullptr, n).arg(escaped));
}

QStringList HistoryView::listedActas() const
{
    QStringList out;
    for (int i = 0; i < m_ui->recentList->topLevelItemCount(); ++i)
        out << m_ui->recentList->topLevelItem(i)->text(RecentClaveColumn);
    return out;
}

void HistoryView::clearActa()
{
    m_clave.clear();
    m_differing.clear();
    m_ui->historyTable->setRowCount(0);
    m_ui->entriesTable->setRowCount(0);
    m_ui->entriesCaption->clear();
    m_ui->actaSummary->setText(tr("Type a CLAVE_ACTA, or a part of it, or pick an acta from the list."));
}

bool HistoryView::showActa(const QString &clave)
{
    clearActa();
    m_requested = clave;
    if (!m_session.can(Permission::ViewHistory)) {
        m_ui->actaSummary->setText(tr("Your role may not see acta histories."));
        return false;
    }
    Result<ActaRecord> acta = m_session.actas().find(clave);
    if (!acta) {
        m_ui->actaSummary->setText(acta.error().toHtmlEscaped());
        return false;
    }
    Result<QList<AuditLog::Entry>> events = AuditLog::entriesForActa(m_session.station().database(), acta->id);
    if (!events) {
        m_ui->actaSummary->setText(events.error().toHtmlEscaped());
        return false;
    }
    Result<QList<StoredEntry>> entries = m_session.actas().entries(clave);
    if (!entries) {
        m_ui->actaSummary->setText(entries.error().toHtmlEscaped());
        return false;
    }
    m_clave = clave;
    m_ui->actaSummary->setText(tr("<b>Acta %1</b> · now: %2 · %n event(s)", nullptr, int(events->size()))
                                   .arg(clave, ActaWorkflow::stateName(acta->state).toHtmlEscaped()));
    fillEvents(*events);
    fillComparison(*acta, *entries);
    return true;
}

QString HistoryView::userName(qint64 id)
{
    if (!m_names.contains(id)) {
        Result<User> u = m_session.users().findById(id);
        m_names.insert(id, u ? u->username : QString::number(id));
    }
    return m_names.value(id);
}

QString HistoryView::stationTime(const QDateTime &utc, bool seconds) const
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.addSecs(qint64(m_session.clock().utcOffsetMinutes()) * 60)
        .toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
}

void HistoryView::fillEvents(const QList<AuditLog::Entry> &events)
{
    QTableWidget *t = m_ui->historyTable;
    t->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const AuditLog::Entry &e = events.at(r);
        const QString who = e.userId ? userName(*e.userId) : QString();
        const AuditEventText::Description text = AuditEventText::describe(e, who, m_session.election());
        const QDateTime at = fromStoredUtc(e.at);
        t->setItem(r, TimeColumn, cell(at.isValid() ? stationTime(at) : e.at));
        t->setItem(r, UserColumn, cell(who.isEmpty() ? tr("station") : who));
        t->setItem(r, ActionColumn, cell(text.what));
        t->setItem(r, DetailsColumn, cell(text.details));
        for (int c : {ActionColumn, DetailsColumn}) {
            t->item(r, c)->setToolTip(rawTooltip(e));
            t->item(r, c)->setData(RawDetailsRole, e.details);
        }
    }
    t->resizeRowsToContents(); // the details wrap in the stretched last column
}

void HistoryView::fillComparison(const ActaRecord &acta, const QList<StoredEntry> &entries)
{
    const Round round = currentRound(entries);
    const ElectionTemplate &election = m_session.election();
    // Final: what this station decided the acta says (the decision, or the two equal entries).
    std::optional<Tally> finalValues;
    if (ActaWorkflow::isFinal(acta.state)) {
        if (round.decision)
            finalValues = round.decision->values;
        else if (round.entry1 && round.entry2 && round.entry1->values.sameFigures(round.entry2->values))
            finalValues = round.entry2->values;
    }

    // The fields on this acta's ballot, and any other a tally holds.
    ActaFacts facts;
    facts.casilla = m_session.catalog().find(acta.clave.left(CasillaKey::Length));
    if (const Result<ActaKey> key = ActaKey::parse(acta.clave))
        facts.actaType = key->actaType();
    auto held = [&round](const QString &id) {
        for (const std::optional<StoredEntry> &e : {round.entry1, round.entry2, round.decision})
            if (e && e->values.has(id))
                return true;
        return false;
    };
    QList<std::pair<QString, QString>> rows; // field id, label
    for (const TemplateField &f : election.allFields())
        if (!isVoteKind(f.kind) || !facts.casilla || PrepRules::onBallot(election, f, facts) || held(f.id))
            rows.append({f.id, AuditEventText::fieldLabel(f)});
    QStringList others;
    for (const std::optional<StoredEntry> &e : {round.entry1, round.entry2, round.decision})
        if (e)
            for (const QString &id : e->values.values().keys())
                if (!election.field(id) && !others.contains(id))
                    others << id;
    others.sort();
    for (const QString &id : others)
        rows.append({id, id});

    QTableWidget *t = m_ui->entriesTable;
    const bool any = round.entry1 || round.entry2 || round.decision;
    t->setRowCount(any ? int(rows.size()) : 0);
    auto valueOf = [](const std::optional<Tally> &tally, const QString &id) {
        return tally ? tally->value(id).toDisplayString() : QStringLiteral("—");
    };
    const std::optional<Tally> v1 = round.entry1 ? std::optional<Tally>(round.entry1->values) : std::nullopt;
    const std::optional<Tally> v2 = round.entry2 ? std::optional<Tally>(round.entry2->values) : std::nullopt;
    for (int r = 0; any && r < rows.size(); ++r) {
        const QString &id = rows.at(r).first;
        const bool differs = v1 && v2 && !(v1->value(id) == v2->value(id));
        t->setItem(r, FieldColumn, cell(rows.at(r).second));
        t->setItem(r, Entry1Column, cell(valueOf(v1, id)));
        t->setItem(r, Entry2Column, cell(valueOf(v2, id)));
        t->setItem(r, FinalColumn, cell(valueOf(finalValues, id)));
        // Marked in words too, not by colour alone.
        t->setItem(r, DiffersColumn, cell(differs ? tr("≠ differs") : QString()));
        if (differs) {
            m_differing << id;
            QFont bold = t->font();
            bold.setBold(true);
            for (int c = 0; c < CompareColumnCount; ++c) {
                t->item(r, c)->setBackground(DifferColor);
                t->item(r, c)->setFont(bold);
            }
        }
    }
    t->resizeRowsToContents();

    // Who typed each entry and when; the decision with its reason.
    auto hand = [this](const std::optional<StoredEntry> &e) {
        return e
            ? tr("%1, %2", "who typed an entry, and when").arg(e->username.toHtmlEscaped(), stationTime(e->createdAt))
            : tr("not typed");
    };
    QStringList lines;
    if (!any) {
        lines << tr("No figures were typed for this acta.");
    } else {
        lines << tr("<b>Entry 1:</b> %1").arg(hand(round.entry1));
        lines << tr("<b>Entry 2:</b> %1").arg(hand(round.entry2));
        if (round.decision)
            lines << tr("<b>Decision:</b> %1 · reason: %2")
                         .arg(hand(round.decision), round.decision->reason.toHtmlEscaped());
        if (v1 && v2)
            lines << (m_differing.isEmpty() ? tr("Entries 1 and 2 agree in every field.")
                                            : tr("%n field(s) differ between entries 1 and 2 (marked ≠).", nullptr,
                                                 int(m_differing.size())));
        if (!finalValues)
            lines
                << tr("No final values yet: the acta is %1.").arg(ActaWorkflow::stateName(acta.state).toHtmlEscaped());
    }
    m_ui->entriesCaption->setText(lines.join(QStringLiteral("<br>")));
}

int HistoryView::rowCount() const
{
    return m_ui->historyTable->rowCount();
}

QString HistoryView::summary() const
{
    return m_ui->actaSummary->text();
}

void HistoryView::refreshIfShown()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    refreshRecent();
    if (!m_clave.isEmpty())
        showActa(m_clave);
}

void HistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refreshIfShown();
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void HistoryView::retranslate()
{
    m_ui->historyTable->setHorizontalHeaderLabels({tr("When (station time)"), tr("Who"), tr("What"), tr("Details")});
    m_ui->entriesTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Entry 1"), tr("Entry 2"), tr("Final"), tr("Entries differ?")});
    m_ui->recentList->setHeaderLabels({tr("Acta"), tr("State"), tr("Last change")});
    m_ui->claveEdit->setToolTip(
        tr("Type the CLAVE_ACTA or any part of it; Up and Down pick from the list, Enter shows the acta."));
    refreshRecent();
    // The acta on screen (or the refusal last shown), again in the new language.
    if (!m_requested.isEmpty())
        showActa(m_requested);
    else
        clearActa();
}

} // namespace acta::gui
