#include "ZipReader.h"

#include <QSet>

#include <zlib.h>

namespace acta::verify {

namespace {

constexpr quint32 LocalSignature = 0x04034b50;
constexpr quint32 CentralSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr qint64 EndRecordSize = 22;
constexpr qint64 CentralHeaderSize = 46;
constexpr qint64 LocalHeaderSize = 30;
constexpr qint64 Chunk = 64 * 1024;

quint16 get16(const QByteArray &b, qint64 at)
{
    return quint16(quint8(b.at(at)) | (quint8(b.at(at + 1)) << 8));
}

quint32 get32(const QByteArray &b, qint64 at)
{
    return quint32(get16(b, at)) | (quint32(get16(b, at + 2)) << 16);
}

} // namespace

Result<QByteArray> ZipReader::readAt(qint64 offset, qint64 size)
{
    if (offset < 0 || size < 0 || offset + size > m_file->size() || !m_file->seek(offset))
        return fail(ErrorCode::Integrity,
                    tr("%1 is not a whole ZIP archive: it ends before its own records do.").arg(m_path));
    QByteArray bytes = m_file->read(size);
    if (bytes.size() != size)
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_path, m_file->errorString()));
    return bytes;
}

Result<std::unique_ptr<ZipReader>> ZipReader::open(const QString &path)
{
    std::unique_ptr<ZipReader> zip(new ZipReader);
    zip->m_path = path;
    zip->m_file = std::make_unique<QFile>(path);
    if (!zip->m_file->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, zip->m_file->errorString()));
    const qint64 size = zip->m_file->size();
    const auto notZip = [&path](const QString &why) {
        return fail(ErrorCode::Integrity, tr("%1 is not a ZIP archive this program reads: %2").arg(path, why));
    };
    if (size < EndRecordSize)
        return notZip(tr("it is too short"));
    // Only the layout the hub's ZipWriter writes is read (docs/verify.md): anything a zip tool
    // could read differently (a gap, bytes nothing refers to, a local header that says otherwise
    // than the central directory) is refused, so that every reader extracts the same files.
    // The end record is the file's last 22 bytes: no comment, nothing after it.
    Result<QByteArray> endRecord = zip->readAt(size - EndRecordSize, EndRecordSize);
    if (!endRecord)
        return endRecord.takeError();
    const QByteArray &er = *endRecord;
    if (get32(er, 0) != EndSignature)
        return notZip(tr("its last 22 bytes are not its end of central directory record (a comment, or bytes "
                         "after the archive)"));
    if (get16(er, 20) != 0)
        return notZip(tr("it carries an archive comment"));
    const quint16 disk = get16(er, 4), cdDisk = get16(er, 6);
    const quint16 onDisk = get16(er, 8), count = get16(er, 10);
    const quint32 cdSize = get32(er, 12), cdOffset = get32(er, 16);
    if (disk != 0 || cdDisk != 0 || onDisk != count)
        return notZip(tr("it spans several disks"));
    if (count == 0xffff || cdSize == 0xffffffff || cdOffset == 0xffffffff)
        return notZip(tr("it is a ZIP64 archive"));
    if (count > MaxEntries)
        return notZip(tr("it has %1 entries, more than the %2 allowed").arg(count).arg(MaxEntries));
    const qint64 endAt = size - EndRecordSize;
    if (cdSize > MaxCentralDirectory || qint64(cdOffset) + cdSize > endAt)
        return notZip(tr("its central directory lies outside the file"));
    if (qint64(cdOffset) + cdSize != endAt)
        return notZip(tr("its central directory does not end where its end record starts (%1 bytes between)")
                          .arg(endAt - qint64(cdOffset) - cdSize));
    Result<QByteArray> cd = zip->readAt(cdOffset, cdSize);
    if (!cd)
        return cd.takeError();
    zip->m_dataEnd = cdOffset;
    QSet<QString> names;
    qint64 at = 0;
    qint64 nextLocal = 0; // entries back to back from the file's first byte
    for (quint16 i = 0; i < count; ++i) {
        if (at + CentralHeaderSize > cd->size() || get32(*cd, at) != CentralSignature)
            return notZip(tr("central directory entry %1 is damaged").arg(i + 1));
        Entry e;
        e.flags = get16(*cd, at + 8);
        e.method = get16(*cd, at + 10);
        e.crc = get32(*cd, at + 16);
        e.compressedSize = get32(*cd, at + 20);
        e.size = get32(*cd, at + 24);
        const qint64 nameLength = get16(*cd, at + 28), extraLength = get16(*cd, at + 30),
                     commentLength = get16(*cd, at + 32);
        const quint16 entryDisk = get16(*cd, at + 34);
        e.localOffset = get32(*cd, at + 42);
        if (at + CentralHeaderSize + nameLength + extraLength + commentLength > cd->size())
            return notZip(tr("central directory entry %1 is damaged").arg(i + 1));
        const QByteArray rawName = cd->mid(at + CentralHeaderSize, nameLength);
        // Version needed, flags, method, time, date, CRC-32, sizes and name length: the local
        // header must repeat them byte for byte (ZipWriter writes them the same in both).
        const QByteArray shared = cd->mid(at + 6, 26);
        e.name = QString::fromUtf8(rawName);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;
        if (e.flags & 0x1)
            return notZip(tr("entry %1 is encrypted").arg(e.name.left(100)));
        if (e.flags & ~quint16(0x0800))
            return notZip(tr("entry %1 has flags %2, not those of a plain file").arg(e.name.left(100)).arg(e.flags));
        if (e.method != 0 && e.method != 8)
            return notZip(tr("entry %1 uses compression method %2").arg(e.name.left(100)).arg(e.method));
        if (e.method == 0 && e.compressedSize != e.size)
            return notZip(tr("entry %1 is stored with two different sizes").arg(e.name.left(100)));
        if (e.name.toUtf8() != rawName || e.name.isEmpty())
            return notZip(tr("entry %1 has a name that is not UTF-8").arg(i + 1));
        if (extraLength != 0 || commentLength != 0 || entryDisk != 0)
            return notZip(tr("entry %1 carries extra fields or a comment").arg(e.name.left(100)));
        if (names.contains(e.name))
            return notZip(tr("it holds %1 twice").arg(e.name.left(100)));
        if (e.localOffset != nextLocal)
            return notZip(tr("entry %1 starts at byte %2, not right after the entry before it (byte %3)")
                              .arg(e.name.left(100))
                              .arg(e.localOffset)
                              .arg(nextLocal));
        const qint64 headerSize = LocalHeaderSize + nameLength;
        if (e.localOffset + headerSize + e.compressedSize > cdOffset)
            return notZip(tr("entry %1 runs into the central directory").arg(e.name.left(100)));
        Result<QByteArray> local = zip->readAt(e.localOffset, headerSize);
        if (!local)
            return local.takeError();
        if (get32(*local, 0) != LocalSignature)
            return notZip(tr("entry %1 has no local header where the central directory says").arg(e.name.left(100)));
        if (local->mid(4, 26) != shared || get16(*local, 28) != 0 || local->mid(LocalHeaderSize) != rawName)
            return notZip(
                tr("the local header of entry %1 does not say what the central directory says").arg(e.name.left(100)));
        nextLocal = e.localOffset + headerSize + e.compressedSize;
        names.insert(e.name);
        zip->m_entries.append(e);
    }
    if (at != cd->size())
        return notZip(tr("its central directory holds %1 bytes after its last entry").arg(cd->size() - at));
    if (nextLocal != cdOffset)
        return notZip(tr("%1 bytes between its last entry and its central directory belong to no entry")
                          .arg(qint64(cdOffset) - nextLocal));
    return zip;
}

