#pragma once

#include "Result.h"
#include "Statement.h"

#include <QList>

#include <utility>

namespace acta {

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

} // namespace acta
