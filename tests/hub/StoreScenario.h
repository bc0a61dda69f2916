#pragma once

#include "HubStore.h"
#include "HubTestSupport.h"

#include <QTest>

#include <functional>

namespace acta::test {

// The store's contract, run against SQLite (tst_hubstore) and PostgreSQL (tst_hubpostgres).
inline void storeScenario(HubStore &store)
{
    const SigningKey hub = SigningKey::fromSeed(seed(1)).value();
    const SigningKey a = SigningKey::fromSeed(seed(2)).value();
    const SigningKey b = SigningKey::fromSeed(seed(3)).value();
    const QDateTime t0 = fromStoredUtc(QStringLiteral("2027-06-06T03:00:00.000Z"));
    const QString clave = QStringLiteral("210101B010002");

    QVERIFY_OK(store.enroll(enrollmentFor(QStringLiteral("EST-A"), a), t0));
    QVERIFY_OK(store.enroll(enrollmentFor(QStringLiteral("EST-A"), a), t0)); // same key again: harmless
    QCOMPARE(store.enroll(enrollmentFor(QStringLiteral("EST-A"), b), t0).code(),
             ErrorCode::AlreadyExists); // another key: refused while the first is in service
    QVERIFY_OK(store.enroll(enrollmentFor(QStringLiteral("EST-B"), b), t0));
    Result<std::optional<HubStation>> st = store.station(QStringLiteral("EST-A"));
    QVERIFY_OK(st);
    QVERIFY(st->has_value());
    QCOMPARE((*st)->publicKey, a.publicKey());
    QCOMPARE((*st)->fingerprint, a.fingerprint());
    QVERIFY(!store.station(QStringLiteral("EST-Z"))->has_value());

    const SignedRecord first = signRecord(sampleRecord(QStringLiteral("EST-A"), 1, clave, 1, 100), a);
    Result<StoreOutcome> stored = store.storeRecord(first, hub, t0);
    QVERIFY_OK(stored);
    QCOMPARE(stored->kind, StoreOutcome::Kind::Stored);
    QVERIFY(!stored->conflict);
    Result<SignedReceipt> receipt = SignedReceipt::fromJson(stored->receipt);
    QVERIFY_OK(receipt);
    QVERIFY_OK(receipt->verify(hub.publicKey()));
    QCOMPARE(receipt->receipt().stationId, QStringLiteral("EST-A"));
    QCOMPARE(receipt->receipt().seq, 1);
    QCOMPARE(receipt->receipt().recordSha256, sha256Hex(*SyncRecordJson::canonicalBytes(first.record())));
    QCOMPARE(receipt->receipt().receivedAt, t0);

    // The same record later: the very same receipt (same reception time), nothing new stored.
    Result<StoreOutcome> again = store.storeRecord(first, hub, t0.addSecs(60));
    QVERIFY_OK(again);
    QCOMPARE(again->kind, StoreOutcome::Kind::Duplicate);
    QCOMPARE(again->receipt, stored->receipt);

    // Sequence 1 again with other figures, and version 1 again under a new sequence: refused.
    Result<StoreOutcome> replay
        = store.storeRecord(signRecord(sampleRecord(QStringLiteral("EST-A"), 1, clave, 2, 101), a), hub, t0);
    QVERIFY_OK(replay);
    QCOMPARE(replay->kind, StoreOutcome::Kind::SequenceTaken);
    Result<StoreOutcome> version
        = store.storeRecord(signRecord(sampleRecord(QStringLiteral("EST-A"), 2, clave, 1, 101), a), hub, t0);
    QVERIFY_OK(version);
    QCOMPARE(version->kind, StoreOutcome::Kind::VersionTaken);
    // The same figures but another COTEJADA (or origin): not the same record, so not restated.
    SyncRecord reviewed = sampleRecord(QStringLiteral("EST-A"), 3, clave, 1, 100);
    reviewed.cotejada = 3;
    Result<StoreOutcome> provenance = store.storeRecord(signRecord(reviewed, a), hub, t0);
    QVERIFY_OK(provenance);
    QCOMPARE(provenance->kind, StoreOutcome::Kind::VersionTaken);
    QCOMPARE(*store.count(QStringLiteral("records")), 1);

    // A restored station sends version 1 again, identical, under a far higher number: the stored
    // record stands and the new number gets its own receipt (again and again the same one).
    const qint64 restoredSeq = 1796000000000 + 1;
    const SignedRecord resent = signRecord(sampleRecord(QStringLiteral("EST-A"), restoredSeq, clave, 1, 100), a);
    Result<StoreOutcome> restated = store.storeRecord(resent, hub, t0.addSecs(1));
    QVERIFY_OK(restated);
    QCOMPARE(restated->kind, StoreOutcome::Kind::Restated);
    Result<SignedReceipt> aliasReceipt = SignedReceipt::fromJson(restated->receipt);
    QVERIFY_OK(aliasReceipt);
    QVERIFY_OK(aliasReceipt->verify(hub.publicKey()));
    QCOMPARE(aliasReceipt->receipt().seq, restoredSeq);
    QCOMPARE(aliasReceipt->receipt().recordSha256, sha256Hex(*SyncRecordJson::canonicalBytes(resent.record())));
    Result<StoreOutcome> restatedAgain = store.storeRecord(resent, hub, t0.addSecs(2));
    QVERIFY_OK(restatedAgain);
    QCOMPARE(restatedAgain->kind, StoreOutcome::Kind::Duplicate);
    QCOMPARE(restatedAgain->receipt, restated->receipt);
    // That number is now taken: another record under it is refused.
    Result<StoreOutcome> clash = store.storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-A"), restoredSeq, QStringLiteral("210101C010002"), 1, 5), a), hub,
        t0);
    QVERIFY_OK(clash);
    QCOMPARE(clash->kind, StoreOutcome::Kind::SequenceTaken);
    QCOMPARE(*store.count(QStringLiteral("records")), 1);
    QCOMPARE(*store.count(QStringLiteral("record_aliases")), 1);

