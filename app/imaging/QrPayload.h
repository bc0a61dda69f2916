#pragma once

#include "ActaKey.h"
#include "ElectionTemplate.h"
#include "Result.h"

#include <QString>

namespace acta {

// What the identity QR code printed on an acta says.
struct QrIdentity
{
    ActaKey acta;
    QString templateId;
    int templateVersion = 0;
};

// The payload format and its version tag: ACTA1|<CLAVE_ACTA>|<template id>|<template version>.
inline constexpr char QrPayloadTag[] = "ACTA1";

QString makeQrPayload(const ElectionTemplate &election, const ActaKey &acta);

// Strict: a scanned label that is not exactly a payload we print is an error naming what is wrong,
// so a foreign QR code (a URL, another system's label) is never mistaken for an acta's identity.
Result<QrIdentity> parseQrPayload(const QString &payload);

} // namespace acta
