#include "Digitization.h"

namespace acta {

const QStringList &Digitization::origenes()
{
    static const QStringList values {QStringLiteral("CASILLA"), QStringLiteral("CATD")};
    return values;
}

const QStringList &Digitization::digitalizaciones()
{
    static const QStringList values {QStringLiteral("MOVIL"), QStringLiteral("ESCANER"), QStringLiteral("URNA")};
    return values;
}

const QStringList &Digitization::tiposDocumento()
{
    static const QStringList values {QStringLiteral("Acta PREP"),
                                     QStringLiteral("Acta Consejo"),
                                     QStringLiteral("Acta Consejo S"),
                                     QStringLiteral("Copia RPPCI"),
                                     QStringLiteral("Copia PE"),
                                     QStringLiteral("Acta Prisión"),
                                     QStringLiteral("Representación de Acta")};
    return values;
}

QList<Digitization::Kind> Digitization::allKinds()
{
    return {Kind::CatdScanner, Kind::CatdPhoto, Kind::CasillaPhoto};
}

QString Digitization::kindId(Kind kind)
{
    switch (kind) {
    case Kind::CatdScanner:
        return QStringLiteral("catd-escaner");
    case Kind::CatdPhoto:
        return QStringLiteral("catd-movil");
    case Kind::CasillaPhoto:
        return QStringLiteral("casilla-movil");
    }
    return {};
}

Result<Digitization::Kind> Digitization::parseKind(QStringView id)
{
    for (Kind kind : allKinds())
        if (id == kindId(kind))
            return kind;
    QStringList ids;
    for (Kind kind : allKinds())
        ids << kindId(kind);
    return fail(
        ErrorCode::InvalidInput,
        tr("Unknown way of intake \"%1\"; expected one of: %2.").arg(id.toString(), ids.join(QLatin1String(", "))));
}

QString Digitization::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CatdScanner:
        return tr("Scanner at the CATD");
    case Kind::CatdPhoto:
        return tr("Photograph at the CATD");
    case Kind::CasillaPhoto:
        return tr("Photograph from the casilla");
    }
    return {};
}

Digitization Digitization::of(Kind kind, const QString &tipoDocumento, bool identityTyped)
{
    Digitization d;
    d.origen = kind == Kind::CasillaPhoto ? QStringLiteral("CASILLA") : QStringLiteral("CATD");
    d.digitalizacion = kind == Kind::CatdScanner ? QStringLiteral("ESCANER") : QStringLiteral("MOVIL");
    d.tipoDocumento = tipoDocumento;
    d.identityTyped = identityTyped;
    return d;
}

QString Digitization::tipoDocumentoName(const QString &tipoDocumento)
{
    // English for people who read English; the Spanish translation is the published value.
    const int i = int(tiposDocumento().indexOf(tipoDocumento));
    switch (i) {
    case 0:
        return tr("PREP copy (Acta PREP)");
    case 1:
        return tr("Council copy (Acta Consejo)");
    case 2:
        return tr("Council copy S (Acta Consejo S)");
    case 3:
        return tr("Representatives' copy (Copia RPPCI)");
    case 4:
        return tr("PE copy (Copia PE)");
    case 5:
        return tr("Prison casilla acta (Acta Prisión)");
    case 6:
        return tr("Representation of the acta (Representación de Acta)");
    default:
        return tipoDocumento;
    }
}

Result<QString> Digitization::parseTipoDocumento(const QString &text)
{
    if (tiposDocumento().contains(text))
        return text;
    return fail(ErrorCode::InvalidInput,
                tr("Unknown document type \"%1\"; expected one of: %2.")
                    .arg(text.left(40), tiposDocumento().join(QLatin1String(", "))));
}

Status Digitization::check() const
{
    if (!origenes().contains(origen))
        return fail(ErrorCode::InvalidInput, tr("Unknown origin \"%1\" (ORIGEN).").arg(origen.left(40)));
    if (!digitalizaciones().contains(digitalizacion))
        return fail(ErrorCode::InvalidInput,
                    tr("Unknown digitization \"%1\" (DIGITALIZACION).").arg(digitalizacion.left(40)));
    if (Result<QString> tipo = parseTipoDocumento(tipoDocumento); !tipo)
        return tipo.takeError();
    return {};
}

} // namespace acta
