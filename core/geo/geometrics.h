// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"

#include <cstdint>
#include <span>
#include <vector>

namespace Tessera {

class Boundaries;

// Measures of a territory's shape (docs/geography.md).
struct ShapeMetrics
{
    double areaKm2 = 0;         // on the sphere, via Lambert's cylindrical equal-area projection
    double perimeterKm = 0;     // great-circle length of every ring, holes included
    double polsbyPopper = 0;    // 4 pi A / P^2: 1 for a disc, pi/4 for a square
    double convexHullRatio = 0; // A / area of the convex hull, in the equal-area plane
    GeoPoint centroid{0, 0};    // area-weighted, in the equal-area plane, as lon/lat
    int parts = 0;              // polygons of the shape
};

ShapeMetrics shapeMetrics(const GeoMultiPolygon &shape);

// The union of valid shapes, pairwise in a balanced tree: each vertex takes
// part in log(n) unions instead of n, which matters for a territory of
// hundreds of counties. Not checked for validity.
GeoMultiPolygon uniteShapes(std::vector<GeoMultiPolygon> parts);

// Great-circle distance (haversine) in kilometres.
double greatCircleKm(double lon1, double lat1, double lon2, double lat2);

// Workload-weighted mean great-circle distance of accounts to a centre, km;
// rows with a NaN position or no weight are skipped; 0 when none remain.
double spreadKm(const GeoPoint &centre, std::span<const double> lon, std::span<const double> lat,
                std::span<const double> weight, std::span<const std::uint32_t> rows);

// The shape metrics of the union of units of one kind, computed without a
// polygon union (which the simplified boundaries can defeat): such units do
// not overlap, so the area is the sum of theirs, and neighbours share their
// border vertex for vertex (TopoJSON arcs), so the union's boundary is made
// of the edges only one unit has. Gives area, perimeter, Polsby-Popper and
// parts (contiguousParts); not the hull ratio or the centroid.
ShapeMetrics unitUnionMetrics(const Boundaries &boundaries, std::span<const int> units);

// Connected parts of a set of units of one kind, through the adjacency of
// shared boundaries: 1 when contiguous, 0 for no units.
int contiguousParts(const Boundaries &boundaries, std::span<const int> units);

} // namespace Tessera
