// SPDX-License-Identifier: GPL-3.0-or-later
// bench dtdp: the delivery territory design instances (10 territories, three
// activities within +-5 %, minimise the largest territory diameter) against
// the published large-neighbourhood-search results.
#include "app/cli/cli.h"

#include "core/balance/balanceoptimizer.h"
#include "core/balance/graphml.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>

namespace Tessera::Cli {

namespace {

constexpr int Territories = 10;
constexpr double Tolerance = 0.05;
const char *const Activities[] = {"workload", "demand", "n_customers"};

// All shortest-path distances over the whole graph (Dijkstra from each node).
std::vector<float> allPairs(const GraphInstance &g)
{
    const std::size_t n = g.nodeIds.size();
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adj(n);
    for (std::size_t e = 0; e < g.edgeFrom.size(); ++e) {
        adj[g.edgeFrom[e]].push_back({g.edgeTo[e], g.edgeLength[e]});
        adj[g.edgeTo[e]].push_back({g.edgeFrom[e], g.edgeLength[e]});
    }
    std::vector<float> d(n * n, std::numeric_limits<float>::infinity());
    std::vector<double> dist(n);
    using Item = std::pair<double, std::uint32_t>;
    for (std::size_t s = 0; s < n; ++s) {
        std::fill(dist.begin(), dist.end(), std::numeric_limits<double>::infinity());
        std::priority_queue<Item, std::vector<Item>, std::greater<>> q;
        dist[s] = 0;
        q.push({0, std::uint32_t(s)});
        while (!q.empty()) {
            const auto [du, u] = q.top();
            q.pop();
            if (du > dist[u])
                continue;
            for (const auto &[v, w] : adj[u]) {
                if (du + w < dist[v]) {
                    dist[v] = du + w;
                    q.push({dist[v], v});
                }
            }
        }
        for (std::size_t t = 0; t < n; ++t)
            d[s * n + t] = float(dist[t]);
    }
    return d;
}

// Lowers the largest diameter by moving an end of the widest territory's
// diameter to a neighbouring territory, or swapping it with a border piece
// of that territory, keeping balance and contiguity; until stuck or out of time.
struct DiameterSearch
{
    const BalanceProblem &p;
    const std::vector<float> &d;
    std::vector<int> assign;
    std::size_t n;
    std::vector<double> load; // [k * 3 + m]
    std::vector<double> lo, hi;
    std::vector<double> diam;

    DiameterSearch(const BalanceProblem &problem, const std::vector<float> &dist,
                   std::vector<int> a)
        : p(problem)
        , d(dist)
        , assign(std::move(a))
        , n(problem.x.size())
    {
        load.assign(Territories * 3, 0.0);
        for (std::size_t i = 0; i < n; ++i)
            for (int m = 0; m < 3; ++m)
                load[std::size_t(assign[i]) * 3 + m] += p.metrics[std::size_t(m)].values[i];
        for (int m = 0; m < 3; ++m) {
            double total = 0;
            for (double v : p.metrics[std::size_t(m)].values)
                total += v;
            lo.push_back(total / Territories * (1 - Tolerance));
            hi.push_back(total / Territories * (1 + Tolerance));
        }
        diam.assign(Territories, 0.0);
        for (int k = 0; k < Territories; ++k)
            diam[std::size_t(k)] = diameterOf(k, n, n);
    }

