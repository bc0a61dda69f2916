#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace acta::verify {

// The files of one cut as actaverify reads them: a folder (the publication folder, or one cut's
// files unpacked) or a cut's .zip. Every read is bounded before anything is buffered.
class CutSource
{
    Q_DECLARE_TR_FUNCTIONS(CutSource)

public:
    // The most bytes of one file that are hashed (streamed, never held whole).
    static constexpr qint64 MaxHashedFile = qint64(4) * 1024 * 1024 * 1024;

    virtual ~CutSource() = default;
    // A folder or a .zip (by its content, whatever its name).
    static Result<std::unique_ptr<CutSource>> open(const QString &path);

    virtual bool isArchive() const = 0;
    const QString &path() const { return m_path; }
    // Every entry: files by name, anything else (a folder, a link to a device) with a trailing '/'
    // so that it matches no file name a manifest may list.
    virtual QStringList names() const = 0;
    virtual bool hasFile(const QString &name) const = 0;
    // The file's size as the folder or the archive gives it, before reading it.
    virtual std::optional<qint64> fileSize(const QString &name) const = 0;
    virtual Status stream(const QString &name, qint64 maxBytes, const std::function<Status(QByteArrayView)> &sink) = 0;

    // The whole file, when it has at most maxBytes.
    Result<QByteArray> read(const QString &name, qint64 maxBytes);
    struct Digest
    {
        QString sha256;
        qint64 size = 0;
    };
    Result<Digest> digest(const QString &name);

protected:
    explicit CutSource(QString path)
        : m_path(std::move(path))
    { }

private:
    QString m_path;
};

} // namespace acta::verify
