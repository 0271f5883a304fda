// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/metricsengine.h"

#include "core/geo/accountlocation.h"
#include "core/geo/boundaries.h"
#include "core/geo/geometrics.h"
#include "core/rules/assignmentengine.h"

#include <QCoreApplication>

#include "core/geo/boostgeometry.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numbers>

namespace Tessera {

namespace {
// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::BalanceMetrics)
};
} // namespace

QString measureName(Measure m)
{
    switch (m) {
    case Measure::Accounts:
        return Tr::tr("Accounts");
    case Measure::Workload:
        return Tr::tr("Workload");
    case Measure::Potential:
        return Tr::tr("Potential");
    }
    return {};
}

BalanceMetrics::BalanceMetrics(const WorkspaceData &data, const AssignmentEngine &engine)
    : m_data(data)
    , m_engine(engine)
{}

BalanceMetrics::~BalanceMetrics() = default;

Status BalanceMetrics::setSettings(const BalanceSettings &settings)
{
    const bool measuresChanged = !m_measuresReady || settings.workload != m_settings.workload ||
                                 settings.potential != m_settings.potential;
    if (measuresChanged) {
        Result<MeasureColumn> workload =
            evaluateMeasure(settings.workload, m_data.accounts, defaultWorkloadField());
        if (!workload)
            return workload.error();
        Result<MeasureColumn> potential =
            evaluateMeasure(settings.potential, m_data.accounts, defaultPotentialField());
        if (!potential)
            return potential.error();
        m_workload = std::move(*workload);
        m_potential = std::move(*potential);
        m_measuresReady = true;
        invalidate();
    }
    m_settings = settings;
    return {};
}

void BalanceMetrics::setLocations(std::shared_ptr<const AccountLocations> locations)
{
    if (locations && locations->lon.size() != m_data.accounts.rowCount())
        locations = nullptr;
    m_locations = std::move(locations);
    invalidate();
}

void BalanceMetrics::setGeography(std::shared_ptr<const Boundaries> boundaries)
{
    m_boundaries = std::move(boundaries);
    for (auto &[id, s] : m_states)
        s.geoDirty = true;
}

namespace {

// FNV-1a over a drawn shape's coordinates: an edited shape keeps its id.
std::uint64_t shapeHash(const GeoMultiPolygon &shape)
{
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](std::uint64_t v) {
        for (int i = 0; i < 8; ++i) {
            h ^= (v >> (8 * i)) & 0xff;
            h *= 1099511628211ull;
        }
    };
    auto ring = [&](const GeoRing &r) {
        mix(r.size());
        for (const GeoPoint &p : r) {
            mix(std::bit_cast<std::uint64_t>(p.x()));
            mix(std::bit_cast<std::uint64_t>(p.y()));
        }
    };
    for (const GeoPolygon &p : shape) {
        ring(p.outer());
        for (const GeoRing &hole : p.inners())
            ring(hole);
    }
    return h;
}

} // namespace

// Each territory's own polygonal units and drawn shapes; ZIP codes have no
// polygon and units the boundaries lack are left out.
std::unordered_map<Id, BalanceMetrics::OwnGeography> BalanceMetrics::ownGeography() const
{
    std::unordered_map<Id, OwnGeography> own;
    if (!m_boundaries)
        return own;
    for (const TerritoryUnit &u : m_data.territoryUnits) {
        if (u.unit.kind == UnitKind::Zip || !m_states.count(u.territoryId))
            continue;
        if (const int b = m_boundaries->find(u.unit.kind, u.unit.id); b >= 0)
            own[u.territoryId].units.push_back(b);
    }
    for (const DrawnShape &d : m_data.drawnShapes) {
        if (!m_states.count(d.territoryId) || d.shape.empty())
            continue;
        own[d.territoryId].drawn.emplace_back(d.id, shapeHash(d.shape));
    }
    for (auto &[id, g] : own)
        std::sort(g.units.begin(), g.units.end());
    return own;
}

