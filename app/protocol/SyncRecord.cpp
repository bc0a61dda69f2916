#include "SyncRecord.h"

#include "ActaKey.h"
#include "CanonicalJson.h"
#include "Clock.h"
#include "Digitization.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <tuple>

namespace acta {

namespace {

namespace Key {
const QString Format = QStringLiteral("format");
const QString StationId = QStringLiteral("station_id");
const QString Seq = QStringLiteral("seq");
const QString Clave = QStringLiteral("clave_acta");
const QString TemplateId = QStringLiteral("template_id");
const QString Version = QStringLiteral("version");
const QString Values = QStringLiteral("values");
const QString Total = QStringLiteral("total_calculado");
const QString Contabilizada = QStringLiteral("contabilizada");
const QString Observaciones = QStringLiteral("observaciones");
const QString ImageSha = QStringLiteral("image_sha256");
const QString ReceivedAt = QStringLiteral("received_at");
const QString CapturedAt = QStringLiteral("captured_at");
const QString VerifiedAt = QStringLiteral("verified_at");
const QString UtcOffset = QStringLiteral("utc_offset_min");
const QString EnteredBy = QStringLiteral("entered_by");
const QString VerifiedBy = QStringLiteral("verified_by");
const QString SinActa = QStringLiteral("sin_acta_reason");
const QString Simulated = QStringLiteral("simulated");
const QString AuditHeadKey = QStringLiteral("audit_head"); // optional: left out when absent
// Optional as well: how the acta came in and how it was checked (PREP ORIGEN, DIGITALIZACION,
// TIPO_DOCUMENTO, COTEJADA, and the identity typed by a person: present only when true).
const QString Origen = QStringLiteral("origen");
const QString Digitalizacion = QStringLiteral("digitalizacion");
const QString TipoDocumento = QStringLiteral("tipo_documento");
const QString Cotejada = QStringLiteral("cotejada");
const QString IdentityTyped = QStringLiteral("identity_typed");
} // namespace Key

const QStringList &allKeys()
{
    static const QStringList keys {
        Key::Format,    Key::StationId,      Key::Seq,           Key::Clave,         Key::TemplateId,
        Key::Version,   Key::Values,         Key::Total,         Key::Contabilizada, Key::Observaciones,
        Key::ImageSha,  Key::ReceivedAt,     Key::CapturedAt,    Key::VerifiedAt,    Key::UtcOffset,
        Key::EnteredBy, Key::VerifiedBy,     Key::SinActa,       Key::Simulated,     Key::AuditHeadKey,
        Key::Origen,    Key::Digitalizacion, Key::TipoDocumento, Key::Cotejada,      Key::IdentityTyped};
    return keys;
}

// Station, template, user and field ids: 1 to 64 letters, digits, '.', '_' or '-' (user ids
// may be Spanish names: maría.peña).
constexpr qsizetype MaxIdLength = 64;
// The PREP rules' observations joined: a few hundred characters at the most.
constexpr qsizetype MaxObservaciones = 1000;

bool isPlainId(const QString &id)
{
    if (id.isEmpty() || id.size() > MaxIdLength)
        return false;
    for (QChar c : id)
        if (!c.isLetterOrNumber() && c != u'.' && c != u'_' && c != u'-')
            return false;
    return true;
}

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    return false;
}

QString notPlainIdMessage(const QString &path)
{
    return SyncRecordJson::tr("%1: expected 1 to %2 letters, digits, '.', '_' or '-'").arg(path).arg(MaxIdLength);
}

QJsonValue optionalString(const std::optional<QString> &s)
{
    return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalTime(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(toStoredUtc(*t)) : QJsonValue(QJsonValue::Null);
}

// Readers of one object's fields; each names the path of what it refuses.
class Reader
{
public:
    Reader(const QJsonObject &o, const QString &path)
        : m_o(o)
        , m_path(path)
    { }

    QString path(const QString &key) const { return CanonicalJson::childPath(m_path, key); }

    Result<QJsonValue> field(const QString &key) const
    {
        if (!m_o.contains(key))
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: missing").arg(path(key)));
        return m_o.value(key);
    }

    Result<QString> string(const QString &key, bool nonEmpty = true) const
    {
        Result<QJsonValue> v = field(key);
        if (!v)
            return v.takeError();
        if (!v->isString())
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: expected a string").arg(path(key)));
        if (nonEmpty && v->toString().isEmpty())
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: must not be empty").arg(path(key)));
        return v->toString();
    }

    Result<std::optional<QString>> nullableString(const QString &key) const
    {
        Result<QJsonValue> v = field(key);
        if (!v)
            return v.takeError();
        if (v->isNull())
            return std::optional<QString>();
        Result<QString> s = string(key);
        if (!s)
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: expected a string or null").arg(path(key)));
        return std::optional<QString>(*s);
    }

    Result<qint64> integer(const QString &key, qint64 min, qint64 max) const
    {
        Result<QJsonValue> v = field(key);
        if (!v)
            return v.takeError();
        const double d = v->toDouble();
        if (!v->isDouble() || !std::isfinite(d) || std::trunc(d) != d)
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: expected an integer").arg(path(key)));
        if (d < double(min) || d > double(max))
            return fail(
                ErrorCode::InvalidInput,
                SyncRecordJson::tr("%1: %2 is outside %3..%4").arg(path(key)).arg(d, 0, 'f', 0).arg(min).arg(max));
        return qint64(d);
    }

    Result<bool> boolean(const QString &key) const
    {
        Result<QJsonValue> v = field(key);
        if (!v)
            return v.takeError();
        if (!v->isBool())
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: expected true or false").arg(path(key)));
        return v->toBool();
    }

    Result<QDateTime> time(const QString &key) const
    {
        Result<QString> s = string(key);
        if (!s)
            return s.takeError();
        return parseTime(key, *s);
    }

    Result<std::optional<QDateTime>> nullableTime(const QString &key) const
    {
        Result<std::optional<QString>> s = nullableString(key);
        if (!s)
            return s.takeError();
        if (!*s)
            return std::optional<QDateTime>();
        Result<QDateTime> t = parseTime(key, **s);
        if (!t)
            return t.takeError();
        return std::optional<QDateTime>(*t);
    }

private:
    // Exactly the stored spelling: one instant has one text, so the signature covers one.
    Result<QDateTime> parseTime(const QString &key, const QString &text) const
    {
        static const QRegularExpression pattern(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z\\z"));
        const QDateTime t = fromStoredUtc(text);
        if (!pattern.match(text).hasMatch() || !t.isValid() || toStoredUtc(t) != text)
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr("%1: expected a UTC time like 2027-06-06T18:00:00.000Z").arg(path(key)));
        return t;
    }

    const QJsonObject &m_o;
    QString m_path;
};

// "0" or digits without a leading zero, at most 15 of them (below 2^53).
bool isCanonicalNumber(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]{0,14})\\z"));
    return pattern.match(text).hasMatch();
}

} // namespace

