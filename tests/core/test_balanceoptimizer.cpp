// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/balanceoptimizer.h"
#include "core/balance/balancerepair.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>

using namespace Tessera;

namespace {

// A grid of w x h pieces on the plane with 4-neighbour adjacency and
// pseudo-random workloads and potentials.
BalanceProblem gridProblem(int w, int h, int districts, std::uint64_t salt = 1)
{
    BalanceProblem p;
    p.space = PieceSpace::Plane;
    p.districts = districts;
    BalanceMetric workload{QStringLiteral("workload"), {}, 0.05};
    BalanceMetric potential{QStringLiteral("potential"), {}, 0.10};
    std::uint64_t s = salt;
    auto next = [&s] {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return double((s >> 33) % 1000) / 1000.0;
    };
    for (int j = 0; j < h; ++j) {
        for (int i = 0; i < w; ++i) {
            p.x.push_back(i);
            p.y.push_back(j);
            workload.values.push_back(1.0 + next());
            potential.values.push_back(1.0 + 2 * next());
        }
    }
    p.metrics = {workload, potential};
    p.adjacencyStart.push_back(0);
    for (int j = 0; j < h; ++j) {
        for (int i = 0; i < w; ++i) {
            if (i > 0)
                p.adjacency.push_back(std::uint32_t(j * w + i - 1));
            if (i + 1 < w)
                p.adjacency.push_back(std::uint32_t(j * w + i + 1));
            if (j > 0)
                p.adjacency.push_back(std::uint32_t((j - 1) * w + i));
            if (j + 1 < h)
                p.adjacency.push_back(std::uint32_t((j + 1) * w + i));
            p.adjacencyStart.push_back(std::uint32_t(p.adjacency.size()));
        }
    }
    p.timeBudgetSeconds = 5;
    return p;
}

bool balanced(const BalanceProblem &p, const std::vector<int> &assign)
{
    for (const BalanceMetric &m : p.metrics) {
        if (m.tolerance < 0)
            continue;
        std::vector<double> t(std::size_t(p.districts), 0.0);
        double total = 0;
        for (std::size_t i = 0; i < assign.size(); ++i) {
            t[std::size_t(assign[i])] += m.values[i];
            total += m.values[i];
        }
        for (double v : t) {
            if (std::abs(v / (total / p.districts) - 1) > m.tolerance + 1e-12)
                return false;
        }
    }
    return true;
}

// Connected parts of each district minus one, counted independently of the optimizer.
int extraParts(const BalanceProblem &p, const std::vector<int> &assign)
{
    const std::size_t n = assign.size();
    std::vector<char> seen(n, 0);
    std::vector<int> parts(std::size_t(p.districts), 0);
    for (std::size_t s = 0; s < n; ++s) {
        if (seen[s])
            continue;
        ++parts[std::size_t(assign[s])];
        std::vector<std::size_t> stack{s};
        seen[s] = 1;
        while (!stack.empty()) {
            const std::size_t u = stack.back();
            stack.pop_back();
            for (std::uint32_t e = p.adjacencyStart[u]; e < p.adjacencyStart[u + 1]; ++e) {
                const std::uint32_t v = p.adjacency[e];
                if (!seen[v] && assign[v] == assign[u]) {
                    seen[v] = 1;
                    stack.push_back(v);
                }
            }
        }
    }
    int extra = 0;
    for (int c : parts)
        extra += std::max(c - 1, 0);
    return extra;
}

// Every assignment of n pieces to k districts (n small), calling f with each.
void forEachAssignment(std::size_t n, int k, const std::function<void(const std::vector<int> &)> &f)
{
    std::vector<int> a(n, 0);
    for (;;) {
        f(a);
        std::size_t i = 0;
        while (i < n && ++a[i] == k)
            a[i++] = 0;
        if (i == n)
            return;
    }
}

double costTo(const BalanceProblem &p, const std::vector<int> &assign, const BalanceResult &r)
{
    double s = 0;
    for (std::size_t i = 0; i < assign.size(); ++i) {
        const std::size_t k = std::size_t(assign[i]);
        s += p.metrics[0].values[i] * std::hypot(p.x[i] - r.centreX[k], p.y[i] - r.centreY[k]);
    }
    return s;
}

} // namespace

