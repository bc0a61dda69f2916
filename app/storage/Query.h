#pragma once

#include "Database.h"
#include "Result.h"
#include "Statement.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <concepts>
#include <initializer_list>
#include <optional>
#include <utility>
#include <variant>

namespace acta {

// One value for a statement parameter: NULL, an integer (bool reads as 0/1), a real, TEXT (a
// QString, never NULL: use nullptr or std::optional for that) or a BLOB (a QByteArray, possibly
// empty).
class SqlArg
{
public:
    SqlArg(std::nullptr_t) { }
    template<std::integral I>
    SqlArg(I value)
        : m_value(qint64(value))
    { }
    SqlArg(double value)
        : m_value(value)
    { }
    SqlArg(const QString &value)
        : m_value(value)
    { }
    SqlArg(const QByteArray &value)
        : m_value(value)
    { }
    template<typename T> SqlArg(const std::optional<T> &value)
    {
        if (value)
            *this = SqlArg(*value);
    }

    Status bindTo(Statement &st, int index) const;

private:
    std::variant<std::monostate, qint64, double, QString, QByteArray> m_value;
};

using SqlArgs = std::initializer_list<SqlArg>;

// Every remaining row of st, each turned into a T by read(Statement &) -> Result<T>.
template<typename T, typename Read> Result<QList<T>> collectRows(Statement &st, Read read)
{
    QList<T> out;
    for (;;) {
        Result<bool> row = st.step();
        if (!row)
            return row.takeError();
        if (!*row)
            return out;
        Result<T> item = read(st);
        if (!item)
            return item.takeError();
        out.append(std::move(item).value());
    }
}

// The typed query layer over Statement: a statement is prepared and all its parameters bound
// (in order, from 1) in one call, and rows come back as values.
namespace sql {

Error noRow(const QString &sql);

// Prepared, every parameter bound: ready to step().
Result<Statement> prepare(Database &db, const QString &sql, SqlArgs args = {});
// A statement that returns no rows worth reading, run to completion.
Status run(Database &db, const QString &sql, SqlArgs args = {});

template<typename T> T column(const Statement &st, int index)
{
    if constexpr (std::is_same_v<T, qint64>)
        return st.columnInt64(index);
    else if constexpr (std::is_same_v<T, bool>)
        return st.columnInt64(index) != 0;
    else if constexpr (std::is_same_v<T, double>)
        return st.columnDouble(index);
    else if constexpr (std::is_same_v<T, QString>)
        return st.columnText(index);
    else
        return st.columnBlob(index);
}

template<typename T, typename Read> Result<QList<T>> rows(Database &db, const QString &sql, SqlArgs args, Read read)
{
    Result<Statement> st = prepare(db, sql, args);
    if (!st)
        return st.takeError();
    return collectRows<T>(*st, read);
}

// The first row, read by read(Statement &) -> Result<T>; nothing when there is none.
template<typename T, typename Read>
Result<std::optional<T>> optionalRow(Database &db, const QString &sql, SqlArgs args, Read read)
{
    Result<Statement> st = prepare(db, sql, args);
    if (!st)
        return st.takeError();
    Result<bool> row = st->step();
    if (!row)
        return row.takeError();
    if (!*row)
        return std::optional<T>();
    Result<T> item = read(*st);
    if (!item)
        return item.takeError();
    return std::optional<T>(std::move(item).value());
}

// The first column of the first row (qint64, bool, double, QString or QByteArray); nothing when
// there is no row.
template<typename T> Result<std::optional<T>> optionalScalar(Database &db, const QString &sql, SqlArgs args = {})
{
    return optionalRow<T>(db, sql, args, [](Statement &st) -> Result<T> { return column<T>(st, 0); });
}

// The first column of the one row a query such as SELECT count(*) always returns.
template<typename T> Result<T> scalar(Database &db, const QString &sql, SqlArgs args = {})
{
    Result<std::optional<T>> value = optionalScalar<T>(db, sql, args);
    if (!value)
        return value.takeError();
    if (!*value)
        return noRow(sql);
    return **value;
}

} // namespace sql
} // namespace acta