Result<QJsonObject> SyncRecordJson::toJson(const SyncRecord &r)
{
    QJsonObject values;
    for (auto it = r.values.cbegin(); it != r.values.cend(); ++it)
        values.insert(it.key(), it->toStorageString());
    QJsonArray enteredBy;
    for (const QString &u : r.enteredBy)
        enteredBy.append(u);
    QJsonObject o {
        {Key::Format, SyncRecord::Format},
        {Key::StationId, r.stationId},
        {Key::Seq, double(r.seq)},
        {Key::Clave, r.clave},
        {Key::TemplateId, r.templateId},
        {Key::Version, double(r.version)},
        {Key::Values, values},
        {Key::Total, double(r.totalCalculado)},
        {Key::Contabilizada, r.contabilizada},
        {Key::Observaciones, r.observaciones},
        {Key::ImageSha, optionalString(r.imageSha256)},
        {Key::ReceivedAt, toStoredUtc(r.receivedAt)},
        {Key::CapturedAt, optionalTime(r.capturedAt)},
        {Key::VerifiedAt, optionalTime(r.verifiedAt)},
        {Key::UtcOffset, r.utcOffsetMinutes},
        {Key::EnteredBy, enteredBy},
        {Key::VerifiedBy, optionalString(r.verifiedBy)},
        {Key::SinActa, r.sinActaReason ? QJsonValue(int(*r.sinActaReason)) : QJsonValue(QJsonValue::Null)},
        {Key::Simulated, r.simulated},
    };
    if (r.auditHead)
        o.insert(Key::AuditHeadKey, r.auditHead->toJson());
    for (const auto &[key, value] :
         {std::pair(Key::Origen, &r.origen), std::pair(Key::Digitalizacion, &r.digitalizacion),
          std::pair(Key::TipoDocumento, &r.tipoDocumento)})
        if (*value)
            o.insert(key, **value);
    if (r.cotejada)
        o.insert(Key::Cotejada, *r.cotejada);
    if (r.identityTyped)
        o.insert(Key::IdentityTyped, true);
    // What is signed must read back as the same record: validate before anyone signs it.
    if (Result<SyncRecord> back = fromJson(o); !back)
        return back.takeError();
    else if (!(*back == r))
        return fail(ErrorCode::InvalidInput,
                    SyncRecordJson::tr("The record of acta %1 does not survive its own serialization (a time without "
                                       "milliseconds precision or not in UTC?).")
                        .arg(r.clave));
    return o;
}

