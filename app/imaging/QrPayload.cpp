#include "QrPayload.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace acta {

namespace {

const QLatin1Char Separator('|');
const char DrillMark[] = "SIMULACRO";

// Long foreign payloads (URLs, vCards) are cut so the message stays one line.
QString excerpt(const QString &text)
{
    constexpr int Max = 40;
    return text.size() <= Max ? text : text.left(Max) + QStringLiteral("…");
}

} // namespace

QString makeQrPayload(const ElectionTemplate &election, const ActaKey &acta, bool drill)
{
    return QLatin1String(QrPayloadTag) + Separator + acta.toString() + Separator + election.id() + Separator
        + QString::number(election.version()) + (drill ? Separator + QLatin1String(DrillMark) : QString());
}

Result<QrIdentity> parseQrPayload(const QString &payload)
{
    if (payload.isEmpty())
        return fail(ErrorCode::InvalidInput, QCoreApplication::translate("QrPayload", "The QR code is empty."));
    const QStringList parts = payload.split(Separator);
    const QString tag = parts.first();
    if (tag != QLatin1String(QrPayloadTag)) {
        static const QRegularExpression otherVersion(QStringLiteral("^ACTA[0-9]+$"));
        if (otherVersion.match(tag).hasMatch())
            return fail(ErrorCode::Incompatible,
                        QCoreApplication::translate(
                            "QrPayload", "The QR code uses label format %1; this version of ActaCapture reads %2.")
                            .arg(tag, QLatin1String(QrPayloadTag)));
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QrPayload", "The QR code is not an ActaCapture acta label: \"%1\".")
                        .arg(excerpt(payload)));
    }
    const bool drill = parts.size() == 5 && parts.at(4) == QLatin1String(DrillMark);
    if (parts.size() != 4 && !drill)
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QrPayload",
                                                "The acta QR code has %1 parts separated by \"|\"; expected 4 "
                                                "(ACTA1|CLAVE_ACTA|template|version): \"%2\".")
                        .arg(parts.size())
                        .arg(excerpt(payload)));
    Result<ActaKey> key = ActaKey::parse(parts.at(1));
    // The key parser forgives surrounding spaces; a printed label has none.
    if (key && key->toString() != parts.at(1))
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QrPayload", "The acta QR code holds an invalid CLAVE_ACTA: \"%1\".")
                        .arg(parts.at(1)));
    if (!key)
        return fail(key.code(),
                    QCoreApplication::translate("QrPayload", "The acta QR code holds an invalid CLAVE_ACTA: %1")
                        .arg(key.error()));
    const QString &templateId = parts.at(2);
    if (templateId.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate("QrPayload", "The acta QR code names no template."));
    // ASCII digits only, no sign, no leading zero: the payload has one spelling per version.
    static const QRegularExpression versionPattern(QStringLiteral("^[1-9][0-9]{0,8}$"));
    const QString &versionText = parts.at(3);
    if (!versionPattern.match(versionText).hasMatch())
        return fail(ErrorCode::InvalidInput,
                    QCoreApplication::translate(
                        "QrPayload", "The acta QR code's template version \"%1\" is not a whole number from 1.")
                        .arg(versionText));
    return QrIdentity {std::move(key).value(), templateId, versionText.toInt(), drill};
}

} // namespace acta
