// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/geographycommands.h"

#include <QCoreApplication>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::GeographyCommands)
};

QString unitsText(const std::vector<UnitRef> &units)
{
    if (units.size() == 1)
        return unitLabel(units.front());
    return Tr::tr("%1 Units").arg(units.size());
}

} // namespace

SetUnitOwnersCommand::SetUnitOwnersCommand(WorkspaceDocument *document, Id modelId,
                                           std::vector<UnitRef> units, Id territoryId)
    : DocumentCommand(document)
    , m_modelId(modelId)
{
    const Territory *t = document->territory(territoryId);
    setText(t ? Tr::tr("Give %1 to \"%2\"").arg(unitsText(units), t->name)
              : Tr::tr("Unassign %1").arg(unitsText(units)));
    for (UnitRef &u : units)
        m_after.push_back({std::move(u), territoryId});
}

Status SetUnitOwnersCommand::apply()
{
    Result<std::vector<UnitOwner>> before = document()->setUnitOwners(m_modelId, m_after);
    if (!before)
        return before.error();
    m_before = std::move(*before);
    return {};
}

Status SetUnitOwnersCommand::revert()
{
    Result<std::vector<UnitOwner>> r = document()->setUnitOwners(m_modelId, m_before);
    return r ? Status{} : Status(r.error());
}

AddDrawnShapeCommand::AddDrawnShapeCommand(WorkspaceDocument *document, DrawnShape shape)
    : DocumentCommand(document, Tr::tr("Draw Shape \"%1\"").arg(shape.name))
    , m_shape(std::move(shape))
{}

Status AddDrawnShapeCommand::apply()
{
    if (m_shape.id != NoId)
        return document()->restoreDrawnShape(m_shape);
    Result<Id> id = document()->addDrawnShape(m_shape);
    if (!id)
        return id.error();
    m_shape = *document()->drawnShape(*id); // as repaired
    return {};
}

Status AddDrawnShapeCommand::revert()
{
    return document()->removeDrawnShape(m_shape.id);
}

EditDrawnShapeCommand::EditDrawnShapeCommand(WorkspaceDocument *document, DrawnShape after)
    : DocumentCommand(document, Tr::tr("Edit Shape \"%1\"").arg(after.name))
    , m_after(std::move(after))
{
    if (const DrawnShape *s = document->drawnShape(m_after.id))
        m_before = *s;
}

Status EditDrawnShapeCommand::apply()
{
    return document()->updateDrawnShape(m_after);
}

Status EditDrawnShapeCommand::revert()
{
    return document()->updateDrawnShape(m_before);
}

RemoveDrawnShapeCommand::RemoveDrawnShapeCommand(WorkspaceDocument *document, Id shapeId)
    : DocumentCommand(document)
    , m_id(shapeId)
{
    const DrawnShape *s = document->drawnShape(shapeId);
    setText(Tr::tr("Delete Shape \"%1\"").arg(s ? s->name : QString()));
}

Status RemoveDrawnShapeCommand::apply()
{
    if (const DrawnShape *s = document()->drawnShape(m_id))
        m_removed = *s;
    return document()->removeDrawnShape(m_id);
}

Status RemoveDrawnShapeCommand::revert()
{
    return document()->restoreDrawnShape(m_removed);
}

} // namespace Tessera
