// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gen/workspacegenerator.h"

#include "core/gen/blueprint.h"
#include "core/gen/random.h"
#include "core/geo/boundaries.h"
#include "core/geo/zipcentroids.h"
#include "core/model/apiname.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>
#include <unordered_map>

namespace Tessera {

namespace Gen {

namespace {

// The translation context of this file's messages. lupdate reads it from
// the macro, so the .ts files each string under the context asked for here.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tessera::WorkspaceGenerator)
};

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, Tr::tr("Generation was cancelled."));
}

constexpr char Base62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// Picks from a small weighted list by walking a cumulative table.
class WeightedPick
{
public:
    template<typename T, typename F>
    WeightedPick(const std::vector<T> &items, F weight)
    {
        double sum = 0;
        for (const T &item : items) {
            sum += std::max(0.0, weight(item));
            m_cumulative.push_back(sum);
        }
    }
    std::size_t pick(Random &rng) const
    {
        const double x = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return std::min<std::size_t>(it - m_cumulative.begin(), m_cumulative.size() - 1);
    }

private:
    std::vector<double> m_cumulative;
};

// Splits `total` into parts proportional to weights by largest remainder,
// each part between its minimum and its cap (sum of minimums <= total <= sum of caps).
std::vector<int> apportion(int total, const std::vector<double> &weights, int minimum,
                           const std::vector<int> &caps)
{
    const std::size_t n = weights.size();
    std::vector<int> out(n, 0);
    std::vector<bool> fixed(n, false);
    for (std::size_t i = 0; i < n; ++i)
        out[i] = std::min(minimum, caps[i]);
    int left = total - std::accumulate(out.begin(), out.end(), 0);
    // Repeat while a cap bites: give the capped part its cap and share the rest again.
    while (left > 0) {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += fixed[i] ? 0 : weights[i];
        if (sum <= 0)
            break;
        std::vector<std::pair<double, std::size_t>> remainders;
        std::vector<int> add(n, 0);
        int given = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            // Shares are computed on the whole, then the minimum already given is subtracted.
            const double share = left * weights[i] / sum;
            add[i] = static_cast<int>(std::floor(share));
            given += add[i];
            remainders.emplace_back(share - add[i], i);
        }
        std::stable_sort(remainders.begin(), remainders.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (std::size_t k = 0; given < left && k < remainders.size(); ++k, ++given)
            ++add[remainders[k].second];
        bool capped = false;
        int spent = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (fixed[i])
                continue;
            if (out[i] + add[i] >= caps[i]) {
                spent += caps[i] - out[i];
                out[i] = caps[i];
                fixed[i] = true;
                capped = true;
            }
        }
        if (!capped) {
            for (std::size_t i = 0; i < n; ++i)
                out[i] += add[i];
            break;
        }
        left -= spent;
    }
    return out;
}

std::uint32_t hsvToRgb(double h, double s, double v)
{
    h = std::fmod(h, 360.0);
    const double c = v * s;
    const double x = c * (1 - std::fabs(std::fmod(h / 60.0, 2.0) - 1));
    const double m = v - c;
    double r = 0, g = 0, b = 0;
    switch (static_cast<int>(h / 60.0)) {
    case 0:
        r = c, g = x;
        break;
    case 1:
        r = x, g = c;
        break;
    case 2:
        g = c, b = x;
        break;
    case 3:
        g = x, b = c;
        break;
    case 4:
        r = x, b = c;
        break;
    default:
        r = c, b = x;
        break;
    }
    auto byte = [m](double v) {
        return static_cast<std::uint32_t>(std::lround((v + m) * 255));
    };
    return (byte(r) << 16) | (byte(g) << 8) | byte(b);
}

// One ZIP of the pool accounts are drawn from.
struct PoolZip
{
    std::uint32_t row = 0; // in the ZipCentroids table
    double weight = 0;     // where accounts tend to be
};

// A run of ZIPs sharing a state and the first `digits` digits: the smallest
// piece a territory is cut from.
struct Unit
{
    std::size_t begin = 0; // into the area's ZIP list
    std::size_t end = 0;
    double weight = 0;
    bool newState = false; // first unit of a state
};

struct Node
{
    QString name;
    int parent = -1;
    int region = 0;
    std::vector<std::uint32_t> zips; // leaves and areas: rows in the table
    std::vector<int> repIndices;     // leaves: reps on it
    double weight = 0;
    Id id = NoId;
};

