#pragma once

#include "ActaKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace acta {

// One approved casilla, as the electoral authority's catalog lists it.
struct CasillaInfo
{
    CasillaKey key;
    QString stateName; // ESTADO
    int district = 0; // ID_DISTRITO
    QString districtName; // DISTRITO
    QString location; // DOMICILIO: where the casilla is (shown to clerks and on forms)
    int listaNominal = 0; // LISTA_NOMINAL
    int representantes = 0; // REPRESENTANTES_PP_CI
    std::optional<int> approvedBallots; // only for special (S) casillas
    int ubicacion = 1; // UBICACION_CASILLA: 1 Urbana, 2 No Urbana
    QString mecanismosTraslado; // MECANISMOS_TRASLADO: "D", "F", "I", or empty when none

    // The most votes the casilla can hold before "Excede lista nominal".
    int voteCeiling() const;
};

// The catalog of approved casillas, loaded from CSV. Format (UTF-8, comma separated,
// RFC 4180 quoting, one header row with exactly these columns):
//   CLAVE_CASILLA,ID_ESTADO,ESTADO,ID_DISTRITO,DISTRITO,SECCION,TIPO_CASILLA,DOMICILIO,
//   UBICACION_CASILLA,MECANISMOS_TRASLADO,LISTA_NOMINAL,REPRESENTANTES_PP_CI,BOLETAS_APROBADAS
// DOMICILIO is the address; UBICACION_CASILLA the kind of place as PREP publishes it (1 Urbana,
// 2 No Urbana); MECANISMOS_TRASLADO how the package travels (D a transfer support device, F or I a
// fixed or itinerant reception and transfer center, empty when none). BOLETAS_APROBADAS is
// required for S casillas and empty for all others.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static const QStringList &columns();

    // Errors name the line (1 = header) and, where it applies, the column.
    static Result<Catalog> fromCsv(const QByteArray &csv, const QString &sourceName = QString());
    static Result<Catalog> fromFile(const QString &path);

    const CasillaInfo *find(const QString &clave) const; // O(1); nullptr when not approved
    const CasillaInfo *find(const CasillaKey &key) const { return find(key.toString()); }
    bool contains(const QString &clave) const { return m_index.contains(clave); }

    qsizetype size() const { return m_casillas.size(); }
    const QList<CasillaInfo> &casillas() const { return m_casillas; } // file order
    QList<int> districts() const; // sorted, distinct
    qsizetype countInDistrict(int district) const;

private:
    QList<CasillaInfo> m_casillas;
    QHash<QString, qsizetype> m_index;
    QHash<QString, int> m_lines; // while loading: key -> CSV line
};

} // namespace acta
