// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Tessera {

// The numeric values are the CLI's exit statuses; keep them stable.
enum class ErrorCode : int {
    Ok = 0,
    Failed = 1,       // generic failure, validation found problems
    Usage = 2,        // bad command line
    Io = 3,           // cannot read or write a file
    NotTessera = 4,   // not a SQLite file, or not a Tessera workspace
    NewerVersion = 5, // made by a newer Tessera
    Corrupt = 6,      // truncated, damaged, or inconsistent content
    Invalid = 7,      // a value breaks an invariant of the model
    NotFound = 8,     // a referenced entity does not exist
    Cancelled = 9,    // the user or caller cancelled
    Limit = 10,       // a bounded size was exceeded
};

// What went wrong: a code, a translated message for people, and a technical
// detail (file, line, SQLite message) for logs and bug reports.
struct Error
{
    ErrorCode code = ErrorCode::Failed;
    QString message;
    QString detail;

    QString toString() const
    {
        return detail.isEmpty() ? message
                                : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

// A value or an Error. No exception crosses a layer; fallible calls return this.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success or an Error, for calls that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace Tessera
