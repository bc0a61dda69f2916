#include "CutManifest.h"

#include "CanonicalJson.h"
#include "Clock.h"
#include "SigningKey.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

namespace acta {

namespace {
const QString FormatKey = QStringLiteral("format");
const QString ElectionKey = QStringLiteral("election_id");
const QString TemplateKey = QStringLiteral("template_id");
const QString CutAtKey = QStringLiteral("cut_at");
const QString ModeKey = QStringLiteral("mode");
const QString FinalKey = QStringLiteral("final_cut");
const QString ArchiveKey = QStringLiteral("archive");
const QString HubKeyKey = QStringLiteral("hub_key");
const QString PublicKeyKey = QStringLiteral("hub_public_key");
const QString FilesKey = QStringLiteral("files");
const QString ShaKey = QStringLiteral("sha256");
const QString SizeKey = QStringLiteral("size");

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}\\z"));
    return re.match(text).hasMatch();
}

// A template id: what the template parser takes.
bool isIdText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}\\z"));
    return re.match(text).hasMatch();
}

// An election id: the template does not restrict it; one bounded line here.
bool isElectionId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[^\\x00-\\x1f\\x7f]{1,200}\\z"));
    return re.match(text).hasMatch();
}

// The one base64 spelling of exactly `size` bytes (padding, no line breaks), or nothing.
std::optional<QByteArray> strictBase64(const QString &text, qsizetype size)
{
    const QByteArray latin = text.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != latin)
        return std::nullopt;
    return decoded.decoded;
}

QString at(const QString &key)
{
    return CanonicalJson::childPath(QStringLiteral("$"), key);
}
} // namespace

bool CutManifest::isFileName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}\\z"));
    return re.match(name).hasMatch();
}

void CutManifest::addFile(const QString &name, QByteArrayView bytes)
{
    files.insert(name,
                 File {QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                       qint64(bytes.size())});
}

QString CutManifest::modeName(bool simulation)
{
    return simulation ? QStringLiteral("simulacro") : QStringLiteral("produccion");
}

Result<QByteArray> CutManifest::canonicalBytes() const
{
    if (!isElectionId(electionId) || !isIdText(templateId))
        return fail(ErrorCode::InvalidInput, tr("The manifest needs the election's and the template's ids."));
    if (!cutAt.isValid())
        return fail(ErrorCode::InvalidInput, tr("The manifest needs the cut's time."));
    if (!isFileName(archive) || hubPublicKey.size() != SigningKey::PublicKeySize)
        return fail(ErrorCode::InvalidInput, tr("The manifest needs the cut's archive name and the hub's public key."));
    if (files.isEmpty() || files.size() > MaxFiles)
        return fail(ErrorCode::InvalidInput,
                    tr("A manifest lists 1 to %1 files, not %2.").arg(MaxFiles).arg(files.size()));
    QJsonObject list;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!isFileName(it.key()) || !isSha256Hex(it->sha256) || it->size < 0)
            return fail(
                ErrorCode::InvalidInput,
                tr("The manifest's entry %1 is not a file name with its hash and size.").arg(it.key().left(100)));
        list.insert(it.key(), QJsonObject {{ShaKey, it->sha256}, {SizeKey, it->size}});
    }
    const QJsonObject o {{FormatKey, Format},
                         {ElectionKey, electionId},
                         {TemplateKey, templateId},
                         {CutAtKey, toStoredUtc(cutAt)},
                         {ModeKey, modeName(simulation)},
                         {FinalKey, finalCut},
                         {ArchiveKey, archive},
                         {HubKeyKey, SigningKey::fingerprintOf(hubPublicKey)},
                         {PublicKeyKey, QString::fromLatin1(hubPublicKey.toBase64())},
                         {FilesKey, list}};
    return CanonicalJson::serialize(o);
}

