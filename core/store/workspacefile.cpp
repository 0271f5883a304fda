// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/workspacefile.h"

#include "core/store/accountcodec.h"
#include "core/store/migration.h"
#include "core/store/shapecodec.h"
#include "core/store/sqlitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cmath>
#include <future>
#include <set>
#include <thread>
#include <unordered_map>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Tessera::WorkspaceFile {

using Store::Database;
using Store::Statement;

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceFile)
};

constexpr const char *Schema = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value NOT NULL) WITHOUT ROWID;
CREATE TABLE models(position INTEGER PRIMARY KEY, id INTEGER NOT NULL, name TEXT NOT NULL,
    api_name TEXT NOT NULL, description TEXT NOT NULL, state INTEGER NOT NULL);
CREATE TABLE types(position INTEGER PRIMARY KEY, id INTEGER NOT NULL, name TEXT NOT NULL,
    api_name TEXT NOT NULL, description TEXT NOT NULL, priority INTEGER NOT NULL);
CREATE TABLE territories(position INTEGER PRIMARY KEY, id INTEGER NOT NULL,
    model_id INTEGER NOT NULL, parent_id INTEGER NOT NULL, type_id INTEGER NOT NULL,
    name TEXT NOT NULL, api_name TEXT NOT NULL, description TEXT NOT NULL,
    account_access INTEGER NOT NULL, opportunity_access INTEGER NOT NULL,
    case_access INTEGER NOT NULL, contact_access INTEGER NOT NULL,
    forecast_manager_id INTEGER NOT NULL, colour INTEGER NOT NULL,
    target_accounts REAL, target_workload REAL, target_potential REAL);
CREATE TABLE rules(position INTEGER PRIMARY KEY, id INTEGER NOT NULL, model_id INTEGER NOT NULL,
    api_name TEXT NOT NULL, label TEXT NOT NULL, object_type TEXT NOT NULL,
    active INTEGER NOT NULL, boolean_filter TEXT NOT NULL);
CREATE TABLE rule_items(rule_id INTEGER NOT NULL, position INTEGER NOT NULL, field TEXT NOT NULL,
    operation TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(rule_id, position)) WITHOUT ROWID;
CREATE TABLE rule_associations(position INTEGER PRIMARY KEY, rule_id INTEGER NOT NULL,
    territory_id INTEGER NOT NULL, apply_to_children INTEGER NOT NULL);
CREATE TABLE reps(position INTEGER PRIMARY KEY, id INTEGER NOT NULL, user_id TEXT NOT NULL,
    name TEXT NOT NULL, email TEXT NOT NULL, capacity_hours REAL, home_latitude REAL,
    home_longitude REAL);
CREATE TABLE rep_assignments(position INTEGER PRIMARY KEY, rep_id INTEGER NOT NULL,
    territory_id INTEGER NOT NULL, role TEXT NOT NULL);
CREATE TABLE manual_assignments(position INTEGER PRIMARY KEY, account_id TEXT NOT NULL,
    territory_id INTEGER NOT NULL);
CREATE TABLE exclusions(position INTEGER PRIMARY KEY, account_id TEXT NOT NULL,
    territory_id INTEGER NOT NULL);
CREATE TABLE account_fields(position INTEGER PRIMARY KEY, name TEXT NOT NULL, label TEXT NOT NULL,
    type INTEGER NOT NULL, storage INTEGER NOT NULL, standard INTEGER NOT NULL);
CREATE TABLE account_dictionaries(field INTEGER PRIMARY KEY, value_count INTEGER NOT NULL,
    encoding INTEGER NOT NULL, raw_size INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE account_chunks(chunk INTEGER NOT NULL, field INTEGER NOT NULL,
    row_count INTEGER NOT NULL, encoding INTEGER NOT NULL, raw_size INTEGER NOT NULL,
    data BLOB NOT NULL);
CREATE TABLE preserved(position INTEGER PRIMARY KEY, kind TEXT NOT NULL,
    owner_id INTEGER NOT NULL, content TEXT NOT NULL);
)sql";

constexpr const char *TableNames[] = {
    "meta",
    "models",
    "types",
    "territories",
    "rules",
    "rule_items",
    "rule_associations",
    "reps",
    "rep_assignments",
    "manual_assignments",
    "exclusions",
    "account_fields",
    "account_dictionaries",
    "account_chunks",
    "territory_units",
    "drawn_shapes",
    "balance_settings",
    "balance_measures",
    "balance_segments",
};

// Entity texts are bounded by the model in characters; this bounds bytes
// before any conversion (a character is at most 4 UTF-8 bytes).
constexpr std::size_t MaxEntityTextBytes = 4u * WorkspaceDocument::MaxTextLength;
// Total decoded account bytes: bounds memory a small, highly compressed file
// could make us allocate.
constexpr std::uint64_t MaxAccountBytes = 8ull * 1024 * 1024 * 1024;
// Imported content Tessera does not model (WorkspaceData::preserved): one
// entry per imported file at most, each bounded, and all of them together.
constexpr std::size_t MaxPreservedRows =
    WorkspaceDocument::MaxModels + WorkspaceDocument::MaxTypes + WorkspaceDocument::MaxTerritories +
    WorkspaceDocument::MaxRules + 64;
constexpr std::size_t MaxPreservedBytes = 16u * 1024 * 1024;
constexpr std::uint64_t MaxPreservedTotalBytes = 512ull * 1024 * 1024;
// zlib level for account data: level 1 compresses text almost as well as
// the default here at several times the speed.
constexpr int CompressionLevel = 1;

// --- saving -------------------------------------------------------------------

// One value for a placeholder: whole numbers, enumerations and flags as
// integers, QString and UTF-8 as text, QByteArray and byte spans as blobs
// (alive until the statement has run).
template<typename T>
void bindValue(Statement &stmt, int index, const T &value)
{
    if constexpr (std::is_integral_v<T> || std::is_enum_v<T>)
        stmt.bind(index, std::int64_t(value));
    else if constexpr (std::is_floating_point_v<T>)
        stmt.bind(index, double(value));
    else if constexpr (std::is_same_v<T, QString>)
        stmt.bind(index, value);
    else if constexpr (std::is_same_v<T, QByteArray>)
        stmt.bindBlob(index, {reinterpret_cast<const std::uint8_t *>(value.constData()),
                              std::size_t(value.size())});
    else if constexpr (std::is_same_v<T, std::span<const std::uint8_t>>)
        stmt.bindBlob(index, value);
    else
        stmt.bind(index, std::string_view(value));
}

class Writer
{
public:
    Writer(Database &db, const Progress &progress)
        : m_db(db)
        , m_progress(progress)
    {}

