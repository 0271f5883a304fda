// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QString>

#include <vector>

namespace Tessera {

class AssignmentEngine;

// Why an account is, or is not, in a territory.
struct Explanation
{
    struct Item
    {
        int number = 0; // 1-based, as in the filter
        QString field;
        QString operation;
        QString value;
        QString actual; // the account's value of the field
        bool matched = false;
    };
    struct Rule
    {
        Id ruleId = NoId;
        QString apiName;
        Id attachedTo = NoId;
        bool inherited = false;
        bool active = true;
        QString error;  // when it does not compile
        QString filter; // as evaluated
        std::vector<Item> items;
        bool matched = false;
        int firstFailing = 0; // first item that did not match, 0 if none
    };

    QString accountId;
    Id territoryId = NoId;
    bool inTerritory = false;
    bool manual = false;
    bool excluded = false;
    // Geography: the cause when the territory holds the account's location
    // ("geography: county 06085"), and the territory that holds it, if any.
    QString geography;
    Id geographicTerritory = NoId;
    QString geographicCause; // why geographicTerritory holds it
    std::vector<Rule> rules; // acting on the territory, own and inherited

    // The whole story in a few lines, for the CLI and the UI.
    QString toText(const WorkspaceData &data) const;
};

Explanation explain(const AssignmentEngine &engine, const WorkspaceData &data, std::uint32_t row,
                    Id territoryId);

} // namespace Tessera
