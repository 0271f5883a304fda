// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <cstdint>
#include <span>
#include <vector>

namespace Tessera {

// Sizes beyond which a problem is refused with ErrorCode::Limit.
constexpr std::size_t MaxBalancePieces = 2'000'000;
constexpr int MaxBalanceDistricts = 5'000;
constexpr int MaxBalanceMetrics = 8;
constexpr std::size_t MaxBalanceCells = 60'000'000; // pieces x districts

// Checks sizes, finite values, references and the graph; the first problem.
Status validateBalanceProblem(const BalanceProblem &problem);

// Solves a districting problem (docs/optimizer.md): a location-allocation
// loop whose allocation is a balanced assignment solved through its
// Lagrangian dual (one price per district and metric), a repair of the
// balance, a contiguity repair on the adjacency graph, and a local search of
// moves along district borders. Deterministic for a seed. Stops at the time
// budget with the best it has; returns ErrorCode::Cancelled when cancelled.
// A result may miss the tolerance when the pieces cannot meet it (too
// coarse, locked); withinTolerance and maxDeviation say so.
Result<BalanceResult> optimizeBalance(const BalanceProblem &problem, const Progress &progress = {});

// The certificate alone, for any assignment: totals, deviations,
// contiguity, dispersion to the given centres (or, when empty, to each
// district's weighted geometric median), the dual lower bound for those
// centres, moves and the moves bound.
BalanceResult evaluateBalance(const BalanceProblem &problem, std::span<const int> assignment,
                              std::span<const double> centreX = {},
                              std::span<const double> centreY = {});

// Per metric, a deviation no assignment can go below because pieces are
// not split: the district that gets the largest free piece holds at least
// that piece and what is locked there, and every district holds at least
// its locked pieces. 0 when nothing stands in the way.
std::vector<double> leastReachableDeviation(const BalanceProblem &problem);

// A lower bound on the pieces that must change district for every
// constrained metric to meet its tolerance, starting from problem.current.
int movesLowerBound(const BalanceProblem &problem);

// Symmetric k-nearest-neighbour graph of points, made connected by linking
// each smaller part to its nearest point of another part: the adjacency of
// pieces that have no shared boundaries (ZIP centroids, accounts).
void nearestNeighbourGraph(PieceSpace space, std::span<const double> x, std::span<const double> y,
                           int k, std::vector<std::uint32_t> &start,
                           std::vector<std::uint32_t> &adjacency);

// Distance between two positions in the problem's space (km or units).
double pieceDistance(PieceSpace space, double x1, double y1, double x2, double y2);

} // namespace Tessera
