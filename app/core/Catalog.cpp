#include "Catalog.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace acta {

namespace {

enum Column {
    ColClave,
    ColIdEstado,
    ColEstado,
    ColIdDistrito,
    ColDistrito,
    ColSeccion,
    ColTipo,
    ColDomicilio,
    ColUbicacion,
    ColMecanismos,
    ColListaNominal,
    ColRepresentantes,
    ColBoletas,
    ColumnCount
};

// One RFC 4180 record starting at *pos; advances *pos past its line end.
// Returns false on an unterminated quote. Quoted fields may span lines.
bool readRecord(const QString &text, qsizetype *pos, QStringList *fields, int *linesConsumed)
{
    fields->clear();
    *linesConsumed = 1;
    QString field;
    bool quoted = false;
    qsizetype i = *pos;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    i += 2;
                    continue;
                }
                quoted = false;
            } else {
                if (c == u'\n')
                    ++*linesConsumed;
                field += c;
            }
            ++i;
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            fields->append(field);
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            ++i;
            break;
        } else {
            field += c;
        }
        ++i;
    }
    fields->append(field);
    *pos = i;
    return !quoted;
}

} // namespace

int CasillaInfo::voteCeiling() const
{
    if (key.type() == CasillaType::Especial)
        return approvedBallots.value_or(0) + representantes;
    return listaNominal + representantes;
}

const QStringList &Catalog::columns()
{
    static const QStringList cols = {
        QStringLiteral("CLAVE_CASILLA"),       QStringLiteral("ID_ESTADO"),     QStringLiteral("ESTADO"),
        QStringLiteral("ID_DISTRITO"),         QStringLiteral("DISTRITO"),      QStringLiteral("SECCION"),
        QStringLiteral("TIPO_CASILLA"),        QStringLiteral("DOMICILIO"),     QStringLiteral("UBICACION_CASILLA"),
        QStringLiteral("MECANISMOS_TRASLADO"), QStringLiteral("LISTA_NOMINAL"), QStringLiteral("REPRESENTANTES_PP_CI"),
        QStringLiteral("BOLETAS_APROBADAS"),
    };
    return cols;
}

Result<Catalog> Catalog::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read the catalog file %1: %2").arg(path, file.errorString()));
    return fromCsv(file.readAll(), QFileInfo(path).fileName());
}

