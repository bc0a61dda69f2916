#include "StationCertifier.h"

#include "ActaWorkflow.h"
#include "AuditLog.h"
#include "ProgressQueries.h"
#include "Query.h"
#include "Receipt.h"
#include "Station.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace acta {

namespace {

// The tables a blank store holds no row in, and how a person reads each.
struct Counted
{
    const char *table;
    const char *key;
    const char *label;
};
const Counted BlankTables[] = {
    {"actas", "actas", QT_TRANSLATE_NOOP("StationCertifier", "Actas")},
    {"entries", "entries", QT_TRANSLATE_NOOP("StationCertifier", "Data entries")},
    {"images", "images", QT_TRANSLATE_NOOP("StationCertifier", "Images")},
    {"readings", "readings", QT_TRANSLATE_NOOP("StationCertifier", "Recognition readings")},
    {"sync_outbox", "outbox", QT_TRANSLATE_NOOP("StationCertifier", "Records to send (outbox)")},
    {"sync_receipts", "receipts", QT_TRANSLATE_NOOP("StationCertifier", "Hub receipts")},
    {"sync_refusals", "refusals", QT_TRANSLATE_NOOP("StationCertifier", "Hub refusals")},
    {"drills", "drills", QT_TRANSLATE_NOOP("StationCertifier", "Drills loaded")},
};

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

CertificateFact fact(const char *key, const QString &label, const QJsonValue &value)
{
    return {QLatin1String(key), label, value};
}

} // namespace

StationCertifier::StationCertifier(Station &station, const Catalog &catalog, const ElectionTemplate &election,
                                   const Clock &clock)
    : m_station(station)
    , m_catalog(catalog)
    , m_election(election)
    , m_clock(clock)
{ }

const QStringList &StationCertifier::setupActions()
{
    static const QStringList actions {
        QLatin1String(AuditAction::StationInitialised),
        QLatin1String(AuditAction::StationKeyCreated),
        QLatin1String(AuditAction::StationKeyRotated),
        QLatin1String(AuditAction::Login),
        QLatin1String(AuditAction::Logout),
        QLatin1String(AuditAction::SessionLocked),
        QLatin1String(AuditAction::LoginFailed),
        QLatin1String(AuditAction::UserAdded),
        QLatin1String(AuditAction::UserDisabled),
        QLatin1String(AuditAction::PasswordChanged),
        QLatin1String(AuditAction::UserEnabled),
        QLatin1String(AuditAction::UserUnlocked),
        QLatin1String(AuditAction::ConfigChanged),
        QLatin1String(AuditAction::SettingChanged),
        QLatin1String(AuditAction::PassphraseChanged),
        QLatin1String(AuditAction::Backup),
        QLatin1String(AuditAction::CertificateIssued),
    };
    return actions;
}

Result<QStringList> StationCertifier::notBlank()
{
    Database &db = m_station.database();
    QStringList problems;
    for (const Counted &counted : BlankTables) {
        Result<qint64> n
            = sql::scalar<qint64>(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(counted.table)));
        if (!n)
            return n.takeError();
        if (*n > 0)
            problems.append(tr("%1: %2").arg(tr(counted.label)).arg(*n));
    }
    Result<QList<std::pair<QString, qint64>>> actions = sql::rows<std::pair<QString, qint64>>(
        db, QStringLiteral("SELECT action, count(*) FROM audit_log GROUP BY action ORDER BY action"), {},
        [](Statement &st) -> Result<std::pair<QString, qint64>> {
            return std::pair {st.columnText(0), st.columnInt64(1)};
        });
    if (!actions)
        return actions.takeError();
    for (const auto &[action, count] : *actions)
        if (!setupActions().contains(action))
            problems.append(tr("audit entries \"%1\" (not a set-up event): %2").arg(action).arg(count));
    return problems;
}