void BalanceMetrics::invalidate()
{
    for (auto &[id, s] : m_states)
        s.dirty = true;
}

void BalanceMetrics::collectStructure()
{
    const std::vector<Id> &order = m_engine.territories();
    std::unordered_map<Id, const Territory *> byId;
    for (const Territory &t : m_data.territories) {
        if (t.modelId == m_engine.modelId())
            byId.emplace(t.id, &t);
    }
    bool same = order == m_order && m_states.size() == order.size();
    for (std::size_t i = 0; same && i < order.size(); ++i) {
        auto t = byId.find(order[i]);
        same = t != byId.end() && m_states.at(order[i]).metrics.parentId == t->second->parentId;
    }
    if (same)
        return;
    // The hierarchy changed: every roll-up may have.
    std::unordered_map<Id, State> states;
    for (Id id : order) {
        State s;
        if (auto old = m_states.find(id); old != m_states.end())
            s.generation = old->second.generation;
        s.metrics.id = id;
        auto t = byId.find(id);
        s.metrics.parentId = t == byId.end() ? NoId : t->second->parentId;
        s.metrics.leaf = m_engine.isLeaf(id);
        s.dirty = true;
        states.emplace(id, std::move(s));
    }
    for (Id id : order) { // parents first: depths follow
        State &s = states.at(id);
        auto p = states.find(s.metrics.parentId);
        if (p != states.end()) {
            s.metrics.depth = p->second.metrics.depth + 1;
            p->second.children.push_back(id);
        }
    }
    m_states = std::move(states);
    m_order = order;
}

const RowSet &BalanceMetrics::rolledSet(const State &s) const
{
    return s.metrics.leaf ? m_engine.accountsOf(s.metrics.id) : s.rolled;
}

void BalanceMetrics::compute(State &s)
{
    const RowSet &own = m_engine.accountsOf(s.metrics.id);
    if (!s.metrics.leaf) {
        RowSet rolled = own;
        if (rolled.universe() != m_data.accounts.rowCount())
            rolled = RowSet::none(m_data.accounts.rowCount());
        for (Id child : s.children)
            rolled = rolled | rolledSet(m_states.at(child));
        s.rolled = std::move(rolled);
    }
    const RowSet &set = rolledSet(s);
    TerritoryMetrics &m = s.metrics;
    const std::vector<double> &w = m_workload.values;
    const std::vector<double> &p = m_potential.values;
    const bool measures = w.size() == m_data.accounts.rowCount() && p.size() == w.size();
    double workload = 0, potential = 0;
    if (measures) {
        set.forEach([&](std::uint32_t r) {
            workload += w[r];
            potential += p[r];
        });
    }
    m.value = {double(set.count()), workload, potential};
    s.ownWorkload = workload;
    if (!s.metrics.leaf && measures) {
        double ownWorkload = 0;
        own.forEach([&](std::uint32_t r) {
            if (r < w.size())
                ownWorkload += w[r];
        });
        s.ownWorkload = ownWorkload;
    }

    // Spread: the centre is the workload-weighted mean position on the unit
    // sphere (plain mean when the located accounts carry no workload).
    m.spreadKm = std::nan("");
    m.centre = GeoPoint{std::nan(""), std::nan("")};
    m.located = 0;
    if (m_locations) {
        const std::vector<double> &lon = m_locations->lon;
        const std::vector<double> &lat = m_locations->lat;
        constexpr double rad = std::numbers::pi / 180.0;
        double x = 0, y = 0, z = 0, weight = 0, cx = 0, cy = 0, cz = 0;
        std::size_t located = 0;
        set.forEach([&](std::uint32_t r) {
            if (std::isnan(lon[r]) || std::isnan(lat[r]))
                return;
            const double px = std::cos(lat[r] * rad) * std::cos(lon[r] * rad);
            const double py = std::cos(lat[r] * rad) * std::sin(lon[r] * rad);
            const double pz = std::sin(lat[r] * rad);
            const double wr = measures ? std::max(0.0, w[r]) : 0.0;
            x += wr * px;
            y += wr * py;
            z += wr * pz;
            weight += wr;
            cx += px;
            cy += py;
            cz += pz;
            ++located;
        });
        m.located = located;
        const bool weighted = weight > 0;
        if (!weighted) {
            x = cx;
            y = cy;
            z = cz;
        }
        if (located > 0 && (x != 0 || y != 0 || z != 0)) {
            const double clon = std::atan2(y, x) / rad;
            const double clat = std::atan2(z, std::hypot(x, y)) / rad;
            m.centre = GeoPoint{clon, clat};
            double sum = 0, total = 0;
            set.forEach([&](std::uint32_t r) {
                if (std::isnan(lon[r]) || std::isnan(lat[r]))
                    return;
                const double wr = weighted ? std::max(0.0, w[r]) : 1.0;
                if (wr == 0)
                    return;
                sum += wr * greatCircleKm(clon, clat, lon[r], lat[r]);
                total += wr;
            });
            m.spreadKm = total > 0 ? sum / total : 0;
        }
    }
}

