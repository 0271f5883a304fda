// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/interchange/territorynames.h"

#include "core/rules/assignmentengine.h"

#include <QStringList>

namespace Tessera {

TerritoryNames::TerritoryNames(const WorkspaceData &data)
    : m_data(&data)
{
    for (const Territory &t : data.territories)
        m_territories.emplace(t.id, &t);
    for (const AssignmentRule &r : data.rules)
        m_rules.emplace(r.id, r.apiName);
}

const Territory *TerritoryNames::territory(Id id) const
{
    auto it = m_territories.find(id);
    return it == m_territories.end() ? nullptr : it->second;
}

QString TerritoryNames::apiName(Id territoryId) const
{
    const Territory *t = territory(territoryId);
    return t ? t->apiName : QString();
}

QString TerritoryNames::path(Id territoryId) const
{
    QStringList parts;
    // Bounded by the territory count, so a cycle in damaged data cannot hang.
    std::size_t steps = 0;
    for (const Territory *t = territory(territoryId); t && steps <= m_territories.size();
         t = territory(t->parentId), ++steps)
        parts.prepend(t->apiName);
    return parts.join(u'/');
}

QString TerritoryNames::ruleName(Id ruleId) const
{
    auto it = m_rules.find(ruleId);
    return it == m_rules.end() ? QString() : it->second;
}

QString TerritoryNames::causes(const AssignmentEngine &engine, std::uint32_t row,
                               Id territoryId) const
{
    QStringList out;
    for (const AssignmentCause &c : engine.causes(row, territoryId)) {
        if (c.kind == AssignmentCause::Manual)
            out << QStringLiteral("Manual");
        else if (c.kind == AssignmentCause::Geography)
            out << c.geographyText(*m_data);
        else if (c.attachedTo == territoryId)
            out << QStringLiteral("Rule ") + ruleName(c.ruleId);
        else
            out << QStringLiteral("Rule %1 (from %2)")
                       .arg(ruleName(c.ruleId), apiName(c.attachedTo));
    }
    return out.join(QStringLiteral("; "));
}

} // namespace Tessera
