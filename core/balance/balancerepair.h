// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace Tessera {

// One direction of the district adjacency graph along which load can be
// handed on: pieces of `from` that touch `to`. `unitCost` is the price of
// handing on one unit of load that way (moves and dispersion per unit).
struct TransferArc
{
    int from = 0;
    int to = 0;
    double unitCost = 1;
};

// Where load must go so that every district gets inside its band, on one
// metric: load[k] outside [lo[k], hi[k]] must leave (above hi) or arrive
// (below lo); districts inside their band may give down to lo and take up to
// hi. Arcs are the only ways load can travel.
struct TransferProblem
{
    std::vector<double> load, lo, hi; // one per district
    std::vector<TransferArc> arcs;
};

struct TransferPlan
{
    std::vector<double> flow;  // per arc, >= 0
    std::vector<double> after; // load of every district once the flows are made
    double cost = 0;           // sum of flow x unitCost
    double unmet = 0;          // excess and shortfall no path could carry
};

// The minimum-cost transshipment: every excess above a band and every
// shortfall below one is carried by the cheapest paths on the arcs, using
// the slack inside the bands of the districts on the way (a district only
// needs to get inside its band, not to its target). Successive shortest
// paths; the excess and shortfall arcs carry a large negative cost so that
// they are used first and as fully as the graph allows. Deterministic.
TransferPlan planTransfers(const TransferProblem &problem);

} // namespace Tessera
