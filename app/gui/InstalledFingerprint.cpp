#include "InstalledFingerprint.h"

#include "GuiLog.h"
#include "SoftwareFingerprint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPointer>
#include <QThread>

namespace acta::gui {

// What one run on the worker thread found.
struct InstalledFingerprint::Outcome
{
    bool computed = false;
    QString combined;
    QString error;
    Reference reference = Reference::Absent;
    QStringList referenceDifferences;
    std::optional<FingerprintVerification> verification;
};

namespace {

QStringList described(const QList<SoftwareFingerprint::Difference> &differences)
{
    QStringList lines;
    for (const SoftwareFingerprint::Difference &d : differences)
        lines.append(SoftwareFingerprint::describe(d));
    return lines;
}

} // namespace

InstalledFingerprint *InstalledFingerprint::forRoot(const QString &root)
{
    static QHash<QString, QPointer<InstalledFingerprint>> fingerprints;
    const QString clean
        = QDir::cleanPath(QDir(root.isEmpty() ? SoftwareFingerprint::installRoot() : root).absolutePath());
    QPointer<InstalledFingerprint> &known = fingerprints[clean];
    if (!known) {
        known = new InstalledFingerprint(clean, QCoreApplication::instance());
        known->refresh();
    }
    return known;
}

InstalledFingerprint::InstalledFingerprint(QString root, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
{ }

InstalledFingerprint::~InstalledFingerprint()
{
    // A digest being computed finishes first (the files are read to their end; nothing waits on it).
    for (QThread *thread : std::as_const(m_threads))
        thread->wait();
    qDeleteAll(m_threads);
}

void InstalledFingerprint::refresh()
{
    start(QString());
}

void InstalledFingerprint::verify(const QString &referenceFile)
{
    start(referenceFile);
}

void InstalledFingerprint::start(const QString &referenceFile)
{
    m_state = State::Computing;
    ++m_running;
    Q_EMIT changed();
    const QString root = m_root;
    QThread *thread = QThread::create([this, root, referenceFile] {
        Outcome o;
        Result<SoftwareFingerprint> installed = SoftwareFingerprint::compute(root);
        if (installed) {
            o.computed = true;
            o.combined = installed->combined();
            const QString own = QDir(root).filePath(SoftwareFingerprint::referencePath());
            if (QFileInfo::exists(own)) {
                Result<SoftwareFingerprint> reference = SoftwareFingerprint::readFile(own);
                if (!reference) {
                    o.reference = Reference::Unreadable;
                    o.error = reference.error();
                } else {
                    o.referenceDifferences = described(installed->compareTo(*reference));
                    o.reference = o.referenceDifferences.isEmpty() ? Reference::Matches : Reference::Differs;
                }
            }
        } else {
            o.error = installed.error();
        }
        if (!referenceFile.isEmpty()) {
            FingerprintVerification v;
            v.referenceFile = referenceFile;
            Result<SoftwareFingerprint> reference = SoftwareFingerprint::readFile(referenceFile);
            if (installed)
                v.combined = installed->combined();
            if (reference)
                v.referenceCombined = reference->combined();
            if (!installed)
                v.error = installed.error();
            else if (!reference)
                v.error = reference.error();
            else
                v.differences = described(installed->compareTo(*reference));
            o.verification = v;
        }
        // The destructor waits for this thread, so the object is still there.
        QMetaObject::invokeMethod(
            this, [this, o] { apply(o); }, Qt::QueuedConnection);
    });
    m_threads.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        m_threads.removeOne(thread);
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void InstalledFingerprint::apply(const Outcome &o)
{
    --m_running;
    m_state = o.computed ? State::Ready : State::Failed;
    m_combined = o.combined;
    m_reference = o.reference;
    m_referenceDifferences = o.referenceDifferences;
    m_error = o.error;
    qCInfo(lcGui) << "software fingerprint of" << m_root << (o.computed ? o.combined : o.error);
    Q_EMIT changed();
    if (o.verification)
        Q_EMIT verificationFinished(*o.verification);
}

QString InstalledFingerprint::grouped(const QString &hex)
{
    return SoftwareFingerprint::grouped(hex);
}

QString InstalledFingerprint::groupedText() const
{
    switch (m_state) {
    case State::Computing:
        return tr("computing…");
    case State::Failed:
        return tr("cannot be computed");
    case State::Ready:
        break;
    }
    return grouped(m_combined);
}

QString InstalledFingerprint::referenceText() const
{
    switch (m_state) {
    case State::Computing:
        return QString();
    case State::Failed:
        return m_error;
    case State::Ready:
        break;
    }
    switch (m_reference) {
    case Reference::Absent:
        return tr("no installation reference");
    case Reference::Matches:
        return tr("equals the installation reference");
    case Reference::Differs:
        return tr("does NOT equal the installation reference: %n file(s) differ", nullptr,
                  int(m_referenceDifferences.size()));
    case Reference::Unreadable:
        return tr("the installation reference cannot be read: %1").arg(m_error);
    }
    return QString();
}

QString InstalledFingerprint::referenceSentence() const
{
    switch (m_state) {
    case State::Computing:
        return QString();
    case State::Failed:
        return tr("The fingerprint cannot be computed: %1").arg(m_error);
    case State::Ready:
        break;
    }
    const QString file = SoftwareFingerprint::referencePath();
    switch (m_reference) {
    case Reference::Absent:
        return tr("There is no installation reference (%1) to compare with, as in a build tree.").arg(file);
    case Reference::Matches:
        return tr("The installed files equal the installation reference (%1).").arg(file);
    case Reference::Differs:
        return tr("The installed files do NOT equal the installation reference (%1): %n file(s) differ.", nullptr,
                  int(m_referenceDifferences.size()))
            .arg(file);
    case Reference::Unreadable:
        return tr("The installation reference cannot be read: %1").arg(m_error);
    }
    return QString();
}

QString InstalledFingerprint::summary() const
{
    if (m_state == State::Computing)
        return tr("Software fingerprint: computing…");
    return tr("Software fingerprint: %1 (%2)").arg(groupedText(), referenceText());
}

} // namespace acta::gui
