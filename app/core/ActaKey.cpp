#include "ActaKey.h"

namespace acta {

namespace {

// Only ASCII digits: QChar::isDigit() would also accept Arabic-Indic and full-width digits.
bool parseDigits(QStringView text, int *out)
{
    int value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *out = value;
    return !text.isEmpty();
}

QString pad(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

QString casillaTypeName(CasillaType type)
{
    switch (type) {
    case CasillaType::Basica:
        return QCoreApplication::translate("CasillaType", "Basic");
    case CasillaType::Contigua:
        return QCoreApplication::translate("CasillaType", "Contiguous");
    case CasillaType::Extraordinaria:
        return QCoreApplication::translate("CasillaType", "Extraordinary");
    case CasillaType::Especial:
        return QCoreApplication::translate("CasillaType", "Special");
    case CasillaType::PrisionPreventiva:
        return QCoreApplication::translate("CasillaType", "Pre-trial detention");
    }
    return {};
}

bool casillaTypeFromLetter(QChar letter, CasillaType *out)
{
    switch (letter.unicode()) {
    case u'B':
    case u'C':
    case u'E':
    case u'S':
    case u'V':
        *out = static_cast<CasillaType>(letter.toLatin1());
        return true;
    default:
        return false;
    }
}

Status CasillaKey::validate(int state, int section, CasillaType type, int number, int extContigua)
{
    if (state < 1 || state > MaxState)
        return fail(ErrorCode::InvalidInput,
                    tr("State %1 is out of range: it must be from 01 to %2.").arg(pad(state, 2)).arg(MaxState));
    if (section < 1 || section > 9999)
        return fail(ErrorCode::InvalidInput,
                    tr("Section %1 is out of range: it must be from 0001 to 9999.").arg(pad(section, 4)));
    if (number < 1 || number > 99)
        return fail(ErrorCode::InvalidInput,
                    tr("Casilla number %1 is out of range: it must be from 01 to 99.").arg(pad(number, 2)));
    // A section has exactly one basic casilla; contiguous ones are numbered C01, C02...
    if (type == CasillaType::Basica && number != 1)
        return fail(ErrorCode::InvalidInput,
                    tr("A basic casilla (B) is always number 01, not %1.").arg(pad(number, 2)));
    if (extContigua < 0 || extContigua > 99)
        return fail(ErrorCode::InvalidInput,
                    tr("Contiguous extension %1 is out of range: it must be from 00 to 99.").arg(extContigua));
    // Only extraordinary casillas have contiguous extensions (E01C01 -> ext 01).
    if (extContigua != 0 && type != CasillaType::Extraordinaria)
        return fail(ErrorCode::InvalidInput,
                    tr("Only an extraordinary casilla (E) can have a contiguous extension; this one has %1.")
                        .arg(pad(extContigua, 2)));
    return {};
}

Result<CasillaKey> CasillaKey::make(int state, int section, CasillaType type, int number, int extContigua)
{
    if (Status ok = validate(state, section, type, number, extContigua); !ok)
        return ok.takeError();
    CasillaKey key;
    key.m_state = state;
    key.m_section = section;
    key.m_type = type;
    key.m_number = number;
    key.m_extContigua = extContigua;
    return key;
}

Result<CasillaKey> CasillaKey::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The casilla key is empty."));
    if (text.size() != Length)
        return fail(ErrorCode::InvalidInput,
                    tr("The casilla key \"%1\" has %n character(s); it must have 11 (e.g. 010338B0100).", nullptr,
                       int(text.size()))
                        .arg(text));
    int state = 0, section = 0, number = 0, ext = 0;
    if (!parseDigits(text.mid(0, 2), &state))
        return fail(ErrorCode::InvalidInput,
                    tr("The state in \"%1\" must be two digits, not \"%2\".").arg(text, text.mid(0, 2)));
    if (!parseDigits(text.mid(2, 4), &section))
        return fail(ErrorCode::InvalidInput,
                    tr("The section in \"%1\" must be four digits, not \"%2\".").arg(text, text.mid(2, 4)));
    CasillaType type;
    const QChar letter = text.at(6).toUpper();
    if (!casillaTypeFromLetter(letter, &type))
        return fail(ErrorCode::InvalidInput,
                    tr("The casilla type in \"%1\" must be B, C, E, S or V, not \"%2\".").arg(text, text.mid(6, 1)));
    if (!parseDigits(text.mid(7, 2), &number))
        return fail(ErrorCode::InvalidInput,
                    tr("The casilla number in \"%1\" must be two digits, not \"%2\".").arg(text, text.mid(7, 2)));
    if (!parseDigits(text.mid(9, 2), &ext))
        return fail(ErrorCode::InvalidInput,
                    tr("The contiguous extension in \"%1\" must be two digits, not \"%2\".").arg(text, text.mid(9, 2)));
    return make(state, section, type, number, ext);
}

QString CasillaKey::toString() const
{
    return pad(m_state, 2) + pad(m_section, 4) + QChar(QLatin1Char(char(m_type))) + pad(m_number, 2)
        + pad(m_extContigua, 2);
}

Result<ActaKey> ActaKey::make(const CasillaKey &casilla, int actaType)
{
    if (actaType < 1 || actaType > 99)
        return fail(ErrorCode::InvalidInput,
                    tr("Acta type %1 is out of range: it must be from 01 to 99.").arg(pad(actaType, 2)));
    return ActaKey(casilla, actaType);
}

Result<ActaKey> ActaKey::parse(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The acta key is empty."));
    if (text.size() != Length)
        return fail(ErrorCode::InvalidInput,
                    tr("The acta key \"%1\" has %n character(s); it must have 13 (e.g. 010338B010002).", nullptr,
                       int(text.size()))
                        .arg(text));
    Result<CasillaKey> casilla = CasillaKey::parse(text.first(CasillaKey::Length));
    if (!casilla)
        return casilla.takeError();
    int actaType = 0;
    if (!parseDigits(text.sliced(CasillaKey::Length), &actaType))
        return fail(
            ErrorCode::InvalidInput,
            tr("The acta type in \"%1\" must be two digits, not \"%2\".").arg(text, text.sliced(CasillaKey::Length)));
    return make(*casilla, actaType);
}

QString ActaKey::toString() const
{
    return m_casilla.toString() + pad(m_actaType, 2);
}

} // namespace acta
