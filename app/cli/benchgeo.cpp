// SPDX-License-Identifier: GPL-3.0-or-later
// bench geo: the grid point locator against GEOS (STRtree + prepared
// geometries) on the same points and the same county polygons, in one run,
// and the cost of moving a county between two territories.
#include "app/cli/cli.h"

#include "core/geo/boundaries.h"
#include "core/geo/pointlocator.h"
#include "core/geo/unitaccounts.h"
#include "core/geo/zipcentroids.h"
#include "core/rules/assignmentengine.h"

#include <QElapsedTimer>

#ifdef TESSERA_HAVE_GEOS
#include <geos_c.h>
#endif

#include <algorithm>
#include <random>
#include <thread>

namespace Tessera::Cli {

namespace {

double msSince(const QElapsedTimer &t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

#ifdef TESSERA_HAVE_GEOS
struct GeosIndex
{
    GEOSContextHandle_t ctx = nullptr;
    std::vector<GEOSGeometry *> geoms;
    std::vector<const GEOSPreparedGeometry *> prepared;
    GEOSSTRtree *tree = nullptr;
    std::vector<int> ids; // payloads for the tree

    ~GeosIndex()
    {
        if (!ctx)
            return;
        if (tree)
            GEOSSTRtree_destroy_r(ctx, tree);
        for (auto *p : prepared)
            GEOSPreparedGeom_destroy_r(ctx, p);
        for (auto *g : geoms)
            GEOSGeom_destroy_r(ctx, g);
        GEOS_finish_r(ctx);
    }
};

GEOSGeometry *toGeos(GEOSContextHandle_t ctx, const GeoMultiPolygon &shape)
{
    auto ring = [&](const GeoRing &r) {
        std::vector<double> xy;
        xy.reserve(r.size() * 2);
        for (const GeoPoint &p : r) {
            xy.push_back(p.x());
            xy.push_back(p.y());
        }
        GEOSCoordSequence *seq =
            GEOSCoordSeq_copyFromBuffer_r(ctx, xy.data(), static_cast<unsigned>(r.size()), 0, 0);
        return GEOSGeom_createLinearRing_r(ctx, seq);
    };
    std::vector<GEOSGeometry *> polygons;
    for (const GeoPolygon &p : shape) {
        std::vector<GEOSGeometry *> holes;
        for (const GeoRing &h : p.inners())
            holes.push_back(ring(h));
        polygons.push_back(GEOSGeom_createPolygon_r(ctx, ring(p.outer()), holes.data(),
                                                    static_cast<unsigned>(holes.size())));
    }
    return GEOSGeom_createCollection_r(ctx, GEOS_MULTIPOLYGON, polygons.data(),
                                       static_cast<unsigned>(polygons.size()));
}

void buildGeos(GeosIndex &index, const Boundaries &b)
{
    index.ctx = GEOS_init_r();
    const auto counties = b.unitsOf(UnitKind::County);
    index.tree = GEOSSTRtree_create_r(index.ctx, 10);
    index.ids.resize(counties.size());
    for (std::size_t i = 0; i < counties.size(); ++i) {
        index.ids[i] = static_cast<int>(i);
        GEOSGeometry *g = toGeos(index.ctx, b.unit(static_cast<std::size_t>(counties[i])).shape);
        index.geoms.push_back(g);
        index.prepared.push_back(GEOSPrepare_r(index.ctx, g));
        GEOSSTRtree_insert_r(index.ctx, index.tree, g, &index.ids[i]);
    }
    // The first query builds the tree; do it here so it counts as build time.
    GEOSGeometry *p = GEOSGeom_createPointFromXY_r(index.ctx, 0, 0);
    GEOSSTRtree_query_r(
        index.ctx, index.tree, p, [](void *, void *) {}, nullptr);
    GEOSGeom_destroy_r(index.ctx, p);
}

// GEOS's answer for one point: the candidate that contains it; on a
// boundary (no candidate contains, some cover) -2 - the covering candidates
// are handed back so the caller can check them against the tie rule.
int geosLocate(const GeosIndex &index, double x, double y, std::vector<int> &candidates,
               std::vector<int> &covering)
{
    GEOSGeometry *p = GEOSGeom_createPointFromXY_r(index.ctx, x, y);
    candidates.clear();
    GEOSSTRtree_query_r(
        index.ctx, index.tree, p,
        [](void *item, void *user) {
            static_cast<std::vector<int> *>(user)->push_back(*static_cast<int *>(item));
        },
        &candidates);
    std::sort(candidates.begin(), candidates.end());
    int found = -1;
    for (int c : candidates) {
        if (GEOSPreparedContains_r(index.ctx, index.prepared[static_cast<std::size_t>(c)], p) ==
            1) {
            found = c;
            break;
        }
    }
    if (found < 0) {
        covering.clear();
        for (int c : candidates)
            if (GEOSPreparedCovers_r(index.ctx, index.prepared[static_cast<std::size_t>(c)], p) ==
                1)
                covering.push_back(c);
        if (!covering.empty())
            found = -2;
    }
    GEOSGeom_destroy_r(index.ctx, p);
    return found;
}
#endif

// The same move through the document and the assignment engine, as the GUI
// does it: USA -> West, East; each county to West or East by its centre.
// Baseline: a fresh full run of the engine over the same data.
int benchEngineMove(const std::vector<double> &xs, const std::vector<double> &ys, unsigned threads)
{
    QTextStream &o = out();
    const Boundaries &b = **Boundaries::bundled();
    QElapsedTimer t;
    t.start();
    WorkspaceData data;
    data.models.push_back(
        {1, QStringLiteral("Bench"), QStringLiteral("Bench"), {}, ModelState::Planning});
    const Id usa = 2, west = 3, east = 4;
    for (auto [id, parent, name] : {std::tuple{usa, NoId, "USA"}, std::tuple{west, usa, "West"},
                                    std::tuple{east, usa, "East"}}) {
        Territory territory;
        territory.id = id;
        territory.modelId = 1;
        territory.parentId = parent;
        territory.name = territory.apiName = QString::fromLatin1(name);
        data.territories.push_back(territory);
    }
    data.nextId = 5;
    for (int c : b.unitsOf(UnitKind::County)) {
        const BoundaryUnit &county = b.unit(static_cast<std::size_t>(c));
        data.territoryUnits.push_back(
            {county.centroid.x() < -95 ? west : east, {UnitKind::County, county.id}});
    }
    AccountStore &accounts = data.accounts;
    const int workloadField = *accounts.addField(QStringLiteral("Workload__c"),
                                                 QStringLiteral("Workload"), FieldType::Number);
    accounts.setRowCount(xs.size());
    char id[32];
    for (std::size_t i = 0; i < xs.size(); ++i) {
        std::snprintf(id, sizeof id, "A%09zu", i);
        accounts.setText(i, AccountStore::IdField, id);
        accounts.setNumber(i, AccountStore::BillingLongitudeField, xs[i]);
        accounts.setNumber(i, AccountStore::BillingLatitudeField, ys[i]);
        accounts.setNumber(i, workloadField, 100.0 + static_cast<double>(i % 17));
    }
    WorkspaceDocument doc;
    if (Status s = doc.reset(std::move(data)); !s)
        return fail(s.error());
    o << QStringLiteral("engine workspace: %1 accounts, %2 counties given to West and East, "
                        "built in %3 ms\n")
             .arg(xs.size())
             .arg(doc.territoryUnits().size())
             .arg(msSince(t), 0, 'f', 0);

    AssignmentEngine::Options options;
    options.threads = threads;
    AssignmentEngine engine(doc.data(), 1, options);
    t.restart();
    if (Status s = engine.run(); !s)
        return fail(s.error());
    o << QStringLiteral("engine first run (locates every account once): %1 ms\n")
             .arg(msSince(t), 0, 'f', 1);

    const UnitRef cook{UnitKind::County, "17031"};
    const std::size_t cookAccounts =
        engine.places()->accountsOf(UnitKind::County, b.find(UnitKind::County, "17031")).count();
    double bestMove = 1e300;
    for (int round = 0; round < 3; ++round) {
        // East -> West and back: every round moves the county once each way.
        for (Id to : {west, east}) {
            t.restart();
            if (auto r = doc.setUnitOwners(1, {{cook, to}}); !r)
                return fail(r.error());
            engine.updateGeography();
            const double ms = msSince(t);
            if (to == west)
                bestMove = std::min(bestMove, ms);
        }
    }
    if (auto r = doc.setUnitOwners(1, {{cook, west}}); !r)
        return fail(r.error());
    engine.updateGeography();

    AssignmentEngine fresh(doc.data(), 1, [&] {
        AssignmentEngine::Options o2 = options;
        o2.places = engine.places(); // the same located accounts: rules and sets only
        return o2;
    }());
    t.restart();
    if (Status s = fresh.run(); !s)
        return fail(s.error());
    const double freshMs = msSince(t);
    std::size_t differences = 0;
    for (Id territory : {usa, west, east}) {
        const TerritoryTotals a = engine.totals(territory), f = fresh.totals(territory);
        differences += a.accounts != f.accounts || a.workload != f.workload;
    }
    o << QStringLiteral("engine move county 17031 (%1 accounts) East -> West through the "
                        "document, West and East recomputed: %2 ms (target <= 10 ms) %3\n")
             .arg(cookAccounts)
             .arg(bestMove, 0, 'f', 2)
             .arg(bestMove <= 10 ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    o << QStringLiteral("baseline: fresh full run with the accounts already located: %1 ms\n")
             .arg(freshMs, 0, 'f', 1);
    o << QStringLiteral("ratio full run / move: %1x\n").arg(freshMs / bestMove, 0, 'f', 1);
    o << QStringLiteral("West %1 accounts / %2 h, East %3 / %4 h; differences from the fresh "
                        "run: %5\n")
             .arg(engine.totals(west).accounts)
             .arg(engine.totals(west).workload, 0, 'f', 0)
             .arg(engine.totals(east).accounts)
             .arg(engine.totals(east).workload, 0, 'f', 0)
             .arg(differences);
    if (differences)
        return fail(makeError(ErrorCode::Failed,
                              QStringLiteral("the incremental update differs from a fresh run")));
    return 0;
}

} // namespace

int runBenchGeo(QStringList args)
{
    const int points =
        takeOption(args, QStringLiteral("--points"), QStringLiteral("1000000")).toInt();
    const unsigned threads =
        takeOption(args, QStringLiteral("--threads"), QStringLiteral("2")).toUInt();
    const int rounds =
        std::max(1, takeOption(args, QStringLiteral("--rounds"), QStringLiteral("3")).toInt());
    if (!args.isEmpty())
        return usage(QStringLiteral("bench geo: unexpected argument \"%1\"").arg(args.front()));
    if (points <= 0 || points > 20'000'000 || threads == 0)
        return usage(QStringLiteral("bench geo: --points 1..20000000 and --threads >= 1"));

    QTextStream &o = out();
    QElapsedTimer t;
    t.start();
    auto bounds = Boundaries::bundled();
    if (!bounds)
        return fail(bounds.error());
    auto zips = ZipCentroids::bundled();
    if (!zips)
        return fail(zips.error());
    const Boundaries &b = **bounds;
    const ZipCentroids &z = **zips;
    const auto counties = b.unitsOf(UnitKind::County);
    o << QStringLiteral("load boundaries: %1 ms (%2 counties)\n")
             .arg(msSince(t), 0, 'f', 1)
             .arg(counties.size());

    // Points where accounts are: ZIP centroids drawn uniformly, so dense
    // where ZIPs are dense, jittered by a few kilometres.
    std::mt19937_64 rng(20240601);
    std::uniform_int_distribution<std::size_t> pick(0, z.size() - 1);
    std::normal_distribution<double> jitter(0.0, 0.03);
    std::vector<double> xs(static_cast<std::size_t>(points)), ys(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const std::size_t row = pick(rng);
        xs[i] = z.longitude(row) + jitter(rng);
        ys[i] = z.latitude(row) + jitter(rng);
    }

    // --- ours ---
    std::vector<const GeoMultiPolygon *> shapes;
    for (int c : counties)
        shapes.push_back(&b.unit(static_cast<std::size_t>(c)).shape);
    t.restart();
    const PointLocator locator(shapes);
    const double buildMs = msSince(t);
    o << QStringLiteral("grid index build: %1 ms (%2 cells, %3 MB)\n")
             .arg(buildMs, 0, 'f', 1)
             .arg(locator.cellCount())
             .arg(static_cast<double>(locator.memoryUsage()) / 1e6, 0, 'f', 1);
    std::vector<int> ours(xs.size());
    double bestMs = 1e300;
    for (int r = 0; r < rounds; ++r) {
        t.restart();
        locator.locateMany(xs, ys, ours, threads);
        const double ms = msSince(t);
        bestMs = std::min(bestMs, ms);
        o << QStringLiteral("grid query %1 points on %2 threads: %3 ms\n")
                 .arg(points)
                 .arg(threads)
                 .arg(ms, 0, 'f', 1);
    }
    const auto located = std::count_if(ours.begin(), ours.end(), [](int v) { return v >= 0; });
    o << QStringLiteral("located in a county: %1 of %2\n").arg(located).arg(points);
    o.flush();

    // --- GEOS ---
#ifdef TESSERA_HAVE_GEOS
    {
        std::vector<GeosIndex> indexes(threads);
        t.restart();
        {
            std::vector<std::thread> pool;
            for (unsigned i = 0; i < threads; ++i)
                pool.emplace_back([&, i] { buildGeos(indexes[i], b); });
            for (auto &th : pool)
                th.join();
        }
        const double geosBuildMs = msSince(t);
        std::vector<int> theirs(xs.size());
        std::vector<std::vector<int>> boundaryCovers(threads);
        std::vector<std::vector<std::size_t>> boundaryRows(threads);
        t.restart();
        {
            std::vector<std::thread> pool;
            const std::size_t chunk = (xs.size() + threads - 1) / threads;
            for (unsigned i = 0; i < threads; ++i) {
                pool.emplace_back([&, i] {
                    std::vector<int> candidates, covering;
                    const std::size_t end = std::min(xs.size(), (i + 1) * chunk);
                    for (std::size_t k = i * chunk; k < end; ++k) {
                        theirs[k] = geosLocate(indexes[i], xs[k], ys[k], candidates, covering);
                        if (theirs[k] == -2) {
                            boundaryRows[i].push_back(k);
                            boundaryCovers[i].insert(boundaryCovers[i].end(), covering.begin(),
                                                     covering.end());
                            boundaryCovers[i].push_back(-1); // separator
                        }
                    }
                });
            }
            for (auto &th : pool)
                th.join();
        }
        const double geosMs = msSince(t);
        // Agreement: away from boundaries both must name the same county; on
        // a boundary GEOS covers several, and ours must be one of them (or
        // none, on a coast, where the tie rule may step into the sea).
        std::size_t mismatches = 0, onBoundary = 0;
        for (std::size_t k = 0; k < xs.size(); ++k)
            if (theirs[k] != -2 && theirs[k] != ours[k])
                ++mismatches;
        for (unsigned i = 0; i < threads; ++i) {
            std::size_t pos = 0;
            for (std::size_t k : boundaryRows[i]) {
                ++onBoundary;
                bool ok = ours[k] == -1;
                for (; boundaryCovers[i][pos] != -1; ++pos)
                    ok = ok || boundaryCovers[i][pos] == ours[k];
                ++pos;
                mismatches += !ok;
            }
        }
        o << QStringLiteral("GEOS %1 STRtree + prepared build: %2 ms on %3 threads\n")
                 .arg(QString::fromLatin1(GEOSversion()))
                 .arg(geosBuildMs, 0, 'f', 1)
                 .arg(threads);
        o << QStringLiteral("GEOS query %1 points on %2 threads: %3 ms\n")
                 .arg(points)
                 .arg(threads)
                 .arg(geosMs, 0, 'f', 1);
        o << QStringLiteral("points on a boundary (tie rule): %1\n").arg(onBoundary);
        o << QStringLiteral("mismatches: %1\n").arg(mismatches);
        o << QStringLiteral("ratio GEOS / grid query: %1x\n").arg(geosMs / bestMs, 0, 'f', 1);
        if (mismatches != 0) {
            o.flush();
            return fail(makeError(
                ErrorCode::Failed,
                QStringLiteral("the grid and GEOS disagree on %1 points").arg(mismatches)));
        }
    }
#else
    o << QStringLiteral("GEOS baseline skipped: tessera-cli was built without GEOS "
                        "(install libgeos-dev and configure again)\n");
#endif

    // --- moving a county between two territories ---
    // Territories west and east of 95 W own the counties whose centre lies
    // there; each territory's accounts are the union of its counties' rows.
    const UnitAccounts unitAccounts(b, xs, ys, threads);
    std::vector<double> workload(xs.size());
    for (std::size_t i = 0; i < workload.size(); ++i)
        workload[i] = 100.0 + static_cast<double>(i % 17);
    RowSet west = RowSet::none(xs.size()), east = west;
    for (int c : counties) {
        const RowSet &rows = unitAccounts.accountsOf(c);
        if (b.unit(static_cast<std::size_t>(c)).centroid.x() < -95)
            west = west | rows;
        else
            east = east | rows;
    }
    auto total = [&](const RowSet &s) {
        double sum = 0;
        s.forEach([&](std::uint32_t r) { sum += workload[r]; });
        return sum;
    };
    const int cook = b.find(UnitKind::County, "17031");
    const RowSet &moved = unitAccounts.accountsOf(cook);
    t.restart();
    east = east.minus(moved);
    west = west | moved;
    const double westTotal = total(west), eastTotal = total(east);
    const double moveMs = msSince(t);
    o << QStringLiteral("move county 17031 (%1 accounts) east -> west, both totals updated: %2 ms "
                        "(west %3 accounts / %4 h, east %5 / %6 h)\n")
             .arg(moved.count())
             .arg(moveMs, 0, 'f', 2)
             .arg(west.count())
             .arg(westTotal, 0, 'f', 0)
             .arg(east.count())
             .arg(eastTotal, 0, 'f', 0);
    return benchEngineMove(xs, ys, threads);
}

} // namespace Tessera::Cli
