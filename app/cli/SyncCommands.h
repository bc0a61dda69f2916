#pragma once

#include <QStringList>

namespace acta::cli {

class SecretSource;

// upstream add|remove|list|quorum|retry-refused: the hubs this station sends to, pinned.
int upstreamCommand(const QStringList &args, SecretSource &secrets);
// sync: sends the outbox to every configured hub until nothing is left (or --watch: for ever).
int syncCommand(const QStringList &args, SecretSource &secrets);
// export-bundle FILE: what no quorum of hubs acknowledged yet, signed, for a USB stick.
int exportBundle(const QStringList &args, SecretSource &secrets);
// export-records FILE: every record the station signed, one envelope per line (actaverify --records).
int exportRecords(const QStringList &args, SecretSource &secrets);

} // namespace acta::cli
