// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/accountplaces.h"
#include "core/model/workspacedocument.h"
#include "core/rules/accountindex.h"
#include "core/rules/compiledrule.h"
#include "core/rules/rowset.h"
#include "core/util/progress.h"
#include "core/util/result.h"

#include <atomic>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace Tessera {

struct TerritoryTotals
{
    std::size_t accounts = 0;
    double workload = 0;
    double potential = 0;
};

// Why an account is in a territory.
struct AssignmentCause
{
    enum Kind { Rule, Manual, Geography } kind = Rule;
    Id ruleId = NoId;     // for Rule
    Id attachedTo = NoId; // the territory the rule is linked to: this one or an ancestor
    UnitRef unit;         // for Geography through a unit
    Id shapeId = NoId;    // for Geography through a drawn shape (then unit is unused)

    // "geography: county 06085", "geography: drawn shape \"Downtown\"".
    QString geographyText(const WorkspaceData &data) const;
};

// A rule acting on a territory, linked there or inherited from an ancestor.
struct ActingRule
{
    Id ruleId = NoId;
    Id attachedTo = NoId;
    bool inherited = false; // attached to an ancestor with "apply to child territories"
};

// Evaluates a model's assignment rules over the accounts, following ETM:
// a rule linked with "apply to child territories" acts on the territory and
// every descendant; an account lands in a territory when any rule acting
// there matches; manual assignments always hold and exclusions always win.
//
// The engine reads the data it was given and keeps per-item, per-rule and
// per-territory row sets, so that after an edit only what depends on it is
// evaluated again. The data must outlive the engine; tell the engine what
// changed through the update calls.
class AssignmentEngine
{
public:
    struct Options
    {
        int workloadField = -1;  // -1: Workload__c when present
        int potentialField = -1; // -1: AnnualRevenue
        unsigned threads = 0;    // 0: one per core
        // Where the accounts are; built on first need when null (only when
        // the model has geography). Shareable between engines over one table.
        std::shared_ptr<const AccountPlaces> places;
    };

    AssignmentEngine(const WorkspaceData &data, Id modelId, Options options);
    AssignmentEngine(const WorkspaceData &data, Id modelId)
        : AssignmentEngine(data, modelId, Options{})
    {}
    ~AssignmentEngine();

    // Everything from scratch. Rules that do not compile are left out and listed in ruleErrors().
    Status run(const Progress &progress = {});
    // A rule was added, edited, (de)activated or removed.
    void updateRule(Id ruleId);
    // Links, manual assignments, exclusions or the hierarchy changed.
    void updateLinks();
    // Units or drawn shapes changed. Moving units recomputes only the
    // territories whose geographic accounts change, without geometry; a
    // changed drawn shape locates the accounts in it once.
    void updateGeography();
    // Where the accounts are, or null while the model never had geography.
    std::shared_ptr<const AccountPlaces> places() const { return m_places; }
    // The territory an account lands in by geography, or NoId.
    Id geographicTerritory(std::uint32_t row) const;

    Id modelId() const { return m_modelId; }
    std::size_t accountCount() const;
    // The model's territories, parents before children.
    const std::vector<Id> &territories() const { return m_territories; }
    bool isLeaf(Id territoryId) const;
    const RowSet &accountsOf(Id territoryId) const;
    // Changes whenever accountsOf(territoryId) changes, and only then; never
    // repeats a value within one engine. 0 for an unknown territory.
    std::uint64_t accountsGeneration(Id territoryId) const;
    TerritoryTotals totals(Id territoryId) const;
    std::vector<ActingRule> actingRules(Id territoryId) const;
    // Matches of a rule over all accounts, whatever it is linked to; null if it does not compile.
    const RowSet *ruleMatches(Id ruleId) const;
    const std::vector<std::pair<Id, Error>> &ruleErrors() const { return m_ruleErrors; }
    const CompiledRule *compiled(Id ruleId) const;
    const AccountIndex &index() const { return *m_index; }

    // Per account: its territories, in model order, and why it is in one.
    std::vector<Id> territoriesOf(std::uint32_t row) const;
    std::vector<AssignmentCause> causes(std::uint32_t row, Id territoryId) const;
    RowSet unassigned() const;
    // Accounts that land in two or more leaf territories.
    RowSet multiplyAssigned() const;
    // Manual assignments and exclusions naming accounts that are not in the table.
    std::size_t unknownAccountLinks() const { return m_unknownLinks; }

private:
    struct TerritoryState
    {
        Id id = NoId;
        Id parentId = NoId;
        bool leaf = true;
        std::vector<ActingRule> acting;
        RowSet manual;
        RowSet excluded;
        RowSet geo; // by geography
        RowSet accounts;
        TerritoryTotals totals;
        std::uint64_t generation = 0;
    };

    // What gives an account its geographic territory.
    struct GeoHit
    {
        int state = -1; // index in m_states, -1: none
        UnitKind kind = UnitKind::Country;
        int unit = -1;  // boundary unit index, or ZipCentroids row for a ZIP
        int shape = -1; // index in m_shapes when a drawn shape decides
    };
    struct ShapeEntry
    {
        Id id = NoId;
        Id territoryId = NoId;
        double area = 0;
        GeoMultiPolygon shape;
        RowSet rows; // located accounts strictly inside
    };

    void collectStructure();
    bool modelHasGeography() const;
    void ensurePlaces();
    // Owners of units (by state index) as the data says now; false when an
    // owner is not a territory the engine knows (the structure is stale).
    bool readUnitOwners(std::vector<std::int32_t> &unitOwner,
                        std::vector<std::int32_t> &zipOwner) const;
    bool readShapes();
    void rebuildGeography();
    GeoHit resolve(std::uint32_t row) const;
    void compileAndEvaluate(const std::vector<Id> &ruleIds);
    void recomputeTerritory(TerritoryState &t);
    void recomputeTerritories(const std::vector<std::size_t> &which);
    void invalidatePerAccount();
    void buildPerAccount() const;
    template<typename F>
    void parallelFor(std::size_t count, F &&f) const;

    const WorkspaceData &m_data;
    Id m_modelId;
    Options m_options;
    std::unique_ptr<AccountIndex> m_index;
    std::vector<Id> m_territories;
    std::vector<TerritoryState> m_states;
    std::unordered_map<Id, std::size_t> m_stateOf;
    std::unordered_map<Id, CompiledRule> m_compiled;
    std::unordered_map<Id, RowSet> m_ruleSets;
    std::unordered_map<std::string, RowSet> m_itemSets; // shared by equal items
    std::vector<std::pair<Id, Error>> m_ruleErrors;
    std::size_t m_unknownLinks = 0;
    std::atomic<std::uint64_t> m_generation{0};

    std::shared_ptr<const AccountPlaces> m_places;
    std::shared_ptr<const Boundaries> m_boundaries;
    std::vector<std::int32_t> m_unitOwner; // boundary unit -> state index, -1
    std::vector<std::int32_t> m_zipOwner;  // ZipCentroids row -> state index, -1
    std::vector<ShapeEntry> m_shapes;
    std::vector<std::int32_t> m_shapeWinner; // per account: index in m_shapes, -1
    std::vector<std::int32_t> m_geoOwner;    // per account: state index, -1; empty: no geography

    // Built on demand: territory indices per account (CSR).
    mutable bool m_perAccountValid = false;
    mutable std::vector<std::uint32_t> m_accountStart;
    mutable std::vector<std::uint32_t> m_accountTerritories;
};

} // namespace Tessera