// The subtree's units and drawn shapes, gathered from the children's and the
// territory's own. Units of one kind alone (the usual geographic territory):
// area, perimeter and parts from the units and their adjacency, without a
// polygon union. Mixed kinds or drawn shapes, which may overlap: the union of
// the polygons, and its polygons as the parts.
void BalanceMetrics::computeGeography(State &s, const OwnGeography &own)
{
    TerritoryMetrics &m = s.metrics;
    s.ownUnits = own.units;
    s.ownDrawn = own.drawn;
    m.compactness = std::nan("");
    m.contiguousParts = -1;
    s.units = own.units;
    s.drawn.clear();
    for (const auto &[id, hash] : own.drawn)
        s.drawn.push_back(id);
    for (Id c : s.children) {
        const State &child = m_states.at(c);
        s.units.insert(s.units.end(), child.units.begin(), child.units.end());
        s.drawn.insert(s.drawn.end(), child.drawn.begin(), child.drawn.end());
    }
    std::sort(s.units.begin(), s.units.end());
    s.units.erase(std::unique(s.units.begin(), s.units.end()), s.units.end());
    if (!m_boundaries || (s.units.empty() && s.drawn.empty()))
        return;
    auto unit = [&](int u) -> const BoundaryUnit & {
        return m_boundaries->unit(static_cast<std::size_t>(u));
    };
    bool oneKind = s.drawn.empty();
    for (int u : s.units)
        oneKind = oneKind && unit(u).kind == unit(s.units.front()).kind;
    ShapeMetrics shape;
    if (oneKind) {
        shape = unitUnionMetrics(*m_boundaries, s.units);
    } else {
        std::vector<GeoMultiPolygon> parts;
        for (int u : s.units)
            parts.push_back(unit(u).shape);
        for (const DrawnShape &d : m_data.drawnShapes) {
            if (std::find(s.drawn.begin(), s.drawn.end(), d.id) != s.drawn.end())
                parts.push_back(d.shape);
        }
        GeoMultiPolygon united = uniteShapes(std::move(parts));
        if (!boost::geometry::is_valid(united))
            boost::geometry::correct(united); // slivers of the simplified boundaries
        shape = shapeMetrics(united);
    }
    if (shape.areaKm2 > 0) {
        m.compactness = shape.polsbyPopper;
        m.contiguousParts = shape.parts;
    }
}

void BalanceMetrics::computeCapacities()
{
    std::unordered_map<Id, double> capacityOf;
    for (const Rep &r : m_data.reps)
        capacityOf.emplace(r.id, std::max(0.0, r.capacityHours));
    std::unordered_map<Id, std::vector<Id>> reps;
    for (const RepAssignment &a : m_data.repAssignments) {
        if (m_states.count(a.territoryId) && capacityOf.count(a.repId))
            reps[a.territoryId].push_back(a.repId);
    }
    // Children before parents: each collects the distinct reps of its subtree.
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        State &s = m_states.at(*it);
        std::vector<Id> &mine = reps[*it];
        for (Id child : s.children) {
            const std::vector<Id> &theirs = reps[child];
            mine.insert(mine.end(), theirs.begin(), theirs.end());
        }
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        double capacity = 0;
        for (Id r : mine)
            capacity += capacityOf.at(r);
        s.metrics.capacity = capacity;
        s.metrics.reps = static_cast<int>(mine.size());
        s.metrics.utilisation = capacity > 0 ? s.metrics.workload() / capacity : std::nan("");
    }
}

