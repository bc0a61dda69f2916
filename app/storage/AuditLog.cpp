#include "AuditLog.h"

#include "Database.h"
#include "Query.h"
#include "Statement.h"

#include <QCryptographicHash>

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

Result<QList<AuditLog::Entry>> query(Database &db, const QString &where, const QList<qint64> &params)
{
    Result<Statement> st = db.prepare(QLatin1String(SelectColumns) + where);
    if (!st)
        return st.takeError();
    for (int i = 0; i < params.size(); ++i)
        if (Status s = st->bindInt64(i + 1, params.at(i)); !s)
            return s.takeError();
    return collectRows<AuditLog::Entry>(*st, [](Statement &s) { return Result<AuditLog::Entry>(readEntry(s)); });
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
    return QString::fromLatin1(QCryptographicHash::hash(buf, QCryptographicHash::Sha256).toHex());
}

Result<qint64> AuditLog::append(Database &db, const Clock &clock, const AuditEvent &event)
{
    // Outside a transaction the entry could commit without the change it records, or the reverse.
    if (!db.inTransaction())
        return fail(
            tr("An audit entry (%1) was written outside a transaction; nothing was recorded.").arg(event.action));
    Entry e;
    e.prevHash = genesisHash();
    e.seq = 1;
    {
        Result<Statement> last
            = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last)
            return last.takeError();
        Result<bool> row = last->step();
        if (!row)
            return row.takeError();
        if (*row) {
            e.seq = last->columnInt64(0) + 1;
            e.prevHash = last->columnText(1);
        }
    }
    e.at = toStoredUtc(clock.nowUtc());
    e.userId = event.userId;
    e.action = event.action;
    e.actaId = event.actaId;
    e.details = event.details;
    e.hash = computeHash(e);

    Result<Statement> insert = db.prepare(
        QStringLiteral("INSERT INTO audit_log (seq, at, user_id, action, acta_id, details, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.takeError();
    Status s = insert->bindInt64(1, e.seq);
    if (s)
        s = insert->bindText(2, e.at);
    if (s)
        s = e.userId ? insert->bindInt64(3, *e.userId) : insert->bindNull(3);
    if (s)
        s = insert->bindText(4, e.action);
    if (s)
        s = e.actaId ? insert->bindInt64(5, *e.actaId) : insert->bindNull(5);
    if (s)
        s = insert->bindText(6, e.details);
    if (s)
        s = insert->bindText(7, e.prevHash);
    if (s)
        s = insert->bindText(8, e.hash);
    if (s)
        s = insert->run();
    if (!s)
        return s.takeError();

    Result<Statement> head = db.prepare(QStringLiteral("UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1"));
    if (!head)
        return head.takeError();
    s = head->bindInt64(1, e.seq);
    if (s)
        s = head->bindText(2, e.hash);
    if (s)
        s = head->run();
    if (!s)
        return s.takeError();
    if (db.changes() != 1)
        return fail(tr("The audit log's head record is missing from %1.").arg(db.path()));
    return e.seq;
}

Result<AuditLog::Verification> AuditLog::verify(Database &db)
{
    Verification v;
    Result<Statement> st = db.prepare(QLatin1String(SelectColumns) + QStringLiteral("ORDER BY seq"));
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

    Result<Statement> head = db.prepare(QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return head.takeError();
    Result<bool> row = head->step();
    if (!row)
        return row.takeError();
    if (!*row) {
        v.firstBrokenSeq = expectedSeq;
        v.problem = tr("The audit log's head record is missing.");
        return v;
    }
    const qint64 headSeq = head->columnInt64(0);
    const QString headHash = head->columnText(1);
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

Result<QList<AuditLog::Entry>> AuditLog::entriesForActa(Database &db, qint64 actaId)
{
    return query(db, QStringLiteral("WHERE acta_id = ? ORDER BY seq"), {actaId});
}

Result<QList<AuditLog::Entry>> AuditLog::entries(Database &db, qint64 fromSeq, qint64 limit)
{
    return query(db, QStringLiteral("WHERE seq >= ? ORDER BY seq LIMIT ?"), {fromSeq, limit});
}

} // namespace acta