    // Version 2 from A: kept next to version 1.
    Result<StoreOutcome> v2
        = store.storeRecord(signRecord(sampleRecord(QStringLiteral("EST-A"), 2, clave, 2, 120), a), hub, t0.addSecs(5));
    QVERIFY_OK(v2);
    QCOMPARE(v2->kind, StoreOutcome::Kind::Stored);
    // A station cannot jump ahead of its own versions (to outrank every other station's).
    Result<StoreOutcome> jump = store.storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-B"), 5, clave, 9007199254740991, 999), b), hub, t0);
    QVERIFY_OK(jump);
    QCOMPARE(jump->kind, StoreOutcome::Kind::VersionOutOfOrder);
    QCOMPARE(jump->expectedVersion, 1);
    // B agrees with A's version 2: no conflict; then B's version 2 disagrees: conflict.
    Result<StoreOutcome> agree
        = store.storeRecord(signRecord(sampleRecord(QStringLiteral("EST-B"), 1, clave, 1, 120), b), hub, t0.addSecs(6));
    QVERIFY_OK(agree);
    QVERIFY(!agree->conflict);
    Result<StoreOutcome> disagree
        = store.storeRecord(signRecord(sampleRecord(QStringLiteral("EST-B"), 2, clave, 2, 99), b), hub, t0.addSecs(7));
    QVERIFY_OK(disagree);
    QCOMPARE(disagree->kind, StoreOutcome::Kind::Stored);
    QVERIFY(disagree->conflict);
    Result<QList<HubConflict>> conflicts = store.conflicts();
    QVERIFY_OK(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->at(0),
             (HubConflict {clave, QStringLiteral("EST-A"), 2, QStringLiteral("EST-B"), 2, t0.addSecs(7)}));

    // What holds now: A's version 2 against B's version 2.
    Result<QList<HubDisagreement>> now = store.disagreements(QStringLiteral("sample-dip-fed-2027"));
    QVERIFY_OK(now);
    QCOMPARE(now->size(), 1);
    QCOMPARE(now->at(0).clave, clave);
    QCOMPARE(now->at(0).sides.size(), 2);
    QCOMPARE(now->at(0).sides.at(0).stationId, QStringLiteral("EST-A"));
    QCOMPARE(now->at(0).sides.at(0).version, 2);
    QCOMPARE(now->at(0).sides.at(1).stationId, QStringLiteral("EST-B"));
    QCOMPARE(now->at(0).sides.at(1).seq, 2);
    QVERIFY(store.disagreements(QStringLiteral("another-template"))->isEmpty());

