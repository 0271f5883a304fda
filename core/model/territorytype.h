// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

namespace Tessera {

// A kind of territory [Territory2Type]; priorities are unique per workspace.
struct TerritoryType
{
    Id id = NoId;
    QString name;
    QString apiName;
    QString description;
    int priority = 0;

    enum Field : unsigned {
        NameField = 1,
        ApiNameField = 2,
        DescriptionField = 4,
        PriorityField = 8
    };
    bool operator==(const TerritoryType &) const = default;
};

} // namespace Tessera
