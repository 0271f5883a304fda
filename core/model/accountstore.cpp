// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/accountstore.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <bit>
#include <charconv>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::AccountStore)
};

struct StandardDef
{
    const char16_t *name;
    const char16_t *label;
    FieldType type;
    ColumnKind storage;
};

// Salesforce Account fields Tessera knows by name. Repeated values (city,
// state, industry, owner) are dictionary-encoded; coordinates are floats.
constexpr std::array<StandardDef, AccountStore::StandardFieldCount> StandardFields{{
    {u"Id", u"Account ID", FieldType::Text, ColumnKind::Strings},
    {u"Name", u"Account Name", FieldType::Text, ColumnKind::Strings},
    {u"BillingStreet", u"Billing Street", FieldType::Text, ColumnKind::Strings},
    {u"BillingCity", u"Billing City", FieldType::Text, ColumnKind::Dictionary},
    {u"BillingState", u"Billing State/Province", FieldType::Text, ColumnKind::Dictionary},
    {u"BillingPostalCode", u"Billing Zip/Postal Code", FieldType::Text, ColumnKind::Dictionary},
    {u"BillingCountry", u"Billing Country", FieldType::Text, ColumnKind::Dictionary},
    {u"BillingLatitude", u"Billing Latitude", FieldType::Number, ColumnKind::Floats},
    {u"BillingLongitude", u"Billing Longitude", FieldType::Number, ColumnKind::Floats},
    {u"Industry", u"Industry", FieldType::Picklist, ColumnKind::Dictionary},
    {u"Type", u"Account Type", FieldType::Picklist, ColumnKind::Dictionary},
    {u"AnnualRevenue", u"Annual Revenue", FieldType::Number, ColumnKind::Doubles},
    {u"NumberOfEmployees", u"Employees", FieldType::Number, ColumnKind::Doubles},
    {u"OwnerId", u"Account Owner ID", FieldType::Text, ColumnKind::Dictionary},
}};

constexpr std::array<const char16_t *, 6> TypeNames{u"text",   u"picklist", u"multipicklist",
                                                    u"number", u"date",     u"boolean"};

Column makeColumn(ColumnKind kind)
{
    switch (kind) {
    case ColumnKind::Strings:
        return StringColumn{};
    case ColumnKind::Dictionary:
        return DictionaryColumn{};
    case ColumnKind::Doubles:
        return std::vector<double>{};
    case ColumnKind::Floats:
        return std::vector<float>{};
    case ColumnKind::Days:
        return std::vector<std::int32_t>{};
    case ColumnKind::Bools:
        return std::vector<std::int8_t>{};
    }
    return StringColumn{};
}

bool storageFits(FieldType type, ColumnKind kind)
{
    switch (type) {
    case FieldType::Text:
    case FieldType::Picklist:
    case FieldType::MultiPicklist:
        return kind == ColumnKind::Strings || kind == ColumnKind::Dictionary;
    case FieldType::Number:
        return kind == ColumnKind::Doubles || kind == ColumnKind::Floats;
    case FieldType::Date:
        return kind == ColumnKind::Days;
    case FieldType::Boolean:
        return kind == ColumnKind::Bools;
    }
    return false;
}

std::uint64_t hashId(std::string_view s)
{
    // FNV-1a: ids are short, this is fast and well spread for them.
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

constexpr std::uint32_t EmptySlot = 0xffffffffu;

} // namespace

QString fieldTypeName(FieldType type)
{
    return QString::fromUtf16(TypeNames[static_cast<std::size_t>(type)]);
}

bool fieldTypeFromName(QStringView name, FieldType *out)
{
    for (std::size_t i = 0; i < TypeNames.size(); ++i) {
        if (name.compare(QStringView(TypeNames[i]), Qt::CaseInsensitive) == 0) {
            *out = static_cast<FieldType>(i);
            return true;
        }
    }
    return false;
}

ColumnKind defaultStorage(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return ColumnKind::Strings;
    case FieldType::Picklist:
    case FieldType::MultiPicklist:
        return ColumnKind::Dictionary;
    case FieldType::Number:
        return ColumnKind::Doubles;
    case FieldType::Date:
        return ColumnKind::Days;
    case FieldType::Boolean:
        return ColumnKind::Bools;
    }
    return ColumnKind::Strings;
}

// --- StringColumn ---------------------------------------------------------

std::uint32_t StringColumn::store(std::string_view value)
{
    const auto offset = static_cast<std::uint32_t>(m_bytes.size());
    m_bytes.append(value);
    return offset;
}

void StringColumn::append(std::string_view value)
{
    m_spans.push_back({store(value), static_cast<std::uint32_t>(value.size())});
}

