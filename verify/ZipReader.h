#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace acta::verify {

// Reads a cut's ZIP archive without trusting it, and only in the exact layout the hub's ZipWriter
// writes: entries back to back from the first byte, each local header saying byte for byte what its
// central directory entry says (name, sizes, CRC-32, method, flags), no extra fields or comments,
// the central directory right before the end record, the end record last. Anything else is refused
// by name: a zip with a gap, unreferenced bytes or a second directory is a polyglot that other zip
// tools would extract differently. Every size and offset is checked against the file before it is
// used, an entry is inflated in bounded chunks and never past its declared size, its CRC-32 is
// checked, and ZIP64, encryption, several disks and a name given twice are refused.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static constexpr qsizetype MaxEntries = 1024; // a cut has about ten
    static constexpr qint64 MaxCentralDirectory = 4 * 1024 * 1024;

    struct Entry
    {
        QString name;
        quint16 method = 0; // 0 stored, 8 deflated
        quint16 flags = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localOffset = 0;
    };

    static Result<std::unique_ptr<ZipReader>> open(const QString &path);
    const QList<Entry> &entries() const { return m_entries; }
    const Entry *find(const QString &name) const;

    // Hands the entry's bytes to sink in chunks; stops at the sink's first failure. Fails when the
    // entry is larger than maxBytes (before anything is read), its data does not inflate to exactly
    // its declared size, or its CRC-32 differs.
    Status read(const Entry &entry, qint64 maxBytes, const std::function<Status(QByteArrayView)> &sink);

private:
    ZipReader() = default;
    Result<QByteArray> readAt(qint64 offset, qint64 size);

    QString m_path;
    std::unique_ptr<QFile> m_file;
    qint64 m_dataEnd = 0; // where the central directory starts: no entry's data goes past it
    QList<Entry> m_entries;
};

} // namespace acta::verify
