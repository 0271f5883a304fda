// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/scopeoptimizer.h"
#include "core/gen/workspacegenerator.h"
#include "core/model/apiname.h"
#include "core/rules/assignmentengine.h"
#include "core/store/workspacefile.h"

#include "clitestsupport.h"

#include <QTemporaryDir>

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include <gtest/gtest.h>

using namespace Tessera;

namespace {

WorkspaceData smallWorkspace()
{
    GeneratorOptions g;
    g.accounts = 4000;
    g.territories = 20;
    g.reps = 22;
    g.seed = 5;
    Result<WorkspaceData> data = generateWorkspace(g);
    EXPECT_TRUE(data.ok());
    return std::move(*data);
}

// A territory of the first model with the most children.
Id busiestParent(const WorkspaceData &data)
{
    std::map<Id, int> kids;
    for (const Territory &t : data.territories) {
        if (t.parentId != NoId)
            ++kids[t.parentId];
    }
    Id best = NoId;
    int most = 0;
    for (const auto &[id, n] : kids) {
        if (n > most) {
            most = n;
            best = id;
        }
    }
    return best;
}

// Workload within `tolerance` among the children of the busiest
// territory, single accounts, potential only reported.
ScopeOptions accountOptions(const WorkspaceData &data, double tolerance = 0.05, double seconds = 2)
{
    ScopeOptions options;
    options.modelId = data.models.front().id;
    options.parentId = busiestParent(data);
    options.pieces = PieceKind::Account;
    options.workloadTolerance = tolerance;
    options.potentialTolerance = -1;
    options.timeBudgetSeconds = seconds;
    return options;
}

// Runs the scenario's model and checks that every moved account lands in
// the territory the optimizer chose; the number of moves into each.
std::map<Id, int> checkMovesLand(const WorkspaceDocument &doc, const Scenario &scenario)
{
    WorkspaceData after = doc.snapshot();
    AssignmentEngine engine(after, scenario.modelId);
    EXPECT_TRUE(engine.run().ok());
    std::map<Id, int> into;
    for (const AccountMove &m : scenario.moves) {
        const std::int64_t row = after.accounts.rowOf(m.accountId.toStdString());
        EXPECT_GE(row, 0);
        if (row >= 0) {
            EXPECT_TRUE(engine.accountsOf(m.to).contains(std::uint32_t(row)));
        }
        ++into[m.to];
    }
    return into;
}

// The scope's problem, optimised; an error when either step fails.
Result<BalanceResult> optimizeScope(const WorkspaceData &data, const ScopeOptions &options)
{
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    if (!scope)
        return scope.error();
    return optimizeBalance(scope->pieces.problem);
}

} // namespace

TEST(ScopeOptimizer, RebalanceBecomesANewModelAndLeavesTheOriginalAlone)
{
    WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data);
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    ASSERT_GE(scope->territories.size(), 2u);
    ASSERT_EQ(scope->pieces.problem.current.size(), scope->pieces.problem.x.size());
    Result<BalanceResult> result = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->withinTolerance);

    WorkspaceDocument doc;
    ASSERT_TRUE(doc.reset(data).ok());
    const std::size_t manualBefore = doc.manualAssignments().size();
    Result<Scenario> scenario =
        applyScenario(doc, *scope, options, *result, QStringLiteral("Balanced"));
    ASSERT_TRUE(scenario.ok()) << scenario.error().toString().toStdString();
    EXPECT_EQ(doc.models().size(), data.models.size() + 1);
    EXPECT_EQ(int(scenario->moves.size()), result->moves); // one account per piece
    EXPECT_EQ(doc.manualAssignments().size(), manualBefore + scenario->moves.size());
    for (const AccountTerritoryLink &l : doc.manualAssignments()) {
        const Territory *t = doc.territory(l.territoryId);
        ASSERT_NE(t, nullptr);
        if (l.accountId == scenario->moves.front().accountId) {
            EXPECT_EQ(t->modelId, scenario->modelId);
        }
    }
    // The new model assigns every moved account where the optimizer put it,
    // and the original model still assigns as before.
    WorkspaceData after = doc.snapshot();
    AssignmentEngine scenarioEngine(after, scenario->modelId);
    ASSERT_TRUE(scenarioEngine.run().ok());
    for (const AccountMove &m : scenario->moves) {
        const std::int64_t row = after.accounts.rowOf(m.accountId.toStdString());
        ASSERT_GE(row, 0);
        EXPECT_TRUE(scenarioEngine.accountsOf(m.to).contains(std::uint32_t(row)));
        if (m.from != NoId) {
            EXPECT_FALSE(scenarioEngine.accountsOf(m.from).contains(std::uint32_t(row)));
        }
    }
    Result<ScopeProblem> again = buildScopeProblem(after, options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->pieces.problem.current, scope->pieces.problem.current);
}

