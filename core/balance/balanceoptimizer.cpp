// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/balanceoptimizer.h"

#include "core/balance/balancerepair.h"
#include "core/balance/diametersearch.h"
#include "core/balance/splitmix.h"

#include "core/geo/geometrics.h"
#include "core/geo/geotypes.h"

#include <QCoreApplication>
#include <cstdio>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <numeric>
#include <optional>
#include <thread>

namespace Tessera {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BalanceOptimizer)
};

constexpr double Rad = 3.14159265358979323846 / 180.0;
constexpr double Inf = std::numeric_limits<double>::infinity();

// The optimizer's own stream of a seed.
constexpr std::uint64_t OptimizerSalt = 0x2545F4914F6CDD1Dull;

struct Vec3
{
    double x = 0, y = 0, z = 0;
};

double chord(const Vec3 &a, const Vec3 &b)
{
    const double dx = a.x - b.x, dy = a.y - b.y, dz = a.z - b.z;
    return std::sqrt(dx * dx + dy * dy + dz * dz);
}

using Clock = std::chrono::steady_clock;

// Scopes of at most this many pieces also get a branch and bound over every
// assignment, of at most this many branches (a fraction of a second).
constexpr std::size_t ExactSearchPieces = 64;
constexpr std::int64_t ExactSearchNodes = 4'000'000;
// A rebalance's certificate ascent counts its work (reduced costs looked at)
// instead of watching the clock, so that its bound is the same run after run:
// this much per second of budget is 18 sweeps over 32,509 pieces and 2
// metrics, about half a second on one core of the 2-core benchmark machine,
// leaving the 80 % deadline (counted from the start of the run, with the
// set-up before the ascent) as a safety net for a machine about 1.5 times
// slower or busier.
constexpr double CertificateWorkPerSecond = 11e6;
// The phases of a search end on counted work as well (distances, reduced
// costs and moves looked at): this much per second of budget is about what
// the 2-core benchmark machine does in the design's location loop. With the
// clock alone, a busy machine ended the loop a round earlier and the same
// seed gave another design.
constexpr double SearchWorkPerSecond = 25e6;
// How much later than its share of the budget the clock ends a design's
// phase (the count ends it first unless the machine is that much slower or
// busier): the design then stays the same for the seed under the load of a
// second job on the same cores, and the budget still holds on one far
// slower.
constexpr double DesignClockSlack = 1.6;

// The working state of one optimisation. Loads are normalised per
// constrained metric by the mean district target, so that prices and
// violations of different metrics are comparable.
class Solver
{
public:
    Solver(const BalanceProblem &problem, const Progress &progress)
        : P(problem)
        , m_progress(progress)
        , m_start(Clock::now())
    {
        n = P.x.size();
        K = P.districts;
        sphere = P.space == PieceSpace::LonLat;
        pos.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            pos[i] = toVec(P.x[i], P.y[i]);
        w.assign(n, 1.0);
        if (P.dispersionMetric >= 0)
            w = P.metrics[std::size_t(P.dispersionMetric)].values;
        for (std::size_t m = 0; m < P.metrics.size(); ++m) {
            if (P.metrics[m].tolerance >= 0)
                constrained.push_back(int(m));
        }
        C = int(constrained.size());
        a.assign(n * std::size_t(C), 0.0);
        lo.assign(std::size_t(K) * C, -Inf);
        hi.assign(std::size_t(K) * C, Inf);
        for (int c = 0; c < C; ++c) {
            const BalanceMetric &metric = P.metrics[std::size_t(constrained[std::size_t(c)])];
            const double total = std::accumulate(metric.values.begin(), metric.values.end(), 0.0);
            const double mean = total / K;
            for (std::size_t i = 0; i < n; ++i)
                a[i * C + c] = mean > 0 ? metric.values[i] / mean : 0.0;
        }
        setBands(1.0);
        lockedTo.assign(n, -1);
        if (!P.locked.empty())
            lockedTo = P.locked;
        graph = !P.adjacencyStart.empty();
        contiguous = P.contiguous && graph;
        current = P.current;
        maxMoves =
            P.current.empty() ? n : std::size_t(std::floor(P.maxMovedShare * double(n) + 1e-9));
        for (const BalanceMetric &metric : P.metrics) {
            if (P.current.empty() || metric.maxMovedShare >= 1)
                continue;
            const double total = std::accumulate(metric.values.begin(), metric.values.end(), 0.0);
            caps.push_back({&metric.values,
                            metric.maxMovedShare * total * (1 + 1e-12) - metric.movedBaseline,
                            0.0});
            // A move costs more the more of a capped metric it carries (a
            // piece of mean value: twice), so the cap goes to light pieces.
            capWeight.resize(n, 1.0);
            for (std::size_t i = 0; i < n && total > 0; ++i)
                capWeight[i] += metric.values[i] * double(n) / total;
        }
        price.assign(std::size_t(K) * C, 0.0);
        stamp.assign(n, 0);
        load.assign(std::size_t(K) * C, 0.0);
        count.assign(std::size_t(K), 0);
    }

    // The band of every district and constrained metric, at a share of the
    // tolerance: tighter bands leave room for the contiguity repair; the
    // certificate is always for the full tolerance.
    void setBands(double share)
    {
        for (int c = 0; c < C; ++c) {
            const double tol =
                P.metrics[std::size_t(constrained[std::size_t(c)])].tolerance * share;
            for (int k = 0; k < K; ++k) {
                const double t = P.shareOf(std::size_t(constrained[std::size_t(c)]), k) * K;
                lo[std::size_t(k) * C + c] = t * (1 - tol);
                hi[std::size_t(k) * C + c] = t * (1 + tol);
            }
        }
    }

    Vec3 toVec(double x, double y) const
    {
        if (!sphere)
            return {x, y, 0};
        const double lat = y * Rad, lon = x * Rad;
        return {EarthRadiusKm * std::cos(lat) * std::cos(lon),
                EarthRadiusKm * std::cos(lat) * std::sin(lon), EarthRadiusKm * std::sin(lat)};
    }
    void fromVec(const Vec3 &v, double *x, double *y) const
    {
        if (!sphere) {
            *x = v.x;
            *y = v.y;
            return;
        }
        const double r = std::sqrt(v.x * v.x + v.y * v.y + v.z * v.z);
        *y = r > 0 ? std::asin(std::clamp(v.z / r, -1.0, 1.0)) / Rad : 0;
        *x = std::atan2(v.y, v.x) / Rad;
    }
    double distance(const Vec3 &p, const Vec3 &q) const
    {
        const double ch = chord(p, q);
        return sphere ? arc(ch) : ch;
    }
    // Great-circle distance from the chord: 2R asin(ch / 2R), by its series
    // where that is exact to 1e-8 (chords under about 4,000 km), which is
    // most of the cost of the distance matrix otherwise.
    static double arc(double ch)
    {
        const double x = ch / (2 * EarthRadiusKm);
        if (x >= 0.3)
            return 2 * EarthRadiusKm * std::asin(std::min(1.0, x));
        const double x2 = x * x;
        const double series =
            1 + x2 * (1.0 / 6 +
                      x2 * (3.0 / 40 + x2 * (5.0 / 112 + x2 * (35.0 / 1152 + x2 * (63.0 / 2816)))));
        return 2 * EarthRadiusKm * x * series;
    }

