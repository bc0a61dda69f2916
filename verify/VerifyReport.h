#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace acta::verify {

// One step of the check, as the report shows it: a line with its verdict, then what is wrong (each
// problem names the file and, where there is one, the line, acta and column) and any notes.
struct VerifySection
{
    enum class State { Ok, Failed, NotChecked };
    static constexpr qsizetype MaxListed = 200; // problems listed per step; the rest are counted

    explicit VerifySection(QString title_)
        : title(std::move(title_))
    { }

    QString title;
    State state = State::Ok;
    QString summary;
    QStringList problems;
    qsizetype unlisted = 0; // problems beyond MaxListed
    QStringList notes;

    void problem(const QString &text);
    void addProblems(const QStringList &texts)
    {
        for (const QString &t : texts)
            problem(t);
    }
    qsizetype problemCount() const { return problems.size() + unlisted; }
};

struct VerifyReport
{
    Q_DECLARE_TR_FUNCTIONS(VerifyReport)

public:
    QString heading; // which cut, from the manifest
    QList<VerifySection> sections;
    QString fatal; // why the check could not go on (nothing can be read, the manifest is not the hub's)

    // Every step that ran held, and none was cut short.
    bool verified() const;
    QString text() const;
};

} // namespace acta::verify
