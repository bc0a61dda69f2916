#include "CutVerifier.h"

#include "SigningKey.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace acta::verify {

Result<HubKeyArgument> HubKeyArgument::parse(const QString &text)
{
    const QString t = text.trimmed();
    HubKeyArgument key;
    if (SigningKey::isFingerprint(t.toLower())) {
        key.fingerprint = t.toLower();
        return key;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}\\z"));
    if (hex.match(t).hasMatch()) {
        key.publicKey = QByteArray::fromHex(t.toLatin1());
    } else {
        const auto decoded = QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.size() == SigningKey::PublicKeySize)
            key.publicKey = decoded.decoded;
    }
    if (key.publicKey.size() != SigningKey::PublicKeySize)
        return fail(ErrorCode::InvalidInput,
                    tr("--hub-key wants the hub's public key (64 hex digits or its base64) or its fingerprint "
                       "(like a1b2-c3d4-e5f6-0718-293a-4b5c-6d7e-8f90), as the notary's certificate gives it."));
    key.fingerprint = SigningKey::fingerprintOf(key.publicKey);
    return key;
}

CutVerifier::CutVerifier(VerifyOptions options)
    : m_options(std::move(options))
{ }

qint64 CutVerifier::keptLimit(const QString &name) const
{
    // The files the later steps parse: their bytes are read once, hashed, and kept for them.
    if (name == templateFileName())
        return MaxTemplateFile;
    if (name == QLatin1String("resultados.csv"))
        return PrepCut::MaxSize;
    if (name == StationKeyList::fileName())
        return StationKeyList::MaxSize;
    if (name == recordsFileName() && m_options.recordsFile.isEmpty())
        return MaxRecordsFile;
    if (name == jsonFileName())
        return MaxJsonFile;
    if (name == candidatesFileName())
        return MaxCandidatesFile;
    return -1;
}

Result<QByteArray> CutVerifier::cutFile(const QString &name, qint64 maxBytes)
{
    // Only what the hub signed is parsed, and only the very bytes whose SHA-256 was checked (read
    // once in checkFiles): a file swapped on disk after it was hashed is never read again, and one
    // that did not match the manifest is not parsed at all.
    if (!m_manifest.files.contains(name))
        return fail(ErrorCode::NotFound, tr("%1 is not listed in the manifest.").arg(name));
    const auto kept = m_kept.constFind(name);
    if (kept == m_kept.cend())
        return fail(ErrorCode::Integrity, tr("%1 is not as the hub signed it (see Files above): not read.").arg(name));
    if (kept->size() > maxBytes)
        return fail(
            ErrorCode::InvalidInput,
            tr("%1 has %2 bytes, more than the %3 this program reads.").arg(name).arg(kept->size()).arg(maxBytes));
    return m_kept.take(name);
}

QString CutVerifier::recordsName() const
{
    return m_options.recordsFile.isEmpty() ? recordsFileName() : m_options.recordsFile;
}

VerifyReport CutVerifier::run()
{
    Result<std::unique_ptr<CutSource>> source = CutSource::open(m_options.cut);
    if (!source) {
        m_report.fatal = source.error();
        return m_report;
    }
    m_source = std::move(source).value();

    VerifySection manifest {tr("Manifest")};
    const bool authentic = checkManifest(manifest);
    m_report.sections << manifest;
    if (!authentic) {
        m_report.fatal = tr("without a manifest signed by the hub key you gave, nothing in %1 can be trusted; the "
                            "other checks were not run.")
                             .arg(m_options.cut);
        return m_report;
    }
    m_report.heading = tr("Cut %1 of election %2 (template %3), %4, cut at %5 UTC%6.")
                           .arg(m_manifest.archive, m_manifest.electionId, m_manifest.templateId,
                                m_manifest.simulation ? tr("a DRILL (simulacro)") : tr("production"),
                                m_manifest.cutAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                m_manifest.finalCut ? tr(", the final cut") : QString());

    VerifySection files {tr("Files")};
    checkFiles(files);
    // A note, not a failure: a downloaded archive may have been renamed.
    const QString archiveName = QFileInfo(m_source->path()).fileName();
    if (m_source->isArchive() && archiveName != m_manifest.archive && archiveName != QLatin1String("resultados.zip"))
        files.notes << tr("The archive is named %1; its manifest calls it %2 (a renamed copy, or another cut's name).")
                           .arg(archiveName, m_manifest.archive);
    m_report.sections << files;

    VerifySection counters {tr("Counters")};
    checkCounters(counters);
    m_report.sections << counters;

    VerifySection totals {tr("Published totals")};
    checkPublishedTotals(totals);
    m_report.sections << totals;

    VerifySection signatures {tr("Station signatures")};
    checkSignatures(signatures);
    m_report.sections << signatures;

    VerifySection rows {tr("Rows against the records")};
    checkRows(rows);
    m_report.sections << rows;

    VerifySection images {tr("Acta images")};
    checkImages(images);
    m_report.sections << images;
    return m_report;
}

