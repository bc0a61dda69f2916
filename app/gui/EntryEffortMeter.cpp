#include "EntryEffortMeter.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace acta::gui {

EntryEffortMeter::EntryEffortMeter(QObject *parent)
    : QObject(parent)
{ }

EntryEffortMeter::~EntryEffortMeter()
{
    stop();
}

void EntryEffortMeter::watch(QWidget *input)
{
    if (input)
        m_inputs.append(input);
}

void EntryEffortMeter::start()
{
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_keys = 0;
    m_lastEvent = nullptr;
    m_lastReceiver.clear();
    m_timer.start();
}

void EntryEffortMeter::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_timer.invalidate();
}

EntryEffort EntryEffortMeter::effort() const
{
    if (!m_running)
        return {};
    return {m_keys, m_timer.elapsed()};
}

bool EntryEffortMeter::isInput(const QWidget *widget) const
{
    for (const QPointer<QWidget> &input : m_inputs)
        if (input && input->isAncestorOf(widget)) // itself included
            return true;
    return false;
}

bool EntryEffortMeter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_running || event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *widget = static_cast<QWidget *>(watched);
    if (!isInput(widget))
        return false;
    // Qt offers a press its receiver ignored to the receiver's parents, as the same event.
    const quint64 timestamp = static_cast<QKeyEvent *>(event)->timestamp();
    if (event == m_lastEvent && timestamp == m_lastTimestamp && m_lastReceiver && widget != m_lastReceiver
        && widget->isAncestorOf(m_lastReceiver))
        return false;
    m_lastEvent = event;
    m_lastTimestamp = timestamp;
    m_lastReceiver = widget;
    if (!static_cast<QKeyEvent *>(event)->isAutoRepeat())
        ++m_keys;
    return false; // only watched: the input handles the key as ever
}

} // namespace acta::gui
