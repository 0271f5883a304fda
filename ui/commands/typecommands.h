// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/commands/documentcommand.h"

namespace Tessera {

class AddTypeCommand : public DocumentCommand
{
public:
    AddTypeCommand(WorkspaceDocument *document, TerritoryType type);
    Status apply() override;
    Status revert() override;
    Id typeId() const { return m_type.id; }

private:
    TerritoryType m_type;
    int m_row = -1;
};

class EditTypeCommand : public DocumentCommand
{
public:
    EditTypeCommand(WorkspaceDocument *document, TerritoryType after);
    Status apply() override;
    Status revert() override;

private:
    TerritoryType m_before;
    TerritoryType m_after;
};

// Removing a type that territories use is refused by the document.
class RemoveTypeCommand : public DocumentCommand
{
public:
    RemoveTypeCommand(WorkspaceDocument *document, Id typeId);
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    TerritoryType m_removed;
    int m_row = -1;
};

} // namespace Tessera
