// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace Tessera {

// Equal-area projections of the map, in kilometres on a sphere of the
// Earth's mean radius, y pointing north.
//
// UnitedStates: Albers equal-area conic for the lower 48 (standard parallels
// 29.5° and 45.5°, as the US Geological Survey uses), with Alaska (its own
// Albers, parallels 55° and 65°, drawn at 35 % of the size) and Hawaii (its
// own Albers, parallels 8° and 18°) moved into insets south-west of the
// lower 48, the layout of US atlases. Neighbouring countries stay in the
// lower 48's projection.
// World: Equal Earth (Šavrič, Patterson and Jenny, 2018), equal-area and
// shaped for world maps, for workspaces whose accounts are abroad.
class MapProjection
{
public:
    enum class Kind { UnitedStates, World };
    enum class Part { Main, Alaska, Hawaii };

    explicit MapProjection(Kind kind = Kind::UnitedStates)
        : m_kind(kind)
    {}
    Kind kind() const { return m_kind; }

    // Which part a point belongs to: the insets take Alaska's and Hawaii's
    // longitudes and latitudes. Always Main for the world map.
    Part partOf(double lon, double lat) const;
    // Projects a point with the projection of its part.
    QPointF project(double lon, double lat) const { return project(lon, lat, partOf(lon, lat)); }
    // Projects a point with the projection of a given part, so that a unit
    // known to be in Alaska stays whole in its inset.
    QPointF project(double lon, double lat, Part part) const;
    // Longitude and latitude of a projected point; nothing off the globe.
    // The insets' frames (insetFrame) decide which projection answers.
    std::optional<QPointF> unproject(QPointF xy) const;

    // The frame of an inset in projected kilometres; empty for Main.
    QRectF insetFrame(Part part) const;
    // The size of a projected kilometre on the ground in a part (Alaska's
    // inset is drawn smaller); 1 elsewhere.
    double partScale(Part part) const;
    // The projected extent of the lower 48 with the insets, or of the world.
    QRectF homeExtent() const;

private:
    Kind m_kind;
};

} // namespace Tessera
