// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/typecommands.h"

#include <QCoreApplication>

namespace Tessera {

AddTypeCommand::AddTypeCommand(WorkspaceDocument *document, TerritoryType type)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::TypeCommands",
                                                            "Add Territory Type \"%1\"")
                                    .arg(type.name))
    , m_type(std::move(type))
{}

Status AddTypeCommand::apply()
{
    if (m_type.id != NoId)
        return document()->restoreType(m_type, m_row);
    Result<Id> id = document()->addType(m_type);
    if (!id)
        return id.error();
    m_type = *document()->type(*id);
    m_row = document()->indexOf(ListKind::Types, *id);
    return {};
}

Status AddTypeCommand::revert()
{
    return document()->removeType(m_type.id);
}

EditTypeCommand::EditTypeCommand(WorkspaceDocument *document, TerritoryType after)
    : DocumentCommand(document, QCoreApplication::translate("Tessera::TypeCommands",
                                                            "Edit Territory Type \"%1\"")
                                    .arg(after.name))
    , m_after(std::move(after))
{
    if (const TerritoryType *t = document->type(m_after.id))
        m_before = *t;
}

Status EditTypeCommand::apply()
{
    return document()->updateType(m_after);
}

Status EditTypeCommand::revert()
{
    return document()->updateType(m_before);
}

RemoveTypeCommand::RemoveTypeCommand(WorkspaceDocument *document, Id typeId)
    : DocumentCommand(document)
    , m_id(typeId)
{
    const TerritoryType *t = document->type(typeId);
    setText(QCoreApplication::translate("Tessera::TypeCommands", "Delete Territory Type \"%1\"")
                .arg(t ? t->name : QString()));
}

Status RemoveTypeCommand::apply()
{
    if (const TerritoryType *t = document()->type(m_id)) {
        m_removed = *t;
        m_row = document()->indexOf(ListKind::Types, m_id);
    }
    return document()->removeType(m_id);
}

Status RemoveTypeCommand::revert()
{
    return document()->restoreType(m_removed, m_row);
}

} // namespace Tessera
