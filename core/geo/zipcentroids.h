// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QByteArray>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace Tessera {

// The bundled table of US ZIP code centroids (resources/geo/us-zips.bin):
// every ZIP with its centroid, USPS state code and city, sorted by ZIP.
// Immutable once loaded, so one table is shared by every thread and every
// workspace. Row numbers are stable for one build of the resource.
class ZipCentroids
{
public:
    // The bundled table, read and checked on first use; later calls, from any
    // thread, share it. An error means a damaged build, not bad user input.
    static Result<std::shared_ptr<const ZipCentroids>> bundled();
    // Reads a resource image; refuses anything out of bounds.
    static Result<std::shared_ptr<const ZipCentroids>> fromBytes(const QByteArray &bytes);

    static constexpr std::size_t MaxZips = 100'000;
    static constexpr std::size_t MaxStates = 100;
    static constexpr std::size_t MaxCities = 65'536;

    std::size_t size() const { return m_zips.size(); }

    std::string_view zip(std::size_t row) const { return {m_zips[row].data(), 5}; }
    std::uint32_t zipNumber(std::size_t row) const { return m_zipNumbers[row]; }
    double latitude(std::size_t row) const { return m_lat[row] * 1e-5; }
    double longitude(std::size_t row) const { return m_lon[row] * 1e-5; }
    std::string_view state(std::size_t row) const { return m_states[m_stateOf[row]]; }
    int stateIndex(std::size_t row) const { return m_stateOf[row]; }
    std::string_view city(std::size_t row) const { return m_cities[m_cityOf[row]]; }
    int cityIndex(std::size_t row) const { return m_cityOf[row]; }
    // True when the centroid is the Census ZCTA centroid rather than the
    // coordinate of the ZIP's city (PO box and single-firm ZIPs have no ZCTA).
    bool censusCentroid(std::size_t row) const { return m_flags[row] & 1; }

    // Row of a ZIP ("94105", or the first five digits of "94105-1234"), if bundled.
    std::optional<std::size_t> find(std::string_view zip) const;

    // USPS codes of every state, DC and territory present, sorted.
    const std::vector<std::string> &states() const { return m_states; }
    // Index of a USPS code in states(), or -1.
    int stateIndexOf(std::string_view usps) const;
    const std::vector<std::string> &cities() const { return m_cities; }

private:
    ZipCentroids() = default;

    std::vector<std::array<char, 5>> m_zips;
    std::vector<std::uint32_t> m_zipNumbers;
    std::vector<std::int32_t> m_lat; // 1e-5 degrees
    std::vector<std::int32_t> m_lon;
    std::vector<std::uint8_t> m_stateOf;
    std::vector<std::uint16_t> m_cityOf;
    std::vector<std::uint8_t> m_flags;
    std::vector<std::string> m_states;
    std::vector<std::string> m_cities;
};

} // namespace Tessera