    Result<QList<HubRecord>> all = store.records();
    QVERIFY_OK(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->at(0).record, first.record());
    // Latest: the latest version (2) of the station that reported the acta first (A).
    Result<QList<HubRecord>> latest = store.latestRecords(QStringLiteral("sample-dip-fed-2027"));
    QVERIFY_OK(latest);
    QCOMPARE(latest->size(), 1);
    QCOMPARE(latest->at(0).record.stationId, QStringLiteral("EST-A"));
    QCOMPARE(latest->at(0).record.version, 2);
    QCOMPARE(latest->at(0).record.values.value(QStringLiteral("PLU")), FieldValue::number(120));

    // An operator decides the dispute for EST-B: its version is published, the dispute ends, and
    // the decision is in the hub's chained audit log.
    QCOMPARE(store
                 .resolveConflict(QStringLiteral("sample-dip-fed-2027"), QStringLiteral("210101C010002"),
                                  QStringLiteral("EST-A"), QStringLiteral("x"), QStringLiteral("ops"), t0)
                 .code(),
             ErrorCode::NotFound); // not in dispute
    QCOMPARE(store
                 .resolveConflict(QStringLiteral("sample-dip-fed-2027"), clave, QStringLiteral("EST-Z"),
                                  QStringLiteral("x"), QStringLiteral("ops"), t0)
                 .code(),
             ErrorCode::InvalidInput); // not a side
    QVERIFY_OK(store.resolveConflict(QStringLiteral("sample-dip-fed-2027"), clave, QStringLiteral("EST-B"),
                                     QStringLiteral("the sheet says 99"), QStringLiteral("ops"), t0.addSecs(30)));
    QVERIFY(store.disagreements(QStringLiteral("sample-dip-fed-2027"))->isEmpty());
    Result<QList<HubRecord>> decided = store.latestRecords(QStringLiteral("sample-dip-fed-2027"));
    QVERIFY_OK(decided);
    QCOMPARE(decided->size(), 1);
    QCOMPARE(decided->at(0).record.stationId, QStringLiteral("EST-B"));
    QCOMPARE(decided->at(0).record.values.value(QStringLiteral("PLU")), FieldValue::number(99));
    // Both enrollments and the decision, each with who did it.
    QCOMPARE(*store.count(QStringLiteral("hub_audit")), 3);
    QCOMPARE(store.auditProblem().value(), QString());
    Result<QList<HubAuditEntry>> audit = store.auditEntries();
    QVERIFY_OK(audit);
    QCOMPARE(audit->at(0).action, QStringLiteral("station_enrolled"));
    QCOMPARE(audit->at(2).action, QStringLiteral("conflict_resolved"));
    QCOMPARE(audit->at(2).actor, QStringLiteral("ops"));

    // A jump in a station's numbers is flagged (records lost on the way, or a restore), not refused.
    QCOMPARE(*store.count(QStringLiteral("sequence_gaps")), 0);
    Result<StoreOutcome> jumped = store.storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-A"), 10, QStringLiteral("210101C010002"), 1, 7), a), hub, t0);
    QVERIFY_OK(jumped);
    QCOMPARE(jumped->kind, StoreOutcome::Kind::Stored);
    QCOMPARE(*store.count(QStringLiteral("sequence_gaps")), 1);
    Result<QList<SequenceGap>> gaps = store.sequenceGaps(QStringLiteral("EST-A"));
    QVERIFY_OK(gaps);
    QCOMPARE(gaps->size(), 1);
    QCOMPARE(gaps->first().nextSeq, 10);
    QVERIFY(store.sequenceGaps(QStringLiteral("EST-B"))->isEmpty());

