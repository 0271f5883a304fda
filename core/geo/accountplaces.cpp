// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/accountplaces.h"

#include "core/geo/unitaccounts.h"
#include "core/geo/zipcentroids.h"

namespace Tessera {

std::shared_ptr<const AccountPlaces> AccountPlaces::build(const AccountStore &accounts,
                                                          const Boundaries &boundaries,
                                                          const ZipCentroids &zips,
                                                          unsigned threads)
{
    std::shared_ptr<AccountPlaces> p(new AccountPlaces);
    p->m_locations = locateAccounts(accounts, boundaries, zips);
    const AccountLocations &loc = p->m_locations;
    const std::size_t n = loc.lon.size();
    const UnitAccounts byPoint(boundaries, loc.lon, loc.lat, threads);
    p->m_zip.assign(n, -1);
    p->m_county.assign(n, -1);
    p->m_state.assign(n, -1);
    p->m_country.assign(n, -1);
    for (std::size_t r = 0; r < n; ++r) {
        const auto row = std::uint32_t(r);
        if (auto z = zips.find(accounts.text(r, AccountStore::BillingPostalCodeField)))
            p->m_zip[r] = std::int32_t(*z);
        const LocationPrecision precision = loc.precision[r];
        if (precision == LocationPrecision::None)
            continue;
        const int county = byPoint.countyOf(row);
        const int state = byPoint.stateOf(row);
        if (precision == LocationPrecision::Exact || precision == LocationPrecision::Zip)
            p->m_county[r] = county;
        if (precision != LocationPrecision::Country)
            p->m_state[r] = state;
        // A state's parent is its country; points outside every county (the
        // rest of the world) need the country layer itself.
        int country = state >= 0 ? boundaries.unit(std::size_t(state)).parent : -1;
        if (country < 0)
            country = boundaries.locate(UnitKind::Country, loc.lon[r], loc.lat[r]);
        p->m_country[r] = country;
    }
    // Countries, states and counties share one index space in Boundaries.
    p->m_boundarySets.resize(boundaries.size());
    for (const auto *layer : {&p->m_county, &p->m_state, &p->m_country}) {
        std::vector<RowSet> sets = RowSet::partition(*layer, boundaries.size());
        for (std::size_t u = 0; u < sets.size(); ++u) {
            if (!sets[u].empty())
                p->m_boundarySets[u] = std::move(sets[u]);
        }
    }
    p->m_zipSets = RowSet::partition(p->m_zip, zips.size());
    p->m_empty = RowSet::none(n);
    return p;
}

const RowSet &AccountPlaces::accountsOf(UnitKind kind, int unit) const
{
    const std::vector<RowSet> &sets = kind == UnitKind::Zip ? m_zipSets : m_boundarySets;
    if (unit < 0 || std::size_t(unit) >= sets.size() ||
        sets[std::size_t(unit)].universe() != m_empty.universe())
        return m_empty;
    return sets[std::size_t(unit)];
}

} // namespace Tessera
