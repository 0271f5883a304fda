// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundaries.h"
#include "core/geo/geotypes.h"
#include "core/util/result.h"

#include <string>
#include <vector>

namespace Tessera {

// A unit named by kind and id, as a territory refers to it ("county",
// "06075"); ids rather than indices so that files survive a new resource.
struct UnitRef
{
    UnitKind kind = UnitKind::County;
    std::string id;

    bool operator==(const UnitRef &) const = default;
};

// A territory's geography: bundled units plus polygons drawn by the user.
// Its shape is their union, valid in Boost.Geometry's sense.
class TerritoryGeography
{
public:
    static constexpr std::size_t MaxVertices = 1'000'000;

    // Makes a drawn polygon usable: closes rings and fixes their orientation
    // (repairs), then refuses what cannot be repaired that way, such as a
    // self-intersecting ring, with a message that says why.
    static Result<GeoMultiPolygon> repair(GeoMultiPolygon drawn);

    // The union of the units' polygons and the drawn shapes. ZIP units have no
    // polygon and add nothing. Unknown units are an error.
    static Result<GeoMultiPolygon> shape(const Boundaries &boundaries,
                                         const std::vector<UnitRef> &units,
                                         const std::vector<GeoMultiPolygon> &drawn);
};

} // namespace Tessera