    Status write(const WorkspaceData &d);

private:
    Status step(Statement &stmt)
    {
        const int rc = stmt.step();
        stmt.reset();
        if (rc != SQLITE_DONE)
            return m_db.error(ErrorCode::Io, Tr::tr("The workspace cannot be written."));
        return {};
    }
    // Binds the values to ?1, ?2, ... in order and runs the statement.
    template<typename... Values>
    Status insert(Statement &stmt, const Values &...values)
    {
        int index = 0;
        (bindValue(stmt, ++index, values), ...);
        return step(stmt);
    }
    // A list table: one row per item, its position first, then the values
    // of the tuple columns(item) gives, in the order of the table's columns.
    template<typename Items, typename Columns>
    Status insertList(const char *table, const Items &items, Columns columns)
    {
        using Row = std::invoke_result_t<Columns, const typename Items::value_type &>;
        QByteArray sql = QByteArray("INSERT INTO ") + table + " VALUES(?1";
        for (std::size_t c = 2; c <= std::tuple_size_v<Row> + 1; ++c)
            sql += ", ?" + QByteArray::number(qulonglong(c));
        sql += ')';
        Result<Statement> stmt = m_db.prepare(sql.constData());
        if (!stmt)
            return stmt.error();
        std::int64_t position = 0;
        for (const auto &item : items) {
            const Row row = columns(item);
            const Status s = std::apply(
                [&](const auto &...values) { return insert(*stmt, position, values...); }, row);
            if (!s)
                return s;
            ++position;
        }
        return {};
    }
    Status writeEntities(const WorkspaceData &d);
    Status writeBalance(const WorkspaceData &d);
    Status writeAccounts(const AccountStore &accounts);

    Database &m_db;
    const Progress &m_progress;
};

#define TRY(expr)                                                                                  \
    do {                                                                                           \
        if (Status s_ = (expr); !s_)                                                               \
            return s_;                                                                             \
    } while (false)

#define PREPARE(var, sql)                                                                          \
    Result<Statement> var##Result = m_db.prepare(sql);                                             \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    Statement &var = *var##Result

Status Writer::write(const WorkspaceData &d)
{
    TRY(m_db.exec(Schema));
    TRY(m_db.exec(Store::GeographyTables));
    TRY(m_db.exec(Store::BalanceTables));
    TRY(writeEntities(d));
    TRY(writeBalance(d));
    return writeAccounts(d.accounts);
}

Status Writer::writeEntities(const WorkspaceData &d)
{
    {
        PREPARE(st, "INSERT INTO meta(key, value) VALUES(?1, ?2)");
        TRY(insert(st, "next_id", d.nextId));
        TRY(insert(st, "account_rows", d.accounts.rowCount()));
        TRY(insert(st, "account_chunk_rows", Store::ChunkRows));
        TRY(insert(st, "writer", "Tessera " TESSERA_VERSION));
    }
    TRY(insertList("models", d.models, [](const TerritoryModel &m) {
        return std::tuple(m.id, m.name, m.apiName, m.description, m.state);
    }));
    TRY(insertList("types", d.types, [](const TerritoryType &t) {
        return std::tuple(t.id, t.name, t.apiName, t.description, t.priority);
    }));
    TRY(insertList("territories", d.territories, [](const Territory &t) {
        return std::tuple(t.id, t.modelId, t.parentId, t.typeId, t.name, t.apiName, t.description,
                          t.accountAccess, t.opportunityAccess, t.caseAccess, t.contactAccess,
                          t.forecastManagerId, t.colour, t.targets.accounts, t.targets.workload,
                          t.targets.potential);
    }));
    TRY(insertList("rules", d.rules, [](const AssignmentRule &r) {
        return std::tuple(r.id, r.modelId, r.apiName, r.label, r.objectType, r.active,
                          r.booleanFilter);
    }));
    {
        PREPARE(items, "INSERT INTO rule_items VALUES(?1, ?2, ?3, ?4, ?5)");
        for (const AssignmentRule &r : d.rules) {
            std::int64_t position = 0;
            for (const RuleItem &item : r.items)
                TRY(insert(items, r.id, position++, item.field, item.operation, item.value));
        }
    }
    TRY(insertList("rule_associations", d.ruleAssociations, [](const RuleAssociation &a) {
        return std::tuple(a.ruleId, a.territoryId, a.applyToChildren);
    }));
    TRY(insertList("reps", d.reps, [](const Rep &r) {
        return std::tuple(r.id, r.userId, r.name, r.email, r.capacityHours, r.homeLatitude,
                          r.homeLongitude);
    }));
    TRY(insertList("rep_assignments", d.repAssignments, [](const RepAssignment &a) {
        return std::tuple(a.repId, a.territoryId, a.role);
    }));
    const auto link = [](const AccountTerritoryLink &l) {
        return std::tuple(l.accountId, l.territoryId);
    };
    TRY(insertList("manual_assignments", d.manualAssignments, link));
    TRY(insertList("exclusions", d.exclusions, link));
    TRY(insertList("territory_units", d.territoryUnits, [](const TerritoryUnit &u) {
        return std::tuple(u.territoryId, u.unit.kind, std::string_view(u.unit.id));
    }));
    TRY(insertList("drawn_shapes", d.drawnShapes, [](const DrawnShape &shape) {
        return std::tuple(shape.id, shape.territoryId, shape.name, Store::encodeShape(shape.shape));
    }));
    return insertList("preserved", d.preserved, [](const PreservedContent &p) {
        return std::tuple(p.kind, p.ownerId, p.content);
    });
}

// Every model gets its rows, default settings included, so that a file
// says what it was measured with.
Status Writer::writeBalance(const WorkspaceData &d)
{
    PREPARE(settings, "INSERT INTO balance_settings VALUES(?1, ?2, ?3)");
    PREPARE(measures, "INSERT INTO balance_measures VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    PREPARE(segments, "INSERT INTO balance_segments VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const TerritoryModel &m : d.models) {
        const BalanceSettings &b = m.balance;
        TRY(insert(settings, m.id, b.tolerancePercent, b.targetMode));
        std::int64_t measure = 0;
        for (const MeasureDefinition *def : {&b.workload, &b.potential}) {
            TRY(insert(measures, m.id, measure, def->kind, def->field, def->segmentField,
                       def->otherFormula));
            std::int64_t position = 0;
            for (const MeasureSegment &seg : def->segments)
                TRY(insert(segments, m.id, measure, position++, seg.value, seg.lower, seg.upper,
                           seg.formula));
            ++measure;
        }
    }
    return {};
}

