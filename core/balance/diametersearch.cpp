// SPDX-License-Identifier: GPL-3.0-or-later
// The MaxDiameter objective: a threshold tabu search. For a threshold T, two
// pieces of one district farther apart than T are in conflict; the search
// looks for an assignment without conflicts whose districts are all within
// their bands, and every time it finds one, lowers T below that assignment's
// largest diameter and goes on from there.
#include "core/balance/diametersearch.h"

#include "core/balance/balanceoptimizer.h"
#include "core/balance/splitmix.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <numeric>
#include <queue>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DiameterSearch)
};

using Clock = std::chrono::steady_clock;

// The diameter search's own stream of a seed.
constexpr std::uint64_t DiameterSalt = 0x632BE59BD9B4E019ull;

// The search stops on counted work (distances and moves looked at), this
// much per second of budget, what one core of the 2-core benchmark machine
// does on its slowest instances (1.8 to 3.2e8 per second, depending on the
// instance), so that the same seed gives the same territories run after
// run. The clock stops it too, at SlackOfTheClock times the budget, on a
// machine much slower or busier.
constexpr double WorkPerSecond = 1.8e8;
constexpr double SlackOfTheClock = 1.6;

class Search
{
public:
    Search(const BalanceProblem &problem, const Progress &progress, std::vector<float> distances)
        : P(problem)
        , m_progress(progress)
        , m_start(Clock::now())
        , n(problem.x.size())
        , K(problem.districts)
        , d(std::move(distances))
        , rng(problem.seed, DiameterSalt)
    {
        // A finite stand-in for "not connected": farther than any real pair.
        float far = 0;
        for (float v : d) {
            if (std::isfinite(v))
                far = std::max(far, v);
        }
        unreachable = 2 * far + 1;
        for (float &v : d) {
            if (!std::isfinite(v))
                v = unreachable;
        }
        for (const BalanceMetric &m : P.metrics) {
            if (m.tolerance >= 0)
                metrics.push_back(&m);
        }
        M = int(metrics.size());
        val.assign(n * std::size_t(M), 0.0);
        lo.assign(std::size_t(K) * M, 0.0);
        hi.assign(std::size_t(K) * M, 0.0);
        inv.assign(std::size_t(K) * M, 0.0);
        for (int m = 0; m < M; ++m) {
            const std::vector<double> &v = metrics[std::size_t(m)]->values;
            const double total = std::accumulate(v.begin(), v.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i)
                val[i * M + m] = v[i];
            for (int k = 0; k < K; ++k) {
                const double target =
                    total * P.shareOf(std::size_t(metrics[std::size_t(m)] - P.metrics.data()), k);
                const double tol = metrics[std::size_t(m)]->tolerance;
                lo[std::size_t(k) * M + m] = target * (1 - tol);
                hi[std::size_t(k) * M + m] = target * (1 + tol);
                inv[std::size_t(k) * M + m] = target > 0 ? 1.0 / target : 0.0;
            }
        }
        fixed.assign(n, 0);
        for (std::size_t i = 0; i < P.locked.size(); ++i)
            fixed[i] = P.locked[i] >= 0;
        // Violation is counted in shares of a target; a typical piece is
        // worth K / n of one, and as much as one conflict.
        wRef = n > 0 ? double(n) / K : 1.0;
        w = wRef;
        stallLimit = std::max<std::int64_t>(2000, 6 * std::int64_t(n));
        stopLimit = 20 * stallLimit;
        std::vector<std::size_t> lockedAt;
        for (std::size_t i = 0; i < n; ++i) {
            movable += !fixed[i];
            if (fixed[i])
                lockedAt.push_back(i);
        }
        for (std::size_t x : lockedAt)
            for (std::size_t y : lockedAt)
                if (P.locked[x] == P.locked[y])
                    lockBound = std::max(lockBound, double(dist(x, y)));
    }

