// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/accountlocation.h"

#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"

#include <cmath>
#include <limits>
#include <string>
#include <unordered_map>

namespace Tessera {

const char *locationPrecisionName(LocationPrecision p)
{
    switch (p) {
    case LocationPrecision::Exact:
        return "exact";
    case LocationPrecision::Zip:
        return "zip";
    case LocationPrecision::State:
        return "state";
    case LocationPrecision::Country:
        return "country";
    case LocationPrecision::None:
        return "none";
    }
    return "?";
}

AccountLocations locateAccounts(const AccountStore &accounts, const Boundaries &boundaries,
                                const ZipCentroids &zips)
{
    const std::size_t n = accounts.rowCount();
    AccountLocations out;
    out.lon.assign(n, std::numeric_limits<double>::quiet_NaN());
    out.lat.assign(n, std::numeric_limits<double>::quiet_NaN());
    out.precision.assign(n, LocationPrecision::None);
    // States and countries repeat across rows: look each text up once.
    std::unordered_map<std::string, int> stateCache, countryCache;
    auto cached = [](std::unordered_map<std::string, int> &cache, std::string_view key,
                     auto &&lookup) {
        auto it = cache.find(std::string(key));
        if (it == cache.end())
            it = cache.emplace(std::string(key), lookup(key)).first;
        return it->second;
    };
    for (std::size_t row = 0; row < n; ++row) {
        const double lat = accounts.number(row, AccountStore::BillingLatitudeField);
        const double lon = accounts.number(row, AccountStore::BillingLongitudeField);
        LocationPrecision p = LocationPrecision::None;
        // 0,0 is a missing value written as a number far more often than a
        // customer in the Gulf of Guinea.
        if (std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90 &&
            std::abs(lon) <= 180 && (lat != 0 || lon != 0)) {
            out.lat[row] = lat;
            out.lon[row] = lon;
            p = LocationPrecision::Exact;
        } else if (auto zip = zips.find(accounts.text(row, AccountStore::BillingPostalCodeField))) {
            out.lat[row] = zips.latitude(*zip);
            out.lon[row] = zips.longitude(*zip);
            p = LocationPrecision::Zip;
        } else {
            const auto state = accounts.text(row, AccountStore::BillingStateField);
            const int s = state.empty() ? -1 : cached(stateCache, state, [&](std::string_view k) {
                return boundaries.findState(k);
            });
            if (s >= 0) {
                const GeoPoint &c = boundaries.unit(static_cast<std::size_t>(s)).centroid;
                out.lon[row] = c.x();
                out.lat[row] = c.y();
                p = LocationPrecision::State;
            } else {
                const auto country = accounts.text(row, AccountStore::BillingCountryField);
                const int k =
                    country.empty() ? -1 : cached(countryCache, country, [&](std::string_view key) {
                        return boundaries.findCountry(key);
                    });
                if (k >= 0) {
                    const GeoPoint &c = boundaries.unit(static_cast<std::size_t>(k)).centroid;
                    out.lon[row] = c.x();
                    out.lat[row] = c.y();
                    p = LocationPrecision::Country;
                }
            }
        }
        out.precision[row] = p;
        ++out.counts[static_cast<std::size_t>(p)];
    }
    return out;
}

} // namespace Tessera
