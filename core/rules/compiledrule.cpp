// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/compiledrule.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::CompiledRule)
};

bool isTextKind(ColumnKind k)
{
    return k == ColumnKind::Strings || k == ColumnKind::Dictionary;
}

// The positive form of an operation: notEqual -> equals, and so on.
Operation positive(Operation op)
{
    switch (op) {
    case Operation::NotEqual:
        return Operation::Equals;
    case Operation::NotContain:
        return Operation::Contains;
    case Operation::Excludes:
        return Operation::Includes;
    default:
        return op;
    }
}

std::vector<std::string_view> splitSemicolons(std::string_view s)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t end = s.find(';', start);
        if (end == std::string_view::npos)
            end = s.size();
        std::string_view part = s.substr(start, end - start);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        if (!part.empty())
            parts.push_back(part);
        start = end + 1;
    }
    return parts;
}

// One positive operation on folded text against one folded alternative.
bool textMatches(Operation op, std::string_view field, std::string_view alt)
{
    if (alt.empty()) // a blank alternative matches blank fields, and ranges never
        return field.empty() && !isRange(op);
    if (field.empty())
        return false;
    switch (op) {
    case Operation::Equals:
        return field == alt;
    case Operation::Contains:
        return field.find(alt) != std::string_view::npos;
    case Operation::StartsWith:
        return field.substr(0, alt.size()) == alt;
    case Operation::Includes: {
        const auto have = splitSemicolons(field);
        for (std::string_view want : splitSemicolons(alt)) {
            if (std::find(have.begin(), have.end(), want) == have.end())
                return false;
        }
        return true;
    }
    case Operation::LessThan:
        return field < alt;
    case Operation::GreaterThan:
        return field > alt;
    case Operation::LessOrEqual:
        return field <= alt;
    case Operation::GreaterOrEqual:
        return field >= alt;
    default:
        return false;
    }
}

bool numberMatches(Operation op, double v, double alt)
{
    if (std::isnan(alt)) // blank alternative
        return std::isnan(v) && !isRange(op);
    if (std::isnan(v))
        return false;
    switch (op) {
    case Operation::Equals:
        return v == alt;
    case Operation::LessThan:
        return v < alt;
    case Operation::GreaterThan:
        return v > alt;
    case Operation::LessOrEqual:
        return v <= alt;
    case Operation::GreaterOrEqual:
        return v >= alt;
    default:
        return false;
    }
}

double rowNumber(const AccountStore &store, int field, ColumnKind kind, std::size_t row)
{
    switch (kind) {
    case ColumnKind::Doubles:
        return store.doubles(field)[row];
    case ColumnKind::Floats:
        return static_cast<double>(store.floats(field)[row]);
    case ColumnKind::Days: {
        const std::int32_t d = store.days(field)[row];
        return d == NullDay ? std::nan("") : static_cast<double>(d);
    }
    case ColumnKind::Bools: {
        const std::int8_t b = store.bools(field)[row];
        return b == NullBool ? std::nan("") : static_cast<double>(b);
    }
    default:
        return std::nan("");
    }
}