bool CutVerifier::checkManifest(VerifySection &section)
{
    const QString name = CutManifest::fileName();
    const QString signatureName = CutManifest::signatureFileName();
    if (!m_source->hasFile(name)) {
        section.problem(m_source->isArchive()
                            ? tr("%1 has no %2: it is not a signed cut.").arg(m_source->path(), name)
                            : tr("%1 has no %2: the hub is writing the next cut (try again in a moment, or check "
                                 "the cut's .zip, which carries its own), or the folder is not a signed cut.")
                                  .arg(m_source->path(), name));
        section.summary = tr("missing");
        return false;
    }
    Result<QByteArray> bytes = m_source->read(name, CutManifest::MaxSize);
    Result<CutManifest> manifest = bytes ? CutManifest::parse(*bytes) : Result<CutManifest>(bytes.takeError());
    if (!manifest) {
        section.problem(tr("%1 cannot be read: %2").arg(name, manifest.error()));
        section.summary = tr("unreadable");
        return false;
    }
    if (!m_source->hasFile(signatureName)) {
        section.problem(tr("%1 is missing: the manifest is not signed.").arg(signatureName));
        section.summary = tr("not signed");
        return false;
    }
    Result<QByteArray> signatureText = m_source->read(signatureName, CutManifest::MaxSignatureFileSize);
    Result<QByteArray> signature = signatureText ? CutManifest::signatureFromFile(*signatureText)
                                                 : Result<QByteArray>(signatureText.takeError());
    if (!signature) {
        section.problem(tr("%1 cannot be read: %2").arg(signatureName, signature.error()));
        section.summary = tr("not signed");
        return false;
    }
    const QString named = SigningKey::fingerprintOf(manifest->hubPublicKey);
    if (named != m_options.hubKey.fingerprint) {
        section.problem(tr("%1 names hub key %2, not the hub key you gave (%3): this cut was not signed by the "
                           "hub you trust, or the key you were given is another one.")
                            .arg(name, named, m_options.hubKey.fingerprint));
        section.summary = tr("another hub's key");
        return false;
    }
    const QByteArray key = m_options.hubKey.publicKey.isEmpty() ? manifest->hubPublicKey : m_options.hubKey.publicKey;
    if (Status holds = CutManifest::verify(*bytes, *signature, key); !holds) {
        section.problem(tr("%1: the signature does not hold with hub key %2: %3 was changed after the hub signed "
                           "it, or another key signed it.")
                            .arg(signatureName, m_options.hubKey.fingerprint, name));
        section.summary = tr("signature does not hold");
        return false;
    }
    m_manifest = std::move(manifest).value();
    section.summary = tr("signed by hub key %1; it lists %n file(s).", nullptr, int(m_manifest.files.size()))
                          .arg(m_options.hubKey.fingerprint);
    return true;
}

