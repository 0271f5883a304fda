// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <span>
#include <vector>

namespace Tessera {

// Largest problem the MaxDiameter objective takes: it keeps all pairwise
// distances (pieces squared floats).
constexpr std::size_t MaxDiameterPieces = 8'000;

// All shortest-path distances on the problem's adjacency graph weighted by
// adjacencyLength (1 per edge when empty), row-major pieces x pieces;
// +infinity between pieces the graph does not connect.
std::vector<float> graphDistances(const BalanceProblem &problem);

// Every district's diameter under those distances: the largest distance
// between two of its pieces (0 for fewer than two pieces).
std::vector<double> districtDiameters(std::span<const float> distances,
                                      std::span<const int> assignment, int districts);

// Solves problem.objective == MaxDiameter (docs/optimizer.md, "Smallest
// largest diameter"): every constrained metric within its band, the largest
// district diameter as small as possible. Districts need not be connected
// (contiguity is refused), and rebalancing caps are not supported. Locks are
// kept; a complete current assignment is the start. Deterministic for a
// seed when it stops on its own before the time budget; stops at the budget
// with the best it has; ErrorCode::Cancelled when cancelled.
Result<BalanceResult> optimizeMaxDiameter(const BalanceProblem &problem,
                                          const Progress &progress = {});

} // namespace Tessera