bool isLocationField(QStringView name)
{
    for (const char *n :
         {"BillingAddress", "BillingLatitude", "BillingLongitude", "Location", "ShippingAddress"}) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

Result<CompiledItem> compileItem(const RuleItem &item, const AccountStore &store)
{
    CompiledItem c;
    const std::optional<Operation> op = operationFromToken(item.operation);
    if (!op)
        return makeError(ErrorCode::Invalid,
                         Tr::tr("\"%1\" is not an operation; use one of equals, notEqual, "
                                "lessThan, greaterThan, lessOrEqual, greaterOrEqual, "
                                "contains, notContain, startsWith, includes, excludes, within.")
                             .arg(item.operation));
    c.op = *op;
    QStringView fieldName = item.field;
    if (fieldName.contains(u'.')) {
        const qsizetype dot = fieldName.indexOf(u'.');
        if (fieldName.left(dot).compare(u"Account", Qt::CaseInsensitive) != 0)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("\"%1\" is not an account field; rules here assign accounts.")
                                 .arg(item.field));
        fieldName = fieldName.mid(dot + 1);
    }
    c.key = item.field.toLower().toStdString() + '\x1f' + item.operation.toLower().toStdString() +
            '\x1f' + item.value.toStdString();

    if (c.op == Operation::Within) {
        if (!isLocationField(fieldName) && store.fieldIndex(fieldName) < 0)
            return makeError(ErrorCode::NotFound,
                             Tr::tr("The field \"%1\" does not exist.").arg(item.field));
        Result<WithinArea> area = parseWithin(item.value);
        if (!area)
            return area.error();
        c.area = *area;
        c.kind = ColumnKind::Floats;
        return c;
    }

    c.field = store.fieldIndex(fieldName);
    if (c.field < 0)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The field \"%1\" does not exist.").arg(item.field));
    c.kind = static_cast<ColumnKind>(store.column(c.field).index());
    const FieldDef &def = store.field(c.field);

    Result<std::vector<QString>> values = parseValueList(item.value);
    if (!values)
        return values.error();
    for (const QString &v : *values)
        c.blank = c.blank || v.isEmpty();

    const Operation pos = positive(c.op);
    if (isTextKind(c.kind)) {
        for (const QString &v : *values)
            c.text.push_back(foldText(v.toStdString()));
        return c;
    }
    if (pos != Operation::Equals && !isRange(pos))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("\"%1\" does not apply to the %2 field %3.")
                             .arg(item.operation, fieldTypeName(def.type), def.name));
    if (c.kind == ColumnKind::Bools && isRange(pos))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("\"%1\" does not apply to the checkbox field %2.")
                             .arg(item.operation, def.name));
    for (const QString &v : *values) {
        if (v.isEmpty()) {
            c.numbers.push_back(std::nan(""));
            continue;
        }
        bool ok = false;
        double x = 0;
        if (c.kind == ColumnKind::Days) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            ok = d.isValid();
            x = static_cast<double>(QDate(1970, 1, 1).daysTo(d));
        } else if (c.kind == ColumnKind::Bools) {
            ok = v.compare(u"true", Qt::CaseInsensitive) == 0 ||
                 v.compare(u"false", Qt::CaseInsensitive) == 0;
            x = v.compare(u"true", Qt::CaseInsensitive) == 0 ? 1 : 0;
        } else {
            x = v.toDouble(&ok);
            ok = ok && std::isfinite(x);
            if (c.kind == ColumnKind::Floats) // compare at the column's precision
                x = static_cast<double>(static_cast<float>(x));
        }
        if (!ok)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("\"%1\" is not a %2 value for the field %3.")
                                 .arg(v, fieldTypeName(def.type), def.name));
        c.numbers.push_back(x);
    }
    return c;
}

bool CompiledItem::matches(const AccountStore &store, std::size_t row) const
{
    if (upper && !upper->matches(store, row))
        return false;
    const Operation pos = positive(op);
    bool any = false;
    if (op == Operation::Within) {
        const double lat = store.number(row, AccountStore::BillingLatitudeField);
        const double lon = store.number(row, AccountStore::BillingLongitudeField);
        return !std::isnan(lat) && !std::isnan(lon) &&
               haversineKm(area.latitude, area.longitude, lat, lon) <= area.radiusKm;
    }
    if (isTextKind(kind)) {
        const std::string folded = foldText(store.text(row, field));
        for (const std::string &alt : text)
            any = any || textMatches(pos, folded, alt);
    } else {
        const double v = rowNumber(store, field, kind, row);
        for (double alt : numbers)
            any = any || numberMatches(pos, v, alt);
    }
    return isNegative(op) ? !any : any;
}

