#include "Sha256.h"

#include <QCryptographicHash>

namespace acta {

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace acta
