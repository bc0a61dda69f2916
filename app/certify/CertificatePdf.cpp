#include "CertificatePdf.h"

#include "CertifyLog.h"
#include "Sha256.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTimeZone>

namespace acta {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? CertificatePdf::tr("yes") : CertificatePdf::tr("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::Array: {
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines.append(esc(item.toString()));
        return lines.isEmpty() ? CertificatePdf::tr("(none)") : lines.join(QStringLiteral("<br>"));
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return CertificatePdf::tr("(none)");
    default:
        return value.toString().isEmpty() ? CertificatePdf::tr("(none)") : esc(value.toString());
    }
}

QString grouped(const QString &digest)
{
    return QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'\">%1</span>")
        .arg(esc(SoftwareFingerprint::grouped(digest)));
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><td width=\"38%\" style=\"color:#333\">%1</td><td>%2</td></tr>")
        .arg(esc(label), valueHtml);
}

QString table(const QString &rows)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                          "style=\"border-color:#999; border-style:solid\">%1</table>")
        .arg(rows);
}

QString html(const Certificate &c, const QString &jsonFileName, const QString &jsonSha256, const QString &keyFpr,
             const QString &publicKey)
{
    QString h = QStringLiteral("<html><body>");
    h += QStringLiteral("<h1 style=\"font-size:17pt\">%1</h1>").arg(esc(c.title()));
    const QString who = c.issuer == Certificate::Issuer::Station
        ? CertificatePdf::tr("Capture station %1 (%2)").arg(c.issuerId, c.issuerName)
        : CertificatePdf::tr("Hub with the key %1").arg(c.issuerId);
    h += QStringLiteral("<p style=\"font-size:12pt\">%1</p>").arg(esc(who));
    if (c.drill)
        h += QStringLiteral("<p style=\"font-size:14pt; color:#b00020\"><b>%1</b></p>")
                 .arg(esc(CertificatePdf::tr("SIMULACRO: a drill. This certificate has no value for any election.")));

    const QDateTime local = c.issuedUtc.toLocalTime();
    const QString utc = c.issuedUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    QString rows
        = row(CertificatePdf::tr("Issued"),
              esc(local.offsetFromUtc() == 0
                      ? utc
                      : QStringLiteral("%1 (%2)").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")), utc)));
    rows += row(CertificatePdf::tr("Issued by"), esc(c.issuedBy));
    rows += row(CertificatePdf::tr("Mode"),
                c.drill ? CertificatePdf::tr("drill (simulacro)") : CertificatePdf::tr("production"));
    h += table(rows);

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(CertificatePdf::tr("Software")));
    rows = row(CertificatePdf::tr("Version"), esc(c.softwareVersion));
    rows += row(CertificatePdf::tr("Fingerprint of the installed files (SHA-256)"), grouped(c.fingerprint));
    rows += row(CertificatePdf::tr("Reference"),
                c.referenceFingerprint.isEmpty()
                    ? CertificatePdf::tr("(none)")
                    : grouped(c.referenceFingerprint) + QStringLiteral("<br>") + esc(c.referenceFile));
    rows += row(CertificatePdf::tr("Equal to the reference"),
                c.referenceFingerprint.isEmpty()              ? CertificatePdf::tr("not checked")
                    : c.referenceFingerprint == c.fingerprint ? CertificatePdf::tr("yes, file by file")
                                                              : CertificatePdf::tr("NO"));
    rows += row(CertificatePdf::tr("Installed files"), QString::number(c.files.size()));
    rows += row(CertificatePdf::tr("Install folder"), esc(c.installRoot));
    h += table(rows);

    for (const CertificateSection &section : c.sections) {
        h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(section.title));
        rows.clear();
        for (const CertificateFact &fact : section.facts)
            rows += row(fact.label,
                        fact.value.isString() && fact.key.endsWith(QStringLiteral("hash"))
                            ? grouped(fact.value.toString())
                            : shown(fact.value));
        h += table(rows);
    }

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>").arg(esc(CertificatePdf::tr("Signed electronic twin")));
    rows = row(CertificatePdf::tr("File"), esc(jsonFileName));
    rows += row(CertificatePdf::tr("Its SHA-256"), grouped(jsonSha256));
    rows += row(c.issuer == Certificate::Issuer::Hub
                    ? CertificatePdf::tr("Signed with the hub key (the key that signs its receipts and results cuts)")
                    : CertificatePdf::tr("Signed with the station key (the key that signs its records)"),
                QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'\">%1</span>").arg(esc(keyFpr)));
    rows += row(CertificatePdf::tr("Public key (base64)"),
                QStringLiteral("<span style=\"font-family:'DejaVu Sans Mono'\">%1</span>").arg(esc(publicKey)));
    h += table(rows);

    // The signatures start a page, so that no box is split between two.
    h += QStringLiteral("<h2 style=\"font-size:13pt; page-break-before:always\">%1</h2>")
             .arg(esc(CertificatePdf::tr("Signatures")));
    const QString when = c.issuedUtc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t"));
    const QString attest = c.kind == Certificate::Kind::Start
        ? CertificatePdf::tr("The undersigned witnessed, on %1, that the software installed has "
                             "the fingerprint %2, equal file by file to the reference, and that "
                             "the store was blank, as stated on the previous pages.")
        : CertificatePdf::tr("The undersigned witnessed, on %1, the final state stated on the "
                             "previous pages, with the software of fingerprint %2.");
    h += QStringLiteral("<p>%1</p>").arg(esc(attest.arg(when, c.fingerprint)));
    h += QStringLiteral("<p>%1</p>").arg(esc(CertificatePdf::tr("Place: ________________________________________")));
    const QStringList signers {
        CertificatePdf::tr("Notary public: name, notary number, signature and seal"),
        CertificatePdf::tr("Witness: name and signature"),
        CertificatePdf::tr("Witness: name and signature"),
        c.issuer == Certificate::Issuer::Station ? CertificatePdf::tr("Station administrator: name and signature")
                                                 : CertificatePdf::tr("Hub operator: name and signature"),
    };
    rows.clear();
    for (qsizetype i = 0; i < signers.size(); i += 2)
        // QTextDocument ignores a cell's height: blank lines make the room to sign in.
        rows += QStringLiteral("<tr><td width=\"50%\"><br><br><br><br><br>%1</td>"
                               "<td width=\"50%\"><br><br><br><br><br>%2</td></tr>")
                    .arg(esc(signers[i]), esc(signers.value(i + 1)));
    h += table(rows);

    h += QStringLiteral("<h2 style=\"font-size:13pt\">%1</h2>")
             .arg(esc(CertificatePdf::tr("Installed files and their SHA-256")));
    QString files;
    for (const SoftwareFingerprint::File &file : c.files)
        files += esc(file.sha256) + QStringLiteral("&nbsp;&nbsp;") + esc(file.path) + QStringLiteral("<br>");
    h += QStringLiteral("<p style=\"font-family:'DejaVu Sans Mono'; font-size:6.5pt\">%1</p>").arg(files);
    return h + QStringLiteral("</body></html>");
}

} // namespace

