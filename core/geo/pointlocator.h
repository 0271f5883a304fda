// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"

#include <cstdint>
#include <span>
#include <vector>

namespace Tessera {

// Finds which of a set of non-overlapping multipolygons contains a point.
//
// A uniform grid over the shapes' box: a cell that no edge touches belongs
// wholly to one shape (or none) and answers at once; a cell that edges touch
// keeps the shapes whose edges touch it, and each is tested with a crossing
// count over only the edges of the shape's horizontal band in which the point
// lies. This is several times faster than an R-tree of polygons followed by a
// full point-in-polygon test, because most points never reach an edge.
//
// Boundary rule: the crossing test is half-open, evaluated with each edge's
// end points in a canonical order, so a shared edge gives bit-identical
// answers in both shapes that hold it. A point on a shared boundary therefore
// lies in exactly one shape: the one that contains the point moved an
// infinitesimal step east (x), or north (y) when the boundary runs east-west.
// A point on an outer boundary (the coast) belongs to the shape only if that
// step keeps it inside.
class PointLocator
{
public:
    struct Options
    {
        double cellDegrees = 0.1;
    };

    explicit PointLocator(const std::vector<const GeoMultiPolygon *> &shapes)
        : PointLocator(shapes, Options{})
    {}
    PointLocator(const std::vector<const GeoMultiPolygon *> &shapes, Options options);

    std::size_t shapeCount() const { return m_shapes.size(); }
    // Index of the shape containing the point, or -1.
    int locate(double x, double y) const;
    // Locates many points on `threads` threads (0: one per core).
    void locateMany(std::span<const double> xs, std::span<const double> ys, std::span<int> out,
                    unsigned threads = 0) const;
    // Whether one shape contains the point, under the same boundary rule.
    bool contains(int shape, double x, double y) const;

    std::size_t cellCount() const { return m_cells.size(); }
    std::size_t memoryUsage() const;

private:
    struct Edge
    {
        double x0, y0, x1, y1; // y0 < y1
    };
    struct Shape
    {
        double ymin = 0;
        double bandHeight = 1;
        std::uint32_t bandCount = 0;
        std::uint32_t firstBand = 0; // into m_bandStart
    };

    int cellOf(double x, double y) const;

    std::vector<Shape> m_shapes;
    std::vector<std::uint32_t> m_bandStart; // per band of every shape, into m_bandEdges; +1
    std::vector<Edge> m_bandEdges;

    double m_x0 = 0, m_y0 = 0, m_cell = 1;
    int m_cols = 0, m_rows = 0;
    // Per cell: >= 0 the one shape covering the cell; -1 none; <= -2 a
    // boundary cell whose candidates are m_lists[m_listStart[-v-2] ...].
    std::vector<std::int32_t> m_cells;
    std::vector<std::uint32_t> m_listStart;
    std::vector<std::int32_t> m_lists;
};

} // namespace Tessera