Status StationCertifier::addStoreFacts(Certificate &certificate)
{
    Database &db = m_station.database();
    CertificateSection store {QStringLiteral("store"), tr("Store"), {}};
    for (const Counted &counted : BlankTables) {
        Result<qint64> n
            = sql::scalar<qint64>(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(counted.table)));
        if (!n)
            return n.takeError();
        store.facts.append(fact(counted.key, tr(counted.label), *n));
    }
    Result<QList<QString>> actions = sql::rows<QString>(
        db, QStringLiteral("SELECT action || ' (' || count(*) || ')' FROM audit_log GROUP BY action ORDER BY action"),
        {}, [](Statement &st) -> Result<QString> { return st.columnText(0); });
    if (!actions)
        return actions.takeError();
    store.facts.append(fact("audit_events", tr("Audit entries by kind"), strings(*actions)));
    Result<AuditLog::Verification> chain = AuditLog::verify(db);
    if (!chain)
        return chain.takeError();
    store.facts.append(fact("audit_entries", tr("Audit entries"), chain->entriesChecked));
    store.facts.append(fact("audit_chain_intact", tr("Audit chain intact"), chain->firstBrokenSeq == 0));
    Result<std::optional<std::pair<qint64, QString>>> head = sql::optionalRow<std::pair<qint64, QString>>(
        db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"), {},
        [](Statement &st) -> Result<std::pair<qint64, QString>> {
            return std::pair {st.columnInt64(0), st.columnText(1)};
        });
    if (!head)
        return head.takeError();
    store.facts.append(fact("audit_head_seq", tr("Audit head: entry"), *head ? (*head)->first : 0));
    store.facts.append(fact("audit_head_hash", tr("Audit head: hash"), *head ? (*head)->second : QString()));
    certificate.sections.append(store);

    Result<QList<User>> users = m_station.users().list();
    if (!users)
        return users.takeError();
    QStringList people;
    for (const User &user : *users)
        people.append(QStringLiteral("%1 (%2)%3")
                          .arg(user.username, roleName(user.role), user.disabled ? tr(", disabled") : QString()));
    certificate.sections.append(
        {QStringLiteral("users"), tr("Users"), {fact("users", tr("Accounts"), strings(people))}});
    return {};
}

Status StationCertifier::addHubFacts(Certificate &certificate)
{
    Result<QList<UpstreamEndpoint>> endpoints = m_station.upstream().endpoints();
    if (!endpoints)
        return endpoints.takeError();
    CertificateSection hubs {QStringLiteral("hubs"), tr("Hubs"), {}};
    QStringList configured;
    for (const UpstreamEndpoint &e : *endpoints)
        configured.append(QStringLiteral("%1 %2 %3").arg(e.name, e.url, SigningKey::fingerprintOf(e.hubPublicKey)));
    hubs.facts.append(fact("endpoints", tr("Hubs the station sends to (name, address, key)"), strings(configured)));
    if (certificate.kind == Certificate::Kind::Close) {
        QStringList receipts;
        for (const UpstreamEndpoint &e : *endpoints) {
            Result<std::optional<QByteArray>> last = sql::optionalScalar<QByteArray>(
                m_station.database(),
                QStringLiteral("SELECT receipt FROM sync_receipts WHERE endpoint_id = ? "
                               "ORDER BY received_at DESC, outbox_id DESC LIMIT 1"),
                {e.id});
            if (!last)
                return last.takeError();
            if (!*last) {
                receipts.append(tr("%1: no receipt").arg(e.name));
                continue;
            }
            Result<SignedReceipt> signedReceipt = SignedReceipt::fromJson(**last);
            if (!signedReceipt) {
                receipts.append(tr("%1: unreadable receipt (%2)").arg(e.name, signedReceipt.error()));
                continue;
            }
            const Receipt &r = signedReceipt->receipt();
            QString line = tr("%1: record %2 (%3 v%4), received %5, record SHA-256 %6")
                               .arg(e.name)
                               .arg(r.seq)
                               .arg(r.clave)
                               .arg(r.version)
                               .arg(r.receivedAt.toUTC().toString(Qt::ISODate), r.recordSha256);
            if (r.auditHead)
                line += tr("; audit head witnessed: entry %1, hash %2").arg(r.auditHead->seq).arg(r.auditHead->hash);
            receipts.append(line);
        }
        hubs.facts.append(fact("last_receipts", tr("Last receipt of each hub"), strings(receipts)));
        Result<SyncSummary> sync = m_station.upstream().summary();
        if (!sync)
            return sync.takeError();
        hubs.facts.append(fact("records", tr("Records to send"), sync->records));
        hubs.facts.append(fact("acknowledged", tr("Acknowledged by the hubs"), sync->acknowledged));
        hubs.facts.append(fact("pending", tr("Not yet acknowledged"), sync->pending));
        hubs.facts.append(fact("refused", tr("Refused for good (record, hub)"), sync->refused));
    }
    certificate.sections.append(hubs);
    return {};
}

