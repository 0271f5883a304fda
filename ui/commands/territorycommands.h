// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/documentcommand.h"

namespace Tessera {

// Adds one territory; redo gives it back its first id, so later commands
// that name it stay valid.
class AddTerritoryCommand : public DocumentCommand
{
public:
    AddTerritoryCommand(WorkspaceDocument *document, Territory territory, int row = -1);
    Status apply() override;
    Status revert() override;
    Id territoryId() const { return m_territory.id; }

private:
    Territory m_territory;
    int m_row;
};

// Removes a territory with its subtree and links; undo restores them all
// with the same ids and positions.
class RemoveTerritoryCommand : public DocumentCommand
{
public:
    RemoveTerritoryCommand(WorkspaceDocument *document, Id territoryId);
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    TerritorySubtree m_removed;
};

// Edits a territory's fields (not its parent: that is a move).
class EditTerritoryCommand : public DocumentCommand
{
public:
    EditTerritoryCommand(WorkspaceDocument *document, Territory after);
    Status apply() override;
    Status revert() override;

private:
    Territory m_before;
    Territory m_after;
};

// Moves a territory (and its subtree) to a new parent and position; the row
// counts positions before the move, as QAbstractItemModel::beginMoveRows does.
class MoveTerritoryCommand : public DocumentCommand
{
public:
    MoveTerritoryCommand(WorkspaceDocument *document, Id territoryId, Id newParentId, int row);
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    Id m_newParentId;
    int m_row;
    Id m_oldParentId = NoId;
    int m_oldRow = -1;
};

} // namespace Tessera
