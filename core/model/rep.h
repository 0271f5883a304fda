// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

#include <cmath>

namespace Tessera {

// A sales rep [User].
struct Rep
{
    Id id = NoId;
    QString userId; // CRM user id or external id, unique
    QString name;
    QString email;
    double capacityHours = 1600.0; // hours a year
    double homeLatitude = std::nan("");
    double homeLongitude = std::nan("");

    bool hasHome() const { return !std::isnan(homeLatitude) && !std::isnan(homeLongitude); }

    enum Field : unsigned {
        UserIdField = 1,
        NameField = 2,
        EmailField = 4,
        CapacityField = 8,
        HomeField = 16,
    };
    bool operator==(const Rep &o) const
    {
        auto same = [](double a, double b) {
            return (std::isnan(a) && std::isnan(b)) || a == b;
        };
        return id == o.id && userId == o.userId && name == o.name && email == o.email &&
               capacityHours == o.capacityHours && same(homeLatitude, o.homeLatitude) &&
               same(homeLongitude, o.homeLongitude);
    }
};

// A rep put on a territory [UserTerritory2Association].
struct RepAssignment
{
    Id repId = NoId;
    Id territoryId = NoId;
    QString role; // RoleInTerritory2, free text such as "Sales Rep"

    bool operator==(const RepAssignment &) const = default;
};

// An account placed in a territory by hand [ObjectTerritory2Association,
// cause Territory2Manual], or kept out of it [Territory2ObjectExclusion].
// Keyed by the account's CRM id so that a re-import keeps it.
struct AccountTerritoryLink
{
    QString accountId;
    Id territoryId = NoId;

    bool operator==(const AccountTerritoryLink &) const = default;
};

} // namespace Tessera
