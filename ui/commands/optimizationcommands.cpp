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

AdoptDesignCommand::AdoptDesignCommand(WorkspaceDocument *document,
                                       std::shared_ptr<const ScopeProblem> scope,
                                       ScopeOptions options, BalanceResult result,
                                       const QString &text)
    : DocumentCommand(document, text)
    , m_scope(std::move(scope))
    , m_options(std::move(options))
    , m_result(std::move(result))
{}

std::vector<Id> AdoptDesignCommand::territories() const
{
    std::vector<Id> out;
    for (const TerritorySubtree &t : m_designed)
        out.push_back(t.territories.front().id);
    return out;
}

Status AdoptDesignCommand::replaceChildren(const std::vector<TerritorySubtree> &by)
{
    WorkspaceDocument &doc = *document();
    const Territory *parent = doc.territory(m_options.parentId);
    if (!parent)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                                  "Tessera::OptimizationCommands",
                                                  "The territory of the design does not exist."));
    for (Id child : std::vector<Id>(doc.children(parent->modelId, m_options.parentId))) {
        if (Status s = doc.removeTerritory(child); !s)
            return s;
    }
    // In display order: each subtree finds the ones before it in place.
    for (const TerritorySubtree &subtree : by) {
        if (Status s = restoreSubtree(doc, subtree); !s)
            return s;
    }
    return {};
}

Status AdoptDesignCommand::apply()
{
    if (!m_designed.empty())
        return replaceChildren(m_designed);
    if (!m_scope)
        return makeError(ErrorCode::Invalid, QStringLiteral("no design to adopt"));
    WorkspaceDocument &doc = *document();
    const Territory *parent = doc.territory(m_options.parentId);
    if (!parent || parent->modelId != m_options.modelId)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                                  "Tessera::OptimizationCommands",
                                                  "The territory of the design does not exist."));
    const Id model = parent->modelId;
    m_removed.clear();
    for (Id child : doc.children(model, m_options.parentId))
        m_removed.push_back(captureSubtree(doc, child));
    Result<Scenario> design = applyDesign(doc, m_options.parentId, *m_scope, m_options, m_result);
    if (!design) {
        // Partly made: the old children come back in place of whatever is there.
        (void)replaceChildren(m_removed);
        m_removed.clear();
        return design.error();
    }
    // applyDesign adds only links that name the new territories: their
    // subtrees hold the whole change.
    for (Id child : design->territories)
        m_designed.push_back(captureSubtree(doc, child));
    m_moves = std::move(design->moves);
    m_scope.reset();
    m_result = {};
    return {};
}

Status AdoptDesignCommand::revert()
{
    return replaceChildren(m_removed);
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
