// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mapgeometry.h"

#include <QPolygonF>

#include <mutex>

namespace Tessera {

namespace {

// Douglas-Peucker on a closed ring, first point fixed; keeps at least a triangle.
void simplify(const QPolygonF &in, double tolerance, QPolygonF &out)
{
    out.clear();
    const qsizetype n = in.size();
    if (tolerance <= 0 || n <= 4) {
        out = in;
        return;
    }
    std::vector<char> keep(static_cast<std::size_t>(n), 0);
    keep.front() = keep.back() = 1;
    // Split the ring at its farthest point from the start, so both halves are open chains.
    qsizetype far = 0;
    double best = -1;
    for (qsizetype i = 1; i < n - 1; ++i) {
        const QPointF d = in[i] - in[0];
        const double dd = d.x() * d.x() + d.y() * d.y();
        if (dd > best) {
            best = dd;
            far = i;
        }
    }
    keep[static_cast<std::size_t>(far)] = 1;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, far}, {far, n - 1}};
    const double tol2 = tolerance * tolerance;
    while (!stack.empty()) {
        auto [a, b] = stack.back();
        stack.pop_back();
        if (b - a < 2)
            continue;
        const QPointF pa = in[a], pb = in[b];
        const QPointF ab = pb - pa;
        const double len2 = ab.x() * ab.x() + ab.y() * ab.y();
        qsizetype worst = -1;
        double worstD = tol2;
        for (qsizetype i = a + 1; i < b; ++i) {
            const QPointF ap = in[i] - pa;
            double d2;
            if (len2 == 0) {
                d2 = ap.x() * ap.x() + ap.y() * ap.y();
            } else {
                const double cross = ab.x() * ap.y() - ab.y() * ap.x();
                d2 = cross * cross / len2;
            }
            if (d2 > worstD) {
                worstD = d2;
                worst = i;
            }
        }
        if (worst >= 0) {
            keep[static_cast<std::size_t>(worst)] = 1;
            stack.push_back({a, worst});
            stack.push_back({worst, b});
        }
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[static_cast<std::size_t>(i)])
            out.append(in[i]);
    }
}

MapProjection::Part partOfUnit(const Boundaries &b, const BoundaryUnit &u, MapProjection proj)
{
    if (proj.kind() == MapProjection::Kind::World || u.kind == UnitKind::Country)
        return MapProjection::Part::Main;
    const std::string_view state = std::string_view(u.id).substr(0, 2);
    (void)b;
    if (state == "02")
        return MapProjection::Part::Alaska;
    if (state == "15")
        return MapProjection::Part::Hawaii;
    return MapProjection::Part::Main;
}

// Whether the US map draws a unit: the states and their counties, Puerto
// Rico and the Virgin Islands, and the countries of North America.
bool onUsMap(const BoundaryUnit &u, MapProjection::Part part)
{
    if (part != MapProjection::Part::Main)
        return true;
    const double lon = u.centroid.x(), lat = u.centroid.y();
    if (u.kind == UnitKind::Country) {
        if (u.id == "840")
            return false; // drawn as its states
        const double w = u.box.max_corner().x() - u.box.min_corner().x();
        return w < 180 && u.box.max_corner().x() > -170 && u.box.min_corner().x() < -50 &&
               u.box.max_corner().y() > 5;
    }
    return lon > -130 && lon < -60 && lat > 15;
}

std::mutex geometryMutex;
std::shared_ptr<const MapGeometry> geometryCache[2];

std::shared_ptr<const MapGeometry> &cacheSlot(MapProjection::Kind kind)
{
    return geometryCache[kind == MapProjection::Kind::World ? 1 : 0];
}

} // namespace

bool MapGeometry::isBuilt(MapProjection::Kind kind)
{
    const std::lock_guard lock(geometryMutex);
    return cacheSlot(kind) != nullptr;
}

