#include "ZipWriter.h"

#include <QStringList>

#include <limits>
#include <optional>
#include <zlib.h>

namespace acta {

namespace {

constexpr qint64 kMax32 = std::numeric_limits<quint32>::max();
constexpr qsizetype kMaxEntries = 65535; // the end record counts entries in 16 bits
constexpr qint64 kLocalHeaderSize = 30;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kEndRecordSize = 22;
constexpr quint16 kVersionNeeded = 20; // 2.0: deflate
constexpr quint16 kVersionMadeBy = (3 << 8) | 20; // Unix, so the external attributes carry a mode
constexpr quint32 kUnixFileMode = 0100644; // a regular file, rw-r--r--, whoever extracts it
constexpr quint16 kFlagUtf8 = 1 << 11;

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

// Raw deflate (no zlib header: ZIP has its own), only when the result is smaller than the data:
// the output buffer has room for one byte less, so anything larger or equal ends as "store".
std::optional<QByteArray> smallerDeflate(const QByteArray &data)
{
    if (data.size() < 2)
        return std::nullopt;
    z_stream zs {};
    if (deflateInit2(&zs, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::nullopt;
    QByteArray out(data.size() - 1, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype written = out.size() - qsizetype(zs.avail_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return std::nullopt; // did not fit: not smaller
    out.truncate(written);
    return out;
}

// Why `name` cannot be an entry's name, or an empty string. Names come from our own code, but a
// reader extracts them as paths: nothing may climb out of the folder or mean something else on
// Windows (a drive, a separator).
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return ZipWriter::tr("the name is empty");
    if (name.startsWith(QLatin1Char('/')))
        return ZipWriter::tr("the name starts with '/'");
    if (name.contains(QLatin1Char('\\')))
        return ZipWriter::tr("the name contains a backslash; use '/'");
    if (name.contains(QLatin1Char(':')))
        return ZipWriter::tr("the name contains ':'");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return ZipWriter::tr("the name contains a control character");
    }
    const QByteArray utf8 = name.toUtf8();
    if (QString::fromUtf8(utf8) != name)
        return ZipWriter::tr("the name is not valid Unicode");
    if (utf8.size() > 0xffff)
        return ZipWriter::tr("the name is longer than 65535 bytes");
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty())
            return ZipWriter::tr("the name has an empty part (\"//\" or a trailing '/')");
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return ZipWriter::tr("the name has a \".\" or \"..\" part");
    }
    return {};
}

} // namespace

quint32 ZipWriter::dosDateTime(const QDateTime &modified)
{
    // The fields as the caller gave them: a cut stamped in its election's zone keeps that zone.
    const QDate d = modified.date();
    const QTime t = modified.time();
    if (d.year() < 1980)
        return (quint32((1 << 5) | 1) << 16); // 1980-01-01 00:00:00
    if (d.year() > 2107)
        return (quint32((127 << 9) | (12 << 5) | 31) << 16) | quint32((23 << 11) | (59 << 5) | 29);
    const quint32 date = quint32(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    const quint32 time = quint32((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    return (date << 16) | time;
}

Status ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    const QString problem = nameProblem(name);
    if (!problem.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("Cannot add \"%1\" to the archive: %2.").arg(name, problem));
    if (m_names.contains(name))
        return fail(ErrorCode::InvalidInput, tr("Cannot add \"%1\" to the archive: it is there already.").arg(name));
    if (!modified.isValid())
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot add \"%1\" to the archive: its modification time is not valid.").arg(name));
    if (m_entries.size() >= kMaxEntries)
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot add \"%1\" to the archive: it holds %2 entries, the most a ZIP without ZIP64 can.")
                        .arg(name, QString::number(kMaxEntries)));
    const auto tooLarge = [&name] {
        return fail(ErrorCode::InvalidInput,
                    tr("Cannot add \"%1\" to the archive: the archive would reach 4 GiB, the most a ZIP without "
                       "ZIP64 can hold.")
                        .arg(name));
    };
    if (qint64(data.size()) > kMax32)
        return tooLarge();

    Entry e;
    e.name = name.toUtf8();
    e.size = quint32(data.size());
    e.crc = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data.constData()), size_t(data.size())));
    e.dosDateTime = dosDateTime(modified);
    const std::optional<QByteArray> deflated = smallerDeflate(data);
    const QByteArray &payload = deflated ? *deflated : data;
    e.method = deflated ? 8 : 0;
    e.compressedSize = quint32(payload.size());

    // Offsets and sizes are 32-bit: the whole archive, end record included, must stay below 4 GiB.
    const qint64 nameSize = e.name.size();
    const qint64 local = kLocalHeaderSize + nameSize + payload.size();
    const qint64 central = kCentralHeaderSize + nameSize;
    if (m_local.size() + local + m_centralSize + central + kEndRecordSize > kMax32)
        return tooLarge();
    e.offset = quint32(m_local.size());

    m_local.reserve(m_local.size() + local);
    put32(m_local, 0x04034b50);
    putEntryFields(m_local, e);
    put16(m_local, 0); // no extra field: no timestamps beyond the DOS ones
    m_local.append(e.name).append(payload);

    m_centralSize += central;
    m_names.insert(name);
    m_entries.append(std::move(e));
    return {};
}

// The fields the local header and the central directory share, in the same order in both:
// version needed, flags, method, time, date, CRC-32, sizes, name length.
void ZipWriter::putEntryFields(QByteArray &out, const Entry &e)
{
    put16(out, kVersionNeeded);
    put16(out, kFlagUtf8);
    put16(out, e.method);
    put16(out, quint16(e.dosDateTime & 0xffff));
    put16(out, quint16(e.dosDateTime >> 16));
    put32(out, e.crc);
    put32(out, e.compressedSize);
    put32(out, e.size);
    put16(out, quint16(e.name.size()));
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    out.reserve(m_local.size() + m_centralSize + kEndRecordSize);
    out.append(m_local);
    for (const Entry &e : m_entries) {
        put32(out, 0x02014b50);
        put16(out, kVersionMadeBy);
        putEntryFields(out, e);
        put16(out, 0); // extra field
        put16(out, 0); // comment
        put16(out, 0); // disk number
        put16(out, 0); // internal attributes
        put32(out, kUnixFileMode << 16);
        put32(out, e.offset);
        out.append(e.name);
    }
    put32(out, 0x06054b50);
    put16(out, 0); // this disk
    put16(out, 0); // the central directory's disk
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(m_centralSize));
    put32(out, quint32(m_local.size()));
    put16(out, 0); // comment
    return out;
}

} // namespace acta
