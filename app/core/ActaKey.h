#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace acta {

// TIPO_CASILLA: the letter in CLAVE_CASILLA.
enum class CasillaType : char {
    Basica = 'B',
    Contigua = 'C',
    Extraordinaria = 'E',
    Especial = 'S',
    PrisionPreventiva = 'V',
};

QString casillaTypeName(CasillaType type); // translated, for the UI
bool casillaTypeFromLetter(QChar letter, CasillaType *out);

// CLAVE_CASILLA = ID_ESTADO(2) SECCION(4) TIPO_CASILLA(1) ID_CASILLA(2) EXT_CONTIGUA(2),
// e.g. "010338B0100". Parsing is strict: what a clerk types twice must be exactly this.
class CasillaKey
{
    Q_DECLARE_TR_FUNCTIONS(CasillaKey)

public:
    static constexpr int Length = 11;
    static constexpr int MaxState = 32;

    static Result<CasillaKey> parse(QStringView text);
    static Result<CasillaKey> make(int state, int section, CasillaType type, int number, int extContigua);

    int state() const { return m_state; }
    int section() const { return m_section; }
    CasillaType type() const { return m_type; }
    int number() const { return m_number; }
    int extContigua() const { return m_extContigua; }

    QString toString() const;
    friend bool operator==(const CasillaKey &, const CasillaKey &) = default;

private:
    CasillaKey() = default;
    static Status validate(int state, int section, CasillaType type, int number, int extContigua);
    int m_state = 0;
    int m_section = 0;
    CasillaType m_type = CasillaType::Basica;
    int m_number = 0;
    int m_extContigua = 0;
};

// CLAVE_ACTA = CLAVE_CASILLA + TIPO_ACTA(2), e.g. "010338B010002".
class ActaKey
{
    Q_DECLARE_TR_FUNCTIONS(ActaKey)

public:
    static constexpr int Length = CasillaKey::Length + 2;

    static Result<ActaKey> parse(QStringView text);
    static Result<ActaKey> make(const CasillaKey &casilla, int actaType);

    const CasillaKey &casilla() const { return m_casilla; }
    int actaType() const { return m_actaType; }
    QString toString() const;
    friend bool operator==(const ActaKey &, const ActaKey &) = default;

private:
    ActaKey(CasillaKey casilla, int actaType)
        : m_casilla(casilla)
        , m_actaType(actaType)
    { }
    CasillaKey m_casilla;
    int m_actaType = 0;
};

} // namespace acta
