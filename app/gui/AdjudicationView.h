#pragma once

#include "ActaWorkflow.h"
#include "EntryEffortMeter.h"
#include "FieldValue.h"

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class AdjudicationView;
}

namespace acta::gui {

class Session;

// The supervisor's decision on a disputed acta: both entries, the recognition reading (when
// this session has it) and each field's crop side by side, the differing fields marked. Per
// field pick entry 1 or 2 or type a third value; or send the acta back for re-capture or
// re-scan. Every decision needs a reason and goes to the audit log (the repository writes it).
class AdjudicationView : public QWidget
{
    Q_OBJECT

public:
    enum Column { FieldColumn, CropColumn, Entry1Column, Entry2Column, RecognitionColumn, DecisionColumn, ColumnCount };

    explicit AdjudicationView(Session &session, QWidget *parent = nullptr);
    ~AdjudicationView() override;

    QStringList queue() const { return m_queue; }
    void refreshQueue();
    bool openActa(const QString &clave);
    QString currentActa() const { return m_clave; }
    QStringList differingFields() const { return m_differing; }
    // The decision cell of a field.
    void setDecision(const QString &fieldId, const QString &text);
    void useEntry(int entry); // 1 or 2, for the selected rows
    void setReason(const QString &reason);
    bool adjudicate();
    bool sendBack(ActaWorkflow::Trigger trigger);
    // What the decision in progress cost so far (saved with it); unknown when no acta is open.
    EntryEffort effort() const { return m_effort.effort(); }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void clear();
    int rowOf(const QString &fieldId) const;
    void setMessage(const QString &text, bool error);
    void retranslate();
    static std::optional<FieldValue> parseTyped(const QString &text);

    std::unique_ptr<Ui::AdjudicationView> m_ui;
    Session &m_session;
    QStringList m_queue;
    QString m_clave;
    QStringList m_fieldIds;
    QStringList m_differing;
    Tally m_entry1;
    Tally m_entry2;
    EntryEffortMeter m_effort; // keys typed in the decisions and reason, time on screen: of the open acta
};

} // namespace acta::gui
