#pragma once

#include "ActaPage.h"
#include "ActaRepository.h"
#include "Digitization.h"
#include "MessageLabel.h"
#include "PrepRules.h"

#include <QStringList>
#include <QWidget>

#include <functional>
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
//
// The list belongs to the person logged in: when someone else logs in, the rows of the previous
// person's pages and the batch summary go (pages still waiting for a typed identity stay listed:
// anyone may type it). Every page not stored is counted and named in the summary with its reason.
// Everything shown, the list and the last message included, follows a change of language.
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
    MessageLabel::Kind summaryKind() const;
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
    // What became of a page, as the list says it.
    enum class Verdict { Accepted, AcceptedCheck, Rejected, IdentityNeeded, NoIdentity, Duplicate, NotStored, SinActa };
    using Text = std::function<QString()>; // made anew in the language of the moment
    struct Row
    {
        QString owner; // who was logged in when it was listed; empty: nobody
        QString path; // the file; empty for a sin acta record
        QString acta;
        Verdict verdict = Verdict::Rejected;
        Text note; // why not, or what to check; may be empty
    };

    void startNextBatch();
    void onPageDone(int index, const ProcessedPage &page);
    void onBatchFinished(bool cancelled);
    void onUserChanged();
    // Stores an accepted page; returns the verdict and a note for the list.
    struct Stored
    {
        bool stored = false; // kept in the station (possibly with warnings in note)
        Verdict verdict = Verdict::NotStored;
        Text note; // why not, or what to check
    };
    Stored storeAccepted(const ProcessedPage &page, bool identityTyped = false);
    // The audit trace of a page not stored (RefusalReason code): empty, or why it could not be
    // written, to show with the page; the batch goes on either way.
    Text traceRefused(const ProcessedPage &page, const QString &clave, const char *reason, const QString &message);
    // A page not stored: counted and named in the summary, the hot folder told (it keeps the file
    // in its rejected folder with the reason), and listed.
    void refuse(const ProcessedPage &page, const QString &acta, Verdict verdict, const Text &why);
    static Text duplicateWarnings(const QList<DuplicateWarning> &duplicates);
    void showNextUnidentified();
    void addRow(const Row &row);
    void renderRow(int index);
    void showSummary(MessageLabel::Kind kind, Text text);
    void showBatchSummary();
    QString verdictText(Verdict verdict) const;
    static MessageLabel::Kind verdictKind(Verdict verdict);
    QString userName() const;
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
    bool m_cancelled = false; // the last batch was
    int m_accepted = 0; // since the list was last cleared
    int m_refused = 0;
    QList<std::pair<QString, Text>> m_refusals; // file names and why, since the list was last cleared
    QList<Row> m_rows;
    QString m_listOwner; // whose list it is: the last person logged in
    MessageLabel::Kind m_summaryKind = MessageLabel::Kind::Info;
    Text m_summary;
};

} // namespace acta::gui