TEST(ScopeOptimizer, CapsOnAccountsAndPotentialMovedAreKept)
{
    WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data);
    Result<BalanceResult> free = optimizeScope(data, options);
    ASSERT_TRUE(free.ok());
    ASSERT_TRUE(free->withinMoveCaps);
    ASSERT_GT(free->movedShare[1], 0.0);
    ASSERT_GT(free->movedShare[2], 0.0);
    // Half the potential the free answer moves; accounts alike.
    options.maxMovedPotentialShare = free->movedShare[1] / 2;
    options.maxMovedAccountsShare = free->movedShare[2] / 2;
    Result<BalanceResult> r = optimizeScope(data, options);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinMoveCaps);
    EXPECT_LE(r->movedShare[1], options.maxMovedPotentialShare * (1 + 1e-9));
    EXPECT_LE(r->movedShare[2], options.maxMovedAccountsShare * (1 + 1e-9));
    EXPECT_GT(r->moves, 0);
    EXPECT_LT(r->moves, free->moves);
}

TEST(ScopeOptimizer, ATightRevenueCapGoesToLightPieces)
{
    // The demo's third level, across parents, in ZIP pieces: a few ZIP
    // codes carry much of the revenue. Unconstrained, the rebalance moves a
    // good part of it; at most 5 % of the potential and 8 % of the accounts
    // may move, and the tolerance is still reached.
    Result<WorkspaceData> demo = demoWorkspace();
    ASSERT_TRUE(demo.ok());
    ScopeOptions options;
    options.modelId = demo->models.front().id;
    options.level = 2;
    options.pieces = PieceKind::Zip;
    options.workloadTolerance = 0.05;
    options.potentialTolerance = -1;
    Result<BalanceResult> free = optimizeScope(*demo, options);
    ASSERT_TRUE(free.ok());
    ASSERT_TRUE(free->withinTolerance);
    ASSERT_GT(free->movedShare[1], 0.2);
    options.maxMovedPotentialShare = 0.05;
    options.maxMovedAccountsShare = 0.08;
    Result<ScopeProblem> scope = buildScopeProblem(*demo, options);
    ASSERT_TRUE(scope.ok());
    Result<BalanceResult> r = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinMoveCaps);
    EXPECT_LE(r->movedShare[1], 0.05);
    EXPECT_LE(r->movedShare[2], 0.08);
    EXPECT_TRUE(r->withinTolerance) << "workload off by " << r->maxDeviation[0];
    // The accounts that really change territory, one by one (a ZIP piece's
    // accounts in other territories move with it), are within the caps.
    Result<MovePlan> plan = planMoves(*demo, *scope, options, *r, scope->territories);
    ASSERT_TRUE(plan.ok());
    const std::vector<double> &potential = scope->pieces.problem.metrics[1].values;
    const double totalPotential = std::accumulate(potential.begin(), potential.end(), 0.0);
    double movedPotential = 0;
    for (const AccountMove &m : plan->moves)
        movedPotential += m.potential;
    EXPECT_GT(plan->moves.size(), 0u);
    EXPECT_LE(double(plan->moves.size()), 0.08 * double(scope->scopeRows.size()));
    EXPECT_LE(movedPotential, 0.05 * totalPotential * (1 + 1e-9));
}