    double elapsed() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }

    // Returns false when cancelled.
    bool run()
    {
        start();
        computeLoads();
        const std::vector<double> startDiameters = districtDiameters(d, a, K);
        setThreshold(*std::max_element(startDiameters.begin(), startDiameters.end()));
        beginThreshold();
        for (;; ++it) {
            if ((it & 63) == 0) {
                if (m_progress.cancelled())
                    return false;
                const double t = elapsed();
                if (work > workBudget || t > SlackOfTheClock * P.timeBudgetSeconds)
                    break;
                m_progress.update(std::min(1.0, work / workBudget));
            }
            if (it - lastBest > stopLimit && haveBest)
                break;
            if (C == 0 && V < 1e-12 && feasibleNow()) {
                onFeasible();
                continue;
            }
            if (haveBest && bestObjective <= lockBound)
                break; // two pieces locked together are that far apart
            if (!step()) {
                if (movable == 0)
                    break;
                perturb(); // every useful move is forbidden
                continue;
            }
            const double s = score();
            if (s < bestScore - 1e-9) {
                bestScore = s;
                sinceImprove = 0;
            } else if (++sinceImprove > stallLimit) {
                onStall();
            }
        }
        if (traceWork)
            std::fprintf(stderr, "diameter search: work %.4g in %.3f s (%.4g per second)\n", work,
                         elapsed(), work / std::max(elapsed(), 1e-9));
        return true;
    }

    const BalanceProblem &P;
    const Progress &m_progress;
    Clock::time_point m_start;
    std::size_t n;
    int K, M = 0;
    std::vector<float> d;
    float unreachable = 0;
    SplitMix rng;
    std::vector<const BalanceMetric *> metrics; // the constrained ones
    std::vector<double> val, lo, hi, inv;       // [i * M + m], [k * M + m]
    std::vector<char> fixed;
    std::vector<int> a;             // district of every piece
    std::vector<double> load;       // [k * M + m]
    std::vector<double> viol;       // [k]: violation of district k
    std::vector<int> far;           // [i * K + k]: pieces of k farther than T from i
    std::vector<std::int64_t> tabu; // [i * K + k]: i may not enter k before this move
    double T = 0;
    std::int64_t C = 0; // pairs in conflict
    double V = 0;       // total violation of the bands, in shares of the targets
    double w = 1, wRef = 1;
    std::int64_t it = 0, sinceImprove = 0, stallLimit = 0, stopLimit = 0, lastBest = 0;
    double work = 0; // distances and moves looked at
    double workBudget = WorkPerSecond * P.timeBudgetSeconds;
    bool traceWork = qEnvironmentVariableIsSet("TESSERA_BALANCE_TRACE");
    double bestScore = 0, step_ = 0.05;
    bool haveBest = false;
    std::size_t movable = 0;
    double lockBound = 0; // no solution is narrower than two pieces locked together
    double bestObjective = std::numeric_limits<double>::infinity();
    std::vector<int> best;

