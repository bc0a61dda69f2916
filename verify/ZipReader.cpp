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
    // The end record is last, followed by a comment of at most 65535 bytes.
    const qint64 tailSize = qMin(size, EndRecordSize + 0xffff);
    Result<QByteArray> tail = zip->readAt(size - tailSize, tailSize);
    if (!tail)
        return tail.takeError();
    qint64 end = -1;
    for (qint64 i = tail->size() - EndRecordSize; i >= 0; --i)
        if (get32(*tail, i) == EndSignature && i + EndRecordSize + get16(*tail, i + 20) == tail->size()) {
            end = i;
            break;
        }
    if (end < 0)
        return notZip(tr("no end of central directory record"));
    const quint16 disk = get16(*tail, end + 4), cdDisk = get16(*tail, end + 6);
    const quint16 onDisk = get16(*tail, end + 8), count = get16(*tail, end + 10);
    const quint32 cdSize = get32(*tail, end + 12), cdOffset = get32(*tail, end + 16);
    if (disk != 0 || cdDisk != 0 || onDisk != count)
        return notZip(tr("it spans several disks"));
    if (count == 0xffff || cdSize == 0xffffffff || cdOffset == 0xffffffff)
        return notZip(tr("it is a ZIP64 archive"));
    if (count > MaxEntries)
        return notZip(tr("it has %1 entries, more than the %2 allowed").arg(count).arg(MaxEntries));
    const qint64 endAt = size - tailSize + end;
    if (cdSize > MaxCentralDirectory || qint64(cdOffset) + cdSize > endAt)
        return notZip(tr("its central directory lies outside the file"));
    Result<QByteArray> cd = zip->readAt(cdOffset, cdSize);
    if (!cd)
        return cd.takeError();
    zip->m_dataEnd = cdOffset;
    QSet<QString> names;
    qint64 at = 0;
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
        e.localOffset = get32(*cd, at + 42);
        if (at + CentralHeaderSize + nameLength + extraLength + commentLength > cd->size())
            return notZip(tr("central directory entry %1 is damaged").arg(i + 1));
        const QByteArray rawName = cd->mid(at + CentralHeaderSize, nameLength);
        e.name = QString::fromUtf8(rawName);
        at += CentralHeaderSize + nameLength + extraLength + commentLength;
        if (e.flags & 0x1)
            return notZip(tr("entry %1 is encrypted").arg(e.name.left(100)));
        if (e.method != 0 && e.method != 8)
            return notZip(tr("entry %1 uses compression method %2").arg(e.name.left(100)).arg(e.method));
        if (e.method == 0 && e.compressedSize != e.size)
            return notZip(tr("entry %1 is stored with two different sizes").arg(e.name.left(100)));
        if (e.name.toUtf8() != rawName || e.name.isEmpty())
            return notZip(tr("entry %1 has a name that is not UTF-8").arg(i + 1));
        if (names.contains(e.name))
            return notZip(tr("it holds %1 twice").arg(e.name.left(100)));
        names.insert(e.name);
        zip->m_entries.append(e);
    }
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
    const qint64 dataAt = e.localOffset + LocalHeaderSize + get16(*local, 26) + get16(*local, 28);
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
