#pragma once

#include <QFile>
#include <QString>

namespace acta {

// One JSON line per request (time, peer, station, method, path, status, ms, reason), appended
// to a file and sent to the acta.hub logging category. Lines are short and written with one
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

private:
    QFile m_file;
};

} // namespace acta
