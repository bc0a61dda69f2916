#pragma once

#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringList>

namespace acta {

// The one CSV writer (RFC 4180) for every table the station or the hub hands out: the dashboard
// exports, the command line's acta history and the hub's PREP publication (pipe-separated). Each
// keeps its own separator and line end, because readers downstream already parse those bytes.
class CsvWriter
{
public:
    enum class LineEnd {
        CrLf, // RFC 4180, what spreadsheets expect from an export
        Lf, // the PREP publication and the command line's output
    };

    explicit CsvWriter(QChar separator = QLatin1Char(','), LineEnd lineEnd = LineEnd::CrLf);

    // One field as it goes between separators: quoted when it holds the separator, a double
    // quote, a carriage return or a line feed, with inner double quotes doubled; otherwise as
    // is, so plain values (and their spaces) read the same with or without a CSV parser.
    static QString field(const QString &text, QChar separator = QLatin1Char(','));

    // One record with its line end, for output that is streamed rather than collected.
    QString record(const QStringList &fields) const;
    CsvWriter &addRecord(const QStringList &fields);

    const QString &text() const { return m_text; }
    QByteArray toUtf8() const { return m_text.toUtf8(); }

private:
    QChar m_separator;
    LineEnd m_lineEnd;
    QString m_text;
};

} // namespace acta
