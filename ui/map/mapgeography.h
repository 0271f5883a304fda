// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundaries.h"
#include "core/model/workspacedocument.h"
#include "ui/map/mapprojection.h"

#include <QPainterPath>
#include <QPolygonF>

#include <utility>
#include <vector>

namespace Tessera {

// The geography of a model's territories as the map draws it: which bundled
// units each territory owns (as unit indices of Boundaries) and the shapes
// drawn for them, projected.
struct MapTerritoryGeography
{
    struct Shape
    {
        Id id = NoId;
        Id territoryId = NoId;
        QPainterPath path;            // projected km, holes by the odd-even rule
        std::vector<QPolygonF> rings; // projected km, open (no repeated first vertex)
    };

    // Coarse units first, so that a finer unit drawn later shows on top, as
    // it wins in the assignment.
    std::vector<std::pair<int, Id>> unitOwners;
    std::vector<Shape> shapes;

    // The owner of a unit of the model, or NoId.
    Id ownerOf(int unit) const;
    // The drawn shape with this id, or null.
    const Shape *shape(Id shapeId) const;

    static MapTerritoryGeography build(const WorkspaceData &data, Id modelId,
                                       const Boundaries &boundaries,
                                       const MapProjection &projection);
};

} // namespace Tessera