Status Writer::writeAccounts(const AccountStore &accounts)
{
    const int fields = accounts.fieldCount();
    {
        PREPARE(st, "INSERT INTO account_fields VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
        PREPARE(dict, "INSERT INTO account_dictionaries VALUES(?1, ?2, ?3, ?4, ?5)");
        for (int f = 0; f < fields; ++f) {
            const FieldDef &def = accounts.field(f);
            TRY(insert(st, f, def.name, def.label, def.type, def.storage, def.standard));
            if (const auto *d = std::get_if<DictionaryColumn>(&accounts.column(f))) {
                const Store::EncodedBlob blob = Store::encodeDictionary(*d, CompressionLevel);
                if (blob.longestText > Store::MaxAccountTextBytes ||
                    blob.bytes.size() > qsizetype(Store::MaxBlobBytes))
                    return makeError(ErrorCode::Limit,
                                     Tr::tr("The account field \"%1\" holds a value longer than a "
                                            "workspace file allows.")
                                         .arg(def.name));
                TRY(insert(dict, f, d->values().size(), blob.encoding, blob.rawSize, blob.bytes));
            }
        }
    }

    PREPARE(st, "INSERT INTO account_chunks VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    const std::size_t rows = accounts.rowCount();
    const std::size_t chunks = (rows + Store::ChunkRows - 1) / Store::ChunkRows;
    using Chunk = std::vector<Store::EncodedBlob>;
    // Encoding (mostly zlib) of the next chunk overlaps with SQLite writing
    // this one; the fields of a chunk are split between two threads.
    auto encode = [&accounts, fields, rows](std::size_t c) {
        const std::size_t begin = c * Store::ChunkRows;
        const std::size_t end = std::min(rows, begin + Store::ChunkRows);
        Chunk out(static_cast<std::size_t>(fields));
        auto part = [&](int first, int step) {
            for (int f = first; f < fields; f += step)
                out[std::size_t(f)] =
                    Store::encodeColumnChunk(accounts.column(f), begin, end, CompressionLevel);
        };
        std::thread helper(part, 1, 2);
        part(0, 2);
        helper.join();
        return out;
    };
    std::future<Chunk> next;
    if (chunks > 0)
        next = std::async(std::launch::async, encode, 0);
    for (std::size_t c = 0; c < chunks; ++c) {
        Chunk chunk = next.get();
        if (c + 1 < chunks)
            next = std::async(std::launch::async, encode, c + 1);
        if (m_progress.cancelled()) {
            if (next.valid())
                next.wait();
            return makeError(ErrorCode::Cancelled, Tr::tr("Saving was cancelled."));
        }
        const std::size_t chunkRows = std::min(Store::ChunkRows, rows - c * Store::ChunkRows);
        for (int f = 0; f < fields; ++f) {
            const Store::EncodedBlob &blob = chunk[std::size_t(f)];
            if (blob.longestText > Store::MaxAccountTextBytes) {
                if (next.valid())
                    next.wait();
                return makeError(ErrorCode::Limit,
                                 Tr::tr("The account field \"%1\" holds a value longer than a "
                                        "workspace file allows.")
                                     .arg(accounts.field(f).name));
            }
            if (Status s = insert(st, c, f, chunkRows, blob.encoding, blob.rawSize, blob.bytes);
                !s) {
                if (next.valid())
                    next.wait();
                return s;
            }
        }
        m_progress.update(0.05 + 0.9 * double(c + 1) / double(chunks));
    }
    return {};
}

#if defined(Q_OS_UNIX)
QString osError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Status syncPath(const QString &path, bool directory)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | (directory ? O_DIRECTORY : 0) | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, Tr::tr("The workspace cannot be written."), osError());
    const int rc = ::fsync(fd);
    const QString message = rc != 0 ? osError() : QString();
    ::close(fd);
    // Some file systems cannot sync a directory; the rename is still atomic.
    if (rc != 0 && !(directory && (errno == EINVAL || errno == ENOTSUP)))
        return makeError(ErrorCode::Io, Tr::tr("The workspace cannot be written."), message);
    return {};
}
#endif

Status replaceFile(const QString &from, const QString &to)
{
#if defined(Q_OS_UNIX)
    if (Status s = syncPath(from, false); !s)
        return s;
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return makeError(ErrorCode::Io, Tr::tr("The workspace cannot be written."), osError());
    return syncPath(QFileInfo(to).absolutePath(), true);
#else
    QFile::remove(to);
    if (!QFile::rename(from, to))
        return makeError(ErrorCode::Io, Tr::tr("The workspace cannot be written."));
    return {};
#endif
}

} // namespace

Status save(const WorkspaceData &data, const QString &path, const Progress &progress)
{
    const QFileInfo target(path);
    if (target.isDir())
        return makeError(ErrorCode::Io, Tr::tr("The workspace cannot be saved over a folder."),
                         path);
    // The temporary file lives beside the target so that the final rename
    // stays within one file system and is atomic.
    QTemporaryFile temp(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                        QStringLiteral(".XXXXXX.tmp"));
    temp.setAutoRemove(false);
    if (!temp.open())
        return makeError(ErrorCode::Io, Tr::tr("The workspace cannot be written in this folder."),
                         temp.errorString());
    const QString tempPath = temp.fileName();
    temp.close();
    if (target.exists())
        QFile::setPermissions(tempPath, QFile::permissions(path));
    else
        QFile::setPermissions(tempPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                            QFile::ReadOther);

    auto fail = [&](Database &db, Error error) -> Status {
        db.close().ok();
        QFile::remove(tempPath);
        return error;
    };

    progress.update(0.0);
    Database db;
    if (Status s = db.open(tempPath, Database::Mode::ReadWrite); !s)
        return fail(db, s.error());
    // No journal: the file is private until the rename, and a failed save
    // deletes it, so there is nothing to roll back. Large pages keep the
    // account blobs' overflow chains short.
    const int pageSize = data.accounts.rowCount() >= 10'000 ? 65536 : 4096;
    const QByteArray pragmas = "PRAGMA page_size=" + QByteArray::number(pageSize) +
                               ";PRAGMA journal_mode=OFF;PRAGMA synchronous=OFF;"
                               "PRAGMA locking_mode=EXCLUSIVE;PRAGMA application_id=" +
                               QByteArray::number(ApplicationId) +
                               ";PRAGMA user_version=" + QByteArray::number(SchemaVersion);
    if (Status s = db.exec(pragmas.constData()); !s)
        return fail(db, s.error());
    if (Status s = db.exec("BEGIN"); !s)
        return fail(db, s.error());
    Writer writer(db, progress);
    if (Status s = writer.write(data); !s) {
        Error e = s.error();
        if (e.code != ErrorCode::Cancelled && e.code != ErrorCode::Limit)
            e.code = ErrorCode::Io;
        return fail(db, e);
    }
    if (progress.cancelled())
        return fail(db, makeError(ErrorCode::Cancelled, Tr::tr("Saving was cancelled.")));
    if (Status s = db.exec("COMMIT"); !s)
        return fail(db, makeError(ErrorCode::Io, Tr::tr("The workspace cannot be written."),
                                  s.error().detail));
    if (Status s = db.close(); !s)
        return fail(db, s.error());
    if (progress.cancelled())
        return fail(db, makeError(ErrorCode::Cancelled, Tr::tr("Saving was cancelled.")));
    if (Status s = replaceFile(tempPath, target.absoluteFilePath()); !s) {
        QFile::remove(tempPath);
        return s;
    }
    progress.update(1.0);
    return {};
}

// --- loading ------------------------------------------------------------------

namespace {

Error corrupt(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::Corrupt, message, detail);
}

