// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace Tessera {

// How piece positions are measured: longitude/latitude in degrees, with
// great-circle distances in kilometres, or plain x/y with Euclidean distances.
enum class PieceSpace { LonLat, Plane };

// What makes districts compact.
enum class BalanceObjective {
    Dispersion,  // weighted distance of every piece to its district's centre
    MaxDiameter, // the largest district diameter on the adjacency graph (diametersearch.h)
};

// One activity measured on every piece: workload, potential, account count...
struct BalanceMetric
{
    QString name;               // shown in reports: "workload"
    std::vector<double> values; // one per piece, finite and >= 0
    // Allowed deviation of every district's total from its target, as a
    // fraction (0.02 for +-2 %); negative: not constrained, only reported.
    double tolerance = -1;
    // When rebalancing, the largest share of the metric's total that may
    // change district (e.g. 0.1: at most 10 % of the revenue); 1: no cap.
    double maxMovedShare = 1.0;
    // When rebalancing, what moves whatever the assignment: e.g. the accounts
    // of a ZIP piece that are in another district than the piece's current
    // one (they follow the piece wherever it goes). Counted against the cap
    // and in the share moved, so both err on the safe side.
    double movedBaseline = 0;
};

// A districting problem independent of the workspace: split the pieces
// (ZIP codes, counties, accounts, graph nodes) into `districts` groups so
// that every constrained metric is within its tolerance of the target, the
// districts are compact (small dispersion: dispersion-metric-weighted
// distance of each piece to its district's centre), contiguous on the
// adjacency graph when asked, and, when a current assignment is given, few
// pieces move. See docs/optimizer.md.
struct BalanceProblem
{
    PieceSpace space = PieceSpace::LonLat;
    std::vector<double> x; // longitude or x, one per piece
    std::vector<double> y; // latitude or y

    std::vector<BalanceMetric> metrics;
    // The metric whose values weight the distances of the dispersion; -1
    // weights every piece 1.
    int dispersionMetric = 0;

    // Optional adjacency graph in compressed rows: the neighbours of piece i
    // are adjacency[adjacencyStart[i] .. adjacencyStart[i + 1]). Symmetric.
    // Empty: no graph (contiguity cannot be asked for).
    std::vector<std::uint32_t> adjacencyStart;
    std::vector<std::uint32_t> adjacency;
    // Optional length of every adjacency entry (same order, symmetric), used by
    // the MaxDiameter objective; empty: every edge has length 1.
    std::vector<double> adjacencyLength;
    BalanceObjective objective = BalanceObjective::Dispersion;

    int districts = 0;
    // Optional share of every metric's total that each district should get
    // (e.g. proportional to rep capacity); sums to 1. Empty: equal shares.
    std::vector<double> targetShare;
    // Optional shares per metric ([metric][district], each summing to 1)
    // where the metrics' targets differ (e.g. each territory's own targets);
    // an empty row falls back to targetShare.
    std::vector<std::vector<double>> metricShare;

    // The share of metric m's total that district k should get.
    double shareOf(std::size_t m, int k) const
    {
        if (m < metricShare.size() && !metricShare[m].empty())
            return metricShare[m][std::size_t(k)];
        return targetShare.empty() ? 1.0 / districts : targetShare[std::size_t(k)];
    }

    // Optional district each piece is fixed to, -1 for free. Empty: none.
    std::vector<int> locked;
    // Optional current district of each piece (-1: in none, e.g. the
    // district of a removed rep). Empty: design from scratch.
    std::vector<int> current;

    bool contiguous = false; // every district connected on the adjacency graph
    // Largest share of the pieces that may change district (1: no cap).
    double maxMovedShare = 1.0;
    // Weight of moves against dispersion when rebalancing, in dispersion
    // units per moved piece; negative: chosen automatically (moves first).
    double moveWeight = -1;

    double timeBudgetSeconds = 5.0;
    std::uint64_t seed = 1;
};

// What the optimizer found, with its certificate.
struct BalanceResult
{
    std::vector<int> assignment;             // district of every piece
    std::vector<double> centreX;             // centre of every district (lon or x)
    std::vector<double> centreY;             // (lat or y)
    std::vector<std::vector<double>> totals; // [metric][district]
    std::vector<double> targets;             // [metric]: mean target of a district
    std::vector<double> maxDeviation;        // [metric]: largest |total / target - 1|
    bool withinTolerance = false;            // every constrained metric within tolerance
    // [metric]: no assignment deviates less, pieces being indivisible
    // (leastReachableDeviation); above a tolerance, that tolerance cannot be met.
    std::vector<double> leastDeviation;
    // [metric]: when a tolerance was out of reach, the wider one the
    // optimizer aimed at instead (least deviation plus the tolerance); -1
    // where the asked tolerance was kept. Empty when none was widened.
    std::vector<double> widenedTolerance;

    // Whether the dispersion bound speaks of this result: it holds for the
    // assignments within the tolerances aimed at (the widened ones where a
    // tolerance was out of reach), so only for a result within them.
    bool boundApplies(const std::vector<BalanceMetric> &metrics) const
    {
        for (std::size_t m = 0; m < metrics.size() && m < maxDeviation.size(); ++m) {
            const double tol = m < widenedTolerance.size() && widenedTolerance[m] >= 0
                                   ? widenedTolerance[m]
                                   : metrics[m].tolerance;
            if (tol >= 0 && maxDeviation[m] > tol + 1e-9)
                return false;
        }
        return true;
    }
    int contiguityViolations = 0; // sum over districts of (connected parts - 1)

    double dispersion = 0; // sum of weight x distance to the district centre (km or units)
    // Certificate: no assignment of the pieces to these centres that meets
    // the same balance constraints (and locks) has a smaller dispersion,
    // not even a fractional one (Lagrangian dual of the balanced assignment).
    double lowerBound = 0;
    double gap = 0; // (dispersion - lowerBound) / dispersion

    int moves = 0;                  // pieces whose district differs from `current`
    int movesLowerBound = 0;        // no solution within tolerance moves fewer
    std::vector<double> movedShare; // [metric]: share of the metric's total that moved
    // The caps on moves (pieces, and each metric's maxMovedShare) hold.
    bool withinMoveCaps = true;

    // MaxDiameter: every district's diameter (largest shortest-path distance
    // between two of its pieces) and the largest of them.
    std::vector<double> diameters;
    double maxDiameter = 0;

    int iterations = 0; // location-allocation rounds (MaxDiameter: search moves)
    double seconds = 0;
};

} // namespace Tessera
