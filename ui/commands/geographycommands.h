// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/documentcommand.h"

namespace Tessera {

// Gives units to a territory, taking them from their previous owners, or
// takes them from whoever has them (territory NoId). Undo gives every unit
// back to the owner it had, none included.
class SetUnitOwnersCommand : public DocumentCommand
{
public:
    SetUnitOwnersCommand(WorkspaceDocument *document, Id modelId, std::vector<UnitRef> units,
                         Id territoryId);
    Status apply() override;
    Status revert() override;

private:
    Id m_modelId;
    std::vector<UnitOwner> m_after;
    std::vector<UnitOwner> m_before;
};

// Adds a drawn shape to a territory; redo gives it back its first id.
class AddDrawnShapeCommand : public DocumentCommand
{
public:
    AddDrawnShapeCommand(WorkspaceDocument *document, DrawnShape shape);
    Status apply() override;
    Status revert() override;
    Id shapeId() const { return m_shape.id; }

private:
    DrawnShape m_shape;
};

// Edits a drawn shape: its name, its polygon (vertices moved, added,
// deleted) or its territory.
class EditDrawnShapeCommand : public DocumentCommand
{
public:
    EditDrawnShapeCommand(WorkspaceDocument *document, DrawnShape after);
    Status apply() override;
    Status revert() override;

private:
    DrawnShape m_before;
    DrawnShape m_after;
};

class RemoveDrawnShapeCommand : public DocumentCommand
{
public:
    RemoveDrawnShapeCommand(WorkspaceDocument *document, Id shapeId);
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    DrawnShape m_removed;
};

} // namespace Tessera
