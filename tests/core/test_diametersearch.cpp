// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/balanceoptimizer.h"
#include "core/balance/diametersearch.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <limits>

using namespace Tessera;

namespace {

// Compressed adjacency with lengths from an undirected edge list.
void setGraph(BalanceProblem &p, std::size_t n,
              const std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> &edges)
{
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adj(n);
    for (const auto &[u, v, len] : edges) {
        adj[u].push_back({v, len});
        adj[v].push_back({u, len});
    }
    p.adjacencyStart = {0};
    p.adjacency.clear();
    p.adjacencyLength.clear();
    for (const auto &a : adj) {
        for (const auto &[v, len] : a) {
            p.adjacency.push_back(v);
            p.adjacencyLength.push_back(len);
        }
        p.adjacencyStart.push_back(std::uint32_t(p.adjacency.size()));
    }
}

// A w x h grid with edges of length 1 (across) and 1.5 (up), three
// activities within the tolerance, for the largest-diameter objective.
BalanceProblem gridProblem(int w, int h, int districts, double tolerance, bool uniform)
{
    BalanceProblem p;
    p.space = PieceSpace::Plane;
    p.objective = BalanceObjective::MaxDiameter;
    p.districts = districts;
    p.dispersionMetric = -1;
    BalanceMetric workload{QStringLiteral("workload"), {}, tolerance};
    BalanceMetric demand{QStringLiteral("demand"), {}, tolerance};
    BalanceMetric customers{QStringLiteral("customers"), {}, tolerance};
    std::uint64_t s = 7;
    auto next = [&s] {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return double((s >> 33) % 1000) / 1000.0;
    };
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> edges;
    for (int j = 0; j < h; ++j) {
        for (int i = 0; i < w; ++i) {
            p.x.push_back(i);
            p.y.push_back(j);
            workload.values.push_back(uniform ? 1.0 : 1.0 + next());
            demand.values.push_back(uniform ? 1.0 : 2.0 + 3 * next());
            customers.values.push_back(uniform ? 1.0 : double(1 + int(4 * next())));
            const auto id = std::uint32_t(j * w + i);
            if (i + 1 < w)
                edges.push_back({id, id + 1, 1.0});
            if (j + 1 < h)
                edges.push_back({id, id + std::uint32_t(w), 1.5});
        }
    }
    p.metrics = {workload, demand, customers};
    setGraph(p, p.x.size(), edges);
    p.timeBudgetSeconds = 60; // the search stops on its own well before
    return p;
}

double bruteForceLargestDiameter(const BalanceProblem &p, const std::vector<int> &assignment)
{
    const std::vector<float> d = graphDistances(p);
    const std::size_t n = assignment.size();
    double widest = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (assignment[i] == assignment[j])
                widest = std::max(widest, double(d[i * n + j]));
    return widest;
}

} // namespace

TEST(DiameterSearch, DiameterUsesShortestPathsOverTheWholeGraph)
{
    // 0 -1- 1 -2- 2 -3- 3, a shortcut 0 -4- 3, and 4 on its own.
    BalanceProblem p;
    p.x.assign(5, 0.0);
    p.y.assign(5, 0.0);
    setGraph(p, 5, {{0, 1, 1.0}, {1, 2, 2.0}, {2, 3, 3.0}, {0, 3, 4.0}});
    const std::vector<float> d = graphDistances(p);
    ASSERT_EQ(d.size(), 25u);
    EXPECT_FLOAT_EQ(d[0 * 5 + 3], 4.0f); // the shortcut, not the path of 6
    EXPECT_FLOAT_EQ(d[1 * 5 + 3], 5.0f);
    EXPECT_FLOAT_EQ(d[0 * 5 + 2], 3.0f);
    EXPECT_FLOAT_EQ(d[2 * 5 + 0], 3.0f);
    EXPECT_TRUE(std::isinf(d[0 * 5 + 4]));

    // {0, 2}: 3. {1, 3}: 5 through 0, though 1 and 3 are not adjacent. {4}: 0.
    const std::vector<double> diam = districtDiameters(d, std::vector<int>{0, 1, 0, 1, 2}, 3);
    ASSERT_EQ(diam.size(), 3u);
    EXPECT_DOUBLE_EQ(diam[0], 3.0);
    EXPECT_DOUBLE_EQ(diam[1], 5.0);
    EXPECT_DOUBLE_EQ(diam[2], 0.0);
    // An unreachable pair makes the district infinitely wide.
    EXPECT_TRUE(std::isinf(districtDiameters(d, std::vector<int>{0, 1, 0, 1, 0}, 2)[0]));
}

