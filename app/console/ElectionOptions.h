#pragma once

#include "Election.h"
#include "Result.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace acta::console {

// --template FILE --catalog FILE: the election a command works on, by one rule for every command
// of both programs that loads one. The two go together, because a catalog describes the casillas
// of one election only; neither means the embedded sample election. (validate-election is not one
// of these: it checks each file on its own and reports both.)
class ElectionOptions
{
public:
    ElectionOptions();

    void addTo(QCommandLineParser &parser) const;
    // Empty when the options go together; else what is wrong, for a usage error (exit status 2).
    QString usageProblem(const QCommandLineParser &parser) const;
    // The election the parsed options name; the error is a translated message for a person.
    Result<Election> load(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_template;
    QCommandLineOption m_catalog;
};

} // namespace acta::console
