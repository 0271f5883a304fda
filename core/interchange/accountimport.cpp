// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/accountimport.h"

#include "core/interchange/cellvalue.h"
#include "core/model/workspacedocument.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <memory>
#include <unordered_set>

namespace Tessera::AccountImport {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::AccountImport)
};

struct Alias
{
    int field;
    const char *names; // normalized headers, separated by spaces
};

// Headers that Salesforce exports and reports use besides the API names and
// the labels that the store already knows (AccountStore's FieldDef::label).
constexpr std::array<Alias, 11> Aliases{{
    {AccountStore::IdField, "id accountid account18digitid accountid18 18digitaccountid"},
    {AccountStore::NameField, "name accountname"},
    {AccountStore::BillingStreetField, "billingstreet billingaddressline1"},
    {AccountStore::BillingStateField, "billingstatecode billingstateprovincecode billingstate"},
    {AccountStore::BillingPostalCodeField, "billingzip billingzipcode billingpostalcode"},
    {AccountStore::BillingCountryField, "billingcountrycode"},
    {AccountStore::TypeField, "type accounttype"},
    {AccountStore::NumberOfEmployeesField, "numberofemployees employees"},
    {AccountStore::OwnerIdField, "ownerid accountownerid owneruserid"},
    {AccountStore::BillingLatitudeField, "billinglatitude latitude"},
    {AccountStore::BillingLongitudeField, "billinglongitude longitude"},
}};

QString stripAccountPrefix(const QString &header)
{
    return header.startsWith(u"Account.", Qt::CaseInsensitive) ? header.mid(8) : header;
}

int matchField(const QString &header, const AccountStore &existing)
{
    const QString bare = stripAccountPrefix(header);
    const QString key = normalizedHeader(bare);
    if (key.isEmpty())
        return -1;
    for (int f = 0; f < existing.fieldCount(); ++f) {
        const FieldDef &def = existing.field(f);
        if (bare.compare(def.name, Qt::CaseInsensitive) == 0 || key == normalizedHeader(def.name) ||
            key == normalizedHeader(def.label))
            return f;
    }
    for (const Alias &a : Aliases) {
        const QStringList names = QString::fromLatin1(a.names).split(u' ');
        if (names.contains(key))
            return a.field;
    }
    return -1;
}