TEST(ScopeOptimizer, CliSavesTheScenarioAndPrintsTheCertificate)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.tessera"));
    WorkspaceData data = smallWorkspace();
    const Id parent = busiestParent(data);
    QString parentApi;
    for (const Territory &t : data.territories) {
        if (t.id == parent)
            parentApi = t.apiName;
    }
    ASSERT_TRUE(WorkspaceFile::save(data, path).ok());
    Tessera::Test::CliRun run = Tessera::Test::cli(
        {QStringLiteral("optimize"), path, QStringLiteral("--parent"), parentApi,
         QStringLiteral("--tolerance"), QStringLiteral("workload=5"),
         QStringLiteral("--contiguous"), QStringLiteral("--as"), QStringLiteral("What if")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_EQ(Tessera::Test::valueOf(run.out, QStringLiteral("within tolerance")),
              QStringLiteral("yes"));
    EXPECT_TRUE(Tessera::Test::valueOf(run.out, QStringLiteral("lower bound"))
                    .contains(QStringLiteral("gap")));
    EXPECT_TRUE(Tessera::Test::valueOf(run.out, QStringLiteral("moves"))
                    .contains(QStringLiteral("at least")));
    EXPECT_TRUE(Tessera::Test::valueOf(run.out, QStringLiteral("moves"))
                    .contains(QStringLiteral("of accounts")));
    Result<WorkspaceData> saved = WorkspaceFile::load(path);
    ASSERT_TRUE(saved.ok());
    ASSERT_EQ(saved->models.size(), 2u);
    EXPECT_EQ(saved->models.back().name, QStringLiteral("What if"));

    // Bad input: unknown parent, bad tolerance, bad cap.
    EXPECT_EQ(Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--parent"),
                                  QStringLiteral("Nowhere")})
                  .status,
              int(ErrorCode::NotFound));
    EXPECT_EQ(
        Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--parent"), parentApi,
                            QStringLiteral("--tolerance"), QStringLiteral("workload=abc")})
            .status,
        int(ErrorCode::Usage));
    EXPECT_EQ(Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--parent"),
                                  parentApi, QStringLiteral("--max-moves"), QStringLiteral("150%")})
                  .status,
              int(ErrorCode::Usage));
    for (const char *cap : {"--max-moved-accounts", "--max-moved-potential"}) {
        EXPECT_EQ(Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--parent"),
                                      parentApi, QLatin1String(cap), QStringLiteral("-1%")})
                      .status,
                  int(ErrorCode::Usage));
    }
    EXPECT_EQ(Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--parent"),
                                  parentApi, QStringLiteral("--targets"), QStringLiteral("reps")})
                  .status,
              int(ErrorCode::Usage));
    // --design 0 is no design: refused, not taken for a rebalance.
    for (const char *design : {"0", "-3", "two", "5001", "=0", "="}) {
        const QStringList option =
            design[0] == '=' ? QStringList{QStringLiteral("--design") + QLatin1String(design)}
                             : QStringList{QStringLiteral("--design"), QLatin1String(design)};
        Tessera::Test::CliRun run = Tessera::Test::cli(
            QStringList{QStringLiteral("optimize"), path, QStringLiteral("--parent"), parentApi} +
            option);
        EXPECT_EQ(run.status, int(ErrorCode::Usage)) << design;
        EXPECT_TRUE(run.err.contains(QStringLiteral("from 1 to 5000"))) << design;
    }

    // Targets by the capacity of each child's reps.
    Tessera::Test::CliRun byCapacity = Tessera::Test::cli(
        {QStringLiteral("optimize"), path, QStringLiteral("--parent"), parentApi,
         QStringLiteral("--tolerance"), QStringLiteral("workload=5"), QStringLiteral("--targets"),
         QStringLiteral("capacity"), QStringLiteral("--as"), QStringLiteral("By capacity")});
    ASSERT_EQ(byCapacity.status, 0) << byCapacity.err.toStdString();
    EXPECT_EQ(Tessera::Test::valueOf(byCapacity.out, QStringLiteral("within tolerance")),
              QStringLiteral("yes"));
}