std::uint32_t bigEndian32(const unsigned char *p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

// Reads one table row by row, checking each value's type and size; the first
// problem is kept and reported with the table's name.
class RowReader
{
public:
    // lupdate takes a std:: return type for the scope of the strings in the
    // function body, so these functions spell it without the namespace.
    using Int64 = std::int64_t;

    RowReader(Statement &stmt, const char *table)
        : m_stmt(stmt)
        , m_table(QString::fromLatin1(table))
    {}

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(Error e)
    {
        if (!m_error)
            m_error = std::move(e);
    }

    Int64 integer(int col)
    {
        if (m_stmt.type(col) != Statement::Type::Integer) {
            wrongType(col, Tr::tr("a whole number"));
            return 0;
        }
        return m_stmt.integer(col);
    }
    Int64 integer(int col, Int64 min, Int64 max)
    {
        const Int64 v = integer(col);
        if (!failed() && (v < min || v > max))
            fail(corrupt(Tr::tr("Table \"%1\" has the value %2 in column %3, outside %4 to %5.")
                             .arg(m_table)
                             .arg(v)
                             .arg(col + 1)
                             .arg(min)
                             .arg(max)));
        return v;
    }
    // NULL is a missing number (NaN).
    double real(int col)
    {
        switch (m_stmt.type(col)) {
        case Statement::Type::Null:
            return std::nan("");
        case Statement::Type::Real:
        case Statement::Type::Integer:
            return m_stmt.real(col);
        default:
            wrongType(col, Tr::tr("a number"));
            return std::nan("");
        }
    }
    QString text(int col, std::size_t maxBytes = MaxEntityTextBytes)
    {
        if (m_stmt.type(col) != Statement::Type::Text) {
            wrongType(col, Tr::tr("a text"));
            return {};
        }
        const std::string_view t = m_stmt.text(col);
        if (t.size() > maxBytes) {
            fail(makeError(ErrorCode::Limit,
                           Tr::tr("Table \"%1\" has a text of %2 bytes in column %3, more than the "
                                  "limit of %4 bytes.")
                               .arg(m_table)
                               .arg(t.size())
                               .arg(col + 1)
                               .arg(maxBytes)));
            return {};
        }
        return QString::fromUtf8(t.data(), qsizetype(t.size()));
    }
    std::span<const std::uint8_t> blob(int col)
    {
        if (m_stmt.type(col) != Statement::Type::Blob) {
            wrongType(col, Tr::tr("binary data"));
            return {};
        }
        return m_stmt.blob(col);
    }
    // Rows of list tables carry their position; it must count up from 0.
    void position(int col, std::int64_t expected)
    {
        if (integer(col) != expected && !failed())
            fail(corrupt(
                Tr::tr("Table \"%1\" has a gap or a repeat in its row order.").arg(m_table)));
    }
    void bound(std::size_t count, std::size_t max)
    {
        if (count >= max)
            fail(makeError(ErrorCode::Limit,
                           Tr::tr("Table \"%1\" has more than %2 rows, more than Tessera accepts.")
                               .arg(m_table)
                               .arg(max)));
    }

private:
    void wrongType(int col, const QString &what)
    {
        fail(corrupt(Tr::tr("Table \"%1\" has a value in column %2 that is not %3.")
                         .arg(m_table)
                         .arg(col + 1)
                         .arg(what)));
    }

    Statement &m_stmt;
    QString m_table;
    std::optional<Error> m_error;
};

class Loader
{
public:
    Loader(Database &db, const Progress &progress)
        : m_db(db)
        , m_progress(progress)
    {}

    Status read(WorkspaceData &d);

private:
    // Runs a query and calls row(reader) for each row; stops at the first problem.
    template<typename F>
    Status forEachRow(const char *table, const char *sql, F row)
    {
        Result<Statement> stmt = m_db.prepare(sql);
        if (!stmt)
            return corrupt(
                Tr::tr("The table \"%1\" cannot be read.").arg(QString::fromLatin1(table)),
                stmt.error().detail);
        RowReader reader(*stmt, table);
        std::size_t index = 0;
        for (;;) {
            const int rc = stmt->step();
            if (rc == SQLITE_DONE)
                break;
            if (rc != SQLITE_ROW)
                return storageError(rc);
            row(reader, index++);
            if (reader.failed())
                return reader.error();
            if ((index & 0xffff) == 0 && m_progress.cancelled())
                return makeError(ErrorCode::Cancelled, Tr::tr("Opening was cancelled."));
        }
        return {};
    }
    Error storageError(int rc) const
    {
        if (rc == SQLITE_TOOBIG)
            return makeError(ErrorCode::Limit,
                             Tr::tr("The file holds a value larger than Tessera accepts."),
                             m_db.errorMessage());
        return corrupt(Tr::tr("The file is damaged: part of it cannot be read."),
                       m_db.errorMessage());
    }
    Status readMeta(WorkspaceData &d);
    Status readEntities(WorkspaceData &d);
    Status readBalance(WorkspaceData &d);
    Status readPreserved(WorkspaceData &d);
    Status readGeography(WorkspaceData &d);
    Status readAccounts(AccountStore &accounts);

    Database &m_db;
    const Progress &m_progress;
    std::int64_t m_accountRows = -1;
    std::int64_t m_chunkRows = -1;
};

Status Loader::read(WorkspaceData &d)
{
    TRY(readMeta(d));
    TRY(readEntities(d));
    TRY(readBalance(d));
    TRY(readPreserved(d));
    TRY(readGeography(d));
    return readAccounts(d.accounts);
}

// Each model's balance settings (format version 3). A model without rows
// keeps the defaults: files migrated from version 2 have none. Every problem
// names its table and the row's model (and measure and segment), since
// these values are typed by hand in the settings dialog and may have been
// edited outside Tessera.
Status Loader::readBalance(WorkspaceData &d)
{
    std::unordered_map<Id, std::size_t> modelIndex;
    for (std::size_t i = 0; i < d.models.size(); ++i)
        modelIndex.emplace(d.models[i].id, i);
    const auto measureName = [](std::int64_t measure) {
        return measure == 0 ? Tr::tr("workload") : Tr::tr("potential");
    };
    // The row's model, or a failure naming the table.
    const auto modelOf = [&](RowReader &r, const char *table, Id id) -> TerritoryModel * {
        if (r.failed())
            return nullptr;
        auto it = modelIndex.find(id);
        if (it == modelIndex.end()) {
            r.fail(corrupt(Tr::tr("Table \"%1\" has a row for model %2, which does not exist.")
                               .arg(QString::fromLatin1(table))
                               .arg(id)));
            return nullptr;
        }
        return &d.models[it->second];
    };
    const auto definition = [](TerritoryModel &m, std::int64_t measure) -> MeasureDefinition & {
        return measure == 0 ? m.balance.workload : m.balance.potential;
    };
    // A text of the settings, bounded in characters like the dialog bounds it.
    const auto formulaText = [](RowReader &r, int col, const QString &where, const QString &what) {
        const QString text = r.text(col, 4u * std::size_t(BalanceSettings::MaxFormulaLength));
        if (!r.failed() && text.size() > BalanceSettings::MaxFormulaLength)
            r.fail(makeError(ErrorCode::Limit,
                             Tr::tr("%1: the %2 has %3 characters, more than the limit of %4.")
                                 .arg(where, what)
                                 .arg(text.size())
                                 .arg(BalanceSettings::MaxFormulaLength)));
        return text;
    };

    std::set<Id> seen;
    TRY(forEachRow(
        "balance_settings",
        "SELECT model_id, tolerance_percent, target_mode FROM balance_settings ORDER BY model_id",
        [&](RowReader &r, std::size_t i) {
            r.bound(i, WorkspaceDocument::MaxModels);
            const Id id = r.integer(0);
            const double tolerance = r.real(1);
            const std::int64_t mode = r.integer(2);
            TerritoryModel *m = modelOf(r, "balance_settings", id);
            if (!m)
                return;
            const QString where = Tr::tr("Table \"balance_settings\", model \"%1\"").arg(m->name);
            if (!seen.insert(id).second)
                r.fail(corrupt(Tr::tr("%1: the model has two rows.").arg(where)));
            else if (!(tolerance >= 0 && tolerance <= BalanceSettings::MaxTolerancePercent))
                r.fail(corrupt(Tr::tr("%1: the tolerance of %2 % is outside 0 to %3 %.")
                                   .arg(where)
                                   .arg(tolerance)
                                   .arg(BalanceSettings::MaxTolerancePercent)));
            else if (mode < 0 || mode > std::int64_t(TargetMode::TerritoryTargets))
                r.fail(corrupt(Tr::tr("%1: the target mode %2 is unknown (0 is an equal share, 1 "
                                      "capacity, 2 territory targets).")
                                   .arg(where)
                                   .arg(mode)));
            if (r.failed())
                return;
            m->balance.tolerancePercent = tolerance;
            m->balance.targetMode = TargetMode(mode);
        }));

    std::set<std::pair<Id, std::int64_t>> seenMeasures;
    const auto checkMeasure = [&](RowReader &r, const char *table, const TerritoryModel &m,
                                  std::int64_t measure) {
        if (!r.failed() && (measure < 0 || measure > 1))
            r.fail(corrupt(Tr::tr("Table \"%1\", model \"%2\": measure %3 is unknown (0 is "
                                  "workload, 1 potential).")
                               .arg(QString::fromLatin1(table), m.name)
                               .arg(measure)));
        return !r.failed();
    };
    TRY(forEachRow(
        "balance_measures",
        "SELECT model_id, measure, kind, field, segment_field, other_formula FROM "
        "balance_measures ORDER BY model_id, measure",
        [&](RowReader &r, std::size_t i) {
            r.bound(i, 2 * WorkspaceDocument::MaxModels);
            const Id id = r.integer(0);
            const std::int64_t measure = r.integer(1);
            const std::int64_t kind = r.integer(2);
            TerritoryModel *m = modelOf(r, "balance_measures", id);
            if (!m || !checkMeasure(r, "balance_measures", *m, measure))
                return;
            const QString where = Tr::tr("Table \"balance_measures\", model \"%1\", %2")
                                      .arg(m->name, measureName(measure));
            if (!seenMeasures.insert({id, measure}).second) {
                r.fail(corrupt(Tr::tr("%1: the measure has two rows.").arg(where)));
                return;
            }
            if (kind < 0 || kind > std::int64_t(MeasureDefinition::Kind::Formula)) {
                r.fail(corrupt(Tr::tr("%1: the measure kind %2 is unknown (0 is a field, 1 "
                                      "formulas).")
                                   .arg(where)
                                   .arg(kind)));
                return;
            }
            MeasureDefinition &def = definition(*m, measure);
            def.kind = MeasureDefinition::Kind(kind);
            def.field = formulaText(r, 3, where, Tr::tr("field name"));
            def.segmentField = formulaText(r, 4, where, Tr::tr("segment field name"));
            def.otherFormula = formulaText(r, 5, where, Tr::tr("formula for other accounts"));
        }));

    TRY(forEachRow(
        "balance_segments",
        "SELECT model_id, measure, position, value, lower, upper, formula FROM "
        "balance_segments ORDER BY model_id, measure, position",
        [&](RowReader &r, std::size_t i) {
            r.bound(i, 2 * WorkspaceDocument::MaxModels * (BalanceSettings::MaxSegments + 1));
            const Id id = r.integer(0);
            const std::int64_t measure = r.integer(1);
            const std::int64_t position = r.integer(2);
            TerritoryModel *m = modelOf(r, "balance_segments", id);
            if (!m || !checkMeasure(r, "balance_segments", *m, measure))
                return;
            MeasureDefinition &def = definition(*m, measure);
            const QString measureWhere = Tr::tr("Table \"balance_segments\", model \"%1\", %2")
                                             .arg(m->name, measureName(measure));
            if (def.segments.size() >= BalanceSettings::MaxSegments) {
                r.fail(makeError(ErrorCode::Limit, Tr::tr("%1: more than %2 segments.")
                                                       .arg(measureWhere)
                                                       .arg(BalanceSettings::MaxSegments)));
                return;
            }
            if (position != std::int64_t(def.segments.size())) {
                r.fail(corrupt(Tr::tr("%1: the segments are not numbered 0, 1, 2, ... (position "
                                      "%2 where %3 was expected).")
                                   .arg(measureWhere)
                                   .arg(position)
                                   .arg(def.segments.size())));
                return;
            }
            const QString where =
                Tr::tr("%1, segment at position %2").arg(measureWhere).arg(position);
            MeasureSegment seg;
            seg.value = formulaText(r, 3, where, Tr::tr("segment value"));
            seg.lower = r.real(4);
            seg.upper = r.real(5);
            seg.formula = formulaText(r, 6, where, Tr::tr("formula"));
            if (r.failed())
                return;
            if ((!std::isnan(seg.lower) && !std::isfinite(seg.lower)) ||
                (!std::isnan(seg.upper) && !std::isfinite(seg.upper))) {
                r.fail(corrupt(
                    Tr::tr("%1: a bound is infinite; an open side is stored as NULL.").arg(where)));
                return;
            }
            def.segments.push_back(std::move(seg));
        }));
    return {};
}

// References and unit existence are checked by WorkspaceDocument::validate;
// here types, sizes and the geometry encoding.
Status Loader::readGeography(WorkspaceData &d)
{
    using W = WorkspaceDocument;
    TRY(forEachRow("territory_units", "SELECT * FROM territory_units ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, W::MaxTerritoryUnits);
                       r.position(0, std::int64_t(i));
                       TerritoryUnit u;
                       u.territoryId = r.integer(1);
                       u.unit.kind = UnitKind(r.integer(2, 0, int(UnitKind::Zip)));
                       u.unit.id = r.text(3, 16).toStdString();
                       d.territoryUnits.push_back(std::move(u));
                   }));
    std::uint64_t vertices = 0;
    return forEachRow("drawn_shapes", "SELECT * FROM drawn_shapes ORDER BY position",
                      [&](RowReader &r, std::size_t i) {
                          r.bound(i, W::MaxDrawnShapes);
                          r.position(0, std::int64_t(i));
                          DrawnShape shape;
                          shape.id = r.integer(1);
                          shape.territoryId = r.integer(2);
                          shape.name = r.text(3, 1024);
                          const std::span<const std::uint8_t> blob = r.blob(4);
                          if (r.failed())
                              return;
                          Result<GeoMultiPolygon> decoded =
                              Store::decodeShape(blob, W::MaxDrawnVertices);
                          if (!decoded) {
                              r.fail(decoded.error());
                              return;
                          }
                          shape.shape = std::move(*decoded);
                          vertices += vertexCount(shape.shape);
                          if (vertices > W::MaxDrawnVertices)
                              r.fail(makeError(ErrorCode::Limit,
                                               Tr::tr("The drawn shapes have more than %1 vertices "
                                                      "together.")
                                                   .arg(W::MaxDrawnVertices)));
                          d.drawnShapes.push_back(std::move(shape));
                      });
}