Result<QByteArray> CertificatePdf::render(const Certificate &certificate, const QString &jsonFileName,
                                          const QString &jsonSha256, const QString &keyFingerprint,
                                          const QString &publicKeyBase64)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(certificate.title());
        writer.setCreator(QStringLiteral("ActaCapture"));

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
        doc.setHtml(html(certificate, jsonFileName, jsonSha256, keyFingerprint, publicKeyBase64));
        const qreal footer = writer.resolution() * 0.35; // inches of the page kept for the footer
        const QSizeF body(writer.width(), writer.height() - footer);
        doc.setPageSize(body);

        QPainter painter;
        if (!painter.begin(&writer))
            return fail(ErrorCode::Internal, tr("The PDF could not be started."));
        const int pages = doc.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            doc.drawContents(&painter, QRectF(QPointF(0, page * body.height()), body));
            painter.restore();
            if (certificate.drill) {
                painter.save();
                painter.translate(writer.width() / 2.0, writer.height() / 2.0);
                painter.rotate(-35);
                QFont mark(QStringLiteral("DejaVu Sans"), 72, QFont::Bold);
                painter.setFont(mark);
                painter.setPen(QColor(176, 0, 32, 60));
                painter.drawText(
                    QRectF(-writer.width(), -writer.height() / 4.0, 2.0 * writer.width(), writer.height() / 2.0),
                    Qt::AlignCenter, QStringLiteral("SIMULACRO"));
                painter.restore();
            }
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 7));
            painter.setPen(Qt::black);
            painter.drawText(QRectF(0, writer.height() - footer * 0.8, writer.width(), footer * 0.8),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1 · %2").arg(certificate.title(), certificate.baseFileName()));
            painter.drawText(QRectF(0, writer.height() - footer * 0.8, writer.width(), footer * 0.8),
                             Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        painter.end();
    }
    return bytes;
}

namespace {

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return fail(ErrorCode::Io, CertificatePdf::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<CertificateFiles> writeCertificate(const Certificate &certificate, const SigningKey &key, const QString &dir)
{
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, CertificatePdf::tr("Cannot create the folder %1.").arg(dir));
    Result<QByteArray> json = SignedCertificate::sign(certificate, key);
    if (!json)
        return json.takeError();
    CertificateFiles files;
    files.json = QDir(dir).filePath(certificate.baseFileName() + QStringLiteral(".json"));
    files.pdf = QDir(dir).filePath(certificate.baseFileName() + QStringLiteral(".pdf"));
    files.jsonSha256 = sha256Hex(*json);
    for (const QString &path : {files.json, files.pdf})
        if (QFileInfo::exists(path))
            return fail(ErrorCode::AlreadyExists,
                        CertificatePdf::tr("%1 exists already; a certificate is never overwritten.").arg(path));
    Result<QByteArray> pdf = CertificatePdf::render(certificate, QFileInfo(files.json).fileName(), files.jsonSha256,
                                                    key.fingerprint(), QString::fromLatin1(key.publicKey().toBase64()));
    if (!pdf)
        return pdf.takeError();
    if (Status s = writeAtomically(files.json, *json); !s)
        return s.takeError();
    if (Status s = writeAtomically(files.pdf, *pdf); !s)
        return s.takeError();
    qCInfo(lcCertify) << "certificate written" << files.json << files.pdf;
    return files;
}

} // namespace acta