void StringColumn::set(std::size_t row, std::string_view value)
{
    Span &span = m_spans[row];
    if (value.size() <= span.length) {
        // Fits where the old value was: no growth for edits that shrink.
        std::copy(value.begin(), value.end(), m_bytes.begin() + span.offset);
        span.length = static_cast<std::uint32_t>(value.size());
        return;
    }
    span = {store(value), static_cast<std::uint32_t>(value.size())};
}

void StringColumn::reserve(std::size_t rows, std::size_t bytes)
{
    m_spans.reserve(rows);
    m_bytes.reserve(bytes);
}

void StringColumn::compact()
{
    std::string packed;
    std::size_t live = 0;
    for (const Span &s : m_spans)
        live += s.length;
    if (live == m_bytes.size())
        return;
    packed.reserve(live);
    for (Span &s : m_spans) {
        const auto offset = static_cast<std::uint32_t>(packed.size());
        packed.append(m_bytes, s.offset, s.length);
        s.offset = offset;
    }
    m_bytes = std::move(packed);
}

// --- DictionaryColumn -----------------------------------------------------

DictionaryColumn::DictionaryColumn()
{
    m_values.emplace_back();
    m_index.emplace(std::string(), 0u);
}

std::int64_t DictionaryColumn::find(std::string_view value) const
{
    auto it = m_index.find(value);
    return it == m_index.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::uint32_t DictionaryColumn::intern(std::string_view value)
{
    auto it = m_index.find(value);
    if (it != m_index.end())
        return it->second;
    const auto code = static_cast<std::uint32_t>(m_values.size());
    m_values.emplace_back(value);
    m_index.emplace(std::string(value), code);
    return code;
}

std::size_t DictionaryColumn::memoryUsage() const
{
    std::size_t bytes = m_codes.capacity() * sizeof(std::uint32_t);
    for (const std::string &v : m_values)
        bytes += sizeof(std::string) * 2 + 2 * v.capacity() + 32;
    return bytes;
}

// --- AccountStore ---------------------------------------------------------

AccountStore::AccountStore()
{
    for (const StandardDef &def : StandardFields) {
        m_fields.push_back(FieldDef{QString::fromUtf16(def.name), QString::fromUtf16(def.label),
                                    def.type, def.storage, true});
        m_columns.push_back(makeColumn(def.storage));
    }
}

int AccountStore::fieldIndex(QStringView name) const
{
    if (name.startsWith(u"Account.", Qt::CaseInsensitive))
        name = name.mid(8);
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        if (name.compare(m_fields[i].name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    return -1;
}

Result<int> AccountStore::addField(const QString &name, const QString &label, FieldType type)
{
    return addField(
        FieldDef{name, label.isEmpty() ? name : label, type, defaultStorage(type), false});
}

Result<int> AccountStore::addField(const FieldDef &def)
{
    if (def.name.isEmpty() || def.name.size() > 80)
        return makeError(ErrorCode::Invalid, Tr::tr("A field name must have 1 to 80 characters."));
    for (QChar c : def.name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_')
            return makeError(ErrorCode::Invalid,
                             Tr::tr("The field name \"%1\" may contain only letters, digits and "
                                    "underscores.")
                                 .arg(def.name));
    }
    if (fieldIndex(def.name) >= 0)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("There is already a field named \"%1\".").arg(def.name));
    if (!storageFits(def.type, def.storage))
        return makeError(
            ErrorCode::Invalid,
            Tr::tr("The field \"%1\" has a storage that does not fit its type.").arg(def.name));
    if (fieldCount() >= MaxFields)
        return makeError(ErrorCode::Limit,
                         Tr::tr("An account table holds at most %1 fields.").arg(MaxFields));
    m_fields.push_back(def);
    m_columns.push_back(makeColumn(def.storage));
    std::visit([this](auto &col) { col.resize(m_rows); }, m_columns.back());
    return fieldCount() - 1;
}

void AccountStore::reserve(std::size_t rows)
{
    for (Column &col : m_columns) {
        std::visit(
            [rows](auto &c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, StringColumn>)
                    c.reserve(rows, rows * 16);
                else
                    c.reserve(rows);
            },
            col);
    }
}

std::size_t AccountStore::appendRow()
{
    setRowCount(m_rows + 1);
    return m_rows - 1;
}

void AccountStore::setRowCount(std::size_t rows)
{
    for (Column &col : m_columns) {
        std::visit(
            [rows](auto &c) {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, std::vector<double>>)
                    c.resize(rows, std::nan(""));
                else if constexpr (std::is_same_v<C, std::vector<float>>)
                    c.resize(rows, std::nanf(""));
                else if constexpr (std::is_same_v<C, std::vector<std::int32_t>>)
                    c.resize(rows, NullDay);
                else if constexpr (std::is_same_v<C, std::vector<std::int8_t>>)
                    c.resize(rows, NullBool);
                else
                    c.resize(rows);
            },
            col);
    }
    m_rows = rows;
    invalidateIdIndex();
}

