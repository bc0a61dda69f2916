// ActaRepository: the intake of one page as one transaction (receive, image, reading, accept).
#include "ActaRepository.h"
#include "Database.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace acta {

namespace {

// The perceptual hash as the readings table keeps it: 16 lowercase hex digits.
QString hashText(const std::optional<quint64> &hash)
{
    return hash ? QStringLiteral("%1").arg(*hash, 16, 16, QLatin1Char('0')) : QString();
}

} // namespace

Result<QList<DuplicateWarning>> ActaRepository::duplicatesOf(const QString &clave, const PageReading &reading)
{
    QList<DuplicateWarning> warnings;
    const QString sha = reading.sha256;
    Result<QStringList> sameFile = actasWithImage(sha);
    if (!sameFile)
        return sameFile.takeError();
    for (const QString &other : *sameFile)
        if (other != clave)
            warnings.append({DuplicateWarning::Kind::SameFile, other, 0});
    if (!reading.perceptualHash)
        return warnings;
    Result<QList<QPair<QString, QString>>> hashes = perceptualHashes();
    if (!hashes)
        return hashes.takeError();
    for (const auto &[other, hex] : *hashes) {
        bool ok = false;
        const quint64 h = hex.toULongLong(&ok, 16);
        if (!ok || other == clave)
            continue;
        const int d = PageReading::hammingDistance(h, *reading.perceptualHash);
        if (d <= PageReading::SameSheetDistance)
            warnings.append({DuplicateWarning::Kind::SameSheet, other, d});
    }
    return warnings;
}

Result<IntakeResult> ActaRepository::intake(const User &actor, const ActaKey &key, const IntakePage &page)
{
    using S = ActaWorkflow::State;
    const QString clave = key.toString();
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    Result<std::optional<ActaRecord>> existing = lookup(clave);
    if (!existing)
        return existing.takeError();
    if (*existing && (*existing)->state != S::Received && (*existing)->state != S::ImageRejected)
        return fail(tr("Acta %1 was already received (%2); this page was not stored again.")
                        .arg(clave, ActaWorkflow::stateName((*existing)->state)));

    // The reading names the file it was made from; the stored image is that very file.
    PageReading reading = page.reading;
    reading.sha256 = QString::fromLatin1(QCryptographicHash::hash(page.original, QCryptographicHash::Sha256).toHex());
    Result<QList<DuplicateWarning>> duplicates = duplicatesOf(clave, reading);
    if (!duplicates)
        return duplicates.takeError();

    // Each call below is a savepoint of this transaction: the first failure undoes them all.
    if (!*existing) {
        if (Result<ActaRecord> received = receive(actor, key, page.templateId, page.simulated); !received)
            return received.takeError();
    }
    Result<QString> sha = storeImage(actor, clave, page.original, page.normalized);
    if (!sha)
        return sha.takeError();
    if (Status kept = storeReading(clave, *sha, hashText(reading.perceptualHash),
                                   QJsonDocument(reading.toJson()).toJson(QJsonDocument::Compact));
        !kept)
        return kept.takeError();
    if (Result<ActaRecord> accepted = fire(actor, clave, ActaWorkflow::Trigger::AcceptImage); !accepted)
        return accepted.takeError();
    Result<ActaRecord> after = commitAndRead(*tx, clave);
    if (!after)
        return after.takeError();
    return IntakeResult {std::move(after).value(), *sha, std::move(duplicates).value()};
}

} // namespace acta
