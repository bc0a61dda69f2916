#pragma once

#include "ActaRepository.h"
#include "EntryEffortMeter.h"
#include "FieldValue.h"

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

// Data entry from the acta image. Entry 1 (capture clerk): inputs pre-filled by recognition,
// the fields it was not sure of start empty and highlighted. Entry 2 (another clerk): the same
// form blind, with nothing from entry 1 or recognition, and paste refused. The work queue never
// offers an acta to the clerk who entered it. Rule warnings are shown and never block saving.
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
    // Saves the entry; false (with the reason shown) when refused.
    bool save();
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

private:
    struct Row
    {
        QString fieldId;
        QLabel *label = nullptr;
        QLabel *crop = nullptr;
        FieldInput *input = nullptr;
        bool onBallot = true; // false: its party, coalition or independent does not run on this acta
    };

    void buildForm();
    void focusRow(int index);
    int nextRowOnBallot(int from, int step) const; // -1 when none
    void showRegionOf(int index);
    void updateTotals();
    void setMessage(const QString &text, bool error);
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
    EntryEffortMeter m_effort; // keys typed in the fields, time on screen: of the open acta
};

} // namespace acta::gui
