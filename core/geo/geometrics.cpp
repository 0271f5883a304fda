// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/geometrics.h"

#include "core/geo/boundaries.h"

// Boost.Geometry's envelope of multi-geometries (used inside union_ and
// is_valid) trips GCC 12's -Wmaybe-uninitialized; the warning is in the
// library's code, so it is silenced for its headers only.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <cmath>
#include <numbers>
#include <unordered_set>
#include <vector>

namespace Tessera {

namespace bg = boost::geometry;

namespace {

constexpr double Rad = std::numbers::pi / 180.0;

// Lambert cylindrical equal-area: planar area there is area on the sphere.
GeoPoint project(const GeoPoint &p)
{
    return {EarthRadiusKm * p.x() * Rad, EarthRadiusKm * std::sin(p.y() * Rad)};
}

GeoPoint unproject(const GeoPoint &p)
{
    return {p.x() / (EarthRadiusKm * Rad),
            std::asin(std::clamp(p.y() / EarthRadiusKm, -1.0, 1.0)) / Rad};
}

double ringLengthKm(const GeoRing &ring)
{
    double sum = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        sum += greatCircleKm(ring[i].x(), ring[i].y(), ring[i + 1].x(), ring[i + 1].y());
    return sum;
}

} // namespace

double greatCircleKm(double lon1, double lat1, double lon2, double lat2)
{
    const double dLat = (lat2 - lat1) * Rad;
    const double dLon = (lon2 - lon1) * Rad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * Rad) * std::cos(lat2 * Rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

ShapeMetrics shapeMetrics(const GeoMultiPolygon &shape)
{
    ShapeMetrics m;
    GeoMultiPolygon projected;
    for (const GeoPolygon &p : shape) {
        GeoPolygon q;
        for (const GeoPoint &v : p.outer())
            q.outer().push_back(project(v));
        for (const GeoRing &h : p.inners()) {
            q.inners().emplace_back();
            for (const GeoPoint &v : h)
                q.inners().back().push_back(project(v));
        }
        projected.push_back(std::move(q));
        m.perimeterKm += ringLengthKm(p.outer());
        for (const GeoRing &h : p.inners())
            m.perimeterKm += ringLengthKm(h);
    }
    bg::correct(projected);
    m.parts = static_cast<int>(shape.size());
    m.areaKm2 = std::abs(bg::area(projected));
    if (m.areaKm2 <= 0)
        return m;
    m.polsbyPopper = 4 * std::numbers::pi * m.areaKm2 / (m.perimeterKm * m.perimeterKm);
    GeoPolygon hull;
    bg::convex_hull(projected, hull);
    const double hullArea = std::abs(bg::area(hull));
    m.convexHullRatio = hullArea > 0 ? m.areaKm2 / hullArea : 0;
    GeoPoint c(0, 0);
    bg::centroid(projected, c);
    m.centroid = unproject(c);
    return m;
}

double spreadKm(const GeoPoint &centre, std::span<const double> lon, std::span<const double> lat,
                std::span<const double> weight, std::span<const std::uint32_t> rows)
{
    double sum = 0, weights = 0;
    for (std::uint32_t r : rows) {
        const double w = r < weight.size() ? weight[r] : 1.0;
        if (!std::isfinite(lon[r]) || !std::isfinite(lat[r]) || !(w > 0))
            continue;
        sum += w * greatCircleKm(centre.x(), centre.y(), lon[r], lat[r]);
        weights += w;
    }
    return weights > 0 ? sum / weights : 0;
}

int contiguousParts(const Boundaries &boundaries, std::span<const int> units)
{
    const std::unordered_set<int> members(units.begin(), units.end());
    std::unordered_set<int> seen;
    int parts = 0;
    std::vector<int> stack;
    for (int start : members) {
        if (seen.count(start))
            continue;
        ++parts;
        stack.push_back(start);
        seen.insert(start);
        while (!stack.empty()) {
            const int u = stack.back();
            stack.pop_back();
            for (int v : boundaries.neighbours(u))
                if (members.count(v) && seen.insert(v).second)
                    stack.push_back(v);
        }
    }
    return parts;
}

} // namespace Tessera
