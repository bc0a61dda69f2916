#include "DrillFeeder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

namespace acta {

DrillFeeder::DrillFeeder(const DrillKey &key, QString scansFolder, QString hotFolder, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_key(key)
    , m_scans(std::move(scansFolder))
    , m_hot(std::move(hotFolder))
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] { tick(); });
}

Status DrillFeeder::check() const
{
    for (const DrillPage &p : std::as_const(m_key.pages)) {
        const QString path = QDir(m_scans).filePath(p.file);
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::NotFound,
                        tr("The drill's scan %1 is missing from %2: is this drill %3's scans folder?")
                            .arg(p.file, QDir::toNativeSeparators(m_scans), m_key.drillId));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file) || QString::fromLatin1(hash.result().toHex()) != p.sha256)
            return fail(ErrorCode::Integrity,
                        tr("The scan %1 in %2 is not the one drill %3 made (changed, or another drill's).")
                            .arg(p.file, QDir::toNativeSeparators(m_scans), m_key.drillId));
    }
    if (!QDir().mkpath(m_hot))
        return fail(ErrorCode::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_hot)));
    return {};
}

Status DrillFeeder::start(int durationMinutes, int intervalMs)
{
    if (durationMinutes < 1)
        return fail(ErrorCode::InvalidInput, tr("A drill lasts at least one minute."));
    if (Status s = check(); !s)
        return s;
    m_scale = m_key.nightSeconds > 0 ? durationMinutes * 60.0 / m_key.nightSeconds : 1.0;
    m_started = m_clock.nowUtc();
    m_next = 0;
    m_running = true;
    if (intervalMs > 0)
        m_timer->start(intervalMs);
    tick();
    return {};
}

void DrillFeeder::stop()
{
    m_timer->stop();
    m_running = false;
}

double DrillFeeder::dueSeconds(int i) const
{
    return m_key.pages.at(i).arrivalSecond * m_scale;
}

Status DrillFeeder::copyOne(const DrillPage &page)
{
    const QString from = QDir(m_scans).filePath(page.file);
    const QString part = QDir(m_hot).filePath(page.file + QStringLiteral(".part"));
    const QString to = QDir(m_hot).filePath(page.file);
    QFile::remove(part);
    if (QFileInfo::exists(to))
        return fail(ErrorCode::AlreadyExists,
                    tr("%1 is already in the hot folder; it was not copied again.").arg(page.file));
    if (!QFile::copy(from, part) || !QFile::rename(part, to)) {
        QFile::remove(part);
        return fail(ErrorCode::Io,
                    tr("Cannot copy %1 into the hot folder %2.").arg(page.file, QDir::toNativeSeparators(m_hot)));
    }
    return {};
}

int DrillFeeder::tick()
{
    if (!m_running)
        return 0;
    const double elapsed = double(m_started.msecsTo(m_clock.nowUtc())) / 1000.0;
    int now = 0;
    while (m_next < total() && dueSeconds(m_next) <= elapsed) {
        const DrillPage &page = m_key.pages.at(m_next);
        ++m_next;
        if (Status s = copyOne(page); !s) {
            Q_EMIT failed(s.error()); // that page is reported; the night goes on
            continue;
        }
        ++now;
        Q_EMIT pageCopied(page.file, m_next, total());
    }
    if (m_next >= total()) {
        stop();
        Q_EMIT finished();
    }
    return now;
}

} // namespace acta
