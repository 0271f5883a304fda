// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_set>

namespace Tessera {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Tessera::AssignmentEngine", text);
}
} // namespace

AssignmentEngine::AssignmentEngine(const WorkspaceData &data, Id modelId, Options options)
    : m_data(data)
    , m_modelId(modelId)
    , m_options(options)
{
    if (m_options.potentialField < 0)
        m_options.potentialField = AccountStore::AnnualRevenueField;
    if (m_options.workloadField < 0)
        m_options.workloadField = data.accounts.fieldIndex(u"Workload__c");
    for (int f : {m_options.workloadField, m_options.potentialField}) {
        if (f >= 0 && data.accounts.field(f).type != FieldType::Number) {
            if (f == m_options.workloadField)
                m_options.workloadField = -1;
            else
                m_options.potentialField = -1;
        }
    }
}

AssignmentEngine::~AssignmentEngine() = default;

std::size_t AssignmentEngine::accountCount() const
{
    return m_data.accounts.rowCount();
}

template<typename F>
void AssignmentEngine::parallelFor(std::size_t count, F &&f) const
{
    unsigned threads = m_options.threads ? m_options.threads : std::thread::hardware_concurrency();
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(count)));
    if (threads <= 1) {
        for (std::size_t i = 0; i < count; ++i)
            f(i);
        return;
    }
    // Work stealing by a shared counter: items differ widely in cost.
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
        pool.emplace_back([&] {
            for (std::size_t i = next++; i < count; i = next++)
                f(i);
        });
    }
    for (std::thread &th : pool)
        th.join();
}

void AssignmentEngine::collectStructure()
{
    m_territories.clear();
    m_states.clear();
    m_stateOf.clear();
    // Parents before children, so inherited rules are known before the children are reached.
    std::unordered_map<Id, std::vector<Id>> kids;
    std::vector<Id> roots;
    for (const Territory &t : m_data.territories) {
        if (t.modelId != m_modelId)
            continue;
        if (t.parentId == NoId)
            roots.push_back(t.id);
        else
            kids[t.parentId].push_back(t.id);
    }
    std::unordered_map<Id, const Territory *> byId;
    for (const Territory &t : m_data.territories)
        byId.emplace(t.id, &t);
    std::vector<Id> stack(roots.rbegin(), roots.rend());
    while (!stack.empty()) {
        const Id id = stack.back();
        stack.pop_back();
        m_stateOf.emplace(id, m_states.size());
        TerritoryState s;
        s.id = id;
        s.parentId = byId.at(id)->parentId;
        auto k = kids.find(id);
        s.leaf = k == kids.end();
        m_states.push_back(std::move(s));
        m_territories.push_back(id);
        if (k != kids.end())
            stack.insert(stack.end(), k->second.rbegin(), k->second.rend());
    }

    // Acting rules: own links, then what ancestors pass down.
    std::unordered_map<Id, std::vector<const RuleAssociation *>> linksOf;
    for (const RuleAssociation &a : m_data.ruleAssociations)
        linksOf[a.territoryId].push_back(&a);
    for (TerritoryState &s : m_states) {
        if (s.parentId != NoId) {
            for (const ActingRule &r : m_states[m_stateOf.at(s.parentId)].acting) {
                if (r.inherited || r.attachedTo == s.parentId) {
                    // Only rules that apply to children travel down.
                    bool passes = r.inherited;
                    if (!passes) {
                        for (const RuleAssociation *a : linksOf[s.parentId])
                            passes = passes || (a->ruleId == r.ruleId && a->applyToChildren);
                    }
                    if (passes)
                        s.acting.push_back({r.ruleId, r.attachedTo, true});
                }
            }
        }
        for (const RuleAssociation *a : linksOf[s.id]) {
            const bool already =
                std::any_of(s.acting.begin(), s.acting.end(),
                            [&](const ActingRule &r) { return r.ruleId == a->ruleId; });
            if (!already)
                s.acting.push_back({a->ruleId, s.id, false});
        }
    }

    // Manual assignments and exclusions, by account id.
    const std::size_t n = m_data.accounts.rowCount();
    std::unordered_map<std::size_t, std::vector<std::uint32_t>> manual, excluded;
    m_unknownLinks = 0;
    auto gather = [&](const std::vector<AccountTerritoryLink> &links, auto &into) {
        for (const AccountTerritoryLink &l : links) {
            auto st = m_stateOf.find(l.territoryId);
            if (st == m_stateOf.end())
                continue;
            const std::int64_t row = m_data.accounts.rowOf(l.accountId.toStdString());
            if (row < 0) {
                ++m_unknownLinks;
                continue;
            }
            into[st->second].push_back(static_cast<std::uint32_t>(row));
        }
    };
    gather(m_data.manualAssignments, manual);
    gather(m_data.exclusions, excluded);
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        m_states[i].manual = RowSet::fromUnsorted(std::move(manual[i]), n);
        m_states[i].excluded = RowSet::fromUnsorted(std::move(excluded[i]), n);
    }
}

