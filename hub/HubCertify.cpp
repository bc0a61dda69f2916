// `actahub certify start|close|check`: the hub's certificates of the start and close of
// operations (docs/certification.md), signed with the hub's key.
#include "Certificate.h"
#include "CertificatePdf.h"
#include "FingerprintCommand.h"
#include "HubOptions.h"
#include "HubStore.h"
#include "HubTransaction.h"
#include "Sha256.h"
#include "SoftwareFingerprint.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace acta {

// Audits a certificate in a transaction of its own.
Status HubStore::recordCertificate(const QString &operatorName, const QString &details, const QDateTime &nowUtc)
{
    Result<Transaction> transaction = Transaction::begin(*this);
    if (!transaction)
        return transaction.takeError();
    if (Status s = appendAudit(operatorName, QStringLiteral("certificate_issued"), details, nowUtc); !s)
        return s;
    return transaction->commit();
}

} // namespace acta

namespace acta::hub {

using console::ExitOk;
using console::out;
using console::usageError;

namespace {

// The hub's audit actions a blank store may hold: creating it, enrolling stations and binding them.
const QStringList &setupActions()
{
    static const QStringList actions {QStringLiteral("hub_created"),        QStringLiteral("station_enrolled"),
                                      QStringLiteral("station_reenrolled"), QStringLiteral("station_revoked"),
                                      QStringLiteral("districts_bound"),    QStringLiteral("certificate_issued")};
    return actions;
}

CertificateFact fact(const char *key, const QString &label, const QJsonValue &value)
{
    return {QLatin1String(key), label, value};
}

struct Facts
{
    QList<CertificateSection> sections;
    QStringList notBlank;
};

Result<Facts> readFacts(HubStore &store, const QString &publicationDir, bool close)
{
    Facts facts;
    CertificateSection counts {QStringLiteral("store"), HubCommands::tr("Store"), {}};
    const struct
    {
        const char *table;
        const char *label;
        bool setup;
    } tables[] = {{"records", QT_TRANSLATE_NOOP("HubCommands", "Records received"), false},
                  {"images", QT_TRANSLATE_NOOP("HubCommands", "Images"), false},
                  {"conflicts", QT_TRANSLATE_NOOP("HubCommands", "Conflicts between stations"), false},
                  {"stations", QT_TRANSLATE_NOOP("HubCommands", "Stations enrolled"), true}};
    for (const auto &t : tables) {
        Result<qint64> n = store.count(QLatin1String(t.table));
        if (!n)
            return n.takeError();
        counts.facts.append(fact(t.table, HubCommands::tr(t.label), *n));
        if (!t.setup && *n > 0)
            facts.notBlank.append(HubCommands::tr("%1: %2").arg(HubCommands::tr(t.label)).arg(*n));
    }
    Result<QList<HubAuditEntry>> entries = store.auditEntries();
    if (!entries)
        return entries.takeError();
    Result<QString> problem = store.auditProblem();
    if (!problem)
        return problem.takeError();
    QMap<QString, qint64> byAction;
    for (const HubAuditEntry &e : *entries)
        ++byAction[e.action];
    QStringList actions;
    for (auto it = byAction.cbegin(); it != byAction.cend(); ++it) {
        actions.append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()));
        if (!setupActions().contains(it.key()))
            facts.notBlank.append(
                HubCommands::tr("audit entries \"%1\" (not a set-up event): %2").arg(it.key()).arg(it.value()));
    }
    counts.facts.append(
        fact("audit_events", HubCommands::tr("Audit entries by kind"), QJsonArray::fromStringList(actions)));
    counts.facts.append(fact("audit_entries", HubCommands::tr("Audit entries"), qint64(entries->size())));
    counts.facts.append(fact("audit_chain_intact", HubCommands::tr("Audit chain intact"), problem->isEmpty()));
    counts.facts.append(
        fact("audit_head_seq", HubCommands::tr("Audit head: entry"), entries->isEmpty() ? 0 : entries->last().seq));
    facts.sections.append(counts);