    void trace(const char *what) const
    {
        if (qEnvironmentVariableIsSet("TESSERA_BALANCE_TRACE"))
            fprintf(stderr, "%8.3f %s work=%.3g moves=%d V=%g cost=%g\n", elapsed(), what, work,
                    moves, load.empty() ? 0.0 : violation(),
                    cost.empty() || assign.empty() ? 0.0 : totalCost());
        if (qEnvironmentVariableIsSet("TESSERA_BALANCE_TRACE")) {
            for (std::size_t kc = 0; kc < load.size() && !assign.empty(); ++kc)
                if (violationOf(kc, load[kc]) > 0)
                    fprintf(stderr, "    k%zu c%zu load %.4f band %.4f..%.4f count %d\n", kc / C,
                            kc % C, load[kc], lo[kc], hi[kc], count[kc / C]);
        }
    }
    double elapsed() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }
    bool outOfTime(double share = 1.0) const { return elapsed() > P.timeBudgetSeconds * share; }
    bool cancelled() const { return m_progress.cancelled(); }
    // The repairs stop at one and a half times the budget, whatever the
    // clock slack: a problem too large for it (many districts of coarse
    // pieces) still ends near the budget, outside its tolerance if it must,
    // which the result says. (They end long before on a problem the budget
    // fits, also on a machine 1.6 times slower.)
    bool stopRepairs() const { return cancelled() || outOfTime(1.5); }
    // When the dual ascent stops tightening: at 80 % of the budget, or later
    // for the final certificate (certificateFrom, see below).
    double dualDeadline() const
    {
        return clockSlack * std::max(0.8 * P.timeBudgetSeconds,
                                     certificateFrom / clockSlack + 0.25 * P.timeBudgetSeconds);
    }
    // The end of a phase: at `share` of the budget from the start of the
    // run, or `least` of it from now when that is later. Counted in work
    // (SearchWorkPerSecond per second of budget), so that the answer depends
    // on the seed only; the clock also ends it, at clockSlack times the same.
    struct Deadline
    {
        double work, seconds;
    };
    Deadline deadline(double share, double least = 0) const
    {
        const double budget = P.timeBudgetSeconds;
        Deadline d{share * budget * SearchWorkPerSecond, clockSlack * share * budget};
        if (least > 0) {
            d.work = std::max(d.work, work + least * budget * SearchWorkPerSecond);
            d.seconds = std::max(d.seconds, elapsed() + clockSlack * least * budget);
        }
        return d;
    }
    bool past(const Deadline &d) const { return work > d.work || elapsed() > d.seconds; }

    // --- centres and costs -----------------------------------------------------

    // Weighted geometric median of each district by Weiszfeld steps from the
    // current centre (or the weighted mean when there is none yet).
    void updateCentres(int steps)
    {
        std::vector<Vec3> sum(static_cast<std::size_t>(K));
        std::vector<double> den(std::size_t(K), 0.0);
        if (centre.size() != std::size_t(K)) {
            centre.assign(std::size_t(K), Vec3{});
            for (std::size_t i = 0; i < n; ++i) {
                const int k = assign[i];
                if (k < 0)
                    continue;
                const double wi = w[i] + 1e-12;
                sum[k].x += wi * pos[i].x;
                sum[k].y += wi * pos[i].y;
                sum[k].z += wi * pos[i].z;
                den[k] += wi;
            }
            for (int k = 0; k < K; ++k)
                setCentre(k, sum[k], den[k]);
        }
        for (int s = 0; s < steps; ++s) {
            std::fill(sum.begin(), sum.end(), Vec3{});
            std::fill(den.begin(), den.end(), 0.0);
            for (std::size_t i = 0; i < n; ++i) {
                const int k = assign[i];
                if (k < 0)
                    continue;
                const double d = std::max(chord(pos[i], centre[k]), 1e-9);
                const double f = (w[i] + 1e-12) / d;
                sum[k].x += f * pos[i].x;
                sum[k].y += f * pos[i].y;
                sum[k].z += f * pos[i].z;
                den[k] += f;
            }
            for (int k = 0; k < K; ++k)
                setCentre(k, sum[k], den[k]);
        }
    }
    void setCentre(int k, const Vec3 &sum, double den)
    {
        if (den <= 0)
            return; // an empty district keeps its centre
        Vec3 c{sum.x / den, sum.y / den, sum.z / den};
        if (sphere) {
            const double r = std::sqrt(c.x * c.x + c.y * c.y + c.z * c.z);
            if (r > 0)
                c = {c.x * EarthRadiusKm / r, c.y * EarthRadiusKm / r, c.z * EarthRadiusKm / r};
        }
        centre[k] = c;
    }

    void computeCosts()
    {
        cost.resize(n * std::size_t(K));
        // Nearest centres, kept sorted by insertion: the districts the dual
        // ascent and the moves without a graph consider for a piece.
        const int near = std::min(K, 9);
        nearest.assign(n * std::size_t(near), 0);
        nearCount = near;
        double topD[16];
        int topK[16];
        work += double(n) * K;
        for (std::size_t i = 0; i < n; ++i) {
            double *row = &cost[i * K];
            int filled = 0;
            for (int k = 0; k < K; ++k) {
                const double ch = chord(pos[i], centre[k]);
                row[k] = w[i] * (sphere ? arc(ch) : ch);
                if (filled < near || ch < topD[filled - 1]) {
                    int j = filled < near ? filled++ : filled - 1;
                    while (j > 0 && topD[j - 1] > ch) {
                        topD[j] = topD[j - 1];
                        topK[j] = topK[j - 1];
                        --j;
                    }
                    topD[j] = ch;
                    topK[j] = k;
                }
            }
            std::copy(topK, topK + near, nearest.begin() + std::ptrdiff_t(i) * near);
        }
    }

    // --- the Lagrangian dual of the balanced assignment ------------------------

    // Value of the dual at the current prices and the assignment that attains
    // it; also fills the subgradient.
    double dualValue(std::vector<int> &out, std::vector<double> &grad) const
    {
        std::vector<double> l(std::size_t(K) * C, 0.0);
        double value = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const double *row = &cost[i * K];
            const double *ai = &a[i * C];
            int best = lockedTo[i];
            double bestValue = Inf;
            if (best >= 0) {
                bestValue = row[best];
                for (int c = 0; c < C; ++c)
                    bestValue += price[std::size_t(best) * C + c] * ai[c];
            } else {
                for (int k = 0; k < K; ++k) {
                    double r = row[k];
                    const double *pk = &price[std::size_t(k) * C];
                    for (int c = 0; c < C; ++c)
                        r += pk[c] * ai[c];
                    if (r < bestValue) {
                        bestValue = r;
                        best = k;
                    }
                }
            }
            out[i] = best;
            value += bestValue;
            for (int c = 0; c < C; ++c)
                l[std::size_t(best) * C + c] += ai[c];
        }
        grad.assign(l.size(), 0.0);
        for (std::size_t kc = 0; kc < l.size(); ++kc) {
            const double p = price[kc];
            if (p > 0)
                value -= p * hi[kc];
            else if (p < 0)
                value -= p * lo[kc];
            if (p > 0 || (p == 0 && l[kc] > hi[kc]))
                grad[kc] = l[kc] - hi[kc];
            else if (p < 0 || (p == 0 && l[kc] < lo[kc]))
                grad[kc] = l[kc] - lo[kc];
        }
        return value;
    }

    // Maximises the dual over the prices by damped coordinate ascent: each
    // price in turn (all at once, from the same reduced costs) goes to the
    // value that maximises the dual along its own axis, found exactly from
    // the prices at which pieces would switch district. Keeps the best
    // prices. Returns the best dual value: a lower bound on the dispersion
    // of every balanced assignment to the current centres.
    double solveDual(int iterations, double upper = -Inf)
    {
        std::vector<int> out(n);
        std::vector<double> grad;
        if (C == 0) {
            lagrangian = out;
            return dualValue(lagrangian, grad);
        }
        // The ascent works on each piece's nearest centres only (prices stay
        // moderate, so pieces never go further); the value returned is
        // evaluated exactly, over every district.
        const int nc = nearCount;
        // candSlot: the slot i * nc + j of each candidate; candPiece: its i
        // (a division by nc per candidate otherwise, in the hottest loops).
        std::vector<std::uint32_t> candStart(std::size_t(K) + 1, 0), candSlot, candPiece;
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] < 0) {
                for (int j = 0; j < nc; ++j)
                    ++candStart[std::size_t(nearest[i * nc + j]) + 1];
            }
        }
        for (int k = 0; k < K; ++k)
            candStart[std::size_t(k) + 1] += candStart[std::size_t(k)];
        candSlot.resize(candStart.back());
        candPiece.resize(candStart.back());
        {
            std::vector<std::uint32_t> fill(candStart.begin(), candStart.end() - 1);
            for (std::size_t i = 0; i < n; ++i) {
                if (lockedTo[i] < 0) {
                    for (int j = 0; j < nc; ++j) {
                        const std::uint32_t e = fill[std::size_t(nearest[i * nc + j])]++;
                        candSlot[e] = std::uint32_t(i * nc + j);
                        candPiece[e] = std::uint32_t(i);
                    }
                }
            }
        }
        std::vector<double> fixed(price.size(), 0.0);
        double fixedCost = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] >= 0) {
                fixedCost += cost[i * K + lockedTo[i]];
                for (int c = 0; c < C; ++c)
                    fixed[std::size_t(lockedTo[i]) * C + c] += a[i * C + c];
            }
        }
        std::vector<double> reduced(n * std::size_t(nc));
        std::vector<double> first(n, 0.0), second(n, 0.0);
        std::vector<int> firstK(n, -1);
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] >= 0)
                continue;
            for (int j = 0; j < nc; ++j) {
                const int k = nearest[i * nc + j];
                double r = cost[i * K + k];
                for (int c = 0; c < C; ++c)
                    r += price[std::size_t(k) * C + c] * a[i * C + c];
                reduced[i * nc + j] = r;
            }
            rescan(reduced, i, first, second, firstK);
        }
        auto approxValue = [&] {
            double v = fixedCost;
            for (std::size_t i = 0; i < n; ++i)
                v += lockedTo[i] >= 0 ? 0.0 : first[i];
            for (std::size_t kc = 0; kc < price.size(); ++kc)
                v += price[kc] * fixed[kc] -
                     (price[kc] > 0 ? price[kc] * hi[kc] : price[kc] * lo[kc]);
            return v;
        };
        std::vector<std::pair<double, double>> theta; // switch price, load
        double best = approxValue();
        std::vector<double> bestPrice = price;
        int sinceBest = 0;
        for (int it = 0; it < iterations; ++it) {
            // Any prices give a valid bound: past the time budget, stop
            // tightening it.
            const double sweepWork = double(candSlot.size()) * C;
            if (cancelled() || (it > 0 && (elapsed() > dualDeadline() || dualWork < sweepWork)))
                break;
            dualWork -= sweepWork;
            work += sweepWork;
            // One sweep of exact coordinate ascent (Gauss-Seidel): each price
            // in turn goes to its best value, reduced costs kept up to date.
            for (int k = 0; k < K; ++k) {
                for (int c = 0; c < C; ++c) {
                    const std::size_t kc = std::size_t(k) * C + c;
                    theta.clear();
                    for (std::uint32_t e = candStart[k]; e < candStart[std::size_t(k) + 1]; ++e) {
                        const std::size_t slot = candSlot[e], i = candPiece[e];
                        const double ai = a[i * C + c];
                        if (ai <= 0)
                            continue;
                        const double alt = firstK[i] == k ? second[i] : first[i];
                        const double base = reduced[slot] - price[kc] * ai;
                        theta.push_back({(alt - base) / ai, ai});
                    }
                    const double delta =
                        coordinateOptimum(theta, fixed[kc], lo[kc], hi[kc], price[kc]) - price[kc];
                    if (delta == 0)
                        continue;
                    price[kc] += delta;
                    for (std::uint32_t e = candStart[k]; e < candStart[std::size_t(k) + 1]; ++e) {
                        const std::size_t slot = candSlot[e], i = candPiece[e];
                        const double ai = a[i * C + c];
                        if (ai <= 0)
                            continue;
                        double &r = reduced[slot];
                        const double old = r;
                        r += delta * ai;
                        if (firstK[i] == k) {
                            if (r > second[i])
                                rescan(reduced, i, first, second, firstK);
                            else
                                first[i] = r;
                        } else if (r < first[i]) {
                            second[i] = first[i];
                            first[i] = r;
                            firstK[i] = k;
                        } else if (r < second[i]) {
                            second[i] = r;
                        } else if (old == second[i] && r > old) {
                            rescan(reduced, i, first, second, firstK);
                        }
                    }
                }
            }
            const double value = approxValue();
            if (value > best + 2e-5 * std::abs(best)) {
                sinceBest = 0;
            } else if (++sinceBest > 2) {
                break;
            }
            if (value > best) {
                best = value;
                bestPrice = price;
            }
        }
        price = bestPrice;
        if (upper > best)
            polish(150, best, upper);
        // The assignment on the nearest centres (what the ascent saw), the
        // value over every district (what certifies).
        lagrangian.resize(n);
        const double exact = dualValue(lagrangian, grad);
        restrictedAssignment(lagrangian);
        return exact;
    }

    // Subgradient ascent with Polyak steps towards a known feasible cost,
    // on the nearest centres of each piece: gets out of the corners where
    // coordinate ascent stalls.
    void polish(int iterations, double best, double upper)
    {
        const int nc = nearCount;
        std::vector<double> bestPrice = price, loadC(price.size()), g(price.size());
        double theta = 1.0;
        int since = 0;
        for (int it = 0; it < iterations; ++it) {
            const double iterationWork = double(n) * nc * C;
            if (dualWork < iterationWork ||
                ((it & 15) == 0 && (cancelled() || elapsed() > dualDeadline())))
                break;
            dualWork -= iterationWork;
            work += iterationWork;
            std::fill(loadC.begin(), loadC.end(), 0.0);
            double value = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const double *ai = &a[i * C];
                int bk = lockedTo[i];
                double bv = Inf;
                if (bk >= 0) {
                    bv = cost[i * K + bk];
                    for (int c = 0; c < C; ++c)
                        bv += price[std::size_t(bk) * C + c] * ai[c];
                } else {
                    for (int j = 0; j < nc; ++j) {
                        const int k = nearest[i * nc + j];
                        double r = cost[i * K + k];
                        const double *pk = &price[std::size_t(k) * C];
                        for (int c = 0; c < C; ++c)
                            r += pk[c] * ai[c];
                        if (r < bv) {
                            bv = r;
                            bk = k;
                        }
                    }
                }
                value += bv;
                for (int c = 0; c < C; ++c)
                    loadC[std::size_t(bk) * C + c] += ai[c];
            }
            double norm = 0;
            for (std::size_t kc = 0; kc < price.size(); ++kc) {
                const double p = price[kc];
                value -= p > 0 ? p * hi[kc] : p * lo[kc];
                double gk = 0;
                if (p > 0 || (p == 0 && loadC[kc] > hi[kc]))
                    gk = loadC[kc] - hi[kc];
                else if (p < 0 || (p == 0 && loadC[kc] < lo[kc]))
                    gk = loadC[kc] - lo[kc];
                g[kc] = gk;
                norm += gk * gk;
            }
            if (value > best + 1e-9 * std::abs(best)) {
                since = 0;
                best = value;
                bestPrice = price;
            } else if (++since > 15) {
                theta *= 0.5;
                since = 0;
                if (theta < 1e-4)
                    break;
            }
            if (norm <= 1e-24)
                break;
            const double step = theta * (upper - value) / norm;
            for (std::size_t kc = 0; kc < price.size(); ++kc)
                price[kc] += step * g[kc];
        }
        price = bestPrice;
    }

    void restrictedAssignment(std::vector<int> &out) const
    {
        const int nc = nearCount;
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] >= 0) {
                out[i] = lockedTo[i];
                continue;
            }
            double bv = Inf;
            for (int j = 0; j < nc; ++j) {
                const int k = nearest[i * nc + j];
                double r = cost[i * K + k];
                for (int c = 0; c < C; ++c)
                    r += price[std::size_t(k) * C + c] * a[i * C + c];
                if (r < bv) {
                    bv = r;
                    out[i] = k;
                }
            }
        }
    }

    void rescan(const std::vector<double> &reduced, std::size_t i, std::vector<double> &first,
                std::vector<double> &second, std::vector<int> &firstK) const
    {
        const int nc = nearCount;
        double b1 = Inf, b2 = Inf;
        int k1 = -1;
        for (int j = 0; j < nc; ++j) {
            const double r = reduced[i * nc + j];
            if (r < b1) {
                b2 = b1;
                b1 = r;
                k1 = nearest[i * nc + j];
            } else if (r < b2) {
                b2 = r;
            }
        }
        first[i] = b1;
        second[i] = b2;
        firstK[i] = k1;
    }

    // The price that maximises the dual along one axis: the load in the
    // district falls as its price rises; the optimum is 0 when the load at
    // price 0 is within [lo, hi], else the price where it crosses the bound.
    static double coordinateOptimum(std::vector<std::pair<double, double>> &theta, double fixedLoad,
                                    double lo, double hi, double current)
    {
        // The loads at price 0 and at the current price, and the values'
        // total, in one pass.
        double atZero = fixedLoad, atCurrent = fixedLoad, total = 0;
        for (const auto &[t, ai] : theta) {
            atZero += t > 0 ? ai : 0.0;
            atCurrent += t > current ? ai : 0.0;
            total += ai;
        }
        if (atZero >= lo && atZero <= hi)
            return 0;
        const double bound = atZero > hi ? hi : lo;
        // The optimum is the largest switch price t at which the load of the
        // pieces switching at t or above reaches the bound. Warm start: it is
        // usually near the current price, so only the pieces between the two
        // need ordering.
        if (!theta.empty()) {
            const auto split = std::partition(
                theta.begin(), theta.end(), [current](const auto &e) { return e.first > current; });
            const double mean = std::max(total / double(theta.size()), 1e-300);
            if (atCurrent >= bound && split != theta.begin()) {
                // Above the current price: the smallest first, shedding load.
                auto ascending = [](const auto &l, const auto &r) {
                    return l.first < r.first;
                };
                const std::size_t size = std::size_t(split - theta.begin());
                std::size_t m = std::size_t(2 * (atCurrent - bound) / mean) + 16;
                for (int attempt = 0; attempt < 2; ++attempt) {
                    if (attempt == 1 || m >= size) {
                        m = size;
                        std::sort(theta.begin(), split, ascending);
                    } else {
                        std::nth_element(theta.begin(), theta.begin() + std::ptrdiff_t(m), split,
                                         ascending);
                        std::sort(theta.begin(), theta.begin() + std::ptrdiff_t(m), ascending);
                    }
                    double g = atCurrent;
                    for (std::size_t j = 0; j < m; ++j) {
                        const double next = g - theta[j].second;
                        if (next < bound)
                            return theta[j].first;
                        g = next;
                    }
                    if (m == size)
                        break;
                }
                // Every piece above may switch: the optimum is at or below.
            }
            if (atCurrent < bound && split != theta.end()) {
                // At or below the current price: the largest first, adding load.
                auto descending = [](const auto &l, const auto &r) {
                    return l.first > r.first;
                };
                const std::size_t size = std::size_t(theta.end() - split);
                std::size_t m = std::size_t(2 * (bound - atCurrent) / mean) + 16;
                for (int attempt = 0; attempt < 2; ++attempt) {
                    if (attempt == 1 || m >= size) {
                        m = size;
                        std::sort(split, theta.end(), descending);
                    } else {
                        std::nth_element(split, split + std::ptrdiff_t(m), theta.end(), descending);
                        std::sort(split, split + std::ptrdiff_t(m), descending);
                    }
                    double g = atCurrent;
                    for (std::size_t j = 0; j < m; ++j) {
                        g += split[std::ptrdiff_t(j)].second;
                        if (g >= bound)
                            return split[std::ptrdiff_t(j)].first;
                    }
                    if (m == size)
                        break;
                }
            }
        }
        auto byPrice = [](const auto &l, const auto &r) {
            return l.first > r.first;
        };
        // Only the pieces with the highest switch prices can matter: select
        // about twice as many as the bound needs, sort those, and fall back to
        // sorting everything only when they do not reach it.
        double mean = 0;
        for (const auto &entry : theta)
            mean += entry.second;
        mean = theta.empty() ? 1 : mean / double(theta.size());
        std::size_t m =
            std::size_t(2 * std::max(bound - fixedLoad, 0.0) / std::max(mean, 1e-300)) + 16;
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (attempt == 1 || m >= theta.size()) {
                m = theta.size();
                std::sort(theta.begin(), theta.end(), byPrice);
            } else {
                std::nth_element(theta.begin(), theta.begin() + std::ptrdiff_t(m), theta.end(),
                                 byPrice);
                std::sort(theta.begin(), theta.begin() + std::ptrdiff_t(m), byPrice);
            }
            double l = fixedLoad;
            for (std::size_t j = 0; j < m; ++j) {
                l += theta[j].second;
                if (l >= bound)
                    return theta[j].first;
            }
            if (m == theta.size())
                break;
        }
        return theta.empty() ? 0 : theta.back().first;
    }

    // --- loads, violations ---------------------------------------------------

    void recount()
    {
        std::fill(load.begin(), load.end(), 0.0);
        std::fill(count.begin(), count.end(), 0);
        for (std::size_t i = 0; i < n; ++i) {
            const int k = assign[i];
            if (k < 0)
                continue;
            ++count[k];
            for (int c = 0; c < C; ++c)
                load[std::size_t(k) * C + c] += a[i * C + c];
        }
        moves = 0;
        for (MoveCap &cap : caps)
            cap.moved = 0;
        if (!current.empty()) {
            for (std::size_t i = 0; i < n; ++i) {
                const bool away = assign[i] != current[i];
                moves += away;
                for (MoveCap &cap : caps)
                    cap.moved += away ? (*cap.values)[i] : 0.0;
            }
        }
    }
    // Whether the caps on what moves hold as things are (extra == n), or
    // with piece `extra` leaving home as well.
    bool capsHold(std::size_t extra) const
    {
        const bool adds = extra < n;
        if (std::size_t(moves) + adds > maxMoves)
            return false;
        for (const MoveCap &cap : caps) {
            if (cap.moved + (adds ? (*cap.values)[extra] : 0.0) > cap.max)
                return false;
        }
        return true;
    }
    double violationOf(std::size_t kc, double l) const
    {
        return std::max({0.0, l - hi[kc], lo[kc] - l});
    }
    double violation() const
    {
        double v = 0;
        for (std::size_t kc = 0; kc < load.size(); ++kc)
            v += violationOf(kc, load[kc]);
        return v;
    }
    // Change of the total violation, and of the squared distance to the
    // middle of the band, when piece i moves from k to l.
    void deltaOf(std::size_t i, int k, int l, double *dv, double *dsq) const
    {
        double v = 0, sq = 0;
        for (int c = 0; c < C; ++c) {
            const double ai = a[i * C + c];
            const std::size_t kc = std::size_t(k) * C + c, lc = std::size_t(l) * C + c;
            v += violationOf(kc, load[kc] - ai) - violationOf(kc, load[kc]);
            v += violationOf(lc, load[lc] + ai) - violationOf(lc, load[lc]);
            const double mk = 0.5 * (lo[kc] + hi[kc]), ml = 0.5 * (lo[lc] + hi[lc]);
            sq += (load[kc] - ai - mk) * (load[kc] - ai - mk) - (load[kc] - mk) * (load[kc] - mk);
            sq += (load[lc] + ai - ml) * (load[lc] + ai - ml) - (load[lc] - ml) * (load[lc] - ml);
        }
        *dv = v;
        *dsq = sq;
    }
    int moveDelta(std::size_t i, int k, int l) const
    {
        if (current.empty())
            return 0;
        return (l != current[i]) - (k != current[i]);
    }
    void apply(std::size_t i, int l)
    {
        const int k = assign[i];
        const int moved = moveDelta(i, k, l);
        moves += moved;
        for (MoveCap &cap : caps)
            cap.moved += moved * (*cap.values)[i];
        for (int c = 0; c < C; ++c) {
            load[std::size_t(k) * C + c] -= a[i * C + c];
            load[std::size_t(l) * C + c] += a[i * C + c];
        }
        --count[k];
        ++count[l];
        assign[i] = l;
    }

    // --- contiguity ----------------------------------------------------------

    std::span<const std::uint32_t> neighbours(std::size_t i) const
    {
        return {P.adjacency.data() + P.adjacencyStart[i],
                P.adjacency.data() + P.adjacencyStart[i + 1]};
    }
    bool touches(std::size_t i, int l) const
    {
        for (std::uint32_t j : neighbours(i)) {
            if (assign[j] == l)
                return true;
        }
        return false;
    }
    // Whether district k stays connected without piece i: one search from
    // each of i's neighbours in k, taking turns, searches merging when they
    // meet. Stops as soon as all have met (connected) or one runs out of
    // pieces alone (that part would be cut off), so a piece at the neck of
    // a small peninsula costs the peninsula, not the whole district.
    bool canRemove(std::size_t i) const
    {
        const int k = assign[i];
        if (count[k] <= 1)
            return false;
        if (!contiguous)
            return true;
        std::vector<std::uint32_t> &nb = m_scratch;
        nb.clear();
        for (std::uint32_t j : neighbours(i)) {
            if (assign[j] == k && std::find(nb.begin(), nb.end(), j) == nb.end())
                nb.push_back(j);
        }
        const std::size_t L = nb.size();
        if (L <= 1)
            return true;
        if (owner.size() != n)
            owner.assign(n, 0);
        const std::uint32_t mark = ++m_stamp;
        stamp[i] = mark;
        m_queues.resize(std::max(m_queues.size(), L));
        m_heads.assign(L, 0);
        m_parent.resize(L);
        for (std::size_t t = 0; t < L; ++t) {
            m_parent[t] = std::uint32_t(t);
            m_queues[t].assign(1, nb[t]);
            stamp[nb[t]] = mark;
            owner[nb[t]] = std::uint32_t(t);
        }
        auto find = [this](std::uint32_t t) {
            while (m_parent[t] != t)
                t = m_parent[t] = m_parent[m_parent[t]];
            return t;
        };
        std::size_t roots = L;
        while (roots > 1) {
            for (std::uint32_t t = 0; t < L && roots > 1; ++t) {
                if (m_parent[t] != t)
                    continue;
                std::vector<std::uint32_t> &q = m_queues[t];
                if (m_heads[t] == q.size())
                    return false; // this part is closed off without i
                const std::uint32_t u = q[m_heads[t]++];
                for (std::uint32_t v : neighbours(u)) {
                    if (assign[v] != k || v == i)
                        continue;
                    if (stamp[v] != mark) {
                        stamp[v] = mark;
                        owner[v] = t;
                        q.push_back(v);
                        continue;
                    }
                    const std::uint32_t r = find(owner[v]);
                    if (r == t)
                        continue;
                    // The two searches met: t takes over r's frontier.
                    m_parent[r] = t;
                    q.insert(q.end(), m_queues[r].begin() + std::ptrdiff_t(m_heads[r]),
                             m_queues[r].end());
                    --roots;
                }
            }
        }
        return true;
    }

    // --- small scopes: every assignment ---------------------------------------

    // The objective the search minimises: dispersion to the current
    // centres, plus the weight of every move when rebalancing.
    // Dispersion plus the price of the moves (the small-scope search).
    double objective() const
    {
        double value = totalCost();
        for (std::size_t i = 0; i < n && !current.empty(); ++i)
            value += assign[i] != current[i] ? movePrice(i) : 0.0;
        return value;
    }
    // What moving piece i away from home costs, in dispersion units: more
    // for a piece heavy in a capped metric.
    double movePrice(std::size_t i) const
    {
        return capWeight.empty() ? moveWeight : moveWeight * capWeight[i];
    }

    // Whether the assignment meets everything asked for: the bands (at the
    // share last set), contiguity, the move cap, and a piece in every
    // district.
    bool feasible()
    {
        recount();
        if (violation() > 1e-12 || !capsHold(n))
            return false;
        if (n >= std::size_t(K) && std::count(count.begin(), count.end(), 0) > 0)
            return false;
        std::vector<int> part, mainPart;
        return !contiguous || components(part, mainPart) == 0;
    }

    // For scopes of a few pieces, a branch and bound over every assignment:
    // pieces in breadth-first order, each to its cheapest districts first;
    // a branch ends when a band overflows, when the pieces left cannot fill
    // the bands still short, or when even their cheapest districts cannot
    // beat the best found. Contiguity is checked at the leaves. Takes the
    // best assignment when it beats the current one (or the current one
    // misses a band, a cap or contiguity). Stops after `nodes` branches,
    // with the best found by then, so its answer never depends on the clock.
    bool searchExactly(std::int64_t nodes)
    {
        if (n == 0 || C == 0)
            return false;
        // Breadth-first order from the first piece, so that neighbours
        // come close together; pieces no path reaches follow.
        std::vector<std::uint32_t> order;
        std::vector<char> seen(n, 0);
        for (std::size_t s0 = 0; s0 < n; ++s0) {
            if (seen[s0])
                continue;
            seen[s0] = 1;
            order.push_back(std::uint32_t(s0));
            for (std::size_t h = order.size() - 1; h < order.size(); ++h) {
                if (!graph)
                    break;
                for (std::uint32_t v : neighbours(order[h])) {
                    if (!seen[v]) {
                        seen[v] = 1;
                        order.push_back(v);
                    }
                }
            }
        }
        auto priced = [&](std::size_t i, int k) {
            return cost[i * K + k] + (current.empty() || current[i] == k ? 0.0 : movePrice(i));
        };
        // Each piece's districts, cheapest first (only its lock if locked).
        std::vector<std::vector<int>> choices(n);
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] >= 0) {
                choices[i] = {lockedTo[i]};
                continue;
            }
            choices[i].resize(std::size_t(K));
            std::iota(choices[i].begin(), choices[i].end(), 0);
            std::stable_sort(choices[i].begin(), choices[i].end(),
                             [&](int x, int y) { return priced(i, x) < priced(i, y); });
        }
        // What the pieces from position t on weigh, and cost at the least.
        std::vector<double> cheapest(n + 1, 0.0), left((n + 1) * std::size_t(C), 0.0);
        for (std::size_t t = n; t-- > 0;) {
            const std::size_t i = order[t];
            cheapest[t] = cheapest[t + 1] + priced(i, choices[i][0]);
            for (int c = 0; c < C; ++c)
                left[t * C + c] = left[(t + 1) * C + c] + a[i * C + c];
        }
        const std::vector<int> before = assign;
        double best = feasible() ? objective() : Inf;
        const double eps = 1e-12;
        std::vector<int> trial(n, -1), bestAssign;
        std::vector<double> l(std::size_t(K) * C, 0.0);
        std::int64_t spent = 0;
        bool stopped = false;
        std::function<void(std::size_t, double, int)> branch = [&](std::size_t t, double cost0,
                                                                   int moved) {
            if (stopped)
                return;
            if (++spent > nodes || ((spent & 0xffff) == 0 && cancelled())) {
                stopped = true;
                return;
            }
            if (cost0 + cheapest[t] >= best - eps * std::abs(best))
                return;
            // The bands still short must be fillable by the pieces left.
            for (int c = 0; c < C; ++c) {
                double shortBy = 0;
                for (int k = 0; k < K; ++k)
                    shortBy +=
                        std::max(0.0, lo[std::size_t(k) * C + c] - l[std::size_t(k) * C + c]);
                if (shortBy > left[t * C + c] + eps)
                    return;
            }
            if (t == n) {
                assign = trial;
                if (feasible()) {
                    best = objective();
                    bestAssign = trial;
                }
                return;
            }
            const std::size_t i = order[t];
            for (int k : choices[i]) {
                const int m = current.empty() ? 0 : int(current[i] != k);
                if (std::size_t(moved + m) > maxMoves)
                    continue;
                bool fits = true;
                for (int c = 0; c < C && fits; ++c)
                    fits = l[std::size_t(k) * C + c] + a[i * C + c] <=
                           hi[std::size_t(k) * C + c] + eps;
                if (!fits)
                    continue;
                for (int c = 0; c < C; ++c)
                    l[std::size_t(k) * C + c] += a[i * C + c];
                trial[i] = k;
                branch(t + 1, cost0 + priced(i, k), moved + m);
                for (int c = 0; c < C; ++c)
                    l[std::size_t(k) * C + c] -= a[i * C + c];
                trial[i] = -1;
            }
        };
        branch(0, 0.0, 0);
        assign = bestAssign.empty() ? before : bestAssign;
        recount();
        return !bestAssign.empty();
    }

    // Labels connected parts of every district; returns the number of extra parts.
    int components(std::vector<int> &part, std::vector<int> &mainPart) const
    {
        part.assign(n, -1);
        std::vector<double> weight;
        std::vector<int> district;
        int parts = 0;
        std::vector<std::uint32_t> queue;
        for (std::size_t s = 0; s < n; ++s) {
            if (part[s] >= 0 || assign[s] < 0)
                continue;
            const int k = assign[s];
            part[s] = parts;
            queue.assign(1, std::uint32_t(s));
            double wsum = 0;
            for (std::size_t h = 0; h < queue.size(); ++h) {
                const std::uint32_t u = queue[h];
                wsum += w[u] + 1e-9 + (lockedTo[u] >= 0 ? 1e12 : 0);
                for (std::uint32_t v : neighbours(u)) {
                    if (assign[v] == k && part[v] < 0) {
                        part[v] = parts;
                        queue.push_back(v);
                    }
                }
            }
            weight.push_back(wsum);
            district.push_back(k);
            ++parts;
        }
        mainPart.assign(std::size_t(K), -1);
        int extra = 0;
        for (int p = 0; p < parts; ++p) {
            int &m = mainPart[district[p]];
            if (m >= 0)
                ++extra;
            if (m < 0 || weight[p] > weight[m])
                m = p;
        }
        return extra;
    }

    // Hands every detached part of a district to a neighbouring district
    // whose main part it touches, cheapest first.
    void repairContiguity()
    {
        if (!contiguous)
            return;
        std::vector<int> part, mainPart;
        for (int round = 0; round < 1000; ++round) {
            if (components(part, mainPart) == 0)
                return;
            std::vector<char> isMain(n, 0);
            std::vector<std::vector<std::uint32_t>> members;
            std::vector<int> partDistrict;
            for (std::size_t i = 0; i < n; ++i) {
                const int p = part[i];
                if (p < 0)
                    continue;
                if (std::size_t(p) >= members.size()) {
                    members.resize(std::size_t(p) + 1);
                    partDistrict.resize(std::size_t(p) + 1, -1);
                }
                members[p].push_back(std::uint32_t(i));
                partDistrict[p] = assign[i];
                isMain[i] = mainPart[assign[i]] == p;
            }
            bool changed = false;
            for (std::size_t p = 0; p < members.size(); ++p) {
                if (members[p].empty() || mainPart[partDistrict[p]] == int(p))
                    continue;
                bool locked = false;
                std::vector<int> candidates;
                for (std::uint32_t u : members[p]) {
                    locked = locked || lockedTo[u] >= 0;
                    for (std::uint32_t v : neighbours(u)) {
                        if (assign[v] != partDistrict[p] && isMain[v])
                            candidates.push_back(assign[v]);
                    }
                }
                if (locked || candidates.empty())
                    continue;
                std::sort(candidates.begin(), candidates.end());
                candidates.erase(std::unique(candidates.begin(), candidates.end()),
                                 candidates.end());
                int best = -1;
                double bestCost = Inf;
                for (int l : candidates) {
                    double c = 0;
                    for (std::uint32_t u : members[p])
                        c += cost[std::size_t(u) * K + l];
                    if (c < bestCost) {
                        bestCost = c;
                        best = l;
                    }
                }
                for (std::uint32_t u : members[p]) {
                    apply(u, best);
                    isMain[u] = 1;
                }
                changed = true;
            }
            if (!changed)
                return;
        }
    }

    // --- local search ----------------------------------------------------------

    // Destinations tried for piece i: districts it touches when contiguity
    // is required, else its nearest centres.
    void destinations(std::size_t i, std::vector<int> &out) const
    {
        out.clear();
        const int k = assign[i];
        if (contiguous) {
            for (std::uint32_t j : neighbours(i)) {
                const int l = assign[j];
                if (l != k && std::find(out.begin(), out.end(), l) == out.end())
                    out.push_back(l);
            }
        } else {
            for (int j = 0; j < nearCount; ++j) {
                const int l = nearest[i * nearCount + j];
                if (l != k)
                    out.push_back(l);
            }
            if (!current.empty() && current[i] >= 0 && current[i] != k &&
                std::find(out.begin(), out.end(), current[i]) == out.end())
                out.push_back(current[i]);
            // Without a graph to respect, the districts short of their band
            // are destinations too, however far.
            for (int l : m_short) {
                if (l != k && std::find(out.begin(), out.end(), l) == out.end())
                    out.push_back(l);
            }
        }
    }
    bool movable(std::size_t i, int l) const
    {
        const int k = assign[i];
        if (lockedTo[i] >= 0 || l == k)
            return false;
        if (moveDelta(i, k, l) > 0 && !capsHold(i))
            return false;
        if (contiguous && !touches(i, l))
            return false;
        return canRemove(i);
    }
    double objectiveDelta(std::size_t i, int k, int l) const
    {
        return cost[i * K + l] - cost[i * K + k] + movePrice(i) * moveDelta(i, k, l);
    }

    // Moves that reduce the violation, cheapest per unit of violation
    // removed first; when none remains, moves that keep the violation and
    // bring loads towards the middle of their band.
    void repairBalance(bool towardsMiddle = true)
    {
        std::vector<int> dest;
        struct Candidate
        {
            double score;
            std::uint32_t piece;
            int to;
        };
        std::vector<Candidate> candidates;
        for (int pass = 0; pass < 400 && violation() > 1e-12; ++pass) {
            if (stopRepairs())
                return;
            const bool squares = towardsMiddle && pass > 0 && candidates.empty();
            candidates.clear();
            m_short.clear();
            if (!contiguous) {
                for (int k = 0; k < K && m_short.size() < 8; ++k) {
                    for (int c = 0; c < C; ++c) {
                        if (load[std::size_t(k) * C + c] < lo[std::size_t(k) * C + c]) {
                            m_short.push_back(k);
                            break;
                        }
                    }
                }
            }
            // A move removes violation only at a district outside a band:
            // with a graph, only pieces in such districts or touching one
            // can, so only they are looked at (unless moves towards the
            // middle are allowed).
            m_look.clear();
            if (contiguous && !squares) {
                std::vector<char> bad(std::size_t(K), 0);
                for (std::size_t kc = 0; kc < load.size(); ++kc)
                    bad[kc / std::size_t(C)] |= violationOf(kc, load[kc]) > 0;
                const std::uint32_t mark = ++m_stamp;
                for (std::size_t i = 0; i < n; ++i) {
                    if (assign[i] < 0 || !bad[std::size_t(assign[i])])
                        continue;
                    for (std::uint32_t j : neighbours(i)) {
                        if (stamp[j] != mark) {
                            stamp[j] = mark;
                            m_look.push_back(j);
                        }
                    }
                    if (stamp[i] != mark) {
                        stamp[i] = mark;
                        m_look.push_back(std::uint32_t(i));
                    }
                }
                std::sort(m_look.begin(), m_look.end());
            } else {
                m_look.resize(n);
                std::iota(m_look.begin(), m_look.end(), 0u);
            }
            for (std::uint32_t i : m_look) {
                if (lockedTo[i] >= 0)
                    continue;
                const int k = assign[i];
                destinations(i, dest);
                for (int l : dest) {
                    double dv, dsq;
                    deltaOf(i, k, l, &dv, &dsq);
                    if (dv < -1e-12)
                        candidates.push_back({objectiveDelta(i, k, l) / -dv, std::uint32_t(i), l});
                    else if (squares && dv <= 1e-12 && dsq < -1e-12)
                        candidates.push_back(
                            {1e300 + objectiveDelta(i, k, l) / -dsq, std::uint32_t(i), l});
                }
            }
            if (candidates.empty())
                return;
            std::sort(candidates.begin(), candidates.end(), [](const auto &l, const auto &r) {
                return l.score < r.score || (l.score == r.score && l.piece < r.piece) ||
                       (l.score == r.score && l.piece == r.piece && l.to < r.to);
            });
            std::size_t applied = 0;
            for (const Candidate &c : candidates) {
                const int k = assign[c.piece];
                if (k == c.to)
                    continue;
                double dv, dsq;
                deltaOf(c.piece, k, c.to, &dv, &dsq);
                const bool good = dv < -1e-12 || (squares && dv <= 1e-12 && dsq < -1e-12);
                if (!good || !movable(c.piece, c.to))
                    continue;
                apply(c.piece, c.to);
                ++applied;
                if (violation() <= 1e-12)
                    return;
            }
            // Nothing applied: the next pass would be the same one, unless it
            // may move towards the middle of the bands now.
            if (applied == 0 && (squares || !towardsMiddle))
                return;
            if (applied == 0)
                candidates.clear(); // next pass allows the band moves
        }
    }

    // First-improvement descent on dispersion (and moves) that never adds
    // violation; one swap neighbourhood-free pass at a time.
    void improve(double timeShare)
    {
        // A late descent still gets a tenth of the budget: the repairs before
        // it leave dispersion that only the descent takes back.
        const Deadline end = deadline(timeShare, 0.1);
        m_short.clear();
        std::vector<int> dest;
        std::vector<std::uint32_t> order(n);
        std::iota(order.begin(), order.end(), 0u);
        SplitMix rng(P.seed ^ 0x5851F42D4C957F2Dull, OptimizerSalt);
        for (std::size_t i = n; i > 1; --i)
            std::swap(order[i - 1], order[rng.next() % i]);
        const double eps = 1e-12 * (1 + std::abs(totalCost()));
        for (int pass = 0; pass < 50; ++pass) {
            bool improved = false;
            const double vBefore = violation();
            for (std::uint32_t i : order) {
                if (lockedTo[i] >= 0)
                    continue;
                if ((i & 255) == 0 && (cancelled() || past(end)))
                    return;
                work += 1;
                const int k = assign[i];
                if (contiguous) {
                    bool border = false;
                    for (std::uint32_t j : neighbours(i))
                        border = border || assign[j] != k;
                    if (!border)
                        continue;
                }
                destinations(i, dest);
                work += double(dest.size());
                int best = -1;
                double bestDelta = -eps;
                for (int l : dest) {
                    double dv, dsq;
                    deltaOf(i, k, l, &dv, &dsq);
                    if (dv > 1e-12)
                        continue;
                    const double d = objectiveDelta(i, k, l);
                    if (d < bestDelta && movable(i, l)) {
                        bestDelta = d;
                        best = l;
                    }
                }
                if (best >= 0) {
                    apply(i, best);
                    improved = true;
                }
            }
            if (!improved || violation() > vBefore + 1e-12)
                return;
        }
    }

    // --- planned transfers (core/balance/balancerepair.h) ----------------------

    // Pieces of district k that could go to district l, per pair k * K + l:
    // border pieces touching l when contiguity is required, else pieces with
    // l among their nearest centres.
    void transferCandidates(std::vector<std::vector<std::uint32_t>> &byPair) const
    {
        byPair.assign(std::size_t(K) * K, {});
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] >= 0)
                continue;
            const int k = assign[i];
            if (contiguous) {
                for (std::uint32_t j : neighbours(i)) {
                    const int l = assign[j];
                    if (l == k || l < 0)
                        continue;
                    std::vector<std::uint32_t> &v = byPair[std::size_t(k) * K + l];
                    if (v.empty() || v.back() != i)
                        v.push_back(std::uint32_t(i));
                }
            } else {
                for (int j = 0; j < nearCount; ++j) {
                    const int l = nearest[i * nearCount + j];
                    if (l != k)
                        byPair[std::size_t(k) * K + l].push_back(std::uint32_t(i));
                }
            }
        }
    }

    // Whether moving piece i from k to l leaves the violation of every
    // constrained metric but `skip` where it was or lower, at k and at l.
    bool keepsOtherMetrics(std::size_t i, int k, int l, int skip) const
    {
        for (int c = 0; c < C; ++c) {
            if (c == skip)
                continue;
            const double ai = a[i * C + c];
            const std::size_t kc = std::size_t(k) * C + c, lc = std::size_t(l) * C + c;
            const double dv = violationOf(kc, load[kc] - ai) - violationOf(kc, load[kc]) +
                              violationOf(lc, load[lc] + ai) - violationOf(lc, load[lc]);
            if (dv > 1e-12)
                return false;
        }
        return true;
    }

    // Hands about `amount` of metric c from district k to district l, piece by
    // piece: the cheapest per unit moved first (when moves count, that is the
    // largest piece), never more than `amount + allowance`, keeping k
    // connected and the other metrics' violations. Returns the amount moved.
    double realiseTransfer(int k, int l, double amount, double allowance, int c,
                           const std::vector<std::uint32_t> &candidates,
                           const std::vector<std::uint32_t> &back)
    {
        struct Scored
        {
            double score;
            std::uint32_t piece;
        };
        std::vector<Scored> order;
        auto score = [&](std::uint32_t i) {
            return Scored{objectiveDelta(i, k, l) / std::max(a[std::size_t(i) * C + c], 1e-12), i};
        };
        auto byScore = [](const Scored &x, const Scored &y) {
            return x.score < y.score || (x.score == y.score && x.piece < y.piece);
        };
        for (std::uint32_t i : candidates) {
            if (assign[i] == k && a[std::size_t(i) * C + c] > 0)
                order.push_back(score(i));
        }
        std::sort(order.begin(), order.end(), byScore);
        double left = amount;
        while (left > 1e-9) {
            bool moved = false;
            for (std::size_t t = 0; t < order.size(); ++t) {
                const std::uint32_t i = order[t].piece;
                const double ai = a[std::size_t(i) * C + c];
                // A piece may overshoot what is left by the slack planned at l,
                // or by less than what is left (rounding to the nearer).
                if (assign[i] != k || ai > left + std::max(allowance, 0.999 * left) ||
                    !keepsOtherMetrics(i, k, l, c) || !movable(i, l))
                    continue;
                apply(i, l);
                left -= ai;
                order.erase(order.begin() + std::ptrdiff_t(t));
                moved = true;
                if (contiguous) {
                    // Its neighbours still in k now touch l.
                    bool added = false;
                    for (std::uint32_t j : neighbours(i)) {
                        if (assign[j] == k && lockedTo[j] < 0 && a[std::size_t(j) * C + c] > 0 &&
                            std::none_of(order.begin(), order.end(),
                                         [j](const Scored &s) { return s.piece == j; })) {
                            order.push_back(score(j));
                            added = true;
                        }
                    }
                    if (added)
                        std::sort(order.begin(), order.end(), byScore);
                }
                break;
            }
            if (!moved && !(moved = swapTransfer(k, l, left, allowance, c, order, back, &left)))
                break;
        }
        return amount - left;
    }

    // A swap: piece p of k goes to l and piece q of l comes back, so that the
    // difference of their values of metric c moves from k to l while the
    // other metrics hardly change (what single pieces cannot do when the
    // districts sit at the edge of another metric's band). The cheapest per
    // unit carried first; both districts stay connected.
    template<typename Scored>
    bool swapTransfer(int k, int l, double left, double allowance, int c,
                      const std::vector<Scored> &order, const std::vector<std::uint32_t> &back,
                      double *leftAfter)
    {
        struct Pair
        {
            double score;
            std::uint32_t p, q;
        };
        std::vector<Pair> pairs;
        for (const Scored &sp : order) {
            const std::uint32_t p = sp.piece;
            if (assign[p] != k || lockedTo[p] >= 0)
                continue;
            for (std::uint32_t q : back) {
                if (assign[q] != l || lockedTo[q] >= 0)
                    continue;
                const double net = a[std::size_t(p) * C + c] - a[std::size_t(q) * C + c];
                if (net <= 1e-9 || net > left + std::max(allowance, 0.999 * left))
                    continue;
                bool ok = true;
                for (int m = 0; m < C && ok; ++m) {
                    if (m == c)
                        continue;
                    const double d = a[std::size_t(p) * C + m] - a[std::size_t(q) * C + m];
                    const std::size_t kc = std::size_t(k) * C + m, lc = std::size_t(l) * C + m;
                    ok = violationOf(kc, load[kc] - d) - violationOf(kc, load[kc]) +
                             violationOf(lc, load[lc] + d) - violationOf(lc, load[lc]) <=
                         1e-12;
                }
                if (!ok)
                    continue;
                pairs.push_back({(objectiveDelta(p, k, l) + objectiveDelta(q, l, k)) / net, p, q});
            }
        }
        const std::size_t tries = std::min<std::size_t>(pairs.size(), 24);
        std::partial_sort(pairs.begin(), pairs.begin() + std::ptrdiff_t(tries), pairs.end(),
                          [](const Pair &x, const Pair &y) {
                              return x.score < y.score || (x.score == y.score && x.p < y.p) ||
                                     (x.score == y.score && x.p == y.p && x.q < y.q);
                          });
        for (std::size_t t = 0; t < tries; ++t) {
            const Pair &pr = pairs[t];
            if (!movable(pr.p, l))
                continue;
            apply(pr.p, l);
            if (!movable(pr.q, k)) {
                apply(pr.p, k);
                continue;
            }
            apply(pr.q, k);
            *leftAfter = left - (a[std::size_t(pr.p) * C + c] - a[std::size_t(pr.q) * C + c]);
            return true;
        }
        return false;
    }

    // Rebalancing: a district that has no piece yet (a new rep's) starts
    // from one, so that it can grow when districts must stay connected:
    // the piece in no district furthest from every district's centre (the
    // heart of a region a removed rep left), else the piece of the most
    // loaded district furthest from its centre that it can give up. Its
    // centre starts there.
    void seedEmptyDistricts()
    {
        recount();
        for (int k = 0; k < K; ++k) {
            if (count[k] > 0)
                continue;
            auto nearestCentre = [&](std::size_t i) {
                double d = Inf;
                for (int l = 0; l < K; ++l) {
                    if (count[l] > 0)
                        d = std::min(d, chord(pos[i], centre[l]));
                }
                return d;
            };
            std::size_t seed = n;
            double furthest = -1;
            for (std::size_t i = 0; i < n; ++i) {
                if (assign[i] < 0 && lockedTo[i] < 0) {
                    const double d = nearestCentre(i);
                    if (d > furthest) {
                        furthest = d;
                        seed = i;
                    }
                }
            }
            if (seed == n) {
                int heaviest = -1;
                double most = -Inf;
                for (int l = 0; l < K; ++l) {
                    double rel = 0;
                    for (int c = 0; c < C; ++c)
                        rel += load[std::size_t(l) * C + c] /
                               std::max(hi[std::size_t(l) * C + c], 1e-12);
                    if (count[l] > 1 && rel > most) {
                        most = rel;
                        heaviest = l;
                    }
                }
                if (heaviest < 0)
                    continue;
                std::vector<std::pair<double, std::size_t>> far;
                for (std::size_t i = 0; i < n; ++i) {
                    if (assign[i] == heaviest && lockedTo[i] < 0)
                        far.push_back({-chord(pos[i], centre[heaviest]), i});
                }
                std::sort(far.begin(), far.end());
                for (const auto &[negDistance, i] : far) {
                    if (canRemove(i)) {
                        seed = i;
                        break;
                    }
                }
                if (seed == n)
                    continue;
            }
            assign[seed] = k;
            centre[k] = pos[seed];
            recount();
        }
    }

    // Pieces in no district (a removed rep's) join the districts around
    // them by growing those districts into their region, the lightest
    // district first and its nearest piece first, so that the region is
    // shared out instead of falling to one neighbour whole.
    void fillOrphans()
    {
        recount();
        std::vector<std::vector<std::uint32_t>> frontier(static_cast<std::size_t>(K));
        std::size_t left = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (assign[i] >= 0)
                continue;
            ++left;
            for (std::uint32_t j : neighbours(i)) {
                if (assign[j] >= 0)
                    frontier[assign[j]].push_back(std::uint32_t(i));
            }
        }
        while (left > 0) {
            int k = -1;
            double lightest = Inf;
            for (int d = 0; d < K; ++d) {
                std::vector<std::uint32_t> &f = frontier[d];
                f.erase(std::remove_if(f.begin(), f.end(),
                                       [&](std::uint32_t i) { return assign[i] >= 0; }),
                        f.end());
                if (f.empty())
                    continue;
                double l = 0;
                for (int c = 0; c < C; ++c)
                    l += load[std::size_t(d) * C + c] / std::max(hi[std::size_t(d) * C + c], 1e-12);
                if (l < lightest) {
                    lightest = l;
                    k = d;
                }
            }
            if (k < 0)
                return; // the rest touches no district
            std::uint32_t best = frontier[k].front();
            for (std::uint32_t i : frontier[k]) {
                if (cost[std::size_t(i) * K + k] < cost[std::size_t(best) * K + k] ||
                    (cost[std::size_t(i) * K + k] == cost[std::size_t(best) * K + k] && i < best))
                    best = i;
            }
            assign[best] = k;
            ++count[k];
            for (int c = 0; c < C; ++c)
                load[std::size_t(k) * C + c] += a[std::size_t(best) * C + c];
            --left;
            for (std::uint32_t j : neighbours(best)) {
                if (assign[j] < 0)
                    frontier[k].push_back(j);
            }
        }
    }

    // Without contiguity, pieces in no district (a removed rep's) go where
    // they are needed: the largest first, to the nearest district below its
    // band that they do not push over it, else to the nearest with room,
    // else to the one with the most room. Each such piece moves anyway, so
    // placing it well spares moving others.
    void shareOrphans()
    {
        setBands(0.99);
        recount();
        std::vector<std::uint32_t> orphans;
        for (std::size_t i = 0; i < n; ++i) {
            if (assign[i] < 0 && lockedTo[i] < 0)
                orphans.push_back(std::uint32_t(i));
        }
        auto size = [this](std::uint32_t i) {
            double m = 0;
            for (int c = 0; c < C; ++c)
                m = std::max(m, a[std::size_t(i) * C + c]);
            return m;
        };
        std::stable_sort(orphans.begin(), orphans.end(),
                         [&](std::uint32_t x, std::uint32_t y) { return size(x) > size(y); });
        for (std::uint32_t i : orphans) {
            int needy = -1, roomy = -1, loosest = 0;
            double needyCost = Inf, roomyCost = Inf, bestRoom = -Inf;
            for (int k = 0; k < K; ++k) {
                bool fits = true, helps = false;
                double room = Inf;
                for (int c = 0; c < C; ++c) {
                    const std::size_t kc = std::size_t(k) * C + c;
                    const double after = load[kc] + a[std::size_t(i) * C + c];
                    fits = fits && after <= hi[kc];
                    helps = helps || load[kc] < lo[kc];
                    room = std::min(room, hi[kc] - after);
                }
                const double ck = cost[std::size_t(i) * K + k];
                if (fits && helps && ck < needyCost) {
                    needyCost = ck;
                    needy = k;
                }
                if (fits && ck < roomyCost) {
                    roomyCost = ck;
                    roomy = k;
                }
                if (room > bestRoom) {
                    bestRoom = room;
                    loosest = k;
                }
            }
            const int k = needy >= 0 ? needy : roomy >= 0 ? roomy : loosest;
            assign[i] = k;
            ++count[k];
            for (int c = 0; c < C; ++c)
                load[std::size_t(k) * C + c] += a[std::size_t(i) * C + c];
        }
    }

    // Change of the total band violation when piece p (in k) and piece q
    // (in l) trade districts.
    double swapViolationChange(std::uint32_t p, int k, std::uint32_t q, int l) const
    {
        double dv = 0;
        for (int c = 0; c < C; ++c) {
            const double d = a[std::size_t(p) * C + c] - a[std::size_t(q) * C + c];
            const std::size_t kc = std::size_t(k) * C + c, lc = std::size_t(l) * C + c;
            dv += violationOf(kc, load[kc] - d) - violationOf(kc, load[kc]) +
                  violationOf(lc, load[lc] + d) - violationOf(lc, load[lc]);
        }
        return dv;
    }

    // Piece p (in k) and piece q (in l) trade districts when both moves are
    // allowed, q's once p has gone; else nothing changes.
    bool trySwap(std::uint32_t p, int k, std::uint32_t q, int l)
    {
        if (!movable(p, l))
            return false;
        apply(p, l);
        if (!movable(q, k)) {
            apply(p, k);
            return false;
        }
        apply(q, k);
        return true;
    }

    // Swaps against the total violation: for every district outside a band,
    // the exchange of a border piece with a neighbouring district's border
    // piece that removes the most violation (over every metric, at both
    // districts), cheapest on ties; both districts stay connected. For what
    // single moves cannot do when two metrics pull apart.
    void repairBySwaps(int rounds)
    {
        if (!contiguous || C < 2)
            return;
        std::vector<std::vector<std::uint32_t>> byPair;
        for (int round = 0; round < rounds && violation() > 1e-12 && !stopRepairs(); ++round) {
            transferCandidates(byPair);
            bool applied = false;
            for (int k = 0; k < K; ++k) {
                double vk = 0;
                for (int c = 0; c < C; ++c)
                    vk += violationOf(std::size_t(k) * C + c, load[std::size_t(k) * C + c]);
                if (vk <= 1e-12)
                    continue;
                struct Swap
                {
                    double dv, cost;
                    std::uint32_t p, q;
                    int l;
                };
                std::vector<Swap> swaps;
                for (int l = 0; l < K; ++l) {
                    const std::vector<std::uint32_t> &out = byPair[std::size_t(k) * K + l];
                    const std::vector<std::uint32_t> &in = byPair[std::size_t(l) * K + k];
                    for (std::uint32_t p : out) {
                        for (std::uint32_t q : in) {
                            const double dv = swapViolationChange(p, k, q, l);
                            if (dv < -1e-12)
                                swaps.push_back({dv,
                                                 objectiveDelta(p, k, l) + objectiveDelta(q, l, k),
                                                 p, q, l});
                        }
                    }
                }
                std::sort(swaps.begin(), swaps.end(), [](const Swap &x, const Swap &y) {
                    return x.dv < y.dv || (x.dv == y.dv && x.cost < y.cost) ||
                           (x.dv == y.dv && x.cost == y.cost &&
                            (x.p < y.p || (x.p == y.p && x.q < y.q)));
                });
                for (std::size_t t = 0; t < std::min<std::size_t>(swaps.size(), 32); ++t) {
                    const Swap &sw = swaps[t];
                    if (assign[sw.p] != k || assign[sw.q] != sw.l || !trySwap(sw.p, k, sw.q, sw.l))
                        continue;
                    applied = true;
                    break;
                }
            }
            if (!applied)
                return;
        }
    }

    // Descent by swaps: a border piece of k and a border piece of a
    // neighbouring district l trade places when that lowers the objective
    // and adds no violation. Single moves stop where districts sit at the
    // edge of a band (where the dispersion pulls them); a swap carries only
    // the difference of the two pieces' loads. Best swap per pair first;
    // both districts stay connected.
    void improveBySwaps(double timeShare)
    {
        if (!contiguous)
            return;
        const Deadline end = deadline(timeShare, 0.05);
        const double eps = 1e-9 * (1 + std::abs(totalCost())) / double(n);
        std::vector<std::vector<std::uint32_t>> byPair;
        struct Swap
        {
            double gain;
            std::uint32_t p, q;
        };
        std::vector<Swap> swaps;
        for (int round = 0; round < 20; ++round) {
            transferCandidates(byPair);
            int applied = 0;
            for (int k = 0; k < K; ++k) {
                for (int l = k + 1; l < K; ++l) {
                    if (cancelled() || past(end))
                        return;
                    const std::vector<std::uint32_t> &out = byPair[std::size_t(k) * K + l];
                    const std::vector<std::uint32_t> &in = byPair[std::size_t(l) * K + k];
                    swaps.clear();
                    work += double(out.size()) * double(in.size()) + 1;
                    for (std::uint32_t p : out) {
                        if (lockedTo[p] >= 0)
                            continue;
                        const double dp = objectiveDelta(p, k, l);
                        for (std::uint32_t q : in) {
                            const double gain = dp + objectiveDelta(q, l, k);
                            if (gain < -eps && lockedTo[q] < 0 &&
                                swapViolationChange(p, k, q, l) <= 1e-12)
                                swaps.push_back({gain, p, q});
                        }
                    }
                    std::sort(swaps.begin(), swaps.end(), [](const Swap &x, const Swap &y) {
                        return x.gain < y.gain ||
                               (x.gain == y.gain && (x.p < y.p || (x.p == y.p && x.q < y.q)));
                    });
                    for (const Swap &sw : swaps) {
                        if (assign[sw.p] != k || assign[sw.q] != l ||
                            swapViolationChange(sw.p, k, sw.q, l) > 1e-12 ||
                            !trySwap(sw.p, k, sw.q, l))
                            continue;
                        ++applied;
                    }
                }
            }
            trace("improveBySwaps");
            if (applied == 0)
                return;
        }
    }

    // Rebalancing: two pieces that crossed one border in opposite directions
    // go back home together when that adds no violation and keeps both
    // districts connected (two moves fewer; what the transfers' rounds
    // leave behind).
    void undoCrossings()
    {
        if (current.empty())
            return;
        for (int round = 0; round < 20 && !stopRepairs(); ++round) {
            std::vector<std::vector<std::uint32_t>> away(std::size_t(K) * K);
            for (std::size_t i = 0; i < n; ++i) {
                const int k = assign[i], home = current[i];
                if (home >= 0 && k != home && lockedTo[i] < 0)
                    away[std::size_t(k) * K + home].push_back(std::uint32_t(i));
            }
            bool undone = false;
            for (int k = 0; k < K; ++k) {
                for (int l = k + 1; l < K; ++l) {
                    std::vector<std::uint32_t> &ps = away[std::size_t(k) * K + l];
                    std::vector<std::uint32_t> &qs = away[std::size_t(l) * K + k];
                    for (std::uint32_t p : ps) {
                        for (std::uint32_t q : qs) {
                            if (assign[p] != k || assign[q] != l)
                                continue;
                            const double dv = swapViolationChange(p, k, q, l);
                            if (dv > 1e-12 || !trySwap(p, k, q, l))
                                continue;
                            undone = true;
                            break;
                        }
                    }
                }
            }
            if (!undone)
                return;
        }
    }

    // The pieces of every district, in piece order.
    void listMembers(std::vector<std::vector<std::uint32_t>> &members) const
    {
        members.assign(static_cast<std::size_t>(K), {});
        for (std::size_t i = 0; i < n; ++i) {
            if (assign[i] >= 0)
                members[assign[i]].push_back(std::uint32_t(i));
        }
    }

    // Two moves through a district: piece p of k goes to l and piece q of
    // l goes on to m, when together they lower the violation although p's
    // move alone would not (l has no room until q leaves). For pieces too
    // coarse for the planned transfers and single moves, when a district
    // out of its band has only full neighbours. The best chain first; at
    // most `work` second moves are looked at.
    void repairByChains(std::int64_t work)
    {
        std::vector<std::vector<std::uint32_t>> members;
        std::vector<int> first, second;
        while (violation() > 1e-12 && work > 0 && !stopRepairs()) {
            listMembers(members);
            const double before = violation();
            double bestV = before - 1e-12, bestCost = Inf;
            std::uint32_t bp = 0, bq = 0;
            int bl = -1, bm = -1;
            for (int k = 0; k < K; ++k) {
                bool out = false;
                for (int c = 0; c < C; ++c)
                    out |= violationOf(std::size_t(k) * C + c, load[std::size_t(k) * C + c]) > 0;
                if (!out)
                    continue;
                for (std::uint32_t p : members[k]) {
                    if (assign[p] != k || lockedTo[p] >= 0)
                        continue;
                    destinations(p, first);
                    for (int l : first) {
                        work -= 64; // the connectivity check
                        if (work <= 0 || !movable(p, l))
                            continue;
                        apply(p, l);
                        const double mid = violation();
                        for (std::uint32_t q : members[l]) {
                            if (assign[q] != l || lockedTo[q] >= 0)
                                continue;
                            destinations(q, second);
                            for (int m : second) {
                                --work;
                                double dv = 0, dsq = 0;
                                deltaOf(q, l, m, &dv, &dsq);
                                const double cost =
                                    objectiveDelta(p, l, k) * -1 + objectiveDelta(q, l, m);
                                if (mid + dv < bestV - 1e-12 ||
                                    (mid + dv <= bestV + 1e-12 && cost < bestCost)) {
                                    if (!movable(q, m))
                                        continue;
                                    bestV = mid + dv;
                                    bestCost = cost;
                                    bp = p, bq = q, bl = l, bm = m;
                                }
                            }
                        }
                        apply(p, k);
                    }
                }
            }
            if (bl < 0 || !movable(bp, bl))
                return;
            const int k = assign[bp];
            apply(bp, bl);
            if (!movable(bq, bm)) {
                apply(bp, k);
                return;
            }
            apply(bq, bm);
            if (violation() >= before - 1e-12) {
                apply(bq, bl);
                apply(bp, k);
                return;
            }
        }
    }

    // Rebalancing: fewer moves within the same bands. Moved pieces go back
    // home (one, or two that went through the same district) when that adds
    // no violation, or when one other move then makes up for them and costs
    // fewer moves than it saves: for one piece back, another piece going
    // home or a moved piece going on to a third district; for two, any
    // move. The cheapest such move first. What the repairs leave behind: a
    // piece handed on through a district whose load another could have fixed.
    // At most `work` candidate moves are looked at, so that the result does
    // not depend on the machine's speed; the time share is a safety net.
    void reduceMoves(double timeShare, std::int64_t work)
    {
        if (current.empty())
            return;
        std::vector<std::vector<std::uint32_t>> members;
        // After pieces `back` went home: the cheapest single move, adding at
        // most `allowed` moves, that brings the violation to `target`,
        // leaving a district in `leaving` or joining one in `joining`.
        struct Fix
        {
            std::uint32_t piece = 0;
            int to = -1;
        };
        auto findFix = [&](std::span<const std::uint32_t> back, std::span<const int> leaving,
                           std::span<const int> joining, int allowed, double target) {
            const double v = violation();
            Fix best;
            double bestCost = Inf;
            auto consider = [&](std::uint32_t q, int to) {
                const int from = assign[q];
                --work;
                if (from == to || to < 0 || lockedTo[q] >= 0 ||
                    std::find(back.begin(), back.end(), q) != back.end() ||
                    moveDelta(q, from, to) > allowed)
                    return;
                double dv = 0, dsq = 0;
                deltaOf(q, from, to, &dv, &dsq);
                if (v + dv > target + 1e-12)
                    return;
                const double c = objectiveDelta(q, from, to);
                if (c < bestCost && movable(q, to)) {
                    bestCost = c;
                    best = {q, to};
                }
            };
            // Every piece q of district d next to a piece j of another.
            auto alongBorder = [&](int d, auto &&f) {
                for (std::uint32_t q : members[d]) {
                    if (assign[q] != d)
                        continue;
                    for (std::uint32_t j : neighbours(q)) {
                        if (assign[j] != d)
                            f(q, j);
                    }
                }
            };
            for (int d : leaving)
                alongBorder(d, [&](std::uint32_t q, std::uint32_t j) { consider(q, assign[j]); });
            for (int d : joining)
                alongBorder(d, [&](std::uint32_t, std::uint32_t j) { consider(j, d); });
            return best;
        };
        // Pieces `back` have just gone home from districts `from`: kept when
        // the violation is no worse than `before`, or when one move adding
        // at most `allowed` moves brings it back there; else undone.
        auto settle = [&](std::span<const std::uint32_t> back, std::span<const int> from,
                          int allowed, double before) {
            if (violation() <= before + 1e-12)
                return true;
            std::vector<int> leaving;
            for (std::uint32_t b : back)
                leaving.push_back(current[b]);
            const Fix f = findFix(back, leaving, from, allowed, before);
            if (f.to >= 0) {
                apply(f.piece, f.to);
                return true;
            }
            for (std::size_t t = back.size(); t-- > 0;)
                apply(back[t], from[t]);
            return false;
        };
        auto away = [&](std::size_t p) {
            return current[p] >= 0 && assign[p] != current[p] && lockedTo[p] < 0;
        };
        for (int round = 0; round < 10; ++round) {
            listMembers(members);
            bool changed = false;
            // One piece home.
            for (std::size_t p = 0; p < n; ++p) {
                if (!away(p))
                    continue;
                if (work < 0 || cancelled() || outOfTime(timeShare))
                    return;
                const int k = assign[p], h = current[p];
                const double before = violation();
                if (!movable(p, h))
                    continue;
                apply(p, h);
                const std::uint32_t back[] = {std::uint32_t(p)};
                const int from[] = {k};
                changed |= settle(back, from, 0, before);
            }
            // Two pieces home that went through one district (into it and
            // out of it, or both out of it, or both into it).
            listMembers(members);
            for (int d = 0; d < K; ++d) {
                std::vector<std::uint32_t> through;
                for (std::size_t i = 0; i < n; ++i) {
                    if (away(i) && (assign[i] == d || current[i] == d))
                        through.push_back(std::uint32_t(i));
                }
                for (std::size_t x = 0; x < through.size(); ++x) {
                    for (std::size_t y = x + 1; y < through.size(); ++y) {
                        if (work < 0 || cancelled() || outOfTime(timeShare))
                            return;
                        const std::uint32_t p = through[x], q = through[y];
                        if (!away(p) || !away(q))
                            continue;
                        const int kp = assign[p], hp = current[p];
                        const int kq = assign[q], hq = current[q];
                        const double before = violation();
                        if (!movable(p, hp))
                            continue;
                        apply(p, hp);
                        if (!movable(q, hq)) {
                            apply(p, kp);
                            continue;
                        }
                        apply(q, hq);
                        const std::uint32_t back[] = {p, q};
                        const int from[] = {kp, kq};
                        changed |= settle(back, from, 1, before);
                    }
                }
            }
            if (!changed)
                return;
        }
    }

    // Balance by a plan: the minimum-cost transshipment of the excess and
    // shortfall over the district adjacency graph (on the metric furthest
    // out of its bands), using the slack inside the bands of the districts on
    // the way, then each arc's flow made with few border pieces. Replans
    // until the bands hold or a round no longer lowers the violation.
    void repairByTransfers(int rounds)
    {
        if (!contiguous)
            return; // without a graph, single moves reach any district already
        std::vector<std::vector<std::uint32_t>> byPair;
        double best = violation();
        // A round can overshoot; the best state seen is what remains.
        std::vector<int> bestAssign = assign;
        auto keepBest = [&] {
            if (violation() > best + 1e-12) {
                assign = bestAssign;
                recount();
            }
        };
        for (int round = 0, stalled = 0; round < rounds && stalled < 3; ++round) {
            const double before = violation();
            if (before <= 1e-12 || stopRepairs())
                return keepBest();
            int cs = 0;
            double worst = -1;
            for (int c = 0; c < C; ++c) {
                double v = 0;
                for (int k = 0; k < K; ++k) {
                    const std::size_t kc = std::size_t(k) * C + c;
                    v += violationOf(kc, load[kc]) / std::max(hi[kc] - lo[kc], 1e-12);
                }
                if (v > worst) {
                    worst = v;
                    cs = c;
                }
            }
            transferCandidates(byPair);
            TransferProblem tp;
            for (int k = 0; k < K; ++k) {
                const std::size_t kc = std::size_t(k) * C + cs;
                const double margin = 0.1 * (hi[kc] - lo[kc]);
                tp.load.push_back(load[kc]);
                tp.lo.push_back(lo[kc] + margin);
                tp.hi.push_back(hi[kc] - margin);
            }
            std::vector<double> unitCosts;
            for (int k = 0; k < K; ++k) {
                for (int l = 0; l < K; ++l) {
                    const std::vector<std::uint32_t> &v = byPair[std::size_t(k) * K + l];
                    if (v.empty())
                        continue;
                    unitCosts.clear();
                    for (std::uint32_t i : v) {
                        const double ai = a[std::size_t(i) * C + cs];
                        if (ai > 0)
                            unitCosts.push_back(objectiveDelta(i, k, l) / ai);
                    }
                    if (unitCosts.empty())
                        continue;
                    const std::size_t few = std::min<std::size_t>(3, unitCosts.size());
                    std::partial_sort(unitCosts.begin(), unitCosts.begin() + std::ptrdiff_t(few),
                                      unitCosts.end());
                    double u = 0;
                    for (std::size_t j = 0; j < few; ++j)
                        u += unitCosts[j];
                    tp.arcs.push_back({k, l, u / double(few)});
                }
            }
            // Costs must be positive for the plan (no cycle may pay): shift
            // them to at least a small share of the mean.
            double mean = 0;
            for (const TransferArc &arc : tp.arcs)
                mean += std::abs(arc.unitCost);
            mean = tp.arcs.empty() ? 1 : mean / double(tp.arcs.size()) + 1e-12;
            for (TransferArc &arc : tp.arcs)
                arc.unitCost = std::max(arc.unitCost, 1e-3 * mean);
            const TransferPlan plan = planTransfers(tp);
            const int movesBefore = moves;
            std::vector<std::size_t> arcs;
            for (std::size_t e = 0; e < tp.arcs.size(); ++e) {
                if (plan.flow[e] > 1e-9)
                    arcs.push_back(e);
            }
            std::sort(arcs.begin(), arcs.end(), [&](std::size_t x, std::size_t y) {
                return plan.flow[x] > plan.flow[y] || (plan.flow[x] == plan.flow[y] && x < y);
            });
            for (std::size_t e : arcs) {
                if (stopRepairs())
                    break;
                const int k = tp.arcs[e].from, l = tp.arcs[e].to;
                const std::size_t lc = std::size_t(l) * C + cs;
                const double allowance = std::max(0.0, 0.5 * (hi[lc] - plan.after[l]));
                realiseTransfer(k, l, plan.flow[e], allowance, cs, byPair[std::size_t(k) * K + l],
                                byPair[std::size_t(l) * K + k]);
            }
            trace("transfers");
            if (moves == movesBefore && violation() == before)
                return keepBest();
            if (violation() < best - 1e-12) {
                best = violation();
                bestAssign = assign;
                stalled = 0;
            } else {
                ++stalled;
            }
        }
        keepBest();
    }

    double totalCost() const
    {
        double s = 0;
        for (std::size_t i = 0; i < n; ++i)
            s += assign[i] >= 0 ? cost[i * K + assign[i]] : 0;
        return s;
    }

    // --- starts ----------------------------------------------------------------

    // A balanced, compact first partition by recursive bisection: split the
    // pieces at the weighted quantile along their widest axis, in the
    // proportion of the districts on each side. Its centres start the
    // location-allocation close to balance, so that prices stay moderate.
    void bisect()
    {
        assign.assign(n, 0);
        std::vector<std::uint32_t> all;
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] < 0)
                all.push_back(std::uint32_t(i));
        }
        std::vector<double> mass(n);
        for (std::size_t i = 0; i < n; ++i) {
            double m = 0;
            for (int c = 0; c < C; ++c)
                m += a[i * C + c];
            mass[i] = C > 0 ? m / C : 1.0;
        }
        SplitMix rng(P.seed, OptimizerSalt);
        struct Part
        {
            std::vector<std::uint32_t> pieces;
            int first, count;
        };
        std::vector<Part> stack{{std::move(all), 0, K}};
        while (!stack.empty()) {
            Part part = std::move(stack.back());
            stack.pop_back();
            if (part.count == 1 || part.pieces.size() <= 1) {
                for (std::uint32_t i : part.pieces)
                    assign[i] = part.first;
                continue;
            }
            Vec3 lo{Inf, Inf, Inf}, hi{-Inf, -Inf, -Inf};
            for (std::uint32_t i : part.pieces) {
                lo = {std::min(lo.x, pos[i].x), std::min(lo.y, pos[i].y), std::min(lo.z, pos[i].z)};
                hi = {std::max(hi.x, pos[i].x), std::max(hi.y, pos[i].y), std::max(hi.z, pos[i].z)};
            }
            const double ex = hi.x - lo.x, ey = hi.y - lo.y, ez = hi.z - lo.z;
            // The seed tilts the cut a little, so that seeds give different designs.
            const double tilt = 0.15 * (rng.uniform() - 0.5);
            Vec3 axis = ex >= ey && ex >= ez ? Vec3{1, tilt, tilt}
                        : ey >= ez           ? Vec3{tilt, 1, tilt}
                                             : Vec3{tilt, tilt, 1};
            auto key = [&](std::uint32_t i) {
                return pos[i].x * axis.x + pos[i].y * axis.y + pos[i].z * axis.z;
            };
            std::sort(part.pieces.begin(), part.pieces.end(),
                      [&](std::uint32_t l, std::uint32_t r) {
                          const double kl = key(l), kr = key(r);
                          return kl < kr || (kl == kr && l < r);
                      });
            const int left = part.count / 2;
            double total = 0;
            for (std::uint32_t i : part.pieces)
                total += mass[i];
            const double want = total * left / part.count;
            double acc = 0;
            std::size_t cut = 0;
            while (cut < part.pieces.size() - 1 && acc + mass[part.pieces[cut]] / 2 < want)
                acc += mass[part.pieces[cut++]];
            cut = std::max<std::size_t>(cut, 1);
            Part a1{
                {part.pieces.begin(), part.pieces.begin() + std::ptrdiff_t(cut)}, part.first, left};
            Part a2{{part.pieces.begin() + std::ptrdiff_t(cut), part.pieces.end()},
                    part.first + left,
                    part.count - left};
            stack.push_back(std::move(a1));
            stack.push_back(std::move(a2));
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (lockedTo[i] >= 0)
                assign[i] = lockedTo[i];
        }
        centre.clear();
        updateCentres(3);
    }

    // Weighted k-means++ seeding, deterministic for the seed.
    void seedCentres()
    {
        SplitMix rng(P.seed, OptimizerSalt);
        centre.clear();
        std::vector<double> d2(n, Inf);
        double total = 0;
        for (std::size_t i = 0; i < n; ++i)
            total += w[i] + 1e-12;
        auto pick = [&](const std::vector<double> &mass, double sum) {
            double r = rng.uniform() * sum;
            for (std::size_t i = 0; i < n; ++i) {
                r -= mass[i];
                if (r <= 0)
                    return i;
            }
            return n - 1;
        };
        std::vector<double> mass(n);
        for (std::size_t i = 0; i < n; ++i)
            mass[i] = w[i] + 1e-12;
        std::size_t first = pick(mass, total);
        centre.push_back(pos[first]);
        for (int k = 1; k < K; ++k) {
            double sum = 0;
            for (std::size_t i = 0; i < n; ++i) {
                const double d = chord(pos[i], centre.back());
                d2[i] = std::min(d2[i], d * d);
                mass[i] = (w[i] + 1e-12) * d2[i];
                sum += mass[i];
            }
            centre.push_back(pos[sum > 0 ? pick(mass, sum) : std::size_t(k) % n]);
        }
    }

    void finishResult(BalanceResult &r)
    {
        r.assignment = assign;
        r.centreX.resize(static_cast<std::size_t>(K));
        r.centreY.resize(static_cast<std::size_t>(K));
        for (int k = 0; k < K; ++k)
            fromVec(centre[k], &r.centreX[k], &r.centreY[k]);
        const std::size_t M = P.metrics.size();
        r.totals.assign(M, std::vector<double>(std::size_t(K), 0.0));
        r.targets.assign(M, 0.0);
        r.maxDeviation.assign(M, 0.0);
        r.movedShare.assign(M, 0.0);
        r.withinTolerance = true;
        for (std::size_t m = 0; m < M; ++m) {
            const std::vector<double> &v = P.metrics[m].values;
            double total = 0, moved = 0;
            for (std::size_t i = 0; i < n; ++i) {
                total += v[i];
                if (assign[i] >= 0)
                    r.totals[m][assign[i]] += v[i];
                if (!current.empty() && assign[i] != current[i])
                    moved += v[i];
            }
            r.targets[m] = total / K;
            if (!current.empty())
                moved += P.metrics[m].movedBaseline;
            r.movedShare[m] = total > 0 ? std::min(1.0, moved / total) : 0;
            for (int k = 0; k < K; ++k) {
                const double target = total * P.shareOf(m, k);
                const double dev = target > 0 ? std::abs(r.totals[m][k] / target - 1) : 0;
                r.maxDeviation[m] = std::max(r.maxDeviation[m], dev);
            }
            if (P.metrics[m].tolerance >= 0 && r.maxDeviation[m] > P.metrics[m].tolerance + 1e-9)
                r.withinTolerance = false;
        }
        r.leastDeviation = leastReachableDeviation(P);
        r.contiguityViolations = 0;
        if (graph) {
            std::vector<int> part, mainPart;
            r.contiguityViolations = components(part, mainPart);
        }
        r.dispersion = totalCost();
        // Not clipped: an assignment outside the tolerance can be cheaper than the bound.
        r.lowerBound = bound;
        r.gap = r.dispersion > 0 ? (r.dispersion - r.lowerBound) / r.dispersion : 0;
        recount();
        r.moves = moves;
        r.withinMoveCaps = capsHold(n);
        r.movesLowerBound = current.empty() ? 0 : movesBound >= 0 ? movesBound : movesLowerBound(P);
        r.seconds = elapsed();
    }

    const BalanceProblem &P;
    const Progress &m_progress;
    Clock::time_point m_start;
    std::size_t n = 0;
    int K = 0, C = 0, nearCount = 0;
    bool sphere = true, graph = false, contiguous = false;
    std::vector<Vec3> pos, centre;
    std::vector<double> w, a, lo, hi, cost, price, load;
    std::vector<int> constrained, lockedTo, current, assign, lagrangian, count, nearest;
    std::size_t maxMoves = 0;
    // Caps on the share of a metric that moves (revenue moved, accounts
    // moved): the largest total of its values over pieces away from home.
    struct MoveCap
    {
        const std::vector<double> *values;
        double max;
        double moved;
    };
    std::vector<MoveCap> caps;
    std::vector<double> capWeight; // per piece: its move's price, in moves (empty: 1)
    int moves = 0;
    double moveWeight = 0;
    double bound = -Inf;
    double certificateFrom = -Inf;
    // Work left for the dual ascent (reduced costs looked at), when it is
    // counted: a count, not the clock, makes the bound the same run after run.
    double dualWork = Inf;
    // Work done so far (reduced costs, distances and moves looked at): what
    // the design's phases end on (deadline()), the same run after run.
    double work = 0;
    // How much later than its share of the budget the clock ends a phase
    // (deadline(), dualDeadline()): 1 for a rebalance, DesignClockSlack for
    // a design.
    double clockSlack = 1;
    int movesBound = -1; // when worked out beforehand
    mutable std::vector<std::uint32_t> stamp;
    mutable std::uint32_t m_stamp = 0;
    mutable std::vector<std::uint32_t> m_scratch;
    std::vector<std::uint32_t> m_look; // repairBalance: the pieces looked at
    // canRemove's searches: which search reached a piece, their frontiers.
    mutable std::vector<std::uint32_t> owner, m_parent;
    mutable std::vector<std::vector<std::uint32_t>> m_queues;
    mutable std::vector<std::size_t> m_heads;
    std::vector<int> m_short; // districts below their band, during a repair pass
};

} // namespace