// "Customer Since" -> "Customer_Since__c"; an API name stays as it is.
QString customFieldName(const QString &header)
{
    QString bare = stripAccountPrefix(header).trimmed();
    if (bare.endsWith(u"__c", Qt::CaseInsensitive))
        bare.chop(3);
    QString name;
    for (QChar c : bare) {
        const bool plain = c.unicode() < 128 && c.isLetterOrNumber();
        if (plain)
            name.append(c);
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name.append(u'_');
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Field");
    if (name.front().isDigit())
        name.prepend(QStringLiteral("F_"));
    return name.left(70) + QStringLiteral("__c");
}

bool nameTaken(const QString &name, const AccountStore &existing,
               const std::vector<ColumnMapping> &mapping)
{
    if (existing.fieldIndex(name) >= 0)
        return true;
    for (const ColumnMapping &m : mapping) {
        if (m.field.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool validFieldName(const QString &name)
{
    if (name.isEmpty() || name.size() > 80)
        return false;
    for (QChar c : name) {
        if (!(c.unicode() < 128 && c.isLetterOrNumber()) && c != u'_')
            return false;
    }
    return true;
}

// What a cell of each type must look like, for messages.
QString expected(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return Tr::tr("expected a number");
    case FieldType::Date:
        return Tr::tr("expected a date (2024-01-31, 1/31/2024 or 31.01.2024)");
    case FieldType::Boolean:
        return Tr::tr("expected true or false");
    default:
        return Tr::tr("expected text");
    }
}

// One parsed value of the row being read, before the row is known to be good.
struct Cell
{
    std::string_view text;
    double number = 0;
    std::int32_t day = NullDay;
    std::int8_t boolean = NullBool;
};

struct Target
{
    int column;
    int field;
    FieldType type;
    ColumnKind kind;
    bool deferred; // type inferred after the pass: the raw text is kept meanwhile
};

// A faster front for DictionaryColumn::intern while a column is filled: the
// codes of the values seen so far in an open-addressing table hashed by
// value, so that a repeated value (a city, a ZIP code) costs one probe into
// contiguous memory instead of a walk through the column's node-based map.
class DictionaryAppender
{
public:
    explicit DictionaryAppender(DictionaryColumn &column)
        : m_column(column)
    {
        grow(1024);
    }

    void append(std::string_view value) { m_column.appendCode(code(value)); }

    std::uint32_t code(std::string_view value)
    {
        const std::uint64_t h = hash(value);
        const auto tag = static_cast<std::uint32_t>(h >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = h & mask;; i = (i + 1) & mask) {
            const Slot slot = m_slots[i];
            if (slot.code == Empty) {
                const std::uint32_t c = m_column.intern(value);
                m_slots[i] = {c, tag};
                if (++m_used * 2 > m_slots.size())
                    grow(m_slots.size() * 2);
                return c;
            }
            if (slot.tag == tag && m_column.values()[slot.code] == value)
                return slot.code;
        }
    }

private:
    struct Slot
    {
        std::uint32_t code;
        std::uint32_t tag;
    };
    static constexpr std::uint32_t Empty = 0xffffffffu;

    static std::uint64_t hash(std::string_view s)
    {
        std::uint64_t h = 1469598103934665603ull; // FNV-1a, then a final mix
        for (unsigned char c : s) {
            h ^= c;
            h *= 1099511628211ull;
        }
        return h ^ (h >> 29);
    }

    void grow(std::size_t size)
    {
        m_slots.assign(size, Slot{Empty, 0});
        m_used = 0;
        const std::vector<std::string> &values = m_column.values();
        const std::size_t mask = size - 1;
        for (std::size_t c = 0; c < values.size(); ++c) {
            const std::uint64_t h = hash(values[c]);
            std::size_t i = h & mask;
            while (m_slots[i].code != Empty)
                i = (i + 1) & mask;
            m_slots[i] = {static_cast<std::uint32_t>(c), static_cast<std::uint32_t>(h >> 32)};
            ++m_used;
        }
    }

    DictionaryColumn &m_column;
    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

void appendCell(Column &column, const Cell &cell)
{
    std::visit(
        [&cell](auto &c) {
            using C = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<C, StringColumn> || std::is_same_v<C, DictionaryColumn>)
                c.append(cell.text);
            else if constexpr (std::is_same_v<C, std::vector<double>>)
                c.push_back(cell.number);
            else if constexpr (std::is_same_v<C, std::vector<float>>)
                c.push_back(static_cast<float>(cell.number));
            else if constexpr (std::is_same_v<C, std::vector<std::int32_t>>)
                c.push_back(cell.day);
            else
                c.push_back(cell.boolean);
        },
        column);
}

// A column of raw text converted to its inferred type; every value parses,
// because the type was inferred from these very values.
Column convert(const StringColumn &raw, FieldType type, bool decimalComma)
{
    const std::size_t rows = raw.size();
    switch (defaultStorage(type)) {
    case ColumnKind::Strings:
        return raw;
    case ColumnKind::Dictionary: {
        DictionaryColumn d;
        d.reserve(rows);
        DictionaryAppender appender(d);
        for (std::size_t r = 0; r < rows; ++r)
            appender.append(CellValue::trim(raw.at(r)));
        return d;
    }
    case ColumnKind::Doubles:
    case ColumnKind::Floats: {
        std::vector<double> v(rows, std::nan(""));
        for (std::size_t r = 0; r < rows; ++r) {
            double x;
            if (CellValue::number(raw.at(r), decimalComma, &x) == CellValue::Parse::Ok)
                v[r] = x;
        }
        return v;
    }
    case ColumnKind::Days: {
        std::vector<std::int32_t> v(rows, NullDay);
        for (std::size_t r = 0; r < rows; ++r) {
            std::int32_t x;
            if (CellValue::date(raw.at(r), &x) == CellValue::Parse::Ok)
                v[r] = x;
        }
        return v;
    }
    case ColumnKind::Bools: {
        std::vector<std::int8_t> v(rows, NullBool);
        for (std::size_t r = 0; r < rows; ++r) {
            std::int8_t x;
            if (CellValue::boolean(raw.at(r), &x) == CellValue::Parse::Ok)
                v[r] = x;
        }
        return v;
    }
    }
    return raw;
}

void copyCell(const AccountStore &from, std::size_t fromRow, int fromField, AccountStore &to,
              std::size_t toRow, int toField)
{
    switch (ColumnKind(to.column(toField).index())) {
    case ColumnKind::Strings:
    case ColumnKind::Dictionary:
        to.setText(toRow, toField, from.text(fromRow, fromField));
        break;
    case ColumnKind::Doubles:
    case ColumnKind::Floats:
        to.setNumber(toRow, toField, from.number(fromRow, fromField));
        break;
    case ColumnKind::Days:
        to.setDay(toRow, toField, from.day(fromRow, fromField));
        break;
    case ColumnKind::Bools:
        to.setBoolean(toRow, toField, from.boolean(fromRow, fromField));
        break;
    }
}

AccountStore emptyLike(const AccountStore &store)
{
    AccountStore out;
    for (int f = AccountStore::StandardFieldCount; f < store.fieldCount(); ++f)
        (void)out.addField(store.field(f));
    return out;
}

} // namespace

std::vector<ColumnMapping> suggestMapping(const QStringList &header, const AccountStore &existing)
{
    std::vector<ColumnMapping> mapping;
    // "Account Owner" is the owner's name in Salesforce reports; it goes to
    // OwnerId only when the file has no owner id column.
    bool ownerIdColumn = false;
    for (const QString &h : header)
        ownerIdColumn = ownerIdColumn || matchField(h, existing) == AccountStore::OwnerIdField;
    for (qsizetype c = 0; c < header.size(); ++c) {
        ColumnMapping m;
        m.column = int(c);
        m.header = header[c];
        int field = matchField(header[c], existing);
        if (field < 0 && !ownerIdColumn && normalizedHeader(header[c]) == u"accountowner")
            field = AccountStore::OwnerIdField;
        bool taken = false;
        for (const ColumnMapping &earlier : mapping)
            taken = taken || (field >= 0 && earlier.field == existing.field(field).name);
        if (field >= 0 && !taken) {
            m.field = existing.field(field).name;
            m.type = existing.field(field).type;
            m.typeKnown = true;
        } else {
            QString name = customFieldName(header[c]);
            for (int n = 2; nameTaken(name, existing, mapping); ++n)
                name = customFieldName(header[c]).chopped(3) + QStringLiteral("_%1__c").arg(n);
            m.field = name;
            m.newField = true;
        }
        mapping.push_back(m);
    }
    return mapping;
}

Status setTarget(ColumnMapping &mapping, const QString &field, const AccountStore &existing)
{
    if (field.isEmpty()) {
        mapping.field.clear();
        mapping.newField = false;
        return {};
    }
    const int index = existing.fieldIndex(field);
    if (index >= 0) {
        mapping.field = existing.field(index).name;
        mapping.type = existing.field(index).type;
        mapping.typeKnown = true;
        mapping.newField = false;
        return {};
    }
    if (!validFieldName(field))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The field name \"%1\" may contain only letters, digits and "
                                "underscores (at most 80).")
                             .arg(field));
    if (!mapping.newField)
        mapping.typeKnown = false;
    mapping.field = field;
    mapping.newField = true;
    return {};
}

