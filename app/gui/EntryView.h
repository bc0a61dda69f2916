#pragma once

#include "ActaRepository.h"
#include "EntryEffortMeter.h"
#include "FieldValue.h"
#include "MessageLabel.h"

#include <QImage>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;

namespace Ui {
class EntryView;
}

namespace acta::gui {

class FieldInput;
class Session;

// Data entry from the acta image. Entry 1 (capture clerk): the fields recognition is sure of are
// proposed (shown, marked, not yet the clerk's); the fields it was not sure of start empty and
// highlighted. Entry 2 (another clerk): the same form blind, with nothing from entry 1 or
// recognition, and paste refused. The work queue never offers an acta to the clerk who entered it.
// Rule warnings are shown and never block saving.
//
// Keyboard: Enter goes to the next field still to fill (typing the doubtful fields only), Tab/Down
// and Shift+Tab/Up to the next and previous field. Ctrl+Enter, Enter on the Save button or a click
// on it, commits: in entry 1 it first accepts the proposed values whose field is on screen at that
// moment; proposed values scrolled out of sight are never accepted unseen: the form scrolls to
// them and the next Ctrl+Enter takes them. Saving opens the next acta of the queue.
class EntryView : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Entry1, Entry2 };

    EntryView(Session &session, Mode mode, QWidget *parent = nullptr);
    ~EntryView() override;

    Mode mode() const { return m_mode; }
    // The actas this user may enter now, oldest first.
    QStringList queue() const { return m_queue; }
    void refreshQueue();
    // Opens an acta for entry; false (with the reason shown) when this user may not.
    bool openActa(const QString &clave);
    bool openNext();
    QString currentActa() const { return m_clave; }
    // Puts the keyboard where the clerk goes on: the open acta's next field to fill, else the
    // queue with its first acta selected (Enter opens it).
    void focusWork();
    // Saves the entry; false (with the reason shown) when refused (a field empty, or a proposed
    // value not confirmed). On success the next acta of the queue opens.
    bool save();
    // Ctrl+Enter: accepts the proposed values on screen, then saves when nothing is left to check;
    // false when something is (the form shows it).
    bool commit();
    // The proposed values on screen become the clerk's; returns how many.
    int acceptShownProposals();
    int proposedLeft() const;
    void clearEntry(); // discards the entry in progress
    QString message() const;

    FieldInput *input(const QString &fieldId) const;
    QList<FieldInput *> inputs() const;
    qint64 totalCalculado() const;
    QStringList warnings() const { return m_warnings; }
    // What the entry in progress cost so far (saved with it); unknown when no acta is open.
    EntryEffort effort() const { return m_effort.effort(); }

Q_SIGNALS:
    void saved(const QString &clave, acta::ActaWorkflow::State state);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row
    {
        QString fieldId;
        QLabel *label = nullptr;
        QLabel *crop = nullptr;
        FieldInput *input = nullptr;
        QLabel *status = nullptr; // what the field waits for, in words (not colour alone)
        bool onBallot = true; // false: its party, coalition or independent does not run on this acta
    };

    void buildForm();
    void focusRow(int index);
    void setTitle();
    int nextRowOnBallot(int from, int step) const; // -1 when none
    int nextRowToFill(int after) const; // empty or proposed, wrapping; -1 when none
    bool rowOnScreen(int index) const;
    void updateRowStatus(const Row &row);
    void showRegionOf(int index);
    void updateTotals();
    void setMessage(const QString &text, bool error);
    void setMessage(MessageLabel::Kind kind, const QString &text);
    void retranslate();
    Tally tally() const;

    std::unique_ptr<Ui::EntryView> m_ui;
    Session &m_session;
    Mode m_mode;
    QList<Row> m_rows;
    QStringList m_queue;
    QString m_clave;
    QImage m_page;
    QStringList m_warnings;
    bool m_refusalShown = false; // the message is a field's refusal of a key
    int m_ownExcluded = 0; // actas left out of the queue because this clerk entered them
    EntryEffortMeter m_effort; // keys typed in the fields, time on screen: of the open acta
};

} // namespace acta::gui
