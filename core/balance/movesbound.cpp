// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/balanceoptimizer.h"

#include <QtGlobal>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <numeric>
#include <queue>
#include <vector>

namespace Tessera {

namespace {

// The fewest pieces, from the given districts' descending lists of free
// piece values, whose values add up to `amount`; all of them when they
// cannot.
int fewestPiecesCarrying(double amount, const std::vector<int> &districts,
                         const std::vector<std::vector<double>> &descending)
{
    struct Head
    {
        double value;
        int district;
        std::size_t index;
        bool operator<(const Head &o) const { return value < o.value; }
    };
    std::priority_queue<Head> heap;
    for (int t : districts) {
        if (!descending[std::size_t(t)].empty())
            heap.push({descending[std::size_t(t)][0], t, 0});
    }
    double sum = 0;
    int count = 0;
    while (sum < amount && !heap.empty()) {
        const Head h = heap.top();
        heap.pop();
        sum += h.value;
        ++count;
        const std::vector<double> &v = descending[std::size_t(h.district)];
        if (h.index + 1 < v.size())
            heap.push({v[h.index + 1], h.district, h.index + 1});
    }
    return count;
}

// The values of the pieces that may move (not locked), per node, largest
// first: node[i] is piece i's district, or K for pieces in none.
std::vector<std::vector<double>> freeValuesByNode(const BalanceProblem &p,
                                                  const std::vector<double> &values,
                                                  const std::vector<int> &node)
{
    std::vector<std::vector<double>> descending(static_cast<std::size_t>(p.districts) + 1);
    for (std::size_t i = 0; i < node.size(); ++i) {
        if (p.locked.empty() || p.locked[i] < 0)
            descending[std::size_t(node[i])].push_back(values[i]);
    }
    for (std::vector<double> &v : descending)
        std::sort(v.begin(), v.end(), std::greater<>());
    return descending;
}

// One constrained metric as the bounds see it, with the pieces counted at
// the node they are on (node[i]: a district, or K for pieces in none): every
// node's load, every district's band, and the free values per node.
struct MetricView
{
    double total = 0;
    std::vector<double> load, lo, hi;            // per node; the band is 0 at node K
    std::vector<std::vector<double>> descending; // freeValuesByNode
};

std::vector<MetricView> constrainedMetrics(const BalanceProblem &p, const std::vector<int> &node)
{
    const std::size_t N = std::size_t(p.districts) + 1;
    std::vector<MetricView> views;
    for (std::size_t m = 0; m < p.metrics.size(); ++m) {
        const BalanceMetric &metric = p.metrics[m];
        if (metric.tolerance < 0)
            continue;
        MetricView v;
        v.total = std::accumulate(metric.values.begin(), metric.values.end(), 0.0);
        v.load.assign(N, 0.0);
        v.lo.assign(N, 0.0);
        v.hi.assign(N, 0.0);
        for (std::size_t i = 0; i < node.size(); ++i)
            v.load[std::size_t(node[i])] += metric.values[i];
        for (int k = 0; k < p.districts; ++k) {
            const double target = v.total * p.shareOf(m, k);
            v.lo[std::size_t(k)] = target * (1 - metric.tolerance);
            v.hi[std::size_t(k)] = target * (1 + metric.tolerance);
        }
        v.descending = freeValuesByNode(p, metric.values, node);
        views.push_back(std::move(v));
    }
    return views;
}

// What every district needs on its own: out[k], the fewest of its pieces
// whose leaving brings it under its band, and in[k], the fewest pieces from
// elsewhere that bring it over its floor, over every constrained metric.
struct DistrictNeeds
{
    std::vector<int> out, in;
};

DistrictNeeds districtNeeds(const BalanceProblem &p, const std::vector<MetricView> &metrics)
{
    const int K = p.districts;
    DistrictNeeds needs{std::vector<int>(std::size_t(K), 0), std::vector<int>(std::size_t(K), 0)};
    std::vector<int> others;
    for (const MetricView &v : metrics) {
        const double total = v.total;
        for (int k = 0; k < K; ++k) {
            const double excess = v.load[std::size_t(k)] - v.hi[std::size_t(k)];
            const double deficit = v.lo[std::size_t(k)] - v.load[std::size_t(k)];
            const std::vector<std::vector<double>> &descending = v.descending;
            int &out = needs.out[std::size_t(k)];
            int &in = needs.in[std::size_t(k)];
            if (excess > 1e-9 * total)
                out = std::max(out, fewestPiecesCarrying(excess - 1e-12 * total, {k}, descending));
            if (deficit > 1e-9 * total) {
                others.clear();
                for (int d = 0; d <= K; ++d) {
                    if (d != k)
                        others.push_back(d);
                }
                in =
                    std::max(in, fewestPiecesCarrying(deficit - 1e-12 * total, others, descending));
            }
        }
    }
    return needs;
}

// Every district on its own, with the pieces that must move whatever
// happens: every move is one piece out and one piece in.
int independentMovesBound(const BalanceProblem &p)
{
    if (p.current.size() != p.x.size())
        return 0;
    const std::size_t n = p.x.size();
    const int K = p.districts;
    // Pieces that must move whatever happens: those in no district and
    // those locked elsewhere. Locked ones land in a known district.
    std::vector<int> where(n);
    int forced = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const int lock = p.locked.empty() ? -1 : p.locked[i];
        where[i] = lock >= 0 ? lock : p.current[i];
        forced += where[i] != p.current[i] || p.current[i] < 0;
    }
    // Locked pieces land in a known district; the others are counted where
    // they are (node K: in none).
    std::vector<int> node(n);
    for (std::size_t i = 0; i < n; ++i)
        node[i] = where[i] >= 0 ? where[i] : K;
    const DistrictNeeds needs = districtNeeds(p, constrainedMetrics(p, node));
    const int outs = forced + std::accumulate(needs.out.begin(), needs.out.end(), 0);
    const int ins = std::accumulate(needs.in.begin(), needs.in.end(), 0);
    return std::max(outs, ins);
}

// Augmenting-path maximum flow on a small dense network (Dinic).
class SmallFlow
{
public:
    explicit SmallFlow(int nodes)
        : m_first(std::size_t(nodes), -1)
    {}