    // A record carrying the station's audit head: kept, and echoed in the signed receipt.
    SyncRecord withHead = sampleRecord(QStringLiteral("EST-A"), 11, QStringLiteral("210101C010003"), 1, 8);
    withHead.auditHead = AuditHead {57, QString(64, QLatin1Char('d'))};
    Result<StoreOutcome> witnessed = store.storeRecord(signRecord(withHead, a), hub, t0);
    QVERIFY_OK(witnessed);
    QCOMPARE(witnessed->kind, StoreOutcome::Kind::Stored);
    QCOMPARE(SignedReceipt::fromJson(witnessed->receipt)->receipt().auditHead, withHead.auditHead);
    Result<QList<WitnessedHead>> heads = store.witnessedHeads(QStringLiteral("EST-A"));
    QVERIFY_OK(heads);
    QCOMPARE(heads->size(), 1);
    QCOMPARE(heads->first().recordSeq, 11);
    QCOMPARE(heads->first().head, *withHead.auditHead);
    QCOMPARE(heads->first().receipt, witnessed->receipt);

    // How an acta came in and how it was checked: kept in the signed bytes, read back for the
    // publication as sent.
    SyncRecord described = sampleRecord(QStringLiteral("EST-B"), 3, QStringLiteral("210101C010005"), 1, 6);
    described.origen = QStringLiteral("CASILLA");
    described.digitalizacion = QStringLiteral("MOVIL");
    described.tipoDocumento = QStringLiteral("Representación de Acta");
    described.cotejada = 3;
    described.identityTyped = true;
    Result<StoreOutcome> describedStored = store.storeRecord(signRecord(described, b), hub, t0);
    QVERIFY_OK(describedStored);
    QCOMPARE(describedStored->kind, StoreOutcome::Kind::Stored);
    Result<std::optional<HubRecord>> describedBack
        = store.record(QStringLiteral("EST-B"), QStringLiteral("210101C010005"), 1);
    QVERIFY_OK(describedBack);
    QVERIFY(describedBack->has_value());
    QCOMPARE((*describedBack)->record, described);
    QCOMPARE((*describedBack)->record.tipoDocumento, std::optional<QString>(QStringLiteral("Representación de Acta")));
    bool published = false;
    Result<QList<HubRecord>> toPublish = store.latestRecords(QStringLiteral("sample-dip-fed-2027"));
    QVERIFY_OK(toPublish);
    for (const HubRecord &h : *toPublish)
        if (h.record.clave == QStringLiteral("210101C010005")) {
            QCOMPARE(h.record, described);
            published = true;
        }
    QVERIFY(published);
    // A record without them reads back without them.
    QVERIFY(!store.record(QStringLiteral("EST-A"), clave, 1)->value().record.cotejada);

    // A key taken out of service: never taken again; the station enrolls a new one in its place.
    QCOMPARE(store.revoke(QStringLiteral("EST-A"), QStringLiteral(" "), QStringLiteral("ops"), t0).code(),
             ErrorCode::InvalidInput);
    QCOMPARE(store.revoke(QStringLiteral("EST-Z"), QStringLiteral("x"), QStringLiteral("ops"), t0).code(),
             ErrorCode::NotFound);
    QVERIFY_OK(store.revoke(QStringLiteral("EST-A"), QStringLiteral("passphrase leaked"), QStringLiteral("ops"), t0));
    QCOMPARE((*store.station(QStringLiteral("EST-A")))->revokedReason, QStringLiteral("passphrase leaked"));
    QCOMPARE(store.revoke(QStringLiteral("EST-A"), QStringLiteral("x"), QStringLiteral("ops"), t0).code(),
             ErrorCode::InvalidState);
    // The store itself refuses what the revoked key signs (bundles come in without the HTTPS checks).
    Result<StoreOutcome> afterRevoke = store.storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-A"), 12, QStringLiteral("210101C010004"), 1, 9), a), hub, t0);
    QVERIFY_OK(afterRevoke);
    QCOMPARE(afterRevoke->kind, StoreOutcome::Kind::KeyRefused);
    QVERIFY2(afterRevoke->refusal.contains(QLatin1String("revoked")), qPrintable(afterRevoke->refusal));
    QCOMPARE(store.enroll(enrollmentFor(QStringLiteral("EST-A"), a), t0).code(), ErrorCode::PermissionDenied);
    const SigningKey c = SigningKey::fromSeed(seed(4)).value();
    QCOMPARE(store.enroll(enrollmentFor(QStringLiteral("EST-A"), c), t0, QStringLiteral("ops")).value(),
             HubStore::Enrolled::Replaced);
    Result<std::optional<HubStation>> replaced = store.station(QStringLiteral("EST-A"));
    QCOMPARE((*replaced)->fingerprint, c.fingerprint());
    QVERIFY(!(*replaced)->revokedAt);
    Result<StoreOutcome> oldKey = store.storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-A"), 12, QStringLiteral("210101C010004"), 1, 9), a), hub, t0);
    QCOMPARE(oldKey->kind, StoreOutcome::Kind::KeyRefused);
    Result<StoreOutcome> newKey = store.storeRecord(
        signRecord(sampleRecord(QStringLiteral("EST-A"), 12, QStringLiteral("210101C010004"), 1, 9), c), hub, t0);
    QCOMPARE(newKey->kind, StoreOutcome::Kind::Stored);
    QCOMPARE(store.auditEntries()->size(), 5);
    QCOMPARE(store.auditEntries()->at(3).action, QStringLiteral("station_revoked"));
    QCOMPARE(store.auditEntries()->at(4).action, QStringLiteral("station_reenrolled"));
    QCOMPARE(store.auditProblem().value(), QString());