Status applyOverride(std::vector<ColumnMapping> &mapping, const QString &spec,
                     const AccountStore &existing)
{
    Result<MappingOverride> found = findOverride(mapping, spec);
    if (!found)
        return found.error();
    ColumnMapping &m = *found->column;
    const MappingSpec *parsed = &found->spec;
    if (parsed->skip)
        return setTarget(m, {}, existing);
    if (!parsed->field.isEmpty()) {
        if (Status s = setTarget(m, parsed->field, existing); !s)
            return s;
    }
    if (!parsed->type.isEmpty()) {
        FieldType type;
        fieldTypeFromName(parsed->type, &type);
        if (!m.newField && m.type != type)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("The field %1 has the type %2; it cannot be read as %3.")
                                 .arg(m.field, fieldTypeName(m.type), fieldTypeName(type)));
        m.type = type;
        m.typeKnown = true;
    }
    return {};
}

Status checkMapping(const std::vector<ColumnMapping> &mapping, const AccountStore &existing)
{
    bool id = false;
    for (std::size_t i = 0; i < mapping.size(); ++i) {
        const ColumnMapping &m = mapping[i];
        if (!m.imported())
            continue;
        id = id || m.field == existing.field(AccountStore::IdField).name;
        for (std::size_t j = 0; j < i; ++j) {
            if (mapping[j].field.compare(m.field, Qt::CaseInsensitive) == 0)
                return makeError(ErrorCode::Invalid,
                                 Tr::tr("The columns \"%1\" and \"%2\" both go to the field %3.")
                                     .arg(mapping[j].header, m.header, m.field));
        }
        if (m.newField) {
            if (!validFieldName(m.field))
                return makeError(
                    ErrorCode::Invalid,
                    Tr::tr("The field name \"%1\" may contain only letters, digits and "
                           "underscores (at most 80).")
                        .arg(m.field));
            if (existing.fieldIndex(m.field) >= 0)
                return makeError(ErrorCode::Invalid,
                                 Tr::tr("There is already a field named %1.").arg(m.field));
        } else if (existing.fieldIndex(m.field) < 0) {
            return makeError(ErrorCode::NotFound,
                             Tr::tr("There is no field named %1.").arg(m.field));
        }
    }
    if (!id)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("No column is mapped to the account Id; every account needs one "
                                "(a column such as \"Id\" or \"Account ID\")."));
    return {};
}

