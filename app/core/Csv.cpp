#include "Csv.h"

namespace acta {

CsvWriter::CsvWriter(QChar separator, LineEnd lineEnd)
    : m_separator(separator)
    , m_lineEnd(lineEnd)
{ }

QString CsvWriter::field(const QString &text, QChar separator)
{
    // A bare CR must be quoted too: readers that split records on CR, LF or CRLF would
    // otherwise cut the record in two.
    if (!text.contains(separator) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\r'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString CsvWriter::record(const QStringList &fields) const
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_separator;
        line += field(fields.at(i), m_separator);
    }
    line += m_lineEnd == LineEnd::CrLf ? QLatin1String("\r\n") : QLatin1String("\n");
    return line;
}

CsvWriter &CsvWriter::addRecord(const QStringList &fields)
{
    m_text += record(fields);
    return *this;
}

} // namespace acta
