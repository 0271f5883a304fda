// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ids.h"

#include <QString>

#include <vector>

namespace Tessera {

// One criterion of a rule [ObjectTerritory2AssignmentRuleItem]. The field is
// written like ETM ("Account.BillingState"); an empty value means "blank".
struct RuleItem
{
    QString field;
    QString operation; // ETM token: equals, notEqual, startsWith, ...
    QString value;

    bool operator==(const RuleItem &) const = default;
};

// An assignment rule owned by a model [ObjectTerritory2AssignmentRule].
// Item position (1-based) is the number used in the boolean filter.
struct AssignmentRule
{
    Id id = NoId;
    Id modelId = NoId;
    QString apiName;
    QString label;
    QString objectType = QStringLiteral("Account");
    bool active = true;
    QString booleanFilter; // empty: all items ANDed
    std::vector<RuleItem> items;

    enum Field : unsigned {
        ApiNameField = 1,
        LabelField = 2,
        ObjectTypeField = 4,
        ActiveField = 8,
        FilterField = 16,
        ItemsField = 32,
    };
    bool operator==(const AssignmentRule &) const = default;
};

// A rule linked to a territory [RuleTerritory2Association]; with
// applyToChildren the rule acts on every descendant too.
struct RuleAssociation
{
    Id ruleId = NoId;
    Id territoryId = NoId;
    bool applyToChildren = false;

    bool operator==(const RuleAssociation &) const = default;
};

} // namespace Tessera