TEST(ScopeOptimizer, LockedTerritoriesAreLeftOutAndMovesApplyAndRevertInPlace)
{
    WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data, 0.01);
    Result<ScopeProblem> all = buildScopeProblem(data, options);
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->territories.size(), 3u);
    const Id locked = all->territories.front();
    options.lockedTerritories = {locked};
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    EXPECT_EQ(scope->territories,
              std::vector<Id>(all->territories.begin() + 1, all->territories.end()));
    // The locked territory's accounts are out of the scope, the others in.
    auto rowsOf = [](const ScopeProblem &p, int district) {
        std::set<std::uint32_t> rows;
        for (std::size_t j = 0; j < p.scopeRows.size(); ++j) {
            if (p.accountDistrict[j] == district)
                rows.insert(p.scopeRows[j]);
        }
        return rows;
    };
    const std::set<std::uint32_t> lockedRows = rowsOf(*all, 0);
    ASSERT_FALSE(lockedRows.empty());
    EXPECT_EQ(scope->scopeRows.size() + lockedRows.size(), all->scopeRows.size());
    for (std::uint32_t row : scope->scopeRows)
        EXPECT_EQ(lockedRows.count(row), 0u);

    Result<BalanceResult> result = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(result.ok());
    Result<MovePlan> plan = planMoves(data, *scope, options, *result, scope->territories);
    ASSERT_TRUE(plan.ok());
    ASSERT_FALSE(plan->moves.empty());
    EXPECT_EQ(int(plan->moves.size()), result->moves);
    WorkspaceDocument doc;
    ASSERT_TRUE(doc.reset(data).ok());
    ASSERT_TRUE(applyLinkChanges(doc, plan->changes).ok());
    WorkspaceData after = doc.snapshot();
    Result<ScopeProblem> again = buildScopeProblem(after, options);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->pieces.problem.current, result->assignment);
    ScopeOptions unlocked = options;
    unlocked.lockedTerritories.clear();
    Result<ScopeProblem> whole = buildScopeProblem(after, unlocked);
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(rowsOf(*whole, 0), lockedRows); // the locked territory kept exactly its accounts
    ASSERT_TRUE(revertLinkChanges(doc, plan->changes).ok());
    auto sorted = [](std::vector<AccountTerritoryLink> v) {
        std::sort(v.begin(), v.end(), [](const auto &a, const auto &b) {
            return std::tie(a.accountId, a.territoryId) < std::tie(b.accountId, b.territoryId);
        });
        return v;
    };
    EXPECT_EQ(sorted(doc.manualAssignments()), sorted(data.manualAssignments));
    EXPECT_EQ(sorted(doc.exclusions()), sorted(data.exclusions));
}

// A design made in place (Adopt) and in a scenario's clone (Keep as
// Scenario) is the same: applyScenario runs applyDesign on its clone.
TEST(ScopeOptimizer, ADesignInPlaceEqualsTheScenariosDesign)
{
    const WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data, 0.05, 1);
    options.designTerritories = 3;
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    Result<BalanceResult> result = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(result.ok());

    WorkspaceDocument inPlace;
    ASSERT_TRUE(inPlace.reset(data).ok());
    // A result of another problem is refused before anything changes.
    BalanceResult wrong = *result;
    wrong.assignment.pop_back();
    EXPECT_FALSE(applyDesign(inPlace, options.parentId, *scope, options, wrong).ok());
    EXPECT_EQ(inPlace.territories().size(), data.territories.size());
    ScopeOptions rebalance = options;
    rebalance.designTerritories = 0;
    EXPECT_FALSE(applyDesign(inPlace, options.parentId, *scope, rebalance, *result).ok());
    EXPECT_EQ(inPlace.territories().size(), data.territories.size());

    Result<Scenario> design = applyDesign(inPlace, options.parentId, *scope, options, *result);
    ASSERT_TRUE(design.ok()) << design.error().toString().toStdString();
    EXPECT_EQ(design->modelId, options.modelId);
    EXPECT_EQ(inPlace.models().size(), data.models.size());
    EXPECT_EQ(inPlace.children(options.modelId, options.parentId), design->territories);

    WorkspaceDocument cloned;
    ASSERT_TRUE(cloned.reset(data).ok());
    Result<Scenario> scenario =
        applyScenario(cloned, *scope, options, *result, QStringLiteral("Designed"));
    ASSERT_TRUE(scenario.ok()) << scenario.error().toString().toStdString();
    ASSERT_EQ(scenario->territories.size(), design->territories.size());
    EXPECT_EQ(scenario->moves.size(), design->moves.size());
    EXPECT_EQ(design->moves.size(), scope->scopeRows.size()); // every account gets a home

    AssignmentEngine a(inPlace.data(), options.modelId), b(cloned.data(), scenario->modelId);
    ASSERT_TRUE(a.run().ok());
    ASSERT_TRUE(b.run().ok());
    for (std::size_t k = 0; k < design->territories.size(); ++k) {
        const Territory *mine = inPlace.territory(design->territories[k]);
        const Territory *theirs = cloned.territory(scenario->territories[k]);
        ASSERT_TRUE(mine && theirs);
        EXPECT_EQ(mine->name, theirs->name);
        EXPECT_EQ(mine->apiName, theirs->apiName);
        EXPECT_EQ(mine->parentId, options.parentId);
        EXPECT_EQ(a.accountsOf(mine->id).toVector(), b.accountsOf(theirs->id).toVector());
        EXPECT_FALSE(a.accountsOf(mine->id).toVector().empty());
    }
}

