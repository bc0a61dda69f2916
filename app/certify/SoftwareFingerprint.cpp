#include "SoftwareFingerprint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace acta {

namespace {

// The folders that are ActaCapture's entirely, and the shared folders where only names with
// one of these prefixes are.
const char *const OwnFolders[] = {"share/actacapture", "lib/actacapture", "share/doc/actacapture"};
const struct
{
    const char *folder;
    const char *prefix;
} SharedFolders[] = {{"bin", "acta"},
                     {"bin", "qt.conf"},
                     {"share/applications", "org.actacapture."},
                     {"share/metainfo", "org.actacapture."}};

const char CombinedComment[] = "# combined: ";

bool formatCanHold(const QString &path)
{
    return !path.contains(QLatin1Char('\n')) && !path.contains(QLatin1Char('\r')) && !path.contains(QLatin1Char('\\'));
}

Result<QString> sha256Of(const QString &absolute, const QString &shown)
{
    QFile file(absolute);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, SoftwareFingerprint::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file) || file.error() != QFileDevice::NoError)
        return fail(ErrorCode::Io, SoftwareFingerprint::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

class Walker
{
public:
    explicit Walker(const QString &root)
        : m_root(QDir(root))
    { }

    // One entry under the root: a file is hashed, a folder walked (symbolic links to folders are
    // not followed: they could loop or leave the tree).
    Status add(const QString &relative)
    {
        if (relative == SoftwareFingerprint::referencePath())
            return Status();
        if (!formatCanHold(relative))
            return fail(ErrorCode::InvalidInput,
                        SoftwareFingerprint::tr("The file name %1 holds a line break or a backslash; "
                                                "a fingerprint cannot name it. Remove it.")
                            .arg(relative.toHtmlEscaped()));
        const QString absolute = m_root.filePath(relative);
        const QFileInfo info(absolute);
        if (info.isSymLink() && info.isDir())
            return fail(
                ErrorCode::InvalidInput,
                SoftwareFingerprint::tr("%1 is a symbolic link to a folder; a fingerprint does not follow those.")
                    .arg(relative));
        if (info.isDir()) {
            const QStringList names
                = QDir(absolute).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
            for (const QString &name : names)
                if (Status s = add(relative + QLatin1Char('/') + name); !s)
                    return s;
            return Status();
        }
        if (!info.isFile())
            return fail(ErrorCode::InvalidInput,
                        SoftwareFingerprint::tr("%1 is neither a file nor a folder (a device, socket or broken link).")
                            .arg(relative));
        Result<QString> sha = sha256Of(absolute, relative);
        if (!sha)
            return sha.takeError();
        m_files.append({relative, *sha});
        return Status();
    }

    Status addShared(const QString &folder, const QString &prefix)
    {
        const QDir dir(m_root.filePath(folder));
        if (!dir.exists())
            return Status();
        const QStringList names = dir.entryList({prefix + QLatin1Char('*')},
                                                QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : names)
            if (Status s = add(folder + QLatin1Char('/') + name); !s)
                return s;
        return Status();
    }

    QList<SoftwareFingerprint::File> take() { return std::move(m_files); }

private:
    QDir m_root;
    QList<SoftwareFingerprint::File> m_files;
};

void sortByPath(QList<SoftwareFingerprint::File> &files)
{
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.path.toUtf8() < b.path.toUtf8(); });
}

QByteArray fileLines(const QList<SoftwareFingerprint::File> &files)
{
    QByteArray lines;
    for (const SoftwareFingerprint::File &file : files)
        lines += file.sha256.toLatin1() + "  " + file.path.toUtf8() + '\n';
    return lines;
}

} // namespace

QString SoftwareFingerprint::installRoot()
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
}

Result<SoftwareFingerprint> SoftwareFingerprint::compute(const QString &root)
{
    if (!QFileInfo(root).isDir())
        return fail(ErrorCode::NotFound, tr("The install folder %1 does not exist.").arg(root));
    Walker walker(root);
    for (const auto &shared : SharedFolders)
        if (Status s = walker.addShared(QLatin1String(shared.folder), QLatin1String(shared.prefix)); !s)
            return s.takeError();
    for (const char *folder : OwnFolders)
        if (QFileInfo::exists(QDir(root).filePath(QLatin1String(folder))))
            if (Status s = walker.add(QLatin1String(folder)); !s)
                return s.takeError();
    SoftwareFingerprint fingerprint;
    fingerprint.m_files = walker.take();
    if (fingerprint.m_files.isEmpty())
        return fail(ErrorCode::NotFound,
                    tr("No file of ActaCapture was found under %1 (bin/acta*, share/actacapture/).").arg(root));
    sortByPath(fingerprint.m_files);
    return fingerprint;
}

