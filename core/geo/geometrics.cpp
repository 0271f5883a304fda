// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/geometrics.h"

#include "core/geo/boundaries.h"

#include "core/geo/boostgeometry.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <numbers>
#include <optional>
#include <unordered_map>
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

struct PointHash
{
    std::size_t operator()(const std::pair<double, double> &p) const
    {
        const auto a = std::bit_cast<std::uint64_t>(p.first);
        const auto b = std::bit_cast<std::uint64_t>(p.second);
        return std::size_t(a * 0x9E3779B97F4A7C15ULL ^ (b + 0x7F4A7C159E3779B9ULL + (a << 6)));
    }
};

using Vertex = std::pair<double, double>;

double signedArea(const GeoRing &ring)
{
    double twice = 0;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        twice += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
    return twice / 2;
}

// The union of shapes that tile the plane without overlapping and meet
// along shared vertices (counties and states cut from one topology): every
// shared edge is walked once in each direction, so the edges left after
// cancelling those pairs are the union's boundary, stitched into rings.
// Empty when the shapes do not fit that pattern (overlaps, edges that do
// not line up): the area of the result must equal the sum of the parts'.
std::optional<GeoMultiPolygon> uniteTiles(const std::vector<GeoMultiPolygon> &parts)
{
    std::unordered_map<Vertex, std::vector<Vertex>, PointHash> out;
    std::size_t edges = 0;
    double partsArea = 0;
    auto remove = [&out](const Vertex &a, const Vertex &b) {
        auto it = out.find(a);
        if (it == out.end())
            return false;
        auto e = std::find(it->second.begin(), it->second.end(), b);
        if (e == it->second.end())
            return false;
        *e = it->second.back();
        it->second.pop_back();
        return true;
    };
    auto addRing = [&](const GeoRing &ring) {
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            const Vertex a{ring[i].x(), ring[i].y()}, b{ring[i + 1].x(), ring[i + 1].y()};
            if (a == b)
                continue;
            if (remove(b, a)) {
                --edges;
            } else {
                out[a].push_back(b);
                ++edges;
            }
        }
    };
    for (const GeoMultiPolygon &part : parts) {
        partsArea += std::abs(bg::area(part));
        for (const GeoPolygon &p : part) {
            addRing(p.outer());
            for (const GeoRing &h : p.inners())
                addRing(h);
        }
    }

    // Walk the edges left; a vertex met again closes a loop there, so rings
    // that touch at a point come out as separate simple rings.
    std::vector<GeoRing> rings;
    std::vector<Vertex> path;
    std::unordered_map<Vertex, std::size_t, PointHash> onPath;
    for (auto &[first, targets] : out) {
        while (!targets.empty()) {
            path.assign(1, first);
            onPath.clear();
            onPath[first] = 0;
            Vertex at = first;
            for (;;) {
                auto it = out.find(at);
                if (it == out.end() || it->second.empty())
                    return std::nullopt; // unbalanced: not a tiling
                const Vertex next = it->second.back();
                it->second.pop_back();
                --edges;
                auto seen = onPath.find(next);
                if (seen == onPath.end()) {
                    onPath[next] = path.size();
                    path.push_back(next);
                    at = next;
                    continue;
                }
                GeoRing ring;
                for (std::size_t i = seen->second; i < path.size(); ++i)
                    ring.push_back(GeoPoint(path[i].first, path[i].second));
                ring.push_back(GeoPoint(next.first, next.second));
                if (ring.size() >= 4)
                    rings.push_back(std::move(ring));
                for (std::size_t i = seen->second + 1; i < path.size(); ++i)
                    onPath.erase(path[i]);
                path.resize(seen->second + 1);
                at = next;
                if (path.size() == 1) // back at the first vertex: this circuit is done
                    break;
            }
        }
    }
    if (edges != 0)
        return std::nullopt;

    // Clockwise rings are outer boundaries, counter-clockwise ones holes; a
    // hole goes to the smallest outer ring around it.
    GeoMultiPolygon united;
    std::vector<double> outerArea;
    std::vector<const GeoRing *> holes;
    for (const GeoRing &r : rings) {
        const double a = signedArea(r);
        if (a < 0) {
            united.emplace_back();
            united.back().outer() = r;
            outerArea.push_back(-a);
        } else if (a > 0) {
            holes.push_back(&r);
        }
    }
    for (const GeoRing *h : holes) {
        const GeoPoint probe((h->at(0).x() + h->at(1).x()) / 2, (h->at(0).y() + h->at(1).y()) / 2);
        int best = -1;
        for (std::size_t k = 0; k < united.size(); ++k) {
            if ((best < 0 || outerArea[k] < outerArea[std::size_t(best)]) &&
                bg::covered_by(probe, united[k].outer()))
                best = int(k);
        }
        if (best < 0)
            return std::nullopt;
        united[std::size_t(best)].inners().push_back(*h);
    }
    // Where one shape has a vertex on another's edge, the edges left over
    // run out and back along the same line: zero-area spikes.
    bg::remove_spikes(united);
    const double area = std::abs(bg::area(united));
    if (std::abs(area - partsArea) > 1e-9 * std::max(partsArea, 1e-12))
        return std::nullopt;
    // Shapes that overlap without sharing edges keep their area sum: only a
    // valid result (no overlapping polygons) is a union.
    if (!bg::is_valid(united))
        return std::nullopt;
    return united;
}

} // namespace