std::string_view AccountStore::text(std::size_t row, int field) const
{
    const Column &col = column(field);
    if (auto *s = std::get_if<StringColumn>(&col))
        return s->at(row);
    if (auto *d = std::get_if<DictionaryColumn>(&col))
        return d->at(row);
    return {};
}

void AccountStore::setText(std::size_t row, int field, std::string_view utf8)
{
    Column &col = column(field);
    if (auto *s = std::get_if<StringColumn>(&col))
        s->set(row, utf8);
    else if (auto *d = std::get_if<DictionaryColumn>(&col))
        d->set(row, utf8);
    if (field == IdField)
        invalidateIdIndex();
}

double AccountStore::number(std::size_t row, int field) const
{
    const Column &col = column(field);
    if (auto *d = std::get_if<std::vector<double>>(&col))
        return (*d)[row];
    if (auto *f = std::get_if<std::vector<float>>(&col))
        return static_cast<double>((*f)[row]);
    return std::nan("");
}

void AccountStore::setNumber(std::size_t row, int field, double value)
{
    Column &col = column(field);
    if (auto *d = std::get_if<std::vector<double>>(&col))
        (*d)[row] = value;
    else if (auto *f = std::get_if<std::vector<float>>(&col))
        (*f)[row] = static_cast<float>(value);
}

void AccountStore::setDay(std::size_t row, int field, std::int32_t day)
{
    if (auto *d = std::get_if<std::vector<std::int32_t>>(&column(field)))
        (*d)[row] = day;
}

void AccountStore::setBoolean(std::size_t row, int field, std::int8_t value)
{
    if (auto *b = std::get_if<std::vector<std::int8_t>>(&column(field)))
        (*b)[row] = value;
}

QString AccountStore::displayText(std::size_t row, int field) const
{
    switch (static_cast<ColumnKind>(column(field).index())) {
    case ColumnKind::Strings:
    case ColumnKind::Dictionary: {
        const std::string_view t = text(row, field);
        return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
    }
    case ColumnKind::Doubles:
    case ColumnKind::Floats: {
        const double v = number(row, field);
        return std::isnan(v) ? QString() : QString::number(v, 'g', 15);
    }
    case ColumnKind::Days: {
        const std::int32_t d = days(field)[row];
        return d == NullDay ? QString() : QDate(1970, 1, 1).addDays(d).toString(Qt::ISODate);
    }
    case ColumnKind::Bools: {
        const std::int8_t b = bools(field)[row];
        return b == NullBool ? QString() : (b ? QStringLiteral("true") : QStringLiteral("false"));
    }
    }
    return {};
}

QString AccountStore::accountId(std::size_t row) const
{
    return displayText(row, IdField);
}

std::int64_t AccountStore::rowOf(std::string_view id) const
{
    const StringColumn &ids = strings(IdField);
    if (m_idSlots.empty() && m_rows > 0) {
        m_idSlots.assign(std::bit_ceil(m_rows * 2), EmptySlot);
        const std::size_t mask = m_idSlots.size() - 1;
        for (std::size_t r = 0; r < m_rows; ++r) {
            std::size_t slot = hashId(ids.at(r)) & mask;
            while (m_idSlots[slot] != EmptySlot)
                slot = (slot + 1) & mask;
            m_idSlots[slot] = static_cast<std::uint32_t>(r);
        }
    }
    if (m_idSlots.empty())
        return -1;
    const std::size_t mask = m_idSlots.size() - 1;
    for (std::size_t slot = hashId(id) & mask; m_idSlots[slot] != EmptySlot;
         slot = (slot + 1) & mask) {
        if (ids.at(m_idSlots[slot]) == id)
            return m_idSlots[slot];
    }
    return -1;
}

std::vector<std::size_t> AccountStore::duplicateOrBlankIds() const
{
    std::vector<std::size_t> bad;
    const StringColumn &ids = strings(IdField);
    for (std::size_t r = 0; r < m_rows; ++r) {
        const std::string_view id = ids.at(r);
        if (id.empty() || rowOf(id) != static_cast<std::int64_t>(r))
            bad.push_back(r);
    }
    return bad;
}

std::size_t AccountStore::memoryUsage() const
{
    std::size_t bytes = m_idSlots.capacity() * sizeof(std::uint32_t);
    for (const Column &col : m_columns) {
        bytes += std::visit(
            [](const auto &c) -> std::size_t {
                using C = std::decay_t<decltype(c)>;
                if constexpr (std::is_same_v<C, StringColumn> ||
                              std::is_same_v<C, DictionaryColumn>)
                    return c.memoryUsage();
                else
                    return c.capacity() * sizeof(typename C::value_type);
            },
            col);
    }
    return bytes;
}

void AccountStore::compact()
{
    for (Column &col : m_columns) {
        if (auto *s = std::get_if<StringColumn>(&col))
            s->compact();
    }
}

} // namespace Tessera