void AssignmentEngine::compileAndEvaluate(const std::vector<Id> &ruleIds)
{
    const AccountStore &store = m_data.accounts;
    std::unordered_map<Id, const AssignmentRule *> rules;
    for (const AssignmentRule &r : m_data.rules)
        rules.emplace(r.id, &r);

    std::vector<Id> ready;
    for (Id id : ruleIds) {
        m_compiled.erase(id);
        m_ruleSets.erase(id);
        std::erase_if(m_ruleErrors, [id](const auto &e) { return e.first == id; });
        auto it = rules.find(id);
        if (it == rules.end() || it->second->modelId != m_modelId || !it->second->active)
            continue; // gone, elsewhere or inactive: assigns nothing
        Result<CompiledRule> c = compileRule(*it->second, store);
        if (!c) {
            m_ruleErrors.emplace_back(id, c.error());
            continue;
        }
        m_compiled.emplace(id, std::move(*c));
        ready.push_back(id);
    }

    // Distinct items not yet evaluated, then all of them in parallel.
    std::vector<const CompiledItem *> todo;
    std::unordered_set<std::string> seen;
    std::vector<int> fields;
    for (Id id : ready) {
        for (const CompiledItem &item : m_compiled.at(id).evalItems) {
            if (!m_itemSets.count(item.key) && seen.insert(item.key).second) {
                todo.push_back(&item);
                if (item.field >= 0)
                    fields.push_back(item.field);
            }
        }
    }
    m_index->prepare(fields);
    std::vector<RowSet> results(todo.size());
    parallelFor(todo.size(), [&](std::size_t i) { results[i] = todo[i]->evaluate(*m_index); });
    for (std::size_t i = 0; i < todo.size(); ++i)
        m_itemSets[todo[i]->key] = std::move(results[i]);

    std::vector<RowSet> ruleResults(ready.size());
    parallelFor(ready.size(), [&](std::size_t i) {
        const CompiledRule &rule = m_compiled.at(ready[i]);
        std::vector<const RowSet *> sets;
        for (const CompiledItem &item : rule.evalItems)
            sets.push_back(&m_itemSets.at(item.key));
        ruleResults[i] = rule.combine(sets);
    });
    for (std::size_t i = 0; i < ready.size(); ++i)
        m_ruleSets[ready[i]] = std::move(ruleResults[i]);
}

