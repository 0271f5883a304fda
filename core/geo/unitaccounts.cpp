// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/unitaccounts.h"

#include "core/geo/pointlocator.h"

namespace Tessera {

UnitAccounts::UnitAccounts(const Boundaries &boundaries, std::span<const double> lon,
                           std::span<const double> lat, unsigned threads)
{
    const std::size_t n = std::min(lon.size(), lat.size());
    std::vector<int> found(n);
    boundaries.locator(UnitKind::County).locateMany(lon, lat, found, threads);
    const auto counties = boundaries.unitsOf(UnitKind::County);
    m_county.resize(n);
    m_state.resize(n);
    std::unordered_map<int, std::vector<std::uint32_t>> rows;
    for (std::size_t i = 0; i < n; ++i) {
        const int county = found[i] < 0 ? -1 : counties[static_cast<std::size_t>(found[i])];
        // States are unions of their counties (same topology), so a county's
        // parent is the state; only points outside every county need the
        // state layer, which then finds nothing either.
        const int state =
            county < 0 ? -1 : boundaries.unit(static_cast<std::size_t>(county)).parent;
        m_county[i] = county;
        m_state[i] = state;
        if (county >= 0) {
            rows[county].push_back(static_cast<std::uint32_t>(i));
            rows[state].push_back(static_cast<std::uint32_t>(i));
        }
    }
    for (auto &[unit, list] : rows)
        m_byUnit.emplace(unit, RowSet::fromSorted(std::move(list), n));
    m_empty = RowSet::none(n);
}

const RowSet &UnitAccounts::accountsOf(int unit) const
{
    auto it = m_byUnit.find(unit);
    return it == m_byUnit.end() ? m_empty : it->second;
}

} // namespace Tessera
