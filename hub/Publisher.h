#pragma once

#include "Catalog.h"
#include "ElectionTemplate.h"
#include "HubStore.h"
#include "PrepRules.h"
#include "Result.h"
#include "SigningKey.h"
#include "StationKeyList.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace acta {

// One results cut in the PREP publication format (shared/docs/domain.md, "Publication format";
// hub/README.md spells out every counter): pipe-separated CSV with a header block, one row per
// acta (its latest version), and the same data as JSON.
struct PublicationCut
{
    QByteArray csv; // resultados.csv
    QByteArray json; // resultados.json
    QByteArray candidatura; // resultados_candidatura.csv
    QByteArray leeme; // LEEME.txt
    QByteArray plantilla; // plantilla_eleccion.json: the election template the rows follow
    // What lets anyone check the cut (docs/verify.md), added by seal(): the stations' signed records
    // behind the rows (registros.jsonl), their keys (estaciones.json), the hub's public key, and the
    // manifest of every file with the hub's signature.
    QByteArray registros;
    QByteArray estaciones;
    QByteArray hubKeyText; // llave_publica_concentrador.txt
    QByteArray manifest; // manifiesto.json
    QByteArray manifestSignature; // manifiesto.sig
    QByteArray zip; // every file of the cut, the manifest's pair included, in one archive (seal())
    QString zipName; // e.g. DIP_FED_20270606_1800.zip: the election and the cut's local time
    QString electionId; // the template's election id
    QString templateId;
    QDateTime cutUtc;
    int utcOffsetMinutes = 0; // of the published times
    bool simulation = false;
    bool finalCut = false;
    qint64 actas = 0; // registered
    qint64 esperadas = 0;

    // The files of the cut and their bytes, in the order publish() writes them: the manifest's pair
    // last (files() without the archive; empty entries are left out).
    QList<std::pair<QString, QByteArray>> files() const;
};

// Versions of the publication layout. Only INE's 2021 dictionary is produced; 2024 renamed a
// few items (ACTAS_FUERA_CATALOGO, CODIGO_INTEGRIDAD, …) and would be a second value here.
enum class PublicationFormat { Prep2021 };

class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    Publisher(const ElectionTemplate &election, const Catalog &catalog);

    static const QStringList &counterColumns();
    QStringList actaColumns() const; // with one column per vote field of the template

    // The cut at cutUtc, its timestamps shown at utcOffsetMinutes. Records of other templates
    // are ignored. An acta whose stations disagree is published without figures, not counted,
    // "EN CONFLICTO ENTRE ESTACIONES" in OBSERVACIONES, and each side's image in the JSON.
    PublicationCut make(const QList<HubRecord> &latest, const QList<HubDisagreement> &disagreements,
                        const QDateTime &cutUtc, int utcOffsetMinutes, bool simulation) const;
    // Adds what lets anyone check the cut (docs/verify.md): the stations' envelopes behind its rows
    // (registros.jsonl, one per line, in the order given), every station key, the hub's public key,
    // then the manifest of every file signed with hubKey, and the archive of them all
    // (PublicationSeal.cpp).
    static Status seal(PublicationCut &cut, const QList<QByteArray> &envelopes,
                       const QList<PublishedStationKey> &stationKeys, const SigningKey &hubKey);
    // The envelopes behind a cut's rows: each row's record and, for an acta in dispute, the latest
    // record of every station on each side; by CLAVE_ACTA, station and version.
    static Result<QList<QByteArray>> envelopesBehind(HubStore &store, const QList<HubRecord> &latest,
                                                     const QList<HubDisagreement> &disagreements);
    // One archive of the cut's files (files()), entries dated with the cut's local time.
    static Result<QByteArray> archive(const PublicationCut &cut);

    // Reads the store, seals the cut with the hub's key and writes its files into dir, each
    // atomically, in an order that never shows a manifest the files do not match: the archives
    // (each holding its manifest), then the loose manifest taken away, the loose files, and the
    // manifest back last. A drill cut and a real one never go into one folder: the folder's MODO file
    // says which it holds (written at its first cut), and a cut of the other mode is refused, as is
    // one whose mode is not the store's (a store that has recorded its mode).
    Result<PublicationCut> publish(HubStore &store, const SigningKey &hubKey, const QString &dir,
                                   const QDateTime &cutUtc, int utcOffsetMinutes, bool simulation) const;
    // The name of that file, and what it holds: "produccion" or "simulacro" and a line feed.
    static QString modeFileName() { return QStringLiteral("MODO"); }
    static QByteArray modeFileText(bool simulation);
    // Creates the folder if need be, checks its mode against the cut's and, the first time, writes
    // its MODO file (PublicationFolder.cpp). publish() does it before every cut; init and serve do
    // it at once, so that no hub of the other mode takes the folder before their first cut.
    static Status claimFolder(const QString &dir, bool simulation);

    static QStringList formatNames(); // "prep2021"
    static Result<PublicationFormat> formatNamed(const QString &name);
    static QString formatName(PublicationFormat format);
    void setFormat(PublicationFormat format) { m_format = format; }

    // The last cut of the count: participation then takes the special casillas' votes in
    // (TOTAL_VOTOS_C_CS); before it, TOTAL_VOTOS_S_CS.
    void setFinalCut(bool finalCut) { m_finalCut = finalCut; }

    // 4 decimals, truncated (not rounded): 2/3 -> "66.6666". 0 when there is no denominator.
    static QString truncatedPercent(qint64 numerator, qint64 denominator);

    // The CSV's cells with any that a spreadsheet would read as a formula (=, +, @, - followed
    // by more, a leading tab or CR) made text by a leading apostrophe.
    static QStringList spreadsheetSafe(QStringList row);

private:
    static QString observaciones(const Classification &cls, bool inDispute);

    const ElectionTemplate &m_election;
    const Catalog &m_catalog;
    bool m_finalCut = false;
    PublicationFormat m_format = PublicationFormat::Prep2021;
};

} // namespace acta
