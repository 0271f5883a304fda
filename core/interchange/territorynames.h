// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/workspacedocument.h"

#include <QString>

#include <cstdint>
#include <unordered_map>

namespace Tessera {

class AssignmentEngine;

// Names of a workspace's territories and rules as exports and reports write
// them: API names, paths from the root, and why an account is somewhere.
class TerritoryNames
{
public:
    explicit TerritoryNames(const WorkspaceData &data);

    const Territory *territory(Id id) const;
    QString apiName(Id territoryId) const;
    // "USA/West/CA": API names from the root down.
    QString path(Id territoryId) const;
    QString ruleName(Id ruleId) const;
    // "Rule West_States (from USA); Manual; geography: county 06085", as the
    // assignment engine explains it.
    QString causes(const AssignmentEngine &engine, std::uint32_t row, Id territoryId) const;

private:
    const WorkspaceData *m_data; // must outlive this
    std::unordered_map<Id, const Territory *> m_territories;
    std::unordered_map<Id, QString> m_rules;
};

} // namespace Tessera
