// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/rules/rowset.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace Tessera {

class ZipCentroids;

// Where every account of one account table lies among the bundled units:
// its ZIP (from BillingPostalCode), county, state and country, found by
// geometry once (counties on several threads, through UnitAccounts) and kept
// with the accounts of each unit as row sets. Geographic assignment is then
// set arithmetic: moving a unit between territories never runs geometry again.
//
// A unit only holds accounts whose location is precise enough for it: an
// account placed at its state's centre (precision State) is in the state and
// the country but in no county; one placed at its country's centre only in
// the country. The ZIP comes from the postal code whatever the precision.
class AccountPlaces
{
public:
    static std::shared_ptr<const AccountPlaces> build(const AccountStore &accounts,
                                                      const Boundaries &boundaries,
                                                      const ZipCentroids &zips,
                                                      unsigned threads = 0);

    std::size_t accountCount() const { return m_county.size(); }
    const AccountLocations &locations() const { return m_locations; }
    // Row of ZipCentroids, or -1.
    int zipOf(std::uint32_t row) const { return m_zip[row]; }
    // Boundary unit indices, or -1.
    int countyOf(std::uint32_t row) const { return m_county[row]; }
    int stateOf(std::uint32_t row) const { return m_state[row]; }
    int countryOf(std::uint32_t row) const { return m_country[row]; }
    // Accounts of a unit: a boundary unit index for countries, states and
    // counties, a ZipCentroids row for ZIPs. Empty for a unit without accounts.
    const RowSet &accountsOf(UnitKind kind, int unit) const;

private:
    AccountPlaces() = default;

    AccountLocations m_locations;
    std::vector<std::int32_t> m_zip, m_county, m_state, m_country;
    std::vector<RowSet> m_boundarySets; // by boundary unit index
    std::vector<RowSet> m_zipSets;      // by ZipCentroids row
    RowSet m_empty;
};

} // namespace Tessera