std::size_t BalanceMetrics::update()
{
    if (!m_measuresReady) {
        if (Status st = setSettings(m_settings); !st) {
            m_workload = MeasureColumn{std::vector<double>(m_data.accounts.rowCount(), 0.0)};
            m_potential = m_workload;
            m_measuresReady = true;
        }
    }
    collectStructure();
    const std::unordered_map<Id, OwnGeography> own = ownGeography();
    const OwnGeography none;
    auto ownOf = [&](Id id) -> const OwnGeography & {
        auto g = own.find(id);
        return g == own.end() ? none : g->second;
    };
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        State &s = m_states.at(*it);
        if (m_engine.accountsGeneration(*it) != s.generation)
            s.dirty = true;
        if (m_boundaries) {
            const OwnGeography &g = ownOf(*it);
            if (g.units != s.ownUnits || g.drawn != s.ownDrawn)
                s.geoDirty = true;
        }
        auto p = m_states.find(s.metrics.parentId);
        if (p != m_states.end()) {
            p->second.dirty = p->second.dirty || s.dirty;
            p->second.geoDirty = p->second.geoDirty || s.geoDirty;
        }
    }
    std::size_t recomputed = 0;
    m_geographyRecomputed = 0;
    for (auto it = m_order.rbegin(); it != m_order.rend(); ++it) {
        State &s = m_states.at(*it);
        if (!s.dirty && !s.geoDirty)
            continue;
        if (s.dirty) {
            compute(s);
            s.generation = m_engine.accountsGeneration(*it);
            s.dirty = false;
        }
        if (s.geoDirty) {
            computeGeography(s, ownOf(*it));
            s.geoDirty = false;
            m_geographyRecomputed += m_boundaries ? 1 : 0;
        }
        ++recomputed;
    }
    computeCapacities();
    return recomputed;
}

const TerritoryMetrics *BalanceMetrics::territory(Id id) const
{
    auto it = m_states.find(id);
    return it == m_states.end() ? nullptr : &it->second.metrics;
}