TEST(BalanceOptimizer, TinyInstanceReachesTheBruteForceOptimumAndTheBoundHolds)
{
    BalanceProblem p = gridProblem(4, 3, 2, 7);
    p.metrics[0].tolerance = 0.10;
    p.metrics[1].tolerance = -1;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_TRUE(balanced(p, r->assignment));

    // Over every balanced assignment to the optimizer's centres, none is
    // cheaper than the certified lower bound, and the optimizer's own
    // assignment is the cheapest one (brute force over 2^12).
    double best = std::numeric_limits<double>::infinity();
    forEachAssignment(p.x.size(), p.districts, [&](const std::vector<int> &a) {
        if (balanced(p, a))
            best = std::min(best, costTo(p, a, *r));
    });
    ASSERT_TRUE(std::isfinite(best));
    EXPECT_LE(r->lowerBound, best + 1e-9);
    EXPECT_LE(r->lowerBound, r->dispersion + 1e-9);
    EXPECT_NEAR(r->dispersion, costTo(p, r->assignment, *r), 1e-9);
    EXPECT_LE(r->dispersion, best * 1.0001);
}

TEST(BalanceOptimizer, TwoClustersAreFoundFromScratch)
{
    BalanceProblem p;
    p.space = PieceSpace::Plane;
    p.districts = 2;
    BalanceMetric m{QStringLiteral("workload"), {}, 0.02};
    for (int i = 0; i < 5; ++i) {
        p.x.push_back(i * 0.1);
        p.y.push_back(0);
        p.x.push_back(100 + i * 0.1);
        p.y.push_back(5);
        m.values.push_back(1);
        m.values.push_back(1);
    }
    p.metrics = {m};
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    for (std::size_t i = 0; i < p.x.size(); i += 2) {
        EXPECT_EQ(r->assignment[i], r->assignment[0]);
        EXPECT_EQ(r->assignment[i + 1], r->assignment[1]);
    }
    EXPECT_NE(r->assignment[0], r->assignment[1]);
    EXPECT_EQ(r->maxDeviation[0], 0);
}

TEST(BalanceOptimizer, SameSeedSameResult)
{
    BalanceProblem p = gridProblem(20, 15, 6, 3);
    p.contiguous = true;
    Result<BalanceResult> a = optimizeBalance(p);
    Result<BalanceResult> b = optimizeBalance(p);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->assignment, b->assignment);
    EXPECT_EQ(a->dispersion, b->dispersion);
    EXPECT_EQ(a->lowerBound, b->lowerBound);
}

TEST(BalanceOptimizer, ContiguousAndBalancedOnAGrid)
{
    BalanceProblem p = gridProblem(30, 20, 8, 5);
    p.contiguous = true;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance) << r->maxDeviation[0] << " " << r->maxDeviation[1];
    EXPECT_TRUE(balanced(p, r->assignment));
    EXPECT_EQ(extraParts(p, r->assignment), 0);
    EXPECT_EQ(r->contiguityViolations, 0);
    EXPECT_LE(r->lowerBound, r->dispersion);
    EXPECT_GT(r->lowerBound, 0);
}

TEST(BalanceOptimizer, ContiguityRepairJoinsDetachedPieces)
{
    // Two districts on a strip, each holding an island of the other: the
    // evaluation counts the extra parts and a rebalance removes them.
    BalanceProblem p = gridProblem(10, 1, 2, 9);
    p.metrics[0].tolerance = 0.5;
    p.metrics[1].tolerance = -1;
    p.contiguous = true;
    std::vector<int> start = {0, 0, 0, 1, 0, 0, 1, 1, 1, 1};
    EXPECT_EQ(evaluateBalance(p, start).contiguityViolations, 2);
    EXPECT_EQ(extraParts(p, start), 2);
    p.current = start;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->contiguityViolations, 0);
    EXPECT_EQ(extraParts(p, r->assignment), 0);
    EXPECT_TRUE(balanced(p, r->assignment));
}