    void arc(int from, int to, int capacity)
    {
        if (capacity <= 0)
            return;
        m_arcs.push_back({to, capacity, m_first[std::size_t(from)]});
        m_first[std::size_t(from)] = int(m_arcs.size()) - 1;
        m_arcs.push_back({from, 0, m_first[std::size_t(to)]});
        m_first[std::size_t(to)] = int(m_arcs.size()) - 1;
    }

    int maximum(int source, int sink)
    {
        int flow = 0;
        while (levels(source, sink)) {
            m_next = m_first;
            while (const int f = push(source, sink, INT_MAX))
                flow += f;
        }
        return flow;
    }

private:
    struct Arc
    {
        int to;
        int capacity;
        int next;
    };

    bool levels(int source, int sink)
    {
        m_level.assign(m_first.size(), -1);
        std::vector<int> queue{source};
        m_level[std::size_t(source)] = 0;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            for (int a = m_first[std::size_t(queue[q])]; a >= 0; a = m_arcs[std::size_t(a)].next) {
                const Arc &arc = m_arcs[std::size_t(a)];
                if (arc.capacity > 0 && m_level[std::size_t(arc.to)] < 0) {
                    m_level[std::size_t(arc.to)] = m_level[std::size_t(queue[q])] + 1;
                    queue.push_back(arc.to);
                }
            }
        }
        return m_level[std::size_t(sink)] >= 0;
    }

    int push(int node, int sink, int limit)
    {
        if (node == sink)
            return limit;
        for (int &a = m_next[std::size_t(node)]; a >= 0; a = m_arcs[std::size_t(a)].next) {
            Arc &arc = m_arcs[std::size_t(a)];
            if (arc.capacity <= 0 || m_level[std::size_t(arc.to)] != m_level[std::size_t(node)] + 1)
                continue;
            if (const int f = push(arc.to, sink, std::min(limit, arc.capacity))) {
                arc.capacity -= f;
                m_arcs[std::size_t(a ^ 1)].capacity += f;
                return f;
            }
        }
        return 0;
    }

    std::vector<Arc> m_arcs;
    std::vector<int> m_first, m_next, m_level;
};

