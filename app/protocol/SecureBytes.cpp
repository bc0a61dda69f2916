#include "SecureBytes.h"

#include <sodium.h>

#include <cstring>
#include <mutex>
#include <utility>

namespace acta {

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Fails only when the system offers no randomness at all: nothing here could be secure.
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised: no secure random source is available");
    });
}

SecureBytes::SecureBytes(qsizetype size)
{
    Q_ASSERT(size >= 0);
    if (size <= 0)
        return;
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size_t(size)));
    Q_CHECK_PTR(m_data);
    m_size = size;
    sodium_memzero(m_data, size_t(m_size));
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{ }

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes SecureBytes::copyOf(QByteArrayView bytes)
{
    SecureBytes out(bytes.size());
    if (!bytes.isEmpty())
        std::memcpy(out.m_data, bytes.data(), size_t(bytes.size()));
    return out;
}

SecureBytes SecureBytes::random(qsizetype size)
{
    SecureBytes out(size);
    if (size > 0)
        randombytes_buf(out.m_data, size_t(size));
    return out;
}

namespace {

// Decodes one code point at text[i], advancing i. An unpaired surrogate becomes U+FFFD, the
// Unicode replacement character (Qt 6.4's toUtf8() writes '?', so "a?b" would equal it).
char32_t nextCodePoint(QStringView text, qsizetype &i)
{
    const char16_t c = text[i++].unicode();
    if (QChar::isHighSurrogate(c) && i < text.size() && QChar::isLowSurrogate(text[i].unicode()))
        return QChar::surrogateToUcs4(c, text[i++].unicode());
    if (QChar::isSurrogate(c))
        return 0xFFFD;
    return c;
}

int utf8Length(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

} // namespace

SecureBytes SecureBytes::fromUtf8(QStringView text)
{
    qsizetype length = 0;
    for (qsizetype i = 0; i < text.size();)
        length += utf8Length(nextCodePoint(text, i));
    SecureBytes out(length);
    unsigned char *p = out.m_data;
    for (qsizetype i = 0; i < text.size();) {
        const char32_t cp = nextCodePoint(text, i);
        switch (utf8Length(cp)) {
        case 1:
            *p++ = static_cast<unsigned char>(cp);
            break;
        case 2:
            *p++ = static_cast<unsigned char>(0xC0 | (cp >> 6));
            *p++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            break;
        case 3:
            *p++ = static_cast<unsigned char>(0xE0 | (cp >> 12));
            *p++ = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            break;
        default:
            *p++ = static_cast<unsigned char>(0xF0 | (cp >> 18));
            *p++ = static_cast<unsigned char>(0x80 | ((cp >> 12) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | ((cp >> 6) & 0x3F));
            *p++ = static_cast<unsigned char>(0x80 | (cp & 0x3F));
            break;
        }
    }
    return out;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    if (m_size != other.m_size)
        return false;
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, size_t(m_size)) == 0;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes out(m_size);
    if (m_size > 0)
        std::memcpy(out.m_data, m_data, size_t(m_size));
    return out;
}

void SecureBytes::wipe()
{
    if (m_data)
        sodium_memzero(m_data, size_t(m_size));
}

void SecureBytes::clear()
{
    if (!m_data)
        return;
    sodium_memzero(m_data, size_t(m_size));
    sodium_free(m_data);
    m_data = nullptr;
    m_size = 0;
}

} // namespace acta
