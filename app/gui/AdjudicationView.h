#pragma once

#include "ActaWorkflow.h"
#include "EntryEffortMeter.h"
#include "FieldValue.h"
#include "PrepRules.h"

#include <QImage>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class AdjudicationView;
}

namespace acta::gui {

class FileDialogs;
class Session;

// The supervisor's decision on a disputed acta: both entries, the recognition reading (when
// this session has it) and each field's crop side by side, the differing fields marked in
// words as well as colour, the whole page beside them (zoom, pan, the selected field marked).
// Per field pick entry 1 or 2 or type a third value; the PREP rule warnings, TOTAL CALCULADO
// and whether the acta would be counted follow the decision as it is made. Or send the acta
// back for re-capture or re-scan. Every decision needs a reason, is confirmed with a summary
// first, and goes to the audit log (the repository writes it).
class AdjudicationView : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        FieldColumn,
        StatusColumn, // "≠ Differ: entry 1"...: the difference and the choice in words
        Entry1Column,
        Entry2Column,
        DecisionColumn, // editable: the value decided; before the crop, so it fits 1280 px
        CropColumn, // the field's crop (the page beside the table marks it too)
        RecognitionColumn,
        ColumnCount
    };
    // Where a field's decided value comes from.
    enum class Source { Undecided, Invalid, Entry1, Entry2, BothEntries, Typed };

    AdjudicationView(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~AdjudicationView() override;

    QStringList queue() const { return m_queue; }
    void refreshQueue();
    bool openActa(const QString &clave);
    QString currentActa() const { return m_clave; }
    QStringList differingFields() const { return m_differing; }
    // The decision cell of a field.
    void setDecision(const QString &fieldId, const QString &text);
    void useEntry(int entry); // 1 or 2, for the selected rows
    void selectField(const QString &fieldId); // its row, and its region marked on the page
    Source source(const QString &fieldId) const;
    void setReason(const QString &reason);
    // Both ask the supervisor to confirm a summary first; a cancelled confirmation changes nothing.
    bool adjudicate();
    bool sendBack(ActaWorkflow::Trigger trigger);
    // The PREP rules on the decision in progress (undecided fields read as SIN DATO).
    qint64 totalCalculado() const { return m_classification.totalCalculado; }
    bool wouldBeCounted() const { return m_classification.contabilizada; }
    QStringList warnings() const { return m_warnings; } // PrepRules' own (translated) messages
    // What the decision in progress cost so far (saved with it); unknown when no acta is open.
    EntryEffort effort() const { return m_effort.effort(); }
    QString message() const;

    // A field's label as shown: parties, coalitions and candidates as printed on the sheet.
    static QString fieldLabel(const TemplateField &field);

    // Forgets the acta and the decision in progress (another person logs in).
    void clear();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool stillTheSameDecision(const QString &who, const QString &clave) const;
    int rowOf(const QString &fieldId) const;
    const TemplateField *fieldAt(int row) const;
    std::optional<FieldValue> decisionAt(int row) const;
    Source sourceAt(int row) const;
    QString sourceName(Source source) const;
    Tally decidedTally(int *undecided = nullptr) const;
    void updateDecisionState(); // status column, totals, warnings, counted
    void updateTitle();
    void markRow(int row);
    void showCurrentField();
    QString decisionSummary() const;
    QString sendBackSummary(ActaWorkflow::Trigger trigger) const;
    QString resultText(const Classification &c, int undecided) const;
    enum class Tone { Note, Success, Error };
    // The message is kept as how to write it, so a language change rewrites it too.
    void setMessage(std::function<QString()> text, Tone tone);
    void showMessage();
    void retranslate();
    static std::optional<FieldValue> parseTyped(const QString &text);

    std::unique_ptr<Ui::AdjudicationView> m_ui;
    Session &m_session;
    FileDialogs &m_dialogs;
    QStringList m_queue;
    QString m_clave;
    QString m_entry1User;
    QString m_entry2User;
    QStringList m_fieldIds;
    QStringList m_differing;
    Tally m_entry1;
    Tally m_entry2;
    QImage m_page; // the registered page (crops and regions); null when there is none
    Classification m_classification;
    QStringList m_warnings;
    std::function<QString()> m_message;
    Tone m_messageTone = Tone::Note;
    bool m_updating = false; // while the view writes cells itself
    EntryEffortMeter m_effort; // keys typed in the decisions and reason, time on screen: of the open acta
};

} // namespace acta::gui
