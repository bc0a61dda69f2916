#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace acta {

// One prepared SQL statement (RAII over sqlite3_stmt), made by Database::prepare().
// Parameters are numbered from 1 or named as written in the SQL (":name", "@name", "$name");
// columns are numbered from 0. It must be destroyed before its Database.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Status bindInt64(int index, qint64 value);
    Status bindDouble(int index, double value);
    Status bindText(int index, const QString &value); // always TEXT (a null QString binds ''): use bindNull
    Status bindBlob(int index, const QByteArray &value); // always a BLOB, possibly empty
    Status bindSecret(int index, const SecureBytes &value); // a BLOB, never through a QByteArray
    Status bindNull(int index);

    Status bindInt64(QByteArrayView name, qint64 value);
    Status bindDouble(QByteArrayView name, double value);
    Status bindText(QByteArrayView name, const QString &value);
    Status bindBlob(QByteArrayView name, const QByteArray &value);
    Status bindNull(QByteArrayView name);

    int parameterCount() const;
    int parameterIndex(QByteArrayView name) const; // 0 if there is no such parameter

    // true: a row is ready to read; false: the statement has finished.
    Result<bool> step();
    // Runs the statement to completion, for statements that return no rows worth reading.
    Status run();
    void reset(); // to run again; keeps the bindings
    Status clearBindings();

    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;
    SecureBytes columnSecret(int column) const; // copied straight into wiped memory

    QString sql() const;

private:
    friend class Database;
    Statement(sqlite3 *db, sqlite3_stmt *stmt, QString databasePath);
    Status bindResult(int rc, const QString &parameter);
    Result<int> indexOf(QByteArrayView name) const;
    QString describe(const QString &doing) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_databasePath;
};

} // namespace acta