double pieceDistance(PieceSpace space, double x1, double y1, double x2, double y2)
{
    if (space == PieceSpace::LonLat)
        return greatCircleKm(x1, y1, x2, y2);
    return std::hypot(x1 - x2, y1 - y2);
}

Status validateBalanceProblem(const BalanceProblem &p)
{
    auto invalid = [](const QString &what) {
        return Status(
            makeError(ErrorCode::Invalid, Tr::tr("The optimisation problem is invalid."), what));
    };
    const std::size_t n = p.x.size();
    if (n > MaxBalancePieces || p.districts > MaxBalanceDistricts ||
        p.metrics.size() > std::size_t(MaxBalanceMetrics) ||
        n * std::size_t(std::max(p.districts, 0)) > MaxBalanceCells)
        return makeError(ErrorCode::Limit, Tr::tr("The optimisation problem is too large."),
                         QStringLiteral("%1 pieces, %2 districts").arg(n).arg(p.districts));
    if (p.y.size() != n)
        return invalid(QStringLiteral("x and y differ in length"));
    if (p.districts < 1)
        return invalid(QStringLiteral("at least one district is needed"));
    if (n < std::size_t(p.districts))
        return invalid(QStringLiteral("fewer pieces than districts"));
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(p.x[i]) || !std::isfinite(p.y[i]))
            return invalid(QStringLiteral("piece %1 has no position").arg(i));
    }
    if (p.dispersionMetric < -1 || p.dispersionMetric >= int(p.metrics.size()))
        return invalid(
            QStringLiteral("no metric %1 to weight the dispersion").arg(p.dispersionMetric));
    for (const BalanceMetric &m : p.metrics) {
        if (m.values.size() != n)
            return invalid(QStringLiteral("metric %1 has %2 values for %3 pieces")
                               .arg(m.name)
                               .arg(m.values.size())
                               .arg(n));
        for (double v : m.values) {
            if (!std::isfinite(v) || v < 0)
                return invalid(
                    QStringLiteral("metric %1 has a negative or missing value").arg(m.name));
        }
        if (!std::isfinite(m.tolerance))
            return invalid(QStringLiteral("metric %1 has no tolerance").arg(m.name));
    }
    if (p.metricShare.size() > p.metrics.size())
        return invalid(QStringLiteral("more rows of target shares than metrics"));
    std::vector<const std::vector<double> *> shares{&p.targetShare};
    for (const std::vector<double> &row : p.metricShare)
        shares.push_back(&row);
    for (const std::vector<double> *row : shares) {
        if (row->empty())
            continue;
        if (row->size() != std::size_t(p.districts))
            return invalid(QStringLiteral("one target share per district is needed"));
        double s = 0;
        for (double v : *row) {
            if (!std::isfinite(v) || v <= 0)
                return invalid(QStringLiteral("target shares must be positive"));
            s += v;
        }
        if (std::abs(s - 1) > 1e-6)
            return invalid(QStringLiteral("target shares must sum to 1"));
    }
    for (const std::vector<int> *v : {&p.locked, &p.current}) {
        if (v->empty())
            continue;
        if (v->size() != n)
            return invalid(QStringLiteral("locks and current districts need one entry per piece"));
        for (int k : *v) {
            if (k < -1 || k >= p.districts)
                return invalid(QStringLiteral("district %1 does not exist").arg(k));
        }
    }
    if (!p.adjacencyStart.empty()) {
        if (p.adjacencyStart.size() != n + 1 || p.adjacencyStart.front() != 0 ||
            p.adjacencyStart.back() != p.adjacency.size())
            return invalid(QStringLiteral("the adjacency graph is malformed"));
        for (std::size_t i = 0; i < n; ++i) {
            if (p.adjacencyStart[i] > p.adjacencyStart[i + 1])
                return invalid(QStringLiteral("the adjacency graph is malformed"));
        }
        for (std::uint32_t j : p.adjacency) {
            if (j >= n)
                return invalid(QStringLiteral("the adjacency graph names piece %1").arg(j));
        }
    } else if (p.contiguous) {
        return invalid(QStringLiteral("contiguity needs an adjacency graph"));
    }
    if (!(p.maxMovedShare >= 0 && p.maxMovedShare <= 1))
        return invalid(QStringLiteral("the move cap must be between 0 and 1"));
    for (const BalanceMetric &m : p.metrics) {
        if (!(m.maxMovedShare >= 0 && m.maxMovedShare <= 1))
            return invalid(
                QStringLiteral("the cap on the %1 moved must be between 0 and 1").arg(m.name));
    }
    if (!(p.timeBudgetSeconds > 0))
        return invalid(QStringLiteral("the time budget must be positive"));
    return {};
}