    Result<QList<HubStation>> stations = store.stations();
    if (!stations)
        return stations.takeError();
    QStringList enrolled;
    QStringList heads;
    for (const HubStation &s : *stations) {
        QString districts;
        for (int d : s.districts)
            districts += (districts.isEmpty() ? QString() : QStringLiteral(",")) + QString::number(d);
        enrolled.append(QStringLiteral("%1 (%2) %3%4%5")
                            .arg(s.stationId, s.name, s.fingerprint,
                                 districts.isEmpty() ? QString() : HubCommands::tr(", districts %1").arg(districts),
                                 s.revokedAt ? HubCommands::tr(", revoked") : QString()));
        if (!close)
            continue;
        Result<QList<WitnessedHead>> witnessed = store.witnessedHeads(s.stationId);
        if (!witnessed)
            return witnessed.takeError();
        if (witnessed->isEmpty()) {
            heads.append(HubCommands::tr("%1: no audit head received").arg(s.stationId));
            continue;
        }
        const WitnessedHead &last = witnessed->last();
        heads.append(HubCommands::tr("%1: record %2 (%3 v%4) carried audit entry %5, hash %6")
                         .arg(s.stationId)
                         .arg(last.recordSeq)
                         .arg(last.clave)
                         .arg(last.version)
                         .arg(last.head.seq)
                         .arg(last.head.hash));
    }
    CertificateSection stationsSection {QStringLiteral("stations"), HubCommands::tr("Stations"), {}};
    stationsSection.facts.append(
        fact("enrolled", HubCommands::tr("Enrolled (id, name, key)"), QJsonArray::fromStringList(enrolled)));
    if (close)
        stationsSection.facts.append(fact("witnessed_heads", HubCommands::tr("Last audit head witnessed per station"),
                                          QJsonArray::fromStringList(heads)));
    facts.sections.append(stationsSection);

    // The publication folder as it stands: every file at its top and its SHA-256 (the last cut).
    CertificateSection publication {QStringLiteral("publication"), HubCommands::tr("Publication folder"), {}};
    QStringList files;
    const QFileInfoList infos = QDir(publicationDir).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &info : infos) {
        QFile f(info.filePath());
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, HubCommands::tr("Cannot read %1: %2").arg(info.filePath(), f.errorString()));
        files.append(QStringLiteral("%1  %2").arg(sha256Hex(f.readAll()), info.fileName()));
        if (info.fileName().startsWith(QLatin1String("resultados")))
            facts.notBlank.append(HubCommands::tr("a published cut in %1: %2").arg(publicationDir, info.fileName()));
    }
    publication.facts.append(fact("folder", HubCommands::tr("Folder"), QDir(publicationDir).absolutePath()));
    // The last cut, as its signed manifest names it.
    QFile manifest(QDir(publicationDir).filePath(QStringLiteral("manifiesto.json")));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = manifest.read(16 * 1024 * 1024);
        const QJsonObject m = QJsonDocument::fromJson(bytes).object();
        publication.facts.append(fact("last_cut_archive", HubCommands::tr("Last cut: archive"),
                                      m.value(QStringLiteral("archive")).toString()));
        publication.facts.append(
            fact("last_cut_at", HubCommands::tr("Last cut: time (UTC)"), m.value(QStringLiteral("cut_at")).toString()));
        publication.facts.append(
            fact("last_cut_final", HubCommands::tr("Last cut: final"), m.value(QStringLiteral("final_cut")).toBool()));
        publication.facts.append(
            fact("last_cut_manifest_hash", HubCommands::tr("Last cut: SHA-256 of its manifest"), sha256Hex(bytes)));
    }
    publication.facts.append(
        fact("files", HubCommands::tr("Files and their SHA-256"), QJsonArray::fromStringList(files)));
    facts.sections.append(publication);
    return facts;
}