Result<Imported> read(CsvReader &reader, const std::vector<ColumnMapping> &mapping,
                      const AccountStore &existing, const Options &options,
                      const Progress &progress)
{
    if (Status s = checkMapping(mapping, existing); !s)
        return s.error();
    const QStringList &header = reader.header();
    const bool decimalComma = reader.delimiter() == ';';

    Imported out;
    out.delimiter = reader.delimiter();
    out.encoding = reader.encoding();
    out.mapping = mapping;
    out.accounts = emptyLike(existing);
    AccountStore &store = out.accounts;

    std::vector<Target> targets;
    int idColumn = -1;
    for (ColumnMapping &m : out.mapping) {
        if (!m.imported() || m.column < 0 || m.column >= header.size())
            continue;
        int field = store.fieldIndex(m.field);
        const bool deferred = m.newField && !m.typeKnown;
        if (m.newField) {
            // Until its type is known, an inferred column is kept as text.
            Result<int> added =
                store.addField(m.field, m.header, deferred ? FieldType::Text : m.type);
            if (!added)
                return added.error();
            field = *added;
        }
        if (field == AccountStore::IdField)
            idColumn = m.column;
        targets.push_back({m.column, field, deferred ? FieldType::Text : store.field(field).type,
                           ColumnKind(store.column(field).index()), deferred});
    }
    const auto fileBytes = std::size_t(reader.byteSize());
    const std::size_t estimate =
        std::min<std::size_t>(AccountStore::MaxRows, std::size_t(reader.byteSize() / 100 + 16));
    for (const Target &t : targets) {
        std::visit(
            [estimate, fileBytes](auto &c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, StringColumn>)
                    c.reserve(estimate, std::min<std::size_t>(estimate * 24, fileBytes));
                else
                    c.reserve(estimate);
            },
            store.column(t.field));
    }

    std::vector<Cell> cells(targets.size());
    std::vector<std::unique_ptr<DictionaryAppender>> dictionaries(targets.size());
    for (std::size_t i = 0; i < targets.size(); ++i) {
        if (auto *d = std::get_if<DictionaryColumn>(&store.column(targets[i].field)))
            dictionaries[i] = std::make_unique<DictionaryAppender>(*d);
    }
    std::vector<std::int64_t> lines;
    lines.reserve(estimate);
    CsvRecord record;
    std::size_t rows = 0;
    auto problem = [&](std::int64_t line, int column, std::string_view value, QString reason) {
        out.problems.add({line, column + 1, column < header.size() ? header[column] : QString(),
                          problemValue(value), std::move(reason)});
    };

    for (;;) {
        Result<bool> got = nextRow(reader, record, out.rowsRead, progress, 0.95);
        if (!got)
            return got.error();
        if (!*got)
            break;
        bool bad = recordProblem(record, header, out.problems);
        if (!bad) {
            for (std::size_t i = 0; i < targets.size(); ++i) {
                const Target &t = targets[i];
                const std::string_view raw = record[std::size_t(t.column)];
                const std::string_view value = CellValue::trim(raw);
                Cell &cell = cells[i];
                cell.text = value;
                QString reason;
                switch (t.type) {
                case FieldType::Text:
                case FieldType::Picklist:
                case FieldType::MultiPicklist:
                    if (value.size() > std::size_t(WorkspaceDocument::MaxTextLength))
                        reason = Tr::tr("expected at most %1 characters")
                                     .arg(WorkspaceDocument::MaxTextLength);
                    else if (t.field == AccountStore::IdField && value.empty())
                        reason = Tr::tr("expected an account id, found an empty cell");
                    break;
                case FieldType::Number: {
                    cell.number = std::nan("");
                    if (CellValue::number(value, decimalComma, &cell.number) ==
                        CellValue::Parse::Bad)
                        reason = expected(t.type);
                    else if (t.field == AccountStore::BillingLatitudeField &&
                             std::abs(cell.number) > 90)
                        reason = Tr::tr("expected a latitude between -90 and 90");
                    else if (t.field == AccountStore::BillingLongitudeField &&
                             std::abs(cell.number) > 180)
                        reason = Tr::tr("expected a longitude between -180 and 180");
                    break;
                }
                case FieldType::Date:
                    cell.day = NullDay;
                    if (CellValue::date(value, &cell.day) == CellValue::Parse::Bad)
                        reason = expected(t.type);
                    break;
                case FieldType::Boolean:
                    cell.boolean = NullBool;
                    if (CellValue::boolean(value, &cell.boolean) == CellValue::Parse::Bad)
                        reason = expected(t.type);
                    break;
                }
                if (!reason.isEmpty()) {
                    problem(record.lineOf(std::size_t(t.column)), t.column, raw, reason);
                    bad = true;
                }
            }
        }
        if (bad) {
            ++out.problems.rows;
            if (!options.skipBadRows && options.stopAfterBadRows > 0 &&
                out.problems.rows >= options.stopAfterBadRows) {
                out.stoppedEarly = true;
                break;
            }
            continue;
        }
        if (rows >= AccountStore::MaxRows)
            return makeError(
                ErrorCode::Limit,
                Tr::tr("The file has more than %1 accounts.").arg(AccountStore::MaxRows));
        for (std::size_t i = 0; i < targets.size(); ++i) {
            if (dictionaries[i])
                dictionaries[i]->append(cells[i].text);
            else
                appendCell(store.column(targets[i].field), cells[i]);
        }
        lines.push_back(record.line());
        ++rows;
    }
    store.setRowCount(rows);

    // Inferred columns: profile the values kept as text, then give the field its type.
    bool anyDeferred = false;
    for (const Target &t : targets)
        anyDeferred = anyDeferred || t.deferred;
    if (anyDeferred) {
        AccountStore typed;
        for (int f = AccountStore::StandardFieldCount; f < store.fieldCount(); ++f) {
            FieldDef def = store.field(f);
            for (const Target &t : targets) {
                if (t.field != f || !t.deferred)
                    continue;
                const StringColumn &raw = store.strings(f);
                ColumnProfile profile(decimalComma);
                for (std::size_t r = 0; r < rows; ++r)
                    profile.add(raw.at(r));
                def.type = profile.type();
                def.storage = defaultStorage(def.type);
                for (ColumnMapping &m : out.mapping) {
                    if (m.field == def.name)
                        m.type = def.type;
                }
            }
            if (Result<int> added = typed.addField(def); !added)
                return added.error();
        }
        typed.setRowCount(rows);
        for (int f = 0; f < store.fieldCount(); ++f) {
            const bool retyped = typed.field(f).type != store.field(f).type;
            typed.column(f) = retyped ? convert(store.strings(f), typed.field(f).type, decimalComma)
                                      : std::move(store.column(f));
        }
        store = std::move(typed);
    }

    // Duplicate ids: the first row with an id stays, later ones are problems.
    if (idColumn >= 0 && rows > 0) {
        const std::vector<std::size_t> dups = store.duplicateOrBlankIds();
        if (!dups.empty()) {
            std::vector<bool> keep(rows, true);
            for (std::size_t r : dups) {
                const std::string_view id = store.text(r, AccountStore::IdField);
                const std::int64_t first = store.rowOf(id);
                problem(lines[r], idColumn, id,
                        Tr::tr("the account id is already on line %1")
                            .arg(first >= 0 ? lines[std::size_t(first)] : 0));
                ++out.problems.rows;
                keep[r] = false;
            }
            store = keepRows(store, keep);
        }
    }
    for (ColumnMapping &m : out.mapping)
        m.typeKnown = m.typeKnown || m.imported();
    progress.update(1.0);
    return out;
}