// The designed territories get names the model takes: an API name already
// used elsewhere in the model, or a parent name at the length limit, do not
// make the design fail halfway.
TEST(ScopeOptimizer, ADesignsNamesFitTheModel)
{
    const WorkspaceData data = smallWorkspace();
    ScopeOptions options;
    options.modelId = data.models.front().id;
    options.parentId = busiestParent(data);
    options.pieces = PieceKind::Account;
    options.designTerritories = 3;
    options.timeBudgetSeconds = 0.5;
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    Result<BalanceResult> result = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(result.ok());

    WorkspaceDocument doc;
    ASSERT_TRUE(doc.reset(data).ok());
    Territory parent = *doc.territory(options.parentId);
    parent.name = QString(255, QLatin1Char('N'));
    ASSERT_TRUE(doc.updateTerritory(parent).ok());
    Territory other;
    other.modelId = options.modelId;
    other.name = QStringLiteral("Elsewhere");
    other.apiName = ApiName::fromLabel(parent.apiName + QStringLiteral(" 1"));
    ASSERT_TRUE(doc.addTerritory(other).ok());

    Result<Scenario> design = applyDesign(doc, options.parentId, *scope, options, *result);
    ASSERT_TRUE(design.ok()) << design.error().toString().toStdString();
    ASSERT_EQ(design->territories.size(), 3u);
    std::set<QString> apiNames;
    for (std::size_t k = 0; k < 3; ++k) {
        const Territory *t = doc.territory(design->territories[k]);
        ASSERT_NE(t, nullptr);
        EXPECT_EQ(t->name.size(), 255);
        EXPECT_TRUE(t->name.endsWith(QStringLiteral(" %1").arg(k + 1))) << t->name.toStdString();
        EXPECT_TRUE(ApiName::check(t->apiName).ok()) << t->apiName.toStdString();
        EXPECT_NE(t->apiName.toCaseFolded(), other.apiName.toCaseFolded());
        apiNames.insert(t->apiName.toCaseFolded());
    }
    EXPECT_EQ(apiNames.size(), 3u);
}

