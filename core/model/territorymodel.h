// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/balancesettings.h"
#include "core/model/ids.h"

#include <QString>

namespace Tessera {

// Territory2Model state. At most one model of a workspace is Active.
enum class ModelState { Planning, Active, Archived };

QString modelStateName(ModelState state); // "Planning", as Salesforce spells it
bool modelStateFromName(QStringView name, ModelState *out);

// A named scenario [Territory2Model].
struct TerritoryModel
{
    Id id = NoId;
    QString name;
    QString apiName;
    QString description;
    ModelState state = ModelState::Planning;
    BalanceSettings balance = {}; // how the model's balance is measured (docs/balance.md)

    enum Field : unsigned {
        NameField = 1,
        ApiNameField = 2,
        DescriptionField = 4,
        StateField = 8,
        BalanceField = 16,
    };
    bool operator==(const TerritoryModel &) const = default;
};

} // namespace Tessera