AccountStore keepRows(const AccountStore &store, const std::vector<bool> &keep)
{
    AccountStore out = emptyLike(store);
    std::size_t kept = 0;
    for (bool k : keep)
        kept += k ? 1 : 0;
    out.setRowCount(kept);
    std::size_t to = 0;
    for (std::size_t r = 0; r < store.rowCount(); ++r) {
        if (!keep[r])
            continue;
        for (int f = 0; f < store.fieldCount(); ++f)
            copyCell(store, r, f, out, to, f);
        ++to;
    }
    out.compact();
    return out;
}

Result<Refresh> refresh(const AccountStore &existing, const Imported &imported, bool removeMissing,
                        const Progress &progress)
{
    const AccountStore &in = imported.accounts;
    Refresh out;
    out.accounts = existing;
    AccountStore &merged = out.accounts;
    // Fields the file brings: existing ones keep their definition; new ones are added.
    std::vector<std::pair<int, int>> fields; // (in, merged)
    for (const ColumnMapping &m : imported.mapping) {
        if (!m.imported())
            continue;
        const int from = in.fieldIndex(m.field);
        int to = merged.fieldIndex(m.field);
        if (to < 0) {
            Result<int> added = merged.addField(in.field(from));
            if (!added)
                return added.error();
            to = *added;
        }
        if (merged.field(to).type != in.field(from).type)
            return makeError(
                ErrorCode::Invalid,
                Tr::tr("The field %1 is a %2 field in the workspace, and %3 in the file.")
                    .arg(m.field, fieldTypeName(merged.field(to).type),
                         fieldTypeName(in.field(from).type)));
        fields.emplace_back(from, to);
    }
    // Rows of the file: an existing row, or a new one at the end.
    std::vector<std::int64_t> target(in.rowCount());
    std::size_t next = existing.rowCount();
    for (std::size_t r = 0; r < in.rowCount(); ++r) {
        const std::int64_t row = existing.rowOf(in.text(r, AccountStore::IdField));
        target[r] = row >= 0 ? row : std::int64_t(next++);
        if (row >= 0)
            ++out.updated;
        else
            ++out.added;
    }
    std::vector<bool> present(existing.rowCount(), false);
    for (std::size_t r = 0; r < in.rowCount(); ++r) {
        if (target[r] < std::int64_t(existing.rowCount()))
            present[std::size_t(target[r])] = true;
    }
    if (next > AccountStore::MaxRows)
        return makeError(
            ErrorCode::Limit,
            Tr::tr("A workspace holds at most %1 accounts.").arg(AccountStore::MaxRows));
    merged.setRowCount(next);
    for (std::size_t r = 0; r < in.rowCount(); ++r) {
        for (const auto &[from, to] : fields)
            copyCell(in, r, from, merged, std::size_t(target[r]), to);
        if ((r & 0xffff) == 0 && progress.cancelled())
            return makeError(ErrorCode::Cancelled, Tr::tr("The import was cancelled."));
    }
    for (std::size_t r = 0; r < existing.rowCount(); ++r) {
        if (!present[r])
            out.missing << existing.accountId(r);
    }
    if (removeMissing && !out.missing.isEmpty()) {
        std::vector<bool> keep(merged.rowCount(), true);
        for (std::size_t r = 0; r < existing.rowCount(); ++r)
            keep[r] = present[r];
        merged = keepRows(merged, keep);
        out.missingRemoved = true;
    }
    merged.compact();
    return out;
}

} // namespace Tessera::AccountImport
