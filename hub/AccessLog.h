#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace acta {

// One JSON line per request (time, peer, station, method, path, status, ms, reason), appended
// to a file and sent to the acta.hub logging category. Every field is cut to a bounded length
// (a client chooses paths and may send long ones), so a line stays under about 2 KB; writes are
// serialized (the HTTP threads log early refusals). Lines are short and written with one
// write() on a file opened for appending, so hub processes sharing the file do not interleave.
class AccessLog
{
public:
    explicit AccessLog(const QString &path);

    struct Entry
    {
        QString peer;
        QString station; // empty when not known
        QString method;
        QString path;
        int status = 0;
        qint64 ms = 0;
        QString reason; // why a request was refused, or what was done
    };
    void write(const Entry &entry);

    static constexpr qsizetype MaxField = 256;
    static constexpr qsizetype MaxReason = 1024;

private:
    QMutex m_mutex;
    QFile m_file;
};

} // namespace acta
