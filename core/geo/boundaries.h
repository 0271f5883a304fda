// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/geotypes.h"
#include "core/util/result.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Tessera {

class PointLocator;
class ZipCentroids;

// Kinds of geographic unit. The numbers are stored in workspace files.
enum class UnitKind : std::uint8_t { Country = 0, State = 1, County = 2, Zip = 3 };
const char *unitKindName(UnitKind kind); // "country", "state", "county", "zip"
bool unitKindFromName(std::string_view name, UnitKind *out);

// One polygonal unit of the bundled boundaries.
struct BoundaryUnit
{
    UnitKind kind = UnitKind::Country;
    std::string id;    // ISO 3166 numeric "840", state FIPS "06", county FIPS "06075"
    std::string code;  // ISO alpha-2 "US", USPS "CA"; empty for counties
    std::string code3; // ISO alpha-3 "USA"; countries only
    std::string name;  // "United States of America", "California", "San Francisco"
    int parent = -1;   // index of the state of a county, the country of a state
    GeoMultiPolygon shape;
    GeoBox box;
    GeoPoint centroid; // area-weighted, in the plane of longitude/latitude
};

// The bundled boundaries (resources/geo/boundaries.bin): world countries, US
// states and US counties, indexed in that order and by id within a kind.
// Immutable once loaded and shared by every thread and workspace; the point
// locators and the ZIP -> county table are built on first use, once, under a
// lock, so the common paths (open a workspace without geography) pay nothing.
class Boundaries
{
public:
    // The bundled set, read and checked on first use. An error means a
    // damaged build, not bad user input.
    static Result<std::shared_ptr<const Boundaries>> bundled();
    // Reads a resource image; refuses anything out of bounds.
    static Result<std::shared_ptr<const Boundaries>> fromBytes(const QByteArray &bytes);

    static constexpr std::size_t MaxUnits = 65'535;
    static constexpr std::size_t MaxPoints = 20'000'000;
    static constexpr std::size_t MaxPairs = 1'000'000;

    ~Boundaries();

    std::size_t size() const { return m_units.size(); }
    const BoundaryUnit &unit(std::size_t index) const { return m_units[index]; }
    // Unit indices of one kind, ascending by id.
    std::span<const int> unitsOf(UnitKind kind) const;
    // Index of a unit by kind and id ("06075"), or -1.
    int find(UnitKind kind, std::string_view id) const;
    // A state by USPS code or name ("CA", "California", any case), or -1.
    int findState(std::string_view codeOrName) const;
    // A country by alpha-2, alpha-3, numeric code or name, or -1. "USA",
    // "United States" and "United States of America" all find 840.
    int findCountry(std::string_view codeOrName) const;

    // Units sharing a stretch of boundary with a unit (same kind), ascending.
    std::span<const int> neighbours(int unit) const;

    // The point locator of one kind (Country, State or County), built on
    // first use. Its indices are positions in unitsOf(kind).
    const PointLocator &locator(UnitKind kind) const;
    // Unit of a kind containing a point (boundary points: see PointLocator), or -1.
    int locate(UnitKind kind, double lon, double lat) const;

    // County of each bundled ZIP (row of ZipCentroids): the county whose
    // polygon contains its centroid, or else the nearest county of its state
    // within 0.25 degrees (a coastal centroid falling in the water of the
    // simplified coastline), or -1.
    const std::vector<int> &zipCounties() const;

private:
    Boundaries() = default;
    void buildLocator(UnitKind kind) const;

    std::vector<BoundaryUnit> m_units;
    std::vector<int> m_byKind[3];
    std::vector<std::uint32_t> m_adjStart; // CSR over units
    std::vector<int> m_adj;

    mutable std::once_flag m_locatorOnce[3];
    mutable std::unique_ptr<PointLocator> m_locators[3];
    mutable std::once_flag m_zipOnce;
    mutable std::vector<int> m_zipCounties;
};

} // namespace Tessera