RowSet CompiledItem::evaluate(const AccountIndex &index) const
{
    const AccountStore &store = index.store();
    const std::size_t n = store.rowCount();
    const Operation pos = positive(op);
    RowSet positiveSet;

    if (op == Operation::Within) {
        // A bounding box first, so that the exact distance runs on few rows.
        const auto &lat = store.floats(AccountStore::BillingLatitudeField);
        const auto &lon = store.floats(AccountStore::BillingLongitudeField);
        const double dLat = area.radiusKm / 110.574;
        const double cosLat = std::max(0.01, std::cos(area.latitude * 3.14159265358979 / 180.0));
        const double dLon = area.radiusKm / (111.320 * cosLat);
        std::vector<std::uint32_t> rows;
        for (std::size_t r = 0; r < n; ++r) {
            const double la = lat[r], lo = lon[r];
            if (std::abs(la - area.latitude) > dLat + 1e-6)
                continue;
            if (std::abs(lo - area.longitude) > dLon + 1e-6 && dLon < 180)
                continue;
            if (matches(store, r))
                rows.push_back(static_cast<std::uint32_t>(r));
        }
        return RowSet::fromSorted(std::move(rows), n);
    }

    if (kind == ColumnKind::Dictionary) {
        const AccountIndex::Dictionary &dict = index.dictionary(field);
        // Codes are collected once each; ranges arrive in value order and
        // need no sorting, rowsOfCodes() orders the rows.
        std::vector<std::uint32_t> codes;
        std::vector<char> chosen(text.size() > 1 ? dict.folded.size() : 0, 0);
        auto take = [&](std::uint32_t code) {
            if (chosen.empty()) {
                codes.push_back(code);
            } else if (!chosen[code]) {
                chosen[code] = 1;
                codes.push_back(code);
            }
        };
        const auto &sorted = dict.sortedCodes;
        auto firstNotBelow = [&](std::string_view v) {
            return std::lower_bound(
                sorted.begin(), sorted.end(), v,
                [&](std::uint32_t code, std::string_view x) { return dict.folded[code] < x; });
        };
        auto firstAbove = [&](std::string_view v) {
            return std::upper_bound(
                sorted.begin(), sorted.end(), v,
                [&](std::string_view x, std::uint32_t code) { return x < dict.folded[code]; });
        };
        for (const std::string &alt : text) {
            if (alt.empty()) {
                if (!isRange(pos)) // blank fields all carry the empty value
                    for (auto it = firstNotBelow("");
                         it != sorted.end() && dict.folded[*it].empty(); ++it)
                        take(*it);
                continue;
            }
            switch (pos) {
            case Operation::Equals:
                for (auto it = firstNotBelow(alt); it != sorted.end() && dict.folded[*it] == alt;
                     ++it)
                    take(*it);
                break;
            case Operation::StartsWith:
                for (auto it = firstNotBelow(alt);
                     it != sorted.end() && dict.folded[*it].starts_with(alt); ++it)
                    take(*it);
                break;
            case Operation::LessThan:
            case Operation::LessOrEqual:
                for (auto it = firstAbove(""),
                          end = pos == Operation::LessThan ? firstNotBelow(alt) : firstAbove(alt);
                     it < end; ++it)
                    take(*it);
                break;
            case Operation::GreaterThan:
            case Operation::GreaterOrEqual: {
                auto end = sorted.end();
                if (upper) // fused: stop at the upper bound
                    end = upper->op == Operation::LessThan ? firstNotBelow(upper->text.front())
                                                           : firstAbove(upper->text.front());
                for (auto it = pos == Operation::GreaterThan ? firstAbove(alt) : firstNotBelow(alt);
                     it < end; ++it)
                    take(*it);
                break;
            }
            default: // contains, includes: test each distinct value
                for (std::uint32_t code = 0; code < dict.folded.size(); ++code) {
                    if (textMatches(pos, dict.folded[code], alt))
                        take(code);
                }
                break;
            }
        }
        positiveSet = dict.rowsOfCodes(codes, n);
    } else if (kind == ColumnKind::Strings) {
        const StringColumn &col = store.strings(field);
        std::vector<std::uint32_t> rows;
        for (std::size_t r = 0; r < n; ++r) {
            const std::string folded = foldText(col.at(r));
            for (const std::string &alt : text) {
                if (textMatches(pos, folded, alt)) {
                    if (!upper || upper->matches(store, r))
                        rows.push_back(static_cast<std::uint32_t>(r));
                    break;
                }
            }
        }
        positiveSet = RowSet::fromSorted(std::move(rows), n);
    } else {
        const AccountIndex::Order &order = index.order(field);
        std::vector<std::uint32_t> rows;
        const auto &vals = order.values;
        for (double alt : numbers) {
            if (std::isnan(alt)) {
                if (!isRange(pos))
                    rows.insert(rows.end(), order.blankRows.begin(), order.blankRows.end());
                continue;
            }
            std::size_t from = 0, to = 0;
            const auto lo = static_cast<std::size_t>(
                std::lower_bound(vals.begin(), vals.end(), alt) - vals.begin());
            const auto hi = static_cast<std::size_t>(
                std::upper_bound(vals.begin(), vals.end(), alt) - vals.begin());
            switch (pos) {
            case Operation::Equals:
                from = lo, to = hi;
                break;
            case Operation::LessThan:
                from = 0, to = lo;
                break;
            case Operation::LessOrEqual:
                from = 0, to = hi;
                break;
            case Operation::GreaterThan:
                from = hi, to = vals.size();
                break;
            case Operation::GreaterOrEqual:
                from = lo, to = vals.size();
                break;
            default:
                break;
            }
            if (upper && !upper->numbers.empty()) {
                const double bound = upper->numbers.front();
                const auto cut = upper->op == Operation::LessThan
                                     ? std::lower_bound(vals.begin(), vals.end(), bound)
                                     : std::upper_bound(vals.begin(), vals.end(), bound);
                to = std::min(to, static_cast<std::size_t>(cut - vals.begin()));
                from = std::min(from, to);
            }
            rows.insert(rows.end(), order.rows.begin() + static_cast<std::ptrdiff_t>(from),
                        order.rows.begin() + static_cast<std::ptrdiff_t>(to));
        }
        positiveSet = RowSet::fromUnsorted(std::move(rows), n);
    }
    return isNegative(op) ? positiveSet.complement() : positiveSet;
}

RowSet CompiledRule::combine(const std::vector<const RowSet *> &evalSets) const
{
    return filter.combine<RowSet>(
        [&](int i) {
            return *evalSets[static_cast<std::size_t>(evalOf[static_cast<std::size_t>(i)])];
        },
        [](const RowSet &a, const RowSet &b) { return a & b; },
        [](const RowSet &a, const RowSet &b) { return a | b; },
        [](const RowSet &a) { return a.complement(); });
}

