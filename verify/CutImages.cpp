// A folder of acta images against the SHA column (docs/verify.md, "Images"). An image file is
// matched to a row by its content's SHA-256; one named after an acta (CLAVE_ACTA.jpg) or after a
// SHA-256 whose content differs is a mismatch, as is an image that is the image of no row.
#include "CutVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace acta::verify {

namespace {
const QString Dash = QStringLiteral("-");
constexpr qsizetype MaxListedMissing = 20;
} // namespace

void CutVerifier::checkImages(VerifySection &section)
{
    if (m_options.imagesDir.isEmpty()) {
        section.state = VerifySection::State::NotChecked;
        section.summary = tr("not checked (give a folder of acta images with --images).");
        return;
    }
    if (!m_cut) {
        section.state = VerifySection::State::NotChecked;
        section.summary = tr("not checked: it needs resultados.csv (above).");
        return;
    }
    if (!QFileInfo(m_options.imagesDir).isDir()) {
        section.problem(tr("%1 is not a folder.").arg(m_options.imagesDir));
        section.summary = tr("not checked");
        return;
    }
    // Every image the cut names: each row's, and each side's of a dispute (in the records).
    QHash<QString, QString> claveBySha; // the row's image
    QHash<QString, QString> shaByClave;
    for (const PrepCut::Row &row : std::as_const(m_cut->rows)) {
        const QString sha = m_cut->cell(row, QStringLiteral("SHA"));
        const QString clave = m_cut->cell(row, QStringLiteral("CLAVE_ACTA"));
        if (sha == Dash || sha.isEmpty())
            continue;
        claveBySha.insert(sha, clave);
        shaByClave.insert(clave, sha);
    }
    QSet<QString> named;
    for (const SignedLine &l : std::as_const(m_records))
        if (l.record.imageSha256)
            named.insert(*l.record.imageSha256);

    static const QRegularExpression shaName(QStringLiteral("^[0-9a-f]{64}\\z"));
    QSet<QString> found;
    qsizetype files = 0;
    QDirIterator it(m_options.imagesDir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (++files > MaxImages) {
            section.problem(
                tr("%1 holds more than %2 files; the rest were not read.").arg(m_options.imagesDir).arg(MaxImages));
            break;
        }
        const QString shown = QDir(m_options.imagesDir).relativeFilePath(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            section.problem(tr("%1: cannot read it: %2").arg(shown, file.errorString()));
            continue;
        }
        if (file.size() > MaxImageFile) {
            section.problem(tr("%1 has %2 bytes, more than the %3 this program reads for an image.")
                                .arg(shown)
                                .arg(file.size())
                                .arg(MaxImageFile));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 total = 0;
        while (!file.atEnd() && total <= MaxImageFile) {
            const QByteArray chunk = file.read(1024 * 1024);
            if (chunk.isEmpty())
                break;
            total += chunk.size();
            hash.addData(chunk);
        }
        const QString sha = QString::fromLatin1(hash.result().toHex());
        const QString stem = QFileInfo(path).completeBaseName();
        if (claveBySha.contains(sha) || named.contains(sha)) {
            found.insert(sha);
            // Named after another acta than the one it is the image of: a swap.
            if (shaByClave.contains(stem) && shaByClave.value(stem) != sha)
                section.problem(tr("%1 is named after acta %2, but it is the image of acta %3 (SHA-256 %4).")
                                    .arg(shown, stem, claveBySha.value(sha, tr("(a side of a dispute)")), sha));
            continue;
        }
        if (shaByClave.contains(stem))
            section.problem(tr("%1: SHA-256 %2, but the row of acta %3 says %4: not the image the station signed.")
                                .arg(shown, sha, stem, shaByClave.value(stem)));
        else if (shaName.match(stem).hasMatch())
            section.problem(tr("%1 is named after SHA-256 %2, but its content's SHA-256 is %3.").arg(shown, stem, sha));
        else
            section.problem(tr("%1 (SHA-256 %2) is the image of no row of the cut.").arg(shown, sha));
    }
    QStringList missing;
    for (auto row = shaByClave.constBegin(); row != shaByClave.constEnd(); ++row)
        if (!found.contains(*row))
            missing << row.key();
    std::sort(missing.begin(), missing.end());
    if (!missing.isEmpty())
        section.notes << tr("%n row(s) with an image SHA-256 have no image in %1: %2", nullptr, int(missing.size()))
                             .arg(m_options.imagesDir,
                                  missing.mid(0, MaxListedMissing).join(QStringLiteral(", "))
                                      + (missing.size() > MaxListedMissing ? QStringLiteral(", …") : QString()));
    section.summary
        = tr("%1 of %2 rows with an image found in %3; %n file(s) read.", nullptr, int(qMin<qsizetype>(files, 1 << 30)))
              .arg(shaByClave.size() - missing.size())
              .arg(shaByClave.size())
              .arg(m_options.imagesDir);
}

} // namespace acta::verify
