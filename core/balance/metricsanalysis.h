// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/metricsengine.h"
#include "core/rules/assignmentengine.h"

#include <memory>

namespace Tessera {

// A model's assignment and balance metrics computed in one go from data that
// does not change afterwards (the command line, headless rendering).
struct BalanceAnalysis
{
    std::unique_ptr<AssignmentEngine> engine;
    std::unique_ptr<BalanceMetrics> metrics;
    std::shared_ptr<const AccountLocations> locations;
};

// Runs the assignment and the metrics of a model with the given settings;
// data must outlive the result.
Result<BalanceAnalysis> analyseBalance(const WorkspaceData &data, Id modelId,
                                       const BalanceSettings &settings);

// Account positions from the bundled geography (docs/geography.md); null when
// the bundled data cannot be read.
std::shared_ptr<const AccountLocations> locateWithBundledGeography(const AccountStore &accounts);

// The bundled boundaries when the workspace has geography (units or drawn
// shapes), for compactness and contiguity; else null, without reading them.
std::shared_ptr<const Boundaries> boundariesForGeography(const WorkspaceData &data);

// The scope a person names: the children of the territory with this API
// name (case-insensitive), else the territories at this depth (level >= 0,
// one the model has, by the metrics' depths), else the leaves.
Result<BalanceScope> balanceScope(const WorkspaceData &data, const BalanceMetrics &metrics,
                                  Id modelId, const QString &parentApi, int level = -1);

// A short description of a scope: "children of West", "level 2", "leaf territories".
QString describeScope(const WorkspaceData &data, const BalanceScope &scope);

} // namespace Tessera
