#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace acta::gui {

// The folder a scanner writes into. A file is taken only once it is complete: its size and
// modification time did not change between two scans, it has not been touched for quietMs, and
// a PNG or JPEG file ends with its format's trailer. A taken file is moved at once into
// processing/ (so no scan can see it again), then, when intake is done with it, into processed/,
// or into rejected/ with a <file>.reason.txt beside it. Files left in processing/ by a crash
// are offered again on start.
class HotFolder : public QObject
{
    Q_OBJECT

public:
    explicit HotFolder(const QString &folder, QObject *parent = nullptr);

    const QString &folder() const { return m_folder; }
    QString processingFolder() const;
    QString processedFolder() const;
    QString rejectedFolder() const;

    void setQuietMs(qint64 ms) { m_quietMs = ms; }
    // Scans every intervalMs while running.
    void start(int intervalMs = 1000);
    void stop();
    bool running() const;

    // One look at the folder; returns (and emits) the files taken now, in processing/.
    QStringList scan();
    // Intake is done with a taken file.
    void finish(const QString &takenPath, bool stored, const QString &reason);
    // Files a previous run left in processing/.
    QStringList leftovers() const;

Q_SIGNALS:
    void filesTaken(const QStringList &paths);

private:
    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
    };
    static bool looksComplete(const QString &path);
    static QString moveInto(const QString &path, const QString &folder);

    QString m_folder;
    qint64 m_quietMs = 1500;
    QHash<QString, Seen> m_seen;
    QTimer *m_timer = nullptr;
};

} // namespace acta::gui