private:
    float dist(std::size_t i, std::size_t j) const { return d[i * n + j]; }

    double vio(std::size_t km, double l) const
    {
        const double e = l > hi[km] ? l - hi[km] : (l < lo[km] ? lo[km] - l : 0.0);
        return e * inv[km];
    }

    double score() const { return double(C) + wRef * V; }

    // The start: the current districts when complete, else K far-apart seeds
    // (farthest-point) grown together, the lightest district taking the
    // free piece nearest its seed, so the loads start close to the targets.
    void start()
    {
        a.assign(n, -1);
        bool complete = P.current.size() == n;
        for (std::size_t i = 0; complete && i < n; ++i)
            complete = P.current[i] >= 0;
        for (std::size_t i = 0; i < P.locked.size(); ++i) {
            if (P.locked[i] >= 0)
                a[i] = P.locked[i];
        }
        tabu.assign(n * std::size_t(K), 0);
        if (complete) {
            for (std::size_t i = 0; i < n; ++i)
                a[i] = fixed[i] ? a[i] : P.current[i];
            return;
        }
        std::vector<std::size_t> seeds{rng.below(n)};
        std::vector<float> nearest(n, std::numeric_limits<float>::infinity());
        while (int(seeds.size()) < K) {
            for (std::size_t i = 0; i < n; ++i)
                nearest[i] = std::min(nearest[i], dist(seeds.back(), i));
            seeds.push_back(
                std::size_t(std::max_element(nearest.begin(), nearest.end()) - nearest.begin()));
        }
        std::vector<std::vector<std::size_t>> order(static_cast<std::size_t>(K));
        std::vector<double> grown(static_cast<std::size_t>(K), 0.0);
        auto add = [&](std::size_t i, int k) {
            double share = M == 0 ? 1.0 : 0.0;
            for (int m = 0; m < M; ++m)
                share += val[i * M + m] * inv[std::size_t(k) * M + m];
            grown[std::size_t(k)] += share;
        };
        std::size_t free = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (a[i] >= 0)
                add(i, a[i]);
            else
                ++free;
        }
        for (int k = 0; k < K; ++k) {
            std::vector<std::size_t> &o = order[std::size_t(k)];
            o.resize(n);
            std::iota(o.begin(), o.end(), std::size_t(0));
            const std::size_t s = seeds[std::size_t(k)];
            std::stable_sort(o.begin(), o.end(),
                             [&](std::size_t x, std::size_t y) { return dist(s, x) < dist(s, y); });
        }
        std::vector<std::size_t> next(static_cast<std::size_t>(K), 0);
        for (; free > 0; --free) {
            const int k = int(std::min_element(grown.begin(), grown.end()) - grown.begin());
            const std::vector<std::size_t> &o = order[std::size_t(k)];
            std::size_t &at = next[std::size_t(k)];
            while (a[o[at]] >= 0)
                ++at;
            a[o[at]] = k;
            add(o[at], k);
        }
    }

    void computeLoads()
    {
        load.assign(std::size_t(K) * M, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (int m = 0; m < M; ++m)
                load[std::size_t(a[i]) * M + m] += val[i * M + m];
        viol.assign(std::size_t(K), 0.0);
        for (std::size_t km = 0; km < load.size(); ++km)
            viol[km / std::size_t(std::max(M, 1))] += vio(km, load[km]);
        V = std::accumulate(viol.begin(), viol.end(), 0.0);
    }

    void setThreshold(double t)
    {
        T = t;
        work += double(n) * double(n);
        far.assign(n * std::size_t(K), 0);
        C = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const float *row = &d[i * n];
            int *f = &far[i * K];
            for (std::size_t j = 0; j < n; ++j) {
                if (row[j] > T)
                    ++f[a[j]];
            }
            C += f[a[i]];
        }
        C /= 2;
    }

    void beginThreshold()
    {
        w = wRef;
        bestScore = score();
        sinceImprove = 0;
    }

    void relocate(std::size_t i, int b)
    {
        work += double(n);
        const int from = a[i];
        C += far[i * K + b] - far[i * K + from];
        const float *row = &d[i * n];
        for (std::size_t j = 0; j < n; ++j) {
            if (row[j] > T) {
                --far[j * K + from];
                ++far[j * K + b];
            }
        }
        V -= viol[std::size_t(from)] + viol[std::size_t(b)];
        viol[std::size_t(from)] = viol[std::size_t(b)] = 0;
        for (int m = 0; m < M; ++m) {
            const std::size_t fm = std::size_t(from) * M + m, bm = std::size_t(b) * M + m;
            load[fm] -= val[i * M + m];
            load[bm] += val[i * M + m];
            viol[std::size_t(from)] += vio(fm, load[fm]);
            viol[std::size_t(b)] += vio(bm, load[bm]);
        }
        V += viol[std::size_t(from)] + viol[std::size_t(b)];
        a[i] = b;
    }

    // Change of the violation when district k's loads change by sign x the values of i (and
    // minus those of j when j < n).
    double violationChange(int k, std::size_t i, double sign, std::size_t j) const
    {
        double after = 0;
        for (int m = 0; m < M; ++m) {
            const std::size_t km = std::size_t(k) * M + m;
            double change = sign * val[i * M + m];
            if (j < n)
                change -= sign * val[j * M + m];
            after += vio(km, load[km] + change);
        }
        return after - viol[std::size_t(k)];
    }

    bool feasibleNow()
    {
        computeLoads(); // no drift in the check
        return V == 0;
    }

    void onFeasible()
    {
        const std::vector<double> diam = districtDiameters(d, a, K);
        const double worst = *std::max_element(diam.begin(), diam.end());
        if (worst < bestObjective) {
            bestObjective = worst;
            best = a;
            lastBest = it;
        }
        haveBest = true;
        lower();
    }

    // The next threshold below the best: a step of step_ when it is not
    // zero, else just under it.
    void lower()
    {
        const double justUnder = bestObjective - std::max(1e-6 * bestObjective, 1e-9);
        setThreshold(std::min(justUnder, bestObjective * (1 - step_)));
        beginThreshold();
    }

    void onStall()
    {
        if (!haveBest) {
            setThreshold(T * 1.05 + 1e-9); // the start was too ambitious
            beginThreshold();
        } else if (step_ > 0) {
            step_ = step_ > 0.002 ? step_ / 3 : 0.0;
            lower();
        } else {
            perturb();
        }
    }

    // A jump out of a stalled region: a few random pieces to random districts.
    void perturb()
    {
        if (K < 2)
            return;
        const std::size_t count = 3 + rng.below(std::max<std::size_t>(1, n / 40));
        for (std::size_t c = 0; c < count; ++c) {
            const std::size_t i = rng.below(n);
            if (fixed[i])
                continue;
            int b = int(rng.below(std::size_t(K - 1)));
            if (b >= a[i])
                ++b;
            relocate(i, b);
        }
        beginThreshold();
    }

    // One tabu move: the best relocation or swap not forbidden (or better
    // than anything seen at this threshold), ties broken at random. A move
    // is priced only when its conflict change minus the most violation it
    // could remove can beat the best so far.
    bool step()
    {
        std::vector<std::size_t> &conflicted = scratchConflicted;
        conflicted.clear();
        for (std::size_t i = 0; i < n; ++i) {
            if (!fixed[i] && far[i * K + a[i]] > 0)
                conflicted.push_back(i);
        }
        std::vector<char> &violated = scratchViolated;
        violated.assign(std::size_t(K), 0);
        bool anyViolated = false;
        for (int k = 0; k < K; ++k) {
            violated[std::size_t(k)] = viol[std::size_t(k)] > 0;
            anyViolated = anyViolated || violated[std::size_t(k)];
        }

        const double base = score();
        double bestDelta = std::numeric_limits<double>::infinity();
        std::size_t ties = 0, bi = n, bj = n;
        int bk = -1;
        auto consider = [&](double dC, double dV, bool isTabu, std::size_t i, std::size_t j,
                            int k) {
            const double delta = dC + w * dV;
            if (delta > bestDelta + 1e-12)
                return;
            if (isTabu && !(base + dC + wRef * dV < bestScore - 1e-9))
                return;
            if (delta < bestDelta - 1e-12) {
                bestDelta = delta;
                ties = 1;
            } else if (rng.below(++ties) != 0) {
                return;
            }
            bi = i;
            bj = j;
            bk = k;
        };
        // Relocations of conflicted pieces and pieces of violated districts
        // anywhere, and of anyone into a violated district.
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            const int from = a[i];
            const int *f = &far[i * K];
            const bool candidate = f[from] > 0 || violated[std::size_t(from)];
            if (!candidate && !anyViolated)
                continue;
            for (int b = 0; b < K; ++b) {
                if (b == from || (!candidate && !violated[std::size_t(b)]))
                    continue;
                const double dC = double(f[b] - f[from]);
                if (dC - w * (viol[std::size_t(from)] + viol[std::size_t(b)]) > bestDelta + 1e-12)
                    continue;
                const double dV = violationChange(from, i, -1, n) + violationChange(b, i, +1, n);
                consider(dC, dV, tabu[i * K + b] > it, i, n, b);
            }
        }
        // Swaps of conflicted (and a few violated) pieces with anyone elsewhere.
        std::vector<std::size_t> &sources = scratchSources;
        sources.clear();
        auto sample = [&](const std::vector<std::size_t> &from, std::size_t count) {
            if (from.size() <= count) {
                sources.insert(sources.end(), from.begin(), from.end());
                return;
            }
            for (std::size_t c = 0; c < count; ++c)
                sources.push_back(from[rng.below(from.size())]);
        };
        sample(conflicted, 24);
        if (anyViolated) {
            std::vector<std::size_t> &inViolated = scratchInViolated;
            inViolated.clear();
            for (std::size_t i = 0; i < n; ++i) {
                if (!fixed[i] && violated[std::size_t(a[i])] && far[i * K + a[i]] == 0)
                    inViolated.push_back(i);
            }
            sample(inViolated, 4);
        }
        work += double(n) * double(K + 2 + int(sources.size()));
        for (std::size_t i : sources) {
            const int ka = a[i];
            const int *fi = &far[i * K];
            const float *row = &d[i * n];
            for (std::size_t j = 0; j < n; ++j) {
                const int kb = a[j];
                if (kb == ka || fixed[j])
                    continue;
                const int *fj = &far[j * K];
                const int both = row[j] > T ? 2 : 0;
                const double dC = double(fi[kb] - fi[ka] + fj[ka] - fj[kb] - both);
                if (dC - w * (viol[std::size_t(ka)] + viol[std::size_t(kb)]) > bestDelta + 1e-12)
                    continue;
                const double dV = violationChange(ka, j, +1, i) + violationChange(kb, i, +1, j);
                consider(dC, dV, tabu[i * K + kb] > it || tabu[j * K + ka] > it, i, j, kb);
            }
        }
        if (bi == n)
            return false;
        const std::int64_t tenure = 10 + std::int64_t(rng.below(10));
        const int from = a[bi];
        relocate(bi, bk);
        if (bj < n) {
            relocate(bj, from);
            tabu[bj * K + bk] = it + tenure;
        }
        tabu[bi * K + from] = it + tenure;
        // Strategic oscillation: balance weighs more while it is violated.
        w = V > 0 ? std::min(w * 1.02, wRef * 100) : std::max(w / 1.02, wRef / 100);
        return true;
    }

    std::vector<std::size_t> scratchConflicted, scratchSources, scratchInViolated;
    std::vector<char> scratchViolated;
};

} // namespace