std::shared_ptr<const MapGeometry> MapGeometry::shared(MapProjection::Kind kind)
{
    std::shared_ptr<const MapGeometry> &slot = cacheSlot(kind);
    {
        const std::lock_guard lock(geometryMutex);
        if (slot)
            return slot;
    }
    // Built outside the lock: a build of one kind (on a warm-up thread) does
    // not hold up a caller that wants the other, already built. When two
    // build the same kind at once, the first to finish is kept.
    Result<std::shared_ptr<const Boundaries>> b = Boundaries::bundled();
    if (!b)
        return nullptr;
    auto built = std::make_shared<const MapGeometry>(**b, MapProjection(kind));
    const std::lock_guard lock(geometryMutex);
    if (!slot)
        slot = std::move(built);
    return slot;
}

MapGeometry::MapGeometry(const Boundaries &boundaries, MapProjection projection)
    : m_projection(projection)
    , m_byUnit(boundaries.size(), {-1, -1})
{
    const bool us = projection.kind() == MapProjection::Kind::UnitedStates;
    QPolygonF ring, simplified;
    for (UnitKind kind : {UnitKind::Country, UnitKind::State, UnitKind::County}) {
        const auto k = static_cast<std::size_t>(kind);
        for (int index : boundaries.unitsOf(kind)) {
            const BoundaryUnit &u = boundaries.unit(static_cast<std::size_t>(index));
            Shape shape;
            shape.unit = index;
            shape.part = partOfUnit(boundaries, u, projection);
            if (us && !onUsMap(u, shape.part))
                continue;
            for (const GeoPolygon &polygon : u.shape) {
                auto addRing = [&](const GeoRing &r) {
                    ring.clear();
                    ring.reserve(static_cast<qsizetype>(r.size()));
                    for (const GeoPoint &p : r)
                        ring.append(projection.project(p.x(), p.y(), shape.part));
                    const QRectF rb = ring.boundingRect();
                    shape.bounds = shape.bounds.isNull() ? rb : shape.bounds.united(rb);
                    for (std::size_t band = 0; band < BandTolerancesKm.size(); ++band) {
                        const double tol = BandTolerancesKm[band];
                        // Islands smaller than the tolerance vanish at that band.
                        if (tol > 0 && rb.width() < tol && rb.height() < tol)
                            continue;
                        simplify(ring, tol, simplified);
                        shape.paths[band].addPolygon(simplified);
                        shape.paths[band].closeSubpath();
                    }
                };
                addRing(polygon.outer());
                for (const GeoRing &hole : polygon.inners())
                    addRing(hole);
            }
            m_byUnit[static_cast<std::size_t>(index)] = {static_cast<int>(k),
                                                         static_cast<int>(m_shapes[k].size())};
            m_shapes[k].push_back(std::move(shape));
        }
    }
}

const std::vector<MapGeometry::Shape> &MapGeometry::shapes(UnitKind kind) const
{
    static const std::vector<Shape> none;
    const auto k = static_cast<std::size_t>(kind);
    return k < m_shapes.size() ? m_shapes[k] : none;
}

const MapGeometry::Shape *MapGeometry::shapeOf(int unit) const
{
    if (unit < 0 || static_cast<std::size_t>(unit) >= m_byUnit.size())
        return nullptr;
    const auto [k, pos] = m_byUnit[static_cast<std::size_t>(unit)];
    return k < 0 ? nullptr : &m_shapes[static_cast<std::size_t>(k)][static_cast<std::size_t>(pos)];
}

int MapGeometry::bandFor(double pixelsPerKm)
{
    // The coarsest band whose error stays under about half a pixel.
    for (std::size_t band = 0; band + 1 < BandTolerancesKm.size(); ++band) {
        if (BandTolerancesKm[band] * pixelsPerKm <= 0.6)
            return static_cast<int>(band);
    }
    return static_cast<int>(BandTolerancesKm.size()) - 1;
}

} // namespace Tessera
