#include "VerifyReport.h"

namespace acta::verify {

void VerifySection::problem(const QString &text)
{
    state = State::Failed;
    if (problems.size() < MaxListed)
        problems << text;
    else
        ++unlisted;
}

bool VerifyReport::verified() const
{
    if (!fatal.isEmpty())
        return false;
    for (const VerifySection &s : sections)
        if (s.state == VerifySection::State::Failed)
            return false;
    return true;
}

QString VerifyReport::text() const
{
    QStringList lines;
    if (!heading.isEmpty())
        lines << heading;
    qsizetype problemCount = 0;
    for (const VerifySection &s : sections) {
        QString mark;
        switch (s.state) {
        case VerifySection::State::Ok:
            mark = tr("[ OK ]");
            break;
        case VerifySection::State::Failed:
            mark = tr("[FAIL]");
            break;
        case VerifySection::State::NotChecked:
            mark = tr("[ -- ]");
            break;
        }
        lines << QStringLiteral("%1 %2: %3").arg(mark, s.title, s.summary);
        for (const QString &p : s.problems)
            lines << QStringLiteral("       - ") + p;
        if (s.unlisted > 0)
            lines << QStringLiteral("       - ")
                    + tr("… and %n more.", nullptr, int(qMin<qsizetype>(s.unlisted, 1 << 30)));
        for (const QString &n : s.notes)
            lines << QStringLiteral("       * ") + n;
        problemCount += s.problemCount();
    }
    if (!fatal.isEmpty())
        lines << tr("Stopped: %1").arg(fatal);
    if (verified())
        lines << tr("Result: VERIFIED. Every file is the one the hub signed, the counters agree with the rows, and "
                    "every row checked agrees with what its station signed.");
    else
        lines << tr("Result: NOT VERIFIED: %n problem(s) found. Each line above says what does not hold and where.",
                    nullptr, int(qMin<qsizetype>(problemCount + (fatal.isEmpty() ? 0 : 1), 1 << 30)));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace acta::verify