void CutVerifier::checkFiles(VerifySection &section)
{
    const QSet<QString> own {CutManifest::fileName(), CutManifest::signatureFileName()};
    qsizetype intact = 0;
    for (auto it = m_manifest.files.constBegin(); it != m_manifest.files.constEnd(); ++it) {
        if (!m_source->hasFile(it.key())) {
            section.problem(tr("%1 is listed in the manifest but missing.").arg(it.key()));
            continue;
        }
        const auto changed = [&](const QString &sha256, qint64 size) {
            section.problem(tr("%1: SHA-256 %2 (%3 bytes); the manifest says %4 (%5 bytes): the file was changed "
                               "after the hub signed the cut.")
                                .arg(it.key(), sha256)
                                .arg(size)
                                .arg(it->sha256)
                                .arg(it->size));
        };
        // A file of another size is not read at all (a huge junk file costs nothing).
        if (const std::optional<qint64> size = m_source->fileSize(it.key()); size && *size != it->size) {
            changed(tr("not computed"), *size);
            continue;
        }
        const qint64 limit = keptLimit(it.key());
        if (limit >= 0 && it->size > limit) {
            section.problem(
                tr("%1 has %2 bytes, more than the %3 this program reads.").arg(it.key()).arg(it->size).arg(limit));
            continue;
        }
        // Read once, never past the size the manifest gives: the bytes hashed are the bytes parsed.
        QByteArray bytes;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 size = 0;
        Status read
            = m_source->stream(it.key(), qMin(it->size, CutSource::MaxHashedFile), [&](QByteArrayView chunk) -> Status {
                  hash.addData(chunk);
                  size += chunk.size();
                  if (limit >= 0)
                      bytes.append(chunk);
                  return {};
              });
        if (!read) {
            section.problem(tr("%1 cannot be read: %2").arg(it.key(), read.error()));
            continue;
        }
        const QString sha256 = QString::fromLatin1(hash.result().toHex());
        if (sha256 != it->sha256 || size != it->size) {
            changed(sha256, size);
            continue;
        }
        if (limit >= 0)
            m_kept.insert(it.key(), std::move(bytes));
        ++intact;
    }
    for (const QString &name : m_source->names()) {
        if (own.contains(name) || m_manifest.files.contains(name))
            continue;
        // The publication folder also holds its MODO file and every earlier cut's archive (each with
        // its own manifest: check them one by one); nothing else belongs to the cut.
        if (!m_source->isArchive()
            && (name == QLatin1String("MODO") || (name.endsWith(QLatin1String(".zip")) && m_source->hasFile(name))))
            continue;
        section.problem(tr("%1 is in the cut but not in the manifest: nothing vouches for it.").arg(name.left(200)));
    }
    section.summary = section.problemCount() == 0
        ? tr("all %n file(s) are as the hub signed them; none missing, none unlisted.", nullptr, int(intact))
        : tr("%1 of %2 listed files as the hub signed them.").arg(intact).arg(m_manifest.files.size());
}

void CutVerifier::checkCounters(VerifySection &section)
{
    Result<QByteArray> json = cutFile(templateFileName(), MaxTemplateFile);
    Result<ElectionTemplate> election
        = json ? ElectionTemplate::fromJson(*json) : Result<ElectionTemplate>(json.takeError());
    if (!election) {
        section.problem(tr("%1: %2 (without the election's template the rows cannot be read).")
                            .arg(templateFileName(), election.error()));
        section.summary = tr("not checked");
        return;
    }
    m_election = std::move(election).value();
    if (m_election->id() != m_manifest.templateId || m_election->electionId() != m_manifest.electionId)
        section.problem(tr("%1 is template %2 of election %3; the manifest says template %4 of election %5.")
                            .arg(templateFileName(), m_election->id(), m_election->electionId(), m_manifest.templateId,
                                 m_manifest.electionId));
    Result<QByteArray> csv = cutFile(QStringLiteral("resultados.csv"), PrepCut::MaxSize);
    QStringList problems;
    Result<PrepCut> cut = csv ? PrepCut::parse(*csv, *m_election, &problems) : Result<PrepCut>(csv.takeError());
    section.addProblems(problems);
    if (!cut) {
        section.problem(tr("resultados.csv cannot be read: %1").arg(cut.error()));
        section.summary = tr("not checked");
        return;
    }
    m_cut = std::move(cut).value();
    // The header says what the manifest says: the mode, and the cut's time in the published zone.
    const bool drillTitle = m_cut->title.endsWith(QLatin1String(" (SIMULACRO)"));
    if (drillTitle != m_manifest.simulation)
        section.problem(m_manifest.simulation
                            ? tr("resultados.csv, line 1: the manifest says this is a drill, the title lacks "
                                 "(SIMULACRO).")
                            : tr("resultados.csv, line 1: the title says (SIMULACRO), the manifest says production."));
    if (m_cut->utcOffsetMinutes) {
        const QString expected = m_manifest.cutAt.toOffsetFromUtc(*m_cut->utcOffsetMinutes * 60)
                                     .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        if (!m_cut->cutText.startsWith(expected + QLatin1Char(' ')))
            section.problem(tr("resultados.csv, line 2: the cut time is %1, the manifest says %2 (UTC).")
                                .arg(m_cut->cutText, m_manifest.cutAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    section.addProblems(m_cut->counterProblems(*m_election, m_manifest.finalCut));
    section.summary = section.problemCount() == 0
        ? tr("the 13 counters of line 4 agree with the %n row(s) of resultados.csv.", nullptr, int(m_cut->rows.size()))
        : tr("resultados.csv does not add up (%n row(s) read).", nullptr, int(m_cut->rows.size()));
}

} // namespace acta::verify