// Cuts units into `parts` runs of similar weight, preferring state lines
// when one is close to the ideal cut. Returns the first unit of each part.
std::vector<std::size_t> cutUnits(const std::vector<Unit> &units, int parts)
{
    const std::size_t n = units.size();
    std::vector<double> cum(n + 1, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        cum[i + 1] = cum[i] + units[i].weight;
    const double total = cum[n];
    const double ideal = total / parts;
    std::vector<std::size_t> starts{0};
    for (int j = 1; j < parts; ++j) {
        const std::size_t lo = starts.back() + 1;
        const std::size_t hi = n - static_cast<std::size_t>(parts - j); // leaves a unit each
        const double target = total * j / parts;
        auto it = std::lower_bound(cum.begin() + lo, cum.begin() + hi + 1, target);
        std::size_t best = std::min<std::size_t>(it - cum.begin(), hi);
        if (best > lo && std::fabs(cum[best - 1] - target) <= std::fabs(cum[best] - target))
            --best;
        // A state line within a fifth of a part wins: whole states make simpler rules.
        const auto from =
            std::lower_bound(cum.begin() + lo, cum.begin() + hi + 1, target - 0.2 * ideal);
        const auto to =
            std::upper_bound(cum.begin() + lo, cum.begin() + hi + 1, target + 0.2 * ideal);
        double nearest = -1;
        for (auto it2 = from; it2 < to; ++it2) {
            const auto cand = static_cast<std::size_t>(it2 - cum.begin());
            const double off = std::fabs(*it2 - target);
            if (units[cand].newState && (nearest < 0 || off < nearest)) {
                nearest = off;
                best = cand;
            }
        }
        starts.push_back(best);
    }
    return starts;
}

std::vector<Unit> makeUnits(const ZipCentroids &table, const std::vector<std::uint32_t> &zips,
                            const std::vector<double> &zipWeight, int digits)
{
    std::uint32_t divisor = 1;
    for (int d = digits; d < 5; ++d)
        divisor *= 10;
    std::vector<Unit> units;
    for (std::size_t i = 0; i < zips.size(); ++i) {
        const std::uint32_t row = zips[i];
        const bool newState = i == 0 || table.stateIndex(zips[i - 1]) != table.stateIndex(row);
        if (newState || table.zipNumber(zips[i - 1]) / divisor != table.zipNumber(row) / divisor)
            units.push_back({i, i, 0.0, newState});
        units.back().end = i + 1;
        units.back().weight += zipWeight[row];
    }
    return units;
}

// Cuts a list of ZIPs (state by state, each state in ZIP order) into parts.
std::vector<std::vector<std::uint32_t>> cutZips(const ZipCentroids &table,
                                                const std::vector<std::uint32_t> &zips,
                                                const std::vector<double> &zipWeight, int parts)
{
    std::vector<Unit> units;
    for (int digits = 3; digits <= 5; ++digits) {
        units = makeUnits(table, zips, zipWeight, digits);
        if (units.size() >= static_cast<std::size_t>(parts) * 4)
            break;
    }
    parts = std::min<int>(parts, static_cast<int>(units.size()));
    const auto starts = cutUnits(units, parts);
    std::vector<std::vector<std::uint32_t>> out;
    for (std::size_t p = 0; p < starts.size(); ++p) {
        const std::size_t b = units[starts[p]].begin;
        const std::size_t e = p + 1 < starts.size() ? units[starts[p + 1]].begin : zips.size();
        out.emplace_back(zips.begin() + static_cast<std::ptrdiff_t>(b),
                         zips.begin() + static_cast<std::ptrdiff_t>(e));
    }
    return out;
}

// Unique display names and API names within one model.
class Namer
{
public:
    QString name(const QString &wanted)
    {
        QString n = wanted;
        for (int i = 2; m_names.contains(n); ++i)
            n = wanted + u' ' + QString::number(i);
        m_names.insert(n);
        return n;
    }
    QString apiName(const QString &label)
    {
        const QString base = ApiName::fromLabel(label).left(70);
        QString n = base;
        for (int i = 2; m_apiNames.contains(n.toCaseFolded()); ++i)
            n = base + u'_' + QString::number(i);
        m_apiNames.insert(n.toCaseFolded());
        return n;
    }

private:
    QSet<QString> m_names;
    QSet<QString> m_apiNames;
};

// Expands name templates such as "{surname} {noun} {suffix}" quickly: each
// template is parsed once into literal text and word-list references.
class NameMaker
{
public:
    NameMaker(const std::map<std::string, std::vector<std::string>> &words,
              const std::vector<std::string> &templates)
        : m_words(words)
    {
        for (const std::string &t : templates)
            m_templates.push_back(parse(t));
    }
    bool empty() const { return m_templates.empty(); }
    std::size_t size() const { return m_templates.size(); }

    void make(std::size_t templateIndex, Random &rng, std::string_view city, std::string &out) const
    {
        out.clear();
        for (const Piece &p : m_templates[templateIndex]) {
            if (p.list) {
                out += (*p.list)[rng.below(static_cast<std::uint32_t>(p.list->size()))];
            } else if (p.city) {
                out += city;
            } else {
                out += p.text;
            }
        }
    }

private:
    struct Piece
    {
        std::string text;
        const std::vector<std::string> *list = nullptr;
        bool city = false;
    };
    std::vector<Piece> parse(const std::string &t) const
    {
        std::vector<Piece> pieces;
        std::size_t i = 0;
        while (i < t.size()) {
            const std::size_t open = t.find('{', i);
            if (open == std::string::npos) {
                pieces.push_back({t.substr(i)});
                break;
            }
            if (open > i)
                pieces.push_back({t.substr(i, open - i)});
            const std::size_t close = t.find('}', open);
            const std::string key = t.substr(open + 1, close - open - 1);
            if (key == "city") {
                pieces.push_back({{}, nullptr, true});
            } else if (auto it = m_words.find(key); it != m_words.end() && !it->second.empty()) {
                pieces.push_back({{}, &it->second});
            } else {
                pieces.push_back({key});
            }
            i = close == std::string::npos ? t.size() : close + 1;
        }
        return pieces;
    }

    const std::map<std::string, std::vector<std::string>> &m_words;
    std::vector<std::vector<Piece>> m_templates;
};

const std::vector<std::string> &wordsOr(const Blueprint &b, const char *key,
                                        const std::vector<std::string> &fallback)
{
    auto it = b.words.find(key);
    return it != b.words.end() && !it->second.empty() ? it->second : fallback;
}

// Joins values into rule item values of at most 1,000 characters, as Salesforce allows.
std::vector<QString> chunkValues(const std::vector<QString> &values)
{
    std::vector<QString> out;
    QString cur;
    for (const QString &v : values) {
        if (!cur.isEmpty() && cur.size() + 1 + v.size() > 1000) {
            out.push_back(cur);
            cur.clear();
        }
        if (!cur.isEmpty())
            cur += u',';
        cur += v;
    }
    if (!cur.isEmpty())
        out.push_back(cur);
    return out;
}

} // namespace