    // Diameter of territory k with piece `out` removed and `in` added (n: none).
    double diameterOf(int k, std::size_t out, std::size_t in) const
    {
        std::vector<std::size_t> members;
        for (std::size_t i = 0; i < n; ++i) {
            if ((assign[i] == k && i != out) || i == in)
                members.push_back(i);
        }
        double best = 0;
        for (std::size_t a = 0; a < members.size(); ++a)
            for (std::size_t b = a + 1; b < members.size(); ++b)
                best = std::max(best, double(d[members[a] * n + members[b]]));
        return best;
    }
    bool balancedAfter(std::size_t i, int from, int to, std::size_t j) const
    {
        for (int m = 0; m < 3; ++m) {
            const double vi = p.metrics[std::size_t(m)].values[i];
            const double vj = j < n ? p.metrics[std::size_t(m)].values[j] : 0.0;
            const double lf = load[std::size_t(from) * 3 + m] - vi + vj;
            const double lt = load[std::size_t(to) * 3 + m] + vi - vj;
            if (lf < lo[std::size_t(m)] || lf > hi[std::size_t(m)] || lt < lo[std::size_t(m)] ||
                lt > hi[std::size_t(m)])
                return false;
        }
        return true;
    }
    // District k connected once `out` leaves and `in` joins.
    bool connectedAfter(int k, std::size_t out, std::size_t in) const
    {
        std::vector<char> member(n, 0), seen(n, 0);
        std::size_t count = 0, start = n;
        for (std::size_t i = 0; i < n; ++i) {
            member[i] = (assign[i] == k && i != out) || i == in;
            if (member[i]) {
                ++count;
                start = i;
            }
        }
        if (count == 0)
            return false;
        std::vector<std::size_t> stack{start};
        seen[start] = 1;
        std::size_t reached = 1;
        while (!stack.empty()) {
            const std::size_t u = stack.back();
            stack.pop_back();
            for (std::uint32_t e = p.adjacencyStart[u]; e < p.adjacencyStart[u + 1]; ++e) {
                const std::uint32_t v = p.adjacency[e];
                if (member[v] && !seen[v]) {
                    seen[v] = 1;
                    ++reached;
                    stack.push_back(v);
                }
            }
        }
        return reached == count;
    }
    void move(std::size_t i, int to)
    {
        for (int m = 0; m < 3; ++m) {
            load[std::size_t(assign[i]) * 3 + m] -= p.metrics[std::size_t(m)].values[i];
            load[std::size_t(to) * 3 + m] += p.metrics[std::size_t(m)].values[i];
        }
        assign[i] = to;
    }

    bool step()
    {
        const int k = int(std::max_element(diam.begin(), diam.end()) - diam.begin());
        const double worst = diam[std::size_t(k)];
        std::vector<std::size_t> ends;
        for (std::size_t a = 0; a < n; ++a) {
            if (assign[a] != k)
                continue;
            for (std::size_t b = a + 1; b < n; ++b) {
                if (assign[b] == k && double(d[a * n + b]) >= worst - 1e-9) {
                    ends.push_back(a);
                    ends.push_back(b);
                }
            }
        }
        std::sort(ends.begin(), ends.end());
        ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
        for (std::size_t x : ends) {
            std::vector<int> nbrs;
            for (std::uint32_t e = p.adjacencyStart[x]; e < p.adjacencyStart[x + 1]; ++e) {
                const int l = assign[p.adjacency[e]];
                if (l != k && std::find(nbrs.begin(), nbrs.end(), l) == nbrs.end())
                    nbrs.push_back(l);
            }
            for (int l : nbrs) {
                // A move of x to l.
                if (balancedAfter(x, k, l, n) && connectedAfter(k, x, n)) {
                    const double dl = diameterOf(l, n, x);
                    if (dl < worst) {
                        const double dk = diameterOf(k, x, n);
                        if (dk < worst || dk < worst - 1e-9) {
                            move(x, l);
                            diam[std::size_t(k)] = dk;
                            diam[std::size_t(l)] = dl;
                            return true;
                        }
                    }
                }
                // A swap of x with a piece y of l that touches k.
                for (std::size_t y = 0; y < n; ++y) {
                    if (assign[y] != l)
                        continue;
                    bool touches = false;
                    for (std::uint32_t e = p.adjacencyStart[y]; e < p.adjacencyStart[y + 1]; ++e)
                        touches = touches || (assign[p.adjacency[e]] == k && p.adjacency[e] != x);
                    if (!touches || !balancedAfter(x, k, l, y))
                        continue;
                    double dk = 0;
                    for (std::size_t j = 0; j < n; ++j) {
                        if (assign[j] == k && j != x)
                            dk = std::max(dk, double(d[y * n + j]));
                    }
                    if (dk >= worst)
                        continue;
                    dk = std::max(dk, diameterOf(k, x, n));
                    if (dk >= worst)
                        continue;
                    const std::size_t saved = assign[y];
                    assign[y] = k; // so that l's diameter and connectivity see y gone
                    const double dl = diameterOf(l, n, x);
                    const bool ok = dl < worst && connectedAfter(l, n, x);
                    assign[y] = int(saved);
                    if (!ok || !connectedAfter(k, x, y))
                        continue;
                    move(x, l);
                    move(y, k);
                    diam[std::size_t(k)] = dk;
                    diam[std::size_t(l)] = dl;
                    return true;
                }
            }
        }
        return false;
    }
};

// Positions for instances that come without any: classical scaling of the
// shortest-path distances (the two leading eigenvectors of the doubly
// centred squared distances, by power iteration).
void embed(const std::vector<float> &d, std::size_t n, std::vector<double> &x,
           std::vector<double> &y)
{
    std::vector<double> r(n, 0.0);
    double g = 0;
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j)
            r[i] += double(d[i * n + j]) * double(d[i * n + j]);
        r[i] /= double(n);
        g += r[i] / double(n);
    }
    auto multiply = [&](const std::vector<double> &v, std::vector<double> &out) {
        double s = 0, rv = 0;
        for (std::size_t j = 0; j < n; ++j) {
            s += v[j];
            rv += r[j] * v[j];
        }
        for (std::size_t i = 0; i < n; ++i) {
            double dv = 0;
            const float *row = &d[i * n];
            for (std::size_t j = 0; j < n; ++j)
                dv += double(row[j]) * double(row[j]) * v[j];
            out[i] = -0.5 * (dv - r[i] * s - rv + g * s);
        }
    };
    std::vector<std::vector<double>> vecs;
    std::vector<double> values;
    for (int e = 0; e < 2; ++e) {
        std::vector<double> v(n), w(n);
        for (std::size_t i = 0; i < n; ++i)
            v[i] = std::sin(double(i) * (e + 1) * 0.7) + 0.01 * double(i % 7);
        double lambda = 0;
        for (int it = 0; it < 200; ++it) {
            for (const auto &u : vecs) { // deflate
                double dot = 0;
                for (std::size_t i = 0; i < n; ++i)
                    dot += u[i] * v[i];
                for (std::size_t i = 0; i < n; ++i)
                    v[i] -= dot * u[i];
            }
            multiply(v, w);
            double norm = 0;
            for (double a : w)
                norm += a * a;
            norm = std::sqrt(norm);
            if (norm <= 0)
                break;
            lambda = norm;
            for (std::size_t i = 0; i < n; ++i)
                v[i] = w[i] / norm;
        }
        vecs.push_back(v);
        values.push_back(lambda);
    }
    x.resize(n);
    y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        x[i] = std::sqrt(values[0]) * vecs[0][i];
        y[i] = std::sqrt(values[1]) * vecs[1][i];
    }
}