std::vector<float> graphDistances(const BalanceProblem &p)
{
    const std::size_t n = p.x.size();
    std::vector<float> out(n * n, std::numeric_limits<float>::infinity());
    if (p.adjacencyStart.size() != n + 1)
        return out;
    std::vector<double> dist(n);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    for (std::size_t s = 0; s < n; ++s) {
        std::fill(dist.begin(), dist.end(), std::numeric_limits<double>::infinity());
        dist[s] = 0;
        queue.push({0.0, std::uint32_t(s)});
        while (!queue.empty()) {
            const auto [du, u] = queue.top();
            queue.pop();
            if (du > dist[u])
                continue;
            for (std::uint32_t e = p.adjacencyStart[u]; e < p.adjacencyStart[u + 1]; ++e) {
                const std::uint32_t v = p.adjacency[e];
                const double len = p.adjacencyLength.empty() ? 1.0 : p.adjacencyLength[e];
                if (du + len < dist[v]) {
                    dist[v] = du + len;
                    queue.push({dist[v], v});
                }
            }
        }
        for (std::size_t t = 0; t < n; ++t)
            out[s * n + t] = float(dist[t]);
    }
    return out;
}

std::vector<double> districtDiameters(std::span<const float> distances,
                                      std::span<const int> assignment, int districts)
{
    const std::size_t n = assignment.size();
    std::vector<double> out(std::size_t(std::max(districts, 0)), 0.0);
    std::vector<std::vector<std::size_t>> members(out.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (assignment[i] >= 0 && assignment[i] < districts)
            members[std::size_t(assignment[i])].push_back(i);
    }
    for (std::size_t k = 0; k < out.size(); ++k) {
        const std::vector<std::size_t> &mk = members[k];
        float widest = 0;
        for (std::size_t x = 0; x < mk.size(); ++x) {
            const float *row = &distances[mk[x] * n];
            for (std::size_t y = x + 1; y < mk.size(); ++y)
                widest = std::max(widest, row[mk[y]]);
        }
        out[k] = widest;
    }
    return out;
}