const ZipReader::Entry *ZipReader::find(const QString &name) const
{
    for (const Entry &e : m_entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

Status ZipReader::read(const Entry &e, qint64 maxBytes, const std::function<Status(QByteArrayView)> &sink)
{
    const QString name = e.name.left(100);
    if (e.size > maxBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 in %2 has %3 bytes, more than the %4 this program reads.")
                        .arg(name, m_path)
                        .arg(e.size)
                        .arg(maxBytes));
    Result<QByteArray> local = readAt(e.localOffset, LocalHeaderSize);
    if (!local)
        return local.takeError();
    if (get32(*local, 0) != LocalSignature)
        return fail(ErrorCode::Integrity, tr("%1 in %2: its local header is damaged.").arg(name, m_path));
    const qint64 dataAt = e.localOffset + LocalHeaderSize + get16(*local, 26); // no extra field (open)
    if (dataAt + e.compressedSize > m_dataEnd)
        return fail(ErrorCode::Integrity, tr("%1 in %2: its data runs into the central directory.").arg(name, m_path));
    if (!m_file->seek(dataAt))
        return fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_path, m_file->errorString()));

    const auto damaged = [&] {
        return fail(ErrorCode::Integrity, tr("%1 in %2: its compressed data is damaged.").arg(name, m_path));
    };
    uLong crc = crc32(0, nullptr, 0);
    qint64 produced = 0;
    qint64 left = e.compressedSize;
    z_stream zs {};
    if (e.method == 8 && inflateInit2(&zs, -15) != Z_OK)
        return fail(ErrorCode::Unavailable, tr("zlib could not start inflating %1.").arg(name));
    QByteArray out(Chunk, Qt::Uninitialized);
    Status status;
    bool streamEnded = e.method == 0;
    while (status && left > 0) {
        const QByteArray in = m_file->read(qMin(left, Chunk));
        if (in.isEmpty()) {
            status = fail(ErrorCode::Io, tr("Cannot read %1: %2").arg(m_path, m_file->errorString()));
            break;
        }
        left -= in.size();
        if (e.method == 0) {
            produced += in.size();
            crc = crc32(crc, reinterpret_cast<const Bytef *>(in.constData()), uInt(in.size()));
            status = sink(in);
            continue;
        }
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
        zs.avail_in = uInt(in.size());
        // Until zlib has taken this chunk and given out all it can (a full output buffer may hide more).
        while (status && !streamEnded && (zs.avail_in > 0 || zs.avail_out == 0)) {
            zs.next_out = reinterpret_cast<Bytef *>(out.data());
            zs.avail_out = uInt(out.size());
            const int rc = inflate(&zs, Z_NO_FLUSH);
            if (rc == Z_BUF_ERROR)
                break; // no progress without more input
            if (rc != Z_OK && rc != Z_STREAM_END) {
                status = damaged();
                break;
            }
            const qint64 n = out.size() - qint64(zs.avail_out);
            // Never past the declared size: a small entry that inflates to gigabytes stops here.
            if (produced + n > e.size) {
                status = damaged();
                break;
            }
            produced += n;
            crc = crc32(crc, reinterpret_cast<const Bytef *>(out.constData()), uInt(n));
            if (n > 0)
                status = sink(QByteArrayView(out.constData(), n));
            streamEnded = rc == Z_STREAM_END;
        }
    }
    if (e.method == 8)
        inflateEnd(&zs);
    if (!status)
        return status;
    if (!streamEnded || produced != e.size)
        return damaged();
    if (quint32(crc) != e.crc)
        return fail(ErrorCode::Integrity,
                    tr("%1 in %2: its CRC-32 does not match; the archive is damaged.").arg(name, m_path));
    return {};
}

} // namespace acta::verify