TEST(DiameterSearch, FindsABalancedSolutionAndReportsItsTrueObjective)
{
    const BalanceProblem p = gridProblem(9, 6, 4, 0.10, false);
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->withinTolerance);
    ASSERT_EQ(r->assignment.size(), p.x.size());
    ASSERT_EQ(r->diameters.size(), 4u);
    const double recomputed = bruteForceLargestDiameter(p, r->assignment);
    EXPECT_NEAR(r->maxDiameter, recomputed, 1e-9);
    EXPECT_NEAR(*std::max_element(r->diameters.begin(), r->diameters.end()), recomputed, 1e-9);
    // Blocks of 5 x 3 and 4 x 3 would be at most 4 x 1 + 2 x 1.5 = 7 wide (if balanced);
    // the search must not do worse than such an obvious plan by much.
    EXPECT_LE(r->maxDiameter, 8.0);
}

TEST(DiameterSearch, MatchesTheObviousPlanOnUniformValues)
{
    // 8 x 6 with equal values: four 4 x 3 blocks are balanced and 3 + 2 x 1.5 = 6 wide.
    const BalanceProblem p = gridProblem(8, 6, 4, 0.0, true);
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_LE(r->maxDiameter, 6.0 + 1e-9);
    for (int k = 0; k < 4; ++k)
        EXPECT_EQ(std::count(r->assignment.begin(), r->assignment.end(), k), 12);
}

TEST(DiameterSearch, SameSeedSameResult)
{
    BalanceProblem p = gridProblem(9, 6, 4, 0.10, false);
    Result<BalanceResult> a = optimizeBalance(p);
    Result<BalanceResult> b = optimizeBalance(p);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->assignment, b->assignment);
    EXPECT_EQ(a->iterations, b->iterations);
    EXPECT_DOUBLE_EQ(a->maxDiameter, b->maxDiameter);
}

TEST(DiameterSearch, LocksAreKept)
{
    BalanceProblem p = gridProblem(9, 6, 4, 0.10, false);
    p.locked.assign(p.x.size(), -1);
    p.locked[0] = 3;
    p.locked[53] = 3; // opposite corners in one district
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->assignment[0], 3);
    EXPECT_EQ(r->assignment[53], 3);
    EXPECT_NEAR(r->maxDiameter, 8 * 1.0 + 5 * 1.5, 1e-9);
}

TEST(DiameterSearch, RefusesWhatItDoesNotSolveAndHonoursCancel)
{
    BalanceProblem p = gridProblem(6, 4, 3, 0.10, false);
    p.contiguous = true;
    EXPECT_EQ(optimizeBalance(p).error().code, ErrorCode::Invalid);
    p.contiguous = false;
    p.adjacencyLength.pop_back();
    EXPECT_EQ(optimizeBalance(p).error().code, ErrorCode::Invalid);
    p = gridProblem(6, 4, 3, 0.10, false);
    std::atomic_bool cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    EXPECT_EQ(optimizeBalance(p, progress).error().code, ErrorCode::Cancelled);
}

TEST(DiameterSearch, ReportsProgressUpToTheEnd)
{
    const BalanceProblem p = gridProblem(6, 4, 3, 0.10, false);
    std::vector<double> seen;
    Progress progress;
    progress.report = [&seen](double f) {
        seen.push_back(f);
    };
    Result<BalanceResult> r = optimizeBalance(p, progress);
    ASSERT_TRUE(r.ok());
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);
}

TEST(DiameterSearch, ReportsTheBandMissWhenNoBalanceExists)
{
    // One piece carries more workload than a district may hold.
    BalanceProblem p = gridProblem(6, 4, 3, 0.05, true);
    p.metrics[0].values[5] = 100;
    p.timeBudgetSeconds = 0.3;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->withinTolerance);
    EXPECT_EQ(r->assignment.size(), p.x.size());
}
