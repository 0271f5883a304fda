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
