// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/accountstore.h"

#include <array>
#include <cstdint>
#include <vector>

namespace Tessera {

class Boundaries;
class ZipCentroids;

// How precisely an account's position is known. The numbers are stable.
enum class LocationPrecision : std::uint8_t {
    Exact = 0,
    Zip = 1,
    State = 2,
    Country = 3,
    None = 4
};
const char *locationPrecisionName(LocationPrecision p); // "exact", "zip", ...

// Where each account is, by the first source that gives a place:
// BillingLatitude/BillingLongitude; else the centroid of the ZIP in
// BillingPostalCode (its first five digits, so ZIP+4 works); else the centre
// of the US state in BillingState (USPS code or name); else the centre of the
// country in BillingCountry (ISO code or name); else nowhere (NaN).
struct AccountLocations
{
    std::vector<double> lon;
    std::vector<double> lat;
    std::vector<LocationPrecision> precision;
    std::array<std::size_t, 5> counts{}; // accounts per precision, indexed by its value

    std::size_t count(LocationPrecision p) const { return counts[static_cast<std::size_t>(p)]; }
};

AccountLocations locateAccounts(const AccountStore &accounts, const Boundaries &boundaries,
                                const ZipCentroids &zips);

} // namespace Tessera