Result<BalanceResult> optimizeMaxDiameter(const BalanceProblem &problem, const Progress &progress)
{
    if (Status s = validateBalanceProblem(problem); !s)
        return s.error();
    auto invalid = [](const QString &what) {
        return makeError(ErrorCode::Invalid, Tr::tr("The optimisation problem is invalid."), what);
    };
    const std::size_t n = problem.x.size();
    if (n > MaxDiameterPieces)
        return makeError(ErrorCode::Limit, Tr::tr("The optimisation problem is too large."),
                         QStringLiteral("%1 pieces, at most %2 for the largest diameter")
                             .arg(n)
                             .arg(MaxDiameterPieces));
    if (problem.adjacencyStart.empty())
        return invalid(QStringLiteral("the largest diameter needs an adjacency graph"));
    if (!problem.adjacencyLength.empty()) {
        if (problem.adjacencyLength.size() != problem.adjacency.size())
            return invalid(QStringLiteral("one length per adjacency entry is needed"));
        for (double len : problem.adjacencyLength) {
            if (!std::isfinite(len) || len < 0)
                return invalid(QStringLiteral("edge lengths must be finite and >= 0"));
        }
    }
    if (problem.contiguous)
        return invalid(QStringLiteral("the largest diameter does not support contiguity"));
    const bool metricCap = std::any_of(problem.metrics.begin(), problem.metrics.end(),
                                       [](const BalanceMetric &m) { return m.maxMovedShare < 1; });
    if (problem.maxMovedShare < 1 || metricCap)
        return invalid(QStringLiteral("the largest diameter does not support a move cap"));

    Search search(problem, progress, graphDistances(problem));
    if (!search.run())
        return makeError(ErrorCode::Cancelled, Tr::tr("The optimisation was cancelled."));
    const std::vector<int> &answer = search.best.empty() ? search.a : search.best;
    BalanceResult r = evaluateBalance(problem, answer);
    r.assignment = answer;
    r.diameters = districtDiameters(search.d, answer, problem.districts);
    for (double &v : r.diameters) {
        if (v >= search.unreachable)
            v = std::numeric_limits<double>::infinity();
    }
    r.maxDiameter =
        r.diameters.empty() ? 0.0 : *std::max_element(r.diameters.begin(), r.diameters.end());
    r.iterations = int(std::min<std::int64_t>(search.it, std::numeric_limits<int>::max()));
    r.seconds = search.elapsed();
    progress.update(1.0);
    return r;
}

} // namespace Tessera
