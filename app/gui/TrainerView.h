#pragma once

#include "DrillKey.h"
#include "DrillReport.h"
#include "KeyDerivation.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Ui {
class TrainerView;
}

namespace acta {
class DrillFeeder;
}

namespace acta::gui {

class FileDialogs;
class Session;

// The trainer's screen in a drill station. Generate a drill (pages and answer key: the key goes
// straight into the drill station's store, never into a folder the clerks see), start it (its
// scans go into the station's hot folder over the drill's minutes), and score it against the key
// (chart, per-clerk and contingency tables; PDF and CSV export).
//
// Generating runs on a worker thread; the feeder on this thread's timer. Only a user with
// RunDrills may generate or start, ScoreDrills may score; a production station has no drills.
class TrainerView : public QWidget
{
    Q_OBJECT

public:
    // keyCost: the Argon2 cost of the trainer's answer-key passphrase (the station's own).
    TrainerView(Session &session, FileDialogs &dialogs, QString hotFolder, QString drillsFolder, Argon2Params keyCost,
                QWidget *parent = nullptr);
    ~TrainerView() override;

    // The administrator chose another hot folder: the next drill feeds that one.
    void setHotFolder(const QString &folder);

    // What the buttons do (tests call these).
    void generate();
    void cancelGeneration();
    bool startDrill();
    void stopDrill();
    bool score();
    bool exportPdf();
    bool exportCsv();

    bool generating() const { return m_generating; }
    const std::optional<DrillReport> &report() const { return m_report; }
    QString message() const;
    QString drillsFolder() const { return m_drillsFolder; }

Q_SIGNALS:
    void generationFinished(bool ok);
    void drillFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillShares();
    void refreshDrills();
    struct Generated
    {
        DrillKey key;
        QByteArray sealed;
    };
    void onGenerated(const Result<Generated> &generated, const QString &folder);
    std::optional<DrillKey> selectedKey(QString *drillId = nullptr);
    void showReport();

    std::unique_ptr<Ui::TrainerView> m_ui;
    Session &m_session;
    FileDialogs &m_dialogs;
    QString m_hotFolder;
    QString m_drillsFolder;
    bool m_generating = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QThread *m_thread = nullptr; // the generator, while it draws
    DrillFeeder *m_feeder = nullptr;
    std::optional<DrillReport> m_report;
    Argon2Params m_keyCost;
    // Keys the trainer opened with their passphrase in this session; forgotten when the user changes.
    QHash<QString, DrillKey> m_openKeys;
};

} // namespace acta::gui
