// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/assignmentengine.h"

#include "core/geo/geometrics.h"
#include "core/geo/zipcentroids.h"

#include <QCoreApplication>

// Boost.Geometry's multi-geometry code trips GCC 12's -Wmaybe-uninitialized
// in the library's own headers.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/within.hpp>
#pragma GCC diagnostic pop

#include <algorithm>
#include <atomic>
#include <thread>
#include <unordered_set>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::AssignmentEngine)
};
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
    // Accounts carry over to the rebuilt states, so that a territory whose
    // accounts stay the same keeps its generation.
    std::unordered_map<Id, std::pair<RowSet, std::uint64_t>> previous;
    for (TerritoryState &s : m_states)
        previous.emplace(s.id, std::make_pair(std::move(s.accounts), s.generation));
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
        if (auto p = previous.find(id); p != previous.end()) {
            s.accounts = std::move(p->second.first);
            s.generation = p->second.second;
        }
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
    if (t.geo.universe() == n)
        set = set | t.geo;
    for (const ActingRule &r : t.acting) {
        auto it = m_ruleSets.find(r.ruleId);
        if (it != m_ruleSets.end())
            set = set | it->second;
    }
    // Exclusions win over rules; manual assignments hold (an exclusion of a
    // manually assigned account is contradictory, and the manual one wins).
    RowSet accounts = set.minus(t.excluded.minus(t.manual));
    if (accounts.universe() != n)
        accounts = RowSet::none(n);
    if (t.generation == 0 || !(accounts == t.accounts)) {
        t.accounts = std::move(accounts);
        t.generation = ++m_generation;
    }

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
        return makeError(ErrorCode::NotFound, Tr::tr("The territory model does not exist."));
    m_index = std::make_unique<AccountIndex>(m_data.accounts);
    m_compiled.clear();
    m_ruleSets.clear();
    m_itemSets.clear();
    m_ruleErrors.clear();
    collectStructure();
    progress.update(0.1);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, Tr::tr("Assignment cancelled."));
    std::vector<Id> ids;
    for (const AssignmentRule &r : m_data.rules) {
        if (r.modelId == m_modelId)
            ids.push_back(r.id);
    }
    compileAndEvaluate(ids);
    progress.update(0.6);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, Tr::tr("Assignment cancelled."));
    rebuildGeography();
    progress.update(0.8);
    if (progress.cancelled())
        return makeError(ErrorCode::Cancelled, Tr::tr("Assignment cancelled."));
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
    rebuildGeography(); // territory indices changed with the structure
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

std::uint64_t AssignmentEngine::accountsGeneration(Id territoryId) const
{
    auto it = m_stateOf.find(territoryId);
    return it == m_stateOf.end() ? 0 : m_states[it->second].generation;
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
        out.push_back({AssignmentCause::Manual, NoId, NoId, {}, NoId});
    for (const ActingRule &r : t.acting) {
        const RowSet *set = ruleMatches(r.ruleId);
        if (set && set->contains(row))
            out.push_back({AssignmentCause::Rule, r.ruleId, r.attachedTo, {}, NoId});
    }
    if (row < m_geoOwner.size() && m_geoOwner[row] == std::int32_t(it->second)) {
        const GeoHit hit = resolve(row);
        AssignmentCause c;
        c.kind = AssignmentCause::Geography;
        if (hit.shape >= 0) {
            c.shapeId = m_shapes[std::size_t(hit.shape)].id;
        } else if (hit.kind == UnitKind::Zip) {
            auto zips = ZipCentroids::bundled();
            c.unit = {UnitKind::Zip, zips ? std::string((*zips)->zip(std::size_t(hit.unit))) : ""};
        } else {
            c.unit = {hit.kind, m_boundaries->unit(std::size_t(hit.unit)).id};
        }
        out.push_back(std::move(c));
    }
    return out;
}

QString AssignmentCause::geographyText(const WorkspaceData &data) const
{
    if (shapeId != NoId) {
        QString name;
        for (const DrawnShape &s : data.drawnShapes) {
            if (s.id == shapeId)
                name = s.name;
        }
        return Tr::tr("geography: drawn shape \"%1\"").arg(name);
    }
    return Tr::tr("geography: %1").arg(unitLabel(unit));
}

Id AssignmentEngine::geographicTerritory(std::uint32_t row) const
{
    if (row >= m_geoOwner.size() || m_geoOwner[row] < 0)
        return NoId;
    return m_states[std::size_t(m_geoOwner[row])].id;
}

// --- geography -----------------------------------------------------------------

bool AssignmentEngine::modelHasGeography() const
{
    for (const TerritoryUnit &u : m_data.territoryUnits) {
        if (m_stateOf.count(u.territoryId))
            return true;
    }
    return std::any_of(m_data.drawnShapes.begin(), m_data.drawnShapes.end(),
                       [&](const DrawnShape &s) { return m_stateOf.count(s.territoryId) > 0; });
}

