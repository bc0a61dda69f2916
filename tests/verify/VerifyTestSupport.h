// Helpers of tst_actaverify: files, CSV cells, the labels a station signs, and ZIP surgery.
#pragma once

#include "ActaKey.h"
#include "Election.h"
#include "PrepRules.h"
#include "SyncRecord.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace acta::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline bool copyFolder(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files))
        if (!QFile::copy(info.filePath(), to + QLatin1Char('/') + info.fileName()))
            return false;
    return true;
}

// The CSV line of an acta, edited: its cell in `column` replaced.
inline bool editCell(const QString &csvPath, const QByteArray &clave, const QByteArray &column, const QByteArray &value)
{
    QList<QByteArray> lines = readAll(csvPath).split('\n');
    if (lines.size() < 7)
        return false;
    const qsizetype index = lines.at(5).split('|').indexOf(column);
    for (QByteArray &line : lines) {
        QList<QByteArray> cells = line.split('|');
        if (cells.value(1) != clave || index < 0)
            continue;
        cells[index] = value;
        line = cells.join('|');
        return writeAll(csvPath, lines.join('\n'));
    }
    return false;
}

// The record with the labels a station signs: its own classification with its catalog
// (app/sync/OutboxRecords.cpp), not the fixed ones sampleRecord gives.
inline SyncRecord classified(SyncRecord r, const Election &e)
{
    ActaFacts facts;
    facts.casilla = e.catalog.find(r.clave.left(CasillaKey::Length));
    facts.actaType = ActaKey::parse(r.clave)->actaType();
    facts.sinActa = r.sinActaReason;
    facts.identityTyped = r.identityTyped;
    for (auto it = r.values.constBegin(); it != r.values.constEnd(); ++it)
        facts.tally.set(it.key(), it.value());
    const Classification c = PrepRules::classify(e.election, facts);
    r.totalCalculado = c.totalCalculado;
    r.contabilizada = c.contabilizada;
    r.observaciones = c.observaciones();
    return r;
}

// The archive with bytes inserted at `at`, every offset at or after it moved: still a zip any
// tool reads, but not in the layout the hub writes.
inline quint32 le32(const QByteArray &b, qsizetype at)
{
    return quint32(quint8(b.at(at))) | quint32(quint8(b.at(at + 1))) << 8 | quint32(quint8(b.at(at + 2))) << 16
        | quint32(quint8(b.at(at + 3))) << 24;
}

inline quint16 le16(const QByteArray &b, qsizetype at)
{
    return quint16(quint8(b.at(at)) | quint8(b.at(at + 1)) << 8);
}

inline void setLe32(QByteArray &b, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[at + i] = char((v >> (8 * i)) & 0xff);
}

// The local offset of the archive's entry `index`, from its central directory.
inline qsizetype entryOffset(const QByteArray &zip, int index)
{
    qsizetype p = le32(zip, zip.size() - 22 + 16);
    for (int i = 0; i < index; ++i)
        p += 46 + le16(zip, p + 28) + le16(zip, p + 30) + le16(zip, p + 32);
    return le32(zip, p + 42);
}

inline QByteArray withGap(const QByteArray &zip, qsizetype at, const QByteArray &gap)
{
    const quint32 cdSize = le32(zip, zip.size() - 22 + 12), cdOffset = le32(zip, zip.size() - 22 + 16);
    QByteArray out = zip.left(at) + gap + zip.mid(at);
    for (qsizetype p = cdOffset + gap.size(); p < qsizetype(cdOffset + gap.size() + cdSize);
         p += 46 + le16(out, p + 28) + le16(out, p + 30) + le16(out, p + 32))
        if (le32(out, p + 42) >= quint32(at))
            setLe32(out, p + 42, le32(out, p + 42) + quint32(gap.size()));
    setLe32(out, out.size() - 22 + 16, cdOffset + quint32(gap.size()));
    return out;
}

// The hub's archive in a layout it never writes, which other zip tools still read ("" when `how`
// names none of them).
inline QByteArray alteredArchive(const QByteArray &zip, const QString &how)
{
    if (how == QLatin1String("gap"))
        return withGap(zip, entryOffset(zip, 1), QByteArray(64, '\0'));
    if (how == QLatin1String("gap before directory"))
        return withGap(zip, le32(zip, zip.size() - 22 + 16), QByteArray(64, '\0'));
    QByteArray out = zip;
    if (how == QLatin1String("renamed"))
        return out;
    if (how == QLatin1String("local header")) {
        out[14] = char(out.at(14) ^ 0x01); // the first entry's CRC-32, in its local header only
        return out;
    }
    if (how == QLatin1String("polyglot")) // room for what unzip would take for the real directory
        return zip.left(zip.size() - 22) + QByteArray(200, 'z') + zip.right(22);
    if (how == QLatin1String("comment")) {
        out[out.size() - 2] = 4;
        return out + "hola";
    }
    return {};
}

// resultados.json or resultados_candidatura.csv of the cut in dir changed: the headline total,
// a figure of a row, a candidate's name.
inline bool tamperTotals(const QString &dir, const QString &how)
{
    if (how == QLatin1String("candidate")) {
        const QString path = dir + QStringLiteral("/resultados_candidatura.csv");
        QList<QByteArray> lines = readAll(path).split('\n');
        if (lines.size() <= 2)
            return false;
        lines[1] += "X";
        return writeAll(path, lines.join('\n'));
    }
    const QString path = dir + QStringLiteral("/resultados.json");
    QByteArray bytes = readAll(path);
    if (how == QLatin1String("json total")) {
        const qsizetype at = bytes.lastIndexOf("\"total_votos\": ");
        if (at < 0)
            return false;
        bytes.insert(at + 15, "1000");
    } else {
        if (!bytes.contains("\"PLU\": \"120\""))
            return false;
        bytes.replace("\"PLU\": \"120\"", "\"PLU\": \"210\"");
    }
    return writeAll(path, bytes);
}

} // namespace acta::test
