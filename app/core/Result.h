#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace acta {

// What kind of failure it is, for the code that decides what to do next (and for tests). The
// message beside it is for people and may change with the language; never branch on it.
enum class ErrorCode : quint8 {
    None, // the Result succeeded
    InvalidInput, // malformed or out of rule: a key, a CSV row, JSON, a figure, a template, an option
    NotFound, // a file, row, user, acta or endpoint that does not exist
    AlreadyExists, // a unique thing a second time: a user, an acta received twice, an endpoint name
    Io, // reading or writing a file or folder failed
    PermissionDenied, // the role, or this person, may not do it
    InvalidState, // not now: a trigger the acta's state does not allow, a closed store
    WrongSecret, // a wrong password or passphrase
    AccountLocked,
    AccountDisabled,
    Integrity, // damaged, tampered, a signature or checksum that does not hold
    Incompatible, // a schema, format or library version this build does not use
    Constraint, // the database refused the change (a CHECK, a trigger such as append-only)
    Database, // any other database failure
    Network, // the hub could not be reached, or answered outside the protocol
    Unavailable, // something the program needs is missing here: memory, a terminal, a driver, a port
    Internal, // a programming error surfaced as a value
};

// The code's name in English (logs, test output); never shown as a message.
const char *errorCodeName(ErrorCode code);

// A failure: its kind, and a message already translated for the person who will read it.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

inline Error fail(ErrorCode code, QString message)
{
    // None means success: a failure that says so would read as none at all.
    return Error {code == ErrorCode::None ? ErrorCode::Internal : code, std::move(message)};
}

namespace detail {
// Reading the value of a failed Result is a programming error: it stops the process naming the
// message, in every build, instead of throwing std::bad_variant_access far from the cause.
[[noreturn]] void uncheckedResult(const Error &error);
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
    ErrorCode code() const
    {
        const Error *e = std::get_if<1>(&m_data);
        return e ? e->code : ErrorCode::None;
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
        detail::uncheckedResult(*std::get_if<1>(&m_data));
    }
    T &checked()
    {
        if (T *v = std::get_if<0>(&m_data)) [[likely]]
            return *v;
        detail::uncheckedResult(*std::get_if<1>(&m_data));
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
    ErrorCode code() const { return m_ok ? ErrorCode::None : m_error.code; }
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