void AssignmentEngine::ensurePlaces()
{
    if (m_places)
        return;
    auto boundaries = Boundaries::bundled();
    auto zips = ZipCentroids::bundled();
    if (!boundaries || !zips)
        return; // a damaged build: no geography rather than a crash
    m_boundaries = *boundaries;
    const std::shared_ptr<const AccountPlaces> &given = m_options.places;
    m_places = given && given->accountCount() == m_data.accounts.rowCount()
                   ? given
                   : AccountPlaces::build(m_data.accounts, **boundaries, **zips, m_options.threads);
}

bool AssignmentEngine::readUnitOwners(std::vector<std::int32_t> &unitOwner,
                                      std::vector<std::int32_t> &zipOwner) const
{
    auto zips = ZipCentroids::bundled();
    unitOwner.assign(m_boundaries->size(), -1);
    zipOwner.assign(zips ? (*zips)->size() : 0, -1);
    std::unordered_set<Id> ownModel;
    for (const Territory &t : m_data.territories) {
        if (t.modelId == m_modelId)
            ownModel.insert(t.id);
    }
    for (const TerritoryUnit &u : m_data.territoryUnits) {
        auto st = m_stateOf.find(u.territoryId);
        if (st == m_stateOf.end()) {
            if (ownModel.count(u.territoryId))
                return false; // a territory the engine has not seen yet
            continue;
        }
        if (u.unit.kind == UnitKind::Zip) {
            const auto row = zips ? (*zips)->find(u.unit.id) : std::nullopt;
            if (row)
                zipOwner[*row] = std::int32_t(st->second);
        } else if (const int b = m_boundaries->find(u.unit.kind, u.unit.id); b >= 0) {
            unitOwner[std::size_t(b)] = std::int32_t(st->second);
        }
    }
    return true;
}

bool AssignmentEngine::readShapes()
{
    const AccountLocations &loc = m_places->locations();
    const std::size_t n = loc.lon.size();
    std::vector<ShapeEntry> next;
    bool changed = false;
    for (const DrawnShape &d : m_data.drawnShapes) {
        if (!m_stateOf.count(d.territoryId))
            continue;
        auto old = std::find_if(m_shapes.begin(), m_shapes.end(), [&](const ShapeEntry &e) {
            return e.id == d.id && sameShape(e.shape, d.shape);
        });
        if (old != m_shapes.end()) {
            changed = changed || old->territoryId != d.territoryId;
            ShapeEntry e = std::move(*old);
            e.territoryId = d.territoryId;
            next.push_back(std::move(e));
            continue;
        }
        changed = true;
        ShapeEntry e;
        e.id = d.id;
        e.territoryId = d.territoryId;
        e.shape = d.shape;
        e.area = shapeMetrics(d.shape).areaKm2;
        // Strictly inside: a point on a drawn edge is left to the units,
        // whose boundary rule gives it to exactly one.
        const GeoBox box = boxOf(d.shape);
        constexpr std::size_t Chunk = 1 << 16;
        const std::size_t chunks = (n + Chunk - 1) / Chunk;
        std::vector<std::vector<std::uint32_t>> found(chunks);
        parallelFor(chunks, [&](std::size_t c) {
            for (std::size_t r = c * Chunk; r < std::min(n, (c + 1) * Chunk); ++r) {
                const double x = loc.lon[r], y = loc.lat[r];
                if (!(x >= box.min_corner().x() && x <= box.max_corner().x() &&
                      y >= box.min_corner().y() && y <= box.max_corner().y()))
                    continue;
                if (boost::geometry::within(GeoPoint(x, y), d.shape))
                    found[c].push_back(std::uint32_t(r));
            }
        });
        std::vector<std::uint32_t> rows;
        for (auto &part : found)
            rows.insert(rows.end(), part.begin(), part.end());
        e.rows = RowSet::fromSorted(std::move(rows), n);
        next.push_back(std::move(e));
    }
    changed = changed || next.size() != m_shapes.size();
    m_shapes = std::move(next);
    if (!changed)
        return false;
    // The smallest shape wins where shapes overlap, the older on equal areas:
    // write the others first so that it writes last.
    std::vector<std::size_t> order(m_shapes.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const ShapeEntry &x = m_shapes[a], &y = m_shapes[b];
        return x.area != y.area ? x.area > y.area : x.id > y.id;
    });
    m_shapeWinner.assign(m_shapes.empty() ? 0 : n, -1);
    for (std::size_t i : order)
        m_shapes[i].rows.forEach([&](std::uint32_t r) { m_shapeWinner[r] = std::int32_t(i); });
    return true;
}

