// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/boundaries.h"
#include "core/rules/rowset.h"

#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

namespace Tessera {

// Which county and state each account lies in, found once by geometry, and
// the accounts of each unit as a row set. A territory's geographic accounts
// are then the union of its units' row sets, so moving a unit between
// territories is set arithmetic on two territories, never geometry again.
class UnitAccounts
{
public:
    UnitAccounts() = default;
    // Locates every account (NaN coordinates: nowhere) on `threads` threads.
    UnitAccounts(const Boundaries &boundaries, std::span<const double> lon,
                 std::span<const double> lat, unsigned threads = 0);

    std::size_t accountCount() const { return m_county.size(); }
    // Boundary unit index of an account's county / state, or -1.
    int countyOf(std::uint32_t row) const { return m_county[row]; }
    int stateOf(std::uint32_t row) const { return m_state[row]; }
    // Accounts in a county or state unit (empty for other units).
    const RowSet &accountsOf(int unit) const;

private:
    std::vector<std::int32_t> m_county;
    std::vector<std::int32_t> m_state;
    std::unordered_map<int, RowSet> m_byUnit;
    RowSet m_empty;
};

} // namespace Tessera
