// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/documentcommand.h"

#include "ui/document/documentsession.h"
#include "ui/errorreporter.h"

#include <QUndoStack>
#include <QtDebug>

#include <unordered_set>

namespace Tessera {

DocumentCommand::DocumentCommand(WorkspaceDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{}

void DocumentCommand::redo()
{
    // QUndoStack::push() calls redo(); execute() has applied the command already.
    if (!m_applied) {
        m_applied = true;
        return;
    }
    if (Status s = apply(); !s)
        qWarning().noquote() << "Redo of" << text() << "failed:" << s.error().toString();
}

void DocumentCommand::undo()
{
    if (Status s = revert(); !s)
        qWarning().noquote() << "Undo of" << text() << "failed:" << s.error().toString();
}

Status execute(DocumentSession &session, std::unique_ptr<DocumentCommand> command)
{
    Status s = command->apply();
    if (!s) {
        if (ErrorReporter *reporter = session.errorReporter())
            reporter->showError(s.error());
        return s;
    }
    session.undoStack()->push(command.release());
    return s;
}

TerritorySubtree captureSubtree(const WorkspaceDocument &document, Id rootId)
{
    TerritorySubtree out;
    const Territory *root = document.territory(rootId);
    if (!root)
        return out;
    out.row = document.rowOf(rootId);
    out.territories.push_back(*root);
    // Breadth-first: every parent comes before its children, siblings in order.
    for (std::size_t i = 0; i < out.territories.size(); ++i) {
        for (Id child : document.children(root->modelId, out.territories[i].id))
            out.territories.push_back(*document.territory(child));
    }
    std::unordered_set<Id> ids;
    for (const Territory &t : out.territories)
        ids.insert(t.id);
    auto inSubtree = [&ids](const auto &link) {
        return ids.count(link.territoryId) > 0;
    };
    for (const RuleAssociation &a : document.ruleAssociations())
        if (inSubtree(a))
            out.links.ruleAssociations.push_back(a);
    for (const RepAssignment &a : document.repAssignments())
        if (inSubtree(a))
            out.links.repAssignments.push_back(a);
    for (const AccountTerritoryLink &l : document.manualAssignments())
        if (inSubtree(l))
            out.links.manualAssignments.push_back(l);
    for (const AccountTerritoryLink &l : document.exclusions())
        if (inSubtree(l))
            out.links.exclusions.push_back(l);
    for (const TerritoryUnit &u : document.territoryUnits())
        if (inSubtree(u))
            out.links.units.push_back(u);
    for (const DrawnShape &shape : document.drawnShapes())
        if (inSubtree(shape))
            out.links.shapes.push_back(shape);
    return out;
}

Status restoreSubtree(WorkspaceDocument &document, const TerritorySubtree &subtree)
{
    return document.restoreTerritories(subtree.territories, subtree.row, subtree.links);
}

} // namespace Tessera
