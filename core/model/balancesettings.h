// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cmath>
#include <cstdint>
#include <vector>

namespace Tessera {

// One segment of a measure defined by formulas: the accounts whose segment
// field equals `value` (text and picklist fields) or lies in [lower, upper)
// (number fields; NaN leaves that side open) get `formula`.
struct MeasureSegment
{
    QString value;
    double lower = std::nan("");
    double upper = std::nan("");
    QString formula; // e.g. "12 * 1.5": visits a year x hours per visit

    bool operator==(const MeasureSegment &o) const
    {
        auto same = [](double a, double b) {
            return (std::isnan(a) && std::isnan(b)) || a == b;
        };
        return value == o.value && same(lower, o.lower) && same(upper, o.upper) &&
               formula == o.formula;
    }
};

// How a per-account measure (workload in hours a year, potential) is found:
// a numeric account field, or formulas over the numeric fields chosen per
// segment (docs/balance.md has the formula syntax).
struct MeasureDefinition
{
    enum class Kind : std::uint8_t { Field = 0, Formula = 1 };
    Kind kind = Kind::Field;
    QString field;        // Field: a numeric field; empty: the measure's default field
    QString segmentField; // Formula: splits accounts into segments; empty: otherFormula for all
    std::vector<MeasureSegment> segments;
    QString otherFormula; // Formula: accounts in no segment; empty: 0

    bool operator==(const MeasureDefinition &) const = default;
};

// What a territory's balance target is.
enum class TargetMode : std::uint8_t {
    EqualShare = 0,       // the total of the territories compared, in equal parts
    Capacity = 1,         // the total shared in proportion to the capacity of their reps
    TerritoryTargets = 2, // each territory's own target where set, else an equal share
};

// A model's balance settings: how workload and potential are measured, the
// tolerance around the target and how targets are set.
struct BalanceSettings
{
    static constexpr double MaxTolerancePercent = 1000.0;
    static constexpr std::size_t MaxSegments = 1'000;
    static constexpr int MaxFormulaLength = 2'000;

    MeasureDefinition workload;  // default field: Workload__c
    MeasureDefinition potential; // default field: AnnualRevenue
    double tolerancePercent = 5.0;
    TargetMode targetMode = TargetMode::EqualShare;

    bool operator==(const BalanceSettings &) const = default;
};

} // namespace Tessera