Status StationCertifier::addCloseFacts(Certificate &certificate)
{
    ProgressQueries queries(m_station.database(), m_clock);
    Result<ProgressReport> report = queries.report(m_catalog, m_election);
    if (!report)
        return report.takeError();
    CertificateSection states {QStringLiteral("actas_by_state"), tr("Actas by state"), {}};
    qint64 total = 0;
    for (const StateCount &count : report->states) {
        states.facts.append({ActaWorkflow::stateId(count.state), ActaWorkflow::stateName(count.state), count.actas});
        total += count.actas;
    }
    states.facts.append(fact("total", tr("Total"), total));
    certificate.sections.append(states);

    const DistrictProgress sum = report->total();
    CertificateSection prep {QStringLiteral("prep"), tr("Under the PREP rules"), {}};
    prep.facts.append(fact("expected", tr("Actas expected (catalog)"), sum.expected));
    prep.facts.append(fact("received", tr("Actas received"), sum.received));
    prep.facts.append(fact("verified", tr("Actas verified"), sum.verified));
    prep.facts.append(fact("counted", tr("Actas counted (CONTABILIZADA 1)"), sum.counted));
    QMap<QString, qint64> byObservation;
    for (const Inconsistency &i : report->inconsistencies)
        ++byObservation[i.observaciones];
    QStringList observations;
    for (auto it = byObservation.cbegin(); it != byObservation.cend(); ++it)
        observations.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    prep.facts.append(fact("observaciones", tr("Final actas by OBSERVACIONES"), strings(observations)));
    certificate.sections.append(prep);
    return {};
}

