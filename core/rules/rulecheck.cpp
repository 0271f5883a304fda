// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/rulecheck.h"

#include "core/rules/assignmentengine.h"
#include "core/rules/booleanfilter.h"
#include "core/rules/compiledrule.h"
#include "core/rules/valuelist.h"

#include <QCoreApplication>

#include <unordered_map>
#include <unordered_set>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::RuleCheck)
};

bool looksNumeric(const QString &v)
{
    bool ok = false;
    v.toDouble(&ok);
    return ok;
}

// Items that sit under an OR somewhere in the filter.
std::unordered_set<int> itemsUnderOr(const BooleanFilter &f)
{
    std::unordered_set<int> out;
    std::vector<std::pair<int, bool>> stack{{f.root(), false}};
    while (!stack.empty()) {
        auto [n, underOr] = stack.back();
        stack.pop_back();
        if (n < 0)
            continue;
        const BooleanFilter::Node &node = f.nodes()[static_cast<std::size_t>(n)];
        if (node.kind == BooleanFilter::Node::Item) {
            if (underOr)
                out.insert(node.item);
            continue;
        }
        const bool below = underOr || node.kind == BooleanFilter::Node::Or;
        stack.push_back({node.left, below});
        stack.push_back({node.right, below});
    }
    return out;
}

} // namespace

std::vector<RuleIssue> checkRules(const WorkspaceData &data, Id modelId,
                                  const AssignmentEngine *engine)
{
    std::vector<RuleIssue> issues;
    auto error = [&](Id rule, Id territory, const QString &m) {
        issues.push_back({RuleIssue::Error, rule, territory, m});
    };
    auto warning = [&](Id rule, Id territory, const QString &m) {
        issues.push_back({RuleIssue::Warning, rule, territory, m});
    };

    std::unordered_map<Id, const Territory *> territories;
    int territoryCount = 0;
    for (const Territory &t : data.territories) {
        territories.emplace(t.id, &t);
        territoryCount += t.modelId == modelId;
    }
    if (territoryCount > EtmLimits::TerritoriesPerModel)
        warning(
            NoId, NoId,
            Tr::tr("The model has %1 territories; Salesforce allows %2 per model unless raised on "
                   "request.")
                .arg(territoryCount)
                .arg(EtmLimits::TerritoriesPerModel));

    for (const AssignmentRule &rule : data.rules) {
        if (rule.modelId != modelId)
            continue;
        const QString name = rule.apiName;
        if (rule.items.size() > static_cast<std::size_t>(EtmLimits::ItemsPerRule))
            error(rule.id, NoId,
                  Tr::tr("Rule %1 has %2 items; Salesforce allows %3.")
                      .arg(name)
                      .arg(rule.items.size())
                      .arg(EtmLimits::ItemsPerRule));
        if (rule.booleanFilter.size() > EtmLimits::FilterLength)
            error(rule.id, NoId,
                  Tr::tr("The filter of rule %1 has %2 characters; Salesforce allows %3.")
                      .arg(name)
                      .arg(rule.booleanFilter.size())
                      .arg(EtmLimits::FilterLength));
        for (std::size_t i = 0; i < rule.items.size(); ++i) {
            if (rule.items[i].value.size() > EtmLimits::ValueLength)
                error(
                    rule.id, NoId,
                    Tr::tr("Item %1 of rule %2 has a value of %3 characters; Salesforce allows %4.")
                        .arg(i + 1)
                        .arg(name)
                        .arg(rule.items[i].value.size())
                        .arg(EtmLimits::ValueLength));
        }
        Result<CompiledRule> compiled = compileRule(rule, data.accounts);
        if (!compiled) {
            error(rule.id, NoId, compiled.error().message);
            continue;
        }
        const std::unordered_set<int> underOr = itemsUnderOr(compiled->filter);
        for (std::size_t i = 0; i < rule.items.size(); ++i) {
            const RuleItem &item = rule.items[i];
            const CompiledItem &c = compiled->items[i];
            if (c.blank && underOr.count(static_cast<int>(i)) && !isNegative(c.op))
                warning(
                    rule.id, NoId,
                    Tr::tr("Item %1 of rule %2 matches blank %3 inside an OR: every account with "
                           "an empty "
                           "field is caught.")
                        .arg(i + 1)
                        .arg(name, item.field));
            else if (c.blank && c.text.size() + c.numbers.size() > 1 && !isNegative(c.op))
                warning(
                    rule.id, NoId,
                    Tr::tr("Item %1 of rule %2 lists a blank alternative: accounts with an empty "
                           "%3 match "
                           "too.")
                        .arg(i + 1)
                        .arg(name, item.field));
            if (isRange(c.op) &&
                (c.kind == ColumnKind::Strings || c.kind == ColumnKind::Dictionary)) {
                Result<std::vector<QString>> values = parseValueList(item.value);
                bool numeric = values.ok() && !values->empty();
                if (values.ok()) {
                    for (const QString &v : *values)
                        numeric = numeric && looksNumeric(v);
                }
                if (numeric)
                    warning(
                        rule.id, NoId,
                        Tr::tr(
                            "Item %1 of rule %2 compares %3 with a number, but the field is text: "
                            "values compare letter by letter (\"10001\" comes before \"9\").")
                            .arg(i + 1)
                            .arg(name, item.field));
            }
        }
        if (engine && rule.active) {
            const RowSet *matches = engine->ruleMatches(rule.id);
            if (matches && matches->empty())
                warning(rule.id, NoId, Tr::tr("Rule %1 matches no account.").arg(name));
        }
    }

    // Rules per territory (own and inherited), and rules linked again below
    // a territory where they already apply to children.
    std::unordered_map<Id, std::vector<const RuleAssociation *>> linksOf;
    for (const RuleAssociation &a : data.ruleAssociations)
        linksOf[a.territoryId].push_back(&a);
    std::unordered_map<Id, const AssignmentRule *> rules;
    for (const AssignmentRule &r : data.rules)
        rules.emplace(r.id, &r);
    for (const Territory &t : data.territories) {
        if (t.modelId != modelId)
            continue;
        std::unordered_set<Id> acting;
        for (const RuleAssociation *a : linksOf[t.id])
            acting.insert(a->ruleId);
        for (Id up = t.parentId; up != NoId; up = territories.at(up)->parentId) {
            for (const RuleAssociation *a : linksOf[up]) {
                if (!a->applyToChildren)
                    continue;
                if (acting.count(a->ruleId) &&
                    std::any_of(
                        linksOf[t.id].begin(), linksOf[t.id].end(),
                        [&](const RuleAssociation *own) { return own->ruleId == a->ruleId; }))
                    warning(
                        a->ruleId, t.id,
                        Tr::tr("Rule %1 applies to the children of %2 and is linked again to its "
                               "descendant %3.")
                            .arg(rules.at(a->ruleId)->apiName, territories.at(up)->apiName,
                                 t.apiName));
                acting.insert(a->ruleId);
            }
        }
        if (acting.size() > static_cast<std::size_t>(EtmLimits::RulesPerTerritory))
            error(NoId, t.id,
                  Tr::tr("%1 rules act on territory %2; Salesforce allows %3.")
                      .arg(acting.size())
                      .arg(t.apiName)
                      .arg(EtmLimits::RulesPerTerritory));
    }
    return issues;
}

} // namespace Tessera
