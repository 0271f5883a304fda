// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundaries.h"
#include "ui/map/mapprojection.h"

#include <QPainterPath>
#include <QRectF>

#include <array>
#include <memory>
#include <vector>

namespace Tessera {

// The bundled boundaries projected for the map, with outlines simplified in
// advance for each band of zoom so that a frame draws about as many segments
// as the screen can show, whatever the zoom. Immutable once built and shared.
class MapGeometry
{
public:
    // Simplification tolerances in projected kilometres, coarse to fine.
    static constexpr std::array<double, 4> BandTolerancesKm{12.0, 3.0, 0.75, 0.0};

    struct Shape
    {
        int unit = -1; // index into Boundaries
        MapProjection::Part part = MapProjection::Part::Main;
        QRectF bounds; // projected
        std::array<QPainterPath, BandTolerancesKm.size()> paths;
    };

    // Built on first use per projection kind from the bundled boundaries.
    static std::shared_ptr<const MapGeometry> shared(MapProjection::Kind kind);
    // Whether shared(kind) has been built (it then returns at once).
    static bool isBuilt(MapProjection::Kind kind);
    MapGeometry(const Boundaries &boundaries, MapProjection projection);

    const MapProjection &projection() const { return m_projection; }
    // Units of a kind that the map draws (the US map leaves out far-off
    // territories and countries beyond North America; the world map
    // leaves out no country).
    const std::vector<Shape> &shapes(UnitKind kind) const;
    // The shape of a unit, or null when the map does not draw it.
    const Shape *shapeOf(int unit) const;
    // The band to draw at a zoom, in pixels per projected kilometre.
    static int bandFor(double pixelsPerKm);

private:
    MapProjection m_projection;
    std::array<std::vector<Shape>, 3> m_shapes; // Country, State, County
    std::vector<std::pair<int, int>> m_byUnit;  // unit -> (kind, position), -1 when absent
};

} // namespace Tessera
