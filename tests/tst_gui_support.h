#pragma once

// Shared by the tst_gui_* suites: a station window on a throwaway demo station, cheap keys,
// a manual clock, a scripted file dialog, and generated actas written to temporary files.

#include "ActaRepository.h"
#include "DemoStation.h"
#include "EntryView.h"
#include "FieldInput.h"
#include "GuiEnvironment.h"
#include "ImagingTestSupport.h"
#include "IntakeView.h"
#include "Session.h"
#include "StationWindow.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace guitest {

class ScriptedDialogs : public acta::gui::FileDialogs
{
public:
    QStringList openScans(QWidget *, const QString &startFolder) override
    {
        lastStartFolder = startFolder;
        return next;
    }
    QString saveFile(QWidget *, const QString &, const QString &suggestedPath, const QString &) override
    {
        lastSuggestedPath = suggestedPath;
        return nextSave;
    }
    QString askPassphrase(QWidget *, const QString &, const QString &) override
    {
        ++passphrasesAsked;
        return passphrases.isEmpty() ? QString() : passphrases.takeFirst();
    }
    QString openFile(QWidget *, const QString &, const QString &startFolder, const QString &) override
    {
        lastOpenStart = startFolder;
        return nextOpen.isEmpty() ? QString() : nextOpen.takeFirst();
    }
    QString chooseFolder(QWidget *, const QString &, const QString &startFolder) override
    {
        lastFolderStart = startFolder;
        return nextFolder;
    }
    QStringList passphrases; // answered in order; none left: the person cancels
    int passphrasesAsked = 0;
    QString lastStartFolder;
    QStringList next;
    QString lastSuggestedPath;
    QString nextSave; // empty: the person cancels
    QStringList nextOpen; // files picked, in order; none left: the person cancels
    QString lastOpenStart;
    bool confirm(QWidget *, const QString &, const QString &text, const QString &acceptLabel) override
    {
        confirmations << text;
        lastAcceptLabel = acceptLabel;
        if (duringConfirm)
            duringConfirm(); // what happens while the question is on screen
        return answers.isEmpty() ? defaultAnswer : answers.takeFirst();
    }
    QString nextFolder; // empty: the person cancels
    QString lastFolderStart;
    QStringList confirmations; // every question asked, in order
    QString lastAcceptLabel;
    QList<bool> answers; // answered in order; none left: defaultAnswer
    bool defaultAnswer = true;
    std::function<void()> duringConfirm;
};

struct Fixture
{
    QTemporaryDir dir;
    acta::ManualClock clock;
    ScriptedDialogs dialogs;
    acta::gui::GuiEnvironment env;

    Fixture()
    {
        env.stationDirectory = dir.filePath(QStringLiteral("station"));
        env.stationOptions.keyCost = acta::Argon2Params {1, 8192};
        env.stationOptions.passwordCost = acta::PasswordCost::minimum();
        env.passwordCost = acta::PasswordCost::minimum();
        env.clock = &clock;
        env.dialogs = &dialogs;
        env.hotFolder = dir.filePath(QStringLiteral("hot"));
        env.hotFolderIntervalMs = 0; // the tests scan by hand
        env.hotFolderQuietMs = 0;
        env.hotFolderIncompleteMs = 0;
        env.sampleScansFolder = dir.filePath(QStringLiteral("demo-actas"));
        env.settingsFile = dir.filePath(QStringLiteral("settings.ini")); // never the user's own
    }

    // A clean generated acta of catalog casilla number `seed`, written to the temporary folder.
    std::pair<QString, acta::GeneratedPage> writeActa(quint64 seed)
    {
        acta::PageDefects defects = acta::PageGenerator::randomDefects(acta::DefectLevel::Clean, seed);
        defects.crossedOutRate = 0;
        defects.emptyRate = 0;
        acta::GeneratedPage page = imagingtest::generatePage(defects, seed);
        const QString path = dir.filePath(
            QStringLiteral("acta-%1.%2")
                .arg(seed)
                .arg(page.format == QLatin1String("png") ? QStringLiteral("png") : QStringLiteral("jpg")));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(page.bytes) != page.bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return {path, page};
    }
};

inline bool login(acta::gui::StationWindow &w, const char *user)
{
    return w.login(QLatin1String(user), acta::gui::DemoStation::password());
}

// Imports the files through the intake view and waits for the worker thread.
inline bool importAndWait(acta::gui::StationWindow &w, const QStringList &files)
{
    QSignalSpy done(w.intakeView(), &acta::gui::IntakeView::batchFinished);
    w.intakeView()->importFiles(files);
    return done.wait(180000);
}

// Types a value into a field as a clerk does: select what is there, type, Enter.
inline void typeValue(acta::gui::FieldInput *in, const acta::FieldValue &v)
{
    if (v.kind() == acta::FieldValue::Kind::Ilegible) {
        QTest::keyClick(in, acta::gui::FieldInput::IlegibleKey);
        return;
    }
    if (v.kind() == acta::FieldValue::Kind::SinDato) {
        QTest::keyClick(in, acta::gui::FieldInput::SinDatoKey);
        return;
    }
    QTest::keyClick(in, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(in, QString::number(v.number()));
    QTest::keyClick(in, Qt::Key_Return);
}

// The commit a clerk makes with Ctrl+Enter: the proposed values on screen are confirmed; while
// some are further down, the form scrolls there and the next press takes them. True when saved.
inline bool commitEntry(acta::gui::EntryView *view)
{
    const QString clave = view->currentActa();
    for (int press = 0; press < 10; ++press) {
        QCoreApplication::processEvents();
        if (view->commit())
            return true;
        if (view->currentActa() != clave || view->proposedLeft() == 0)
            return false; // refused for another reason: the message says which
    }
    return false;
}

} // namespace guitest
