// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/explain.h"

#include "core/rules/assignmentengine.h"

#include <QCoreApplication>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::Explanation)
};

const Territory *findTerritory(const WorkspaceData &data, Id id)
{
    for (const Territory &t : data.territories) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QString shown(const QString &value)
{
    return value.isEmpty() ? Tr::tr("(blank)") : u'"' + value + u'"';
}

} // namespace

Explanation explain(const AssignmentEngine &engine, const WorkspaceData &data, std::uint32_t row,
                    Id territoryId)
{
    Explanation e;
    const AccountStore &accounts = data.accounts;
    e.accountId = accounts.accountId(row);
    e.territoryId = territoryId;
    e.inTerritory = engine.accountsOf(territoryId).contains(row);
    for (const AccountTerritoryLink &l : data.manualAssignments)
        e.manual = e.manual || (l.territoryId == territoryId && l.accountId == e.accountId);
    for (const AccountTerritoryLink &l : data.exclusions)
        e.excluded = e.excluded || (l.territoryId == territoryId && l.accountId == e.accountId);

    e.geographicTerritory = engine.geographicTerritory(row);
    if (e.geographicTerritory != NoId) {
        for (const AssignmentCause &c : engine.causes(row, e.geographicTerritory)) {
            if (c.kind == AssignmentCause::Geography)
                e.geographicCause = c.geographyText(data);
        }
        if (e.geographicTerritory == territoryId)
            e.geography = e.geographicCause;
    }

    for (const ActingRule &acting : engine.actingRules(territoryId)) {
        Explanation::Rule r;
        r.ruleId = acting.ruleId;
        r.attachedTo = acting.attachedTo;
        r.inherited = acting.inherited;
        const AssignmentRule *rule = nullptr;
        for (const AssignmentRule &candidate : data.rules) {
            if (candidate.id == acting.ruleId)
                rule = &candidate;
        }
        if (!rule)
            continue;
        r.apiName = rule->apiName;
        r.active = rule->active;
        for (const auto &[id, error] : engine.ruleErrors()) {
            if (id == rule->id)
                r.error = error.message;
        }
        const CompiledRule *compiled = engine.compiled(rule->id);
        if (!compiled) {
            // Inactive or broken: show the items with their actual values all the same.
            Result<CompiledRule> c = compileRule(*rule, accounts);
            if (c.ok())
                r.filter = c->filter.toString();
        } else {
            r.filter = compiled->filter.toString();
        }
        Result<CompiledRule> local =
            compiled ? Result<CompiledRule>(*compiled) : compileRule(*rule, accounts);
        for (std::size_t i = 0; i < rule->items.size(); ++i) {
            Explanation::Item item;
            item.number = static_cast<int>(i) + 1;
            item.field = rule->items[i].field;
            item.operation = rule->items[i].operation;
            item.value = rule->items[i].value;
            if (local.ok()) {
                const CompiledItem &c = local->items[i];
                if (c.field >= 0)
                    item.actual = accounts.displayText(row, c.field);
                else
                    item.actual = accounts.displayText(row, AccountStore::BillingLatitudeField) +
                                  u',' +
                                  accounts.displayText(row, AccountStore::BillingLongitudeField);
                item.matched = c.matches(accounts, row);
            }
            if (!item.matched && r.firstFailing == 0)
                r.firstFailing = item.number;
            r.items.push_back(item);
        }
        r.matched = local.ok() && rule->active && local->matches(accounts, row);
        e.rules.push_back(std::move(r));
    }
    return e;
}

QString Explanation::toText(const WorkspaceData &data) const
{
    const Territory *t = findTerritory(data, territoryId);
    const QString territory = t ? t->apiName : QString::number(territoryId);
    QStringList lines;
    lines << (inTerritory ? Tr::tr("Account %1 is in territory %2.")
                          : Tr::tr("Account %1 is not in territory %2."))
                 .arg(accountId, territory);
    if (manual)
        lines << Tr::tr("  It is assigned there by hand; manual assignments always hold.");
    if (excluded)
        lines << (manual
                      ? Tr::tr("  It is also excluded there; the manual assignment wins.")
                      : Tr::tr("  It is excluded from this territory; exclusions win over rules."));
    if (!geography.isEmpty()) {
        lines << Tr::tr("  It lies in this territory's geography (%1).").arg(geography);
    } else if (geographicTerritory != NoId) {
        const Territory *g = findTerritory(data, geographicTerritory);
        lines << Tr::tr("  By geography it belongs to territory %1 (%2).")
                     .arg(g ? g->apiName : QString(), geographicCause);
    }
    if (rules.empty())
        lines << Tr::tr("  No rule acts on this territory.");
    for (const Rule &r : rules) {
        const Territory *at = findTerritory(data, r.attachedTo);
        QString head = Tr::tr("  Rule %1").arg(r.apiName);
        if (r.inherited)
            head += Tr::tr(" (inherited from %1, which applies it to child territories)")
                        .arg(at ? at->apiName : QString());
        if (!r.active)
            head += Tr::tr(": inactive, assigns nothing");
        else if (!r.error.isEmpty())
            head += Tr::tr(": does not compile: %1").arg(r.error);
        else
            head += r.matched ? Tr::tr(": matches") : Tr::tr(": does not match");
        if (!r.filter.isEmpty() && r.items.size() > 1)
            head += Tr::tr(" (filter %1)").arg(r.filter);
        lines << head;
        for (const Item &i : r.items) {
            lines << Tr::tr("    %1. %2 %3 %4: %5, actual %6")
                         .arg(i.number)
                         .arg(i.field, i.operation, shown(i.value),
                              i.matched ? Tr::tr("yes") : Tr::tr("no"), shown(i.actual));
        }
        if (r.active && r.error.isEmpty() && !r.matched && r.firstFailing > 0)
            lines << Tr::tr("    First failing item: %1.").arg(r.firstFailing);
    }
    return lines.join(u'\n');
}

} // namespace Tessera
