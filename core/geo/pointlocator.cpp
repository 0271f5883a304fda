// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/pointlocator.h"

#include "core/geo/boostgeometry.h"
#include <boost/geometry/index/rtree.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace Tessera {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

PointLocator::PointLocator(const std::vector<const GeoMultiPolygon *> &shapes, Options options)
{
    // --- per shape: its edges, bucketed into horizontal bands ---
    double xmin = std::numeric_limits<double>::max(), ymin = xmin;
    double xmax = std::numeric_limits<double>::lowest(), ymax = xmax;
    m_shapes.resize(shapes.size());
    m_bandStart.push_back(0);
    std::vector<Edge> edges;
    std::vector<std::vector<Edge>> buckets;
    for (std::size_t s = 0; s < shapes.size(); ++s) {
        edges.clear();
        double sy0 = std::numeric_limits<double>::max(),
               sy1 = std::numeric_limits<double>::lowest();
        auto addRing = [&](const GeoRing &ring) {
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                const GeoPoint &a = ring[i];
                const GeoPoint &b = ring[i + 1];
                xmin = std::min({xmin, a.x(), b.x()});
                xmax = std::max({xmax, a.x(), b.x()});
                ymin = std::min({ymin, a.y(), b.y()});
                ymax = std::max({ymax, a.y(), b.y()});
                sy0 = std::min({sy0, a.y(), b.y()});
                sy1 = std::max({sy1, a.y(), b.y()});
                if (a.y() == b.y())
                    continue; // a horizontal edge never crosses a horizontal ray
                // Canonical order: both shapes sharing this edge compute the
                // same crossing from the same numbers.
                if (a.y() < b.y())
                    edges.push_back({a.x(), a.y(), b.x(), b.y()});
                else
                    edges.push_back({b.x(), b.y(), a.x(), a.y()});
            }
        };
        for (const GeoPolygon &p : *shapes[s]) {
            addRing(p.outer());
            for (const GeoRing &hole : p.inners())
                addRing(hole);
        }
        Shape &shape = m_shapes[s];
        shape.firstBand = static_cast<std::uint32_t>(m_bandStart.size() - 1);
        if (edges.empty()) {
            shape.bandCount = 0;
            continue;
        }
        shape.bandCount =
            static_cast<std::uint32_t>(std::clamp<std::size_t>(edges.size() / 4, 1, 4096));
        shape.ymin = sy0;
        shape.bandHeight = std::max((sy1 - sy0) / shape.bandCount, 1e-12);
        buckets.assign(shape.bandCount, {});
        for (const Edge &e : edges) {
            const auto band = [&](double y) {
                return std::clamp<long>(
                    static_cast<long>(std::floor((y - shape.ymin) / shape.bandHeight)), 0,
                    shape.bandCount - 1);
            };
            for (long b = band(e.y0); b <= band(e.y1); ++b)
                buckets[static_cast<std::size_t>(b)].push_back(e);
        }
        for (const auto &bucket : buckets) {
            m_bandEdges.insert(m_bandEdges.end(), bucket.begin(), bucket.end());
            m_bandStart.push_back(static_cast<std::uint32_t>(m_bandEdges.size()));
        }
    }
    if (xmin > xmax)
        return; // nothing to locate in

    // --- the grid: cells touched by an edge list their shapes ---
    m_cell = options.cellDegrees;
    m_x0 = xmin;
    m_y0 = ymin;
    m_cols = static_cast<int>(std::floor((xmax - xmin) / m_cell)) + 1;
    m_rows = static_cast<int>(std::floor((ymax - ymin) / m_cell)) + 1;
    m_cells.assign(static_cast<std::size_t>(m_cols) * static_cast<std::size_t>(m_rows), -1);

    std::vector<std::uint64_t> touches; // cell << 20 | shape
    for (std::size_t s = 0; s < shapes.size(); ++s) {
        auto addRing = [&](const GeoRing &ring) {
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                // The edge's box in cells: conservative, since cellOf is
                // monotonic in x and y.
                const int c0 = cellOf(std::min(ring[i].x(), ring[i + 1].x()),
                                      std::min(ring[i].y(), ring[i + 1].y()));
                const int c1 = cellOf(std::max(ring[i].x(), ring[i + 1].x()),
                                      std::max(ring[i].y(), ring[i + 1].y()));
                for (int r = c0 / m_cols; r <= c1 / m_cols; ++r)
                    for (int c = c0 % m_cols; c <= c1 % m_cols; ++c)
                        touches.push_back((static_cast<std::uint64_t>(r * m_cols + c) << 20) | s);
            }
        };
        for (const GeoPolygon &p : *shapes[s]) {
            addRing(p.outer());
            for (const GeoRing &hole : p.inners())
                addRing(hole);
        }
    }
    std::sort(touches.begin(), touches.end());
    touches.erase(std::unique(touches.begin(), touches.end()), touches.end());
    for (std::size_t i = 0; i < touches.size();) {
        const std::size_t cell = touches[i] >> 20;
        m_cells[cell] = -2 - static_cast<std::int32_t>(m_listStart.size());
        m_listStart.push_back(static_cast<std::uint32_t>(m_lists.size()));
        for (; i < touches.size() && (touches[i] >> 20) == cell; ++i)
            m_lists.push_back(static_cast<std::int32_t>(touches[i] & 0xFFFFF));
    }
    m_listStart.push_back(static_cast<std::uint32_t>(m_lists.size()));

    // --- cells no edge touches: wholly inside one shape or outside all ---
    // Along a row, a run of such cells cannot cross an edge, so the centre of
    // its first cell decides the whole run.
    using Entry = std::pair<GeoBox, int>;
    std::vector<Entry> boxes;
    for (std::size_t s = 0; s < shapes.size(); ++s)
        if (!shapes[s]->empty())
            boxes.emplace_back(boxOf(*shapes[s]), static_cast<int>(s));
    const bgi::rtree<Entry, bgi::rstar<16>> tree(boxes);
    std::vector<Entry> hits;
    for (int r = 0; r < m_rows; ++r) {
        for (int c = 0; c < m_cols;) {
            std::int32_t &first = m_cells[static_cast<std::size_t>(r * m_cols + c)];
            if (first <= -2) {
                ++c;
                continue;
            }
            const double x = m_x0 + (c + 0.5) * m_cell;
            const double y = m_y0 + (r + 0.5) * m_cell;
            hits.clear();
            tree.query(bgi::intersects(GeoPoint(x, y)), std::back_inserter(hits));
            std::sort(hits.begin(), hits.end(),
                      [](const Entry &a, const Entry &b) { return a.second < b.second; });
            std::int32_t owner = -1;
            for (const Entry &h : hits) {
                if (contains(h.second, x, y)) {
                    owner = h.second;
                    break;
                }
            }
            for (; c < m_cols && m_cells[static_cast<std::size_t>(r * m_cols + c)] > -2; ++c)
                m_cells[static_cast<std::size_t>(r * m_cols + c)] = owner;
        }
    }
}

