#pragma once

#include <QByteArrayView>
#include <QString>

namespace acta {

// SHA-256 of the bytes in 64 lowercase hex digits: the integrity code PREP publishes for an
// image, and how records, receipts and files are named and compared throughout.
QString sha256Hex(QByteArrayView bytes);

} // namespace acta