Result<Certificate> StationCertifier::build(const User &actor, const Request &request)
{
    Certificate c;
    c.kind = request.kind;
    c.issuer = Certificate::Issuer::Station;
    c.issuerId = m_station.stationId();
    c.issuerName = m_station.name();
    c.drill = m_station.isDrill();
    c.issuedUtc = m_clock.nowUtc();
    c.issuedBy = actor.username;
    c.softwareVersion = QCoreApplication::applicationVersion();

    Result<SoftwareFingerprint> installed = SoftwareFingerprint::compute(request.installRoot);
    if (!installed)
        return installed.takeError();
    c.fingerprint = installed->combined();
    c.files = installed->files();
    c.installRoot = request.installRoot;
    QStringList differences;
    if (!request.referenceFile.isEmpty()) {
        Result<SoftwareFingerprint> reference = SoftwareFingerprint::readFile(request.referenceFile);
        if (!reference)
            return reference.takeError();
        c.referenceFingerprint = reference->combined();
        c.referenceFile = QFileInfo(request.referenceFile).fileName();
        for (const SoftwareFingerprint::Difference &d : installed->compareTo(*reference))
            differences.append(SoftwareFingerprint::describe(d));
    } else if (request.kind == Certificate::Kind::Start) {
        return fail(ErrorCode::InvalidInput,
                    tr("The start of operations is certified against a reference fingerprint: name the file the "
                       "auditors made (actacapture fingerprint --output FILE)."));
    }
    if (request.kind == Certificate::Kind::Start && !differences.isEmpty())
        return fail(ErrorCode::Integrity,
                    tr("The installed software is not the reference's:\n%1").arg(differences.join(QLatin1Char('\n'))));

    if (request.kind == Certificate::Kind::Start) {
        Result<QStringList> problems = notBlank();
        if (!problems)
            return problems.takeError();
        if (!problems->isEmpty())
            return fail(ErrorCode::InvalidState,
                        tr("The store is not blank, so the start of operations cannot be "
                           "certified:\n%1")
                            .arg(problems->join(QLatin1Char('\n'))));
    }
    if (request.kind == Certificate::Kind::Start) {
        Result<AuditLog::Verification> chain = AuditLog::verify(m_station.database());
        if (!chain)
            return chain.takeError();
        if (chain->firstBrokenSeq != 0)
            return fail(ErrorCode::Integrity,
                        tr("The audit log's chain is broken at entry %1, so the start of "
                           "operations cannot be certified.")
                            .arg(chain->firstBrokenSeq));
    }
    c.sections.append({QStringLiteral("election"),
                       tr("Election"),
                       {fact("template_id", tr("Election template"), m_election.id()),
                        fact("template_version", tr("Template version"), m_election.version()),
                        fact("casillas", tr("Casillas in the catalog"), qint64(m_catalog.size()))}});
    if (Status s = addStoreFacts(c); !s)
        return s.takeError();
    if (request.kind == Certificate::Kind::Close) {
        CertificateSection software {QStringLiteral("software_check"), tr("Software at the close"), {}};
        software.facts.append(fact("differences", tr("Differences from the reference"), strings(differences)));
        c.sections.append(software);
        if (Status s = addCloseFacts(c); !s)
            return s.takeError();
    }
    if (Status s = addHubFacts(c); !s)
        return s.takeError();
    return c;
}

Result<CertificateFiles> StationCertifier::certify(const User &actor, const Request &request)
{
    if (actor.disabled)
        return fail(ErrorCode::AccountDisabled, tr("The account %1 is disabled.").arg(actor.username));
    if (!hasPermission(actor.role, Permission::CertifyStation))
        return fail(ErrorCode::PermissionDenied,
                    tr("%1 may not certify the station (administrators only).").arg(actor.username));
    // The facts are read first (the progress report reads in a transaction of its own); the
    // audit entry and the files then go together: the files are removed if the entry does not commit.
    Result<Certificate> certificate = build(actor, request);
    if (!certificate)
        return certificate.takeError();
    Result<SigningKey> key = m_station.signingKey();
    if (!key)
        return key.takeError();
    Result<Transaction> tx = Transaction::begin(m_station.database());
    if (!tx)
        return tx.takeError();
    Result<CertificateFiles> files = writeCertificate(*certificate, *key, request.outputDir);
    if (!files)
        return files.takeError();
    const QJsonObject details {{QStringLiteral("kind"), Certificate::kindName(request.kind)},
                               {QStringLiteral("file"), QFileInfo(files->json).fileName()},
                               {QStringLiteral("sha256"), files->jsonSha256},
                               {QStringLiteral("fingerprint"), certificate->fingerprint}};
    Result<qint64> seq = AuditLog::append(m_station.database(), m_clock,
                                          {QLatin1String(AuditAction::CertificateIssued), actor.id, std::nullopt,
                                           QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    Status committed = seq ? tx->commit() : Status(seq.takeError());
    if (!committed) {
        QFile::remove(files->json);
        QFile::remove(files->pdf);
        return committed.takeError();
    }
    return files;
}

} // namespace acta
