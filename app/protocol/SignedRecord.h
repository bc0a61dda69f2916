#pragma once

#include "Result.h"
#include "SigningKey.h"
#include "SyncRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace acta {

// A record with its station's detached Ed25519 signature over the record's canonical bytes,
// travelling as the envelope {"key": <fingerprint>, "record": {...}, "signature": <base64>},
// itself written in canonical form.
class SignedRecord
{
    Q_DECLARE_TR_FUNCTIONS(SignedRecord)

public:
    // Far above any real record (a few kilobytes); keeps a hostile upload from costing much.
    static constexpr qsizetype MaxEnvelopeSize = 1024 * 1024;

    static Result<SignedRecord> sign(const SyncRecord &record, const SigningKey &key);
    // Reads an envelope: canonical form, known fields, a valid record. The signature is
    // not checked here: the reader picks the public key by fingerprint, then calls verify().
    // Rules::Structure reads records a hub took under earlier, looser rules (a published cut's).
    static Result<SignedRecord> fromEnvelope(QByteArrayView bytes,
                                             SyncRecordJson::Rules rules = SyncRecordJson::Rules::Current);

    const SyncRecord &record() const { return m_record; }
    const QByteArray &signature() const { return m_signature; } // 64 raw bytes
    const QString &keyFingerprint() const { return m_fingerprint; }
    QByteArray envelope() const; // canonical bytes

    // The record's canonical bytes are computed again from the parsed record and checked
    // against the signature with this public key.
    Status verify(QByteArrayView publicKey) const;

private:
    SignedRecord(SyncRecord record, QByteArray signature, QString fingerprint);

    SyncRecord m_record;
    QByteArray m_signature;
    QString m_fingerprint;
};

} // namespace acta