TEST(BalanceOptimizer, LocksAreRespected)
{
    BalanceProblem p = gridProblem(12, 10, 4, 11);
    p.locked.assign(p.x.size(), -1);
    // Lock pieces in opposite corners to districts that geometry alone would not give them.
    p.locked[0] = 3;
    p.locked[p.x.size() - 1] = 0;
    p.locked[11] = 2;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->assignment[0], 3);
    EXPECT_EQ(r->assignment[p.x.size() - 1], 0);
    EXPECT_EQ(r->assignment[11], 2);
    EXPECT_TRUE(r->withinTolerance);
}

TEST(BalanceOptimizer, MovesBoundIsBelowMovesMadeAndBelowTheTrueMinimum)
{
    BalanceProblem p = gridProblem(4, 3, 3, 13);
    p.metrics[0].tolerance = 0.08;
    p.metrics[1].tolerance = -1;
    // Columns 0, 1-2 and 3: unbalanced on purpose.
    p.current.resize(p.x.size());
    for (std::size_t i = 0; i < p.x.size(); ++i) {
        const int col = int(p.x[i]);
        p.current[i] = col == 0 ? 0 : col == 3 ? 2 : 1;
    }
    const int bound = movesLowerBound(p);
    int minimum = std::numeric_limits<int>::max();
    forEachAssignment(p.x.size(), p.districts, [&](const std::vector<int> &a) {
        if (!balanced(p, a))
            return;
        int moves = 0;
        for (std::size_t i = 0; i < a.size(); ++i)
            moves += a[i] != p.current[i];
        minimum = std::min(minimum, moves);
    });
    ASSERT_LT(minimum, std::numeric_limits<int>::max());
    EXPECT_GT(bound, 0);
    EXPECT_LE(bound, minimum);
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_EQ(r->movesLowerBound, bound);
    EXPECT_LE(r->movesLowerBound, r->moves);
    EXPECT_GE(r->moves, minimum);
}

TEST(BalanceOptimizer, ContiguousRebalanceAgainstEveryContiguousSolution)
{
    // Strips and 5 x 2 grids of ten pieces in three districts, from
    // current districts that are contiguous blocks, some with a block in
    // no district (a removed rep's). The moves bound never exceeds the
    // fewest moves of any contiguous assignment within the tolerances, and
    // where load has to be handed on through a district, it says more than
    // the bound that ignores contiguity. The optimizer's moves are compared
    // with that fewest (solved: within the tolerances and contiguous).
    int instances = 0, sharper = 0, solved = 0, excess = 0, optimal = 0;
    for (int shape = 0; shape < 2; ++shape) {
        for (std::uint64_t salt = 1; salt <= 24; ++salt) {
            BalanceProblem p =
                shape == 0 ? gridProblem(10, 1, 3, salt) : gridProblem(5, 2, 3, salt);
            p.metrics[0].tolerance = 0.12;
            p.metrics[1].tolerance = salt % 2 ? 0.3 : -1;
            p.contiguous = true;
            // Blocks along x: [0, a) in 0, [a, b) in 1, the rest in 2, and
            // for some salts the last column in none.
            const int w = shape == 0 ? 10 : 5;
            const int a = 1 + int(salt % 3);
            const int b = a + 1 + int(salt % (shape == 0 ? 5 : 2));
            p.current.resize(p.x.size());
            for (std::size_t i = 0; i < p.x.size(); ++i) {
                const int col = int(p.x[i]);
                p.current[i] = col < a ? 0 : col < b ? 1 : 2;
                if (salt % 4 == 0 && col == w - 1)
                    p.current[i] = -1;
            }
            int minimum = std::numeric_limits<int>::max();
            forEachAssignment(p.x.size(), p.districts, [&](const std::vector<int> &assign) {
                int moves = 0;
                for (std::size_t i = 0; i < assign.size(); ++i)
                    moves += assign[i] != p.current[i];
                if (moves < minimum && balanced(p, assign) && extraParts(p, assign) == 0)
                    minimum = moves;
            });
            if (minimum == std::numeric_limits<int>::max())
                continue; // no contiguous solution within the tolerances
            ++instances;
            const int bound = movesLowerBound(p);
            BalanceProblem loose = p;
            loose.contiguous = false;
            EXPECT_LE(bound, minimum) << shape << " " << salt;
            EXPECT_GE(bound, movesLowerBound(loose)) << shape << " " << salt;
            sharper += bound > movesLowerBound(loose);
            Result<BalanceResult> r = optimizeBalance(p);
            ASSERT_TRUE(r.ok());
            if (r->withinTolerance && r->contiguityViolations == 0) {
                ++solved;
                excess += r->moves - minimum;
                optimal += r->moves == minimum;
            }
        }
    }
    EXPECT_GE(instances, 20);
    EXPECT_GE(sharper, 3);
    // Scopes this small are searched exhaustively after the heuristics:
    // every instance is solved, with the fewest moves.
    EXPECT_EQ(solved, instances);
    EXPECT_EQ(optimal, instances);
    EXPECT_EQ(excess, 0);
}

