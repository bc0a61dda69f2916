#pragma once

#include "EntryEffort.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QWidget;

namespace acta::gui {

// Measures what typing one acta costs (EntryEffort), for the drills' per-clerk scores: the keys
// pressed in the view's inputs while the acta is open for entry, and the milliseconds since it
// was loaded into the form (wall time until the entry is saved: a pause counts, as it does for
// the clerk's pace).
// Each press counts once, modifiers (Shift, Ctrl) too; auto-repeat (a key held down) does not
// count again: the score is about the keys the clerk chose to press, not how long one was held.
// While an acta is open the meter filters the application's events, not the inputs' own: an item
// view's delegate filters its cell editor's Enter and Tab before any filter installed later, and
// those are keys typed too. A press an input ignores goes on to its parents: counted once.
class EntryEffortMeter : public QObject
{
    Q_OBJECT

public:
    explicit EntryEffortMeter(QObject *parent = nullptr);
    ~EntryEffortMeter() override;

    // A widget whose key presses count, its children's too (a table's cell editors).
    void watch(QWidget *input);
    void start(); // a new acta is loaded: from zero
    void stop(); // no acta is open any more
    bool running() const { return m_running; }
    int keystrokes() const { return m_keys; }
    // So far; unknown (nullopt) when no acta is open.
    EntryEffort effort() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isInput(const QWidget *widget) const;

    QList<QPointer<QWidget>> m_inputs;
    QElapsedTimer m_timer;
    bool m_running = false;
    int m_keys = 0;
    // The press counted last and where, to pass over the same press offered to a parent input.
    const QEvent *m_lastEvent = nullptr;
    quint64 m_lastTimestamp = 0; // with the address: a new press may reuse a freed event's memory
    QPointer<QWidget> m_lastReceiver;
};

} // namespace acta::gui
