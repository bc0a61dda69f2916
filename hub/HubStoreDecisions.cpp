// The operators' side of the hub's store: deciding disputes, and the hash-chained audit log that
// records who decided what, when and why. (HubStore.cpp: storing; HubStoreReads.cpp: reading.)
#include "Clock.h"
#include "HubStore.h"
#include "HubTransaction.h"
#include "Sha256.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace acta {

namespace {

QString auditHash(const QString &prev, const QString &at, const QString &actor, const QString &action,
                  const QString &details)
{
    return sha256Hex((prev + u'\n' + at + u'\n' + actor + u'\n' + action + u'\n' + details).toUtf8());
}

const QString NoHash = QString(64, QLatin1Char('0'));

} // namespace

Status HubStore::appendAudit(const QString &actor, const QString &action, const QString &details,
                             const QDateTime &nowUtc)
{
    Result<QSqlQuery> last = exec(QStringLiteral("SELECT hash FROM hub_audit ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.takeError();
    const QString prev = last->next() ? last->value(0).toString() : NoHash;
    const QString at = toStoredUtc(nowUtc);
    Result<QSqlQuery> q = exec(QStringLiteral("INSERT INTO hub_audit (at, actor, action, details, prev_hash, hash) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                               {at, actor, action, details, prev, auditHash(prev, at, actor, action, details)});
    return q ? Status() : Status(q.takeError());
}

Result<QString> HubStore::auditProblem()
{
    Result<QSqlQuery> q
        = exec(QStringLiteral("SELECT seq, at, actor, action, details, prev_hash, hash FROM hub_audit ORDER BY seq"));
    if (!q)
        return q.takeError();
    QString prev = NoHash;
    while (q->next()) {
        const QString expected = auditHash(prev, q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                                           q->value(4).toString());
        if (q->value(5).toString() != prev || q->value(6).toString() != expected)
            return tr("hub audit entry %1 does not follow from the one before it").arg(q->value(0).toLongLong());
        prev = expected;
    }
    return QString();
}

Status HubStore::resolveConflict(const QString &templateId, const QString &clave, const QString &keepStation,
                                 const QString &reason, const QString &operatorName, const QDateTime &nowUtc)
{
    if (reason.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("Deciding a dispute needs a reason; it goes into the hub's audit log."));
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    Result<QList<HubDisagreement>> open = disagreements(templateId);
    if (!open)
        return open.takeError();
    const auto dispute
        = std::find_if(open->cbegin(), open->cend(), [&](const HubDisagreement &d) { return d.clave == clave; });
    if (dispute == open->cend())
        return fail(ErrorCode::NotFound, tr("Acta %1 is not in dispute.").arg(clave));
    const auto side = std::find_if(dispute->sides.cbegin(), dispute->sides.cend(),
                                   [&](const HubDisagreement::Side &s) { return s.stationId == keepStation; });
    if (side == dispute->sides.cend())
        return fail(ErrorCode::InvalidInput,
                    tr("Station %1 is not a side of the dispute on acta %2.").arg(keepStation, clave));
    Result<QSqlQuery> q
        = exec(QStringLiteral("INSERT INTO conflict_resolutions (clave, template_id, keep_station, "
                              "keep_version, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {clave, templateId, keepStation, side->version, reason, operatorName, toStoredUtc(nowUtc)});
    if (!q)
        return q.takeError();
    const QJsonObject details {{QStringLiteral("clave_acta"), clave},
                               {QStringLiteral("template_id"), templateId},
                               {QStringLiteral("keep_station"), keepStation},
                               {QStringLiteral("keep_version"), side->version},
                               {QStringLiteral("reason"), reason}};
    if (Status s = appendAudit(operatorName, QStringLiteral("conflict_resolved"),
                               QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), nowUtc);
        !s)
        return s;
    return transaction->commit();
}

} // namespace acta