void AssignmentEngine::recomputeTerritory(TerritoryState &t)
{
    const std::size_t n = m_data.accounts.rowCount();
    RowSet set = t.manual;
    for (const ActingRule &r : t.acting) {
        auto it = m_ruleSets.find(r.ruleId);
        if (it != m_ruleSets.end())
            set = set | it->second;
    }
    // Exclusions win over rules; manual assignments hold (an exclusion of a
    // manually assigned account is contradictory, and the manual one wins).
    t.accounts = set.minus(t.excluded.minus(t.manual));
    if (t.accounts.universe() != n)
        t.accounts = RowSet::none(n);

    TerritoryTotals totals;
    totals.accounts = t.accounts.count();
    const AccountStore &store = m_data.accounts;
    const std::vector<double> *workload =
        m_options.workloadField >= 0 && store.column(m_options.workloadField).index() == 2
            ? &store.doubles(m_options.workloadField)
            : nullptr;
    const std::vector<double> *potential =
        m_options.potentialField >= 0 && store.column(m_options.potentialField).index() == 2
            ? &store.doubles(m_options.potentialField)
            : nullptr;
    if (workload || potential) {
        double w = 0, p = 0;
        t.accounts.forEach([&](std::uint32_t r) {
            if (workload && !std::isnan((*workload)[r]))
                w += (*workload)[r];
            if (potential && !std::isnan((*potential)[r]))
                p += (*potential)[r];
        });
        totals.workload = w;
        totals.potential = p;
    }
    t.totals = totals;
}

void AssignmentEngine::recomputeTerritories(const std::vector<std::size_t> &which)
{
    parallelFor(which.size(), [&](std::size_t i) { recomputeTerritory(m_states[which[i]]); });
    invalidatePerAccount();
}

Status AssignmentEngine::run(const Progress &progress)
{
    if (!std::any_of(m_data.models.begin(), m_data.models.end(),
                     [&](const TerritoryModel &m) { return m.id == m_modelId; }))
        return makeError(ErrorCode::NotFound, tr("The territory model does not exist."));
    m_index = std::make_unique<AccountIndex>(m_data.accounts);
    m_compiled.clear();
    m_ruleSets.clear();
    m_itemSets.clear();
    m_ruleErrors.clear();
    collectStructure();
    progress.update(0.1);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, tr("Assignment cancelled."));
    std::vector<Id> ids;
    for (const AssignmentRule &r : m_data.rules) {
        if (r.modelId == m_modelId)
            ids.push_back(r.id);
    }
    compileAndEvaluate(ids);
    progress.update(0.8);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, tr("Assignment cancelled."));
    std::vector<std::size_t> all(m_states.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    recomputeTerritories(all);
    progress.update(1.0);
    return {};
}

void AssignmentEngine::updateRule(Id ruleId)
{
    if (!m_index)
        return;
    compileAndEvaluate({ruleId});
    // Item results no rule uses any more are dropped.
    std::unordered_set<std::string> live;
    for (const auto &[id, rule] : m_compiled) {
        for (const CompiledItem &item : rule.evalItems)
            live.insert(item.key);
    }
    std::erase_if(m_itemSets, [&](const auto &e) { return !live.count(e.first); });

    std::vector<std::size_t> affected;
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        const auto &acting = m_states[i].acting;
        if (std::any_of(acting.begin(), acting.end(),
                        [&](const ActingRule &r) { return r.ruleId == ruleId; }))
            affected.push_back(i);
    }
    recomputeTerritories(affected);
}

