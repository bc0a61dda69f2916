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
    bool drill = false; // a drill (simulacro) sheet: a production station never takes it
};

// The payload format and its version tag: ACTA1|<CLAVE_ACTA>|<template id>|<template version>, and
// on a drill's sheet a fifth part, SIMULACRO.
inline constexpr char QrPayloadTag[] = "ACTA1";

QString makeQrPayload(const ElectionTemplate &election, const ActaKey &acta, bool drill = false);

// Strict: a scanned label that is not exactly a payload we print is an error naming what is wrong,
// so a foreign QR code (a URL, another system's label) is never mistaken for an acta's identity.
Result<QrIdentity> parseQrPayload(const QString &payload);

} // namespace acta