// Every district that holds too much must give at least out[k] pieces, one
// that holds too little must take at least in[k]; a move counts for both
// only when it goes from a giver to a taker. Under contiguity a piece can
// reach a taker it does not touch only with a corridor of moved pieces,
// one of them from a district the taker touches (docs/optimizer.md), so a
// taker gets at most in[k] - 1 of its pieces from givers it does not touch.
// The moves that count twice form a flow from givers to takers, and the
// moves are at least sum(out) + sum(in) - the largest such flow.
int pairedMovesBound(const BalanceProblem &p, const std::vector<int> &origin,
                     const std::vector<MetricView> &metrics, const std::vector<char> &touches,
                     int N)
{
    const int K = p.districts;
    DistrictNeeds needs = districtNeeds(p, metrics);
    std::vector<int> &out = needs.out, &in = needs.in;
    // A removed rep's pieces (node K) all move.
    out.push_back(int(std::count(origin.begin(), origin.end(), K)));
    // Nodes: source, sink, givers (N), takers (K), takers' far entries (K).
    const int source = 0, sink = 1, giver = 2, taker = 2 + N, far = 2 + N + K;
    SmallFlow flow(2 + N + 2 * K);
    for (int a = 0; a < N; ++a) {
        flow.arc(source, giver + a, out[std::size_t(a)]);
        if (out[std::size_t(a)] == 0)
            continue;
        for (int b = 0; b < K; ++b) {
            if (b == a || in[std::size_t(b)] == 0)
                continue;
            const bool adjacent = touches[std::size_t(a) * std::size_t(N) + std::size_t(b)];
            flow.arc(giver + a, (adjacent ? taker : far) + b, INT_MAX / 4);
        }
    }
    for (int b = 0; b < K; ++b) {
        flow.arc(far + b, taker + b, in[std::size_t(b)] - 1);
        flow.arc(taker + b, sink, in[std::size_t(b)]);
    }
    const int outs = std::accumulate(out.begin(), out.end(), 0);
    const int ins = std::accumulate(in.begin(), in.end(), 0);
    const int both = flow.maximum(source, sink);
    if (qEnvironmentVariableIsSet("TESSERA_BALANCE_TRACE"))
        std::fprintf(stderr, "paired: outs %d ins %d both %d\n", outs, ins, both);
    return outs + ins - both;
}