namespace {

Result<BalanceResult> optimizeDispersion(const BalanceProblem &problem, const Progress &progress);

} // namespace

Result<BalanceResult> optimizeBalance(const BalanceProblem &problem, const Progress &progress)
{
    if (problem.objective == BalanceObjective::MaxDiameter)
        return optimizeMaxDiameter(problem, progress);
    if (Status s = validateBalanceProblem(problem); !s)
        return s.error();
    // A tolerance no assignment can meet (one piece alone is worth more
    // than it allows) is widened to what the pieces allow, plus the
    // tolerance itself, so that the answer still comes as close as it can
    // instead of giving up on that metric; the result is judged against
    // the tolerances asked for.
    const std::vector<double> floor = leastReachableDeviation(problem);
    BalanceProblem widened;
    bool widen = false;
    for (std::size_t m = 0; m < problem.metrics.size(); ++m) {
        const double tol = problem.metrics[m].tolerance;
        if (tol >= 0 && floor[m] > tol + 1e-9) {
            if (!widen)
                widened = problem;
            widen = true;
            widened.metrics[m].tolerance = floor[m] + tol;
        }
    }
    Result<BalanceResult> result = optimizeDispersion(widen ? widened : problem, progress);
    if (result && widen) {
        result->withinTolerance = false; // some metric cannot be within its tolerance
        result->widenedTolerance.assign(problem.metrics.size(), -1);
        for (std::size_t m = 0; m < problem.metrics.size(); ++m) {
            if (widened.metrics[m].tolerance != problem.metrics[m].tolerance)
                result->widenedTolerance[m] = widened.metrics[m].tolerance;
        }
    }
    return result;
}

