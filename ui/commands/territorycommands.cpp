// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/territorycommands.h"

#include <QCoreApplication>

namespace Tessera {

AddTerritoryCommand::AddTerritoryCommand(WorkspaceDocument *document, Territory territory, int row)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::TerritoryCommands",
                                                            "Add Territory \"%1\"")
                                    .arg(territory.name))
    , m_territory(std::move(territory))
    , m_row(row)
{}

Status AddTerritoryCommand::apply()
{
    if (m_territory.id != NoId)
        return document()->restoreTerritories({m_territory}, m_row);
    Result<Id> id = document()->addTerritory(m_territory, m_row);
    if (!id)
        return id.error();
    m_territory = *document()->territory(*id);
    m_row = document()->rowOf(*id);
    return {};
}

Status AddTerritoryCommand::revert()
{
    return document()->removeTerritory(m_territory.id);
}

RemoveTerritoryCommand::RemoveTerritoryCommand(WorkspaceDocument *document, Id territoryId)
    : DocumentCommand(document)
    , m_id(territoryId)
{
    const Territory *t = document->territory(territoryId);
    setText(QCoreApplication::translate("Tessera::TerritoryCommands", "Delete Territory \"%1\"")
                .arg(t ? t->name : QString()));
}

Status RemoveTerritoryCommand::apply()
{
    if (!document()->territory(m_id))
        return document()->removeTerritory(m_id); // the document's own "not found" error
    m_removed = captureSubtree(*document(), m_id);
    return document()->removeTerritory(m_id);
}

Status RemoveTerritoryCommand::revert()
{
    return restoreSubtree(*document(), m_removed);
}

EditTerritoryCommand::EditTerritoryCommand(WorkspaceDocument *document, Territory after)
    : DocumentCommand(document)
    , m_after(std::move(after))
{
    if (const Territory *t = document->territory(m_after.id)) {
        m_before = *t;
        m_after.parentId = t->parentId;
    }
    setText(m_after.name != m_before.name && !m_before.name.isEmpty()
                ? QCoreApplication::translate("Tessera::TerritoryCommands",
                                              "Rename Territory \"%1\" to \"%2\"")
                      .arg(m_before.name, m_after.name)
                : QCoreApplication::translate("Tessera::TerritoryCommands", "Edit Territory \"%1\"")
                      .arg(m_after.name));
}

Status EditTerritoryCommand::apply()
{
    return document()->updateTerritory(m_after);
}

Status EditTerritoryCommand::revert()
{
    return document()->updateTerritory(m_before);
}

MoveTerritoryCommand::MoveTerritoryCommand(WorkspaceDocument *document, Id territoryId,
                                           Id newParentId, int row)
    : DocumentCommand(document)
    , m_id(territoryId)
    , m_newParentId(newParentId)
    , m_row(row)
{
    const Territory *t = document->territory(territoryId);
    setText(QCoreApplication::translate("Tessera::TerritoryCommands", "Move Territory \"%1\"")
                .arg(t ? t->name : QString()));
}

Status MoveTerritoryCommand::apply()
{
    const Territory *t = document()->territory(m_id);
    if (!t)
        return document()->moveTerritory(m_id, m_newParentId, m_row);
    m_oldParentId = t->parentId;
    m_oldRow = document()->rowOf(m_id);
    return document()->moveTerritory(m_id, m_newParentId, m_row);
}

Status MoveTerritoryCommand::revert()
{
    // moveTerritory counts rows before the territory leaves its place; among
    // the same siblings, a place below the current one is one further down.
    int row = m_oldRow;
    if (m_oldParentId == m_newParentId && m_oldRow > document()->rowOf(m_id))
        ++row;
    return document()->moveTerritory(m_id, m_oldParentId, row);
}

} // namespace Tessera