Result<QByteArray> SyncRecordJson::canonicalBytes(const SyncRecord &record)
{
    Result<QJsonObject> o = toJson(record);
    if (!o)
        return o.takeError();
    return CanonicalJson::serialize(*o);
}

Result<SyncRecord> SyncRecordJson::fromJson(const QJsonObject &o, const QString &path, Rules rules)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!allKeys().contains(it.key()))
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr("%1: unknown field").arg(CanonicalJson::childPath(path, it.key())));
    const Reader in(o, path);
    SyncRecord r;

    Result<QString> format = in.string(Key::Format);
    if (!format)
        return format.takeError();
    if (*format != SyncRecord::Format)
        return fail(ErrorCode::InvalidInput,
                    SyncRecordJson::tr("%1: expected \"%2\", found \"%3\"")
                        .arg(in.path(Key::Format), SyncRecord::Format, *format));

#define ACTA_READ(target, expr)                                                                                        \
    do {                                                                                                               \
        auto value_ = (expr);                                                                                          \
        if (!value_)                                                                                                   \
            return value_.takeError();                                                                                 \
        target = std::move(value_).value();                                                                            \
    } while (false)

    ACTA_READ(r.stationId, in.string(Key::StationId));
    ACTA_READ(r.seq, in.integer(Key::Seq, 1, CanonicalJson::MaxInteger));
    ACTA_READ(r.clave, in.string(Key::Clave));
    ACTA_READ(r.templateId, in.string(Key::TemplateId));
    ACTA_READ(r.version, in.integer(Key::Version, 1, CanonicalJson::MaxInteger));
    ACTA_READ(r.totalCalculado, in.integer(Key::Total, 0, CanonicalJson::MaxInteger));
    ACTA_READ(r.contabilizada, in.boolean(Key::Contabilizada));
    ACTA_READ(r.observaciones, in.string(Key::Observaciones, false));
    ACTA_READ(r.imageSha256, in.nullableString(Key::ImageSha));
    ACTA_READ(r.receivedAt, in.time(Key::ReceivedAt));
    ACTA_READ(r.capturedAt, in.nullableTime(Key::CapturedAt));
    ACTA_READ(r.verifiedAt, in.nullableTime(Key::VerifiedAt));
    qint64 offset = 0;
    ACTA_READ(offset, in.integer(Key::UtcOffset, -24 * 60, 24 * 60));
    r.utcOffsetMinutes = int(offset);
    ACTA_READ(r.verifiedBy, in.nullableString(Key::VerifiedBy));
    ACTA_READ(r.simulated, in.boolean(Key::Simulated));
    if (o.contains(Key::AuditHeadKey))
        ACTA_READ(r.auditHead, AuditHeadJson::fromJson(o.value(Key::AuditHeadKey), in.path(Key::AuditHeadKey)));
    // The publication prints these as they come: only the published values, in both rule sets.
    for (const auto &[key, target, allowed] :
         {std::tuple(Key::Origen, &r.origen, &Digitization::origenes()),
          std::tuple(Key::Digitalizacion, &r.digitalizacion, &Digitization::digitalizaciones()),
          std::tuple(Key::TipoDocumento, &r.tipoDocumento, &Digitization::tiposDocumento())}) {
        if (!o.contains(key))
            continue;
        ACTA_READ(*target, in.string(key));
        if (!allowed->contains(**target))
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr("%1: expected one of \"%2\"")
                            .arg(in.path(key), allowed->join(QLatin1String("\", \""))));
    }
    if (o.contains(Key::Cotejada)) {
        qint64 cotejada = 0;
        ACTA_READ(cotejada, in.integer(Key::Cotejada, 1, 3));
        r.cotejada = int(cotejada);
    }
    if (o.contains(Key::IdentityTyped)) {
        ACTA_READ(r.identityTyped, in.boolean(Key::IdentityTyped));
        // One record, one spelling: false is said by leaving the key out.
        if (!r.identityTyped)
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr("%1: expected true (left out when false)").arg(in.path(Key::IdentityTyped)));
    }