TEST(BalanceOptimizer, ANewDistrictGrowsFromNothingUnderContiguity)
{
    // Five districts, then a sixth rep joins: the new district has no
    // piece to start from, and must still get its share, connected.
    BalanceProblem p = gridProblem(24, 16, 5, 23);
    p.contiguous = true;
    Result<BalanceResult> first = optimizeBalance(p);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->withinTolerance);
    p.districts = 6;
    p.current = first->assignment;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_EQ(extraParts(p, r->assignment), 0);
    EXPECT_EQ(r->contiguityViolations, 0);
    EXPECT_GT(std::count(r->assignment.begin(), r->assignment.end(), 5), 0);
    EXPECT_LE(r->movesLowerBound, r->moves);
}

TEST(BalanceOptimizer, RebalanceAfterARemovedDistrictMovesItsPiecesAndFewOthers)
{
    BalanceProblem p = gridProblem(24, 16, 6, 17);
    p.contiguous = true;
    Result<BalanceResult> first = optimizeBalance(p);
    ASSERT_TRUE(first.ok());
    // District 5 goes away: its pieces are in none, the others keep theirs.
    p.districts = 5;
    p.current = first->assignment;
    int orphans = 0;
    for (int &k : p.current) {
        if (k == 5) {
            k = -1;
            ++orphans;
        }
    }
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_EQ(r->contiguityViolations, 0);
    EXPECT_GE(r->movesLowerBound, orphans);
    EXPECT_LE(r->movesLowerBound, r->moves);
    for (std::size_t i = 0; i < p.x.size(); ++i)
        EXPECT_GE(r->assignment[i], 0);
}

TEST(BalanceOptimizer, ARebalanceIsTheSameForTheSameSeed)
{
    // While rebalancing, the certificate and the moves bound are worked
    // out on a second thread: the search must not feel it, run after run.
    BalanceProblem p = gridProblem(40, 30, 8, 29);
    p.contiguous = true;
    Result<BalanceResult> first = optimizeBalance(p);
    ASSERT_TRUE(first.ok());
    p.current = first->assignment;
    p.districts = 7;
    for (int &k : p.current)
        k = k == 7 ? -1 : k;
    for (std::size_t i = 0; i < p.x.size(); ++i)
        p.metrics[0].values[i] *= 0.9 + 0.2 * double((i * 7919) % 101) / 100.0;
    Result<BalanceResult> a = optimizeBalance(p);
    Result<BalanceResult> b = optimizeBalance(p);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_TRUE(a->withinTolerance);
    EXPECT_EQ(a->contiguityViolations, 0);
    EXPECT_EQ(a->assignment, b->assignment);
    EXPECT_EQ(a->moves, b->moves);
    EXPECT_EQ(a->movesLowerBound, b->movesLowerBound);
    EXPECT_EQ(a->movesLowerBound, movesLowerBound(p));
    // Its ascent counts work, not time: the same bound, to the last digit.
    EXPECT_EQ(a->lowerBound, b->lowerBound);
    // The certificate is for the centres the result reports.
    const BalanceResult again = evaluateBalance(p, a->assignment, a->centreX, a->centreY);
    EXPECT_LE(a->lowerBound, again.dispersion * (1 + 1e-9));
    EXPECT_NEAR(again.dispersion, a->dispersion, 1e-9 * a->dispersion);
}