TEST(ScopeOptimizer, TargetsByCapacityFollowTheRepsOfEachChild)
{
    WorkspaceData data = smallWorkspace();
    // Reps of unequal capacity, so that the targets differ.
    for (std::size_t i = 0; i < data.reps.size(); ++i)
        data.reps[i].capacityHours = 600.0 + 250.0 * double(i % 5);
    ScopeOptions options = accountOptions(data);
    options.targets = TargetMode::Capacity;

    // The capacity of the distinct reps below each child, walking up from
    // every rep link.
    std::map<Id, Id> parentOf;
    for (const Territory &t : data.territories)
        parentOf[t.id] = t.parentId;
    std::map<Id, std::set<Id>> repsBelow;
    for (const RepAssignment &a : data.repAssignments) {
        for (Id up = a.territoryId; up != NoId; up = parentOf[up]) {
            if (parentOf[up] == options.parentId)
                repsBelow[up].insert(a.repId);
        }
    }
    std::map<Id, double> capacity;
    for (const auto &[child, reps] : repsBelow) {
        for (const Rep &r : data.reps) {
            if (reps.count(r.id))
                capacity[child] += r.capacityHours;
        }
    }
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    const BalanceProblem &p = scope->pieces.problem;
    ASSERT_EQ(p.targetShare.size(), scope->territories.size());
    double total = 0;
    for (Id t : scope->territories)
        total += capacity[t];
    bool unequal = false;
    for (std::size_t k = 0; k < scope->territories.size(); ++k) {
        EXPECT_NEAR(p.targetShare[k], capacity[scope->territories[k]] / total, 1e-12);
        unequal = unequal || std::abs(p.targetShare[k] - p.targetShare[0]) > 0.01;
    }
    EXPECT_TRUE(unequal);

    // The optimizer balances to those targets.
    Result<BalanceResult> result = optimizeBalance(p);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->withinTolerance);
    const std::vector<double> &w = result->totals[0];
    const double sum = std::accumulate(w.begin(), w.end(), 0.0);
    for (std::size_t k = 0; k < w.size(); ++k)
        EXPECT_NEAR(w[k] / (sum * p.targetShare[k]), 1.0, 0.05 + 1e-9);

    // A child without reps has a target of zero: refused, naming it.
    const Id bare = scope->territories.back();
    std::erase_if(data.repAssignments, [&](const RepAssignment &a) {
        for (Id up = a.territoryId; up != NoId; up = parentOf[up]) {
            if (up == bare)
                return true;
        }
        return false;
    });
    Result<ScopeProblem> refused = buildScopeProblem(data, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
    QString bareName;
    for (const Territory &t : data.territories) {
        if (t.id == bare)
            bareName = t.name;
    }
    EXPECT_TRUE(refused.error().message.contains(bareName));
}

TEST(ScopeOptimizer, AWholeLevelBalancesAcrossParents)
{
    WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data);
    options.parentId = NoId;
    options.level = 1; // the children of the top territories

    std::map<Id, Id> parentOf;
    for (const Territory &t : data.territories)
        parentOf[t.id] = t.parentId;
    std::vector<Id> expected;
    std::set<Id> parents;
    for (const Territory &t : data.territories) {
        if (t.modelId == options.modelId && t.parentId != NoId && parentOf[t.parentId] == NoId) {
            expected.push_back(t.id);
            parents.insert(t.parentId);
        }
    }
    ASSERT_GE(parents.size(), 2u) << "the generated model has one top territory";

    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    EXPECT_EQ(scope->territories, expected);
    Result<BalanceResult> result = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->withinTolerance);

    WorkspaceDocument doc;
    ASSERT_TRUE(doc.reset(data).ok());
    Result<Scenario> scenario =
        applyScenario(doc, *scope, options, *result, QStringLiteral("Level balanced"));
    ASSERT_TRUE(scenario.ok()) << scenario.error().toString().toStdString();
    ASSERT_FALSE(scenario->moves.empty());
    checkMovesLand(doc, *scenario);

    // A level with fewer than two territories, and a design from a level.
    options.level = 40;
    Result<ScopeProblem> empty = buildScopeProblem(data, options);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::Invalid);
    options.level = 1;
    options.designTerritories = 3;
    EXPECT_FALSE(buildScopeProblem(data, options).ok());

    // The command line takes --level from 1, like `balance`.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ws.tessera"));
    ASSERT_TRUE(WorkspaceFile::save(data, path).ok());
    Tessera::Test::CliRun run = Tessera::Test::cli(
        {QStringLiteral("optimize"), path, QStringLiteral("--level"), QStringLiteral("2"),
         QStringLiteral("--tolerance"), QStringLiteral("workload=5"), QStringLiteral("--pieces"),
         QStringLiteral("accounts")});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("scope: level 2")));
    EXPECT_EQ(Tessera::Test::valueOf(run.out, QStringLiteral("within tolerance")),
              QStringLiteral("yes"));
    EXPECT_EQ(Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--level"),
                                  QStringLiteral("0")})
                  .status,
              int(ErrorCode::Usage));
    EXPECT_EQ(
        Tessera::Test::cli({QStringLiteral("optimize"), path, QStringLiteral("--level"),
                            QStringLiteral("2"), QStringLiteral("--parent"), QStringLiteral("X")})
            .status,
        int(ErrorCode::Usage));
}

