// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/territorygeography.h"

#include "core/geo/geometrics.h"

#include <QCoreApplication>

#include "core/geo/boostgeometry.h"

namespace Tessera {

namespace bg = boost::geometry;

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::TerritoryGeography)
};

} // namespace

Result<GeoMultiPolygon> TerritoryGeography::repair(GeoMultiPolygon drawn)
{
    if (vertexCount(drawn) > MaxVertices)
        return makeError(ErrorCode::Limit, Tr::tr("The shape has too many vertices."),
                         QStringLiteral("%1 > %2").arg(vertexCount(drawn)).arg(MaxVertices));
    for (const GeoPolygon &p : drawn) {
        auto checkRing = [](const GeoRing &r) {
            for (const GeoPoint &v : r)
                if (!std::isfinite(v.x()) || !std::isfinite(v.y()) || std::abs(v.x()) > 180 ||
                    std::abs(v.y()) > 90)
                    return false;
            return r.size() >= 3;
        };
        bool ok = checkRing(p.outer());
        for (const GeoRing &h : p.inners())
            ok = ok && checkRing(h);
        if (!ok)
            return makeError(ErrorCode::Invalid,
                             Tr::tr("A ring has fewer than three points or leaves the globe."));
    }
    bg::correct(drawn); // closes rings, orients outer clockwise and holes counter-clockwise
    std::string why;
    if (!bg::is_valid(drawn, why))
        return makeError(ErrorCode::Invalid, Tr::tr("The shape is not a valid polygon."),
                         QString::fromStdString(why));
    return drawn;
}

Result<GeoMultiPolygon> TerritoryGeography::shape(const Boundaries &boundaries,
                                                  const std::vector<UnitRef> &units,
                                                  const std::vector<GeoMultiPolygon> &drawn)
{
    std::vector<GeoMultiPolygon> parts;
    for (const UnitRef &ref : units) {
        if (ref.kind == UnitKind::Zip)
            continue;
        const int u = boundaries.find(ref.kind, ref.id);
        if (u < 0)
            return makeError(ErrorCode::NotFound, Tr::tr("A territory names an unknown unit."),
                             QStringLiteral("%1 %2").arg(QLatin1String(unitKindName(ref.kind)),
                                                         QString::fromStdString(ref.id)));
        parts.push_back(boundaries.unit(static_cast<std::size_t>(u)).shape);
    }
    for (const GeoMultiPolygon &d : drawn) {
        auto r = repair(d);
        if (!r)
            return r.error();
        parts.push_back(std::move(*r));
    }
    GeoMultiPolygon result = uniteShapes(std::move(parts));
    std::string why;
    if (!bg::is_valid(result, why)) {
        // Simplified source boundaries can leave slivers that touch; a second
        // pass with correct() settles orientation and closure issues.
        bg::correct(result);
        if (!bg::is_valid(result, why))
            return makeError(ErrorCode::Invalid, Tr::tr("The territory's shape is not valid."),
                             QString::fromStdString(why));
    }
    return result;
}

} // namespace Tessera