TEST(BalanceOptimizer, CancelStopsARebalance)
{
    BalanceProblem p = gridProblem(30, 30, 6, 23);
    p.current.assign(p.x.size(), 0);
    for (std::size_t i = 0; i < p.x.size(); ++i)
        p.current[i] = int(p.x[i]) / 5;
    std::atomic_bool cancel{false};
    Progress progress;
    progress.cancel = &cancel;
    progress.report = [&cancel](double done) {
        if (done >= 0.3)
            cancel = true;
    };
    Result<BalanceResult> r = optimizeBalance(p, progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
    EXPECT_TRUE(cancel);
}

TEST(BalanceOptimizer, WithoutContiguityARemovedDistrictsPiecesGoWhereTheyAreNeeded)
{
    // Ten balanced districts; a year on, workload has drifted by up to
    // +-10 % per piece and one rep leaves. Without contiguity the removed
    // district's pieces can fill the others' shortfall where it is, so
    // hardly anything else moves.
    BalanceProblem p = gridProblem(40, 30, 10, 29);
    p.metrics[0].tolerance = 0.02;
    p.metrics[1].tolerance = 0.05;
    // Sizes as uneven as ZIP codes': a few pieces weigh twenty times the rest.
    std::uint64_t state = 41;
    auto next = [&state] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) * 0x1.0p-53;
    };
    for (std::size_t i = 0; i < p.x.size(); ++i) {
        p.metrics[0].values[i] = 1 + 20 * std::pow(next(), 8);
        p.metrics[1].values[i] = p.metrics[0].values[i] * (0.5 + next());
    }
    Result<BalanceResult> first = optimizeBalance(p);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->withinTolerance);
    for (double &v : p.metrics[0].values)
        v *= 0.9 + 0.2 * next();
    p.districts = 9;
    p.current = first->assignment;
    for (int &k : p.current)
        k = k == 9 ? -1 : k;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_LE(r->movesLowerBound, r->moves);
    EXPECT_LE(double(r->moves), 1.1 * r->movesLowerBound);
    for (std::size_t i = 0; i < p.x.size(); ++i)
        EXPECT_GE(r->assignment[i], 0);
}

TEST(BalanceOptimizer, AToleranceOutOfReachIsWidenedAndTheOthersStillHold)
{
    // One customer worth more than a district's potential share: potential
    // cannot be within 10 %; workload still can, and potential should come
    // as close as the pieces allow rather than anywhere.
    BalanceProblem p = gridProblem(12, 8, 4, 31);
    p.metrics[1].values[40] = 120;
    const double floor = leastReachableDeviation(p)[1];
    ASSERT_GT(floor, p.metrics[1].tolerance);
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_FALSE(r->withinTolerance);
    ASSERT_EQ(r->widenedTolerance.size(), p.metrics.size());
    EXPECT_EQ(r->widenedTolerance[0], -1);
    EXPECT_NEAR(r->widenedTolerance[1], floor + p.metrics[1].tolerance, 1e-12);
    EXPECT_LE(r->maxDeviation[0], p.metrics[0].tolerance + 1e-9);
    EXPECT_GE(r->maxDeviation[1], floor - 1e-12);

    // Potential alone: the widened band is reached, and the bound speaks of it.
    p.metrics[0].tolerance = -1;
    r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_FALSE(r->withinTolerance);
    EXPECT_GE(r->maxDeviation[1], floor - 1e-12);
    EXPECT_LE(r->maxDeviation[1], r->widenedTolerance[1] + 1e-9);
    EXPECT_TRUE(r->boundApplies(p.metrics));
    EXPECT_LE(r->lowerBound, r->dispersion * (1 + 1e-9));

    // Reachable tolerances are never widened.
    Result<BalanceResult> plain = optimizeBalance(gridProblem(12, 8, 4, 31));
    ASSERT_TRUE(plain.ok());
    EXPECT_TRUE(plain->widenedTolerance.empty());
    EXPECT_TRUE(plain->withinTolerance);
}

TEST(BalanceOptimizer, MoveCapIsKept)
{
    BalanceProblem p = gridProblem(16, 10, 4, 19);
    p.current.resize(p.x.size());
    for (std::size_t i = 0; i < p.x.size(); ++i)
        p.current[i] = int(p.x[i]) / 4; // four columns of stripes
    p.metrics[0].values[0] += 40;       // a shock in district 0
    p.maxMovedShare = 0.05;
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_LE(r->moves, int(0.05 * double(p.x.size())));
}