int certify(const Options &o, Certificate::Kind kind)
{
    if (!o.parser.isSet(o.reference))
        return usageError(HubCommands::tr("Name the reference fingerprint the auditors made with --reference FILE."),
                          o.parser);
    Result<std::unique_ptr<HubStore>> store = openStore(o, StoreUse::Other);
    if (!store)
        return failWith(store.error());
    Result<std::optional<HubMode>> mode = (*store)->mode();
    if (!mode)
        return failWith(mode.error());
    HubDataDir dir = o.dataDir();
    Result<SigningKey> key = dir.hubKey();
    if (!key)
        return failWith(key.error());

    Certificate c;
    c.kind = kind;
    c.issuer = Certificate::Issuer::Hub;
    c.issuerId = key->fingerprint();
    c.issuerName = QStringLiteral("actahub");
    c.drill = *mode && **mode == HubMode::Simulation;
    c.issuedUtc = QDateTime::currentDateTimeUtc();
    c.issuedBy = operatorName();
    c.softwareVersion = QCoreApplication::applicationVersion();
    // Always the running program's own tree: a certificate is of the software that runs.
    const QString root = QDir(SoftwareFingerprint::installRoot()).absolutePath();
    Result<SoftwareFingerprint> installed = SoftwareFingerprint::compute(root);
    if (!installed)
        return failWith(installed.error());
    Result<SoftwareFingerprint> reference = SoftwareFingerprint::readFile(o.parser.value(o.reference));
    if (!reference)
        return failWith(reference.error());
    c.fingerprint = installed->combined();
    c.files = installed->files();
    c.installRoot = root;
    c.referenceFingerprint = reference->combined();
    c.referenceFile = QFileInfo(o.parser.value(o.reference)).fileName();
    QStringList differences;
    for (const SoftwareFingerprint::Difference &d : installed->compareTo(*reference))
        differences.append(SoftwareFingerprint::describe(d));
    if (kind == Certificate::Kind::Start && !differences.isEmpty())
        return failWith(HubCommands::tr("The installed software is not the reference's:\n%1")
                            .arg(differences.join(QLatin1Char('\n'))));

    Result<Facts> facts = readFacts(**store, o.publicationDir(), kind == Certificate::Kind::Close);
    if (!facts)
        return failWith(facts.error());
    if (kind == Certificate::Kind::Start) {
        Result<QString> broken = (*store)->auditProblem();
        if (!broken)
            return failWith(broken.error());
        if (!broken->isEmpty())
            return failWith(HubCommands::tr("The hub's audit log is broken (%1), so the start of operations cannot "
                                            "be certified.")
                                .arg(*broken));
    }
    if (kind == Certificate::Kind::Start && !facts->notBlank.isEmpty())
        return failWith(HubCommands::tr("The hub store is not blank, so the start of operations cannot be "
                                        "certified:\n%1")
                            .arg(facts->notBlank.join(QLatin1Char('\n'))));
    c.sections = facts->sections;
    if (kind == Certificate::Kind::Close)
        c.sections.append({QStringLiteral("software_check"),
                           HubCommands::tr("Software at the close"),
                           {fact("differences", HubCommands::tr("Differences from the reference"),
                                 QJsonArray::fromStringList(differences))}});

    const QString outDir = o.parser.isSet(o.certificatesDir)
        ? o.parser.value(o.certificatesDir)
        : QDir(dir.path()).filePath(QStringLiteral("certificados"));
    Result<CertificateFiles> files = writeCertificate(c, *key, outDir);
    if (!files)
        return failWith(files.error());
    const QJsonObject details {{QStringLiteral("kind"), Certificate::kindName(kind)},
                               {QStringLiteral("file"), QFileInfo(files->json).fileName()},
                               {QStringLiteral("sha256"), files->jsonSha256},
                               {QStringLiteral("fingerprint"), c.fingerprint}};
    if (Status s = (*store)->recordCertificate(
            operatorName(), QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), c.issuedUtc);
        !s) {
        QFile::remove(files->json);
        QFile::remove(files->pdf);
        return failWith(s.error());
    }
    out() << HubCommands::tr("Certificate written:\n  %1\n  %2 (signed with the hub key %3; its SHA-256 %4 is printed "
                             "on the PDF)")
                 .arg(files->pdf, files->json, key->fingerprint(), files->jsonSha256)
          << Qt::endl;
    return ExitOk;
}

} // namespace

int certifyCommand(const Options &o, const QStringList &operands)
{
    const QString action = operands.value(0);
    if (action == QLatin1String("start") && operands.size() == 1)
        return certify(o, Certificate::Kind::Start);
    if (action == QLatin1String("close") && operands.size() == 1)
        return certify(o, Certificate::Kind::Close);
    if (action == QLatin1String("check") && operands.size() == 2) {
        QStringList args {QCoreApplication::applicationName() + QStringLiteral(" certify check"), operands.at(1)};
        if (o.parser.isSet(o.keyFingerprint))
            args << QStringLiteral("--key") << o.parser.value(o.keyFingerprint);
        return checkCertificateCommand(args);
    }
    return usageError(HubCommands::tr("Use: certify start --reference FILE | certify close --reference FILE | "
                                      "certify check FILE [--key FINGERPRINT]"),
                      o.parser);
}

} // namespace acta::hub
