#include "DashboardView.h"

#include "AuditLog.h"
#include "Csv.h"
#include "GuiEnvironment.h"
#include "GuiLog.h"
#include "MessageLabel.h"
#include "ProgressChart.h"
#include "Session.h"
#include "Sha256.h"
#include "Transaction.h"
#include "ui_DashboardView.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace acta::gui {

namespace {

// What a cell holds in the CSV when that differs from what it shows (the "—" of "none").
constexpr int CsvRole = Qt::UserRole + 1;

QString none()
{
    return QStringLiteral("—");
}

QTableWidgetItem *textCell(const QString &text)
{
    return new QTableWidgetItem(text);
}

QTableWidgetItem *numberCell(qint64 n)
{
    auto *item = new QTableWidgetItem(QString::number(n));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *missingCell()
{
    auto *item = new QTableWidgetItem(none());
    item->setData(CsvRole, QString());
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

// Percentages show one decimal; those of expected actas are already truncated (as the PREP
// publishes them: never 100.0 before the last acta).
QTableWidgetItem *decimalCell(std::optional<double> value)
{
    if (!value)
        return missingCell();
    auto *item = new QTableWidgetItem(QString::number(*value, 'f', 1));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

void boldRow(QTableWidget *t, int row)
{
    for (int c = 0; c < t->columnCount(); ++c) {
        if (QTableWidgetItem *item = t->item(row, c)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    }
}

void setRow(QTableWidget *t, int row, const QList<QTableWidgetItem *> &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, cells.at(c));
}

void finishTable(QTableWidget *t, int stretchColumn)
{
    t->resizeColumnsToContents();
    if (stretchColumn >= 0)
        t->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    t->resizeRowsToContents();
}

} // namespace

DashboardView::DashboardView(Session &session, FileDialogs &dialogs, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DashboardView>())
    , m_session(session)
    , m_dialogs(dialogs)
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    for (QTableWidget *t :
         {m_ui->stateTable, m_ui->syncTable, m_ui->districtTable, m_ui->inconsistencyTable, m_ui->clerkTable}) {
        t->verticalHeader()->hide();
        t->horizontalHeader()->setHighlightSections(false);
    }
    m_ui->stateTable->setColumnCount(2);
    m_ui->syncTable->setColumnCount(2);
    m_ui->districtTable->setColumnCount(9);
    m_ui->inconsistencyTable->setColumnCount(6);
    m_ui->clerkTable->setColumnCount(12);
    m_ui->messageLabel->setHiddenWhenEmpty(true);

    m_timer->setInterval(DefaultRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardView::refresh);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DashboardView::refresh);
    const QList<std::pair<QPushButton *, Table>> exports {
        {m_ui->exportStatesButton, Table::States},       {m_ui->exportSyncButton, Table::Sync},
        {m_ui->exportDistrictsButton, Table::Districts}, {m_ui->exportInconsistenciesButton, Table::Inconsistencies},
        {m_ui->exportClerksButton, Table::Clerks},
    };
    for (const auto &[button, which] : exports)
        connect(button, &QPushButton::clicked, this, [this, which = which] { exportCsv(which); });
    connect(&m_session, &Session::actasChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_session, &Session::userChanged, this, [this] {
        if (!m_session.can(Permission::ViewDashboard))
            clear();
        else if (isVisible())
            refresh();
        updateButtons();
    });
    retranslate();
    updateButtons();
}

DashboardView::~DashboardView() = default;

QTableWidget *DashboardView::table(Table table) const
{
    switch (table) {
    case Table::States:
        return m_ui->stateTable;
    case Table::Sync:
        return m_ui->syncTable;
    case Table::Districts:
        return m_ui->districtTable;
    case Table::Inconsistencies:
        return m_ui->inconsistencyTable;
    case Table::Clerks:
        return m_ui->clerkTable;
    }
    return nullptr;
}

ProgressChart *DashboardView::chart() const
{
    return m_ui->progressChart;
}

QString DashboardView::message() const
{
    return m_ui->messageLabel->text();
}

void DashboardView::setRefreshInterval(int ms)
{
    m_timer->setInterval(ms);
}

bool DashboardView::autoRefreshing() const
{
    return m_timer->isActive();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer->start();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

void DashboardView::showMessage(MessageLabel::Kind kind, std::function<QString()> text)
{
    m_messageKind = kind;
    m_message = std::move(text);
    m_ui->messageLabel->show(kind, m_message ? m_message() : QString());
}

void DashboardView::clearMessage()
{
    showMessage(MessageLabel::Kind::Info, {});
}

bool DashboardView::refresh()
{
    if (!m_session.can(Permission::ViewDashboard)) {
        clear();
        showMessage(MessageLabel::Kind::Error, [this] { return tr("Your role may not see the dashboard."); });
        return false;
    }
    ProgressQueries queries(m_session.station().database(), m_session.clock());
    Result<ProgressReport> report = queries.report(m_session.catalog(), m_session.election());
    if (!report) {
        qCWarning(lcGui) << "dashboard not read:" << report.error();
        showMessage(MessageLabel::Kind::Error,
                    [this, why = report.error()] { return tr("The figures could not be read: %1").arg(why); });
        return false;
    }
    m_report = std::move(report).value();
    m_loaded = true;
    if (m_messageKind == MessageLabel::Kind::Error)
        clearMessage(); // an earlier failure is over
    fill();
    Q_EMIT refreshed();
    return true;
}

void DashboardView::clear()
{
    m_report = ProgressReport();
    m_loaded = false;
    for (Table t : {Table::States, Table::Sync, Table::Districts, Table::Inconsistencies, Table::Clerks})
        table(t)->setRowCount(0);
    m_ui->progressChart->setSeries(ProgressSeries(), m_session.clock().utcOffsetMinutes());
    m_ui->progressChart->setExpected(0);
    m_ui->summaryLabel->clear();
    m_ui->updatedLabel->clear();
    clearMessage();
    retranslate();
    updateButtons();
}

QString DashboardView::stationTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return none();
    return utc.addSecs(qint64(m_session.clock().utcOffsetMinutes()) * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void DashboardView::fill()
{
    if (!m_loaded)
        return;
    fillStates();
    fillSync();
    fillDistricts();
    fillInconsistencies();
    fillClerks();
    m_ui->progressChart->setSeries(m_report.series, m_session.clock().utcOffsetMinutes());
    m_ui->progressChart->setExpected(m_report.total().expected);
    updateSummary();
    retranslate();
    updateButtons();
}

void DashboardView::fillStates()
{
    QTableWidget *t = m_ui->stateTable;
    t->setRowCount(int(m_report.states.size()) + 1);
    qint64 total = 0;
    int row = 0;
    for (const StateCount &s : m_report.states) {
        setRow(t, row++, {textCell(ActaWorkflow::stateName(s.state)), numberCell(s.actas)});
        total += s.actas;
    }
    setRow(t, row, {textCell(tr("Total")), numberCell(total)});
    boldRow(t, row);
    finishTable(t, 0);
}

void DashboardView::fillSync()
{
    const SyncStatus &s = m_report.sync;
    QTableWidget *t = m_ui->syncTable;
    t->setRowCount(5);
    setRow(t, 0, {textCell(tr("Waiting for upstream")), numberCell(s.pending)});
    setRow(t, 1, {textCell(tr("Acknowledged")), numberCell(s.acknowledged)});
    setRow(t, 2,
           {textCell(tr("Oldest waiting since")),
            s.oldestPending.isValid() ? textCell(stationTime(s.oldestPending)) : missingCell()});
    // Whole minutes, for the person and for the CSV alike.
    setRow(t, 3,
           {textCell(tr("Oldest waiting for (minutes)")),
            s.oldestPending.isValid() ? numberCell(std::max<qint64>(0, s.oldestPending.secsTo(m_report.at)) / 60)
                                      : missingCell()});
    setRow(t, 4,
           {textCell(tr("Last acknowledgement")),
            s.lastAcknowledged.isValid() ? textCell(stationTime(s.lastAcknowledged)) : missingCell()});
    if (s.pending > 0 && s.oldestPending.isValid() && s.oldestPending.secsTo(m_report.at) >= 15 * 60) {
        // A quarter of an hour without an acknowledgement: the link or the hub needs a look.
        for (int c = 0; c < 2; ++c)
            t->item(3, c)->setForeground(QColor(0xa0, 0, 0));
        t->item(3, 1)->setToolTip(tr("Nothing acknowledged for 15 minutes or more: check the link to the hub."));
    }
    finishTable(t, 0);
}

void DashboardView::fillDistricts()
{
    QTableWidget *t = m_ui->districtTable;
    t->setRowCount(int(m_report.districts.size()) + 1);
    auto fillRow = [t](int row, const QString &number, const QString &name, const DistrictProgress &d) {
        setRow(t, row,
               {number.isEmpty() ? missingCell() : textCell(number), textCell(name), numberCell(d.expected),
                numberCell(d.received), decimalCell(d.percentOfExpected(d.received)), numberCell(d.verified),
                decimalCell(d.percentOfExpected(d.verified)), numberCell(d.counted),
                decimalCell(d.percentOfExpected(d.counted))});
    };
    // The catalog's districts, their total, then the actas outside the catalog (never expected).
    int row = 0;
    std::optional<DistrictProgress> outside;
    for (const DistrictProgress &d : m_report.districts) {
        if (d.district == 0)
            outside = d;
        else
            fillRow(row++, QString::number(d.district), d.name, d);
    }
    const int totalRow = row;
    fillRow(row++, tr("Total"), QString(), m_report.total());
    boldRow(t, totalRow);
    if (outside)
        fillRow(row++, QString(), tr("Outside the catalog (not expected)"), *outside);
    finishTable(t, 1);
}

void DashboardView::fillInconsistencies()
{
    QTableWidget *t = m_ui->inconsistencyTable;
    t->setRowCount(int(m_report.inconsistencies.size()));
    int row = 0;
    for (const Inconsistency &i : m_report.inconsistencies) {
        setRow(t, row,
               {i.clave.isEmpty() ? textCell(tr("(identity unreadable)")) : textCell(i.clave),
                i.district > 0 ? numberCell(i.district) : missingCell(), textCell(ActaWorkflow::stateName(i.state)),
                textCell(i.observaciones), textCell(i.contabilizada ? tr("Yes") : tr("No")),
                textCell(i.notCountedReason())});
        t->item(row, 3)->setToolTip(i.observaciones);
        if (!i.contabilizada)
            for (int c : {4, 5})
                t->item(row, c)->setForeground(QColor(0xa0, 0, 0));
        ++row;
    }
    finishTable(t, 3);
}

void DashboardView::fillClerks()
{
    QTableWidget *t = m_ui->clerkTable;
    t->setRowCount(int(m_report.clerks.size()));
    int row = 0;
    for (const ClerkProgress &c : m_report.clerks) {
        const std::optional<double> rate = c.disagreementRate();
        setRow(t, row++,
               {textCell(c.username), textCell(c.fullName), textCell(roleName(c.role)), numberCell(c.entry1),
                numberCell(c.entry2), numberCell(c.adjudications), numberCell(c.lastHour), decimalCell(c.perHour),
                numberCell(c.compared), numberCell(c.disagreements), numberCell(c.pending),
                decimalCell(rate ? std::optional<double>(*rate * 100.0) : std::nullopt)});
    }
    finishTable(t, 1);
}

void DashboardView::updateSummary()
{
    const DistrictProgress total = m_report.total();
    auto pct = [&total](qint64 part) {
        const std::optional<double> p = total.percentOfExpected(part);
        return p ? QString::number(*p, 'f', 1) : none();
    };
    m_ui->summaryLabel->setText(
        tr("<b>%1</b> of %2 expected actas received (%3 %) · <b>%4</b> verified (%5 %) · <b>%6</b> counted "
           "(%7 %) · <b>%8</b> with observaciones · <b>%9</b> waiting for sync")
            .arg(total.received)
            .arg(total.expected)
            .arg(pct(total.received))
            .arg(total.verified)
            .arg(pct(total.verified))
            .arg(total.counted)
            .arg(pct(total.counted))
            .arg(m_report.inconsistencies.size())
            .arg(m_report.sync.pending));
    m_ui->updatedLabel->setText(tr("Updated %1")
                                    .arg(m_report.at.addSecs(qint64(m_session.clock().utcOffsetMinutes()) * 60)
                                             .toString(QStringLiteral("HH:mm:ss"))));
}

void DashboardView::updateButtons()
{
    const bool may = m_session.can(Permission::ExportReports) && m_loaded;
    const QString why = m_session.can(Permission::ExportReports) ? QString() : tr("Your role may not export reports.");
    for (QPushButton *b : {m_ui->exportStatesButton, m_ui->exportSyncButton, m_ui->exportDistrictsButton,
                           m_ui->exportInconsistenciesButton, m_ui->exportClerksButton}) {
        b->setEnabled(may);
        b->setToolTip(why);
    }
    m_ui->refreshButton->setEnabled(m_session.can(Permission::ViewDashboard));
}

QString DashboardView::exportName(Table table) const
{
    QString what;
    switch (table) {
    case Table::States:
        what = tr("states");
        break;
    case Table::Sync:
        what = tr("sync");
        break;
    case Table::Districts:
        what = tr("districts");
        break;
    case Table::Inconsistencies:
        what = tr("inconsistencies");
        break;
    case Table::Clerks:
        what = tr("clerks");
        break;
    }
    const QDateTime at = m_report.at.addSecs(qint64(m_session.clock().utcOffsetMinutes()) * 60);
    const QString name = tr("dashboard-%1-%2.csv").arg(what, at.toString(QStringLiteral("yyyyMMdd-HHmm")));
    // A drill's figures carry the word in their very file name.
    return m_session.station().isDrill() ? QStringLiteral("SIMULACRO-") + name : name;
}

QByteArray DashboardView::toCsv(const QTableWidget *table)
{
    CsvWriter writer; // comma-separated, CRLF: what spreadsheets expect
    QStringList header;
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem *h = table->horizontalHeaderItem(c);
        header << (h ? h->text() : QString());
    }
    writer.addRecord(header);
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem *item = table->item(r, c);
            if (!item)
                fields << QString();
            else if (const QVariant csv = item->data(CsvRole); csv.isValid())
                fields << csv.toString();
            else
                fields << item->text();
        }
        writer.addRecord(fields);
    }
    return writer.toUtf8();
}

