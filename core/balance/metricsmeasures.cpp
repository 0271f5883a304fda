// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsmeasures.h"

#include "core/balance/metricsformula.h"

#include <QCoreApplication>

#include <cmath>
#include <unordered_map>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::BalanceMetrics)
};

bool numericStorage(const AccountStore &store, int field)
{
    const std::size_t k = store.column(field).index();
    return k == 2 || k == 3;
}

// Per row, the index of the segment an account falls in, or -1.
Result<std::vector<std::int32_t>> segmentOf(const MeasureDefinition &d, const AccountStore &store)
{
    const std::size_t n = store.rowCount();
    std::vector<std::int32_t> seg(n, -1);
    if (d.segmentField.isEmpty())
        return seg;
    const int field = store.fieldIndex(d.segmentField);
    if (field < 0)
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("There is no account field \"%1\" to segment by.").arg(d.segmentField));
    const Column &col = store.column(field);
    if (numericStorage(store, field)) {
        for (std::size_t r = 0; r < n; ++r) {
            const double v = store.number(r, field);
            if (std::isnan(v))
                continue;
            for (std::size_t s = 0; s < d.segments.size(); ++s) {
                const MeasureSegment &m = d.segments[s];
                if ((std::isnan(m.lower) || v >= m.lower) && (std::isnan(m.upper) || v < m.upper)) {
                    seg[r] = static_cast<std::int32_t>(s);
                    break;
                }
            }
        }
        return seg;
    }
    // Text: the first segment naming a value wins; compare as the user typed it,
    // case-insensitively.
    auto findSegment = [&](std::string_view text) -> std::int32_t {
        const QString value = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
        for (std::size_t s = 0; s < d.segments.size(); ++s) {
            if (d.segments[s].value.compare(value, Qt::CaseInsensitive) == 0)
                return static_cast<std::int32_t>(s);
        }
        return -1;
    };
    if (const auto *dict = std::get_if<DictionaryColumn>(&col)) {
        std::vector<std::int32_t> byCode(dict->values().size());
        for (std::size_t c = 0; c < byCode.size(); ++c)
            byCode[c] = findSegment(dict->values()[c]);
        for (std::size_t r = 0; r < n; ++r)
            seg[r] = byCode[dict->codeAt(r)];
        return seg;
    }
    if (const auto *strings = std::get_if<StringColumn>(&col)) {
        std::unordered_map<std::string_view, std::int32_t> cache;
        for (std::size_t r = 0; r < n; ++r) {
            const std::string_view v = strings->at(r);
            auto it = cache.find(v);
            if (it == cache.end())
                it = cache.emplace(v, findSegment(v)).first;
            seg[r] = it->second;
        }
        return seg;
    }
    return makeError(
        ErrorCode::Invalid,
        Tr::tr("Accounts can be segmented by a text, picklist or number field; \"%1\" is "
               "none of these.")
            .arg(d.segmentField));
}

Result<std::vector<MetricsFormula>> compileSegments(const MeasureDefinition &d,
                                                    const AccountStore &store,
                                                    MetricsFormula *other, bool *hasOther)
{
    if (d.segments.size() > BalanceSettings::MaxSegments)
        return makeError(
            ErrorCode::Limit,
            Tr::tr("A measure may have at most %1 segments.").arg(BalanceSettings::MaxSegments));
    std::vector<MetricsFormula> formulas;
    for (const MeasureSegment &s : d.segments) {
        Result<MetricsFormula> f = MetricsFormula::compile(s.formula, store);
        if (!f)
            return f.error();
        formulas.push_back(std::move(*f));
    }
    *hasOther = !d.otherFormula.trimmed().isEmpty();
    if (*hasOther) {
        Result<MetricsFormula> f = MetricsFormula::compile(d.otherFormula, store);
        if (!f)
            return f.error();
        *other = std::move(*f);
    }
    return formulas;
}

Result<int> numericField(const QString &name, const AccountStore &store)
{
    const int field = store.fieldIndex(name);
    if (field < 0)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("There is no account field \"%1\".").arg(name));
    if (store.field(field).type != FieldType::Number || !numericStorage(store, field))
        return makeError(ErrorCode::Invalid,
                         Tr::tr("The field \"%1\" is not a number field.").arg(name));
    return field;
}
} // namespace

QString defaultWorkloadField()
{
    return QStringLiteral("Workload__c");
}

QString defaultPotentialField()
{
    return QStringLiteral("AnnualRevenue");
}

Status checkMeasure(const MeasureDefinition &d, const AccountStore &store)
{
    if (d.kind == MeasureDefinition::Kind::Field) {
        if (d.field.isEmpty())
            return {};
        Result<int> f = numericField(d.field, store);
        return f ? Status{} : Status{f.error()};
    }
    if (!d.segmentField.isEmpty() && store.fieldIndex(d.segmentField) < 0)
        return makeError(
            ErrorCode::NotFound,
            Tr::tr("There is no account field \"%1\" to segment by.").arg(d.segmentField));
    MetricsFormula other;
    bool hasOther = false;
    Result<std::vector<MetricsFormula>> f = compileSegments(d, store, &other, &hasOther);
    return f ? Status{} : Status{f.error()};
}

Result<MeasureColumn> evaluateMeasure(const MeasureDefinition &d, const AccountStore &store,
                                      const QString &defaultField)
{
    const std::size_t n = store.rowCount();
    MeasureColumn out;
    if (d.kind == MeasureDefinition::Kind::Field) {
        const QString name = d.field.isEmpty() ? defaultField : d.field;
        if (d.field.isEmpty() && store.fieldIndex(name) < 0) {
            out.values.assign(n, 0.0);
            return out;
        }
        Result<int> field = numericField(name, store);
        if (!field)
            return field.error();
        out.available = true;
        out.values.resize(n);
        for (std::size_t r = 0; r < n; ++r) {
            const double v = store.number(r, *field);
            if (std::isnan(v)) {
                out.values[r] = 0;
                ++out.missing;
            } else {
                out.values[r] = v;
            }
        }
        return out;
    }

    MetricsFormula other;
    bool hasOther = false;
    Result<std::vector<MetricsFormula>> formulas = compileSegments(d, store, &other, &hasOther);
    if (!formulas)
        return formulas.error();
    Result<std::vector<std::int32_t>> seg = segmentOf(d, store);
    if (!seg)
        return seg.error();
    out.available = true;
    out.values.resize(n);
    for (std::size_t r = 0; r < n; ++r) {
        const std::int32_t s = (*seg)[r];
        double v = 0;
        if (s >= 0)
            v = (*formulas)[static_cast<std::size_t>(s)].evaluate(store, r);
        else if (hasOther)
            v = other.evaluate(store, r);
        if (std::isnan(v)) {
            v = 0;
            ++out.missing;
        }
        out.values[r] = v;
    }
    return out;
}

} // namespace Tessera