// The table is optional: files written before it existed have none.
Status Loader::readPreserved(WorkspaceData &d)
{
    {
        Result<Statement> st = m_db.prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'preserved'");
        if (!st)
            return corrupt(Tr::tr("The file is damaged: its database structure cannot be read."),
                           st.error().detail);
        if (st->step() != SQLITE_ROW)
            return storageError(SQLITE_CORRUPT);
        if (st->integer(0) == 0)
            return {};
    }
    std::uint64_t total = 0;
    return forEachRow("preserved", "SELECT * FROM preserved ORDER BY position",
                      [&](RowReader &r, std::size_t i) {
                          r.bound(i, MaxPreservedRows);
                          r.position(0, std::int64_t(i));
                          PreservedContent p;
                          p.kind = r.text(1, 64);
                          p.ownerId = r.integer(2, 0, std::numeric_limits<std::int64_t>::max());
                          p.content = r.text(3, MaxPreservedBytes);
                          total += std::uint64_t(p.content.size());
                          if (total > MaxPreservedTotalBytes)
                              r.fail(makeError(ErrorCode::Limit,
                                               Tr::tr("Table \"preserved\" holds more than Tessera "
                                                      "accepts.")));
                          d.preserved.push_back(std::move(p));
                      });
}

Status Loader::readMeta(WorkspaceData &d)
{
    std::int64_t nextId = -1;
    TRY(forEachRow("meta", "SELECT key, value FROM meta", [&](RowReader &r, std::size_t index) {
        r.bound(index, 100);
        const QString key = r.text(0, 64);
        if (key == u"next_id")
            nextId = r.integer(1, 1, std::numeric_limits<std::int64_t>::max());
        else if (key == u"account_rows")
            m_accountRows = r.integer(1, 0, std::int64_t(AccountStore::MaxRows));
        else if (key == u"account_chunk_rows")
            m_chunkRows = r.integer(1, 1, 1 << 20);
    }));
    if (nextId < 0 || m_accountRows < 0 || m_chunkRows < 0)
        return corrupt(Tr::tr("The workspace lacks its basic settings (table \"meta\")."));
    d.nextId = nextId;
    return {};
}

