// What makes a cut checkable by anyone (docs/verify.md): the stations' signed records behind its
// rows, their keys, the hub's public key and the manifest of every file, signed with the hub's key;
// and the cut's archive, which carries all of them so that an archived cut is checked alone.
// (Publisher.cpp makes the cut and writes it.)
#include "CutManifest.h"
#include "Publisher.h"
#include "ZipWriter.h"

#include <algorithm>

namespace acta {

QList<std::pair<QString, QByteArray>> PublicationCut::files() const
{
    QList<std::pair<QString, QByteArray>> all;
    for (const auto &[name, bytes] :
         {std::pair {HubKeyFile::fileName(), hubKeyText}, std::pair {StationKeyList::fileName(), estaciones},
          std::pair {QStringLiteral("plantilla_eleccion.json"), plantilla},
          std::pair {QStringLiteral("registros.jsonl"), registros},
          std::pair {QStringLiteral("resultados_candidatura.csv"), candidatura},
          std::pair {QStringLiteral("LEEME.txt"), leeme}, std::pair {QStringLiteral("resultados.csv"), csv},
          std::pair {QStringLiteral("resultados.json"), json},
          std::pair {CutManifest::signatureFileName(), manifestSignature},
          std::pair {CutManifest::fileName(), manifest}})
        // registros.jsonl stays even when empty (no acta received yet): the manifest lists it.
        if (!bytes.isEmpty() || name == QLatin1String("registros.jsonl"))
            all.append({name, bytes});
    return all;
}

Result<QList<QByteArray>> Publisher::envelopesBehind(HubStore &store, const QList<HubRecord> &latest,
                                                     const QList<HubDisagreement> &disagreements)
{
    QList<HubRecord> behind = latest;
    for (const HubDisagreement &d : disagreements)
        for (const HubDisagreement::Side &side : d.sides) {
            const bool published = std::any_of(latest.cbegin(), latest.cend(), [&](const HubRecord &h) {
                return h.record.clave == d.clave && h.record.stationId == side.stationId
                    && h.record.version == side.version;
            });
            if (published)
                continue;
            // Each side's own signed figures: anyone can see that the stations do disagree.
            Result<std::optional<HubRecord>> other = store.record(side.stationId, d.clave, side.version);
            if (!other)
                return other.takeError();
            if (*other)
                behind.append(**other);
        }
    std::sort(behind.begin(), behind.end(), [](const HubRecord &a, const HubRecord &b) {
        return std::tie(a.record.clave, a.record.stationId, a.record.version)
            < std::tie(b.record.clave, b.record.stationId, b.record.version);
    });
    QList<QByteArray> envelopes;
    envelopes.reserve(behind.size());
    for (const HubRecord &h : std::as_const(behind)) {
        // Canonical envelopes hold no line break; one that does would split a line of registros.jsonl.
        if (h.envelope.isEmpty() || h.envelope.contains('\n'))
            return fail(ErrorCode::Integrity,
                        tr("The stored envelope of record %1 of station %2 (acta %3) cannot be published as one line.")
                            .arg(h.record.seq)
                            .arg(h.record.stationId, h.record.clave));
        envelopes.append(h.envelope);
    }
    return envelopes;
}

Status Publisher::seal(PublicationCut &cut, const QList<QByteArray> &envelopes,
                       const QList<PublishedStationKey> &stationKeys, const SigningKey &hubKey)
{
    cut.registros.clear();
    for (const QByteArray &envelope : envelopes)
        cut.registros += envelope + '\n';
    Result<QByteArray> keys = StationKeyList {stationKeys}.toJson();
    if (!keys)
        return keys.takeError();
    cut.estaciones = *keys;
    cut.hubKeyText = HubKeyFile::text(hubKey.publicKey());

    CutManifest manifest;
    manifest.electionId = cut.electionId;
    manifest.templateId = cut.templateId;
    manifest.cutAt = cut.cutUtc;
    manifest.simulation = cut.simulation;
    manifest.finalCut = cut.finalCut;
    manifest.archive = cut.zipName;
    manifest.hubPublicKey = hubKey.publicKey();
    cut.manifest.clear();
    cut.manifestSignature.clear();
    for (const auto &[name, bytes] : cut.files())
        manifest.addFile(name, bytes);
    Result<QByteArray> bytes = manifest.canonicalBytes();
    if (!bytes)
        return bytes.takeError();
    cut.manifest = *bytes;
    cut.manifestSignature = CutManifest::signatureFile(hubKey, cut.manifest);
    Result<QByteArray> zip = archive(cut);
    if (!zip)
        return zip.takeError();
    cut.zip = *zip;
    return {};
}

Result<QByteArray> Publisher::archive(const PublicationCut &cut)
{
    const QDateTime local = cut.cutUtc.toOffsetFromUtc(cut.utcOffsetMinutes * 60);
    const QDateTime stamp(local.date(), local.time());
    ZipWriter zip;
    for (const auto &[name, bytes] : cut.files()) {
        // Fixed names and a valid time; only a cut beyond the format's 4 GiB could fail here.
        if (Status added = zip.addFile(name, bytes, stamp); !added)
            return fail(ErrorCode::Io, tr("Cannot make the cut's archive: %1").arg(added.error()));
    }
    return zip.finish();
}

} // namespace acta
