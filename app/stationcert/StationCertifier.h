#pragma once

#include "Catalog.h"
#include "Certificate.h"
#include "CertificatePdf.h"
#include "Clock.h"
#include "ElectionTemplate.h"
#include "Result.h"
#include "UserRepository.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace acta {

class Station;

// The station's certificates of the start and close of operations (docs/certification.md),
// for the CLI (`actacapture certify start|close`) and the administrator's screen.
//
// Start: the installed files must equal the reference, and the store must be blank: no acta,
// entry, image, reading, outbox record, receipt, refusal or drill, and an audit log of set-up
// events only (SetupActions). Otherwise it refuses, naming what is there.
// Close: issued whatever it finds (that is what it certifies): the fingerprint and whether it
// still equals the reference, actas by state and by OBSERVACIONES, the outbox, the last receipt
// of each hub with the audit head it witnessed, and the audit head and chain check.
// Either writes <dir>/certificado-<kind>-<station>-<time>.{json,pdf} and audits
// "certificate_issued" with the JSON's SHA-256, in one transaction (the files are removed if
// it does not commit). Administrators only (Permission::CertifyStation).
class StationCertifier
{
    Q_DECLARE_TR_FUNCTIONS(StationCertifier)

public:
    struct Request
    {
        Certificate::Kind kind = Certificate::Kind::Start;
        QString installRoot; // the tree fingerprinted
        QString referenceFile; // the reference made before; required for start
        QString outputDir;
    };

    StationCertifier(Station &station, const Catalog &catalog, const ElectionTemplate &election, const Clock &clock);

    // The audit actions a blank store may hold.
    static const QStringList &setupActions();
    // What keeps the store from being blank, one translated line each; empty when it is blank.
    Result<QStringList> notBlank();

    Result<CertificateFiles> certify(const User &actor, const Request &request);

private:
    Result<Certificate> build(const User &actor, const Request &request);
    Status addStoreFacts(Certificate &certificate);
    Status addCloseFacts(Certificate &certificate);
    Status addHubFacts(Certificate &certificate);

    Station &m_station;
    const Catalog &m_catalog;
    const ElectionTemplate &m_election;
    const Clock &m_clock;
};

} // namespace acta
