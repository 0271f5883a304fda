// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

#include <cmath>
#include <cstdint>

namespace Tessera {

// Record access granted through a territory, with Salesforce's names.
enum class AccessLevel { None, Read, Edit, All };
QString accessLevelName(AccessLevel level);
bool accessLevelFromName(QStringView name, AccessLevel *out);

// Goals the admin sets for a territory; NaN means "no target".
struct TerritoryTargets
{
    double accounts = std::nan("");
    double workload = std::nan("");
    double potential = std::nan("");

    bool operator==(const TerritoryTargets &o) const
    {
        auto same = [](double a, double b) {
            return (std::isnan(a) && std::isnan(b)) || a == b;
        };
        return same(accounts, o.accounts) && same(workload, o.workload) &&
               same(potential, o.potential);
    }
};

// A node of a model's hierarchy [Territory2].
struct Territory
{
    Id id = NoId;
    Id modelId = NoId;
    Id parentId = NoId; // NoId for a root
    Id typeId = NoId;
    QString name;
    QString apiName;
    QString description;
    AccessLevel accountAccess = AccessLevel::Read;
    AccessLevel opportunityAccess = AccessLevel::None;
    AccessLevel caseAccess = AccessLevel::None;
    AccessLevel contactAccess = AccessLevel::None;
    Id forecastManagerId = NoId; // a Rep
    std::uint32_t colour = 0;    // 0xRRGGBB; 0 lets views pick one
    TerritoryTargets targets;

    enum Field : unsigned {
        NameField = 1 << 0,
        ApiNameField = 1 << 1,
        DescriptionField = 1 << 2,
        ParentField = 1 << 3,
        TypeField = 1 << 4,
        AccessField = 1 << 5,
        ForecastManagerField = 1 << 6,
        ColourField = 1 << 7,
        TargetsField = 1 << 8,
    };
    bool operator==(const Territory &) const = default;
};

} // namespace Tessera