AssignmentEngine::GeoHit AssignmentEngine::resolve(std::uint32_t row) const
{
    GeoHit hit;
    if (!m_shapeWinner.empty() && m_shapeWinner[row] >= 0) {
        hit.shape = m_shapeWinner[row];
        hit.state = std::int32_t(m_stateOf.at(m_shapes[std::size_t(hit.shape)].territoryId));
        return hit;
    }
    const int zip = m_places->zipOf(row);
    if (zip >= 0 && std::size_t(zip) < m_zipOwner.size() && m_zipOwner[std::size_t(zip)] >= 0)
        return {m_zipOwner[std::size_t(zip)], UnitKind::Zip, zip, -1};
    for (const auto &[kind, unit] : {std::pair{UnitKind::County, m_places->countyOf(row)},
                                     std::pair{UnitKind::State, m_places->stateOf(row)},
                                     std::pair{UnitKind::Country, m_places->countryOf(row)}}) {
        if (unit >= 0 && m_unitOwner[std::size_t(unit)] >= 0)
            return {m_unitOwner[std::size_t(unit)], kind, unit, -1};
    }
    return hit;
}

void AssignmentEngine::rebuildGeography()
{
    const std::size_t n = m_data.accounts.rowCount();
    m_geoOwner.clear();
    m_shapes.clear();
    m_shapeWinner.clear();
    for (TerritoryState &t : m_states)
        t.geo = RowSet();
    if (!modelHasGeography())
        return;
    ensurePlaces();
    if (!m_places)
        return;
    (void)readUnitOwners(m_unitOwner, m_zipOwner); // the structure was just collected
    readShapes();
    m_geoOwner.assign(n, -1);
    parallelFor((n + 65535) / 65536, [&](std::size_t c) {
        for (std::size_t r = c * 65536; r < std::min(n, (c + 1) * 65536); ++r)
            m_geoOwner[r] = resolve(std::uint32_t(r)).state;
    });
    std::vector<RowSet> sets = RowSet::partition(m_geoOwner, m_states.size());
    for (std::size_t i = 0; i < m_states.size(); ++i)
        m_states[i].geo = std::move(sets[i]);
}

void AssignmentEngine::updateGeography()
{
    if (!m_index)
        return;
    if (m_geoOwner.empty()) {
        // First geography of the model: the places are built now, once.
        rebuildGeography();
        if (m_geoOwner.empty())
            return;
        std::vector<std::size_t> touched;
        for (std::size_t i = 0; i < m_states.size(); ++i) {
            if (!m_states[i].geo.empty())
                touched.push_back(i);
        }
        recomputeTerritories(touched);
        return;
    }
    std::vector<std::int32_t> unitOwner, zipOwner;
    if (!readUnitOwners(unitOwner, zipOwner)) {
        updateLinks(); // a new territory: structure first
        return;
    }
    const std::size_t n = m_data.accounts.rowCount();
    // Candidates: the accounts of every unit that changed owner, or all
    // accounts when drawn shapes changed.
    RowSet candidates = RowSet::none(n);
    if (readShapes()) {
        candidates = RowSet::all(n);
    } else {
        for (std::size_t u = 0; u < unitOwner.size(); ++u) {
            if (unitOwner[u] != m_unitOwner[u])
                candidates = candidates | m_places->accountsOf(m_boundaries->unit(u).kind, int(u));
        }
        for (std::size_t z = 0; z < zipOwner.size(); ++z) {
            if (zipOwner[z] != m_zipOwner[z])
                candidates = candidates | m_places->accountsOf(UnitKind::Zip, int(z));
        }
    }
    m_unitOwner = std::move(unitOwner);
    m_zipOwner = std::move(zipOwner);

    std::unordered_map<std::int32_t,
                       std::pair<std::vector<std::uint32_t>, std::vector<std::uint32_t>>>
        moves; // state -> (leaving, arriving), rows ascending
    candidates.forEach([&](std::uint32_t r) {
        const std::int32_t now = resolve(r).state;
        const std::int32_t was = m_geoOwner[r];
        if (now == was)
            return;
        if (was >= 0)
            moves[was].first.push_back(r);
        if (now >= 0)
            moves[now].second.push_back(r);
        m_geoOwner[r] = now;
    });
    std::vector<std::size_t> touched;
    for (auto &[state, change] : moves) {
        TerritoryState &t = m_states[std::size_t(state)];
        RowSet geo = t.geo.universe() == n ? t.geo : RowSet::none(n);
        geo = geo.minus(RowSet::fromSorted(std::move(change.first), n)) |
              RowSet::fromSorted(std::move(change.second), n);
        t.geo = std::move(geo);
        touched.push_back(std::size_t(state));
    }
    std::sort(touched.begin(), touched.end());
    recomputeTerritories(touched);
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