std::string salesforceId(const char *keyPrefix, std::uint64_t number)
{
    std::string id(keyPrefix, 3);
    char digits[12];
    for (int i = 11; i >= 0; --i) {
        digits[i] = Base62[number % 62];
        number /= 62;
    }
    id.append(digits, 12);
    // The case-safe suffix: one character per five, from which of them are upper case.
    static constexpr char Suffix[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345";
    for (int chunk = 0; chunk < 3; ++chunk) {
        int bits = 0;
        for (int j = 0; j < 5; ++j) {
            const char c = id[static_cast<std::size_t>(chunk * 5 + j)];
            if (c >= 'A' && c <= 'Z')
                bits |= 1 << j;
        }
        id += Suffix[bits];
    }
    return id;
}

namespace {

// Gives each county to the leaf owning most of its ZIPs, then makes every
// leaf contiguous on the county adjacency graph: counties cut off from a
// leaf's largest connected part go to the neighbouring leaf they share most
// boundary neighbours with. Returns the leaf of each boundary unit, or -1.
std::vector<int> countyLeaves(const Boundaries &b,
                              const std::vector<std::vector<std::uint32_t>> &zipsOfLeaf)
{
    const std::vector<int> &zipCounty = b.zipCounties();
    std::vector<int> owner(b.size(), -1);
    std::unordered_map<int, std::unordered_map<int, int>> votes;
    for (std::size_t l = 0; l < zipsOfLeaf.size(); ++l) {
        for (std::uint32_t z : zipsOfLeaf[l]) {
            if (z < zipCounty.size() && zipCounty[z] >= 0)
                ++votes[zipCounty[z]][int(l)];
        }
    }
    for (const auto &[county, byLeaf] : votes) {
        int best = -1, most = 0;
        for (const auto &[leaf, n] : byLeaf) {
            if (n > most || (n == most && leaf < best)) {
                best = leaf;
                most = n;
            }
        }
        owner[std::size_t(county)] = best;
    }
    for (int round = 0; round < 8; ++round) {
        bool changed = false;
        for (std::size_t l = 0; l < zipsOfLeaf.size(); ++l) {
            // Connected parts of this leaf's counties, largest first.
            std::vector<std::vector<int>> parts;
            std::unordered_map<int, bool> seen;
            for (int c : b.unitsOf(UnitKind::County)) {
                if (owner[std::size_t(c)] != int(l) || seen[c])
                    continue;
                std::vector<int> part{c};
                seen[c] = true;
                for (std::size_t i = 0; i < part.size(); ++i) {
                    for (int n : b.neighbours(part[i])) {
                        if (owner[std::size_t(n)] == int(l) && !seen[n]) {
                            seen[n] = true;
                            part.push_back(n);
                        }
                    }
                }
                parts.push_back(std::move(part));
            }
            std::stable_sort(parts.begin(), parts.end(),
                             [](const auto &x, const auto &y) { return x.size() > y.size(); });
            for (std::size_t p = 1; p < parts.size(); ++p) {
                for (int c : parts[p]) {
                    std::unordered_map<int, int> around;
                    for (int n : b.neighbours(c)) {
                        if (owner[std::size_t(n)] >= 0 && owner[std::size_t(n)] != int(l))
                            ++around[owner[std::size_t(n)]];
                    }
                    int best = -1, most = 0;
                    for (const auto &[leaf, n] : around) {
                        if (n > most || (n == most && leaf < best)) {
                            best = leaf;
                            most = n;
                        }
                    }
                    if (best >= 0) { // an island stays where it is
                        owner[std::size_t(c)] = best;
                        changed = true;
                    }
                }
            }
        }
        if (!changed)
            break;
    }
    return owner;
}

} // namespace

Result<WorkspaceData> build(const Blueprint &bp, const Progress &progress)
{
    auto tableResult = ZipCentroids::bundled();
    if (!tableResult)
        return tableResult.error();
    const ZipCentroids &table = **tableResult;
    const Blueprint fallback = bp.words.empty() ? defaultBlueprint() : Blueprint{};
    const Blueprint &wordSource = bp.words.empty() ? fallback : bp;
    Random root(bp.seed);

    // --- where accounts are: every ZIP of the blueprint's states ------------
    std::vector<int> regionOfState(table.states().size(), -1);
    for (std::size_t r = 0; r < bp.regions.size(); ++r) {
        for (const std::string &s : bp.regions[r].states) {
            const int idx = table.stateIndexOf(s);
            if (idx < 0)
                return makeError(ErrorCode::Invalid,
                                 Tr::tr("Unknown state \"%1\".").arg(QString::fromStdString(s)));
            regionOfState[static_cast<std::size_t>(idx)] = static_cast<int>(r);
        }
    }
    // Cities with many ZIPs are where businesses cluster: weight a ZIP by the
    // square root of its city's ZIP count, and PO-box-only ZIPs (no Census
    // area) less than ZIPs people live in.
    std::unordered_map<std::uint64_t, int> cityZips;
    for (std::size_t i = 0; i < table.size(); ++i)
        ++cityZips[(std::uint64_t(table.stateIndex(i)) << 32) | std::uint64_t(table.cityIndex(i))];
    std::vector<PoolZip> pool;
    std::vector<double> cumulative;
    double poolWeight = 0;
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (regionOfState[static_cast<std::size_t>(table.stateIndex(i))] < 0)
            continue;
        const int sameCity = cityZips[(std::uint64_t(table.stateIndex(i)) << 32) |
                                      std::uint64_t(table.cityIndex(i))];
        const double w = (table.censusCentroid(i) ? 1.0 : 0.35) * std::sqrt(double(sameCity));
        pool.push_back({static_cast<std::uint32_t>(i), w});
        poolWeight += w;
        cumulative.push_back(poolWeight);
    }
    if (pool.empty())
        return makeError(ErrorCode::Invalid, Tr::tr("The blueprint names no states."));

    const std::size_t n = bp.accounts;
    std::vector<std::uint32_t> zipOf(n);
    {
        Random rng = root.fork(1);
        for (std::size_t i = 0; i < n; ++i) {
            const double x = rng.uniform() * poolWeight;
            const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), x);
            zipOf[i] = pool[std::min<std::size_t>(it - cumulative.begin(), pool.size() - 1)].row;
        }
    }
    if (progress.cancelled())
        return cancelled();
    progress.update(0.1);

    // Territories are cut on actual counts plus a share of the expected ones,
    // so that small workspaces still get sensible, non-empty shapes.
    std::vector<double> zipWeight(table.size(), 0.0);
    for (std::uint32_t z : zipOf)
        zipWeight[z] += 1.0;
    for (const PoolZip &p : pool)
        zipWeight[p.row] += 0.25 * std::max<double>(double(n), 1000.0) * p.weight / poolWeight;

    // --- hierarchy ------------------------------------------------------------
    // ZIPs of a list of states, state by state in the given order, each in ZIP order.
    auto zipsOfStates = [&](const std::vector<std::string> &states) {
        std::vector<std::uint32_t> out;
        for (const std::string &s : states) {
            const int idx = table.stateIndexOf(s);
            for (const PoolZip &p : pool) {
                if (table.stateIndex(p.row) == idx)
                    out.push_back(p.row);
            }
        }
        return out;
    };
    auto weightOf = [&](const std::vector<std::uint32_t> &zips) {
        double w = 0;
        for (std::uint32_t z : zips)
            w += zipWeight[z];
        return w;
    };

    std::vector<Node> regions, areas, leaves;
    for (std::size_t r = 0; r < bp.regions.size(); ++r) {
        Node node;
        node.name = bp.regions[r].name;
        node.region = static_cast<int>(r);
        node.zips = zipsOfStates(bp.regions[r].states);
        node.weight = weightOf(node.zips);
        regions.push_back(std::move(node));
    }
    // Regions without area specs share bp.areas in proportion to their weight.
    {
        std::vector<double> w;
        std::vector<int> caps;
        int fixedAreas = 0;
        for (std::size_t r = 0; r < regions.size(); ++r) {
            const bool free = bp.regions[r].areas.empty();
            w.push_back(free ? regions[r].weight : 0.0);
            caps.push_back(free ? static_cast<int>(regions[r].zips.size()) : 0);
            fixedAreas += static_cast<int>(bp.regions[r].areas.size());
        }
        const std::vector<int> areaCounts = apportion(std::max(0, bp.areas), w, 1, caps);
        for (std::size_t r = 0; r < regions.size(); ++r) {
            if (!bp.regions[r].areas.empty()) {
                for (const AreaSpec &a : bp.regions[r].areas) {
                    Node node;
                    node.name = a.name;
                    node.parent = static_cast<int>(r);
                    node.region = static_cast<int>(r);
                    node.zips = zipsOfStates(a.states);
                    node.weight = weightOf(node.zips);
                    areas.push_back(std::move(node));
                }
                continue;
            }
            auto parts = cutZips(table, regions[r].zips, zipWeight, areaCounts[r]);
            for (auto &zips : parts) {
                Node node;
                node.parent = static_cast<int>(r);
                node.region = static_cast<int>(r);
                node.zips = std::move(zips);
                node.weight = weightOf(node.zips);
                areas.push_back(std::move(node));
            }
        }
        (void)fixedAreas;
    }
    // Leaves: the requested number, shared by areas in proportion to weight.
    {
        std::vector<double> w;
        std::vector<int> caps;
        for (const Node &a : areas) {
            w.push_back(a.weight);
            caps.push_back(static_cast<int>(a.zips.size()));
        }
        const int leafTotal = std::clamp(bp.leaves, static_cast<int>(areas.size()),
                                         std::accumulate(caps.begin(), caps.end(), 0));
        const std::vector<int> leafCounts = apportion(leafTotal, w, 1, caps);
        for (std::size_t a = 0; a < areas.size(); ++a) {
            auto parts = cutZips(table, areas[a].zips, zipWeight, leafCounts[a]);
            for (auto &zips : parts) {
                Node node;
                node.parent = static_cast<int>(a);
                node.region = areas[a].region;
                node.zips = std::move(zips);
                node.weight = weightOf(node.zips);
                leaves.push_back(std::move(node));
            }
        }
    }
    if (progress.cancelled())
        return cancelled();

    std::vector<int> leafOfZip(table.size(), -1);
    for (std::size_t l = 0; l < leaves.size(); ++l) {
        for (std::uint32_t z : leaves[l].zips)
            leafOfZip[z] = static_cast<int>(l);
    }

    // Names: whole states by name, part of a state by its biggest city.
    auto describe = [&](const Node &node) {
        std::vector<int> stateOrder;
        std::unordered_map<int, std::pair<std::size_t, double>> perState; // zips, weight
        std::unordered_map<std::uint32_t, double> cityWeight;
        for (std::uint32_t z : node.zips) {
            const int s = table.stateIndex(z);
            if (!perState.count(s))
                stateOrder.push_back(s);
            perState[s].first++;
            perState[s].second += zipWeight[z];
            cityWeight[std::uint32_t(table.cityIndex(z))] += zipWeight[z];
        }
        std::vector<QString> whole;
        for (int s : stateOrder)
            whole.push_back(QString::fromStdString(table.states()[std::size_t(s)]));
        if (stateOrder.size() == 1) {
            const std::string &code = table.states()[std::size_t(stateOrder[0])];
            std::size_t inState = 0;
            for (const PoolZip &p : pool)
                inState += table.stateIndex(p.row) == stateOrder[0];
            if (inState == node.zips.size())
                return stateName(code);
            std::uint32_t bestCity = 0;
            double best = -1;
            for (std::uint32_t z : node.zips) {
                const auto c = std::uint32_t(table.cityIndex(z));
                if (cityWeight[c] > best) {
                    best = cityWeight[c];
                    bestCity = c;
                }
            }
            return QString::fromStdString(table.cities()[bestCity]) + u' ' +
                   QString::fromStdString(code);
        }
        if (stateOrder.size() <= 3) {
            QStringList names;
            for (int s : stateOrder)
                names << stateName(table.states()[std::size_t(s)]);
            return names.join(QStringLiteral(" & "));
        }
        QStringList codes;
        for (std::size_t i = 0; i < stateOrder.size() && i < 5; ++i)
            codes << QString::fromStdString(table.states()[std::size_t(stateOrder[i])]);
        return codes.join(QStringLiteral(", ")) +
               (stateOrder.size() > 5 ? QStringLiteral(", …") : QString());
    };

    WorkspaceData data;
    Id nextId = 1;
    TerritoryModel model;
    model.id = nextId++;
    model.name = bp.modelName;
    model.apiName = bp.modelApiName;
    model.description = bp.modelDescription;
    model.state = bp.modelState;
    data.models.push_back(model);

    const QString typeNames[3] = {bp.regionTypeName, bp.areaTypeName, bp.leafTypeName};
    const QString typeDescriptions[3] = {
        Tr::tr("Top level: a group of neighbouring states"),
        Tr::tr("Middle level: states or parts of a state under one sales manager"),
        Tr::tr("Leaf level: the accounts one or a few reps cover")};
    Id typeIds[3];
    for (int i = 0; i < 3; ++i) {
        TerritoryType t;
        t.id = typeIds[i] = nextId++;
        t.name = typeNames[i];
        t.apiName = ApiName::fromLabel(typeNames[i]);
        t.description = typeDescriptions[i];
        t.priority = 10 * (i + 1);
        data.types.push_back(t);
    }

    Namer namer;
    auto addTerritory = [&](Node &node, int level, Id parentId, std::uint32_t colour) {
        Territory t;
        t.id = node.id = nextId++;
        t.modelId = model.id;
        t.parentId = parentId;
        t.typeId = typeIds[level];
        if (node.name.isEmpty())
            node.name = describe(node);
        t.name = node.name = namer.name(node.name);
        t.apiName = namer.apiName(t.name);
        t.colour = colour;
        t.accountAccess = level == 2 ? AccessLevel::Edit : AccessLevel::Read;
        t.opportunityAccess = level == 2 ? AccessLevel::Edit : AccessLevel::Read;
        t.caseAccess = AccessLevel::Read;
        t.contactAccess = level == 2 ? AccessLevel::Edit : AccessLevel::Read;
        data.territories.push_back(t);
        return data.territories.size() - 1;
    };
    std::vector<std::size_t> regionRow(regions.size()), areaRow(areas.size()),
        leafRow(leaves.size());
    const double hueStep = 360.0 / std::max<std::size_t>(regions.size(), 1);
    for (std::size_t r = 0; r < regions.size(); ++r)
        regionRow[r] = addTerritory(regions[r], 0, NoId, hsvToRgb(r * hueStep, 0.55, 0.75));
    for (std::size_t a = 0; a < areas.size(); ++a) {
        Node &area = areas[a];
        const double hue = area.region * hueStep + 25.0 * ((a % 3) - 1.0) / 3.0;
        areaRow[a] = addTerritory(area, 1, regions[std::size_t(area.parent)].id,
                                  hsvToRgb(hue + 360.0, 0.45, 0.85));
    }
    for (std::size_t l = 0; l < leaves.size(); ++l) {
        Node &leaf = leaves[l];
        const double hue = leaf.region * hueStep + 40.0 * ((l % 5) / 4.0 - 0.5);
        leafRow[l] =
            addTerritory(leaf, 2, areas[std::size_t(leaf.parent)].id,
                         hsvToRgb(hue + 360.0, 0.35 + 0.1 * (l % 3), 0.95 - 0.07 * (l % 4)));
    }

    // --- reps -------------------------------------------------------------------
    const int repTotal = std::max(1, bp.reps);
    const int k = static_cast<int>(leaves.size());
    const int regionCount = static_cast<int>(regions.size());
    const int areaCount = static_cast<int>(areas.size());
    const bool areaManagers = repTotal >= k + regionCount + areaCount;
    const bool regionManagers = repTotal >= k + regionCount;
    const int managerCount = areaManagers     ? regionCount + areaCount
                             : regionManagers ? regionCount
                                              : 0;
    const int fieldReps = repTotal - managerCount;

    const std::vector<std::string> &firstNames =
        bp.repFirstNames.empty() ? defaultBlueprint().repFirstNames : bp.repFirstNames;
    const std::vector<std::string> &lastNames =
        bp.repLastNames.empty() ? defaultBlueprint().repLastNames : bp.repLastNames;
    Random repRng = root.fork(2);
    QSet<QString> emails;
    const std::uint64_t userBase = (bp.seed * 0x9e3779b97f4a7c15ull) % 1'000'000'000'000ull;
    auto homeIn = [&](const Node &node, Random &rng, Rep &rep) {
        // The busiest ZIP for the first pick, then anywhere weighted by accounts.
        double total = node.weight * rng.uniform();
        std::uint32_t chosen = node.zips.front();
        for (std::uint32_t z : node.zips) {
            total -= zipWeight[z];
            chosen = z;
            if (total <= 0)
                break;
        }
        rep.homeLatitude = std::round(table.latitude(chosen) * 1e5) / 1e5;
        rep.homeLongitude = std::round(table.longitude(chosen) * 1e5) / 1e5;
    };
    auto makeRep = [&](const Node &home) {
        Rep rep;
        rep.id = nextId++;
        rep.userId = QString::fromStdString(
            salesforceId("005", userBase + static_cast<std::uint64_t>(data.reps.size())));
        const std::string &first = firstNames[repRng.below(std::uint32_t(firstNames.size()))];
        const std::string &last = lastNames[repRng.below(std::uint32_t(lastNames.size()))];
        rep.name = QString::fromStdString(first + ' ' + last);
        const QString local = QString::fromStdString(first + '.' + last).toLower();
        const QString domain = QString::fromStdString(
            bp.emailDomain.empty() ? std::string("example.com") : bp.emailDomain);
        QString email = local + u'@' + domain;
        for (int i = 2; emails.contains(email); ++i)
            email = local + QString::number(i) + u'@' + domain;
        emails.insert(email);
        rep.email = email;
        rep.capacityHours = 10.0 * repRng.between(140, 180);
        homeIn(home, repRng, rep);
        data.reps.push_back(rep);
        return static_cast<int>(data.reps.size() - 1);
    };
    auto assign = [&](int rep, const Node &node, const char *role) {
        data.repAssignments.push_back(
            {data.reps[std::size_t(rep)].id, node.id, QString::fromLatin1(role)});
    };

    std::vector<int> regionManager(regions.size(), -1), areaManager(areas.size(), -1);
    if (regionManagers) {
        for (std::size_t r = 0; r < regions.size(); ++r) {
            regionManager[r] = makeRep(regions[r]);
            assign(regionManager[r], regions[r], "Sales Manager");
        }
    }
    if (areaManagers) {
        for (std::size_t a = 0; a < areas.size(); ++a) {
            areaManager[a] = makeRep(areas[a]);
            assign(areaManager[a], areas[a], "Sales Manager");
        }
    } else if (regionManagers) {
        for (std::size_t a = 0; a < areas.size(); ++a) {
            areaManager[a] = regionManager[std::size_t(areas[a].region)];
            assign(areaManager[a], areas[a], "Sales Manager");
        }
    }
    {
        std::vector<double> w;
        for (const Node &l : leaves)
            w.push_back(l.weight);
        if (fieldReps >= k) {
            const std::vector<int> perLeaf =
                apportion(fieldReps, w, 1, std::vector<int>(leaves.size(), fieldReps));
            for (std::size_t l = 0; l < leaves.size(); ++l) {
                for (int i = 0; i < perLeaf[l]; ++i) {
                    const int rep = makeRep(leaves[l]);
                    leaves[l].repIndices.push_back(rep);
                    assign(rep, leaves[l], "Sales Rep");
                }
            }
        } else {
            // Fewer reps than leaves: each rep covers a run of neighbouring leaves.
            double total = std::accumulate(w.begin(), w.end(), 0.0);
            double cum = 0;
            int rep = -1;
            int repsMade = 0;
            for (std::size_t l = 0; l < leaves.size(); ++l) {
                const int wantedRep =
                    std::min(fieldReps - 1, static_cast<int>(cum / total * fieldReps));
                if (wantedRep >= repsMade || rep < 0) {
                    rep = makeRep(leaves[l]);
                    ++repsMade;
                }
                leaves[l].repIndices.push_back(rep);
                assign(rep, leaves[l], "Sales Rep");
                cum += w[l];
            }
        }
    }
    // Forecast managers: the manager above, or the first rep below when there is none.
    for (std::size_t l = 0; l < leaves.size(); ++l)
        data.territories[leafRow[l]].forecastManagerId =
            data.reps[std::size_t(leaves[l].repIndices.front())].id;
    for (std::size_t a = 0; a < areas.size(); ++a) {
        if (areaManager[a] < 0) {
            for (const Node &l : leaves) {
                if (l.parent == static_cast<int>(a)) {
                    areaManager[a] = l.repIndices.front();
                    break;
                }
            }
            if (std::find(data.repAssignments.begin(), data.repAssignments.end(),
                          RepAssignment{data.reps[std::size_t(areaManager[a])].id, areas[a].id,
                                        QStringLiteral("Sales Manager")}) ==
                data.repAssignments.end())
                assign(areaManager[a], areas[a], "Sales Manager");
        }
        data.territories[areaRow[a]].forecastManagerId = data.reps[std::size_t(areaManager[a])].id;
    }
    for (std::size_t r = 0; r < regions.size(); ++r) {
        if (regionManager[r] < 0) {
            for (std::size_t a = 0; a < areas.size(); ++a) {
                if (areas[a].parent == static_cast<int>(r)) {
                    regionManager[r] = areaManager[a];
                    break;
                }
            }
            assign(regionManager[r], regions[r], "Sales Manager");
        }
        data.territories[regionRow[r]].forecastManagerId =
            data.reps[std::size_t(regionManager[r])].id;
    }
    // Leaf targets: the hours their reps can give.
    for (std::size_t l = 0; l < leaves.size(); ++l) {
        double hours = 0;
        for (int rep : leaves[l].repIndices)
            hours += data.reps[std::size_t(rep)].capacityHours;
        data.territories[leafRow[l]].targets.workload = hours;
    }
    if (progress.cancelled())
        return cancelled();
    progress.update(0.15);

    // --- accounts ---------------------------------------------------------------
    AccountStore &store = data.accounts;
    int workloadField = -1, potentialField = -1, segmentField = -1;
    {
        auto added = store.addField(QStringLiteral("Workload__c"),
                                    Tr::tr("Workload (hours a year)"), FieldType::Number);
        if (!added)
            return added.error();
        workloadField = *added;
        added =
            store.addField(QStringLiteral("Potential__c"), Tr::tr("Potential"), FieldType::Number);
        if (!added)
            return added.error();
        potentialField = *added;
        if (!bp.segmentField.empty()) {
            added = store.addField(QString::fromStdString(bp.segmentField), bp.segmentLabel,
                                   FieldType::Picklist);
            if (!added)
                return added.error();
            segmentField = *added;
        }
    }
    auto &ids = std::get<StringColumn>(store.column(AccountStore::IdField));
    auto &names = std::get<StringColumn>(store.column(AccountStore::NameField));
    auto &streets = std::get<StringColumn>(store.column(AccountStore::BillingStreetField));
    auto &cities = std::get<DictionaryColumn>(store.column(AccountStore::BillingCityField));
    auto &states = std::get<DictionaryColumn>(store.column(AccountStore::BillingStateField));
    auto &postal = std::get<DictionaryColumn>(store.column(AccountStore::BillingPostalCodeField));
    auto &country = std::get<DictionaryColumn>(store.column(AccountStore::BillingCountryField));
    auto &lat = std::get<std::vector<float>>(store.column(AccountStore::BillingLatitudeField));
    auto &lon = std::get<std::vector<float>>(store.column(AccountStore::BillingLongitudeField));
    auto &industry = std::get<DictionaryColumn>(store.column(AccountStore::IndustryField));
    auto &type = std::get<DictionaryColumn>(store.column(AccountStore::TypeField));
    auto &revenue = std::get<std::vector<double>>(store.column(AccountStore::AnnualRevenueField));
    auto &employees =
        std::get<std::vector<double>>(store.column(AccountStore::NumberOfEmployeesField));
    auto &owner = std::get<DictionaryColumn>(store.column(AccountStore::OwnerIdField));
    auto &workload = std::get<std::vector<double>>(store.column(workloadField));
    auto &potential = std::get<std::vector<double>>(store.column(potentialField));
    DictionaryColumn *segmentColumn =
        segmentField >= 0 ? &std::get<DictionaryColumn>(store.column(segmentField)) : nullptr;

    ids.reserve(n, n * 18);
    names.reserve(n, n * 26);
    streets.reserve(n, n * 16);
    for (DictionaryColumn *c : {&cities, &states, &postal, &country, &industry, &type, &owner})
        c->reserve(n);
    if (segmentColumn)
        segmentColumn->reserve(n);
    for (auto *v : {&lat, &lon})
        v->resize(n);
    for (auto *v : {&revenue, &employees, &workload, &potential})
        v->resize(n);

    const std::uint32_t usCode = country.intern("US");
    std::vector<std::uint32_t> segmentCodes, segmentIndustryCodes, typeCodes, ownerCodes;
    for (const Segment &s : bp.segments) {
        if (segmentColumn) {
            segmentCodes.push_back(segmentColumn->intern(s.value));
            segmentIndustryCodes.push_back(industry.intern(s.industry));
        } else {
            segmentIndustryCodes.push_back(industry.intern(s.value));
        }
    }
    for (const AccountType &t : bp.accountTypes)
        typeCodes.push_back(type.intern(t.value));
    for (const Rep &r : data.reps)
        ownerCodes.push_back(owner.intern(r.userId.toStdString()));
    const WeightedPick segmentPick(bp.segments, [](const Segment &s) { return s.weight; });
    const WeightedPick typePick(bp.accountTypes, [](const AccountType &t) { return t.weight; });
    // Address codes per ZIP, interned in order of first use (so dictionaries
    // hold only what is used and the order does not depend on threads).
    {
        std::vector<std::uint32_t> cityCode(table.size(), 0), stateCode(table.size(), 0),
            postalCode(table.size(), 0);
        std::vector<bool> zipSeen(table.size(), false);
        for (std::uint32_t z : zipOf) {
            if (!zipSeen[z]) {
                zipSeen[z] = true;
                cityCode[z] = cities.intern(table.city(z));
                stateCode[z] = states.intern(table.state(z));
                postalCode[z] = postal.intern(table.zip(z));
            }
            cities.appendCode(cityCode[z]);
            states.appendCode(stateCode[z]);
            postal.appendCode(postalCode[z]);
            country.appendCode(usCode);
        }
    }

    const NameMaker defaultNames(wordSource.words, bp.nameTemplates.empty()
                                                       ? defaultBlueprint().nameTemplates
                                                       : bp.nameTemplates);
    std::vector<NameMaker> segmentNames;
    for (const Segment &s : bp.segments)
        segmentNames.emplace_back(wordSource.words, s.names);
    static const std::vector<std::string> noStreets{"Main"};
    static const std::vector<std::string> noSuffixes{"St"};
    const auto &streetNames = wordsOr(wordSource, "street", noStreets);
    const auto &streetSuffixes = wordsOr(wordSource, "streetSuffix", noSuffixes);
    const std::uint64_t accountBase = (bp.seed * 0xd1b54a32d192ed03ull) % 3'000'000'000'000'000ull;

    // Text and codes of one chunk, made on a worker and appended in chunk order.
    struct ChunkOut
    {
        std::string names, streets;
        std::vector<std::uint32_t> nameLengths, streetLengths;
        std::vector<std::uint32_t> industry, segment, type, owner;
    };
    constexpr std::size_t Chunk = 1u << 15;
    // Each chunk draws from its own stream, so the data do not depend on how
    // many threads run or in which order chunks finish.
    auto fillChunk = [&](std::size_t chunk, ChunkOut &out) {
        Random rng = root.fork(1000 + chunk);
        const std::size_t start = chunk * Chunk;
        const std::size_t end = std::min(n, start + Chunk);
        out = ChunkOut{};
        const std::size_t rows = end - start;
        out.names.reserve(rows * 26);
        out.streets.reserve(rows * 16);
        std::string buffer;
        char number[8];
        for (std::size_t i = start; i < end; ++i) {
            const std::uint32_t z = zipOf[i];
            const std::size_t seg = segmentPick.pick(rng);
            const Segment &segment = bp.segments[seg];
            const NameMaker &nm = segmentNames[seg].empty() ? defaultNames : segmentNames[seg];
            nm.make(rng.below(static_cast<std::uint32_t>(nm.size())), rng, table.city(z), buffer);
            out.names += buffer;
            out.nameLengths.push_back(static_cast<std::uint32_t>(buffer.size()));

            const std::size_t before = out.streets.size();
            int house = rng.between(1, 9899);
            int len = 0;
            do {
                number[len++] = static_cast<char>('0' + house % 10);
                house /= 10;
            } while (house > 0);
            while (len > 0)
                out.streets += number[--len];
            out.streets += ' ';
            out.streets += streetNames[rng.below(std::uint32_t(streetNames.size()))];
            out.streets += ' ';
            out.streets += streetSuffixes[rng.below(std::uint32_t(streetSuffixes.size()))];
            out.streetLengths.push_back(static_cast<std::uint32_t>(out.streets.size() - before));

            // A few kilometres around the centroid, never more than about five.
            const double la = table.latitude(z);
            const auto [nx, ny] = rng.normalPair();
            const double dLat = std::clamp(1.6 * nx, -4.5, 4.5) / 111.0;
            const double dLon =
                std::clamp(1.6 * ny, -4.5, 4.5) / (111.0 * std::cos(la * std::numbers::pi / 180.0));
            lat[i] = static_cast<float>(la + dLat);
            lon[i] = static_cast<float>(table.longitude(z) + dLon);

            out.industry.push_back(segmentIndustryCodes[seg]);
            if (segmentColumn)
                out.segment.push_back(segmentCodes[seg]);
            const std::size_t t = typePick.pick(rng);
            out.type.push_back(typeCodes[t]);

            // Size first; revenue follows size with its own spread.
            const auto [g1, g2] = rng.normalPair();
            const double logEmp = std::log(segment.medianEmployees) + 1.1 * g1;
            const double emp = std::clamp(std::round(std::exp(logEmp)), 1.0, 400'000.0);
            employees[i] = emp;
            const double rev = emp * segment.revenuePerEmployee * std::exp(0.35 * g2);
            revenue[i] = std::round(rev / 1000.0) * 1000.0;
            const double size = std::log10(1.0 + emp);
            const double hours = (6.0 + 5.0 * size * std::sqrt(size)) *
                                 bp.accountTypes[t].workloadFactor * std::exp(0.25 * rng.normal());
            workload[i] = std::max(0.5, std::round(hours * 2.0) / 2.0);
            const double share = rng.uniform(0.002, 0.012) * bp.accountTypes[t].potentialFactor;
            potential[i] = std::round(rev * share / 100.0) * 100.0;

            const Node &leaf = leaves[std::size_t(leafOfZip[z])];
            const int rep = leaf.repIndices[rng.below(std::uint32_t(leaf.repIndices.size()))];
            out.owner.push_back(ownerCodes[std::size_t(rep)]);
        }
    };

    const std::size_t chunks = (n + Chunk - 1) / Chunk;
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<ChunkOut> outs(threads);
    for (std::size_t wave = 0; wave < chunks; wave += threads) {
        if (progress.cancelled())
            return cancelled();
        const std::size_t count = std::min(threads, chunks - wave);
        std::vector<std::thread> workers;
        for (std::size_t t = 1; t < count; ++t)
            workers.emplace_back(fillChunk, wave + t, std::ref(outs[t]));
        fillChunk(wave, outs[0]);
        for (std::thread &w : workers)
            w.join();
        for (std::size_t t = 0; t < count; ++t) {
            const ChunkOut &o = outs[t];
            const std::size_t start = (wave + t) * Chunk;
            std::size_t offset = 0;
            for (std::uint32_t length : o.nameLengths) {
                names.append(std::string_view(o.names).substr(offset, length));
                offset += length;
            }
            offset = 0;
            for (std::uint32_t length : o.streetLengths) {
                streets.append(std::string_view(o.streets).substr(offset, length));
                offset += length;
            }
            for (std::size_t i = 0; i < o.owner.size(); ++i) {
                ids.append(salesforceId("001", accountBase + start + i));
                industry.appendCode(o.industry[i]);
                type.appendCode(o.type[i]);
                owner.appendCode(o.owner[i]);
                if (segmentColumn)
                    segmentColumn->appendCode(o.segment[i]);
            }
        }
        progress.update(0.15 + 0.8 * double(std::min(n, (wave + count) * Chunk)) /
                                   double(std::max<std::size_t>(n, 1)));
    }
    store.setRowCount(n);

    // --- rules ------------------------------------------------------------------
    if (bp.rules) {
        const QString stateField = QStringLiteral("Account.BillingState");
        const QString zipField = QStringLiteral("Account.BillingPostalCode");
        Namer ruleNames;
        std::vector<std::size_t> stateZips(table.states().size(), 0);
        for (const PoolZip &p : pool)
            ++stateZips[std::size_t(table.stateIndex(p.row))];
        // The shortest prefixes that name exactly this leaf's ZIPs among those accounts can have.
        auto prefixesOf = [&](int leafIndex, const std::vector<std::uint32_t> &zips) {
            std::vector<QString> out;
            QSet<QString> seen;
            for (std::uint32_t z : zips) {
                const std::string_view full = table.zip(z);
                for (std::size_t len = 3; len <= 5; ++len) {
                    std::uint32_t lo = 0;
                    for (std::size_t c = 0; c < len; ++c)
                        lo = lo * 10 + std::uint32_t(full[c] - '0');
                    std::uint32_t scale = 1;
                    for (std::size_t c = len; c < 5; ++c)
                        scale *= 10;
                    const auto first = table.find(table.zip(z)); // z itself
                    (void)first;
                    bool pure = true;
                    // Rows with this prefix are contiguous in the sorted table.
                    std::size_t a = z, b = z;
                    while (a > 0 && table.zipNumber(a - 1) / scale == lo)
                        --a;
                    while (b + 1 < table.size() && table.zipNumber(b + 1) / scale == lo)
                        ++b;
                    for (std::size_t r = a; r <= b && pure; ++r) {
                        const int owner = leafOfZip[r];
                        pure = owner == leafIndex ||
                               (owner < 0 && regionOfState[std::size_t(table.stateIndex(r))] < 0);
                    }
                    if (pure || len == 5) {
                        const QString p = QString::fromLatin1(full.data(), qsizetype(len));
                        if (!seen.contains(p)) {
                            seen.insert(p);
                            out.push_back(p);
                        }
                        break;
                    }
                }
            }
            return out;
        };
        // Geographic leaves own counties instead (below).
        for (std::size_t l = 0; l < leaves.size() && !bp.geography; ++l) {
            const Node &leaf = leaves[l];
            std::unordered_map<int, std::size_t> inLeaf;
            std::vector<int> order;
            for (std::uint32_t z : leaf.zips) {
                const int s = table.stateIndex(z);
                if (!inLeaf.count(s))
                    order.push_back(s);
                ++inLeaf[s];
            }
            std::vector<QString> wholeStates;
            std::vector<std::uint32_t> partialZips;
            for (int s : order) {
                if (inLeaf[s] == stateZips[std::size_t(s)]) {
                    wholeStates.push_back(QString::fromStdString(table.states()[std::size_t(s)]));
                } else {
                    for (std::uint32_t z : leaf.zips) {
                        if (table.stateIndex(z) == s)
                            partialZips.push_back(z);
                    }
                }
            }
            AssignmentRule rule;
            rule.id = nextId++;
            rule.modelId = model.id;
            rule.label = leaf.name + Tr::tr(" geography");
            rule.apiName =
                ruleNames.apiName(data.territories[leafRow[l]].apiName + QStringLiteral("_Geo"));
            rule.active = true;
            for (const QString &v : chunkValues(wholeStates))
                rule.items.push_back({stateField, QStringLiteral("equals"), v});
            for (const QString &v : chunkValues(prefixesOf(static_cast<int>(l), partialZips)))
                rule.items.push_back({zipField, QStringLiteral("startsWith"), v});
            if (rule.items.size() > WorkspaceDocument::MaxRuleItems)
                rule.items.resize(WorkspaceDocument::MaxRuleItems);
            if (rule.items.size() > 1) {
                QStringList terms;
                for (std::size_t i = 1; i <= rule.items.size(); ++i)
                    terms << QString::number(i);
                rule.booleanFilter = terms.join(QStringLiteral(" OR "));
            }
            data.rules.push_back(rule);
            data.ruleAssociations.push_back({rule.id, leaf.id, false});
        }
        for (const ExtraRule &extra : bp.extraRules) {
            if (extra.region < 0 || extra.region >= regionCount)
                continue;
            const Node *target = &regions[std::size_t(extra.region)];
            if (extra.area >= 0) {
                int seen = 0;
                for (const Node &a : areas) {
                    if (a.region == extra.region && seen++ == extra.area)
                        target = &a;
                }
            }
            AssignmentRule rule;
            rule.id = nextId++;
            rule.modelId = model.id;
            rule.label = extra.label;
            rule.apiName = ruleNames.apiName(extra.label);
            for (const RuleItemSpec &item : extra.items)
                rule.items.push_back({item.field, item.operation, item.value});
            if (extra.withRegionStates) {
                std::vector<QString> codes;
                for (const std::string &s : bp.regions[std::size_t(extra.region)].states)
                    codes.push_back(QString::fromStdString(s));
                for (const QString &v : chunkValues(codes))
                    rule.items.push_back({stateField, QStringLiteral("equals"), v});
            }
            data.rules.push_back(rule);
            data.ruleAssociations.push_back({rule.id, target->id, false});
        }
    }
    if (bp.geography) {
        auto boundaries = Boundaries::bundled();
        if (!boundaries)
            return boundaries.error();
        std::vector<std::vector<std::uint32_t>> zipsOfLeaf;
        for (const Node &leaf : leaves)
            zipsOfLeaf.push_back(leaf.zips);
        const std::vector<int> owner = countyLeaves(**boundaries, zipsOfLeaf);
        for (std::size_t c = 0; c < owner.size(); ++c) {
            if (owner[c] >= 0)
                data.territoryUnits.push_back({leaves[std::size_t(owner[c])].id,
                                               {UnitKind::County, (*boundaries)->unit(c).id}});
        }
        std::sort(data.territoryUnits.begin(), data.territoryUnits.end());
    }
    data.nextId = nextId;
    progress.update(1.0);
    return data;
}

} // namespace Gen