#undef ACTA_READ

    // What a hub stores, publishes and logs is bounded here, before anything else looks at it:
    // a clave is a well-formed acta key in its one spelling, and ids are short plain words.
    const bool current = rules == Rules::Current;
    if (current) {
        if (const Result<ActaKey> key = ActaKey::parse(r.clave); !key || key->toString() != r.clave)
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr("%1: \"%2\" is not an acta key (13 characters such as 210101B010002)")
                            .arg(in.path(Key::Clave), r.clave.left(40)));
        for (const auto &[key, value] :
             {std::pair(Key::StationId, &r.stationId), std::pair(Key::TemplateId, &r.templateId)})
            if (!isPlainId(*value))
                return fail(ErrorCode::InvalidInput, notPlainIdMessage(in.path(key)));
        if (r.verifiedBy && !isPlainId(*r.verifiedBy))
            return fail(ErrorCode::InvalidInput, notPlainIdMessage(in.path(Key::VerifiedBy)));
        if (r.observaciones.size() > MaxObservaciones || hasControlCharacter(r.observaciones))
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr("%1: expected at most %2 characters of text without control characters")
                            .arg(in.path(Key::Observaciones))
                            .arg(MaxObservaciones));
    }

    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}\\z"));
    if (r.imageSha256 && !sha.match(*r.imageSha256).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    SyncRecordJson::tr("%1: expected 64 lowercase hexadecimal digits").arg(in.path(Key::ImageSha)));

    Result<QJsonValue> values = in.field(Key::Values);
    if (!values)
        return values.takeError();
    if (!values->isObject())
        return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: expected an object").arg(in.path(Key::Values)));
    const QJsonObject v = values->toObject();
    for (auto it = v.constBegin(); it != v.constEnd(); ++it) {
        const QString where = CanonicalJson::childPath(in.path(Key::Values), it.key());
        if (it.key().isEmpty())
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: a field id must not be empty").arg(where));
        if (current && !isPlainId(it.key()))
            return fail(ErrorCode::InvalidInput,
                        notPlainIdMessage(CanonicalJson::childPath(in.path(Key::Values), QStringLiteral("?"))));
        if (!it->isString())
            return fail(ErrorCode::InvalidInput, SyncRecordJson::tr("%1: expected a string").arg(where));
        const QString text = it->toString();
        if (text == QLatin1String("ILEGIBLE"))
            r.values.insert(it.key(), FieldValue::ilegible());
        else if (text == QLatin1String("SIN_DATO"))
            r.values.insert(it.key(), FieldValue::sinDato());
        else if (isCanonicalNumber(text))
            r.values.insert(it.key(), FieldValue::number(text.toLongLong()));
        else
            return fail(ErrorCode::InvalidInput,
                        SyncRecordJson::tr(
                            "%1: expected digits without leading zeros, \"ILEGIBLE\" or \"SIN_DATO\", found \"%2\"")
                            .arg(where, text));
    }

    Result<QJsonValue> entered = in.field(Key::EnteredBy);
    if (!entered)
        return entered.takeError();
    if (!entered->isArray())
        return fail(ErrorCode::InvalidInput,
                    SyncRecordJson::tr("%1: expected an array of user ids").arg(in.path(Key::EnteredBy)));
    const QJsonArray users = entered->toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        if (!users.at(i).isString() || users.at(i).toString().isEmpty()
            || (current && !isPlainId(users.at(i).toString())))
            return fail(
                ErrorCode::InvalidInput,
                SyncRecordJson::tr("%1: expected a user id").arg(CanonicalJson::itemPath(in.path(Key::EnteredBy), i)));
        r.enteredBy.append(users.at(i).toString());
    }

    Result<QJsonValue> sinActa = in.field(Key::SinActa);
    if (!sinActa)
        return sinActa.takeError();
    if (!sinActa->isNull()) {
        const double d = sinActa->toDouble();
        Result<SinActaReason> reason = sinActa->isDouble() && std::trunc(d) == d && std::fabs(d) < 100
            ? sinActaReasonFromCode(int(d))
            : Result<SinActaReason>(fail(ErrorCode::InvalidInput, SyncRecordJson::tr("expected 1, 2, 3, 4 or null")));
        if (!reason)
            return fail(reason.code(), SyncRecordJson::tr("%1: %2").arg(in.path(Key::SinActa), reason.error()));
        r.sinActaReason = *reason;
    }
    // A sheet that never arrived was neither digitized nor checked.
    if (current && r.sinActaReason)
        for (const auto &[key, present] :
             {std::pair(Key::Origen, r.origen.has_value()),
              std::pair(Key::Digitalizacion, r.digitalizacion.has_value()),
              std::pair(Key::TipoDocumento, r.tipoDocumento.has_value()),
              std::pair(Key::Cotejada, r.cotejada.has_value()), std::pair(Key::IdentityTyped, r.identityTyped)})
            if (present)
                return fail(ErrorCode::InvalidInput,
                            SyncRecordJson::tr("%1: not in a sin acta record").arg(in.path(key)));
    return r;
}

Result<SyncRecord> SyncRecordJson::fromCanonicalBytes(QByteArrayView bytes, Rules rules)
{
    Result<QJsonObject> o = CanonicalJson::parseObject(bytes, true);
    if (!o)
        return o.takeError();
    return fromJson(*o, QStringLiteral("$"), rules);
}

} // namespace acta
