// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <cstdint>

namespace Tessera {

// Bounds of generateWorkspace(); beyond them it refuses with ErrorCode::Limit.
constexpr std::size_t MaxGeneratedAccounts = 2'000'000;
constexpr int MaxGeneratedTerritories = 5'000;
constexpr int MaxGeneratedReps = 50'000;

struct GeneratorOptions
{
    std::size_t accounts = 10'000;
    int territories = 50; // leaf territories
    int reps = 60;
    std::uint64_t seed = 1;
    bool rules = true; // give leaf territories assignment rules
    // Leaf territories made of contiguous counties instead of ZIP rules.
    bool geography = false;
};

// A realistic synthetic workspace: accounts at real US locations (dense where
// people live) with industries, revenue, employees and workload; a hierarchy
// region -> area -> territory; reps with capacities. Same options, same data.
Result<WorkspaceData> generateWorkspace(const GeneratorOptions &options,
                                        const Progress &progress = {});

// The bundled demo: a medical-devices company's fiscal-year territory plan,
// built from resources/demo/demo.json. Two models (the plan, Active; a
// what-if copy, Planning), three levels, reps, rules, manual assignments and
// an exclusion. Always the same data.
Result<WorkspaceData> demoWorkspace();
// The demo's company name, as shown in its summary.
QString demoCompany();

} // namespace Tessera