bool DashboardView::exportCsv(Table which)
{
    if (!m_session.can(Permission::ExportReports)) {
        showMessage(MessageLabel::Kind::Error, [this] { return tr("Your role may not export reports."); });
        return false;
    }
    if (!m_loaded && !refresh())
        return false;
    const QString folder
        = m_lastFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : m_lastFolder;
    QString path = m_dialogs.saveFile(this, tr("Export as CSV"), QDir(folder).filePath(exportName(which)),
                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return false; // cancelled
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    const QTableWidget *t = table(which);
    QByteArray csv = toCsv(t);
    // A drill's export says so before any figure: a comment line readers skip (pandas comment="#",
    // spreadsheets show it), so that its numbers are never taken for the operational count.
    if (m_session.station().isDrill())
        csv.prepend("# SIMULACRO: " + tr("drill figures, not results").toUtf8() + "\r\n");

    // Who exported what goes to the audit log, committed only once the file is in place.
    Database &db = m_session.station().database();
    Result<Transaction> tx = Transaction::begin(db);
    if (!tx) {
        showMessage(MessageLabel::Kind::Error,
                    [this, why = tx.error()] { return tr("Could not export: %1").arg(why); });
        return false;
    }
    const QJsonObject details {
        {QStringLiteral("report"), QStringLiteral("dashboard")},
        {QStringLiteral("table"), t->objectName()},
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("rows"), t->rowCount()},
        {QStringLiteral("sha256"), sha256Hex(csv)},
    };
    Result<qint64> audited
        = AuditLog::append(db, m_session.clock(),
                           {QLatin1String(AuditAction::Export), m_session.user()->id, std::nullopt,
                            QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!audited) {
        showMessage(MessageLabel::Kind::Error,
                    [this, why = audited.error()] { return tr("Could not export: %1").arg(why); });
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        showMessage(MessageLabel::Kind::Error, [this, path, why = file.errorString()] {
            return tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
        });
        return false; // the audit entry rolls back with the transaction
    }
    if (Status s = tx->commit(); !s) {
        qCWarning(lcGui) << "export written but not audited:" << path << s.error();
        showMessage(MessageLabel::Kind::Error, [this, path, why = s.error()] {
            return tr("%1 was written, but the export could not be recorded in the audit log: %2")
                .arg(QDir::toNativeSeparators(path), why);
        });
        return false;
    }
    m_lastFolder = QFileInfo(path).absolutePath();
    qCInfo(lcGui) << "dashboard table exported" << t->objectName() << path;
    showMessage(MessageLabel::Kind::Success, [this, path, rows = t->rowCount()] {
        return tr("Saved %1 (%n row(s)).", nullptr, rows).arg(QDir::toNativeSeparators(path));
    });
    return true;
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fill(); // state names, roles, yes/no, the summary
        if (m_message)
            m_ui->messageLabel->show(m_messageKind, m_message()); // the message already shown
    }
    QWidget::changeEvent(event);
}