// When districts must stay contiguous, load cannot jump: a piece that goes
// to a district it does not touch needs a corridor of moved pieces to it.
// The bound looks at balls of districts around each district c (those at
// most r steps away on the district adjacency graph). A ball that holds more
// than its members' bands allow must give pieces to districts outside it,
// and (the corridor argument, docs/optimizer.md) at least one of those moves
// starts in a district exactly r steps from c; one that holds too little
// must take pieces, at least one of them from a district exactly r + 1
// steps away. Every move counts once, so the demands of all balls give a
// covering problem over pairs of districts (moves from one to another);
// any fractional packing of its dual is a lower bound on the moves.
int contiguousMovesBound(const BalanceProblem &p)
{
    const std::size_t n = p.x.size();
    const int K = p.districts;
    if (K < 2 || K > 300 || p.adjacencyStart.size() != n + 1)
        return 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!p.locked.empty() && p.locked[i] >= 0 && p.locked[i] != p.current[i])
            return 0; // a lock that forces a move: the plain bound counts it
    }
    // Pieces in no district (a removed rep's) form one more node.
    const int none = K;
    const int N = K + 1;
    std::vector<int> origin(n);
    std::vector<int> size(std::size_t(N), 0);
    std::vector<char> anchored(std::size_t(N), 0);
    for (std::size_t i = 0; i < n; ++i) {
        origin[i] = p.current[i] < 0 ? none : p.current[i];
        ++size[std::size_t(origin[i])];
        if (!p.locked.empty() && p.locked[i] >= 0)
            anchored[std::size_t(origin[i])] = 1;
    }
    // The corridor argument needs every district to keep one of its own
    // pieces; a solution where one keeps none moves all its pieces and the
    // pieces in no district.
    int keepNone = INT_MAX;
    for (int k = 0; k < K; ++k) {
        if (!anchored[std::size_t(k)])
            keepNone = std::min(keepNone, size[std::size_t(k)]);
    }
    if (keepNone == 0)
        return 0;
    if (keepNone < INT_MAX)
        keepNone += size[std::size_t(none)];

    std::vector<char> touches(std::size_t(N) * std::size_t(N), 0);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::uint32_t e = p.adjacencyStart[i]; e < p.adjacencyStart[i + 1]; ++e) {
            const int a = origin[i];
            const int b = origin[p.adjacency[e]];
            if (a != b)
                touches[std::size_t(a) * std::size_t(N) + std::size_t(b)] = 1;
        }
    }
    // Steps between districts, -1 where no path exists.
    std::vector<int> steps(std::size_t(N) * std::size_t(N), -1);
    for (int c = 0; c < N; ++c) {
        if (size[std::size_t(c)] == 0)
            continue;
        int *row = &steps[std::size_t(c) * std::size_t(N)];
        std::vector<int> queue{c};
        row[c] = 0;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            const int a = queue[q];
            for (int b = 0; b < N; ++b) {
                if (row[b] < 0 && touches[std::size_t(a) * std::size_t(N) + std::size_t(b)]) {
                    row[b] = row[a] + 1;
                    queue.push_back(b);
                }
            }
        }
    }

    std::map<std::pair<std::vector<int>, std::vector<int>>, int> demands;
    auto demand = [&](std::vector<int> from, std::vector<int> to, int count) {
        if (from.empty() || to.empty() || count <= 0)
            return;
        int &c = demands[{std::move(from), std::move(to)}];
        c = std::max(c, count);
    };
    const std::vector<MetricView> metrics = constrainedMetrics(p, origin);
    for (const MetricView &v : metrics) {
        const double eps = 1e-9 * v.total;
        const std::vector<double> &load = v.load, &lo = v.lo, &hi = v.hi;
        const std::vector<std::vector<double>> &descending = v.descending;
        for (int c = 0; c < N; ++c) {
            if (size[std::size_t(c)] == 0)
                continue;
            const int *row = &steps[std::size_t(c) * std::size_t(N)];
            const int radius = *std::max_element(row, row + N);
            double inLoad = 0, inLo = 0, inHi = 0;
            for (int r = 0; r < radius; ++r) {
                std::vector<int> ball, ballDistricts, sphere, nextSphere, outside, outsideDistricts;
                for (int t = 0; t < N; ++t) {
                    if (row[t] < 0)
                        continue;
                    if (row[t] == r) {
                        inLoad += load[std::size_t(t)];
                        inLo += lo[std::size_t(t)];
                        inHi += hi[std::size_t(t)];
                        sphere.push_back(t);
                    }
                    if (row[t] <= r) {
                        ball.push_back(t);
                        if (t != none)
                            ballDistricts.push_back(t);
                    } else {
                        outside.push_back(t);
                        if (t != none)
                            outsideDistricts.push_back(t);
                        if (row[t] == r + 1)
                            nextSphere.push_back(t);
                    }
                }
                if (inLoad > inHi + eps) {
                    demand(ball, outsideDistricts,
                           fewestPiecesCarrying(inLoad - inHi - eps, ball, descending));
                    if (r > 0)
                        demand(sphere, outsideDistricts, 1);
                }
                if (inLoad < inLo - eps) {
                    demand(outside, ballDistricts,
                           fewestPiecesCarrying(inLo - inLoad - eps, outside, descending));
                    demand(nextSphere, ballDistricts, 1);
                }
            }
        }
    }

    const int paired = pairedMovesBound(p, origin, metrics, touches, N);
    // Dual packing: weights on the demands such that no pair of districts
    // carries more than 1 in total; then sum of weight x count <= moves.
    std::vector<const std::pair<const std::pair<std::vector<int>, std::vector<int>>, int> *> order;
    for (const auto &d : demands)
        order.push_back(&d);
    auto density = [](const auto *d) {
        return double(d->second) / double(d->first.first.size() * d->first.second.size());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](const auto *a, const auto *b) { return density(a) > density(b); });
    std::vector<double> room(std::size_t(N) * std::size_t(K), 1.0);
    double packed = 0;
    for (const auto *d : order) {
        double z = 1.0;
        for (int a : d->first.first) {
            for (int b : d->first.second)
                z = std::min(z, room[std::size_t(a) * std::size_t(K) + std::size_t(b)]);
        }
        if (z <= 0)
            continue;
        for (int a : d->first.first) {
            for (int b : d->first.second)
                room[std::size_t(a) * std::size_t(K) + std::size_t(b)] -= z;
        }
        packed += z * d->second;
    }
    if (qEnvironmentVariableIsSet("TESSERA_BALANCE_TRACE"))
        std::fprintf(stderr, "moves bound: %zu demands, packed %.2f, keep-none %d\n",
                     demands.size(), packed, keepNone);
    return std::min(keepNone, std::max(paired, int(std::ceil(packed - 1e-6))));
}

} // namespace

int movesLowerBound(const BalanceProblem &p)
{
    const int independent = independentMovesBound(p);
    if (!p.contiguous || p.current.size() != p.x.size())
        return independent;
    return std::max(independent, contiguousMovesBound(p));
}

} // namespace Tessera
