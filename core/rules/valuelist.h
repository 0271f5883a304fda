// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QString>

#include <vector>

namespace Tessera {

// The value of a rule item, split into its alternatives the way ETM reads it:
// commas separate alternatives, a double-quoted alternative may contain
// commas (and "" inside quotes is one quote), spaces around an unquoted
// alternative are ignored. An empty value is one blank alternative; an empty
// alternative between commas is blank too.
Result<std::vector<QString>> parseValueList(QStringView value);

// Joins alternatives back, quoting those that need it.
QString joinValueList(const std::vector<QString> &alternatives);

// The value of a "within" item: "latitude,longitude,radius km" (or mi).
struct WithinArea
{
    double latitude = 0;
    double longitude = 0;
    double radiusKm = 0;
};
Result<WithinArea> parseWithin(QStringView value);

// Great-circle distance in kilometres on a sphere of the Earth's mean radius.
double haversineKm(double lat1, double lon1, double lat2, double lon2);

} // namespace Tessera
