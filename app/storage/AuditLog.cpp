#include "AuditLog.h"

#include "Database.h"
#include "Query.h"
#include "Sha256.h"
#include "Statement.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace acta {

namespace {

const char SelectColumns[] = "SELECT seq, at, user_id, action, acta_id, details, prev_hash, hash FROM audit_log ";

AuditLog::Entry readEntry(const Statement &st)
{
    AuditLog::Entry e;
    e.seq = st.columnInt64(0);
    e.at = st.columnText(1);
    if (!st.isNull(2))
        e.userId = st.columnInt64(2);
    e.action = st.columnText(3);
    if (!st.isNull(4))
        e.actaId = st.columnInt64(4);
    e.details = st.columnText(5);
    e.prevHash = st.columnText(6);
    e.hash = st.columnText(7);
    return e;
}

void addField(QByteArray &buf, const QString &text)
{
    const QByteArray u = text.toUtf8();
    buf += QByteArray::number(u.size()) + ':' + u + ';';
}

void addField(QByteArray &buf, std::optional<qint64> n)
{
    if (n)
        addField(buf, QString::number(*n));
    else
        buf += "null;";
}

Result<QList<AuditLog::Entry>> query(Database &db, const QString &where, SqlArgs params)
{
    return sql::rows<AuditLog::Entry>(db, QLatin1String(SelectColumns) + where, params,
                                      [](Statement &s) { return Result<AuditLog::Entry>(readEntry(s)); });
}

using SeqAndHash = std::pair<qint64, QString>;

// The first row of a "SELECT seq, hash" (the newest entry, or the head); nothing when there is none.
Result<std::optional<SeqAndHash>> seqAndHash(Database &db, const QString &sql, SqlArgs params = {})
{
    return sql::optionalRow<SeqAndHash>(db, sql, params, [](Statement &r) -> Result<SeqAndHash> {
        return SeqAndHash(r.columnInt64(0), r.columnText(1));
    });
}

} // namespace

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const Entry &e)
{
    QByteArray buf("acta-audit-v1;");
    addField(buf, std::optional<qint64>(e.seq));
    addField(buf, e.at);
    addField(buf, e.userId);
    addField(buf, e.action);
    addField(buf, e.actaId);
    addField(buf, e.details);
    addField(buf, e.prevHash);
    return sha256Hex(buf);
}