Result<SoftwareFingerprint> SoftwareFingerprint::parse(QByteArrayView text, const QString &source)
{
    if (text.size() > MaxReferenceSize)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is larger than a fingerprint can be (%2 bytes at most).").arg(source).arg(MaxReferenceSize));
    static const QRegularExpression hexDigest(QStringLiteral("^[0-9a-f]{64}$"));
    SoftwareFingerprint fingerprint;
    QHash<QString, int> seen;
    QString statedCombined;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    if (!text.isEmpty() && !text.endsWith('\n'))
        return fail(ErrorCode::InvalidInput,
                    tr("%1: the last line does not end with a line feed (a cut-off file?).").arg(source));
    for (qsizetype i = 0; i + 1 < lines.size() || (i < lines.size() && !lines[i].isEmpty()); ++i) {
        const QByteArray &line = lines[i];
        const int number = int(i) + 1;
        if (line.startsWith('#')) {
            if (line.startsWith(CombinedComment))
                statedCombined = QString::fromLatin1(line.mid(qsizetype(sizeof CombinedComment) - 1)).trimmed();
            continue;
        }
        const QString digest = QString::fromLatin1(line.left(64));
        const QByteArray separator = line.mid(64, 2);
        const QString path = QString::fromUtf8(line.mid(66));
        if (line.size() < 67 || !hexDigest.match(digest).hasMatch() || separator != "  ")
            return fail(ErrorCode::InvalidInput,
                        tr("%1, line %2: expected a SHA-256 (64 lowercase hex digits), two spaces and a file name.")
                            .arg(source)
                            .arg(number));
        if (path.startsWith(QLatin1Char('/')) || path.split(QLatin1Char('/')).contains(QStringLiteral(".."))
            || !formatCanHold(path))
            return fail(ErrorCode::InvalidInput,
                        tr("%1, line %2: the file name must be relative to the install folder and stay in it.")
                            .arg(source)
                            .arg(number));
        if (const auto earlier = seen.constFind(path); earlier != seen.constEnd())
            return fail(
                ErrorCode::InvalidInput,
                tr("%1, line %2: %3 is listed twice (also line %4).").arg(source).arg(number).arg(path).arg(*earlier));
        seen.insert(path, number);
        fingerprint.m_files.append({path, digest});
    }
    if (fingerprint.m_files.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1 lists no file.").arg(source));
    sortByPath(fingerprint.m_files);
    if (!statedCombined.isEmpty() && statedCombined != fingerprint.combined())
        return fail(ErrorCode::InvalidInput,
                    tr("%1: its combined digest (%2) is not the digest of the files it lists (%3): the file "
                       "was edited.")
                        .arg(source, statedCombined, fingerprint.combined()));
    return fingerprint;
}

Result<SoftwareFingerprint> SoftwareFingerprint::readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    tr("Cannot read the fingerprint %1: %2")
                        .arg(path, QFileInfo(path).isFile() ? file.errorString() : tr("not a file")));
    const QByteArray text = file.read(MaxReferenceSize + 1);
    return parse(text, path);
}

QString SoftwareFingerprint::combined() const
{
    return QString::fromLatin1(QCryptographicHash::hash(fileLines(m_files), QCryptographicHash::Sha256).toHex());
}

QString SoftwareFingerprint::grouped(const QString &hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 16)
        groups.append(hex.mid(i, 16));
    return groups.join(QLatin1Char(' '));
}

QByteArray SoftwareFingerprint::text(const QString &root) const
{
    QByteArray header = "# ActaCapture software fingerprint, format " + QByteArray::number(FormatVersion) + '\n';
    header += "# program: " + QCoreApplication::applicationName().toUtf8() + ' '
        + QCoreApplication::applicationVersion().toUtf8() + '\n';
    if (!root.isEmpty() && formatCanHold(root))
        header += "# root: " + root.toUtf8() + " (not part of the digest)\n";
    header += "# files: " + QByteArray::number(m_files.size()) + '\n';
    header += CombinedComment + combined().toLatin1() + '\n';
    return header + fileLines(m_files);
}

QList<SoftwareFingerprint::Difference> SoftwareFingerprint::compareTo(const SoftwareFingerprint &reference) const
{
    QHash<QString, QString> mine;
    for (const File &file : m_files)
        mine.insert(file.path, file.sha256);
    QHash<QString, QString> theirs;
    for (const File &file : reference.m_files)
        theirs.insert(file.path, file.sha256);
    QList<Difference> differences;
    for (const File &file : reference.m_files) {
        const auto here = mine.constFind(file.path);
        if (here == mine.constEnd())
            differences.append({Change::Missing, file.path});
        else if (*here != file.sha256)
            differences.append({Change::Differs, file.path});
    }
    for (const File &file : m_files)
        if (!theirs.contains(file.path))
            differences.append({Change::Extra, file.path});
    std::sort(differences.begin(), differences.end(),
              [](const Difference &a, const Difference &b) { return a.path.toUtf8() < b.path.toUtf8(); });
    return differences;
}

QString SoftwareFingerprint::describe(const Difference &difference)
{
    switch (difference.change) {
    case Change::Differs:
        return tr("differs: %1 (its content is not the reference's)").arg(difference.path);
    case Change::Missing:
        return tr("missing: %1 (in the reference, not installed)").arg(difference.path);
    case Change::Extra:
        return tr("extra: %1 (installed, not in the reference)").arg(difference.path);
    }
    return difference.path;
}

QList<SoftwareFingerprint::File> SoftwareFingerprint::embeddedResources()
{
    QList<File> files;
    QDirIterator it(QStringLiteral(":/"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        Result<QString> sha = sha256Of(path, path);
        files.append({path, sha ? *sha : QString()});
    }
    sortByPath(files);
    return files;
}

} // namespace acta