void DashboardView::retranslate()
{
    m_ui->stateTable->setHorizontalHeaderLabels({tr("State"), tr("Actas")});
    m_ui->syncTable->setHorizontalHeaderLabels({tr("Outbox records"), tr("Value")});
    m_ui->districtTable->setHorizontalHeaderLabels({tr("District"), tr("Name"), tr("Expected"), tr("Received"),
                                                    tr("Received %"), tr("Verified"), tr("Verified %"), tr("Counted"),
                                                    tr("Counted %")});
    m_ui->inconsistencyTable->setHorizontalHeaderLabels(
        {tr("Acta"), tr("District"), tr("State"), tr("Observaciones"), tr("Counted"), tr("Why not counted")});
    m_ui->clerkTable->setHorizontalHeaderLabels({tr("User"), tr("Name"), tr("Role"), tr("Entry 1"), tr("Entry 2"),
                                                 tr("Adjudications"), tr("Last hour"), tr("Per hour"), tr("Compared"),
                                                 tr("Disagreements"), tr("Pending"), tr("Disagreement %")});
    const auto tip = [](QTableWidget *t, int column, const QString &text) {
        if (QTableWidgetItem *h = t->horizontalHeaderItem(column))
            h->setToolTip(text);
    };
    tip(m_ui->districtTable, 2, tr("Casillas of the catalog in the district: one acta each"));
    tip(m_ui->districtTable, 3, tr("Actas registered at this station, sin acta included"));
    tip(m_ui->districtTable, 5, tr("Entries 1 and 2 matched, or a third person decided"));
    tip(m_ui->districtTable, 7, tr("Contabilizadas under the PREP counting rules"));
    tip(m_ui->clerkTable, 6, tr("Entries 1 and 2 stored in the last 60 minutes"));
    tip(m_ui->clerkTable, 7,
        tr("Entries 1 and 2 per hour from the person's first to last entry (n entries close n - 1 intervals)"));
    tip(m_ui->inconsistencyTable, 3, tr("OBSERVACIONES exactly as the acta's record for publication carries them"));
    tip(m_ui->inconsistencyTable, 5, tr("Why the PREP rules leave the acta out of the count"));
    tip(m_ui->clerkTable, 8,
        tr("Actas where this person's entry 1 or 2 was compared with the other entry and the outcome is known: "
           "the two matched, or the figures were decided"));
    tip(m_ui->clerkTable, 9,
        tr("Actas where this person's entry differed on some field from the figures decided after the dispute "
           "(by the adjudication, or by the matching entries after a send-back); one per acta. The person "
           "whose entry matched the decision is not counted."));
    tip(m_ui->clerkTable, 10,
        tr("Actas in dispute with this person's entry, waiting for the supervisor's decision: nobody is charged "
           "until then"));
    tip(m_ui->clerkTable, 11, tr("Disagreements over compared actas"));
    // Screen readers name each table as its group or tab does.
    m_ui->stateTable->setAccessibleName(tr("Actas by state"));
    m_ui->syncTable->setAccessibleName(tr("Sync with the upstream center"));
    m_ui->districtTable->setAccessibleName(tr("Actas by district"));
    m_ui->inconsistencyTable->setAccessibleName(tr("Actas with observaciones"));
    m_ui->clerkTable->setAccessibleName(tr("Entries by clerk"));
    const int inconsistencies = int(m_report.inconsistencies.size());
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_ui->districtsTab), tr("By district"));
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_ui->inconsistenciesTab),
                                 m_loaded ? tr("Inconsistencies (%1)").arg(inconsistencies) : tr("Inconsistencies"));
    m_ui->detailTabs->setTabText(m_ui->detailTabs->indexOf(m_ui->clerksTab), tr("By clerk"));
}

} // namespace acta::gui