    // Images: idempotent, known by the record naming them.
    const QByteArray image = "image of " + clave.toLatin1() + " 1";
    const QString sha = sha256Hex(image);
    QCOMPARE(store.imageOwner(sha)->value_or(QString()), QStringLiteral("EST-A"));
    QVERIFY(!store.imageOwner(QString(64, QLatin1Char('0')))->has_value());
    QCOMPARE(*store.putImage(sha, image, t0), true);
    QCOMPARE(*store.putImage(sha, image, t0), false);
    QCOMPARE(*store.image(sha), image);
    QCOMPARE(*store.count(QStringLiteral("images")), 1);
}

// What a store says its mode is, for QCOMPARE.
inline QString modeText(const Result<std::optional<HubMode>> &mode)
{
    if (!mode)
        return QStringLiteral("error: ") + mode.error();
    if (!*mode)
        return QStringLiteral("none");
    return **mode == HubMode::Simulation ? QStringLiteral("simulation") : QStringLiteral("production");
}

// The store's mode (HubStoreMode.cpp), against SQLite (tst_hubstore) and PostgreSQL
// (tst_hubpostgres): open(name) opens, or opens again, the store called name; "mode_drill",
// "mode_legacy" and "mode_mixed" start empty.
inline void modeScenario(const std::function<Result<std::unique_ptr<HubStore>>(const QString &)> &open)
{
    const SigningKey hub = SigningKey::fromSeed(seed(1)).value();
    const SigningKey a = SigningKey::fromSeed(seed(2)).value();
    const QDateTime t0 = fromStoredUtc(QStringLiteral("2027-05-16T15:00:00.000Z"));
    const auto record = [&](qint64 seq, bool simulated) {
        return signRecord(sampleRecord(QStringLiteral("EST-A"), seq,
                                       QStringLiteral("21%1B010002").arg(seq, 4, 10, QLatin1Char('0')), 1, 100,
                                       simulated),
                          a);
    };
    {
        Result<std::unique_ptr<HubStore>> store = open(QStringLiteral("mode_drill"));
        QVERIFY_OK(store);
        HubStore &s = **store;
        QCOMPARE(modeText(s.mode()), QStringLiteral("none"));
        // Only creation takes the mode from the command; without it nothing is recorded.
        QCOMPARE(modeText(s.settleMode(std::nullopt, QStringLiteral("ops"), t0)), QStringLiteral("none"));
        QCOMPARE(*s.count(QStringLiteral("hub_mode")), 0);
        QCOMPARE(modeText(s.settleMode(HubMode::Simulation, QStringLiteral("ops"), t0)), QStringLiteral("simulation"));
        // Fixed: asking for the other mode later changes nothing and writes nothing.
        QCOMPARE(modeText(s.settleMode(HubMode::Production, QStringLiteral("ops"), t0)), QStringLiteral("simulation"));
        Result<QList<HubAuditEntry>> audit = s.auditEntries();
        QVERIFY_OK(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("hub_created"));
        QCOMPARE(audit->first().actor, QStringLiteral("ops"));
        QCOMPARE(audit->first().details, QStringLiteral("{\"mode\":\"simulation\"}"));
        QVERIFY_OK(s.enroll(enrollmentFor(QStringLiteral("EST-A"), a), t0));
        // The store itself refuses the other mode's records, whichever way they come in.
        Result<StoreOutcome> real = s.storeRecord(record(1, false), hub, t0);
        QVERIFY_OK(real);
        QCOMPARE(int(real->kind), int(StoreOutcome::Kind::ModeRefused));
        QVERIFY2(real->refusal.contains(QLatin1String("production record")), qPrintable(real->refusal));
        Result<StoreOutcome> drill = s.storeRecord(record(2, true), hub, t0);
        QVERIFY_OK(drill);
        QCOMPARE(int(drill->kind), int(StoreOutcome::Kind::Stored));
    }
    {
        // Opened again (another process, a restart): the store remembers.
        Result<std::unique_ptr<HubStore>> store = open(QStringLiteral("mode_drill"));
        QVERIFY_OK(store);
        QCOMPARE(modeText((*store)->mode()), QStringLiteral("simulation"));
        QCOMPARE(modeText((*store)->settleMode(HubMode::Production, QStringLiteral("ops"), t0)),
                 QStringLiteral("simulation"));
        Result<StoreOutcome> real = (*store)->storeRecord(record(3, false), hub, t0);
        QVERIFY_OK(real);
        QCOMPARE(int(real->kind), int(StoreOutcome::Kind::ModeRefused));
        QCOMPARE(*(*store)->count(QStringLiteral("records")), 1);
        QCOMPARE((*store)->auditEntries()->size(), 2); // created, enrolled
        QCOMPARE((*store)->auditProblem().value(), QString());
    }
    {
        // A store made before modes were recorded: its records say what it has been, whatever the
        // command says, and from then on that is its mode.
        Result<std::unique_ptr<HubStore>> store = open(QStringLiteral("mode_legacy"));
        QVERIFY_OK(store);
        HubStore &s = **store;
        QVERIFY_OK(s.enroll(enrollmentFor(QStringLiteral("EST-A"), a), t0));
        QCOMPARE(int(s.storeRecord(record(1, false), hub, t0)->kind), int(StoreOutcome::Kind::Stored));
        QCOMPARE(int(s.storeRecord(record(2, false), hub, t0)->kind), int(StoreOutcome::Kind::Stored));
        QCOMPARE(modeText(s.settleMode(HubMode::Simulation, QStringLiteral("ops"), t0)), QStringLiteral("production"));
        QCOMPARE(s.auditEntries()->last().action, QStringLiteral("hub_mode_inferred"));
        QCOMPARE(s.auditEntries()->last().details, QStringLiteral("{\"mode\":\"production\",\"records\":2}"));
        QCOMPARE(int(s.storeRecord(record(3, true), hub, t0)->kind), int(StoreOutcome::Kind::ModeRefused));
        QCOMPARE(s.auditProblem().value(), QString());
    }
    {
        // Both kinds in a store from before: nobody can tell which results are real; nothing is recorded.
        Result<std::unique_ptr<HubStore>> store = open(QStringLiteral("mode_mixed"));
        QVERIFY_OK(store);
        HubStore &s = **store;
        QVERIFY_OK(s.enroll(enrollmentFor(QStringLiteral("EST-A"), a), t0));
        QCOMPARE(int(s.storeRecord(record(1, false), hub, t0)->kind), int(StoreOutcome::Kind::Stored));
        QCOMPARE(int(s.storeRecord(record(2, true), hub, t0)->kind), int(StoreOutcome::Kind::Stored));
        QCOMPARE(int(s.storeRecord(record(3, true), hub, t0)->kind), int(StoreOutcome::Kind::Stored));
        Result<std::optional<HubMode>> mixed = s.settleMode(HubMode::Production, QStringLiteral("ops"), t0);
        QVERIFY_FAILS_WITH(mixed, ErrorCode::InvalidState);
        QVERIFY_MESSAGE_NAMES(mixed, s.displayName());
        QVERIFY_MESSAGE_NAMES(mixed, QStringLiteral("production records (1)"));
        QVERIFY_MESSAGE_NAMES(mixed, QStringLiteral("drill records (2)"));
        QCOMPARE(modeText(s.mode()), QStringLiteral("none"));
        QCOMPARE(*s.count(QStringLiteral("hub_mode")), 0);
    }
}

} // namespace acta::test
