#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace acta {

// The newest entry of a station's audit log when a record was queued: its seq and hash. Signed
// into the record and echoed in the hub's receipt, it lets others witness the log: a rewrite of
// any entry up to that seq changes that entry's hash (docs/protocol.md, "Audit heads").
struct AuditHead
{
    qint64 seq = 0; // >= 1
    QString hash; // 64 lowercase hex digits

    QJsonObject toJson() const;
    friend bool operator==(const AuditHead &, const AuditHead &) = default;
};

class AuditHeadJson
{
    Q_DECLARE_TR_FUNCTIONS(AuditHeadJson)

public:
    // {"hash": "...", "seq": N}; errors name the path.
    static Result<AuditHead> fromJson(const QJsonValue &value, const QString &path);
    static bool isHash(const QString &text);
};

} // namespace acta