namespace {

Result<BalanceResult> optimizeDispersion(const BalanceProblem &problem, const Progress &progress)
{
    Solver s(problem, progress);
    const std::size_t n = s.n;
    const int K = s.K;
    auto cancelled = [] {
        return makeError(ErrorCode::Cancelled, Tr::tr("The optimisation was cancelled."));
    };
    BalanceResult result;
    std::optional<Solver> certificate;
    std::jthread certifier; // declared after the copy it works on: joins first
    const bool rebalance = !problem.current.empty();
    if (rebalance) {
        // Start from the current districts; pieces in none go to the nearest
        // centre (or their lock) and are moves whatever happens.
        s.assign = problem.current;
        for (std::size_t i = 0; i < n; ++i) {
            if (s.lockedTo[i] >= 0)
                s.assign[i] = s.lockedTo[i];
        }
        s.updateCentres(5);
        s.seedEmptyDistricts();
        s.computeCosts();
        // The centres stay where they are from here on, so the certificate
        // (and the moves bound) are worked out beside the search, on a copy,
        // while the search has the budget to itself.
        certificate.emplace(s);
        certifier = std::jthread([&cert = *certificate, &problem] {
            cert.setBands(1.0);
            cert.certificateFrom = cert.elapsed();
            cert.dualWork = CertificateWorkPerSecond * problem.timeBudgetSeconds;
            cert.bound = cert.solveDual(30);
            cert.movesBound = movesLowerBound(problem);
        });
        if (s.contiguous)
            s.fillOrphans();
        else
            s.shareOrphans();
        for (std::size_t i = 0; i < n; ++i) {
            if (s.assign[i] >= 0)
                continue;
            int best = 0;
            double bestCost = Inf;
            for (int k = 0; k < K; ++k) {
                const bool ok = !s.contiguous || s.touches(i, k);
                const double c = s.cost[i * K + k] + (ok ? 0 : 1e300);
                if (c < bestCost) {
                    bestCost = c;
                    best = k;
                }
            }
            s.assign[i] = best;
        }
        s.recount();
        double mean = 0;
        for (std::size_t i = 0; i < n; ++i)
            mean += s.cost[i * K + s.assign[i]];
        // Moves first: one move outweighs moving a typical piece across
        // many districts' radii.
        s.moveWeight = problem.moveWeight >= 0 ? problem.moveWeight : 100.0 * mean / double(n);
        progress.update(0.3);
        s.setBands(0.99);
        s.repairContiguity();
        s.trace("repairContiguity");
        // Planned transfers and moves that remove violation first; moves
        // that only bring loads towards the middle of their bands cascade,
        // so they come last, for what the others cannot reach.
        // Swaps last, for the little that single moves cannot fix because
        // another metric sits at the edge of its band (with much violation
        // left they are slow and the transfers do better).
        auto balance = [&s] {
            s.repairByTransfers(20);
            s.repairBalance(false);
            if (s.violation() > 1e-12) {
                s.repairByTransfers(20);
                s.repairBalance(true);
            }
            if (s.violation() > 1e-12) {
                s.repairBySwaps(50);
                s.repairBalance(true);
            }
            if (s.violation() > 1e-12) {
                s.repairByChains(std::int64_t(1e6 * s.P.timeBudgetSeconds));
                s.repairBalance(true);
            }
            s.trace("repairBalance");
        };
        balance();
        progress.update(0.7);
        s.improve(0.95);
        s.trace("improve");
        balance();
        s.undoCrossings();
        s.trace("undoCrossings");
        s.reduceMoves(1.0, std::int64_t(2e6 * problem.timeBudgetSeconds));
        s.trace("reduceMoves");
        result.iterations = 1;
    } else {
        s.moveWeight = 0;
        s.clockSlack = DesignClockSlack;
        s.setBands(0.5);
        s.bisect();
        // Location-allocation: balanced assignment to the centres through
        // the dual, then each centre to its district's weighted median.
        // The loop also ends when the dispersion of the balanced assignment
        // has not improved by a thousandth for three rounds: the centres
        // then only wander around the same solution.
        int rounds = 0;
        double bestRound = Inf;
        std::vector<Vec3> bestCentre;
        std::vector<double> bestPrice;
        for (int stale = 0; rounds < 25; ++rounds) {
            if (s.cancelled())
                return cancelled();
            s.computeCosts();
            s.solveDual(rounds == 0 ? 20 : 5);
            s.trace("solveDual");
            double roundCost = 0;
            for (std::size_t i = 0; i < n; ++i)
                roundCost += s.cost[i * std::size_t(K) + std::size_t(s.lagrangian[i])];
            stale = roundCost < bestRound * (1 - 1e-3) ? 0 : stale + 1;
            if (roundCost < bestRound) {
                bestRound = roundCost;
                bestCentre = s.centre;
                bestPrice = s.price;
            }
            if (stale >= 3) {
                // Back to the best centres, and their prices as a warm start.
                s.centre = bestCentre;
                s.price = bestPrice;
                break;
            }
            std::vector<Vec3> before = s.centre;
            s.assign = s.lagrangian;
            s.updateCentres(3);
            double shift = 0, scale = 0;
            for (int k = 0; k < K; ++k) {
                shift = std::max(shift, chord(before[k], s.centre[k]));
                for (std::size_t j = 0; j < 1 && k + 1 < K; ++j)
                    scale = std::max(scale, chord(s.centre[k], s.centre[k + 1]));
            }
            progress.update(0.5 * std::min(1.0, s.elapsed() / (0.4 * problem.timeBudgetSeconds)));
            if (shift < 1e-4 * (scale + 1e-12) || s.past(s.deadline(0.6)))
                break;
        }
        result.iterations = rounds + 1;
        s.computeCosts();
        // Warm from the best round's prices: a dozen sweeps settle them;
        // more only chase the last digits of the bound (the certificate at
        // the end has its own ascent).
        s.solveDual(12);
        s.trace("solveDual");
        s.assign = s.lagrangian;
        s.recount();
        s.trace("lagrangian");
        if (s.contiguous) {
            // Detached parts first, then the balance by planned transfers
            // (cheapest per unit of load) before single moves.
            s.repairContiguity();
            s.trace("repairContiguity");
            s.setBands(0.99);
            s.repairByTransfers(20);
            s.repairBySwaps(50);
            s.repairBalance(false);
            s.repairByTransfers(20);
            s.repairBySwaps(50);
            s.repairBalance();
        } else {
            s.repairBalance();
            s.setBands(0.99);
            s.repairBalance();
        }
        s.trace("repairBalance");
        progress.update(0.7);
        s.improve(0.75);
        s.trace("improve");
        s.improveBySwaps(0.8);
        // A few more location steps, each with a descent for the moved
        // centres, then the certificate for the final centres.
        for (int step = 0; step < 3; ++step) {
            s.updateCentres(2);
            s.computeCosts();
            s.improve(0.85);
            s.improveBySwaps(0.85);
            s.trace("location step");
            if (s.past(s.deadline(0.9)))
                break;
        }
        s.repairBalance();
        for (int round = 0; round < 3 && s.violation() > 1e-12; ++round) {
            s.repairByTransfers(20);
            s.repairBySwaps(50);
            s.repairBalance(false);
        }
        s.repairBalance();
        s.trace("improve");
    }
    if (certifier.joinable())
        certifier.join();
    // A scope of a few pieces: every assignment, for what the heuristics
    // missed (a band, the cap or contiguity they could not meet, or moves
    // the moves bound does not prove necessary).
    if (n <= ExactSearchPieces && !s.cancelled()) {
        s.setBands(1.0);
        if (!s.feasible() || (certificate && s.moves > certificate->movesBound)) {
            const double share = std::min(1.0, problem.timeBudgetSeconds);
            if (s.searchExactly(std::int64_t(double(ExactSearchNodes) * share)))
                s.trace("searchExactly");
        }
    }
    if (s.cancelled())
        return cancelled();
    s.setBands(1.0);
    if (certificate) {
        // A subgradient polish towards the cost found, with the work the
        // ascent left when it stalled early (at most a sixth of it: the
        // search is over and waits) and before the deadline; any prices give
        // a valid bound, so the better one stays.
        Solver &cert = *certificate;
        cert.dualWork =
            std::min(cert.dualWork, CertificateWorkPerSecond * problem.timeBudgetSeconds / 6);
        if (s.totalCost() > cert.bound && cert.dualWork > 0 &&
            cert.elapsed() < cert.dualDeadline()) {
            cert.polish(150, cert.bound, s.totalCost());
            std::vector<double> grad;
            cert.bound = std::max(cert.bound, cert.dualValue(cert.lagrangian, grad));
        }
        s.bound = cert.bound;
        s.movesBound = cert.movesBound;
    } else {
        // The certificate gets a quarter of the budget of its own (times the
        // clock slack), even when the search used all of it; its 30 sweeps
        // and the polish usually end long before.
        s.certificateFrom = s.elapsed();
        s.bound = s.solveDual(30, s.totalCost());
    }
    s.trace("bound");
    progress.update(1.0);
    s.finishResult(result);
    return result;
}

} // namespace

