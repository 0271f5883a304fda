// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapgeography.h"

#include <algorithm>
#include <unordered_set>

namespace Tessera {

Id MapTerritoryGeography::ownerOf(int unit) const
{
    for (const auto &[u, territory] : unitOwners) {
        if (u == unit)
            return territory;
    }
    return NoId;
}

const MapTerritoryGeography::Shape *MapTerritoryGeography::shape(Id shapeId) const
{
    for (const Shape &s : shapes) {
        if (s.id == shapeId)
            return &s;
    }
    return nullptr;
}

MapTerritoryGeography MapTerritoryGeography::build(const WorkspaceData &data, Id modelId,
                                                   const Boundaries &boundaries,
                                                   const MapProjection &projection)
{
    MapTerritoryGeography g;
    std::unordered_set<Id> inModel;
    for (const Territory &t : data.territories) {
        if (t.modelId == modelId)
            inModel.insert(t.id);
    }
    for (const TerritoryUnit &u : data.territoryUnits) {
        if (!inModel.count(u.territoryId) || u.unit.kind == UnitKind::Zip)
            continue; // a ZIP has no polygon to fill
        const int unit = boundaries.find(u.unit.kind, u.unit.id);
        if (unit >= 0)
            g.unitOwners.emplace_back(unit, u.territoryId);
    }
    // Boundaries index countries, then states, then counties: coarse first.
    std::sort(g.unitOwners.begin(), g.unitOwners.end());
    for (const DrawnShape &d : data.drawnShapes) {
        if (!inModel.count(d.territoryId))
            continue;
        Shape s;
        s.id = d.id;
        s.territoryId = d.territoryId;
        auto addRing = [&](const GeoRing &ring) {
            QPolygonF polygon;
            // Project each vertex with the part its ring starts in, so a
            // shape drawn in an inset stays whole there.
            const MapProjection::Part part =
                ring.empty() ? MapProjection::Part::Main
                             : projection.partOf(ring.front().x(), ring.front().y());
            for (const GeoPoint &p : ring)
                polygon.append(projection.project(p.x(), p.y(), part));
            if (polygon.size() > 1 && polygon.front() == polygon.back())
                polygon.removeLast();
            s.path.addPolygon(polygon);
            s.path.closeSubpath();
            s.rings.push_back(std::move(polygon));
        };
        for (const GeoPolygon &p : d.shape) {
            addRing(p.outer());
            for (const GeoRing &hole : p.inners())
                addRing(hole);
        }
        g.shapes.push_back(std::move(s));
    }
    return g;
}

} // namespace Tessera