struct Published
{
    double obj60 = std::nan("");
};

std::map<QString, Published> readPublished(const QString &path)
{
    std::map<QString, Published> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression line(
        QStringLiteral(R"(instances/(group\d)/([A-Za-z0-9_]+)\.txt.*\bt (\d+) obj: ([0-9.]+))"));
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine());
        const auto m = line.match(text);
        if (m.hasMatch() && m.captured(3) == u"60")
            out[m.captured(1) + u'/' + m.captured(2)].obj60 = m.captured(4).toDouble();
    }
    return out;
}

} // namespace

int runBenchDtdp(QStringList args)
{
    bool ok = true;
    const double seconds =
        takeOption(args, QStringLiteral("--time"), QStringLiteral("10")).toDouble(&ok);
    const QString only = takeOption(args, QStringLiteral("--only"));
    if (args.size() != 1 || !ok || !(seconds > 0))
        return usage(
            QStringLiteral("bench dtdp DIR [--time SECONDS] [--only PATTERN]\n"
                           "  DIR: the benchmark folder (instances/, lns.results.group1-2.txt)"));
    const QDir dir(args.front());
    QString instances = dir.filePath(QStringLiteral("instances"));
    if (!QFileInfo(instances).isDir())
        instances = dir.path();
    const std::map<QString, Published> published =
        readPublished(dir.filePath(QStringLiteral("lns.results.group1-2.txt")));
    QStringList files;
    QDirIterator it(instances, {QStringLiteral("*.graphml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    if (!only.isEmpty())
        files = files.filter(only);
    if (files.isEmpty())
        return fail(makeError(ErrorCode::NotFound, QStringLiteral("no .graphml instances found")),
                    args.front());

    struct GroupSum
    {
        int count = 0, feasible = 0, compared = 0;
        double obj = 0, lns = 0, maxTime = 0;
    };
    std::map<QString, GroupSum> groups;
    QTextStream &o = out();
    o << "bench dtdp: " << files.size() << " instances, " << Territories
      << " territories, three activities within +-5 %, contiguous; budget " << seconds
      << " s each\n";
    o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
             .arg(QStringLiteral("instance"), -28)
             .arg(QStringLiteral("feasible"), 8)
             .arg(QStringLiteral("max dev"), 8)
             .arg(QStringLiteral("objective"), 10)
             .arg(QStringLiteral("LNS 60 s"), 9)
             .arg(QStringLiteral("ratio"), 7)
             .arg(QStringLiteral("time s"), 7);
    for (const QString &path : files) {
        const QString group = QFileInfo(path).dir().dirName();
        const QString name = QFileInfo(path).completeBaseName();
        Result<GraphInstance> g = readGraphMlFile(path, QStringLiteral("distance"));
        if (!g) {
            o << name << ": " << g.error().toString() << "\n";
            continue;
        }
        QElapsedTimer timer;
        timer.start();
        BalanceProblem p;
        p.space = PieceSpace::Plane;
        const std::vector<double> *x = g->attribute(QStringLiteral("x"));
        const std::vector<double> *y = g->attribute(QStringLiteral("y"));
        const std::vector<float> dist = allPairs(*g);
        bool complete = true;
        for (const char *a : Activities) {
            const std::vector<double> *v = g->attribute(QString::fromLatin1(a));
            complete = complete && v;
            if (v)
                p.metrics.push_back({QString::fromLatin1(a), *v, Tolerance});
        }
        if (!complete) {
            o << name << ": missing an activity\n";
            continue;
        }
        if (x && y) {
            p.x = *x;
            p.y = *y;
        } else {
            embed(dist, g->nodeIds.size(), p.x, p.y);
        }
        p.dispersionMetric = -1;
        p.districts = Territories;
        const std::size_t n = p.x.size();
        std::vector<std::vector<std::uint32_t>> adj(n);
        for (std::size_t e = 0; e < g->edgeFrom.size(); ++e) {
            adj[g->edgeFrom[e]].push_back(g->edgeTo[e]);
            adj[g->edgeTo[e]].push_back(g->edgeFrom[e]);
        }
        p.adjacencyStart.push_back(0);
        for (const auto &a : adj) {
            p.adjacency.insert(p.adjacency.end(), a.begin(), a.end());
            p.adjacencyStart.push_back(std::uint32_t(p.adjacency.size()));
        }
        p.contiguous = true;
        p.timeBudgetSeconds = std::max(0.5, 0.3 * seconds);
        Result<BalanceResult> r = optimizeBalance(p);
        if (!r) {
            o << name << ": " << r.error().toString() << "\n";
            continue;
        }
        DiameterSearch search(p, dist, r->assignment);
        if (r->withinTolerance && r->contiguityViolations == 0) {
            while (timer.nsecsElapsed() / 1e9 < 0.95 * seconds && search.step()) {
            }
        }
        const double elapsed = timer.nsecsElapsed() / 1e9;
        const BalanceResult fin = evaluateBalance(p, search.assign);
        const double objective = *std::max_element(search.diam.begin(), search.diam.end());
        double maxDev = 0;
        for (double v : fin.maxDeviation)
            maxDev = std::max(maxDev, v);
        const bool feasible = fin.withinTolerance && fin.contiguityViolations == 0;
        auto pub = published.find(group + u'/' + name);
        const double lns = pub == published.end() ? std::nan("") : pub->second.obj60;
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(group + u'/' + name, -28)
                 .arg(feasible ? QStringLiteral("yes") : QStringLiteral("NO"), 8)
                 .arg(QString::number(100 * maxDev, 'f', 2) + u'%', 8)
                 .arg(objective, 10, 'f', 3)
                 .arg(std::isnan(lns) ? QStringLiteral("-") : QString::number(lns, 'f', 3), 9)
                 .arg(std::isnan(lns) ? QStringLiteral("-")
                                      : QString::number(objective / lns, 'f', 3),
                      7)
                 .arg(elapsed, 7, 'f', 2);
        o.flush();
        GroupSum &s = groups[group];
        ++s.count;
        s.feasible += feasible;
        s.maxTime = std::max(s.maxTime, elapsed);
        if (!std::isnan(lns)) {
            ++s.compared;
            s.obj += objective;
            s.lns += lns;
        }
    }
    o << "\ngroup    instances  feasible  mean objective  mean LNS 60 s  ratio  max time s\n";
    bool met = true;
    for (const auto &[group, s] : groups) {
        const double meanObj = s.compared ? s.obj / s.compared : std::nan("");
        const double meanLns = s.compared ? s.lns / s.compared : std::nan("");
        o << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(group, -8)
                 .arg(s.count, 10)
                 .arg(s.feasible, 9)
                 .arg(meanObj, 15, 'f', 3)
                 .arg(meanLns, 14, 'f', 3)
                 .arg(meanObj / meanLns, 6, 'f', 3)
                 .arg(s.maxTime, 11, 'f', 2);
        met = met && s.feasible == s.count && s.maxTime <= 10.0 && !(meanObj > meanLns);
    }
    o << "targets (all feasible, <= 10 s each, mean objective <= LNS 60 s): "
      << (met ? "met" : "MISSED") << "\n";
    return met ? 0 : int(ErrorCode::Failed);
}

} // namespace Tessera::Cli
