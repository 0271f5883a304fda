// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/accountpieces.h"
#include "core/balance/balanceoptimizer.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <vector>

namespace Tessera {

// What to optimise in a workspace: the children of one territory.
struct ScopeOptions
{
    Id modelId = NoId;
    Id parentId = NoId; // the territory whose children are balanced
    PieceKind pieces = PieceKind::Zip;
    double workloadTolerance = 0.02;  // fraction; negative: not constrained
    double potentialTolerance = 0.05; // fraction; negative: not constrained
    double accountsTolerance = -1;    // fraction; negative: not constrained
    bool contiguous = false;
    double maxMovedShare = 1.0;
    // > 0: design that many new territories from scratch from the accounts
    // of the parent's subtree, instead of rebalancing its children.
    int designTerritories = 0;
    double timeBudgetSeconds = 5;
    std::uint64_t seed = 1;
};

// The problem built from a scope, and how it maps back to the workspace.
struct ScopeProblem
{
    AccountPieces pieces;        // pieces.problem is ready for optimizeBalance()
    std::vector<Id> territories; // district k is territories[k] (empty when designing)
    std::vector<std::uint32_t> scopeRows;
    std::vector<int> accountDistrict; // per row of scopeRows: current district, -1 none
};

// Runs the model's assignment, takes the accounts of the parent's children
// (or of its whole subtree when designing) and groups them into pieces.
// Locked: accounts with a manual assignment to one of the children.
Result<ScopeProblem> buildScopeProblem(const WorkspaceData &data, const ScopeOptions &options,
                                       const Progress &progress = {});

// One account that changes territory in the new scenario (ids of the new model).
struct AccountMove
{
    QString accountId;
    Id from = NoId; // NoId: in none of the scope's territories before
    Id to = NoId;
};

struct Scenario
{
    Id modelId = NoId;
    std::vector<Id> territories; // new model's territory of each district
    std::vector<AccountMove> moves;
};

// Clones the model under `name` and applies the result there: a moved
// account gets a manual assignment to its new territory and an exclusion
// from its old one (or loses its manual assignment there), so that the
// rules still hold for everything else. When designing, the parent's
// children are replaced by new territories. The original model is untouched.
Result<Scenario> applyScenario(WorkspaceDocument &doc, const ScopeProblem &scope,
                               const ScopeOptions &options, const BalanceResult &result,
                               const QString &name);

} // namespace Tessera