std::vector<double> leastReachableDeviation(const BalanceProblem &problem)
{
    const int K = problem.districts;
    std::vector<double> least(problem.metrics.size(), 0.0);
    if (K <= 0)
        return least;
    for (std::size_t m = 0; m < problem.metrics.size(); ++m) {
        const std::vector<double> &v = problem.metrics[m].values;
        double total = 0;
        double largestFree = 0;
        std::vector<double> locked(std::size_t(K), 0.0);
        for (std::size_t i = 0; i < v.size(); ++i) {
            total += v[i];
            const int l = problem.locked.empty() ? -1 : problem.locked[i];
            if (l >= 0 && l < K)
                locked[std::size_t(l)] += v[i];
            else
                largestFree = std::max(largestFree, v[i]);
        }
        if (total <= 0)
            continue;
        // Wherever the largest free piece goes, that district holds at
        // least it and what is locked there.
        double wherever = Inf;
        for (int k = 0; k < K; ++k) {
            const double target = total * problem.shareOf(m, k);
            if (target <= 0)
                continue;
            least[m] = std::max(least[m], locked[std::size_t(k)] / target - 1);
            wherever = std::min(wherever, (locked[std::size_t(k)] + largestFree) / target - 1);
        }
        if (wherever < Inf)
            least[m] = std::max(least[m], wherever);
    }
    return least;
}