Status Loader::readEntities(WorkspaceData &d)
{
    using W = WorkspaceDocument;
    TRY(forEachRow("models", "SELECT * FROM models ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, W::MaxModels);
                       r.position(0, std::int64_t(i));
                       TerritoryModel m;
                       m.id = r.integer(1);
                       m.name = r.text(2);
                       m.apiName = r.text(3);
                       m.description = r.text(4);
                       m.state = ModelState(r.integer(5, 0, int(ModelState::Archived)));
                       d.models.push_back(std::move(m));
                   }));
    TRY(forEachRow(
        "types", "SELECT * FROM types ORDER BY position", [&](RowReader &r, std::size_t i) {
            r.bound(i, W::MaxTypes);
            r.position(0, std::int64_t(i));
            TerritoryType t;
            t.id = r.integer(1);
            t.name = r.text(2);
            t.apiName = r.text(3);
            t.description = r.text(4);
            t.priority =
                int(r.integer(5, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
            d.types.push_back(std::move(t));
        }));
    TRY(forEachRow("reps", "SELECT * FROM reps ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, W::MaxReps);
                       r.position(0, std::int64_t(i));
                       Rep rep;
                       rep.id = r.integer(1);
                       rep.userId = r.text(2);
                       rep.name = r.text(3);
                       rep.email = r.text(4);
                       rep.capacityHours = r.real(5);
                       rep.homeLatitude = r.real(6);
                       rep.homeLongitude = r.real(7);
                       d.reps.push_back(std::move(rep));
                   }));
    const auto access = [](RowReader &r, int col) {
        return AccessLevel(r.integer(col, 0, int(AccessLevel::All)));
    };
    TRY(forEachRow("territories", "SELECT * FROM territories ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, W::MaxTerritories);
                       r.position(0, std::int64_t(i));
                       Territory t;
                       t.id = r.integer(1);
                       t.modelId = r.integer(2);
                       t.parentId = r.integer(3);
                       t.typeId = r.integer(4);
                       t.name = r.text(5);
                       t.apiName = r.text(6);
                       t.description = r.text(7);
                       t.accountAccess = access(r, 8);
                       t.opportunityAccess = access(r, 9);
                       t.caseAccess = access(r, 10);
                       t.contactAccess = access(r, 11);
                       t.forecastManagerId = r.integer(12);
                       t.colour = std::uint32_t(r.integer(13, 0, 0xffffff));
                       t.targets.accounts = r.real(14);
                       t.targets.workload = r.real(15);
                       t.targets.potential = r.real(16);
                       d.territories.push_back(std::move(t));
                   }));
    std::unordered_map<Id, std::size_t> ruleIndex;
    TRY(forEachRow(
        "rules", "SELECT * FROM rules ORDER BY position", [&](RowReader &r, std::size_t i) {
            r.bound(i, W::MaxRules);
            r.position(0, std::int64_t(i));
            AssignmentRule rule;
            rule.id = r.integer(1);
            rule.modelId = r.integer(2);
            rule.apiName = r.text(3);
            rule.label = r.text(4);
            rule.objectType = r.text(5, 255);
            rule.active = r.integer(6, 0, 1) != 0;
            rule.booleanFilter = r.text(7);
            if (!ruleIndex.emplace(rule.id, i).second)
                r.fail(corrupt(Tr::tr("Two assignment rules have the id %1.").arg(rule.id)));
            d.rules.push_back(std::move(rule));
        }));
    TRY(forEachRow(
        "rule_items", "SELECT * FROM rule_items ORDER BY rule_id, position",
        [&](RowReader &r, std::size_t i) {
            r.bound(i, W::MaxRules * W::MaxRuleItems);
            const Id ruleId = r.integer(0);
            const std::int64_t pos = r.integer(1);
            auto it = ruleIndex.find(ruleId);
            if (r.failed())
                return;
            if (it == ruleIndex.end()) {
                r.fail(corrupt(Tr::tr("A rule item belongs to a rule that does not exist.")));
                return;
            }
            AssignmentRule &rule = d.rules[it->second];
            if (rule.items.size() >= W::MaxRuleItems) {
                r.fail(makeError(ErrorCode::Limit, Tr::tr("Assignment rule \"%1\" has more than %2 "
                                                          "items.")
                                                       .arg(rule.apiName)
                                                       .arg(W::MaxRuleItems)));
                return;
            }
            if (pos != std::int64_t(rule.items.size())) {
                r.fail(corrupt(Tr::tr("The items of rule \"%1\" are not numbered in sequence.")
                                   .arg(rule.apiName)));
                return;
            }
            RuleItem item;
            item.field = r.text(2, 1024);
            item.operation = r.text(3, 256);
            item.value = r.text(4);
            rule.items.push_back(std::move(item));
        }));
    TRY(forEachRow("rule_associations", "SELECT * FROM rule_associations ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, W::MaxLinks);
                       r.position(0, std::int64_t(i));
                       RuleAssociation a;
                       a.ruleId = r.integer(1);
                       a.territoryId = r.integer(2);
                       a.applyToChildren = r.integer(3, 0, 1) != 0;
                       d.ruleAssociations.push_back(a);
                   }));
    TRY(forEachRow("rep_assignments", "SELECT * FROM rep_assignments ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, W::MaxLinks);
                       r.position(0, std::int64_t(i));
                       RepAssignment a;
                       a.repId = r.integer(1);
                       a.territoryId = r.integer(2);
                       a.role = r.text(3, 1024);
                       d.repAssignments.push_back(std::move(a));
                   }));
    const std::tuple<const char *, const char *, std::vector<AccountTerritoryLink> *> linkTables[] =
        {{"manual_assignments", "SELECT * FROM manual_assignments ORDER BY position",
          &d.manualAssignments},
         {"exclusions", "SELECT * FROM exclusions ORDER BY position", &d.exclusions}};
    for (const auto &entry : linkTables) {
        // Named copies: clang before 16 cannot capture structured bindings.
        std::vector<AccountTerritoryLink> *links = std::get<2>(entry);
        TRY(forEachRow(std::get<0>(entry), std::get<1>(entry), [&](RowReader &r, std::size_t i) {
            r.bound(i, W::MaxLinks);
            r.position(0, std::int64_t(i));
            AccountTerritoryLink l;
            l.accountId = r.text(1, 1024);
            l.territoryId = r.integer(2);
            links->push_back(std::move(l));
        }));
    }
    return {};
}

