#include "CutSource.h"

#include "ZipReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace acta::verify {

namespace {

class FolderSource : public CutSource
{
public:
    explicit FolderSource(const QString &path)
        : CutSource(path)
    { }
    bool isArchive() const override { return false; }

    QStringList names() const override
    {
        QStringList out;
        const QFileInfoList entries = QDir(path()).entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &info : entries)
            out << (info.isFile() ? info.fileName() : info.fileName() + QLatin1Char('/'));
        return out;
    }

    bool hasFile(const QString &name) const override
    {
        return !name.contains(QLatin1Char('/')) && QFileInfo(path() + QLatin1Char('/') + name).isFile();
    }

    std::optional<qint64> fileSize(const QString &name) const override
    {
        if (!hasFile(name))
            return std::nullopt;
        return QFileInfo(path() + QLatin1Char('/') + name).size();
    }

    Status stream(const QString &name, qint64 maxBytes, const std::function<Status(QByteArrayView)> &sink) override
    {
        if (!hasFile(name))
            return fail(ErrorCode::NotFound, CutSource::tr("%1 is not a file in %2.").arg(name, path()));
        QFile file(path() + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, CutSource::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        if (file.size() > maxBytes)
            return fail(ErrorCode::InvalidInput,
                        CutSource::tr("%1 has %2 bytes, more than the %3 this program reads.")
                            .arg(file.fileName())
                            .arg(file.size())
                            .arg(maxBytes));
        qint64 total = 0;
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(64 * 1024);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
                return fail(ErrorCode::Io,
                            CutSource::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            total += chunk.size();
            // The file may grow while it is read (a cut being written): never past the bound.
            if (total > maxBytes)
                return fail(
                    ErrorCode::InvalidInput,
                    CutSource::tr("%1 grew past %2 bytes while it was read.").arg(file.fileName()).arg(maxBytes));
            if (Status s = sink(chunk); !s)
                return s;
            if (chunk.isEmpty())
                break;
        }
        return {};
    }
};

class ZipSource : public CutSource
{
public:
    ZipSource(const QString &path, std::unique_ptr<ZipReader> zip)
        : CutSource(path)
        , m_zip(std::move(zip))
    { }
    bool isArchive() const override { return true; }

    QStringList names() const override
    {
        QStringList out;
        for (const ZipReader::Entry &e : m_zip->entries())
            out << e.name;
        return out;
    }

    bool hasFile(const QString &name) const override { return !name.endsWith(QLatin1Char('/')) && m_zip->find(name); }

    std::optional<qint64> fileSize(const QString &name) const override
    {
        const ZipReader::Entry *e = m_zip->find(name);
        return e ? std::optional<qint64>(e->size) : std::nullopt;
    }

    Status stream(const QString &name, qint64 maxBytes, const std::function<Status(QByteArrayView)> &sink) override
    {
        const ZipReader::Entry *e = m_zip->find(name);
        if (!e)
            return fail(ErrorCode::NotFound, CutSource::tr("%1 is not in %2.").arg(name, path()));
        return m_zip->read(*e, maxBytes, sink);
    }

private:
    std::unique_ptr<ZipReader> m_zip;
};

} // namespace

Result<std::unique_ptr<CutSource>> CutSource::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return std::unique_ptr<CutSource>(new FolderSource(info.absoluteFilePath()));
    if (!info.exists())
        return fail(ErrorCode::NotFound, tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return fail(ErrorCode::InvalidInput, tr("%1 is neither a folder nor a file.").arg(path));
    Result<std::unique_ptr<ZipReader>> zip = ZipReader::open(path);
    if (!zip)
        return zip.takeError();
    return std::unique_ptr<CutSource>(new ZipSource(path, std::move(zip).value()));
}

Result<QByteArray> CutSource::read(const QString &name, qint64 maxBytes)
{
    QByteArray bytes;
    Status s = stream(name, maxBytes, [&bytes](QByteArrayView chunk) -> Status {
        bytes.append(chunk);
        return {};
    });
    if (!s)
        return s.takeError();
    return bytes;
}

Result<CutSource::Digest> CutSource::digest(const QString &name)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 size = 0;
    Status s = stream(name, MaxHashedFile, [&](QByteArrayView chunk) -> Status {
        hash.addData(chunk);
        size += chunk.size();
        return {};
    });
    if (!s)
        return s.takeError();
    return Digest {QString::fromLatin1(hash.result().toHex()), size};
}

} // namespace acta::verify
