// ActaRepository: the intake of one page as one transaction (receive, image, reading, accept),
// and the trace of a page that was not stored.
#include "ActaRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "JsonText.h"
#include "Sha256.h"
#include "Transaction.h"

#include <QJsonObject>

namespace acta {

const char *RefusedPage::reasonFor(const PageReading &rejected)
{
    for (const PageProblem &p : rejected.problems)
        if (p.issue == PageIssue::WrongForm)
            return RefusalReason::WrongForm;
    return RefusalReason::Quality;
}

const char *RefusedPage::reasonFor(ErrorCode intakeFailure)
{
    // intake() says AlreadyExists for an acta already past Received (received meanwhile).
    // Incompatible: a drill's sheet (or acta) and a station of the other mode.
    if (intakeFailure == ErrorCode::Incompatible)
        return RefusalReason::DrillSheet;
    return intakeFailure == ErrorCode::AlreadyExists ? RefusalReason::AlreadyReceived : RefusalReason::StoreFailed;
}

Status ActaRepository::recordRefusedPage(const User &actor, const RefusedPage &page)
{
    if (actor.id <= 0)
        return fail(ErrorCode::InvalidInput, tr("A refused page is recorded for the person who imported it."));
    if (page.reason.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("A refused page is recorded with the reason it was refused."));
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    std::optional<qint64> actaId;
    if (!page.clave.isEmpty()) {
        Result<std::optional<ActaRecord>> acta = lookup(page.clave);
        if (!acta)
            return acta.takeError();
        if (*acta)
            actaId = (*acta)->id;
    }
    const QJsonObject d {{QStringLiteral("file"), page.fileName},
                         {QStringLiteral("sha256"), page.sha256},
                         {QStringLiteral("clave"), page.clave},
                         {QStringLiteral("reason"), page.reason},
                         {QStringLiteral("message"), page.message}};
    Result<qint64> a
        = AuditLog::append(m_db, m_clock, {QLatin1String(AuditAction::PageRefused), actor.id, actaId, compactJson(d)});
    if (!a)
        return a.takeError();
    return tx->commit();
}

Result<QList<DuplicateWarning>> ActaRepository::duplicatesOf(const QString &clave, const PageReading &reading)
{
    QList<DuplicateWarning> warnings;
    const QString sha = reading.sha256;
    Result<QStringList> sameFile = m_images.actasWith(sha);
    if (!sameFile)
        return sameFile.takeError();
    for (const QString &other : *sameFile)
        if (other != clave)
            warnings.append({DuplicateWarning::Kind::SameFile, other, 0});
    if (!reading.perceptualHash)
        return warnings;
    Result<QList<StoredHash>> hashes = m_readings.perceptualHashes();
    if (!hashes)
        return hashes.takeError();
    for (const StoredHash &other : *hashes) {
        if (other.clave == clave)
            continue;
        const int d = PageReading::hammingDistance(other.hash, *reading.perceptualHash);
        if (d <= PageReading::SameSheetDistance)
            warnings.append({DuplicateWarning::Kind::SameSheet, other.clave, d});
    }
    return warnings;
}

Result<IntakeResult> ActaRepository::intake(const User &actor, const ActaKey &key, const IntakePage &page,
                                            const Digitization &how)
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
        return fail(ErrorCode::AlreadyExists,
                    tr("Acta %1 was already received (%2); this page was not stored again.")
                        .arg(clave, ActaWorkflow::stateName((*existing)->state)));

    // A drill's sheet in the operational count would be a drill counted as a result.
    if (page.reading.drillSheet && m_stationDrill == false)
        return fail(ErrorCode::Incompatible,
                    tr("This page is a drill (SIMULACRO) sheet; a production station never takes it."));

    // The reading names the file it was made from; the stored image is that very file.
    PageReading reading = page.reading;
    reading.sha256 = sha256Hex(page.original);
    Result<QList<DuplicateWarning>> duplicates = duplicatesOf(clave, reading);
    if (!duplicates)
        return duplicates.takeError();

    // Each call below is a savepoint of this transaction: the first failure undoes them all.
    if (!*existing) {
        if (Result<ActaRecord> received = receive(actor, key, page.templateId, page.simulated); !received)
            return received.takeError();
    }
    Result<QString> sha = storeImage(actor, clave, page.original, page.normalized, how);
    if (!sha)
        return sha.takeError();
    if (Status kept = m_readings.store(clave, reading); !kept)
        return kept.takeError();
    if (Result<ActaRecord> accepted = fire(actor, clave, ActaWorkflow::Trigger::AcceptImage); !accepted)
        return accepted.takeError();
    Result<ActaRecord> after = commitAndRead(*tx, clave);
    if (!after)
        return after.takeError();
    return IntakeResult {std::move(after).value(), *sha, std::move(duplicates).value()};
}

Result<ActaRecord> ActaRepository::intakeSinActa(const User &actor, const ActaKey &key, const QString &templateId,
                                                 bool simulated, SinActaReason reason)
{
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    if (Result<ActaRecord> received = receive(actor, key, templateId, simulated); !received)
        return received.takeError();
    if (Result<ActaRecord> recorded = recordSinActa(actor, key.toString(), reason); !recorded)
        return recorded.takeError();
    return commitAndRead(*tx, key.toString());
}

Result<QList<ActaRecord>> ActaRepository::intakeSinActa(const User &actor, const QList<ActaKey> &keys,
                                                        const QString &templateId, bool simulated, SinActaReason reason)
{
    Result<Transaction> tx = Transaction::nest(m_db);
    if (!tx)
        return tx.takeError();
    QList<ActaRecord> out;
    for (const ActaKey &key : keys) {
        Result<ActaRecord> r = intakeSinActa(actor, key, templateId, simulated, reason);
        if (!r)
            return r.takeError();
        out << *r;
    }
    if (Status c = tx->commit(); !c)
        return c.takeError();
    return out;
}

} // namespace acta