Result<qint64> AuditLog::append(Database &db, const Clock &clock, const AuditEvent &event)
{
    // Outside a transaction the entry could commit without the change it records, or the reverse.
    if (!db.inTransaction())
        return fail(
            ErrorCode::InvalidState,
            tr("An audit entry (%1) was written outside a transaction; nothing was recorded.").arg(event.action));
    Entry e;
    e.prevHash = genesisHash();
    e.seq = 1;
    Result<std::optional<SeqAndHash>> last
        = seqAndHash(db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.takeError();
    if (*last) {
        e.seq = (*last)->first + 1;
        e.prevHash = (*last)->second;
    }
    e.at = toStoredUtc(clock.nowUtc());
    e.userId = event.userId;
    e.action = event.action;
    e.actaId = event.actaId;
    e.details = event.details;
    e.hash = computeHash(e);

    if (Status s = sql::run(db,
                            QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, acta_id, details, "
                                           "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                            {e.seq, e.at, e.userId, e.action, e.actaId, e.details, e.prevHash, e.hash});
        !s)
        return s.takeError();
    if (Status s
        = sql::run(db, QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"), {e.seq, e.hash});
        !s)
        return s.takeError();
    if (db.changes() != 1)
        return fail(ErrorCode::Integrity, tr("The audit log's head record is missing from %1.").arg(db.path()));
    return e.seq;
}

Result<AuditLog::Verification> AuditLog::verify(Database &db)
{
    Verification v;
    // Stepped one entry at a time rather than read as a list: the log grows all election night.
    Result<Statement> st = sql::prepare(db, QLatin1String(SelectColumns) + QStringLiteral("ORDER BY seq"));
    if (!st)
        return st.takeError();
    qint64 expectedSeq = 1;
    QString prev = genesisHash();
    auto describe = [](const Entry &e) {
        return tr("entry %1 (%2, %3)").arg(e.seq).arg(e.at, e.action);
    };
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return row.takeError();
        if (!*row)
            break;
        const Entry e = readEntry(*st);
        ++v.entriesChecked;
        if (e.seq != expectedSeq) {
            v.firstBrokenSeq = expectedSeq;
            v.problem = tr("Audit entry %1 is missing: the log goes from entry %2 to %3.")
                            .arg(expectedSeq)
                            .arg(expectedSeq - 1)
                            .arg(e.seq);
            return v;
        }
        if (e.prevHash != prev) {
            v.firstBrokenSeq = e.seq;
            v.problem = tr("Audit %1 does not follow the entry before it: the log was reordered or an entry "
                           "was removed or replaced.")
                            .arg(describe(e));
            return v;
        }
        if (computeHash(e) != e.hash) {
            v.firstBrokenSeq = e.seq;
            v.problem = tr("Audit %1 was changed after it was written.").arg(describe(e));
            return v;
        }
        prev = e.hash;
        ++expectedSeq;
    }

    Result<std::optional<SeqAndHash>> head
        = seqAndHash(db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.takeError();
    if (!*head) {
        v.firstBrokenSeq = expectedSeq;
        v.problem = tr("The audit log's head record is missing.");
        return v;
    }
    const qint64 headSeq = (*head)->first;
    const QString headHash = (*head)->second;
    const qint64 lastSeq = expectedSeq - 1;
    if (headSeq != lastSeq || headHash != prev) {
        // Missing at the end: the first absent entry. Appended behind the head's back: the
        // first entry it does not know. Same length, other hash: the newest entry.
        v.firstBrokenSeq = headSeq > lastSeq ? lastSeq + 1 : headSeq < lastSeq ? headSeq + 1 : lastSeq;
        v.problem = headSeq > lastSeq
            ? tr("The audit log ends at entry %1, but the station recorded entry %2 as its newest: entries were "
                 "removed from the end.")
                  .arg(lastSeq)
                  .arg(headSeq)
            : tr("The audit log's head record (entry %1) does not match the log, which ends at entry %2: "
                 "the log or its head was altered.")
                  .arg(headSeq)
                  .arg(lastSeq);
    }
    return v;
}

Result<AuditLog::WitnessCheck> AuditLog::checkWitnessed(Database &db, const QList<WitnessedHead> &heads)
{
    // Each restore: its own entry and the sequence base it set.
    QList<std::pair<qint64, qint64>> restores;
    Result<QList<Entry>> restored = query(db, QStringLiteral("WHERE action = ? ORDER BY seq"),
                                          {QString::fromLatin1(AuditAction::StationRestored)});
    if (!restored)
        return restored.takeError();
    for (const Entry &e : *restored)
        restores.append(
            {e.seq,
             QJsonDocument::fromJson(e.details.toUtf8()).object().value(QStringLiteral("seq_base")).toInteger()});

    // The hash of log entry seq now, or nothing when there is no such entry.
    auto hashAt = [&db](qint64 seq) -> Result<QString> {
        Result<std::optional<SeqAndHash>> entry
            = seqAndHash(db, QStringLiteral("SELECT seq, hash FROM audit_log WHERE seq = ?"), {seq});
        if (!entry)
            return entry.takeError();
        return *entry ? (*entry)->second : QString();
    };
    // A restore entry counts only when a witness saw the log go on from it: a head of a record
    // numbered from the restore's base on, at or past the restore's entry, that matches the log
    // now. A restore entry written into a rewritten log has no such witness (and sending one would
    // show at the hub as a jump in the station's record numbers).
    QList<std::pair<qint64, qint64>> witnessedRestores;
    for (const auto &restore : restores) {
        for (const WitnessedHead &h : heads) {
            if (h.recordSeq < restore.second || h.auditSeq < restore.first)
                continue;
            Result<QString> hash = hashAt(h.auditSeq);
            if (!hash)
                return hash.takeError();
            if (*hash == h.auditHash) {
                witnessedRestores.append(restore);
                break;
            }
        }
    }

    WitnessCheck check;
    for (const WitnessedHead &h : heads) {
        const bool discarded = std::any_of(witnessedRestores.cbegin(), witnessedRestores.cend(), [&h](const auto &r) {
            return h.recordSeq < r.second && h.auditSeq >= r.first;
        });
        if (discarded) {
            ++check.discarded;
            continue;
        }
        Result<QString> entry = hashAt(h.auditSeq);
        if (!entry)
            return entry.takeError();
        if (*entry == h.auditHash) {
            ++check.matched;
            check.newestMatchedSeq = std::max(check.newestMatchedSeq, h.auditSeq);
            continue;
        }
        if (check.firstMismatchSeq != 0 && check.firstMismatchSeq <= h.auditSeq)
            continue;
        check.firstMismatchSeq = h.auditSeq;
        check.problem = !entry->isEmpty()
            ? tr("Audit entry %1 is not the one %2 witnessed with record %3: the log was rewritten at or before "
                 "entry %1.")
                  .arg(h.auditSeq)
                  .arg(h.witness)
                  .arg(h.recordSeq)
            : tr("Audit entry %1, which %2 witnessed with record %3, is missing: the log was cut back.")
                  .arg(h.auditSeq)
                  .arg(h.witness)
                  .arg(h.recordSeq);
    }
    return check;
}

Result<QList<AuditLog::Entry>> AuditLog::entriesForActa(Database &db, qint64 actaId)
{
    return query(db, QStringLiteral("WHERE acta_id = ? ORDER BY seq"), {actaId});
}

Result<QList<AuditLog::Entry>> AuditLog::entries(Database &db, qint64 fromSeq, qint64 limit)
{
    return query(db, QStringLiteral("WHERE seq >= ? ORDER BY seq LIMIT ?"), {fromSeq, limit});
}

} // namespace acta
