// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <span>

namespace Tessera {

// Statistics of one measure over a set of territories (docs/balance.md).
struct LevelStatistics
{
    std::size_t count = 0;
    double total = 0;
    double mean = 0;
    double cv = 0; // population standard deviation / mean; 0 when the mean is 0
    double min = 0;
    double max = 0;
    double gini = 0;                // 0: all equal; (n - 1) / n: one has everything
    double maxDeviationPercent = 0; // the deviation from target largest in size, with its sign
    std::size_t outside = 0;        // territories whose deviation exceeds the tolerance
};

// Gini coefficient of non-negative values: sum |xi - xj| / (2 n^2 mean).
double giniCoefficient(std::span<const double> values);
// Population standard deviation over the mean; 0 for an empty set or a zero mean.
double coefficientOfVariation(std::span<const double> values);
// Deviation of a value from its target in percent; NaN when the target is 0
// and the value is not (0 when both are).
double deviationPercent(double value, double target);
// All of the above; deviations are per value (NaN ones are ignored).
LevelStatistics levelStatistics(std::span<const double> values, std::span<const double> deviations,
                                double tolerancePercent);

} // namespace Tessera