Result<CutManifest> CutManifest::parse(QByteArrayView bytes)
{
    if (bytes.size() > MaxSize)
        return fail(ErrorCode::InvalidInput,
                    tr("The manifest has %1 bytes, more than the %2 allowed.").arg(bytes.size()).arg(MaxSize));
    Result<QJsonObject> o = CanonicalJson::parseObject(bytes, true);
    if (!o)
        return o.takeError();
    static const QStringList keys {FormatKey, ElectionKey, TemplateKey, CutAtKey,     ModeKey,
                                   FinalKey,  ArchiveKey,  HubKeyKey,   PublicKeyKey, FilesKey};
    for (auto it = o->constBegin(); it != o->constEnd(); ++it)
        if (!keys.contains(it.key()))
            return fail(ErrorCode::InvalidInput, tr("%1: unknown field").arg(at(it.key().left(100))));
    for (const QString &k : keys)
        if (!o->contains(k))
            return fail(ErrorCode::InvalidInput, tr("%1: missing").arg(at(k)));
    if (o->value(FormatKey).toString() != Format)
        return fail(ErrorCode::Incompatible,
                    tr("%1: expected \"%2\" (a newer format needs a newer actaverify)").arg(at(FormatKey), Format));
    CutManifest m;
    m.electionId = o->value(ElectionKey).toString();
    m.templateId = o->value(TemplateKey).toString();
    if (!isElectionId(m.electionId))
        return fail(ErrorCode::InvalidInput, tr("%1: expected an id").arg(at(ElectionKey)));
    if (!isIdText(m.templateId))
        return fail(ErrorCode::InvalidInput, tr("%1: expected an id").arg(at(TemplateKey)));
    const QString cutAt = o->value(CutAtKey).toString();
    m.cutAt = fromStoredUtc(cutAt);
    if (!m.cutAt.isValid() || toStoredUtc(m.cutAt) != cutAt)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected a UTC time like 2027-06-06T04:00:00.000Z").arg(at(CutAtKey)));
    const QString mode = o->value(ModeKey).toString();
    if (mode != modeName(true) && mode != modeName(false))
        return fail(ErrorCode::InvalidInput, tr("%1: expected \"produccion\" or \"simulacro\"").arg(at(ModeKey)));
    m.simulation = mode == modeName(true);
    if (!o->value(FinalKey).isBool())
        return fail(ErrorCode::InvalidInput, tr("%1: expected true or false").arg(at(FinalKey)));
    m.finalCut = o->value(FinalKey).toBool();
    m.archive = o->value(ArchiveKey).toString();
    if (!isFileName(m.archive) || !m.archive.endsWith(QLatin1String(".zip")))
        return fail(ErrorCode::InvalidInput, tr("%1: expected the name of a .zip file").arg(at(ArchiveKey)));
    const std::optional<QByteArray> key = strictBase64(o->value(PublicKeyKey).toString(), SigningKey::PublicKeySize);
    if (!key)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected %2 bytes in base64").arg(at(PublicKeyKey)).arg(SigningKey::PublicKeySize));
    m.hubPublicKey = *key;
    if (o->value(HubKeyKey).toString() != SigningKey::fingerprintOf(m.hubPublicKey))
        return fail(ErrorCode::InvalidInput, tr("%1: not the fingerprint of %2").arg(at(HubKeyKey), at(PublicKeyKey)));
    const QJsonValue filesValue = o->value(FilesKey);
    const QJsonObject files = filesValue.toObject();
    if (!filesValue.isObject() || files.isEmpty() || files.size() > MaxFiles)
        return fail(ErrorCode::InvalidInput,
                    tr("%1: expected an object of 1 to %2 files").arg(at(FilesKey)).arg(MaxFiles));
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString path = CanonicalJson::childPath(at(FilesKey), it.key().left(100));
        if (!isFileName(it.key()))
            return fail(ErrorCode::InvalidInput, tr("%1: not a plain file name").arg(path));
        const QJsonObject entry = it.value().toObject();
        const QJsonValue sha = entry.value(ShaKey);
        const QJsonValue size = entry.value(SizeKey);
        if (!it.value().isObject() || entry.size() != 2 || !sha.isString() || !isSha256Hex(sha.toString())
            || !size.isDouble() || size.toDouble() < 0 || size.toDouble() > double(CanonicalJson::MaxInteger))
            return fail(ErrorCode::InvalidInput,
                        tr("%1: expected {\"sha256\": 64 lowercase hex digits, \"size\": bytes}").arg(path));
        m.files.insert(it.key(), File {sha.toString(), qint64(size.toDouble())});
    }
    return m;
}

QByteArray CutManifest::signatureFile(const SigningKey &hubKey, QByteArrayView manifestBytes)
{
    return hubKey.sign(manifestBytes).toBase64() + '\n';
}

Result<QByteArray> CutManifest::signatureFromFile(QByteArrayView text)
{
    if (text.size() > MaxSignatureFileSize)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 has %2 bytes; a signature file has about 90.").arg(signatureFileName()).arg(text.size()));
    QByteArrayView line = text;
    if (line.endsWith('\n'))
        line.chop(1);
    const std::optional<QByteArray> signature
        = strictBase64(QString::fromLatin1(line.toByteArray()), SigningKey::SignatureSize);
    if (!signature)
        return fail(ErrorCode::InvalidInput,
                    tr("%1 does not hold %2 bytes in base64 on one line.")
                        .arg(signatureFileName())
                        .arg(SigningKey::SignatureSize));
    return *signature;
}

Status CutManifest::verify(QByteArrayView manifestBytes, QByteArrayView signature, QByteArrayView publicKey)
{
    return SigningKey::verify(publicKey, manifestBytes, signature);
}

QByteArray HubKeyFile::pem(const QByteArray &publicKey)
{
    // SEQUENCE { SEQUENCE { OID 1.3.101.112 (Ed25519) }, BIT STRING { the 32 key bytes } }
    const QByteArray der = QByteArray::fromHex("302a300506032b6570032100") + publicKey;
    return "-----BEGIN PUBLIC KEY-----\n" + der.toBase64() + "\n-----END PUBLIC KEY-----\n";
}

QByteArray HubKeyFile::text(const QByteArray &publicKey)
{
    // Spanish, like every published file; the "name: value" lines and the PEM block are for programs.
    const QString comment = QStringLiteral(
        "# Llave pública del concentrador (Ed25519): firma manifiesto.json de cada corte y los acuses\n"
        "# de recibo de las estaciones. Compruebe la huella por un canal independiente (el acta del\n"
        "# notario, el sitio de la autoridad): un archivo de esta carpeta no prueba nada por sí solo.\n");
    return comment.toUtf8() + "algoritmo: Ed25519\nllave_base64: " + publicKey.toBase64() + "\nllave_hex: "
        + publicKey.toHex() + "\nhuella: " + SigningKey::fingerprintOf(publicKey).toLatin1() + "\n" + pem(publicKey);
}

} // namespace acta
