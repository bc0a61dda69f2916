#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace acta {

// A ZIP archive built in memory, for the hub's publication cuts (one download for every file of a
// cut). Each entry is deflated (zlib, level 9) or stored when deflating does not make it smaller.
// No ZIP64, no extra fields, no comments, nothing from the clock: the same entries in the same
// order always give the same bytes, so a published archive can be checked against its digest.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    // name: a relative path with '/' separators (no "..", "." or empty part, no leading '/', no
    // backslash, ':' or control character), stored as UTF-8 with flag bit 11. modified: its own
    // date and time fields as given (no zone conversion), as MS-DOS date and time. Refuses
    // (InvalidInput, naming the entry) a bad name, a name given before, an invalid date, a
    // 65536th entry, and an archive that would reach 4 GiB; a refused entry changes nothing.
    Status addFile(const QString &name, const QByteArray &data, const QDateTime &modified);

    // The whole archive: the local entries, the central directory and its end record.
    QByteArray finish() const;

    // The MS-DOS date (high 16 bits) and time (low 16 bits) ZIP stores for `modified`: seconds
    // rounded down to even, years before 1980 as 1980-01-01 00:00:00, after 2107 as its last second.
    static quint32 dosDateTime(const QDateTime &modified);

    qsizetype count() const { return m_entries.size(); }

private:
    struct Entry
    {
        QByteArray name; // UTF-8
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0; // 0 stored, 8 deflated
        quint32 dosDateTime = 0;
        quint32 offset = 0; // of its local header
    };

    static void putEntryFields(QByteArray &out, const Entry &e);

    QByteArray m_local; // local headers and data, in order
    QList<Entry> m_entries;
    QSet<QString> m_names;
    qint64 m_centralSize = 0;
};

} // namespace acta
