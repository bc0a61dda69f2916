#pragma once

#include "Clock.h"
#include "Station.h"

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

namespace acta::gui {

// The file dialog behind a seam: tests answer it without a window.
class FileDialogs
{
public:
    virtual ~FileDialogs() = default;
    // The scanned files the operator picked, starting in startFolder; empty when cancelled.
    virtual QStringList openScans(QWidget *parent, const QString &startFolder) = 0;
    // Where to save a file: suggestedPath proposes folder and name, filter the types
    // ("CSV files (*.csv)"); empty when cancelled.
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggestedPath, const QString &filter)
        = 0;
    // A secret typed by the person (echo off); empty when cancelled. Never kept by the dialog.
    virtual QString askPassphrase(QWidget *parent, const QString &title, const QString &label) = 0;
    // One existing file to read (a reference fingerprint), starting in startFolder; empty when cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &startFolder, const QString &filter)
        = 0;
    // A folder to write into, starting in (and proposing) startFolder; empty when cancelled.
    virtual QString chooseFolder(QWidget *parent, const QString &title, const QString &startFolder) = 0;
    // A yes/no question before an action that cannot be undone (a supervisor's decision, disabling
    // a user): text says what will happen, acceptLabel names the action on its button. The
    // button that cancels has the focus, so Enter pressed out of habit never confirms.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel) = 0;

    static FileDialogs &native(); // QFileDialog, QInputDialog
};

// Everything the station window takes from outside: where the station lives, how costly its
// keys are, the clock and idle timeout, the dialogs. Tests replace each part.
struct GuiEnvironment
{
    QString stationDirectory; // empty: Station::defaultDirectory(mode)
    // Which station the window opens. Unset: the operational station when its default folder holds
    // one, otherwise the demo, a drill station (created on first start).
    std::optional<StationMode> mode;
    Station::Options stationOptions; // key and password cost for a station created here
    PasswordCost passwordCost = PasswordCost::interactive();
    const Clock *clock = &Clock::system();
    int idleLockSeconds = 5 * 60; // 0: never lock
    int idleWarningSeconds = 30; // a banner says the lock is coming this long before it
    // Where the person's own choices (the UI language) are kept; empty: the user's QSettings.
    QString settingsFile;
    QString hotFolder; // empty: <user data folder>/hotfolder
    int hotFolderIntervalMs = 1000; // 0: not scanned by a timer (tests call scan())
    qint64 hotFolderQuietMs = 1500; // untouched this long before a file is taken
    qint64 hotFolderIncompleteMs = 60 * 1000; // ... or this long when it looks cut short or is empty
    QString sampleScansFolder; // where a demo station's sample scans are copied; empty: <user data folder>/demo-actas
    QString drillsFolder; // where a trainer's generated drills go; empty: <user data folder>/simulacros
    // The install tree whose software fingerprint is shown and certified; empty: the running program's
    // (SoftwareFingerprint::installRoot()).
    QString installRoot;
    FileDialogs *dialogs = &FileDialogs::native();
};

} // namespace acta::gui