Result<Catalog> Catalog::fromCsv(const QByteArray &csv, const QString &sourceName)
{
    const QString where = sourceName.isEmpty() ? tr("catalog") : sourceName;
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar::ReplacementCharacter))
        return fail(ErrorCode::InvalidInput, tr("%1 is not valid UTF-8 text.").arg(where));

    qsizetype pos = 0;
    int line = 1;
    QStringList fields;
    int consumed = 0;
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidInput,
                    tr("%1 is empty: it needs a header row and at least one casilla.").arg(where));
    if (!readRecord(text, &pos, &fields, &consumed))
        return fail(ErrorCode::InvalidInput, tr("%1, line %2: a quoted value is never closed.").arg(where).arg(line));
    for (QString &f : fields)
        f = f.trimmed();
    if (fields != columns())
        return fail(ErrorCode::InvalidInput,
                    tr("%1, line 1: the header must be exactly \"%2\", found \"%3\".")
                        .arg(where, columns().join(QLatin1Char(',')), fields.join(QLatin1Char(','))));
    line += consumed;

    Catalog catalog;
    while (pos < text.size()) {
        const int recordLine = line;
        if (!readRecord(text, &pos, &fields, &consumed))
            return fail(ErrorCode::InvalidInput,
                        tr("%1, line %2: a quoted value is never closed.").arg(where).arg(recordLine));
        line += consumed;
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // blank line
        if (fields.size() != ColumnCount)
            return fail(ErrorCode::InvalidInput,
                        tr("%1, line %2: expected %3 columns, found %4.")
                            .arg(where)
                            .arg(recordLine)
                            .arg(int(ColumnCount))
                            .arg(fields.size()));
        for (QString &f : fields)
            f = f.trimmed();

        auto columnError = [&](int col, const QString &why) {
            return fail(ErrorCode::InvalidInput,
                        tr("%1, line %2, column %3: %4").arg(where).arg(recordLine).arg(columns().at(col), why));
        };
        auto number = [&](int col, int min, int max, int *out) -> Status {
            bool ok = false;
            const int v = fields.at(col).toInt(&ok);
            if (!ok || fields.at(col).startsWith(u'+'))
                return columnError(col, tr("\"%1\" is not a whole number.").arg(fields.at(col)));
            if (v < min || v > max)
                return columnError(col, tr("%1 is out of range (%2 to %3).").arg(v).arg(min).arg(max));
            *out = v;
            return {};
        };

        Result<CasillaKey> key = CasillaKey::parse(fields.at(ColClave));
        if (!key)
            return columnError(ColClave, key.error());
        int state = 0, district = 0, section = 0, reps = 0, lista = 0, ubicacion = 0;
        if (Status s = number(ColIdEstado, 1, CasillaKey::MaxState, &state); !s)
            return s.takeError();
        if (Status s = number(ColIdDistrito, 1, 999, &district); !s)
            return s.takeError();
        if (Status s = number(ColSeccion, 1, 9999, &section); !s)
            return s.takeError();
        if (Status s = number(ColListaNominal, 0, 100000, &lista); !s)
            return s.takeError();
        if (Status s = number(ColUbicacion, 1, 2, &ubicacion); !s)
            return s.takeError();
        const QString &mecanismos = fields.at(ColMecanismos);
        if (!mecanismos.isEmpty() && mecanismos != QLatin1String("D") && mecanismos != QLatin1String("F")
            && mecanismos != QLatin1String("I"))
            return columnError(ColMecanismos,
                               tr("\"%1\" is not a transfer mechanism: D, F, I, or empty for none.").arg(mecanismos));
        if (Status s = number(ColRepresentantes, 0, 1000, &reps); !s)
            return s.takeError();
        if (state != key->state())
            return columnError(
                ColIdEstado,
                tr("%1 does not match the state in the key %2.").arg(fields.at(ColIdEstado), key->toString()));
        if (section != key->section())
            return columnError(
                ColSeccion,
                tr("%1 does not match the section in the key %2.").arg(fields.at(ColSeccion), key->toString()));
        if (fields.at(ColTipo).size() != 1 || fields.at(ColTipo).at(0) != QLatin1Char(char(key->type())))
            return columnError(
                ColTipo,
                tr("\"%1\" does not match the casilla type in the key %2.").arg(fields.at(ColTipo), key->toString()));
        const QString &boletas = fields.at(ColBoletas);
        std::optional<int> approvedBallots;
        if (key->type() == CasillaType::Especial) {
            int approved = 0;
            if (boletas.isEmpty())
                return columnError(ColBoletas, tr("a special casilla (S) needs its number of approved ballots."));
            if (Status s = number(ColBoletas, 1, 100000, &approved); !s)
                return s.takeError();
            approvedBallots = approved;
        } else if (!boletas.isEmpty()) {
            return columnError(ColBoletas, tr("only special casillas (S) have approved ballots; leave it empty."));
        }
        if (catalog.m_index.contains(key->toString()))
            return columnError(ColClave,
                               tr("the casilla %1 is listed twice (first on line %2).")
                                   .arg(key->toString())
                                   .arg(catalog.m_lines.value(key->toString())));
        CasillaInfo info {*key,
                          fields.at(ColEstado),
                          district,
                          fields.at(ColDistrito),
                          fields.at(ColDomicilio),
                          lista,
                          reps,
                          approvedBallots,
                          ubicacion,
                          mecanismos};
        catalog.m_index.insert(key->toString(), catalog.m_casillas.size());
        catalog.m_lines.insert(key->toString(), recordLine);
        catalog.m_casillas.append(info);
    }
    if (catalog.m_casillas.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("%1 has a header but no casillas.").arg(where));
    catalog.m_lines.clear(); // only needed to name the first line of a duplicate
    return catalog;
}

const CasillaInfo *Catalog::find(const QString &clave) const
{
    const auto it = m_index.constFind(clave);
    return it == m_index.cend() ? nullptr : &m_casillas.at(*it);
}

QList<int> Catalog::districts() const
{
    QList<int> out;
    for (const CasillaInfo &c : m_casillas)
        if (!out.contains(c.district))
            out.append(c.district);
    std::sort(out.begin(), out.end());
    return out;
}

qsizetype Catalog::countInDistrict(int district) const
{
    return std::count_if(m_casillas.cbegin(), m_casillas.cend(),
                         [district](const CasillaInfo &c) { return c.district == district; });
}

} // namespace acta
