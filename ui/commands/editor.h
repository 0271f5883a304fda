// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/scopeoptimizer.h"
#include "core/interchange/repimport.h"
#include "core/model/workspacedocument.h"
#include "core/util/result.h"

namespace Tessera {

class DocumentSession;

// The facade that widgets call to change a workspace: each function wraps
// one undoable command, pushes it on the session's undo stack when it
// succeeds, and reports a failure through the session's error reporter.
// Widgets never call document mutators themselves.
namespace Editor {

Result<Id> addTerritory(DocumentSession &session, Territory territory, int row = -1);
// A territory with this name, an API name derived from it and the type of its
// siblings, at the end of parent's children (NoId: a new root).
Result<Id> addTerritory(DocumentSession &session, Id modelId, Id parentId, const QString &name);
Status editTerritory(DocumentSession &session, const Territory &territory);
Status renameTerritory(DocumentSession &session, Id territoryId, const QString &name);
Status setTerritoryDescription(DocumentSession &session, Id territoryId,
                               const QString &description);
Status moveTerritory(DocumentSession &session, Id territoryId, Id newParentId, int row);
Status removeTerritory(DocumentSession &session, Id territoryId);

Result<Id> addModel(DocumentSession &session, TerritoryModel model);
Status editModel(DocumentSession &session, const TerritoryModel &model);
Result<Id> cloneModel(DocumentSession &session, Id modelId, const QString &name);
Status removeModel(DocumentSession &session, Id modelId);
// How the model's balance is measured: workload, potential, tolerance, targets.
Status setBalanceSettings(DocumentSession &session, Id modelId, const BalanceSettings &settings);

Result<Id> addType(DocumentSession &session, TerritoryType type);
Status editType(DocumentSession &session, const TerritoryType &type);
Status removeType(DocumentSession &session, Id typeId);

// Assignment rules. A new rule may be linked to a territory in the same undo step.
Result<Id> addRule(DocumentSession &session, AssignmentRule rule, Id territoryId = NoId,
                   bool applyToChildren = false);
// A rule with this label and an API name derived from it, without items.
Result<Id> addRule(DocumentSession &session, Id modelId, Id territoryId, const QString &label);
Status editRule(DocumentSession &session, const AssignmentRule &rule);
Status setRuleActive(DocumentSession &session, Id ruleId, bool active);
Status removeRule(DocumentSession &session, Id ruleId); // with its links
Status linkRule(DocumentSession &session, Id ruleId, Id territoryId, bool applyToChildren);
Status unlinkRule(DocumentSession &session, Id ruleId, Id territoryId);
Status setApplyToChildren(DocumentSession &session, Id ruleId, Id territoryId, bool on);

// Accounts put into, or kept out of, a territory by hand; each drops the
// other for the same pair.
Status assignAccountManually(DocumentSession &session, const QString &accountId, Id territoryId);
Status excludeAccount(DocumentSession &session, const QString &accountId, Id territoryId);
Status removeManualAssignment(DocumentSession &session, const QString &accountId, Id territoryId);
Status removeExclusion(DocumentSession &session, const QString &accountId, Id territoryId);

// Imports: the account table replaced by an imported or refreshed one (text
// names the step in the undo history), and reps updated and added.
Status replaceAccounts(DocumentSession &session, AccountStore accounts, const QString &text);
Status importReps(DocumentSession &session, RepImport::Plan plan);

// Geography. Units go to a territory of the model, leaving their previous
// owners in the same undo step; unassigning takes them from whoever has them.
Status assignUnits(DocumentSession &session, Id territoryId, const std::vector<UnitRef> &units);
Status unassignUnits(DocumentSession &session, Id modelId, const std::vector<UnitRef> &units);
// Drawn shapes are repaired (rings closed, orientation fixed) or refused
// with the reason.
Result<Id> addDrawnShape(DocumentSession &session, DrawnShape shape);
Status editDrawnShape(DocumentSession &session, const DrawnShape &shape);
Status removeDrawnShape(DocumentSession &session, Id shapeId);

// The optimizer's result: its moves made in the original model as one step
// (text names the step), or a new model with the moves made there.
Status adoptMoves(DocumentSession &session, std::vector<LinkChange> changes, const QString &text);
Result<Id> addScenario(DocumentSession &session, std::shared_ptr<const ScopeProblem> scope,
                       const ScopeOptions &options, const BalanceResult &result,
                       const QString &name);
// A design put into the original model in place of the parent's children,
// as one step (text names it).
Status adoptDesign(DocumentSession &session, std::shared_ptr<const ScopeProblem> scope,
                   const ScopeOptions &options, const BalanceResult &result, const QString &text);

// An API name derived from a label that no rule of the model uses yet.
QString uniqueRuleApiName(const WorkspaceDocument &document, Id modelId, const QString &label);

// An API name derived from a label that no territory of the model uses yet.
QString uniqueTerritoryApiName(const WorkspaceDocument &document, Id modelId, const QString &label);

} // namespace Editor
} // namespace Tessera
