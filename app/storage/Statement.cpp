#include "Statement.h"

#include "SqlError.h"

#include <QDir>

#include <sqlite3.h>
#include <utility>

namespace acta {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt, QString databasePath)
    : m_db(db)
    , m_stmt(stmt)
    , m_databasePath(std::move(databasePath))
{ }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_databasePath(std::move(other.m_databasePath))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_databasePath = std::move(other.m_databasePath);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt); // a no-op on nullptr
}

QString Statement::sql() const
{
    const char *text = m_stmt ? sqlite3_sql(m_stmt) : nullptr;
    return text ? QString::fromUtf8(text) : QString();
}

QString Statement::describe(const QString &doing) const
{
    const QString technical
        = tr("%1 (statement \"%2\" on %3): %4")
              .arg(doing, sql(), QDir::toNativeSeparators(m_databasePath), QString::fromUtf8(sqlite3_errmsg(m_db)));
    const QString plain = storageFailureMessage(sqlite3_extended_errcode(m_db), m_databasePath, technical);
    return plain.isEmpty() ? technical : plain;
}

Status Statement::bindResult(int rc, const QString &parameter)
{
    if (rc == SQLITE_OK)
        return {};
    return fail(storageErrorCode(sqlite3_extended_errcode(m_db)),
                describe(tr("Could not bind parameter %1").arg(parameter)));
}

Status Statement::bindInt64(int index, qint64 value)
{
    return bindResult(sqlite3_bind_int64(m_stmt, index, value), QString::number(index));
}

Status Statement::bindDouble(int index, double value)
{
    return bindResult(sqlite3_bind_double(m_stmt, index, value), QString::number(index));
}

Status Statement::bindText(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return bindResult(sqlite3_bind_text64(m_stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                                          SQLITE_TRANSIENT, SQLITE_UTF8),
                      QString::number(index));
}

Status Statement::bindBlob(int index, const QByteArray &value)
{
    // constData() is never null, so an empty array binds an empty BLOB rather than NULL.
    return bindResult(
        sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT),
        QString::number(index));
}

Status Statement::bindSecret(int index, const SecureBytes &value)
{
    // SQLITE_TRANSIENT: SQLite copies the bytes while binding; ours stay in wiped memory.
    static const unsigned char none = 0;
    return bindResult(sqlite3_bind_blob64(m_stmt, index, value.size() ? value.data() : &none,
                                          sqlite3_uint64(value.size()), SQLITE_TRANSIENT),
                      QString::number(index));
}

Status Statement::bindNull(int index)
{
    return bindResult(sqlite3_bind_null(m_stmt, index), QString::number(index));
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

int Statement::parameterIndex(QByteArrayView name) const
{
    const QByteArray terminated = name.toByteArray();
    return sqlite3_bind_parameter_index(m_stmt, terminated.constData());
}

Result<int> Statement::indexOf(QByteArrayView name) const
{
    const int index = parameterIndex(name);
    if (index == 0)
        return fail(ErrorCode::Internal,
                    tr("The statement \"%1\" has no parameter named %2.")
                        .arg(sql(), QString::fromUtf8(name.data(), name.size())));
    return index;
}

Status Statement::bindInt64(QByteArrayView name, qint64 value)
{
    const Result<int> index = indexOf(name);
    return index ? bindInt64(*index, value) : Status(index.takeError());
}

Status Statement::bindDouble(QByteArrayView name, double value)
{
    const Result<int> index = indexOf(name);
    return index ? bindDouble(*index, value) : Status(index.takeError());
}

Status Statement::bindText(QByteArrayView name, const QString &value)
{
    const Result<int> index = indexOf(name);
    return index ? bindText(*index, value) : Status(index.takeError());
}

Status Statement::bindBlob(QByteArrayView name, const QByteArray &value)
{
    const Result<int> index = indexOf(name);
    return index ? bindBlob(*index, value) : Status(index.takeError());
}

Status Statement::bindNull(QByteArrayView name)
{
    const Result<int> index = indexOf(name);
    return index ? bindNull(*index) : Status(index.takeError());
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return fail(storageErrorCode(sqlite3_extended_errcode(m_db)), describe(tr("Could not run the statement")));
}

Status Statement::run()
{
    for (;;) {
        Result<bool> row = step();
        if (!row)
            return row.takeError();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    // sqlite3_reset() only repeats the error of the last step(), which step() already reported.
    sqlite3_reset(m_stmt);
}

Status Statement::clearBindings()
{
    if (sqlite3_clear_bindings(m_stmt) != SQLITE_OK)
        return fail(storageErrorCode(sqlite3_extended_errcode(m_db)), describe(tr("Could not clear the parameters")));
    return {};
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

SecureBytes Statement::columnSecret(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return SecureBytes::copyOf(QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)));
}

} // namespace acta
