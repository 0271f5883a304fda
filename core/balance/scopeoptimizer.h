// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/accountpieces.h"
#include "core/balance/balanceoptimizer.h"
#include "core/model/balancesettings.h"
#include "core/model/workspacedocument.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <span>
#include <vector>

namespace Tessera {

// What to optimise in a workspace: the children of one territory.
struct ScopeOptions
{
    Id modelId = NoId;
    Id parentId = NoId; // the territory whose children are balanced
    // >= 0: instead of one territory's children, every territory of the
    // model at this depth (0: the top level), whatever their parents;
    // accounts may then move between territories of different parents.
    // Not for designing.
    int level = -1;
    PieceKind pieces = PieceKind::Zip;
    double workloadTolerance = 0.02;  // fraction; negative: not constrained
    double potentialTolerance = 0.05; // fraction; negative: not constrained
    double accountsTolerance = -1;    // fraction; negative: not constrained
    bool contiguous = false;
    double maxMovedShare = 1.0; // share of the pieces that may move (1: no cap)
    // When rebalancing: the largest share of the scope's accounts, and of
    // its potential (revenue by default), that may change territory.
    double maxMovedAccountsShare = 1.0;
    double maxMovedPotentialShare = 1.0;
    // > 0: design that many new territories from scratch from the accounts
    // of the parent's subtree, instead of rebalancing its children.
    int designTerritories = 0;
    double timeBudgetSeconds = 5;
    std::uint64_t seed = 1;
    // Children of the parent that keep exactly their accounts, taking none
    // and giving none: left out of the problem with their accounts, so the
    // others balance among themselves. Ignored when designing.
    std::vector<Id> lockedTerritories;
    // Workload and potential as the model's balance settings measure them
    // (fields or formulas, docs/balance.md), as the Balance tab shows them;
    // false: the Workload__c field, and Potential__c else AnnualRevenue.
    bool modelMeasures = false;
    // The targets, as the model's balance settings name them: equal
    // shares; in proportion to the capacity of each territory's reps (the
    // distinct reps of its subtree, as the Balance tab counts them; every
    // territory then needs reps with capacity); or each territory's own
    // targets where set, else an equal share, as shares of the total (the
    // total is what it is: own targets that do not add up to it are scaled
    // to it). Ignored when designing.
    TargetMode targets = TargetMode::EqualShare;
};

// Territories of a model at a depth (0: the top level), in the document's
// order: the scope of ScopeOptions::level.
std::vector<Id> territoriesAtLevel(const WorkspaceData &data, Id modelId, int level);

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
// Locked: accounts with a manual assignment to one of the children. Locked
// territories and their accounts are left out (an account that is also in
// an unlocked child stays in the scope through that one).
Result<ScopeProblem> buildScopeProblem(const WorkspaceData &data, const ScopeOptions &options,
                                       const Progress &progress = {});

// One account that changes territory in the new scenario (ids of the new model).
struct AccountMove
{
    QString accountId;
    Id from = NoId; // NoId: in none of the scope's territories before
    Id to = NoId;
    std::uint32_t row = 0; // in the account table
    double workload = 0;   // the account's values as the optimizer counted them
    double potential = 0;
};

// One change of the account links that puts a moved account in its new
// territory, in the order they are made.
struct LinkChange
{
    enum Kind { AddManual, RemoveManual, AddExclusion, RemoveExclusion };
    Kind kind = AddManual;
    AccountTerritoryLink link;
};

struct MovePlan
{
    std::vector<AccountMove> moves;
    std::vector<LinkChange> changes;
};

// What moving the accounts as the result says takes, in a model whose
// territory for district k is territories[k] (the scope's own territories
// to change the original model, or their copies in a clone): for each moved
// account a manual assignment to the new territory and an exclusion from the
// old one, or the removal of a manual assignment there; an exclusion from
// the new territory is removed. `data` holds the links of that model.
Result<MovePlan> planMoves(const WorkspaceData &data, const ScopeProblem &scope,
                           const ScopeOptions &options, const BalanceResult &result,
                           std::span<const Id> territories);

// Makes the changes in order; when one fails, takes back those made and
// returns the error, so that nothing changes.
Status applyLinkChanges(WorkspaceDocument &doc, std::span<const LinkChange> changes);
// Takes back changes made by applyLinkChanges, the last first.
Status revertLinkChanges(WorkspaceDocument &doc, std::span<const LinkChange> changes);

struct Scenario
{
    Id modelId = NoId;
    std::vector<Id> territories; // new model's territory of each district
    std::vector<AccountMove> moves;
};

// Puts a design (options.designTerritories > 0) into the model of
// `parentId`: the parent's children go with their subtrees and everything
// that names them, options.designTerritories new territories take their
// place (copies of the parent named "<parent> 1", "<parent> 2"…, without
// forecast manager or colour), and every account of the design is assigned
// by hand to its new territory (planMoves). Every link it adds names one of
// the new territories. applyScenario does this in its clone; Adopt does it
// in the original model. On error the document may be partly changed: the
// caller puts it back (it knows what it kept for undo).
Result<Scenario> applyDesign(WorkspaceDocument &doc, Id parentId, const ScopeProblem &scope,
                             const ScopeOptions &options, const BalanceResult &result);

// Clones the model under `name` and applies the result there: a moved
// account gets a manual assignment to its new territory and an exclusion
// from its old one (or loses its manual assignment there), so that the
// rules still hold for everything else. When designing, the parent's
// children are replaced by new territories (applyDesign on the clone). The
// original model is untouched.
Result<Scenario> applyScenario(WorkspaceDocument &doc, const ScopeProblem &scope,
                               const ScopeOptions &options, const BalanceResult &result,
                               const QString &name);

} // namespace Tessera