Status Loader::readAccounts(AccountStore &accounts)
{
    const AccountStore standard;
    std::vector<FieldDef> defs;
    TRY(forEachRow("account_fields", "SELECT * FROM account_fields ORDER BY position",
                   [&](RowReader &r, std::size_t i) {
                       r.bound(i, AccountStore::MaxFields);
                       r.position(0, std::int64_t(i));
                       FieldDef def;
                       def.name = r.text(1, 1024);
                       def.label = r.text(2, 4096);
                       def.type = FieldType(r.integer(3, 0, int(FieldType::Boolean)));
                       def.storage = ColumnKind(r.integer(4, 0, int(ColumnKind::Bools)));
                       def.standard = r.integer(5, 0, 1) != 0;
                       defs.push_back(std::move(def));
                   }));
    if (defs.size() < std::size_t(AccountStore::StandardFieldCount))
        return corrupt(Tr::tr("The workspace lacks some standard account fields."));
    for (std::size_t f = 0; f < defs.size(); ++f) {
        const FieldDef &def = defs[f];
        if (f < std::size_t(AccountStore::StandardFieldCount)) {
            const FieldDef &s = standard.field(int(f));
            if (def.name != s.name || def.type != s.type || def.storage != s.storage ||
                !def.standard)
                return corrupt(Tr::tr("The standard account field \"%1\" is not as Tessera defines "
                                      "it.")
                                   .arg(s.name));
            continue;
        }
        if (def.standard)
            return corrupt(
                Tr::tr("The account field \"%1\" claims to be a standard field.").arg(def.name));
        Result<int> added = accounts.addField(def);
        if (!added)
            return corrupt(Tr::tr("The account field \"%1\" is invalid: %2")
                               .arg(def.name, added.error().message));
    }
    const int fields = accounts.fieldCount();

    // Dictionaries: one row per dictionary-stored field, in field order.
    std::vector<std::size_t> dictSize(std::size_t(fields), 0);
    int expectedDict = 0;
    auto nextDictField = [&](int from) {
        for (int f = from; f < fields; ++f) {
            if (accounts.field(f).storage == ColumnKind::Dictionary)
                return f;
        }
        return fields;
    };
    expectedDict = nextDictField(0);
    TRY(forEachRow(
        "account_dictionaries",
        "SELECT field, value_count, encoding, raw_size, data FROM account_dictionaries "
        "ORDER BY field",
        [&](RowReader &r, std::size_t) {
            const std::int64_t f = r.integer(0);
            const std::int64_t count = r.integer(1, 1, std::int64_t(AccountStore::MaxRows) + 1);
            const std::int64_t encoding = r.integer(2);
            const std::int64_t rawSize = r.integer(3);
            const auto data = r.blob(4);
            if (r.failed())
                return;
            if (f != expectedDict) {
                r.fail(
                    corrupt(Tr::tr("The account dictionaries do not match the account fields.")));
                return;
            }
            const QString where =
                Tr::tr("The dictionary of account field \"%1\"").arg(accounts.field(int(f)).name);
            Result<Store::Payload> payload = Store::unpack(encoding, rawSize, data, where);
            if (!payload) {
                r.fail(payload.error());
                return;
            }
            auto &column = std::get<DictionaryColumn>(accounts.column(int(f)));
            if (Status s =
                    Store::decodeDictionary(column, payload->bytes, std::size_t(count), where);
                !s) {
                r.fail(s.error());
                return;
            }
            dictSize[std::size_t(f)] = std::size_t(count);
            expectedDict = nextDictField(int(f) + 1);
        }));
    if (expectedDict != fields)
        return corrupt(Tr::tr("The dictionary of account field \"%1\" is missing.")
                           .arg(accounts.field(expectedDict).name));

    // A first pass over the chunk headers (not their data) checks the layout
    // and sizes everything before the columns are allocated.
    const std::size_t rows = std::size_t(m_accountRows);
    const std::size_t chunkRows = std::size_t(m_chunkRows);
    const std::size_t chunks = (rows + chunkRows - 1) / chunkRows;
    std::vector<std::uint64_t> rawBytes(std::size_t(fields), 0);
    std::uint64_t totalBytes = 0;
    std::size_t seen = 0;
    auto expectedRows = [&](std::size_t c) {
        return std::min(chunkRows, rows - c * chunkRows);
    };
    TRY(forEachRow(
        "account_chunks",
        "SELECT chunk, field, row_count, raw_size FROM account_chunks ORDER BY "
        "rowid",
        [&](RowReader &r, std::size_t i) {
            const std::int64_t c = r.integer(0);
            const std::int64_t f = r.integer(1);
            const std::int64_t n = r.integer(2);
            const std::int64_t size = r.integer(3);
            if (r.failed())
                return;
            if (size < 0 || std::uint64_t(size) > Store::MaxBlobBytes) {
                r.fail(
                    makeError(ErrorCode::Limit,
                              Tr::tr("Account chunk %1 of field %2 declares %3 bytes of data, more "
                                     "than the limit of %4 bytes.")
                                  .arg(c)
                                  .arg(f)
                                  .arg(size)
                                  .arg(Store::MaxBlobBytes)));
                return;
            }
            if (i >= chunks * std::size_t(fields) || c != std::int64_t(i / std::size_t(fields)) ||
                f != std::int64_t(i % std::size_t(fields))) {
                r.fail(corrupt(Tr::tr("The account data is out of order or has extra parts.")));
                return;
            }
            if (n != std::int64_t(expectedRows(std::size_t(c)))) {
                r.fail(corrupt(Tr::tr("Account chunk %1 has %2 rows where %3 were expected.")
                                   .arg(c)
                                   .arg(n)
                                   .arg(expectedRows(std::size_t(c)))));
                return;
            }
            rawBytes[std::size_t(f)] += std::uint64_t(size);
            totalBytes += std::uint64_t(size);
            if (totalBytes > MaxAccountBytes)
                r.fail(makeError(ErrorCode::Limit,
                                 Tr::tr("The account data is larger than Tessera accepts.")));
            ++seen;
        }));
    if (seen != chunks * std::size_t(fields))
        return corrupt(Tr::tr("The account data is incomplete: %1 of %2 parts are present.")
                           .arg(seen)
                           .arg(chunks * std::size_t(fields)));
    for (int f = 0; f < fields; ++f) {
        std::visit(
            [&](auto &col) {
                using C = std::decay_t<decltype(col)>;
                if constexpr (std::is_same_v<C, StringColumn>)
                    col.reserve(rows, std::size_t(rawBytes[std::size_t(f)]));
                else
                    col.reserve(rows);
            },
            accounts.column(f));
    }

    TRY(forEachRow(
        "account_chunks",
        "SELECT chunk, field, encoding, raw_size, data FROM account_chunks "
        "ORDER BY rowid",
        [&](RowReader &r, std::size_t i) {
            const std::size_t c = i / std::size_t(fields);
            const int f = int(i % std::size_t(fields));
            // The first pass proved the layout; a file changed since is damaged.
            if (r.integer(0) != std::int64_t(c) || r.integer(1) != f) {
                r.fail(corrupt(Tr::tr("The account data changed while it was read.")));
                return;
            }
            const std::int64_t encoding = r.integer(2);
            const std::int64_t rawSize = r.integer(3);
            const auto data = r.blob(4);
            if (r.failed())
                return;
            const QString where =
                Tr::tr("Account chunk %1 of field \"%2\"").arg(c).arg(accounts.field(f).name);
            Result<Store::Payload> payload = Store::unpack(encoding, rawSize, data, where);
            if (!payload) {
                r.fail(payload.error());
                return;
            }
            if (Status s =
                    Store::appendColumnChunk(accounts.column(f), payload->bytes, expectedRows(c),
                                             dictSize[std::size_t(f)], where);
                !s) {
                r.fail(s.error());
                return;
            }
            if (f == fields - 1)
                m_progress.update(0.1 + 0.8 * double(c + 1) / double(chunks));
        }));
    accounts.setRowCount(rows);
    return {};
}