TEST(BalanceOptimizer, CapOnAMetricMovedIsKept)
{
    // Four stripes; district 0 must shed some workload. Its pieces of most
    // workload, which the fewest moves would take, carry much revenue.
    BalanceProblem p = gridProblem(16, 10, 4, 19);
    BalanceMetric revenue{QStringLiteral("revenue"), {}, -1};
    for (double w : p.metrics[0].values)
        revenue.values.push_back(w > 1.6 ? 50 : 1);
    p.metrics.push_back(revenue);
    p.contiguous = true;
    p.current.resize(p.x.size());
    for (std::size_t i = 0; i < p.x.size(); ++i)
        p.current[i] = int(p.x[i]) / 4;
    p.metrics[0].values[0] += 12;
    Result<BalanceResult> free = optimizeBalance(p);
    ASSERT_TRUE(free.ok());
    ASSERT_TRUE(free->withinTolerance);
    p.metrics[2].maxMovedShare = 0.01;
    // Without the cap, the cheapest answer moves more revenue than it allows.
    ASSERT_GT(free->movedShare[2], 0.01);
    Result<BalanceResult> capped = optimizeBalance(p);
    ASSERT_TRUE(capped.ok());
    EXPECT_TRUE(capped->withinTolerance);
    EXPECT_EQ(capped->contiguityViolations, 0);
    EXPECT_LE(capped->movedShare[2], 0.01);
    EXPECT_GT(capped->moves, 0);
    // A cap outside 0 to 1 is refused.
    p.metrics[2].maxMovedShare = 1.5;
    EXPECT_EQ(optimizeBalance(p).error().code, ErrorCode::Invalid);
}

TEST(BalanceOptimizer, CancelStops)
{
    BalanceProblem p = gridProblem(30, 30, 6, 23);
    std::atomic_bool cancel{true};
    Progress progress;
    progress.cancel = &cancel;
    Result<BalanceResult> r = optimizeBalance(p, progress);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Cancelled);
}

TEST(BalanceOptimizer, BadProblemsAreRefused)
{
    BalanceProblem p = gridProblem(4, 4, 2);
    BalanceProblem q = p;
    q.districts = 0;
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.metrics[0].values[3] = std::nan("");
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.adjacency[0] = 999;
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.locked.assign(p.x.size(), 7);
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.adjacencyStart.clear();
    q.adjacency.clear();
    q.contiguous = true;
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.districts = 100;
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    // Target shares: one per district, positive, summing to one; per metric too.
    q = p;
    q.targetShare = {0.7, 0.4};
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.metricShare = {{}, {1.0, 0.0}};
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.metricShare = {{0.5, 0.5}, {}, {0.5, 0.5}};
    EXPECT_EQ(optimizeBalance(q).error().code, ErrorCode::Invalid);
    q = p;
    q.metricShare = {{0.3, 0.7}};
    EXPECT_TRUE(optimizeBalance(q).ok());
}

TEST(BalanceOptimizer, NeighbourGraphIsSymmetricAndConnected)
{
    std::vector<double> x, y;
    for (int i = 0; i < 200; ++i) {
        x.push_back(-120 + (i % 20) * 0.3 + (i > 150 ? 40 : 0)); // a far cluster
        y.push_back(35 + (i / 20) * 0.2);
    }
    std::vector<std::uint32_t> start, adj;
    nearestNeighbourGraph(PieceSpace::LonLat, x, y, 5, start, adj);
    ASSERT_EQ(start.size(), x.size() + 1);
    for (std::size_t u = 0; u < x.size(); ++u) {
        EXPECT_GE(start[u + 1] - start[u], 5u);
        for (std::uint32_t e = start[u]; e < start[u + 1]; ++e) {
            const std::uint32_t v = adj[e];
            EXPECT_NE(v, u);
            bool back = false;
            for (std::uint32_t f = start[v]; f < start[v + 1]; ++f)
                back = back || adj[f] == u;
            EXPECT_TRUE(back);
        }
    }
    BalanceProblem p;
    p.x = x;
    p.y = y;
    p.districts = 1;
    p.adjacencyStart = start;
    p.adjacency = adj;
    EXPECT_EQ(extraParts(p, std::vector<int>(x.size(), 0)), 0);
}