namespace {

bool isLowerBound(Operation op)
{
    return op == Operation::GreaterThan || op == Operation::GreaterOrEqual;
}

bool isUpperBound(Operation op)
{
    return op == Operation::LessThan || op == Operation::LessOrEqual;
}

bool fusable(const CompiledItem &item)
{
    return item.field >= 0 && !item.blank && item.text.size() + item.numbers.size() == 1 &&
           item.kind != ColumnKind::Strings && (isLowerBound(item.op) || isUpperBound(item.op));
}

// Operands of each maximal AND chain that are plain items.
void andChains(const BooleanFilter &f, int node, bool underAnd,
               std::vector<std::vector<int>> &chains)
{
    const BooleanFilter::Node &n = f.nodes()[static_cast<std::size_t>(node)];
    if (n.kind == BooleanFilter::Node::And) {
        if (!underAnd)
            chains.emplace_back();
        for (int child : {n.left, n.right}) {
            const BooleanFilter::Node &c = f.nodes()[static_cast<std::size_t>(child)];
            if (c.kind == BooleanFilter::Node::Item)
                chains.back().push_back(c.item);
            else
                andChains(f, child, c.kind == BooleanFilter::Node::And, chains);
        }
        return;
    }
    if (n.kind == BooleanFilter::Node::Or || n.kind == BooleanFilter::Node::Not) {
        andChains(f, n.left, false, chains);
        if (n.kind == BooleanFilter::Node::Or)
            andChains(f, n.right, false, chains);
    }
}

} // namespace

void fuseRanges(CompiledRule &rule)
{
    rule.evalItems = rule.items;
    rule.evalOf.resize(rule.items.size());
    for (std::size_t i = 0; i < rule.items.size(); ++i)
        rule.evalOf[i] = static_cast<int>(i);
    if (rule.filter.root() < 0)
        return;
    std::vector<std::vector<int>> chains;
    andChains(rule.filter, rule.filter.root(), false, chains);
    for (const std::vector<int> &chain : chains) {
        std::vector<bool> used(rule.items.size(), false);
        for (int lo : chain) {
            const CompiledItem &a = rule.items[static_cast<std::size_t>(lo)];
            if (used[static_cast<std::size_t>(lo)] || !fusable(a) || !isLowerBound(a.op))
                continue;
            for (int hi : chain) {
                const CompiledItem &b = rule.items[static_cast<std::size_t>(hi)];
                if (used[static_cast<std::size_t>(hi)] || !fusable(b) || !isUpperBound(b.op) ||
                    b.field != a.field)
                    continue;
                CompiledItem fused = a;
                fused.upper = std::make_shared<CompiledItem>(b);
                fused.key = a.key + '\x1e' + b.key;
                rule.evalItems.push_back(std::move(fused));
                const int index = static_cast<int>(rule.evalItems.size()) - 1;
                rule.evalOf[static_cast<std::size_t>(lo)] = index;
                rule.evalOf[static_cast<std::size_t>(hi)] = index;
                used[static_cast<std::size_t>(lo)] = used[static_cast<std::size_t>(hi)] = true;
                break;
            }
        }
    }
    // Keep only what stands for some item: a fused pair replaces its halves.
    std::vector<CompiledItem> kept;
    std::vector<int> newIndex(rule.evalItems.size(), -1);
    for (int &e : rule.evalOf) {
        if (newIndex[static_cast<std::size_t>(e)] < 0) {
            newIndex[static_cast<std::size_t>(e)] = static_cast<int>(kept.size());
            kept.push_back(std::move(rule.evalItems[static_cast<std::size_t>(e)]));
        }
        e = newIndex[static_cast<std::size_t>(e)];
    }
    rule.evalItems = std::move(kept);
}

Result<CompiledRule> compileRule(const AssignmentRule &rule, const AccountStore &store)
{
    CompiledRule c;
    for (std::size_t i = 0; i < rule.items.size(); ++i) {
        Result<CompiledItem> item = compileItem(rule.items[i], store);
        if (!item) {
            Error e = item.error();
            e.message = Tr::tr("Rule %1, item %2: %3").arg(rule.apiName).arg(i + 1).arg(e.message);
            return e;
        }
        c.items.push_back(std::move(*item));
    }
    Result<BooleanFilter> filter =
        BooleanFilter::parse(rule.booleanFilter, static_cast<int>(rule.items.size()));
    if (!filter) {
        Error e = filter.error();
        e.message = Tr::tr("Rule %1, filter: %2").arg(rule.apiName, e.message);
        return e;
    }
    c.filter = std::move(*filter);
    fuseRanges(c);
    return c;
}

} // namespace Tessera
