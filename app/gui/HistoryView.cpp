#include "HistoryView.h"

#include "AuditLog.h"
#include "Session.h"
#include "ui_HistoryView.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>

namespace acta::gui {

HistoryView::HistoryView(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryView>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->historyTable->setColumnCount(ColumnCount);
    m_ui->historyTable->verticalHeader()->hide();
    m_ui->historyTable->horizontalHeader()->setSectionResizeMode(DetailsColumn, QHeaderView::Stretch);
    auto show = [this] {
        showActa(m_ui->claveEdit->text().trimmed().toUpper());
    };
    connect(m_ui->showButton, &QPushButton::clicked, this, show);
    connect(m_ui->claveEdit, &QLineEdit::returnPressed, this, show);
    retranslate();
}

HistoryView::~HistoryView() = default;

bool HistoryView::showActa(const QString &clave)
{
    m_ui->historyTable->setRowCount(0);
    if (!m_session.can(Permission::ViewHistory)) {
        m_ui->actaSummary->setText(tr("Your role may not see acta histories."));
        return false;
    }
    Result<ActaRecord> acta = m_session.actas().find(clave);
    if (!acta) {
        m_ui->actaSummary->setText(acta.error().toHtmlEscaped());
        return false;
    }
    Result<QList<AuditLog::Entry>> entries = AuditLog::entriesForActa(m_session.station().database(), acta->id);
    if (!entries) {
        m_ui->actaSummary->setText(entries.error().toHtmlEscaped());
        return false;
    }
    m_ui->claveEdit->setText(clave);
    m_ui->actaSummary->setText(tr("<b>Acta %1</b> · now: %2 · %n event(s)", nullptr, int(entries->size()))
                                   .arg(clave, ActaWorkflow::stateName(acta->state).toHtmlEscaped()));
    QHash<qint64, QString> names;
    const int offset = m_session.clock().utcOffsetMinutes();
    QTableWidget *t = m_ui->historyTable;
    t->setRowCount(int(entries->size()));
    for (int r = 0; r < entries->size(); ++r) {
        const AuditLog::Entry &e = entries->at(r);
        QString who = tr("station");
        if (e.userId) {
            if (!names.contains(*e.userId)) {
                Result<User> u = m_session.users().findById(*e.userId);
                names.insert(*e.userId, u ? u->username : QString::number(*e.userId));
            }
            who = names.value(*e.userId);
        }
        const QDateTime at = fromStoredUtc(e.at);
        const QString when
            = at.isValid() ? at.addSecs(qint64(offset) * 60).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : e.at;
        const QStringList cells {when, who, e.action, e.details};
        for (int c = 0; c < ColumnCount; ++c)
            t->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        t->item(r, DetailsColumn)->setToolTip(e.details);
    }
    for (int c = TimeColumn; c < DetailsColumn; ++c)
        t->resizeColumnToContents(c);
    t->resizeRowsToContents(); // the details wrap in the stretched last column
    return true;
}

int HistoryView::rowCount() const
{
    return m_ui->historyTable->rowCount();
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
}

} // namespace acta::gui
