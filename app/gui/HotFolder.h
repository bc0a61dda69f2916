#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace acta::gui {

// The folder a scanner writes into. A file is taken once it is quiet: its size and modification
// time did not change between two scans and it has not been touched for quietMs. A file still
// being written (growing) is never taken. A quiet file is taken whether or not it looks complete
// (a PNG or JPEG without its trailer: cut short, or its writer stopped): left in the folder it
// would wait forever and unseen; taken, intake refuses it with the reason ("the PNG file is
// incomplete") and it goes to rejected/ with that reason beside it, never deleted. A taken file
// is moved at once into processing/ (so no scan can see it again), then, when intake is done with
// it, into processed/, or into rejected/ with a <file>.reason.txt beside it. Files left in
// processing/ by a crash are offered again on start.
//
// Whoever can write to the folder must not be able to make the station write elsewhere: links
// (and anything but regular files) are never taken, processing/, processed/ and rejected/ are
// used only when they are real folders, files are moved without following or replacing anything,
// and a reason file is created anew (O_CREAT | O_EXCL | O_NOFOLLOW), never opened through a link.
// A name already taken, even by a planted link, is never reused: the file gets the next free
// name with a counter ("scan-1.png" and "scan-1.png.reason.txt"), so nothing is overwritten and
// every rejected page keeps its reason beside it.
class HotFolder : public QObject
{
    Q_OBJECT

public:
    explicit HotFolder(const QString &folder, QObject *parent = nullptr);

    const QString &folder() const { return m_folder; }
    QString processingFolder() const;
    QString processedFolder() const;
    QString rejectedFolder() const;
    // The same folders for a hot folder at `folder` (what the intake view tells the operator).
    static QString processingFolderOf(const QString &folder);
    static QString rejectedFolderOf(const QString &folder);

    void setQuietMs(qint64 ms) { m_quietMs = ms; }
    // How long a file that looks cut short (or is empty) must stay untouched before it is taken.
    void setIncompleteMs(qint64 ms) { m_incompleteMs = ms; }
    // Watches another folder from now on (the administrator chose it); files already taken from
    // the old one are finished there.
    void setFolder(const QString &folder);
    // Scans every intervalMs while running.
    void start(int intervalMs = 1000);
    void stop();
    bool running() const;

    // One look at the folder; returns (and emits) the files taken now, in processing/.
    QStringList scan();
    // Intake is done with a taken file: moved into processed/ (stored) or rejected/ (not, with the
    // reason in <file>.reason.txt). Returns where it went; an empty path for a file that is not in
    // processing/ (imported by hand), which is left alone. On failure the file stays in processing/
    // (offered again on start) and the failure is logged as well as returned.
    Result<QString> finish(const QString &takenPath, bool stored, const QString &reason);
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
    // A PNG or JPEG file that ends with its format's trailer; other formats, true.
    static bool looksComplete(int folderFd, const QByteArray &name);
    // Opens processing/, processed/ or rejected/ (made when missing) without following a link.
    static Result<int> openSubfolder(int rootFd, const QString &folder);
    // Moves name out of fromFd into toFd under the first free name (with a counter when needed),
    // never replacing anything there; with a reason, <new name>.reason.txt is created first.
    static Result<QString> moveInto(int fromFd, const QString &name, int toFd, const QString &toFolder,
                                    const QString *reason);

    QString m_folder;
    QStringList m_earlierFolders; // watched before setFolder(): files taken there are finished there
    qint64 m_quietMs = 1500;
    qint64 m_incompleteMs = 60 * 1000;
    QHash<QString, Seen> m_seen;
    QTimer *m_timer = nullptr;
};

} // namespace acta::gui
