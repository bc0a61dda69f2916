// ActaRepository: what the supervisor's history view reads (every entry of an acta with its
// hands and times, and the actas most recently worked on).
#include "ActaRepository.h"
#include "Query.h"

namespace acta {

namespace {

std::optional<EntryKind> parseEntryKind(const QString &id)
{
    for (EntryKind k : {EntryKind::Entry1, EntryKind::Entry2, EntryKind::Adjudication})
        if (ActaRepository::entryKindId(k) == id)
            return k;
    return std::nullopt;
}

// LIKE's own characters typed by someone match themselves.
QString likePattern(const QString &contains)
{
    QString escaped = contains;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

Result<QList<StoredEntry>> ActaRepository::entries(const QString &clave)
{
    Result<ActaRecord> acta = find(clave);
    if (!acta)
        return acta.takeError();
    return sql::rows<StoredEntry>(
        m_db,
        QStringLiteral("SELECT e.id, e.kind, e.values_json, u.username, e.created_at, e.reason FROM entries e "
                       "JOIN users u ON u.id = e.user_id WHERE e.acta_id = ? ORDER BY e.id"),
        {acta->id}, [&clave](Statement &r) -> Result<StoredEntry> {
            StoredEntry e;
            e.id = r.columnInt64(0);
            const std::optional<EntryKind> kind = parseEntryKind(r.columnText(1));
            if (!kind)
                return fail(ErrorCode::Integrity,
                            tr("Acta %1 has an entry of an unknown kind: %2").arg(clave, r.columnText(1)));
            e.kind = *kind;
            Result<Tally> values = Tally::fromJsonText(r.columnText(2));
            if (!values)
                return values.takeError();
            e.values = std::move(values).value();
            e.username = r.columnText(3);
            e.createdAt = fromStoredUtc(r.columnText(4));
            e.reason = r.isNull(5) ? QString() : r.columnText(5);
            return e;
        });
}

Result<QList<ActaActivity>> ActaRepository::recent(int limit, const QString &claveContains)
{
    if (limit <= 0)
        return QList<ActaActivity>();
    struct Row
    {
        QString clave;
        QString at;
    };
    // The newest audit event of each acta: the log's seq orders events even within one second.
    Result<QList<Row>> rows = sql::rows<Row>(
        m_db,
        QStringLiteral("SELECT a.clave_acta, l.at FROM actas a "
                       "LEFT JOIN audit_log l ON l.seq = (SELECT max(seq) FROM audit_log WHERE acta_id = a.id) "
                       "WHERE a.clave_acta IS NOT NULL AND a.clave_acta LIKE ? ESCAPE '\\' "
                       "ORDER BY l.seq IS NULL, l.seq DESC, a.id DESC LIMIT ?"),
        {likePattern(claveContains.trimmed()), limit}, [](Statement &r) -> Result<Row> {
            return Row {r.columnText(0), r.isNull(1) ? QString() : r.columnText(1)};
        });
    if (!rows)
        return rows.takeError();
    QList<ActaActivity> out;
    for (const Row &row : *rows) {
        Result<ActaRecord> acta = find(row.clave);
        if (!acta)
            return acta.takeError();
        out.append({std::move(acta).value(), fromStoredUtc(row.at)});
    }
    return out;
}

} // namespace acta