int PointLocator::cellOf(double x, double y) const
{
    const int c = std::clamp(static_cast<int>(std::floor((x - m_x0) / m_cell)), 0, m_cols - 1);
    const int r = std::clamp(static_cast<int>(std::floor((y - m_y0) / m_cell)), 0, m_rows - 1);
    return r * m_cols + c;
}

bool PointLocator::contains(int shape, double x, double y) const
{
    const Shape &s = m_shapes[static_cast<std::size_t>(shape)];
    if (s.bandCount == 0)
        return false;
    const double f = std::floor((y - s.ymin) / s.bandHeight);
    if (!(f >= 0) || f >= s.bandCount)
        return false; // below or above every edge (or NaN)
    const std::uint32_t band = s.firstBand + static_cast<std::uint32_t>(f);
    bool inside = false;
    for (std::uint32_t i = m_bandStart[band]; i < m_bandStart[band + 1]; ++i) {
        const Edge &e = m_bandEdges[i];
        // Half-open in y, strict in x: see the class comment.
        if (e.y0 <= y && y < e.y1) {
            const double xi = e.x0 + (y - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0);
            if (x < xi)
                inside = !inside;
        }
    }
    return inside;
}

int PointLocator::locate(double x, double y) const
{
    if (m_cells.empty() || !(x >= m_x0) || !(y >= m_y0) || x >= m_x0 + m_cols * m_cell ||
        y >= m_y0 + m_rows * m_cell)
        return -1;
    const std::int32_t v = m_cells[static_cast<std::size_t>(cellOf(x, y))];
    if (v > -2)
        return v;
    const std::size_t list = static_cast<std::size_t>(-v - 2);
    for (std::uint32_t i = m_listStart[list]; i < m_listStart[list + 1]; ++i)
        if (contains(m_lists[i], x, y))
            return m_lists[i];
    return -1;
}

void PointLocator::locateMany(std::span<const double> xs, std::span<const double> ys,
                              std::span<int> out, unsigned threads) const
{
    const std::size_t n = std::min({xs.size(), ys.size(), out.size()});
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads =
        static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, n / 4096)));
    auto work = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i)
            out[i] = locate(xs[i], ys[i]);
    };
    if (threads <= 1) {
        work(0, n);
        return;
    }
    std::vector<std::thread> pool;
    const std::size_t chunk = (n + threads - 1) / threads;
    for (unsigned t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(n, t * chunk), std::min(n, (t + 1) * chunk));
    work(0, std::min(n, chunk));
    for (std::thread &t : pool)
        t.join();
}

std::size_t PointLocator::memoryUsage() const
{
    return m_shapes.capacity() * sizeof(Shape) + m_bandStart.capacity() * 4 +
           m_bandEdges.capacity() * sizeof(Edge) + m_cells.capacity() * 4 +
           m_listStart.capacity() * 4 + m_lists.capacity() * 4;
}

} // namespace Tessera
