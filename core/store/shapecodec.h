// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"
#include "core/util/result.h"

#include <QByteArray>

#include <cstdint>
#include <span>

namespace Tessera::Store {

// The byte form of a drawn shape in the workspace file (drawn_shapes.geometry,
// docs/file-format.md): all numbers little-endian; u32 polygon count, then per
// polygon u32 ring count (outer ring first, then holes), then per ring u32
// point count and that many (f64 longitude, f64 latitude) pairs.
QByteArray encodeShape(const GeoMultiPolygon &shape);
// Reads it back as untrusted input: every count is checked against the bytes
// left before anything is allocated, the total against maxVertices, and the
// blob must end exactly after the last point.
Result<GeoMultiPolygon> decodeShape(std::span<const std::uint8_t> bytes, std::size_t maxVertices);

} // namespace Tessera::Store
