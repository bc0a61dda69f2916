#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace acta {

// The SHA-256 of every installed file of ActaCapture, and one combined digest: what a notary
// certifies is the software the auditors examined (docs/certification.md).
//
// The file format (version 1) is sha256sum's, so coreutils can check it without us:
//   # comment lines start with '#'
//   <64 hex digits><two spaces><path relative to the install root, '/'-separated>
// one line per file, sorted by the path's UTF-8 bytes, each ending in a line feed. The combined
// digest is the SHA-256 of exactly those file lines (the file without its comment lines):
//   grep -v '^#' REFERENCE | sha256sum          # the combined digest
//   cd ROOT && grep -v '^#' REFERENCE | sha256sum -c
// The root's own path is not part of it: the same software installed elsewhere has the same digest.
//
// Which files are ActaCapture's under a root (the install prefix, e.g. /usr): bin/acta*,
// everything under share/actacapture/, lib/actacapture/ and share/doc/actacapture/, and
// share/applications/ and share/metainfo/ entries named org.actacapture.*. The reference a build
// writes for its own tree (share/actacapture/fingerprint.reference) is not part of it. Resources,
// models, translations and templates are embedded in the executables, whose digests cover them;
// `fingerprint --embedded` lists them one by one.
class SoftwareFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(SoftwareFingerprint)

public:
    struct File
    {
        QString path; // relative to the root, '/'-separated
        QString sha256; // 64 lowercase hex digits
        friend bool operator==(const File &, const File &) = default;
    };

    enum class Change { Differs, Missing, Extra };
    struct Difference
    {
        Change change;
        QString path;
    };

    static constexpr int FormatVersion = 1;
    static constexpr qint64 MaxReferenceSize = 4 * 1024 * 1024;

    // The install root of the running program: the folder above its bin/.
    static QString installRoot();
    // Where a build's own reference lives, relative to the root.
    static QString referencePath() { return QStringLiteral("share/actacapture/fingerprint.reference"); }

    // Hashes ActaCapture's files under root. Fails naming the file that could not be read, a
    // name that the format cannot hold (line break, backslash), or a special file.
    static Result<SoftwareFingerprint> compute(const QString &root);
    // Reads a fingerprint file; where it is malformed the message gives the line.
    static Result<SoftwareFingerprint> parse(QByteArrayView text, const QString &source);
    static Result<SoftwareFingerprint> readFile(const QString &path);

    const QList<File> &files() const { return m_files; }
    QString combined() const; // hex
    // A 64-digit digest in four groups of sixteen, to read aloud and compare by eye.
    static QString grouped(const QString &hex);
    // The file, with a comment header naming the program, version, format and root.
    QByteArray text(const QString &root = QString()) const;
    // What differs from the reference, in path order: changed, missing here, extra here.
    QList<Difference> compareTo(const SoftwareFingerprint &reference) const;
    static QString describe(const Difference &difference); // translated, one line

    // The running program's embedded resources (":/..."), path and SHA-256, sorted.
    static QList<File> embeddedResources();

private:
    QList<File> m_files;
};

} // namespace acta
