#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace acta {

// The value of one field as captured from the sheet: a whole number, ILEGIBLE or SIN DATO.
class FieldValue
{
    Q_DECLARE_TR_FUNCTIONS(FieldValue)

public:
    enum class Kind { Number, Ilegible, SinDato };

    FieldValue() = default; // SIN DATO
    static FieldValue number(qint64 n); // n >= 0
    static FieldValue ilegible() { return FieldValue(Kind::Ilegible, 0); }
    static FieldValue sinDato() { return FieldValue(Kind::SinDato, 0); }

    // Parses what storage and exports write: digits, "ILEGIBLE", "SIN_DATO"
    // (publication spellings "Ilegible" and "Sin dato" are accepted too).
    static Result<FieldValue> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isNumber() const { return m_kind == Kind::Number; }
    qint64 number() const { return m_number; }
    // What the value adds to TOTAL_VOTOS_CALCULADO: ILEGIBLE and SIN DATO count as 0.
    qint64 countedValue() const { return m_kind == Kind::Number ? m_number : 0; }

    QString toStorageString() const; // "123", "ILEGIBLE", "SIN_DATO"
    QString toPublicationString() const; // "123", "Ilegible", "Sin dato"
    QString toDisplayString() const; // translated

    friend bool operator==(const FieldValue &, const FieldValue &) = default;

private:
    FieldValue(Kind kind, qint64 n)
        : m_kind(kind)
        , m_number(n)
    { }
    Kind m_kind = Kind::SinDato;
    qint64 m_number = 0;
};

// The captured figures of one acta, by template field id.
class Tally
{
    Q_DECLARE_TR_FUNCTIONS(Tally)

public:
    void set(const QString &fieldId, FieldValue value) { m_values.insert(fieldId, value); }
    // A field never captured reads as SIN DATO.
    FieldValue value(const QString &fieldId) const { return m_values.value(fieldId, FieldValue::sinDato()); }
    bool has(const QString &fieldId) const { return m_values.contains(fieldId); }
    const QHash<QString, FieldValue> &values() const { return m_values; }

    // The same figures on the sheet: a field one tally left out counts as SIN DATO (what the
    // double-blind comparison uses; operator== compares what was captured, field by field).
    bool sameFigures(const Tally &other) const;

    // {"FIELD": "123" | "ILEGIBLE" | "SIN_DATO", ...} with sorted keys: the same tally always
    // gives the same text (how entries are stored and audited).
    QJsonObject toJson() const;
    QString toJsonText() const;
    static Result<Tally> fromJson(const QJsonObject &object);
    static Result<Tally> fromJsonText(const QString &json);

    friend bool operator==(const Tally &, const Tally &) = default;

private:
    QHash<QString, FieldValue> m_values;
};

} // namespace acta
