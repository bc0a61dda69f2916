#pragma once

#include "Clock.h"
#include "PageReading.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace acta {

class Database;

// One stored reading's perceptual hash, for finding the same sheet scanned again.
struct StoredHash
{
    QString clave;
    quint64 hash = 0;
};

// The readings table: what recognition read on each acta's page (PageReading JSON, kept as
// given) with the image's SHA-256 and perceptual hash. Written at intake, in its transaction.
class ReadingRepository
{
    Q_DECLARE_TR_FUNCTIONS(ReadingRepository)

public:
    ReadingRepository(Database &db, const Clock &clock);

    Status store(const QString &clave, const PageReading &reading);
    Result<std::optional<QByteArray>> latest(const QString &clave); // newest JSON, or nothing
    Result<QList<StoredHash>> perceptualHashes(); // of every stored reading that has one

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace acta
