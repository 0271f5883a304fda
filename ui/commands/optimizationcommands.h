// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/scopeoptimizer.h"
#include "ui/commands/modelcommands.h"

#include <memory>

namespace Tessera {

// Puts an optimizer's moves into the original model: the account links that
// move each account, made in order; undo takes them back, the last first.
class AdoptMovesCommand : public DocumentCommand
{
public:
    AdoptMovesCommand(WorkspaceDocument *document, std::vector<LinkChange> changes,
                      const QString &text);
    Status apply() override;
    Status revert() override;

private:
    std::vector<LinkChange> m_changes;
};

// Puts an optimizer's design into the original model (applyDesign): the
// parent's children make way for the designed territories, as one step.
// Undo brings back the old children as removing them took them
// (captureSubtree: the territories with their ids, fields and order, and the
// rule, rep and account links, units and drawn shapes that name them); redo
// puts back the designed territories as the first apply made them, with the
// same ids, so that later commands naming them stay valid. Only the parent's
// subtree changes, so only that subtree is kept, not a snapshot of the whole
// workspace: reset() would copy and replace the account table too and make
// every view start over, for an edit of one branch.
class AdoptDesignCommand : public DocumentCommand
{
public:
    AdoptDesignCommand(WorkspaceDocument *document, std::shared_ptr<const ScopeProblem> scope,
                       ScopeOptions options, BalanceResult result, const QString &text);
    Status apply() override;
    Status revert() override;
    // The designed territories, in the order of the design's districts.
    std::vector<Id> territories() const;
    const std::vector<AccountMove> &moves() const { return m_moves; }

private:
    // Removes the parent's children and puts `by` in their place.
    Status replaceChildren(const std::vector<TerritorySubtree> &by);

    std::shared_ptr<const ScopeProblem> m_scope; // dropped once the design is made
    ScopeOptions m_options;
    BalanceResult m_result;
    std::vector<TerritorySubtree> m_removed;  // the old children, in display order
    std::vector<TerritorySubtree> m_designed; // the new ones as the first apply made them
    std::vector<AccountMove> m_moves;
};

// Adds an optimizer's result as a new model: a clone of the scope's model
// with the moves made there (applyScenario). The first apply builds it; the
// command then keeps the new model's contents, so that redo puts back the
// same model with the same ids and undo removes it.
class AddScenarioCommand : public DocumentCommand
{
public:
    AddScenarioCommand(WorkspaceDocument *document, std::shared_ptr<const ScopeProblem> scope,
                       ScopeOptions options, BalanceResult result, QString name);
    Status apply() override;
    Status revert() override;
    Id modelId() const { return m_contents.model.id; }
    const std::vector<AccountMove> &moves() const { return m_moves; }

private:
    std::shared_ptr<const ScopeProblem> m_scope; // dropped once the model exists
    ScopeOptions m_options;
    BalanceResult m_result;
    QString m_name;
    ModelContents m_contents;
    std::vector<AccountMove> m_moves;
};

} // namespace Tessera
