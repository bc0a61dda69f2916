#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QThread;

namespace acta::gui {

// What a check of the installed software against a reference file found (the administrator's
// "Verify against a reference…"): the differences, described one line each, or why it could
// not be checked.
struct FingerprintVerification
{
    QString referenceFile;
    QString combined; // the installed files' combined digest (hex), when they could be read
    QString referenceCombined; // the reference's, when it could be read
    QStringList differences; // SoftwareFingerprint::describe of each, in path order
    QString error; // translated; empty when the check ran
    bool equal() const { return error.isEmpty() && differences.isEmpty(); }
};

// The software fingerprint of an install tree (SoftwareFingerprint, docs/certification.md) for
// the screens that show it: the login screen, the About box and the administrator's screen.
//
// One per install root for the whole application (forRoot): the executables are large, so their
// digests are computed once, on a worker thread, and never on the GUI thread; changed() says when
// the answer is in. It also tells whether the files equal the build's own reference (the file at
// root/SoftwareFingerprint::referencePath(), written by `cmake --install`), which only says that
// nothing changed since installation; the auditors' reference is checked with verify().
class InstalledFingerprint : public QObject
{
    Q_OBJECT

public:
    enum class State { Computing, Ready, Failed };
    enum class Reference { Absent, Matches, Differs, Unreadable };

    // The fingerprint of root (empty: SoftwareFingerprint::installRoot()); the first call starts
    // computing it. Owned by the application, and waited for when it quits.
    static InstalledFingerprint *forRoot(const QString &root = QString());
    ~InstalledFingerprint() override;

    const QString &root() const { return m_root; }
    State state() const { return m_state; }
    QString combined() const { return m_combined; } // hex; empty until Ready
    Reference reference() const { return m_reference; }
    QStringList referenceDifferences() const { return m_referenceDifferences; }
    QString error() const { return m_error; } // why it failed, or why the reference is unreadable
    // Not computed, or not what was installed: shown so that it is noticed.
    bool worrying() const
    {
        return m_state == State::Failed
            || (m_state == State::Ready && (m_reference == Reference::Differs || m_reference == Reference::Unreadable));
    }

    // One translated line: "Software fingerprint: <grouped> (equals the installation reference)".
    QString summary() const;
    // The parenthesis of the summary: how the files compare with the installation reference.
    QString referenceText() const;
    // The same, as a sentence of its own (the About box, the administrator's screen); empty while
    // computing.
    QString referenceSentence() const;
    // The digest in four groups of sixteen digits, to be read aloud; "computing…" until Ready.
    QString groupedText() const;
    static QString grouped(const QString &hex);

    // Computes again (the files may have changed since); changed() follows.
    void refresh();
    // Computes the installed files afresh and compares them with referenceFile (the auditors');
    // verificationFinished() follows, and changed() for the fresh digest.
    void verify(const QString &referenceFile);
    bool busy() const { return m_running > 0; }

Q_SIGNALS:
    void changed();
    void verificationFinished(const acta::gui::FingerprintVerification &verification);

private:
    explicit InstalledFingerprint(QString root, QObject *parent);
    struct Outcome;
    void start(const QString &referenceFile);
    void apply(const Outcome &outcome);

    QString m_root;
    State m_state = State::Computing;
    QString m_combined;
    Reference m_reference = Reference::Absent;
    QStringList m_referenceDifferences;
    QString m_error;
    int m_running = 0; // runs whose outcome is not applied yet
    QList<QThread *> m_threads;
};

} // namespace acta::gui
