// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <cstdint>
#include <span>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace Tessera::Store {

// A thin RAII layer over the SQLite C API for the workspace file. It keeps
// sqlite3.h out of other headers, so tests can open and tamper with files
// (to make broken fixtures) without depending on SQLite directly.
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    void bind(int index, std::int64_t value);
    void bind(int index, double value); // NaN binds as NULL: SQLite has no NaN
    void bind(int index, std::string_view utf8);
    void bind(int index, const QString &text);
    // The bytes must stay alive until the next step() or reset().
    void bindBlob(int index, std::span<const std::uint8_t> bytes);
    void bindNull(int index);

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    void reset();

    enum class Type { Integer = 1, Real = 2, Text = 3, Blob = 4, Null = 5 };
    Type type(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    // Valid until the next step(); bytes of the value as stored.
    std::string_view text(int column) const;
    std::span<const std::uint8_t> blob(int column) const;

private:
    friend class Database;
    explicit Statement(sqlite3_stmt *stmt)
        : m_stmt(stmt)
    {}
    sqlite3_stmt *m_stmt = nullptr;
};

class Database
{
public:
    Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    enum class Mode { ReadOnly, ReadWrite, Create };
    // ReadOnly opens a "file:" URI with mode=ro, defensive mode on, trusted
    // schema off, triggers and views off, and a bound on any value's length.
    Status open(const QString &path, Mode mode, std::int64_t maxValueLength = 0);
    Status close(); // reports an error that only shows on close
    bool isOpen() const { return m_db != nullptr; }

    Status exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    // The first column of the first row of a query returning an integer.
    Result<std::int64_t> queryInteger(const char *sql);

    QString errorMessage() const;
    int errorCode() const;
    sqlite3 *handle() const { return m_db; }

    // An Error with the SQLite message of this connection in its detail.
    Error error(ErrorCode code, const QString &message) const;

private:
    sqlite3 *m_db = nullptr;
};

} // namespace Tessera::Store
