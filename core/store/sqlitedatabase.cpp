// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sqlitedatabase.h"

#include <QCoreApplication>
#include <QUrl>

#include <sqlite3.h>

#include <cmath>
#include <utility>

namespace Tessera::Store {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceFile)
};
} // namespace

// --- Statement ----------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bind(int index, double value)
{
    if (std::isnan(value))
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, std::string_view utf8)
{
    // SQLITE_TRANSIENT: callers often pass temporaries (QString::toUtf8()).
    sqlite3_bind_text64(m_stmt, index, utf8.data(), utf8.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    bind(index, std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void Statement::bindBlob(int index, std::span<const std::uint8_t> bytes)
{
    // A zero-length blob must still be a blob, not NULL: give it a valid pointer.
    static const std::uint8_t empty = 0;
    sqlite3_bind_blob64(m_stmt, index, bytes.empty() ? &empty : bytes.data(), bytes.size(),
                        SQLITE_STATIC);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int Statement::step()
{
    return sqlite3_step(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

Statement::Type Statement::type(int column) const
{
    return static_cast<Type>(sqlite3_column_type(m_stmt, column));
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string_view(p, static_cast<std::size_t>(n)) : std::string_view();
}

std::span<const std::uint8_t> Statement::blob(int column) const
{
    const auto *p = static_cast<const std::uint8_t *>(sqlite3_column_blob(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::span<const std::uint8_t>(p, static_cast<std::size_t>(n))
             : std::span<const std::uint8_t>();
}

// --- Database -------------------------------------------------------------------

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Status Database::open(const QString &path, Mode mode, std::int64_t maxValueLength)
{
    if (m_db)
        return makeError(ErrorCode::Failed, Tr::tr("The database is already open."));
    int flags = SQLITE_OPEN_NOMUTEX;
    QByteArray name;
    if (mode == Mode::ReadOnly) {
        // A URI so that mode=ro is explicit; the path is percent-encoded so
        // that '?' or '#' in a file name cannot add parameters.
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(path).toEncoded() + "?mode=ro";
    } else {
        flags |= SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0);
        name = path.toUtf8();
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = makeError(ErrorCode::Io, Tr::tr("The file cannot be opened."),
                            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                 : QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return e;
    }
    sqlite3_extended_result_codes(m_db, 1);
    if (mode == Mode::ReadOnly) {
        // The file is untrusted input: no way for its schema to run code or
        // to make us allocate without bound.
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
        if (maxValueLength > 0)
            sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH,
                          static_cast<int>(std::min<std::int64_t>(maxValueLength, 0x7fffffff)));
        sqlite3_limit(m_db, SQLITE_LIMIT_ATTACHED, 0);
        if (Status s = exec("PRAGMA trusted_schema=OFF"); !s)
            return s;
    }
    return {};
}

Status Database::close()
{
    if (!m_db)
        return {};
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK) {
        Error e = error(ErrorCode::Io, Tr::tr("The file cannot be closed."));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return e;
    }
    m_db = nullptr;
    return {};
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return makeError(ErrorCode::Io, Tr::tr("A database command failed."), detail);
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return error(ErrorCode::Io, Tr::tr("A database command failed."));
    }
    return Statement(stmt);
}

Result<std::int64_t> Database::queryInteger(const char *sql)
{
    Result<Statement> stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    const int rc = stmt->step();
    if (rc != SQLITE_ROW)
        return error(ErrorCode::Io, Tr::tr("A database command failed."));
    return stmt->integer(0);
}

QString Database::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

int Database::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}

Error Database::error(ErrorCode code, const QString &message) const
{
    return makeError(code, message, errorMessage());
}

} // namespace Tessera::Store
