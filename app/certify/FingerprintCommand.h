#pragma once

#include <QStringList>

namespace acta {

// `actacapture fingerprint` and `actahub fingerprint`: the same command in both programs, over
// the same install tree (SoftwareFingerprint). args[0] is the program and command name.
// Exit 0: printed, or --verify found the tree equal to the reference; 1: it differs or a file
// could not be read; 2: usage.
int fingerprintCommand(const QStringList &args);

} // namespace acta

namespace acta {

// `certify check FILE.json [--key FINGERPRINT]` in both programs: reads a certificate's signed
// JSON twin, checks its signature (and that the key is the one named), and prints what it certifies.
int checkCertificateCommand(const QStringList &args);

} // namespace acta
