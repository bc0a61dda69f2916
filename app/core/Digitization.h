#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace acta {

// How one page of an acta came into the station, in the words of the PREP publication (INE's
// 2021 data dictionary): ORIGEN (where it was digitized), DIGITALIZACION (how) and
// TIPO_DOCUMENTO (which copy of the acta), and whether a person typed its CLAVE_ACTA because
// neither QR nor header could be read (published as "Identificación por proceso técnico
// operativo"). Kept with each stored image; the values are the published spellings.
struct Digitization
{
    QString origen = QStringLiteral("CATD"); // "CATD" or "CASILLA"
    QString digitalizacion = QStringLiteral("ESCANER"); // "ESCANER", "MOVIL" or "URNA"
    QString tipoDocumento = QStringLiteral("Acta PREP"); // one of tiposDocumento()
    bool identityTyped = false;

    friend bool operator==(const Digitization &, const Digitization &) = default;

    // The published values, in the dictionary's order.
    static const QStringList &origenes();
    static const QStringList &digitalizaciones();
    static const QStringList &tiposDocumento();
    static QString defaultTipoDocumento() { return QStringLiteral("Acta PREP"); }

    // What a clerk chooses at intake: the three ways pages reach a capture center.
    enum class Kind {
        CatdScanner, // CATD / ESCANER: scanned at the capture center (the default)
        CatdPhoto, // CATD / MOVIL: photographed at the capture center
        CasillaPhoto, // CASILLA / MOVIL: photographed at the polling station and sent
    };
    static QList<Kind> allKinds();
    static QString kindId(Kind kind); // the command line's spelling: "catd-escaner"...
    static Result<Kind> parseKind(QStringView id);
    static QString kindName(Kind kind); // translated, for the intake view
    static Digitization of(Kind kind, const QString &tipoDocumento = defaultTipoDocumento(),
                           bool identityTyped = false);

    // The translated name of a published TIPO_DOCUMENTO, for people; the value itself is what is
    // stored and sent.
    static QString tipoDocumentoName(const QString &tipoDocumento);
    // Exactly one of tiposDocumento(); the error lists them.
    static Result<QString> parseTipoDocumento(const QString &text);

    // Ok when every value is a published one.
    Status check() const;

    Q_DECLARE_TR_FUNCTIONS(Digitization) // last: the macro ends in "private:"
};

} // namespace acta
