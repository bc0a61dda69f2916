#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace acta {

// A failure: a message already translated for the person who will read it.
struct Error
{
    QString message;
};

inline Error fail(QString message)
{
    return Error {std::move(message)};
}

namespace detail {
// Reading the value of a failed Result is a programming error: it stops the process naming the
// message, in every build, instead of throwing std::bad_variant_access far from the cause.
[[noreturn]] void uncheckedResult(const QString &message);
// The error of a successful Result reads as empty (test macros format it before they look),
// but taking it to pass on as a failure is a programming error: it would turn a success into a
// failure with no message.
const QString &noError();
[[noreturn]] void successTakenAsError();
} // namespace detail

// Errors are values: every fallible call returns a Result the caller must look at.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool isOk() const { return m_data.index() == 0; }
    explicit operator bool() const { return isOk(); }

    const T &value() const & { return checked(); }
    T &value() & { return checked(); }
    T &&value() && { return std::move(checked()); }
    const T *operator->() const { return &checked(); }
    T *operator->() { return &checked(); }
    const T &operator*() const & { return checked(); }
    T &operator*() & { return checked(); }

    const QString &error() const
    {
        const Error *e = std::get_if<1>(&m_data);
        return e ? e->message : detail::noError();
    }
    Error takeError() const
    {
        const Error *e = std::get_if<1>(&m_data);
        if (!e) [[unlikely]]
            detail::successTakenAsError();
        return *e;
    }

private:
    const T &checked() const
    {
        if (const T *v = std::get_if<0>(&m_data)) [[likely]]
            return *v;
        detail::uncheckedResult(std::get_if<1>(&m_data)->message);
    }
    T &checked()
    {
        if (T *v = std::get_if<0>(&m_data)) [[likely]]
            return *v;
        detail::uncheckedResult(std::get_if<1>(&m_data)->message);
    }

    std::variant<T, Error> m_data;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &error() const { return m_error.message; }
    Error takeError() const
    {
        if (m_ok) [[unlikely]]
            detail::successTakenAsError();
        return m_error;
    }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

} // namespace acta
