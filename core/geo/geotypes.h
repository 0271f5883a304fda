// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>
#include <boost/geometry/geometries/ring.hpp>

#include <algorithm>
#include <limits>
#include <vector>

namespace Tessera {

// Geometry in longitude (x) and latitude (y), degrees. Edges are straight in
// longitude/latitude, as in the bundled boundaries and in GeoJSON (RFC 7946
// §3.1.1), so set operations (union, validity) are planar on these numbers;
// area and distances are computed on the sphere (see geometrics.h).
using GeoPoint = boost::geometry::model::d2::point_xy<double>;
using GeoRing = boost::geometry::model::ring<GeoPoint>;       // clockwise, closed
using GeoPolygon = boost::geometry::model::polygon<GeoPoint>; // outer clockwise, holes counter
using GeoMultiPolygon = boost::geometry::model::multi_polygon<GeoPolygon>;
using GeoBox = boost::geometry::model::box<GeoPoint>;

// The bounding box of the outer rings; a plain loop rather than
// boost::geometry::envelope, whose multi-geometry path trips GCC 12's
// -Wmaybe-uninitialized.
inline GeoBox boxOf(const GeoMultiPolygon &shape)
{
    double x0 = std::numeric_limits<double>::max(), y0 = x0;
    double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    for (const GeoPolygon &p : shape) {
        for (const GeoPoint &v : p.outer()) {
            x0 = std::min(x0, v.x());
            y0 = std::min(y0, v.y());
            x1 = std::max(x1, v.x());
            y1 = std::max(y1, v.y());
        }
    }
    return x0 > x1 ? GeoBox(GeoPoint(0, 0), GeoPoint(0, 0))
                   : GeoBox(GeoPoint(x0, y0), GeoPoint(x1, y1));
}

// Vertices of all rings, outer and holes.
inline std::size_t vertexCount(const GeoMultiPolygon &shape)
{
    std::size_t n = 0;
    for (const GeoPolygon &p : shape) {
        n += p.outer().size();
        for (const GeoRing &h : p.inners())
            n += h.size();
    }
    return n;
}

constexpr double EarthRadiusKm = 6371.0088; // IUGG mean radius

} // namespace Tessera
