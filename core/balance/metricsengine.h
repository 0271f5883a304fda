// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/metricsmeasures.h"
#include "core/balance/metricsstatistics.h"
#include "core/geo/geotypes.h"
#include "core/model/balancesettings.h"
#include "core/model/workspacedocument.h"
#include "core/rules/rowset.h"
#include "core/util/result.h"

#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

namespace Tessera {

class AssignmentEngine;
class Boundaries;
struct AccountLocations;

// The measures balanced and charted.
enum class Measure { Accounts = 0, Workload = 1, Potential = 2 };
constexpr std::size_t MeasureCount = 3;
QString measureName(Measure m); // "Accounts", "Workload", "Potential", translated

// A territory's measures, rolled up over its subtree: an account in the
// territory or any territory below it counts once.
struct TerritoryMetrics
{
    Id id = NoId;
    Id parentId = NoId;
    int depth = 0;
    bool leaf = true;
    std::array<double, MeasureCount> value{}; // indexed by Measure
    double capacity = 0;                      // hours a year of the reps in the subtree
    int reps = 0;
    double utilisation = std::nan(""); // workload / capacity; NaN without capacity
    double spreadKm = std::nan("");    // workload-weighted mean distance to the centre
    GeoPoint centre{std::nan(""), std::nan("")};
    std::size_t located = 0; // accounts with a position
    // Geography of the territory and its subtree (bundled units with a
    // polygon and drawn shapes; ZIP codes have none): the Polsby-Popper
    // compactness of their union and its connected parts (docs/balance.md).
    double compactness = std::nan(""); // 4 pi area / perimeter^2: 1 for a disc
    int contiguousParts = -1;          // 1: contiguous; -1: not geographic

    double accounts() const { return value[0]; }
    double workload() const { return value[1]; }
    double potential() const { return value[2]; }
    bool geographic() const { return contiguousParts >= 0; }
};

// Shape of the geographic territories of a scope.
struct GeographySummary
{
    std::size_t territories = 0; // geographic territories in the scope
    std::size_t contiguous = 0;  // of which in one connected part
    int mostParts = 0;
    double meanCompactness = std::nan("");
    double minCompactness = std::nan("");
};

// Which territories are compared with each other.
struct BalanceScope
{
    enum class Kind { Children, Level, Leaves };
    Kind kind = Kind::Leaves;
    Id parentId = NoId; // Children: NoId means the roots
    int depth = 0;      // Level: 0 for the roots

    static BalanceScope children(Id parent) { return {Kind::Children, parent, 0}; }
    static BalanceScope level(int depth) { return {Kind::Level, NoId, depth}; }
    static BalanceScope leaves() { return {}; }
};

// A territory's place in a scope: its targets and deviations per measure.
struct ScopedTerritory
{
    TerritoryMetrics metrics;
    std::array<double, MeasureCount> target{};
    std::array<double, MeasureCount> deviationPercent{}; // NaN when undefined
    std::array<bool, MeasureCount> outside{};
};

// A rep's share of the workload of the territories they are on, split between
// the reps of each territory in proportion to capacity.
struct RepMetrics
{
    Id repId = NoId;
    double capacity = 0;
    double workload = 0;
    double utilisation = std::nan("");
};

struct BalanceReport
{
    BalanceScope scope;
    double tolerancePercent = 5;
    TargetMode targetMode = TargetMode::EqualShare;
    std::vector<ScopedTerritory> territories; // in tree order
    std::array<LevelStatistics, MeasureCount> statistics;
    LevelStatistics utilisation;  // over territories with capacity; deviation from 100 %
    std::vector<RepMetrics> reps; // reps on the scope's territories and below, in rep order
    GeographySummary geography;
};

// Balance metrics of one territory model, kept current over an
// AssignmentEngine's per-territory row sets. After the engine has updated,
// update() recomputes only the territories whose accounts changed (the
// engine's accountsGeneration) and their ancestors; capacities are cheap and
// always recomputed. Geography (compactness, contiguity) is recomputed only
// for the territories whose own units or drawn shapes changed, and their
// ancestors. Reports for a scope are built from the cached metrics.
//
// The data, the engine and the locations must outlive this object.
class BalanceMetrics
{
public:
    BalanceMetrics(const WorkspaceData &data, const AssignmentEngine &engine);
    ~BalanceMetrics();

    // Re-evaluates the per-account measures when their definitions changed,
    // then recomputes everything. On error nothing changes.
    Status setSettings(const BalanceSettings &settings);
    const BalanceSettings &settings() const { return m_settings; }
    // Positions of the accounts, for spread; null: no spread.
    void setLocations(std::shared_ptr<const AccountLocations> locations);
    // The boundaries the territories' units refer to, for compactness and
    // contiguity; null: none (no territory is geographic).
    void setGeography(std::shared_ptr<const Boundaries> boundaries);
    const Boundaries *boundaries() const { return m_boundaries.get(); }

    // Brings the metrics up to date; returns how many territories were recomputed.
    std::size_t update();
    // Of those, how many had their geography recomputed.
    std::size_t geographyRecomputed() const { return m_geographyRecomputed; }
    // Marks every territory for recomputation at the next update().
    void invalidate();

    const MeasureColumn &workload() const { return m_workload; }
    const MeasureColumn &potential() const { return m_potential; }
    // Rolled-up metrics of a territory, or null.
    const TerritoryMetrics *territory(Id id) const;
    // The model's territories, parents first.
    const std::vector<Id> &territories() const { return m_order; }
    BalanceReport report(const BalanceScope &scope) const;

private:
    struct State
    {
        TerritoryMetrics metrics;
        std::vector<Id> children;
        std::uint64_t generation = 0; // of the engine's set when last computed
        bool dirty = true;
        RowSet rolled; // non-leaves: own accounts and those of the subtree
        double ownWorkload = 0;
        // Geography: the territory's own, to see what changed, and its
        // subtree's, for the parent.
        bool geoDirty = true;
        std::vector<int> ownUnits;                          // boundary units, sorted
        std::vector<std::pair<Id, std::uint64_t>> ownDrawn; // drawn shape and its hash
        std::vector<int> units;                             // of the subtree, sorted
        std::vector<Id> drawn;                              // of the subtree
    };
    struct OwnGeography
    {
        std::vector<int> units;
        std::vector<std::pair<Id, std::uint64_t>> drawn;
    };
    std::unordered_map<Id, OwnGeography> ownGeography() const;
    void collectStructure();
    void compute(State &s);
    void computeGeography(State &s, const OwnGeography &own);
    void computeCapacities();
    const RowSet &rolledSet(const State &s) const;

    const WorkspaceData &m_data;
    const AssignmentEngine &m_engine;
    BalanceSettings m_settings;
    bool m_measuresReady = false;
    MeasureColumn m_workload;
    MeasureColumn m_potential;
    std::shared_ptr<const AccountLocations> m_locations;
    std::shared_ptr<const Boundaries> m_boundaries;
    std::size_t m_geographyRecomputed = 0;
    std::vector<Id> m_order;
    std::unordered_map<Id, State> m_states;
};

} // namespace Tessera
