#pragma once

#include "ActaPage.h"
#include "ActaRepository.h"
#include "Digitization.h"
#include "PrepRules.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QThread;

namespace Ui {
class IntakeView;
}

namespace acta::gui {

class FileDialogs;
class IntakeWorker;
class Session;

// Intake: scanned files (file dialog or drag and drop) go through the page pipeline in a
// worker thread, with progress and cancel. Accepted pages of catalog actas are received,
// their image stored and accepted; rejected pages are listed with their reasons and not stored.
// How the pages come in (scanner or photograph, at the CATD or from the casilla) and which copy
// of the acta they are is chosen once and stays for the session; every page stored, the hot
// folder's too, is kept with the choice of the moment it is stored.
class IntakeView : public QWidget
{
    Q_OBJECT

public:
    enum Column { FileColumn, ActaColumn, VerdictColumn, ReasonColumn, ColumnCount };

    IntakeView(Session &session, FileDialogs &dialogs, QWidget *parent = nullptr);
    ~IntakeView() override;

    // Queues the files for processing (after those already queued).
    void importFiles(const QStringList &files);
    void cancel();
    bool busy() const { return m_busy; }
    // Shown to the operator; the files come through importFiles().
    void setHotFolder(const QString &folder);
    // Records that the casilla's acta did not arrive; false (with the reason shown) when refused.
    bool recordSinActa(const QString &casillaKey, SinActaReason reason);
    // Pages that passed the quality gate but whose identity could not be read wait here until
    // someone types their CLAVE_ACTA twice; false (with the reason shown) when refused.
    bool assignIdentity(const QString &first, const QString &second);
    qsizetype unidentifiedCount() const { return m_unidentified.size(); }
    QString summary() const;
    // How the pages stored now come in (the two choices); identityTyped for a CLAVE_ACTA typed.
    Digitization currentDigitization(bool identityTyped = false) const;
    // Where the import dialog starts (the demo's sample scans), shown to the operator.
    void setSampleFolder(const QString &folder);

Q_SIGNALS:
    void batchFinished(bool cancelled);
    // One file is done with: stored (accepted and kept) or not, with the reason.
    void fileProcessed(const QString &path, bool stored, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void startNextBatch();
    void onPageDone(int index, const ProcessedPage &page);
    void onBatchFinished(bool cancelled);
    // Stores an accepted page; returns the verdict and a note for the list.
    struct Stored
    {
        bool stored = false; // kept in the station (possibly with warnings in note)
        QString verdict; // translated, for the intake list
        QString note; // why not, or what to check
    };
    Stored storeAccepted(const ProcessedPage &page, bool identityTyped = false);
    // The audit trace of a page not stored (RefusalReason code): empty, or why it could not be
    // written, to show with the page; the batch goes on either way.
    QString traceRefused(const ProcessedPage &page, const QString &clave, const char *reason, const QString &message);
    static QStringList duplicateWarnings(const QList<DuplicateWarning> &duplicates);
    void showNextUnidentified();
    void addRow(const QString &file, const QString &acta, const QString &verdict, const QString &reason, bool ok);
    void retranslate();

    std::unique_ptr<Ui::IntakeView> m_ui;
    Session &m_session;
    FileDialogs &m_dialogs;
    QThread *m_thread = nullptr;
    IntakeWorker *m_worker = nullptr;
    QString m_hotFolder;
    QString m_sampleFolder;
    QStringList m_pending;
    QList<ProcessedPage> m_unidentified;
    QStringList m_batch;
    bool m_busy = false;
    int m_accepted = 0;
    int m_refused = 0;
};

} // namespace acta::gui
