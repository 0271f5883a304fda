// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsstatistics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Tessera {

double giniCoefficient(std::span<const double> values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return 0;
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    const double total = std::accumulate(sorted.begin(), sorted.end(), 0.0);
    if (total <= 0)
        return 0;
    // With ascending x(1..n): G = 2 sum(i x(i)) / (n sum x) - (n + 1) / n.
    double weighted = 0;
    for (std::size_t i = 0; i < n; ++i)
        weighted += double(i + 1) * sorted[i];
    return 2 * weighted / (double(n) * total) - (double(n) + 1) / double(n);
}

double coefficientOfVariation(std::span<const double> values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return 0;
    const double mean = std::accumulate(values.begin(), values.end(), 0.0) / double(n);
    if (mean == 0)
        return 0;
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(n)) / std::abs(mean);
}

double deviationPercent(double value, double target)
{
    if (target == 0)
        return value == 0 ? 0 : std::nan("");
    return (value - target) / std::abs(target) * 100.0;
}

LevelStatistics levelStatistics(std::span<const double> values, std::span<const double> deviations,
                                double tolerancePercent)
{
    LevelStatistics s;
    s.count = values.size();
    if (values.empty())
        return s;
    s.total = std::accumulate(values.begin(), values.end(), 0.0);
    s.mean = s.total / double(values.size());
    s.cv = coefficientOfVariation(values);
    s.gini = giniCoefficient(values);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    s.min = *lo;
    s.max = *hi;
    for (double d : deviations) {
        if (std::isnan(d))
            continue;
        if (std::abs(d) > std::abs(s.maxDeviationPercent))
            s.maxDeviationPercent = d;
        if (std::abs(d) > tolerancePercent)
            ++s.outside;
    }
    return s;
}

} // namespace Tessera
