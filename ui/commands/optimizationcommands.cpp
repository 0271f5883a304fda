// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/optimizationcommands.h"

#include <QCoreApplication>

#include <unordered_set>

namespace Tessera {

AdoptMovesCommand::AdoptMovesCommand(WorkspaceDocument *document, std::vector<LinkChange> changes,
                                     const QString &text)
    : DocumentCommand(document, text)
    , m_changes(std::move(changes))
{}

Status AdoptMovesCommand::apply()
{
    if (m_changes.empty())
        return makeError(ErrorCode::Invalid,
                         QCoreApplication::translate("Tessera::OptimizationCommands",
                                                     "The result moves no account."));
    return applyLinkChanges(*document(), m_changes);
}

Status AdoptMovesCommand::revert()
{
    return revertLinkChanges(*document(), m_changes);
}

AddScenarioCommand::AddScenarioCommand(WorkspaceDocument *document,
                                       std::shared_ptr<const ScopeProblem> scope,
                                       ScopeOptions options, BalanceResult result, QString name)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::OptimizationCommands",
                                                            "Keep Optimization as \"%1\"")
                                    .arg(name))
    , m_scope(std::move(scope))
    , m_options(std::move(options))
    , m_result(std::move(result))
    , m_name(std::move(name))
{}

Status AddScenarioCommand::apply()
{
    if (m_contents.model.id != NoId)
        return restoreModelContents(*document(), m_contents);
    if (!m_scope)
        return makeError(ErrorCode::Invalid, QStringLiteral("no scenario to add"));
    std::unordered_set<Id> before;
    for (const TerritoryModel &m : document()->models())
        before.insert(m.id);
    Result<Scenario> scenario = applyScenario(*document(), *m_scope, m_options, m_result, m_name);
    if (!scenario) {
        // applyScenario may fail after cloning: take the partial clone away.
        std::vector<Id> added;
        for (const TerritoryModel &m : document()->models()) {
            if (!before.count(m.id))
                added.push_back(m.id);
        }
        for (Id id : added)
            (void)document()->removeModel(id);
        return scenario.error();
    }
    m_contents = captureModel(*document(), scenario->modelId);
    m_moves = std::move(scenario->moves);
    m_scope.reset();
    m_result = {};
    return {};
}

Status AddScenarioCommand::revert()
{
    return document()->removeModel(m_contents.model.id);
}

} // namespace Tessera