GeoMultiPolygon uniteShapes(std::vector<GeoMultiPolygon> parts)
{
    if (parts.empty())
        return {};
    if (parts.size() > 1) {
        if (std::optional<GeoMultiPolygon> tiles = uniteTiles(parts))
            return std::move(*tiles);
    }
    while (parts.size() > 1) {
        std::vector<GeoMultiPolygon> next;
        for (std::size_t i = 0; i + 1 < parts.size(); i += 2) {
            GeoMultiPolygon u;
            bg::union_(parts[i], parts[i + 1], u);
            next.push_back(std::move(u));
        }
        if (parts.size() % 2)
            next.push_back(std::move(parts.back()));
        parts = std::move(next);
    }
    return std::move(parts.front());
}

double greatCircleKm(double lon1, double lat1, double lon2, double lat2)
{
    const double dLat = (lat2 - lat1) * Rad;
    const double dLon = (lon2 - lon1) * Rad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2) +
        std::cos(lat1 * Rad) * std::cos(lat2 * Rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * EarthRadiusKm * std::asin(std::min(1.0, std::sqrt(a)));
}

namespace {

// The shape in the equal-area plane, oriented as Boost.Geometry expects.
GeoMultiPolygon projectedShape(const GeoMultiPolygon &shape)
{
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
    }
    bg::correct(projected);
    return projected;
}

} // namespace

ShapeMetrics shapeMetrics(const GeoMultiPolygon &shape)
{
    ShapeMetrics m;
    const GeoMultiPolygon projected = projectedShape(shape);
    for (const GeoPolygon &p : shape) {
        m.perimeterKm += ringLengthKm(p.outer());
        for (const GeoRing &h : p.inners())
            m.perimeterKm += ringLengthKm(h);
    }
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

ShapeMetrics unitUnionMetrics(const Boundaries &boundaries, std::span<const int> units)
{
    ShapeMetrics m;
    if (units.empty())
        return m;
    // An edge by its two ends, the smaller first, so that the two units of a
    // border see the same edge.
    using Edge = std::array<double, 4>;
    struct EdgeHash
    {
        std::size_t operator()(const Edge &e) const
        {
            std::uint64_t h = 0x9e3779b97f4a7c15ull;
            for (double v : e)
                h = (h ^ std::bit_cast<std::uint64_t>(v)) * 0x100000001b3ull;
            return std::size_t(h ^ (h >> 29));
        }
    };
    std::unordered_map<Edge, int, EdgeHash> edges;
    auto addRing = [&](const GeoRing &ring) {
        for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
            Edge e{ring[i].x(), ring[i].y(), ring[i + 1].x(), ring[i + 1].y()};
            if (std::pair(e[0], e[1]) > std::pair(e[2], e[3]))
                e = {e[2], e[3], e[0], e[1]};
            ++edges[e];
        }
    };
    for (int u : units) {
        const GeoMultiPolygon &shape = boundaries.unit(static_cast<std::size_t>(u)).shape;
        for (const GeoPolygon &p : shape) {
            addRing(p.outer());
            for (const GeoRing &hole : p.inners())
                addRing(hole);
        }
        m.areaKm2 += std::abs(bg::area(projectedShape(shape)));
    }
    for (const auto &[e, count] : edges) {
        if (count % 2 == 1)
            m.perimeterKm += greatCircleKm(e[0], e[1], e[2], e[3]);
    }
    if (m.areaKm2 > 0 && m.perimeterKm > 0)
        m.polsbyPopper = 4 * std::numbers::pi * m.areaKm2 / (m.perimeterKm * m.perimeterKm);
    m.parts = contiguousParts(boundaries, units);
    return m;
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