TEST(ScopeOptimizer, OwnTargetsAreSharesOfTheTotal)
{
    WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data);
    options.targets = TargetMode::TerritoryTargets;
    Result<ScopeProblem> plain = buildScopeProblem(data, options);
    ASSERT_TRUE(plain.ok()) << plain.error().toString().toStdString();
    const std::vector<Id> kids = plain->territories;
    ASSERT_GE(kids.size(), 3u);
    const std::vector<double> &w = plain->pieces.problem.metrics[0].values;
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    // Two children set a workload target (one twice the equal share, one
    // half of it); the others keep an equal share.
    const double equal = total / double(kids.size());
    std::map<Id, double> own{{kids[0], 2 * equal}, {kids[1], 0.5 * equal}};
    for (Territory &t : data.territories) {
        if (own.count(t.id))
            t.targets.workload = own[t.id];
    }
    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    const BalanceProblem &p = scope->pieces.problem;
    ASSERT_EQ(p.metricShare.size(), p.metrics.size());
    const double sum = total + 0.5 * equal; // 2 + 0.5 + (n - 2) equal shares
    for (std::size_t k = 0; k < kids.size(); ++k) {
        const double expected = (own.count(kids[k]) ? own[kids[k]] : equal) / sum;
        EXPECT_NEAR(p.shareOf(0, int(k)), expected, 1e-12);
    }
    Result<BalanceResult> result = optimizeBalance(p);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->withinTolerance);
    for (std::size_t k = 0; k < kids.size(); ++k)
        EXPECT_NEAR(result->totals[0][k] / (total * p.shareOf(0, int(k))), 1.0, 0.05 + 1e-9);
    EXPECT_GT(result->totals[0][0], 3 * result->totals[0][1]);

    // A target of zero on a balanced metric cannot be met.
    for (Territory &t : data.territories) {
        if (t.id == kids[1])
            t.targets.workload = 0;
    }
    Result<ScopeProblem> refused = buildScopeProblem(data, options);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
}

TEST(ScopeOptimizer, ANewTerritoryWithNoAccountsGetsItsShareConnected)
{
    // A rep joins: the admin adds an empty territory under the parent and
    // rebalances with contiguous ZIP codes; the new territory must take
    // its share from its neighbours in one piece.
    WorkspaceData data = smallWorkspace();
    ScopeOptions options = accountOptions(data, 0.05);
    options.pieces = PieceKind::Zip;
    options.contiguous = true;
    Id sibling = NoId;
    for (const Territory &t : data.territories) {
        if (t.parentId == options.parentId)
            sibling = t.id;
    }
    ASSERT_NE(sibling, NoId);
    Territory joined = *std::find_if(data.territories.begin(), data.territories.end(),
                                     [&](const Territory &t) { return t.id == sibling; });
    joined.id = data.nextId++; // ids are shared by every kind of record
    joined.name = QStringLiteral("New Rep");
    joined.apiName = QStringLiteral("New_Rep");
    data.territories.push_back(joined);

    Result<ScopeProblem> scope = buildScopeProblem(data, options);
    ASSERT_TRUE(scope.ok()) << scope.error().toString().toStdString();
    const auto at = std::find(scope->territories.begin(), scope->territories.end(), joined.id);
    ASSERT_NE(at, scope->territories.end());
    const int district = int(at - scope->territories.begin());
    const std::vector<int> &current = scope->pieces.problem.current;
    ASSERT_EQ(std::count(current.begin(), current.end(), district), 0);

    Result<BalanceResult> result = optimizeBalance(scope->pieces.problem);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result->withinTolerance);
    EXPECT_EQ(result->contiguityViolations, 0);

    WorkspaceDocument doc;
    const Status reset = doc.reset(data);
    ASSERT_TRUE(reset.ok()) << reset.error().toString().toStdString();
    Result<Scenario> scenario =
        applyScenario(doc, *scope, options, *result, QStringLiteral("With the new rep"));
    ASSERT_TRUE(scenario.ok()) << scenario.error().toString().toStdString();
    // The scenario's copy of the new territory receives accounts.
    int joinedMoves = 0;
    for (const auto &[to, count] : checkMovesLand(doc, *scenario)) {
        const Territory *t = doc.territory(to);
        ASSERT_NE(t, nullptr);
        if (t->name == joined.name)
            joinedMoves += count;
    }
    EXPECT_GT(joinedMoves, 0);
}