TEST(BalanceTransfers, PlanCarriesTheExcessThroughTheSlackOfTheDistrictsOnTheWay)
{
    // Four districts on a path 0 - 1 - 2 - 3: district 0 is 0.25 over its
    // band, 2 and 3 are short by 0.05 and 0.15; 1 is inside its band.
    TransferProblem p;
    p.load = {1.30, 1.00, 0.90, 0.80};
    p.lo.assign(4, 0.95);
    p.hi.assign(4, 1.05);
    for (int k = 0; k + 1 < 4; ++k) {
        p.arcs.push_back({k, k + 1, 1.0});
        p.arcs.push_back({k + 1, k, 1.0});
    }
    const TransferPlan plan = planTransfers(p);
    EXPECT_NEAR(plan.unmet, 0, 1e-9);
    for (int k = 0; k < 4; ++k) {
        EXPECT_GE(plan.after[k], p.lo[k] - 1e-9) << k;
        EXPECT_LE(plan.after[k], p.hi[k] + 1e-9) << k;
    }
    // The cheapest plan: 0.25 leaves 0, of which 1 keeps 0.05 (its slack),
    // 2 keeps 0.05 and 3 gets 0.15; nothing flows backwards.
    EXPECT_NEAR(plan.flow[0], 0.25, 1e-9);
    EXPECT_NEAR(plan.flow[2], 0.20, 1e-9);
    EXPECT_NEAR(plan.flow[4], 0.15, 1e-9);
    EXPECT_NEAR(plan.flow[1] + plan.flow[3] + plan.flow[5], 0, 1e-9);
    EXPECT_NEAR(plan.cost, 0.60, 1e-9);

    // Without a way out, the excess is reported as unmet.
    p.arcs.clear();
    EXPECT_NEAR(planTransfers(p).unmet, 0.25 + 0.05 + 0.15, 1e-9);
}

TEST(BalanceTransfers, ContiguousRebalanceOnAStripMovesTheComputedNumberOfPieces)
{
    // Thirty unit pieces on a strip in three districts of 13, 10 and 7:
    // contiguity forces district 0 to hand three pieces to 1 and district 1
    // three to 2; six moves is the least any contiguous solution can do.
    // The bound sees part of it: three pieces must leave 0, three must
    // reach 2, and district 1 must hand on at least one itself.
    BalanceProblem p = gridProblem(30, 1, 3, 29);
    std::fill(p.metrics[0].values.begin(), p.metrics[0].values.end(), 1.0);
    p.metrics[0].tolerance = 0.05;
    p.metrics[1].tolerance = -1;
    p.contiguous = true;
    p.current.resize(30);
    for (int i = 0; i < 30; ++i)
        p.current[std::size_t(i)] = i < 13 ? 0 : i < 23 ? 1 : 2;
    EXPECT_EQ(movesLowerBound(p), 4);
    BalanceProblem loose = p;
    loose.contiguous = false;
    EXPECT_EQ(movesLowerBound(loose), 3);
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance);
    EXPECT_EQ(extraParts(p, r->assignment), 0);
    EXPECT_EQ(r->moves, 6);
}