void AssignmentEngine::updateLinks()
{
    if (!m_index)
        return;
    collectStructure();
    // Rules linked for the first time since the last run need evaluating.
    std::vector<Id> missing;
    for (const AssignmentRule &r : m_data.rules) {
        if (r.modelId == m_modelId && r.active && !m_ruleSets.count(r.id) &&
            std::none_of(m_ruleErrors.begin(), m_ruleErrors.end(),
                         [&](const auto &e) { return e.first == r.id; }))
            missing.push_back(r.id);
    }
    if (!missing.empty())
        compileAndEvaluate(missing);
    std::vector<std::size_t> all(m_states.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    recomputeTerritories(all);
}

bool AssignmentEngine::isLeaf(Id territoryId) const
{
    auto it = m_stateOf.find(territoryId);
    return it != m_stateOf.end() && m_states[it->second].leaf;
}

const RowSet &AssignmentEngine::accountsOf(Id territoryId) const
{
    static const RowSet empty;
    auto it = m_stateOf.find(territoryId);
    return it == m_stateOf.end() ? empty : m_states[it->second].accounts;
}

TerritoryTotals AssignmentEngine::totals(Id territoryId) const
{
    auto it = m_stateOf.find(territoryId);
    return it == m_stateOf.end() ? TerritoryTotals{} : m_states[it->second].totals;
}

std::vector<ActingRule> AssignmentEngine::actingRules(Id territoryId) const
{
    auto it = m_stateOf.find(territoryId);
    return it == m_stateOf.end() ? std::vector<ActingRule>{} : m_states[it->second].acting;
}

const RowSet *AssignmentEngine::ruleMatches(Id ruleId) const
{
    auto it = m_ruleSets.find(ruleId);
    return it == m_ruleSets.end() ? nullptr : &it->second;
}

const CompiledRule *AssignmentEngine::compiled(Id ruleId) const
{
    auto it = m_compiled.find(ruleId);
    return it == m_compiled.end() ? nullptr : &it->second;
}

void AssignmentEngine::invalidatePerAccount()
{
    m_perAccountValid = false;
    m_accountStart.clear();
    m_accountTerritories.clear();
}

void AssignmentEngine::buildPerAccount() const
{
    if (m_perAccountValid)
        return;
    const std::size_t n = m_data.accounts.rowCount();
    m_accountStart.assign(n + 1, 0);
    for (const TerritoryState &t : m_states)
        t.accounts.forEach([&](std::uint32_t r) { ++m_accountStart[r + 1]; });
    for (std::size_t i = 1; i <= n; ++i)
        m_accountStart[i] += m_accountStart[i - 1];
    m_accountTerritories.resize(m_accountStart[n]);
    std::vector<std::uint32_t> next(m_accountStart.begin(), m_accountStart.end() - 1);
    for (std::size_t i = 0; i < m_states.size(); ++i)
        m_states[i].accounts.forEach([&](std::uint32_t r) {
            m_accountTerritories[next[r]++] = static_cast<std::uint32_t>(i);
        });
    m_perAccountValid = true;
}

std::vector<Id> AssignmentEngine::territoriesOf(std::uint32_t row) const
{
    buildPerAccount();
    std::vector<Id> out;
    if (row + 1 >= m_accountStart.size())
        return out;
    for (std::uint32_t i = m_accountStart[row]; i < m_accountStart[row + 1]; ++i)
        out.push_back(m_states[m_accountTerritories[i]].id);
    return out;
}

std::vector<AssignmentCause> AssignmentEngine::causes(std::uint32_t row, Id territoryId) const
{
    std::vector<AssignmentCause> out;
    auto it = m_stateOf.find(territoryId);
    if (it == m_stateOf.end())
        return out;
    const TerritoryState &t = m_states[it->second];
    if (!t.accounts.contains(row))
        return out;
    if (t.manual.contains(row))
        out.push_back({AssignmentCause::Manual, NoId, NoId});
    for (const ActingRule &r : t.acting) {
        const RowSet *set = ruleMatches(r.ruleId);
        if (set && set->contains(row))
            out.push_back({AssignmentCause::Rule, r.ruleId, r.attachedTo});
    }
    return out;
}

RowSet AssignmentEngine::unassigned() const
{
    buildPerAccount();
    const std::size_t n = m_data.accounts.rowCount();
    std::vector<std::uint32_t> rows;
    for (std::size_t r = 0; r < n; ++r) {
        if (m_accountStart[r] == m_accountStart[r + 1])
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return RowSet::fromSorted(std::move(rows), n);
}

RowSet AssignmentEngine::multiplyAssigned() const
{
    buildPerAccount();
    const std::size_t n = m_data.accounts.rowCount();
    std::vector<std::uint32_t> rows;
    for (std::size_t r = 0; r < n; ++r) {
        int leaves = 0;
        for (std::uint32_t i = m_accountStart[r]; i < m_accountStart[r + 1]; ++i)
            leaves += m_states[m_accountTerritories[i]].leaf;
        if (leaves >= 2)
            rows.push_back(static_cast<std::uint32_t>(r));
    }
    return RowSet::fromSorted(std::move(rows), n);
}

} // namespace Tessera