BalanceReport BalanceMetrics::report(const BalanceScope &scope) const
{
    BalanceReport out;
    out.scope = scope;
    out.tolerancePercent = m_settings.tolerancePercent;
    out.targetMode = m_settings.targetMode;
    std::unordered_map<Id, const Territory *> byId;
    for (const Territory &t : m_data.territories)
        byId.emplace(t.id, &t);

    for (Id id : m_order) {
        const State &s = m_states.at(id);
        const TerritoryMetrics &m = s.metrics;
        const bool member = scope.kind == BalanceScope::Kind::Children
                                ? m.parentId == scope.parentId
                            : scope.kind == BalanceScope::Kind::Level ? m.depth == scope.depth
                                                                      : m.leaf;
        if (member)
            out.territories.push_back({m, {}, {}, {}});
    }

    const std::size_t n = out.territories.size();
    double capacity = 0;
    for (const ScopedTerritory &t : out.territories)
        capacity += t.metrics.capacity;
    for (std::size_t k = 0; k < MeasureCount; ++k) {
        double total = 0;
        for (const ScopedTerritory &t : out.territories)
            total += t.metrics.value[k];
        std::vector<double> values, deviations;
        for (ScopedTerritory &t : out.territories) {
            double target = n ? total / double(n) : 0;
            if (m_settings.targetMode == TargetMode::Capacity && capacity > 0) {
                target = total * t.metrics.capacity / capacity;
            } else if (m_settings.targetMode == TargetMode::TerritoryTargets) {
                auto it = byId.find(t.metrics.id);
                if (it != byId.end()) {
                    const TerritoryTargets &own = it->second->targets;
                    const double set = k == 0   ? own.accounts
                                       : k == 1 ? own.workload
                                                : own.potential;
                    if (!std::isnan(set))
                        target = set;
                }
            }
            t.target[k] = target;
            t.deviationPercent[k] = deviationPercent(t.metrics.value[k], target);
            t.outside[k] = std::isnan(t.deviationPercent[k]) ||
                           std::abs(t.deviationPercent[k]) > m_settings.tolerancePercent;
            values.push_back(t.metrics.value[k]);
            deviations.push_back(t.deviationPercent[k]);
        }
        out.statistics[k] = levelStatistics(values, deviations, m_settings.tolerancePercent);
    }
    {
        std::vector<double> values, deviations;
        for (const ScopedTerritory &t : out.territories) {
            if (std::isnan(t.metrics.utilisation))
                continue;
            values.push_back(t.metrics.utilisation * 100);
            deviations.push_back(t.metrics.utilisation * 100 - 100);
        }
        out.utilisation = levelStatistics(values, deviations, m_settings.tolerancePercent);
    }

    {
        GeographySummary &g = out.geography;
        double sum = 0;
        std::size_t measured = 0;
        for (const ScopedTerritory &t : out.territories) {
            const TerritoryMetrics &m = t.metrics;
            if (!m.geographic())
                continue;
            ++g.territories;
            g.contiguous += m.contiguousParts == 1 ? 1 : 0;
            g.mostParts = std::max(g.mostParts, m.contiguousParts);
            if (std::isnan(m.compactness))
                continue;
            sum += m.compactness;
            ++measured;
            g.minCompactness = std::isnan(g.minCompactness)
                                   ? m.compactness
                                   : std::min(g.minCompactness, m.compactness);
        }
        if (measured > 0)
            g.meanCompactness = sum / double(measured);
    }

    // Reps: those on the scope's territories or below, sharing each
    // territory's own workload by capacity.
    std::vector<Id> stack;
    for (const ScopedTerritory &t : out.territories)
        stack.push_back(t.metrics.id);
    std::unordered_map<Id, bool> inScope;
    while (!stack.empty()) {
        const Id id = stack.back();
        stack.pop_back();
        if (inScope[id])
            continue;
        inScope[id] = true;
        for (Id c : m_states.at(id).children)
            stack.push_back(c);
    }
    std::unordered_map<Id, double> capacityOf;
    for (const Rep &r : m_data.reps)
        capacityOf.emplace(r.id, std::max(0.0, r.capacityHours));
    std::unordered_map<Id, double> directCapacity;
    for (const RepAssignment &a : m_data.repAssignments) {
        if (inScope.count(a.territoryId) && capacityOf.count(a.repId))
            directCapacity[a.territoryId] += capacityOf.at(a.repId);
    }
    std::unordered_map<Id, RepMetrics> reps;
    for (const RepAssignment &a : m_data.repAssignments) {
        auto st = m_states.find(a.territoryId);
        if (!inScope.count(a.territoryId) || st == m_states.end() || !capacityOf.count(a.repId))
            continue;
        const double own = st->second.ownWorkload;
        if (own <= 0 && !st->second.metrics.leaf)
            continue; // a manager on a parent with no accounts of its own
        RepMetrics &r = reps[a.repId];
        r.repId = a.repId;
        r.capacity = capacityOf.at(a.repId);
        const double share =
            directCapacity[a.territoryId] > 0 ? r.capacity / directCapacity[a.territoryId] : 0;
        r.workload += own * share;
    }
    for (const Rep &rep : m_data.reps) {
        auto it = reps.find(rep.id);
        if (it == reps.end())
            continue;
        RepMetrics r = it->second;
        r.utilisation = r.capacity > 0 ? r.workload / r.capacity : std::nan("");
        out.reps.push_back(r);
    }
    return out;
}

} // namespace Tessera
