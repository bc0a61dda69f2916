#pragma once

#include "ActaRepository.h"
#include "AuditLog.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class HistoryView;
}

namespace acta::gui {

class Session;

// Everything that happened to one acta, from the audit log: when, who, what, in words (the raw
// record in each row's tooltip); and its entry 1 and entry 2 side by side with the final values,
// the differing fields marked. The acta is found by its CLAVE_ACTA or a part of it, or picked
// from the actas most recently worked on (Up/Down and Enter, from the search box too).
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    enum Column { TimeColumn, UserColumn, ActionColumn, DetailsColumn, ColumnCount };
    enum CompareColumn { FieldColumn, Entry1Column, Entry2Column, FinalColumn, DiffersColumn, CompareColumnCount };
    enum RecentColumn { RecentClaveColumn, RecentStateColumn, RecentChangedColumn, RecentColumnCount };
    static constexpr int RecentLimit = 50;
    static constexpr int RawDetailsRole = Qt::UserRole; // on the What and Details cells: as stored

    explicit HistoryView(Session &session, QWidget *parent = nullptr);
    ~HistoryView() override;

    // Shows the acta's history; false (with the reason shown) when there is none to show.
    bool showActa(const QString &clave);
    QString currentActa() const { return m_clave; }
    int rowCount() const;
    QString summary() const;

    // The actas listed to pick from: newest change first, those whose key contains the search
    // text when there is one.
    void refreshRecent();
    QStringList listedActas() const;
    // The fields (ids) whose entries 1 and 2 differ, of the acta shown.
    QStringList differingFields() const { return m_differing; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openFromSearch();
    void clearActa();
    void fillEvents(const QList<AuditLog::Entry> &entries);
    void fillComparison(const ActaRecord &acta, const QList<StoredEntry> &entries);
    QString stationTime(const QDateTime &utc, bool seconds = true) const;
    QString userName(qint64 id);
    void refreshIfShown();
    void retranslate();

    std::unique_ptr<Ui::HistoryView> m_ui;
    Session &m_session;
    QString m_clave; // the acta shown; empty when none
    QString m_requested; // what was last asked for, shown again in a new language
    QStringList m_differing;
    QHash<qint64, QString> m_names; // user id -> username
    bool m_stale = false; // actas changed while hidden
};

} // namespace acta::gui
