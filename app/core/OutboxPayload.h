#pragma once

#include "Digitization.h"
#include "FieldValue.h"
#include "PrepRules.h"
#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace acta {

// What the station queues for upstream when an acta is verified, adjudicated, sin acta or
// fuera de catálogo: the facts the signed record is built from (sync), written by storage in
// the transaction that made the acta final. The one place that knows the row's JSON keys.
struct OutboxPayload
{
    QString clave; // CLAVE_ACTA
    QString templateId;
    bool simulated = false;
    QDateTime receivedAt; // UTC; invalid when unknown
    QDateTime capturedAt;
    QDateTime verifiedAt;
    int utcOffsetMinutes = 0;
    std::optional<SinActaReason> sinActaReason;
    std::optional<Tally> values; // the final figures, when the acta has any
    QStringList enteredBy; // who typed the figures, in entry order
    QString verifiedBy; // whose act made them final; empty when none
    QString imageSha256; // empty when no image was stored
    // How that image came in, and COTEJADA (1 checked and accepted, 2 after a correction, 3 under
    // review again): absent in rows queued before stations kept them, and for sin acta and fuera
    // de catálogo.
    std::optional<Digitization> digitization;
    std::optional<int> cotejada;

    QByteArray toJson() const; // compact
    static Result<OutboxPayload> fromJson(QByteArrayView json);
    friend bool operator==(const OutboxPayload &, const OutboxPayload &) = default;

    Q_DECLARE_TR_FUNCTIONS(OutboxPayload) // last: the macro ends in "private:"
};

} // namespace acta
