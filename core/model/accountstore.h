// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

namespace Tessera {

// What a field means to the user and to rules.
enum class FieldType : std::uint8_t { Text, Picklist, MultiPicklist, Number, Date, Boolean };
QString fieldTypeName(FieldType type); // "text", "picklist", ...
bool fieldTypeFromName(QStringView name, FieldType *out);

// How a column is held in memory. The numeric values are stored in files.
enum class ColumnKind : std::uint8_t {
    Strings = 0,
    Dictionary = 1,
    Doubles = 2,
    Floats = 3,
    Days = 4,
    Bools = 5
};

struct FieldDef
{
    QString name;  // API name without the object prefix: "BillingState", "Workload__c"
    QString label; // shown to people: "Billing State/Province"
    FieldType type = FieldType::Text;
    ColumnKind storage = ColumnKind::Strings;
    bool standard = false;

    bool operator==(const FieldDef &) const = default;
};

// Text of high cardinality: one arena of UTF-8 bytes and a span per row.
// Rewriting a row appends to the arena; compact() drops the dead bytes.
class StringColumn
{
public:
    struct Span
    {
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };

    std::size_t size() const { return m_spans.size(); }
    std::string_view at(std::size_t row) const
    {
        const Span s = m_spans[row];
        return {m_bytes.data() + s.offset, s.length};
    }
    void append(std::string_view value);
    void set(std::size_t row, std::string_view value);
    void resize(std::size_t rows) { m_spans.resize(rows); }
    void reserve(std::size_t rows, std::size_t bytes);
    void compact();
    std::size_t byteSize() const { return m_bytes.size(); }
    std::size_t memoryUsage() const
    {
        return m_bytes.capacity() + m_spans.capacity() * sizeof(Span);
    }

private:
    std::uint32_t store(std::string_view value);
    std::vector<Span> m_spans;
    std::string m_bytes;
};

// Repeated text: one code per row into a table of distinct values. Code 0 is
// the empty value, so a zero-filled column is a column of blanks.
class DictionaryColumn
{
public:
    DictionaryColumn();

    std::size_t size() const { return m_codes.size(); }
    std::string_view at(std::size_t row) const { return m_values[m_codes[row]]; }
    std::uint32_t codeAt(std::size_t row) const { return m_codes[row]; }
    const std::vector<std::uint32_t> &codes() const { return m_codes; }
    const std::vector<std::string> &values() const { return m_values; }
    // Code of a value, or -1 when the column has never held it.
    std::int64_t find(std::string_view value) const;

    std::uint32_t intern(std::string_view value);
    void append(std::string_view value) { m_codes.push_back(intern(value)); }
    void appendCode(std::uint32_t code) { m_codes.push_back(code); }
    void set(std::size_t row, std::string_view value) { m_codes[row] = intern(value); }
    void resize(std::size_t rows) { m_codes.resize(rows, 0); }
    void reserve(std::size_t rows) { m_codes.reserve(rows); }
    std::size_t memoryUsage() const;

private:
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::vector<std::uint32_t> m_codes;
    std::vector<std::string> m_values;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_index;
};

constexpr std::int32_t NullDay = std::numeric_limits<std::int32_t>::min();
constexpr std::int8_t NullBool = -1;

// Index order matches ColumnKind.
using Column = std::variant<StringColumn, DictionaryColumn, std::vector<double>, std::vector<float>,
                            std::vector<std::int32_t>, std::vector<std::int8_t>>;

// The accounts of a workspace, column by column. Field 0 is always Id (unique
// text), field 1 Name; the other Salesforce standard Account fields follow,
// then custom fields in the order they were added. Missing numbers are NaN,
// missing dates NullDay, missing booleans NullBool, missing text empty.
class AccountStore
{
public:
    AccountStore(); // with the standard fields and no rows

    // Standard field indices, fixed for every store.
    enum StandardField : int {
        IdField,
        NameField,
        BillingStreetField,
        BillingCityField,
        BillingStateField,
        BillingPostalCodeField,
        BillingCountryField,
        BillingLatitudeField,
        BillingLongitudeField,
        IndustryField,
        TypeField,
        AnnualRevenueField,
        NumberOfEmployeesField,
        OwnerIdField,
        StandardFieldCount
    };

    static constexpr std::size_t MaxRows = 20'000'000;
    static constexpr int MaxFields = 500;

    std::size_t rowCount() const { return m_rows; }
    int fieldCount() const { return static_cast<int>(m_fields.size()); }
    const FieldDef &field(int index) const { return m_fields[static_cast<std::size_t>(index)]; }
    const std::vector<FieldDef> &fields() const { return m_fields; }
    // Index of a field by API name, with or without the "Account." prefix, case-insensitive; -1 if
    // none.
    int fieldIndex(QStringView name) const;

    // Adds a custom field; storage follows the type. Fails on a bad or taken name.
    Result<int> addField(const QString &name, const QString &label, FieldType type);
    // Adds a field with an explicit storage, as a loader restoring a file does.
    Result<int> addField(const FieldDef &def);

    const Column &column(int field) const { return m_columns[static_cast<std::size_t>(field)]; }
    Column &column(int field) { return m_columns[static_cast<std::size_t>(field)]; }
    const StringColumn &strings(int field) const { return std::get<StringColumn>(column(field)); }
    const DictionaryColumn &dictionary(int field) const
    {
        return std::get<DictionaryColumn>(column(field));
    }
    const std::vector<double> &doubles(int field) const { return std::get<2>(column(field)); }
    const std::vector<float> &floats(int field) const { return std::get<3>(column(field)); }
    const std::vector<std::int32_t> &days(int field) const { return std::get<4>(column(field)); }
    const std::vector<std::int8_t> &bools(int field) const { return std::get<5>(column(field)); }

    void reserve(std::size_t rows);
    // Appends a blank row and returns its index.
    std::size_t appendRow();
    // Grows every column to rowCount() after columns were filled directly.
    void setRowCount(std::size_t rows);

    // Typed access. Text setters take UTF-8; numbers go to Doubles or Floats.
    std::string_view text(std::size_t row, int field) const;
    void setText(std::size_t row, int field, std::string_view utf8);
    double number(std::size_t row, int field) const;
    void setNumber(std::size_t row, int field, double value);
    std::int32_t day(std::size_t row, int field) const { return days(field)[row]; }
    void setDay(std::size_t row, int field, std::int32_t day);
    std::int8_t boolean(std::size_t row, int field) const { return bools(field)[row]; }
    void setBoolean(std::size_t row, int field, std::int8_t value);

    // Any value as text, as a person reads it (dates ISO, numbers shortest form).
    QString displayText(std::size_t row, int field) const;

    QString accountId(std::size_t row) const;
    // Row of an account id, or -1; builds a hash index on first use.
    std::int64_t rowOf(std::string_view accountId) const;
    // Ids seen twice or blank, for validation.
    std::vector<std::size_t> duplicateOrBlankIds() const;

    std::size_t memoryUsage() const;
    void compact();

private:
    void invalidateIdIndex() { m_idSlots.clear(); }

    std::vector<FieldDef> m_fields;
    std::vector<Column> m_columns;
    std::size_t m_rows = 0;
    // Open-addressing table of row numbers hashed by id; rows, not pointers,
    // so copies of the store stay valid.
    mutable std::vector<std::uint32_t> m_idSlots;
};

ColumnKind defaultStorage(FieldType type);

} // namespace Tessera
