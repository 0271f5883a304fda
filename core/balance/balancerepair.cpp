// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/balancerepair.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace Tessera {

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

struct Edge
{
    int to;
    double cap, cost;
    int rev;
    int arc; // index into the problem's arcs, -1 for source and sink edges
};

class Network
{
public:
    explicit Network(int nodes)
        : m_adj(static_cast<std::size_t>(nodes))
    {}
    void add(int from, int to, double cap, double cost, int arc)
    {
        if (!(cap > 0))
            return;
        const int f = int(m_adj[to].size()), b = int(m_adj[from].size()) + (from == to);
        m_adj[from].push_back({to, cap, cost, f, arc});
        m_adj[to].push_back({from, 0, -cost, b, -1});
    }
    // One augmentation along the cheapest path from s to t, if that path
    // has a negative cost; returns the amount sent (0: none left).
    double augment(int s, int t, double eps, double *pathCost)
    {
        const std::size_t N = m_adj.size();
        std::vector<double> dist(N, Inf);
        std::vector<int> prevNode(N, -1), prevEdge(N, -1), rounds(N, 0);
        std::vector<char> queued(N, 0);
        std::deque<int> queue{s};
        dist[s] = 0;
        queued[s] = 1;
        while (!queue.empty()) {
            const int u = queue.front();
            queue.pop_front();
            queued[u] = 0;
            if (++rounds[u] > int(N) + 1)
                return 0; // a negative cycle cannot occur; stop safely if it did
            for (std::size_t e = 0; e < m_adj[u].size(); ++e) {
                const Edge &edge = m_adj[u][e];
                if (edge.cap <= 1e-12)
                    continue;
                const double d = dist[u] + edge.cost;
                if (d < dist[edge.to] - eps) {
                    dist[edge.to] = d;
                    prevNode[edge.to] = u;
                    prevEdge[edge.to] = int(e);
                    if (!queued[edge.to]) {
                        queued[edge.to] = 1;
                        queue.push_back(edge.to);
                    }
                }
            }
        }
        if (!(dist[t] < -eps))
            return 0;
        double amount = Inf;
        int steps = 0;
        for (int v = t; v != s; v = prevNode[v]) {
            if (prevNode[v] < 0 || ++steps > int(N))
                return 0; // no simple path back: rounding made a cycle
            amount = std::min(amount, m_adj[prevNode[v]][prevEdge[v]].cap);
        }
        if (!(amount > 1e-12) || !std::isfinite(amount))
            return 0;
        for (int v = t; v != s; v = prevNode[v]) {
            Edge &edge = m_adj[prevNode[v]][prevEdge[v]];
            edge.cap -= amount;
            m_adj[v][edge.rev].cap += amount;
        }
        *pathCost = dist[t];
        return amount;
    }
    const std::vector<std::vector<Edge>> &adjacency() const { return m_adj; }

private:
    std::vector<std::vector<Edge>> m_adj;
};

} // namespace

TransferPlan planTransfers(const TransferProblem &p)
{
    const int K = int(p.load.size());
    const int S = K, T = K + 1;
    TransferPlan plan;
    plan.flow.assign(p.arcs.size(), 0.0);
    plan.after = p.load;
    double costScale = 1e-300;
    for (const TransferArc &a : p.arcs)
        costScale = std::max(costScale, std::abs(a.unitCost));
    // Worth more than any path of district arcs: a path that ends an excess
    // or a shortfall always beats one that does not.
    const double big = 4 * costScale * (K + 2);
    Network net(K + 2);
    // Capacities of arcs between districts are unbounded; the band arcs
    // bound every path.
    double totalLoad = 0;
    for (double l : p.load)
        totalLoad += std::abs(l);
    const double unbounded = 4 * (totalLoad + 1);
    for (std::size_t a = 0; a < p.arcs.size(); ++a) {
        const TransferArc &arc = p.arcs[a];
        if (arc.from == arc.to || arc.from < 0 || arc.to < 0 || arc.from >= K || arc.to >= K)
            continue;
        net.add(arc.from, arc.to, unbounded, arc.unitCost, int(a));
    }
    double excess = 0, shortfall = 0;
    for (int k = 0; k < K; ++k) {
        const double l = p.load[k], lo = p.lo[k], hi = p.hi[k];
        if (l > hi) {
            net.add(S, k, l - hi, -big, -1);
            net.add(S, k, hi - std::min(lo, hi), 0, -1);
            excess += l - hi;
        } else if (l < lo) {
            net.add(k, T, lo - l, -big, -1);
            net.add(k, T, std::max(hi, lo) - lo, 0, -1);
            shortfall += lo - l;
        } else {
            net.add(S, k, l - lo, 0, -1);
            net.add(k, T, hi - l, 0, -1);
        }
    }
    double carried = 0;
    for (int guard = 0; guard < 8 * (K + 2) + 64; ++guard) {
        double pathCost = 0;
        const double sent = net.augment(S, T, 1e-9 * big, &pathCost);
        if (sent <= 0)
            break;
        // Paths through one band arc of cost -big carry one unit of excess
        // or shortfall per unit sent, through two they carry two.
        carried += sent * std::round(-pathCost / big);
    }
    for (int u = 0; u < K; ++u) {
        for (const Edge &e : net.adjacency()[u]) {
            if (e.arc < 0)
                continue;
            const double f = unbounded - e.cap;
            if (f > 1e-12) {
                plan.flow[e.arc] = f;
                plan.after[u] -= f;
                plan.after[e.to] += f;
                plan.cost += f * p.arcs[e.arc].unitCost;
            }
        }
    }
    plan.unmet = std::max(0.0, excess + shortfall - carried);
    return plan;
}

} // namespace Tessera
