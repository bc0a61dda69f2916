#pragma once

#include <QStringList>

namespace acta::cli {

class SecretSource;

// The commands that work on a station folder. Each takes the sub-command's arguments
// (the first is the program and command name) and returns the exit status.
int initStation(const QStringList &args, SecretSource &secrets);
int userCommand(const QStringList &args, SecretSource &secrets);
int verifyAudit(const QStringList &args, SecretSource &secrets);
int history(const QStringList &args, SecretSource &secrets);
int backup(const QStringList &args, SecretSource &secrets);
int restore(const QStringList &args, SecretSource &secrets);
int changePassphrase(const QStringList &args, SecretSource &secrets);
// enrollment-request FILE: the station's id, name and public key for `actahub enroll`.
int enrollmentRequest(const QStringList &args, SecretSource &secrets);

} // namespace acta::cli
