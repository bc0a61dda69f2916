#include "HotFolder.h"

#include "GuiLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace acta::gui {

HotFolder::HotFolder(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_timer(new QTimer(this))
{
    for (const QString &f : {m_folder, processingFolder(), processedFolder(), rejectedFolder()})
        QDir().mkpath(f);
    connect(m_timer, &QTimer::timeout, this, [this] { scan(); });
}

QString HotFolder::processingFolder() const
{
    return m_folder + QStringLiteral("/processing");
}

QString HotFolder::processedFolder() const
{
    return m_folder + QStringLiteral("/processed");
}

QString HotFolder::rejectedFolder() const
{
    return m_folder + QStringLiteral("/rejected");
}

void HotFolder::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void HotFolder::stop()
{
    m_timer->stop();
}

bool HotFolder::running() const
{
    return m_timer->isActive();
}

bool HotFolder::looksComplete(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() < 16)
        return false;
    const QByteArray head = f.read(8);
    if (!f.seek(f.size() - 12))
        return false;
    const QByteArray tail = f.read(12);
    if (head.startsWith("\x89PNG"))
        return tail.mid(4, 4) == "IEND";
    if (head.startsWith("\xff\xd8"))
        return tail.endsWith("\xff\xd9");
    return true; // other formats: stability alone
}

QStringList HotFolder::scan()
{
    QStringList taken;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, Seen> seenNow;
    const QFileInfoList files = QDir(m_folder).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".part"))
            || name.endsWith(QLatin1String(".tmp")) || name.endsWith(QLatin1String(".reason.txt")))
            continue;
        const Seen current {info.size(), info.lastModified().toUTC()};
        const auto before = m_seen.constFind(info.absoluteFilePath());
        const bool stable = before != m_seen.constEnd() && before->size == current.size
            && before->modified == current.modified && current.size > 0;
        if (stable && current.modified.msecsTo(now) >= m_quietMs && looksComplete(info.absoluteFilePath())) {
            const QString moved = moveInto(info.absoluteFilePath(), processingFolder());
            if (!moved.isEmpty())
                taken << moved;
            continue;
        }
        seenNow.insert(info.absoluteFilePath(), current);
    }
    m_seen = seenNow;
    if (!taken.isEmpty()) {
        qCInfo(lcGui) << "hot folder took" << taken.size() << "file(s)";
        Q_EMIT filesTaken(taken);
    }
    return taken;
}

QString HotFolder::moveInto(const QString &path, const QString &folder)
{
    const QFileInfo info(path);
    QString target = folder + QLatin1Char('/') + info.fileName();
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = folder + QLatin1Char('/') + info.completeBaseName() + QStringLiteral("-%1.").arg(n) + info.suffix();
    if (!QFile::rename(path, target)) {
        qCWarning(lcGui) << "hot folder could not move" << path << "to" << folder;
        return {};
    }
    return target;
}

void HotFolder::finish(const QString &takenPath, bool stored, const QString &reason)
{
    if (QFileInfo(takenPath).absolutePath() != QFileInfo(processingFolder()).absoluteFilePath())
        return; // not one of ours (imported by hand)
    const QString moved = moveInto(takenPath, stored ? processedFolder() : rejectedFolder());
    if (!stored && !moved.isEmpty()) {
        QFile note(moved + QStringLiteral(".reason.txt"));
        if (note.open(QIODevice::WriteOnly | QIODevice::Text))
            note.write(reason.toUtf8() + '\n');
    }
}

QStringList HotFolder::leftovers() const
{
    QStringList list;
    for (const QFileInfo &info : QDir(processingFolder()).entryInfoList(QDir::Files, QDir::Name))
        list << info.absoluteFilePath();
    return list;
}

} // namespace acta::gui
