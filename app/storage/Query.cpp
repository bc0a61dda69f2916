#include "Query.h"

#include <QCoreApplication>

namespace acta {

Status SqlArg::bindTo(Statement &st, int index) const
{
    return std::visit(
        [&](const auto &v) -> Status {
            using V = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<V, std::monostate>)
                return st.bindNull(index);
            else if constexpr (std::is_same_v<V, qint64>)
                return st.bindInt64(index, v);
            else if constexpr (std::is_same_v<V, double>)
                return st.bindDouble(index, v);
            else if constexpr (std::is_same_v<V, QString>)
                return st.bindText(index, v);
            else
                return st.bindBlob(index, v);
        },
        m_value);
}

namespace sql {

Result<Statement> prepare(Database &db, const QString &sql, SqlArgs args)
{
    Result<Statement> st = db.prepare(sql);
    if (!st)
        return st.takeError();
    int index = 1;
    for (const SqlArg &arg : args)
        if (Status s = arg.bindTo(*st, index++); !s)
            return s.takeError();
    return st;
}

Status run(Database &db, const QString &sql, SqlArgs args)
{
    Result<Statement> st = prepare(db, sql, args);
    if (!st)
        return st.takeError();
    return st->run();
}

Error noRow(const QString &sql)
{
    return fail(ErrorCode::NotFound,
                QCoreApplication::translate("Statement", "The query \"%1\" returned no row.").arg(sql.left(80)));
}

} // namespace sql
} // namespace acta
