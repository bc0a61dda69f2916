#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acta {

class Database;

// One step of the schema: the SQL that takes a store from version - 1 to version.
struct Migration
{
    int version;
    QString sql;
};

// The station store's tables, versioned with PRAGMA user_version. Each migration runs in
// one transaction together with the user_version it reaches, so a store is always exactly
// at some version, never between two.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static int latestVersion();
    static const QList<Migration> &migrations(); // ordered, versions 1, 2, ...

    // Brings db up to latestVersion(); returns the version reached. Refuses a store from a
    // newer ActaCapture without touching it.
    static Result<int> migrate(Database &db);
    // The same with another list (tests exercise failures with it); versions must be 1, 2, ...
    static Result<int> migrate(Database &db, const QList<Migration> &migrations);

    static QString newerSchemaMessage(const QString &path, int version, int latest);
};

} // namespace acta