TEST(BalanceTransfers, SwapFixesOneMetricWithoutBreakingTheOther)
{
    // Two districts of three columns on a 6 x 2 grid with unit workloads
    // held to +-1 %: no single piece may move. District 0 has 2 over its
    // potential band; exchanging its piece of potential 3 for the piece of
    // potential 2 across the border fixes it, and both stay connected.
    BalanceProblem p = gridProblem(6, 2, 2, 31);
    std::vector<double> &workload = p.metrics[0].values;
    std::vector<double> &potential = p.metrics[1].values;
    std::fill(workload.begin(), workload.end(), 1.0);
    p.metrics[0].tolerance = 0.01;
    p.metrics[1].tolerance = 0.10;
    p.contiguous = true;
    p.current.resize(12);
    for (std::size_t i = 0; i < 12; ++i) {
        const int col = int(i % 6);
        p.current[i] = col < 3 ? 0 : 1;
        potential[i] = col < 3 ? 1.2 : 1.0;
    }
    potential[2] = 3;     // (2, 0), district 0, on the border
    potential[6 + 3] = 2; // (3, 1), district 1, on the border
    ASSERT_FALSE(balanced(p, p.current));
    Result<BalanceResult> r = optimizeBalance(p);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->withinTolerance) << r->maxDeviation[0] << " " << r->maxDeviation[1];
    EXPECT_TRUE(balanced(p, r->assignment));
    EXPECT_EQ(extraParts(p, r->assignment), 0);
    EXPECT_EQ(r->moves, 2);
    EXPECT_EQ(r->assignment[2], 1);
    EXPECT_EQ(r->assignment[9], 0);
}

TEST(BalanceOptimizer, LeastReachableDeviationIsTightAndNeverAboveTheBruteForceBest)
{
    // Eight pieces on a line, one of them heavy: 10 of 17 in three districts.
    BalanceProblem p;
    p.space = PieceSpace::Plane;
    p.metrics = {{QStringLiteral("potential"), {10, 1, 1, 1, 1, 1, 1, 1}, 0.05},
                 {QStringLiteral("accounts"), std::vector<double>(8, 1.0), -1}};
    for (int i = 0; i < 8; ++i) {
        p.x.push_back(i);
        p.y.push_back(0);
    }
    p.districts = 3;
    const double target = 17.0 / 3;
    std::vector<double> least = leastReachableDeviation(p);
    ASSERT_EQ(least.size(), 2u);
    EXPECT_NEAR(least[0], 10 / target - 1, 1e-12);
    EXPECT_EQ(least[1], 0.0);

    // Pieces 1..3 locked in district 2 leave districts 0 and 1 free for the
    // heavy piece: the figure stays. Locking it with three more in one
    // district raises it.
    p.locked = {-1, 2, 2, 2, -1, -1, -1, -1};
    EXPECT_NEAR(leastReachableDeviation(p)[0], 10 / target - 1, 1e-12);
    p.locked = {0, 0, 0, 0, -1, -1, -1, -1};
    EXPECT_NEAR(leastReachableDeviation(p)[0], 13 / target - 1, 1e-12);

    // Against brute force on random small problems: no assignment deviates
    // less than the figure (it is a bound), and the optimizer reports it.
    std::uint64_t state = 12345;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return double((state >> 33) % 1000) / 1000.0;
    };
    for (int round = 0; round < 20; ++round) {
        BalanceProblem q;
        q.space = PieceSpace::Plane;
        q.districts = 3;
        std::vector<double> v;
        for (int i = 0; i < 7; ++i) {
            q.x.push_back(next());
            q.y.push_back(next());
            v.push_back(i == 0 ? 1 + 9 * next() : 0.1 + next());
        }
        q.metrics = {{QStringLiteral("w"), v, 0.05}};
        if (round % 2)
            q.locked = {-1, 0, -1, -1, 1, -1, -1};
        const double figure = leastReachableDeviation(q)[0];
        double best = std::numeric_limits<double>::infinity();
        const double total = std::accumulate(v.begin(), v.end(), 0.0);
        forEachAssignment(v.size(), q.districts, [&](const std::vector<int> &a) {
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (!q.locked.empty() && q.locked[i] >= 0 && q.locked[i] != a[i])
                    return;
            }
            std::vector<double> load(3, 0.0);
            for (std::size_t i = 0; i < a.size(); ++i)
                load[std::size_t(a[i])] += v[i];
            double worst = 0;
            for (double l : load)
                worst = std::max(worst, std::abs(l / (total / 3) - 1));
            best = std::min(best, worst);
        });
        EXPECT_LE(figure, best + 1e-12) << "round " << round;
        Result<BalanceResult> r = optimizeBalance(q);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
        ASSERT_EQ(r->leastDeviation.size(), 1u);
        EXPECT_DOUBLE_EQ(r->leastDeviation[0], figure);
        EXPECT_GE(r->maxDeviation[0], figure - 1e-12);
    }
}