struct TempRemover
{
    QString path;
    ~TempRemover()
    {
        if (!path.isEmpty())
            QFile::remove(path);
    }
};

Result<WorkspaceData> loadFile(const QString &path, const Progress &progress, bool migrated);

} // namespace

Result<WorkspaceData> load(const QString &path, const Progress &progress)
{
    return loadFile(path, progress, false);
}

namespace {

Result<WorkspaceData> loadFile(const QString &path, const Progress &progress, bool migrated)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Io, Tr::tr("The file does not exist."), path);
    if (info.isDir())
        return makeError(ErrorCode::Io, Tr::tr("This is a folder, not a workspace file."), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("The file cannot be read."), file.errorString());
    const qint64 size = file.size();
    if (size == 0)
        return corrupt(Tr::tr("The file is empty."));
    unsigned char header[100] = {};
    const qint64 got = file.read(reinterpret_cast<char *>(header), sizeof header);
    file.close();
    static const char Magic[16] = "SQLite format 3";
    if (got < 16 || std::memcmp(header, Magic, 16) != 0)
        return makeError(
            ErrorCode::NotTessera,
            Tr::tr("This is not a Tessera workspace: the file is not an SQLite database."));
    if (got < 100)
        return corrupt(Tr::tr("The file is truncated: it ends inside its header."));
    const std::int32_t appId = std::int32_t(bigEndian32(header + 68));
    if (appId != ApplicationId)
        return makeError(ErrorCode::NotTessera,
                         Tr::tr("This is an SQLite database, but not a Tessera workspace."));
    const std::int32_t version = std::int32_t(bigEndian32(header + 60));
    if (version > SchemaVersion)
        return makeError(
            ErrorCode::NewerVersion,
            Tr::tr("This workspace was made by a newer version of Tessera (file format "
                   "%1; this version reads up to format %2). Update Tessera to open it.")
                .arg(version)
                .arg(SchemaVersion));
    if (version < 1)
        return corrupt(Tr::tr("The workspace has no valid format version."));
    std::uint32_t pageSize = (std::uint32_t(header[16]) << 8) | header[17];
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(Tr::tr("The file is damaged: its header is invalid."));
    // The page count in the header is valid when the two change counters agree.
    if (bigEndian32(header + 24) == bigEndian32(header + 92)) {
        const std::uint64_t expected = std::uint64_t(bigEndian32(header + 28)) * pageSize;
        if (std::uint64_t(size) < expected)
            return corrupt(
                Tr::tr("The file is truncated: it has %1 bytes of the %2 it should have.")
                    .arg(size)
                    .arg(expected));
    }
    if (std::uint64_t(size) % pageSize != 0)
        return corrupt(Tr::tr("The file is truncated: it ends in the middle of a page."));

    if (version < SchemaVersion) {
        if (migrated)
            return corrupt(Tr::tr("The file could not be upgraded to the current format."));
        Result<QString> copy = Store::migrateToCurrent(path, version);
        if (!copy)
            return copy.error();
        TempRemover remover{*copy};
        return loadFile(*copy, progress, true);
    }

    progress.update(0.0);
    Database db;
    if (Status s = db.open(path, Database::Mode::ReadOnly, std::int64_t(Store::MaxBlobBytes) + 64);
        !s)
        return s.error();
    {
        Result<Statement> check = db.prepare("PRAGMA quick_check");
        if (!check)
            return corrupt(Tr::tr("The file is damaged: its database structure cannot be read."),
                           check.error().detail);
        const int rc = check->step();
        if (rc != SQLITE_ROW)
            return corrupt(Tr::tr("The file is damaged: its database structure cannot be read."),
                           db.errorMessage());
        const std::string_view result = check->text(0);
        if (result != "ok")
            return corrupt(Tr::tr("The file is damaged: the database integrity check failed."),
                           QString::fromUtf8(result.data(), qsizetype(result.size())));
    }
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, Tr::tr("Opening was cancelled."));
    progress.update(0.1);
    {
        // Only plain tables (and their automatic indexes) belong here: no
        // views or triggers, and every table we read must be a table.
        Result<Statement> st = db.prepare("SELECT type, name FROM sqlite_schema");
        if (!st)
            return corrupt(Tr::tr("The file is damaged: its database structure cannot be read."),
                           st.error().detail);
        std::set<std::string> tables;
        int rc;
        while ((rc = st->step()) == SQLITE_ROW) {
            const std::string_view type = st->text(0);
            if (type == "table")
                tables.emplace(st->text(1));
            else if (type != "index")
                return corrupt(Tr::tr("The workspace contains views or triggers, which Tessera "
                                      "never writes."));
        }
        if (rc != SQLITE_DONE)
            return corrupt(Tr::tr("The file is damaged: its database structure cannot be read."),
                           db.errorMessage());
        for (const char *name : TableNames) {
            if (!tables.count(name))
                return corrupt(
                    Tr::tr("The workspace lacks the table \"%1\".").arg(QString::fromLatin1(name)));
        }
    }

    WorkspaceData data;
    Loader loader(db, progress);
    if (Status s = loader.read(data); !s)
        return s.error();
    db.close().ok();
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, Tr::tr("Opening was cancelled."));
    // References, cycles, uniqueness: the same rules the document keeps.
    if (Status s = WorkspaceDocument::validate(data); !s)
        return s.error();
    progress.update(1.0);
    return data;
}

} // namespace

} // namespace Tessera::WorkspaceFile
