#pragma once

#include "Clock.h"
#include "DrillKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace acta {

// Plays a drill's night into the station's hot folder: each scan is copied there when its
// arrival time comes, the night squeezed into the minutes the trainer gives it (a 480-minute
// night in 60 minutes: each page eight times sooner). A file is copied under a ".part" name the
// hot folder ignores, then renamed, so the scanner's folder never shows half a page.
//
// States: idle -> running (start) -> finished (every page copied) or stopped (stop). The
// trainer (RunDrills) starts and stops it; the clock is a seam, and tick() can be driven by tests.
class DrillFeeder : public QObject
{
    Q_OBJECT

public:
    DrillFeeder(const DrillKey &key, QString scansFolder, QString hotFolder, const Clock &clock,
                QObject *parent = nullptr);

    // Every scan of the key is in the scans folder with the bytes the key names (a wrong or changed
    // folder would be scored as pages never taken in), and the hot folder can be made.
    Status check() const;
    // durationMinutes: how long the night lasts in the drill (>= 1). Runs check() first.
    Status start(int durationMinutes, int intervalMs = 1000);
    void stop();
    bool running() const { return m_running; }

    // Copies every page whose time has come; returns how many it copied now.
    int tick();
    int copied() const { return m_next; }
    int total() const { return int(m_key.pages.size()); }
    // When page i reaches the hot folder, seconds after start.
    double dueSeconds(int i) const;

Q_SIGNALS:
    void pageCopied(const QString &file, int copied, int total);
    void finished();
    void failed(const QString &message);

private:
    Status copyOne(const DrillPage &page);

    DrillKey m_key;
    QString m_scans;
    QString m_hot;
    const Clock &m_clock;
    QDateTime m_started;
    double m_scale = 1; // drill seconds per night second
    int m_next = 0;
    bool m_running = false;
    QTimer *m_timer = nullptr;
};

} // namespace acta
