#pragma once

#include <QByteArrayView>
#include <QStringView>
#include <QtGlobal>

namespace acta {

// Makes libsodium usable; safe to call from any thread, any number of times.
void ensureSodium();

// Secret bytes (keys, passphrases) in libsodium's guarded heap: page-aligned, mlocked so they
// are never swapped out, fenced by guard pages, and wiped before being returned. Move-only so
// no silent copy of a secret can outlive its owner.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(qsizetype size); // zero-filled
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    ~SecureBytes();

    static SecureBytes copyOf(QByteArrayView bytes);
    static SecureBytes random(qsizetype size);
    // The UTF-8 encoding of a passphrase, written straight into guarded memory:
    // QString::toUtf8() would leave an unwiped copy on the ordinary heap.
    static SecureBytes fromUtf8(QStringView text);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *constChars() const { return reinterpret_cast<const char *>(m_data); }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant time, so a comparison does not leak how many leading bytes matched.
    bool equals(const SecureBytes &other) const;
    SecureBytes clone() const;

    void wipe(); // zeroes the bytes, keeps the size
    void clear(); // wipes and releases the memory

private:
    unsigned char *m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace acta
