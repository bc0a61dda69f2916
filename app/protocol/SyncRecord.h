#pragma once

#include "AuditHead.h"
#include "FieldValue.h"
#include "PrepRules.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace acta {

// One version of one acta as a station sends it upstream: the document "actacapture.record/1"
// of docs/protocol.md. (Named SyncRecord because storage's ActaRecord is the stored row.)
struct SyncRecord
{
    static inline const QString Format = QStringLiteral("actacapture.record/1");

    QString stationId;
    qint64 seq = 0; // per station, 1, 2, 3...: gaps and replays are visible upstream
    QString clave; // CLAVE_ACTA
    QString templateId;
    qint64 version = 0; // per acta, from 1
    QMap<QString, FieldValue> values; // by template field id; empty for sin acta
    qint64 totalCalculado = 0;
    bool contabilizada = false;
    QString observaciones;
    std::optional<QString> imageSha256; // lowercase hex; none for sin acta
    QDateTime receivedAt; // UTC, milliseconds
    std::optional<QDateTime> capturedAt;
    std::optional<QDateTime> verifiedAt;
    int utcOffsetMinutes = 0;
    QStringList enteredBy; // user ids of the capturistas, in entry order
    std::optional<QString> verifiedBy; // the user whose act verified it (second entry or adjudication)
    std::optional<SinActaReason> sinActaReason;
    bool simulated = false;
    // The station's audit head when the record was queued; absent for records queued before
    // stations recorded it (the key is then left out, so older signatures still hold).
    std::optional<AuditHead> auditHead;
    // How the acta came in and how it was checked, as the PREP publication states it: ORIGEN
    // ("CATD" or "CASILLA"), DIGITALIZACION ("ESCANER", "MOVIL" or "URNA"), TIPO_DOCUMENTO
    // (Digitization::tiposDocumento()) and COTEJADA (1 checked and accepted, 2 checked after a
    // correction, 3 under review again). Like auditHead, each is left out when absent (records
    // signed before stations kept them, sin acta), so older signatures still hold.
    std::optional<QString> origen;
    std::optional<QString> digitalizacion;
    std::optional<QString> tipoDocumento;
    std::optional<int> cotejada;
    // Its CLAVE_ACTA was typed by a person (QR and header unreadable): published as
    // "Identificación por proceso técnico operativo". The key is present only when true.
    bool identityTyped = false;

    friend bool operator==(const SyncRecord &, const SyncRecord &) = default;
};

class SyncRecordJson
{
    Q_DECLARE_TR_FUNCTIONS(SyncRecordJson)

public:
    // Every key present, absent values as null (docs/protocol.md lists which may be null), but
    // the optional ones (audit_head, origen, digitalizacion, tipo_documento, cotejada,
    // identity_typed), left out when absent.
    static Result<QJsonObject> toJson(const SyncRecord &record);
    // The bytes a signature covers.
    static Result<QByteArray> canonicalBytes(const SyncRecord &record);
    // How much of a record is checked: everything a record arriving now must satisfy, or only its
    // structure (records a hub stored under earlier, looser rules must still read).
    enum class Rules { Current, Structure };
    // Validates every field; errors name the JSON path ("$.values.PLU: expected a string").
    static Result<SyncRecord> fromJson(const QJsonObject &object, const QString &path = QStringLiteral("$"),
                                       Rules rules = Rules::Current);
    // Parses canonical bytes (anything else is refused).
    static Result<SyncRecord> fromCanonicalBytes(QByteArrayView bytes, Rules rules = Rules::Current);
};

} // namespace acta
