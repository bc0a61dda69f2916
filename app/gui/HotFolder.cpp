#include "HotFolder.h"

#include "GuiLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cerrno>
#include <cstdio> // renameat2, RENAME_NOREPLACE
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace acta::gui {

namespace {

// A file descriptor, closed when it goes out of scope.
class Fd
{
public:
    explicit Fd(int fd = -1)
        : m_fd(fd)
    { }
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    Fd &operator=(Fd &&other) noexcept
    {
        std::swap(m_fd, other.m_fd);
        return *this;
    }
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd;
};

const QString processingName = QStringLiteral("processing");
const QString processedName = QStringLiteral("processed");
const QString rejectedName = QStringLiteral("rejected");
const QString reasonSuffix = QStringLiteral(".reason.txt");

// What is at name inside the folder, without following a link.
enum class Kind { Missing, Regular, Other };

Kind kindAt(int folderFd, const QByteArray &name)
{
    struct stat st = {};
    if (::fstatat(folderFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? Kind::Missing : Kind::Other;
    return S_ISREG(st.st_mode) ? Kind::Regular : Kind::Other;
}

// "scan.png", "scan-1.png", "scan-2.png"...
QString numbered(const QString &name, int n)
{
    if (n == 0)
        return name;
    const QFileInfo info(name);
    const QString suffix = info.suffix();
    return info.completeBaseName() + QStringLiteral("-%1").arg(n)
        + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

// rename(2) that neither follows nor replaces anything at the target; 0, or -1 with errno.
int renameNoReplace(int fromFd, const QByteArray &from, int toFd, const QByteArray &to)
{
    if (::renameat2(fromFd, from.constData(), toFd, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
        return -1;
    // A file system without RENAME_NOREPLACE: a hard link, which fails on any existing name
    // (links included) and does not follow a link it moves.
    if (::linkat(fromFd, from.constData(), toFd, to.constData(), 0) != 0)
        return -1;
    if (::unlinkat(fromFd, from.constData(), 0) == 0)
        return 0;
    const int error = errno;
    ::unlinkat(toFd, to.constData(), 0);
    errno = error;
    return -1;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

HotFolder::HotFolder(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    setFolder(folder);
    connect(m_timer, &QTimer::timeout, this, [this] { scan(); });
}

void HotFolder::setFolder(const QString &folder)
{
    if (!m_folder.isEmpty() && m_folder != folder && !m_earlierFolders.contains(m_folder))
        m_earlierFolders.append(m_folder);
    m_folder = folder;
    m_seen.clear(); // sizes seen in another folder say nothing about this one
    QDir().mkpath(m_folder);
    // Made here without following a link; a link or file in their place is refused when used.
    for (const QString &f : {processingName, processedName, rejectedName})
        (void)::mkdirat(AT_FDCWD, QFile::encodeName(m_folder + QLatin1Char('/') + f).constData(), 0777);
}

QString HotFolder::processingFolder() const
{
    return processingFolderOf(m_folder);
}

QString HotFolder::processingFolderOf(const QString &folder)
{
    return folder + QLatin1Char('/') + processingName;
}

QString HotFolder::rejectedFolderOf(const QString &folder)
{
    return folder + QLatin1Char('/') + rejectedName;
}

QString HotFolder::processedFolder() const
{
    return m_folder + QLatin1Char('/') + processedName;
}

QString HotFolder::rejectedFolder() const
{
    return rejectedFolderOf(m_folder);
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

bool HotFolder::looksComplete(int folderFd, const QByteArray &name)
{
    // Never through a link, and never blocking on a FIFO.
    const Fd fd(::openat(folderFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    struct stat st = {};
    if (!fd.valid() || ::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return false;
    QFile f;
    if (!f.open(fd.get(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle) || f.size() < 16)
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

Result<int> HotFolder::openSubfolder(int rootFd, const QString &folder)
{
    const QByteArray name = QFile::encodeName(QFileInfo(folder).fileName());
    const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int fd = ::openat(rootFd, name.constData(), flags);
    if (fd < 0 && errno == ENOENT && ::mkdirat(rootFd, name.constData(), 0777) == 0)
        fd = ::openat(rootFd, name.constData(), flags);
    if (fd >= 0)
        return fd;
    if (errno == ELOOP || errno == ENOTDIR)
        return fail(ErrorCode::Integrity,
                    tr("%1 is a link or not a folder: the hot folder does not write through it.")
                        .arg(QDir::toNativeSeparators(folder)));
    return fail(ErrorCode::Io,
                tr("Cannot open the folder %1: %2").arg(QDir::toNativeSeparators(folder), qt_error_string(errno)));
}

QStringList HotFolder::scan()
{
    QStringList taken;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, Seen> seenNow;
    const Fd root(::open(QFile::encodeName(m_folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root.valid()) {
        qCWarning(lcGui) << "hot folder cannot open" << m_folder << qt_error_string(errno);
        return taken;
    }
    std::optional<Fd> processing;
    // Regular files only: a link (to a file anywhere) is never taken nor read.
    const QFileInfoList files
        = QDir(m_folder).entryInfoList(QDir::Files | QDir::NoSymLinks | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : files) {
        const QString name = info.fileName();
        if (name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1String(".part"))
            || name.endsWith(QLatin1String(".tmp")) || name.endsWith(reasonSuffix))
            continue;
        const QByteArray encoded = QFile::encodeName(name);
        if (kindAt(root.get(), encoded) != Kind::Regular)
            continue;
        const Seen current {info.size(), info.lastModified().toUTC()};
        const auto before = m_seen.constFind(info.absoluteFilePath());
        const bool stable
            = before != m_seen.constEnd() && before->size == current.size && before->modified == current.modified;
        // A file that looks incomplete (or is empty) gets the longer wait: a scanner that pauses
        // mid-page must not lose its page to rejected/. After that it is taken all the same, and
        // intake says it is cut short, rather than leaving it unseen forever.
        const bool complete = current.size > 0 && looksComplete(root.get(), encoded);
        const qint64 wait = complete ? m_quietMs : qMax(m_quietMs, m_incompleteMs);
        if (stable && current.modified.msecsTo(now) >= wait) {
            if (!complete)
                qCWarning(lcGui) << "hot folder: taking" << name << "quiet but incomplete (cut short?)";
            if (!processing) {
                Result<int> fd = openSubfolder(root.get(), processingFolder());
                if (!fd) {
                    qCWarning(lcGui) << "hot folder:" << fd.error();
                    return taken;
                }
                processing.emplace(*fd);
            }
            Result<QString> moved = moveInto(root.get(), name, processing->get(), processingFolder(), nullptr);
            if (!moved) {
                qCWarning(lcGui) << "hot folder:" << moved.error();
                continue;
            }
            // Swapped for a link (or anything but a file) between the checks and the move: the
            // link itself was moved (rename does not follow it); remove it, never read through it.
            const QByteArray got = QFile::encodeName(QFileInfo(*moved).fileName());
            if (kindAt(processing->get(), got) != Kind::Regular) {
                qCWarning(lcGui) << "hot folder: not a regular file, removed without following it:" << *moved;
                ::unlinkat(processing->get(), got.constData(), 0);
                continue;
            }
            taken << *moved;
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

Result<QString> HotFolder::moveInto(int fromFd, const QString &name, int toFd, const QString &toFolder,
                                    const QString *reason)
{
    const QByteArray from = QFile::encodeName(name);
    const QString shownTo = QDir::toNativeSeparators(toFolder);
    for (int n = 0; n < 1000; ++n) {
        const QString candidate = numbered(name, n);
        const QByteArray target = QFile::encodeName(candidate);
        const QByteArray note = QFile::encodeName(candidate + reasonSuffix);
        if (kindAt(toFd, target) != Kind::Missing || (reason && kindAt(toFd, note) != Kind::Missing))
            continue; // taken, even by a (dangling) link: never reused
        Fd noteFd;
        if (reason) {
            // Created anew, so never through a link someone planted; written before the page is
            // moved, so a rejected page is never without its reason.
            noteFd = Fd(::openat(toFd, note.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
            if (!noteFd.valid() && errno == EEXIST)
                continue; // appeared since the check
            if (!noteFd.valid() || !writeAll(noteFd.get(), reason->toUtf8() + '\n')) {
                const QString why = qt_error_string(errno);
                if (noteFd.valid())
                    ::unlinkat(toFd, note.constData(), 0);
                return fail(ErrorCode::Io, tr("Cannot write the reason for %1 in %2: %3").arg(candidate, shownTo, why));
            }
        }
        if (renameNoReplace(fromFd, from, toFd, target) == 0)
            return QString(toFolder + QLatin1Char('/') + candidate);
        const int error = errno;
        if (reason)
            ::unlinkat(toFd, note.constData(), 0); // ours: the page did not come with it
        if (error == EEXIST)
            continue; // appeared since the check
        return fail(ErrorCode::Io, tr("Cannot move %1 into %2: %3").arg(name, shownTo, qt_error_string(error)));
    }
    return fail(ErrorCode::Io, tr("Cannot move %1 into %2: no free name left.").arg(name, shownTo));
}

Result<QString> HotFolder::finish(const QString &takenPath, bool stored, const QString &reason)
{
    const QFileInfo taken(takenPath);
    // Taken from this folder, or from one watched before the administrator chose this one.
    QString folder;
    for (const QString &f : QStringList {m_folder} + m_earlierFolders)
        if (taken.absolutePath() == QFileInfo(f + QLatin1Char('/') + processingName).absoluteFilePath())
            folder = f;
    if (folder.isEmpty())
        return QString(); // not one of ours (imported by hand)
    const Fd root(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    Result<QString> moved = [&]() -> Result<QString> {
        if (!root.valid())
            return fail(
                ErrorCode::Io,
                tr("Cannot open the folder %1: %2").arg(QDir::toNativeSeparators(folder), qt_error_string(errno)));
        Result<int> from = openSubfolder(root.get(), folder + QLatin1Char('/') + processingName);
        if (!from)
            return from.takeError();
        const Fd fromFd(*from);
        const QString toFolder = folder + QLatin1Char('/') + (stored ? processedName : rejectedName);
        Result<int> to = openSubfolder(root.get(), toFolder);
        if (!to)
            return to.takeError();
        const Fd toFd(*to);
        return moveInto(fromFd.get(), taken.fileName(), toFd.get(), toFolder, stored ? nullptr : &reason);
    }();
    if (!moved)
        qCWarning(lcGui) << "hot folder:" << moved.error();
    return moved;
}

QStringList HotFolder::leftovers() const
{
    QStringList list;
    if (QFileInfo(processingFolder()).isSymLink()) {
        qCWarning(lcGui) << "hot folder: processing folder is a link, not read:" << processingFolder();
        return list;
    }
    const QDir processing(processingFolder());
    for (const QFileInfo &info : processing.entryInfoList(QDir::Files | QDir::NoSymLinks, QDir::Name))
        list << info.absoluteFilePath();
    return list;
}

} // namespace acta::gui
