// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/geojsonimport.h"

#include "ui/commands/geographycommands.h"
#include "ui/commands/territorycommands.h"
#include "ui/document/documentsession.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace Tessera {

Status importGeoJsonShapes(DocumentSession &session, Id modelId, const GeoJson::ImportPlan &plan)
{
    QUndoStack *stack = session.undoStack();
    stack->beginMacro(QCoreApplication::translate("Tessera::GeoJsonImport", "Import GeoJSON"));
    Status result;
    std::vector<Id> created;
    for (const GeoJson::ImportPlan::NewTerritory &n : plan.created) {
        Territory t;
        t.modelId = modelId;
        t.parentId = n.parentId;
        t.typeId = n.typeId;
        t.name = n.name.left(80);
        t.apiName = n.apiName;
        auto command = std::make_unique<AddTerritoryCommand>(session.document(), std::move(t));
        AddTerritoryCommand *raw = command.get();
        result = execute(session, std::move(command));
        if (!result)
            break;
        created.push_back(raw->territoryId());
    }
    for (std::size_t i = 0; result && i < plan.shapes.size(); ++i) {
        const GeoJson::ImportPlan::Shape &s = plan.shapes[i];
        DrawnShape shape;
        shape.territoryId = s.territoryId != NoId
                                ? s.territoryId
                                : created[static_cast<std::size_t>(s.newTerritory)];
        shape.name = s.name;
        shape.shape = s.shape;
        result = execute(
            session, std::make_unique<AddDrawnShapeCommand>(session.document(), std::move(shape)));
    }
    stack->endMacro();
    if (!result)
        stack->undo(); // takes back what went in before the error
    return result;
}

} // namespace Tessera