BalanceResult evaluateBalance(const BalanceProblem &problem, std::span<const int> assignment,
                              std::span<const double> centreX, std::span<const double> centreY)
{
    Progress none;
    Solver s(problem, none);
    s.assign.assign(assignment.begin(), assignment.end());
    if (centreX.size() == std::size_t(s.K) && centreY.size() == std::size_t(s.K)) {
        s.centre.resize(std::size_t(s.K));
        for (int k = 0; k < s.K; ++k)
            s.centre[k] = s.toVec(centreX[k], centreY[k]);
    } else {
        s.updateCentres(10);
    }
    s.computeCosts();
    s.bound = s.solveDual(100, s.totalCost());
    s.recount();
    BalanceResult r;
    s.finishResult(r);
    return r;
}

void nearestNeighbourGraph(PieceSpace space, std::span<const double> x, std::span<const double> y,
                           int k, std::vector<std::uint32_t> &start,
                           std::vector<std::uint32_t> &adjacency)
{
    const std::size_t n = std::min(x.size(), y.size());
    start.assign(n + 1, 0);
    adjacency.clear();
    if (n == 0)
        return;
    // Points in 3D (on the sphere, or the plane at z = 0) hashed into cubes.
    std::vector<Vec3> p(n);
    Vec3 lo{Inf, Inf, Inf}, hi{-Inf, -Inf, -Inf};
    for (std::size_t i = 0; i < n; ++i) {
        if (space == PieceSpace::LonLat) {
            const double lat = y[i] * Rad, lon = x[i] * Rad;
            p[i] = {std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat)};
        } else {
            p[i] = {x[i], y[i], 0};
        }
        lo = {std::min(lo.x, p[i].x), std::min(lo.y, p[i].y), std::min(lo.z, p[i].z)};
        hi = {std::max(hi.x, p[i].x), std::max(hi.y, p[i].y), std::max(hi.z, p[i].z)};
    }
    double ext[3] = {hi.x - lo.x, hi.y - lo.y, hi.z - lo.z};
    std::sort(ext, ext + 3);
    const double h = std::max(std::sqrt(std::max(ext[1] * ext[2], 1e-18) / double(n)) * 2, 1e-12);
    auto cellOf = [&](const Vec3 &v, int *c) {
        c[0] = int((v.x - lo.x) / h);
        c[1] = int((v.y - lo.y) / h);
        c[2] = int((v.z - lo.z) / h);
    };
    auto key = [](int a, int b, int c) {
        return (std::uint64_t(std::uint32_t(a) & 0x1FFFFF) << 42) |
               (std::uint64_t(std::uint32_t(b) & 0x1FFFFF) << 21) |
               std::uint64_t(std::uint32_t(c) & 0x1FFFFF);
    };
    std::vector<std::pair<std::uint64_t, std::uint32_t>> cells(n);
    int maxCell[3] = {0, 0, 0};
    for (std::size_t i = 0; i < n; ++i) {
        int c[3];
        cellOf(p[i], c);
        for (int d = 0; d < 3; ++d)
            maxCell[d] = std::max(maxCell[d], c[d]);
        cells[i] = {key(c[0], c[1], c[2]), std::uint32_t(i)};
    }
    std::sort(cells.begin(), cells.end());
    const int maxRadius = std::max({maxCell[0], maxCell[1], maxCell[2]}) + 1;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
    std::vector<std::pair<double, std::uint32_t>> found;
    const std::size_t want = std::min<std::size_t>(std::size_t(std::max(k, 1)), n - 1);
    for (std::size_t i = 0; i < n && want > 0; ++i) {
        int c[3];
        cellOf(p[i], c);
        for (int r = 1;; r = std::min(r * 2, maxRadius)) {
            found.clear();
            for (int a = std::max(c[0] - r, 0); a <= std::min(c[0] + r, maxCell[0]); ++a) {
                for (int b = std::max(c[1] - r, 0); b <= std::min(c[1] + r, maxCell[1]); ++b) {
                    for (int d = std::max(c[2] - r, 0); d <= std::min(c[2] + r, maxCell[2]); ++d) {
                        const std::uint64_t kk = key(a, b, d);
                        auto it = std::lower_bound(cells.begin(), cells.end(),
                                                   std::make_pair(kk, std::uint32_t(0)));
                        for (; it != cells.end() && it->first == kk; ++it) {
                            if (it->second != i)
                                found.push_back({chord(p[i], p[it->second]), it->second});
                        }
                    }
                }
            }
            if (found.size() >= want) {
                std::partial_sort(found.begin(), found.begin() + std::ptrdiff_t(want), found.end());
                if (found[want - 1].first <= r * h || r >= maxRadius)
                    break;
            } else if (r >= maxRadius) {
                std::sort(found.begin(), found.end());
                break;
            }
        }
        for (std::size_t j = 0; j < std::min(want, found.size()); ++j) {
            const std::uint32_t o = found[j].second;
            edges.push_back({std::uint32_t(i), o});
            edges.push_back({o, std::uint32_t(i)});
        }
    }
    // Link parts until the graph is connected: each part that is not the
    // largest gets an edge from its point nearest to another part.
    std::vector<std::uint32_t> root(n);
    std::iota(root.begin(), root.end(), 0u);
    auto find = [&](std::uint32_t v) {
        while (root[v] != v)
            v = root[v] = root[root[v]];
        return v;
    };
    for (const auto &[u, v] : edges)
        root[find(u)] = find(v);
    for (;;) {
        std::vector<std::vector<std::uint32_t>> parts;
        std::vector<int> index(n, -1);
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint32_t r = find(std::uint32_t(i));
            if (index[r] < 0) {
                index[r] = int(parts.size());
                parts.emplace_back();
            }
            parts[std::size_t(index[r])].push_back(std::uint32_t(i));
        }
        if (parts.size() <= 1)
            break;
        std::sort(parts.begin(), parts.end(), [](const auto &l, const auto &r) {
            return l.size() < r.size() || (l.size() == r.size() && l.front() < r.front());
        });
        const std::vector<std::uint32_t> &small = parts.front();
        const std::uint32_t mine = find(small.front());
        double best = Inf;
        std::uint32_t bu = 0, bv = 0;
        for (std::uint32_t u : small) {
            for (std::size_t v = 0; v < n; ++v) {
                if (find(std::uint32_t(v)) == mine)
                    continue;
                const double d = chord(p[u], p[v]);
                if (d < best) {
                    best = d;
                    bu = u;
                    bv = std::uint32_t(v);
                }
            }
        }
        edges.push_back({bu, bv});
        edges.push_back({bv, bu});
        root[find(bu)] = find(bv);
    }
    std::sort(edges.begin(), edges.end());
    edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
    adjacency.reserve(edges.size());
    for (const auto &[u, v] : edges) {
        ++start[u + 1];
        adjacency.push_back(v);
    }
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
}

} // namespace Tessera