Result<WorkspaceData> generateWorkspace(const GeneratorOptions &options, const Progress &progress)
{
    if (options.accounts > MaxGeneratedAccounts)
        return makeError(ErrorCode::Limit,
                         QCoreApplication::translate("Tessera::WorkspaceGenerator",
                                                     "At most %1 accounts can be generated.")
                             .arg(MaxGeneratedAccounts));
    if (options.territories < 1 || options.territories > MaxGeneratedTerritories)
        return makeError(
            ErrorCode::Limit,
            QCoreApplication::translate("Tessera::WorkspaceGenerator",
                                        "The number of territories must be between 1 and %1.")
                .arg(MaxGeneratedTerritories));
    if (options.reps < 1 || options.reps > MaxGeneratedReps)
        return makeError(ErrorCode::Limit,
                         QCoreApplication::translate("Tessera::WorkspaceGenerator",
                                                     "The number of reps must be between 1 and %1.")
                             .arg(MaxGeneratedReps));
    Gen::Blueprint bp = Gen::defaultBlueprint();
    bp.seed = options.seed;
    bp.accounts = options.accounts;
    bp.leaves = options.territories;
    bp.reps = options.reps;
    bp.rules = options.rules;
    bp.geography = options.geography;
    // Few leaves: few regions. Many: the nine Census divisions.
    if (options.territories >= 100)
        bp.regions = Gen::censusDivisions();
    else if (options.territories >= 4)
        bp.regions = Gen::censusRegions();
    else {
        auto all = Gen::censusRegions();
        Gen::RegionSpec us{QStringLiteral("United States"), {}, {}};
        for (const auto &r : all)
            us.states.insert(us.states.end(), r.states.begin(), r.states.end());
        bp.regions = {us};
    }
    const int regionCount = static_cast<int>(bp.regions.size());
    bp.areas = std::clamp(
        static_cast<int>(std::lround(std::sqrt(double(options.territories) * regionCount))),
        regionCount, options.territories);
    bp.extraRules = {
        {QStringLiteral("Strategic Accounts ") + bp.regions[0].name,
         {{QStringLiteral("Account.AnnualRevenue"), QStringLiteral("greaterOrEqual"),
           QStringLiteral("1000000000")}},
         true,
         0,
         -1},
        {QStringLiteral("Healthcare ") + bp.regions.back().name,
         {{QStringLiteral("Account.Industry"), QStringLiteral("equals"),
           QStringLiteral("Healthcare,Biotechnology")}},
         true,
         regionCount - 1,
         -1},
        {QStringLiteral("Large Manufacturing ") + bp.regions[std::size_t(regionCount / 2)].name,
         {{QStringLiteral("Account.Industry"), QStringLiteral("equals"),
           QStringLiteral("Manufacturing")},
          {QStringLiteral("Account.NumberOfEmployees"), QStringLiteral("greaterThan"),
           QStringLiteral("1000")}},
         true,
         regionCount / 2,
         -1},
    };
    bp.modelDescription =
        QCoreApplication::translate("Tessera::WorkspaceGenerator",
                                    "Generated: %1 accounts, %2 territories, %3 reps, seed %4")
            .arg(options.accounts)
            .arg(options.territories)
            .arg(options.reps)
            .arg(options.seed);
    return Gen::build(bp, progress);
}

} // namespace Tessera
